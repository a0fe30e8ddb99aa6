"""A publisher's name printed alone in the page head: 光明日报, 【台视新闻】, 总统府.

Such a line names who published the article (the byline's source when it stands over the
byline or right under the headline), never an event: it is no headline.  A name is a
media name (``title.is_site_name``), a wire, paper or press office of
``data/caption_agencies.txt`` (kind ``wire``) or a public body that issues its own stories
(``byline_alone.public_body``); brackets are no part of it, and a line with a date, a colon or
a section label is a byline, a label and its value, or a part of the site.  Round 19: a
theme's statistics row after the name (``byline_asides.without_reading_row``: 厦门晚报
华媒联播评论4 3,354字数 960阅读) is set aside; the name before it is the line's.  Round 21:
so is the outlet's column after a dash, bracketed (``政府新聞處- 【亞洲人之聲】``, an
outlet and the column the story ran in): the name before the dash must still be a
publisher's, or (round 34) hold a media word, the layout saying an outlet stands there
(``新報人- 【亞洲人之聲】``, a student paper: ``byline_outlet.names_media``); a headline's
kicker before a dash, ``图文- 【…】``, is none.

Round 36 (second wave), *the byline's items glued before the headline* (``glued_credits``):
a template prints the writer's name and the paper, each followed by a bar, then the
headline, on one line (``张三 | 某某日报 | 标题``, ``中新网 | 标题``).  Every piece before the
last bar is a publisher's name (``media_name``) or a person's (``credit_names.
person_name``), at most ``MAX_GLUED_CREDITS`` of them, and the last piece is
headline-shaped, one of them a publisher: the headline is the last piece.  A headline's
own bar between two of its clauses has no such name before it, and a person's name alone
before a bar is the speaker a headline quotes (``张文宏｜…``).

Same round, *the outlet's name printed again* (``echoed_name``): a short name alone (Han,
perhaps Latin letters or digits, no mark) that the headline over it opens with, followed by
a slash, a bar or a dash (``澎湖爆報/檢警調…`` over ``澎湖爆報``), is the outlet signing the
headline, printed alone over the byline: its source.  Round 37 mend: the name must read as
an outlet (``media_name``, or ``byline_outlet.names_media``: a media word, a site's ending);
a column's or a series' name the headline opens with (``两会声音｜代表委员热议科技创新`` over
``两会声音``, ``专访``) names no publisher and is no source.
"""

from __future__ import annotations

from newsclean.filters.byline_alone import public_body
from newsclean.filters.byline_asides import without_reading_row
from newsclean.filters.byline_outlet import is_outlet_name, names_media
from newsclean.filters.byline_pieces import is_section_label, without_media_tag
from newsclean.filters.captions import agencies
from newsclean.filters.credit_names import person_name
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.marks import BAR_MARKS
from newsclean.filters.title import is_site_name, is_title_shaped

#: Brackets around a media name printed alone: 【台视新闻】.
NAME_BRACKETS = "【】[]〔〕「」()（）"
#: An outlet, a dash and its column in brackets (round 21): the column names the part of
#: the outlet's output the story ran in, the name before the dash is the publisher.
OUTLET_COLUMN = stdlib(
    r"^(?P<name>[^\s【】\[\]-]{2,16})[ \t\u3000]{0,2}[-–—－][ \t\u3000]{0,2}"
    r"(?:【[^【】\n]{1,16}】|\[[^\[\]\n]{1,16}\])$"
)
#: A date in a line (19/07/17, 2023-05-27, 2023年5月): no media name holds one.
DATE_IN_LINE = stdlib(r"[0-9]{1,4} ?[-/.年] ?[0-9]{1,2}")


#: A tag alone: a hash mark and a word of no space (a blog theme's hashtag, ``#南洋商报``).
TAG = stdlib(r"^[#＃][^\s#＃]{1,20}$")


def lone_tag(text: str) -> bool:
    """A tag alone on its line (``#南洋商报``): where the post is filed, as a section is."""
    return TAG.match(text.strip()) is not None


def media_name(text: str) -> str | None:
    """The name when ``text`` is a media name alone (``title.is_site_name``), brackets off
    (``【台视新闻``: a bracket is no part of a name); a line with a date in it is a byline
    or a dateline, not a name (``19/07/17 本地新闻``), and so is a line with a colon: a
    label and its value (``类别归档: 新闻``, a category archive's heading).

    >>> media_name("【台视新闻"), media_name("19/07/17 本地新闻"), media_name("香港01")
    ('台视新闻', None, '香港01')
    >>> media_name("本地新闻") is None, media_name("类别归档: 新闻") is None
    (True, True)
    >>> media_name("南方日报 城事快评评论12 2,860字 1,024阅读 约4分钟阅读模式")
    '南方日报'

    Round 46: a *tag* (``#南洋商报``, a blog theme's hashtag under the headline) files the
    post under a topic, whatever it names: no publisher (``record_pieces``' quiet piece).

    >>> media_name("#南洋商报") is None
    True

    Round 46: a paper's name by its ending alone (``byline_outlet.is_outlet_name``: a name
    ending in 报 no list knows) with the outlet's media tag after it (``News``, as
    ``臺視新聞 News`` prints it) is a media name: the tag says what the line names.

    >>> media_name("火箭报 News"), media_name("火箭报")
    ('火箭报', None)
    """
    if lone_tag(text):
        return None  # #南洋商报: a tag, the topic the post is filed under (round 46)
    name = without_reading_row(text.strip())  # 厦门晚报 华媒联播评论4 …阅读模式: the name
    if (column := OUTLET_COLUMN.match(name)) is not None:
        name = column["name"]  # 政府新聞處- 【亞洲人之聲】: the outlet, then its column
    bare = name.strip(NAME_BRACKETS).strip()
    name = without_media_tag(bare)  # 臺視新聞 News
    if ":" in name or "：" in name:
        return None
    known = publisher(name) or (column is not None and names_media(name))  # 新報人- 【…】
    known = known or (name != bare and is_outlet_name(name))  # 火箭報 News: its tag (r46)
    if not known or DATE_IN_LINE.search(name) is not None or is_section_label(name):
        return None  # a section label (本地新闻) names a part of the site, not the source
    return name


#: A publisher's name alone is at most this long (the longest of ``data/site_names.txt``
#: is 10); a longer line ending in a media word is a headline (…建设全国统一大市场的数字新闻).
MAX_NAME = 10


def publisher_alone(text: str) -> bool:
    """A publisher's name alone (``media_name``), short as names are: who printed a
    story, which names none of its events, so no headline (``head_search``, round 28).

    >>> publisher_alone("天津北方网"), publisher_alone("国常会部署建设全国统一大市场数字新闻")
    (True, False)
    """
    name = text.strip()
    return len(name) <= MAX_NAME and media_name(name) is not None


def publisher(name: str) -> bool:
    """A media name (``title.is_site_name``), a wire, paper or press office that
    publishes news (kind ``wire`` of ``data/caption_agencies.txt``: 中央社, 总统府), or a
    public body that issues its own stories (``byline_alone.public_body``: 外交部, 市政府)."""
    return is_site_name(name) or name.lower() in agencies()["wire"] or public_body(name)


def is_publisher_name(text: str) -> bool:
    """A publisher's name alone, brackets or not: no headline."""
    return is_site_name(text) or media_name(text) is not None


#: The byline's items glued before a headline: at most this many (a writer and a paper).
MAX_GLUED_CREDITS = 2


def glued_credits(printed: str) -> tuple[str, str] | None:
    """(the headline, the items before it) when ``printed`` is the byline's items glued
    before the headline by bars (module docstring, round 36), else None.

    >>> glued_credits("中新网 | 国新办副主任看望博鳌论坛报道组")
    ('国新办副主任看望博鳌论坛报道组', '中新网')
    >>> glued_credits("王小明 | 南方日报 | 台风逼近 全市停课")
    ('台风逼近 全市停课', '王小明 | 南方日报')
    >>> glued_credits("北京 | 一场大雨过后"), glued_credits("王小明 | 一场大雨过后")
    (None, None)
    """
    if not any(mark in printed for mark in BAR_MARKS):
        return None
    pieces = GLUED_BAR.split(printed.strip())
    credits, headline = pieces[:-1], pieces[-1].strip()
    if not 1 <= len(credits) <= MAX_GLUED_CREDITS or not is_title_shaped(headline):
        return None
    outlets = [c for c in credits if media_name(c) is not None]
    if not outlets or not all(c in outlets or person_name(c.strip()) for c in credits):
        return None  # a speaker's name before a bar (张文宏｜…) is the headline's own
    return headline, " | ".join(c.strip() for c in credits)


#: A bar parting the byline's items and the headline, spaced or not.
GLUED_BAR = stdlib(rf"\s*[{BAR_MARKS}]\s*")


#: What parts an outlet's name from the headline it signs: a slash, a bar, a dash.
SIGN_SEPARATORS = "/／|｜丨-－–—"
#: An outlet's name: 2-10 Han letters, Latin letters or digits.
SIGN_NAME = stdlib(r"[\u4e00-\u9fffA-Za-z0-9]{2,10}")


def echoed_name(line: str, headline: str) -> str | None:
    """The name when ``line`` is a short name alone that ``headline`` opens with before a
    separator (module docstring, round 36), else None.

    >>> echoed_name("澎湖爆報", "澎湖爆報/檢警調海巡聯手斷根 攔截474公斤毒品")
    '澎湖爆報'
    >>> echoed_name("澎湖", "澎湖爆報/檢警調海巡聯手斷根")
    >>> echoed_name("澎湖爆報", "澎湖爆報今日休刊")
    >>> echoed_name("两会声音", "两会声音｜代表委员热议科技创新")
    """
    name = line.strip()
    if not headline.startswith(name) or SIGN_NAME.fullmatch(name) is None:
        return None
    if media_name(name) is None and not names_media(name):
        return None  # a column's or a series' name (两会声音, 专访): no outlet
    rest = headline[len(name) :].lstrip()
    return name if rest[:1] in SIGN_SEPARATORS and len(rest) > 1 else None
