"""A wire photo desk's caption naming when and where its picture was shot (round 44).

Model.  Xinhua's photo desk captions a picture of a view, a building or a site (no
person acting in it) in one fixed sentence: ``这是`` ("this is"), the day, perhaps the
place, then ``拍摄的`` and what the picture shows, perhaps a note on the camera in a
bracket, closed by its stop (``这是9月17日在墨西哥瓦哈卡州亚古尔遗址拍摄的宫殿遗迹。``,
``这是3月19日拍摄的青海湖(无人机照片)。``).  The form is the desk's convention, printed
on every copy of its pictures: nmg.news.cn's 我在现场 column (``↑这是2022年4月21日在达拉特
光伏发电应用领跑基地拍摄的“骏马电站”。``), news.cn's picture pages, and the papers that
carry them (news.fjsen.com, app.bjtitle.com).  The line is

    这是 [year] month day [time of day] [在 place] 拍摄的 subject [(note)] [。]

one clause, no comma nor other stop inside, at most ``MAX_SHOT_CAPTION`` characters.
Prose says what a picture or a film is with a year or no day (``这是他去年在北京拍摄的
纪录片``), or goes on after it with a comma; a month and a day right after 这是 and the
shot verb's 的 are the caption's.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

#: A shot caption is one short sentence.
MAX_SHOT_CAPTION = 80
SHOT_CAPTION = lazy_regex(
    r"^(?:这是|這是)\s?(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"[^，,。；;！？!?：:]{0,30}?(?:拍摄|拍攝)的[^，,。；;！？!?：:（()）]{2,50}"
    r"(?:[（(][^（()）]{1,12}[)）])?。?$"
)


def shot_caption(line: str) -> str | None:
    """Why ``line`` is a wire desk's caption of where and when its picture was shot
    (module docstring), or None.

    >>> shot_caption("这是9月17日在墨西哥瓦哈卡州亚古尔遗址拍摄的宫殿遗迹。")
    'a wire caption: the day and place the picture was shot'
    >>> shot_caption("这是他去年在北京拍摄的纪录片。"), shot_caption("这是5月3日拍摄的,很清楚。")
    (None, None)
    """
    if len(line) > MAX_SHOT_CAPTION or line[:2] not in ("这是", "這是"):
        return None
    if SHOT_CAPTION.match(line) is None:
        return None
    return "a wire caption: the day and place the picture was shot"
