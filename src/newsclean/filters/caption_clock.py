"""A photo diary's caption: the clock time the picture was taken opening the line (round 39).

Model.  A gallery that follows a day (``这个夏天,开化那些"水"的事儿(组图)``, a county
paper) captions each picture with the time it was taken, the place, and what happens
there, and prints no stop: ``上午7:30,县城江滨路三坝旁,扬杆垂钓也是件乐事``,
``16:02,马金镇霞山村,4位女孩在溪水里洗衣服``.  The line is

    [day part] hours:minutes comma place comma scene

a day part of ``DAY_PARTS`` or none, a clock time (hours 0-23, two-digit minutes, a colon
of either width), then two clauses or more, no stop inside nor at the end, at most
``MAX_CLOCK_CAPTION`` characters.  A paragraph that tells a day by the clock closes its
sentence (``上午9:00,会议开始。``); a schedule's item names one item after the time
(``14:00 嘉宾签到``, ``9:30,开幕式``), not a place and a scene; a time written in words
(``上午9时``) is prose's, not a camera's.

Round 44: the day the picture was shot opens a wire desk's caption too (``这是9月17日在…
拍摄的宫殿遗迹。``): ``caption_shot``, asked here as the other caption led by when its
picture was taken.
"""

from __future__ import annotations

from newsclean.filters.caption_shot import shot_caption
from newsclean.filters.lazy_pattern import lazy_regex

#: A photo diary's caption is a short line.
MAX_CLOCK_CAPTION = 60
DAY_PARTS = ("清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜间", "夜間", "凌晨")
CLOCK_OPENING = lazy_regex(
    r"^(?:(?:" + "|".join(DAY_PARTS) + r")\s?)?(?:[01]?\d|2[0-3])[:：][0-5]\d\s?[,，]"
)
#: What may not stand in the line: a sentence's end anywhere, a clause mark at its end.
SENTENCE_MARK = lazy_regex(r"[。！？!?；;]")
CLAUSE = lazy_regex(r"[,，]")
#: The time, the place and the scene: two commas at least.
MIN_CLAUSE_MARKS = 2
FIRSTS = frozenset("0123456789" + "".join(part[0] for part in DAY_PARTS))


def clock_caption(line: str) -> str | None:
    """Why ``line`` is a photo diary's caption (module docstring), or a wire desk's
    shot caption (``caption_shot``), or None.

    >>> clock_caption("上午7:30,县城江滨路三坝旁,扬杆垂钓也是件乐事")
    "a photo diary's caption: the clock time, the place and the scene"
    >>> clock_caption("上午9:00,会议开始,代表们入场。"), clock_caption("9:30,开幕式")
    (None, None)
    """
    if line[:1] in "这這":
        return shot_caption(line)  # 这是9月17日在…拍摄的宫殿遗迹。 (round 44)
    if not line or line[0] not in FIRSTS or len(line) > MAX_CLOCK_CAPTION:
        return None
    if CLOCK_OPENING.match(line) is None or SENTENCE_MARK.search(line) is not None:
        return None
    if line[-1] in ",，:：、" or len(CLAUSE.findall(line)) < MIN_CLAUSE_MARKS:
        return None
    return "a photo diary's caption: the clock time, the place and the scene"
