"""What a byline prints beside its fields, read and set aside (split from
``byline_pieces.py`` by job: the pieces that are no field).

**A byline's page statistics and section.**  A page counter at the end of a byline (a
counted noun and its number, ``點閱 138 次``, ``阅读 (1234)``: ``furniture_grammar``'s
counter grammar) is the page's statistic, not a field: it is set aside before the pieces
are read; so are two or three in a row, each after a space or a bar (round 18: a Discuz
portal's ``2011-8-22| 查看: 161| 評論: 0``); round 31, a counter is one in any frame: a
bracket around it and the verb's passive or perfective marker before its noun
(``2023年05月27日 18:03   (被閱讀 829 次)``, ``(1234 次阅读)``, ``【已浏览 92 次】``);
so are the statistics of a row of fields
parted by middle dots that opens with the date (``・2018/02/12 ・4850字 ・閱讀時間約
10 分鐘 ・八年級``: a length, a reading time, a reading level; each a word, a number and a unit).
A section label
(``data/section_labels.txt``: a generic scope and a news noun, ``本地新闻``, ``国际要闻``,
or a bare channel name, ``要闻``) names where the story is filed, never who published
it: as a piece it is read and dropped, and it is never a source (``is_section_label``;
the labelled grammar and the source under a headline ask it too).  A number ending the
line right after a section is its view count, bare (an aggregator's row, ``2025年03月11日
18:42:07 國際 1153``): read and dropped; a bare number anywhere else is no piece.
Round 15: a *column's name* is a section too, by its shape (``data/section_labels.txt``
kinds period and column): a period word opening a short noun phrase (``每週熱話``, 每日一评)
or a column word closing one (读者专栏); a weekly's or a daily's name (镜周刊) is a
publication and stays a source.  Round 39: a region's local news is a section (a region's
name, a local scope and a news noun: 霹雳地方新闻, a Malaysian paper's section; kind local);
a topic's news after a name stays a source (信報財經新聞, the paper's financial title).

**A counter opening a row** (round 26, ``counter_lead_end``): the read count a portal
prints before a teaser's time label, glued to it (``(4536)人阅读时间:2025-11-23``: a
bracketed count, 人阅读, then 时间: and the date) is the page's statistic, a piece of its
own; the row begins after it, so the label is 时间 (no part of 人阅读时间) and the byline
grammar reads the rest (``byline.parse_labelled``).  Only a line's opening is looked at,
and only a count (a number with its noun, ``furniture_grammar.counter_line``): a field's
name in a schema (``收信人阅读时间``) and a reading-time estimate (``阅读时间约5分钟``) hold
none.

**A theme's statistics row after the name** (round 19, ``without_reading_row``): a
blog theme prints under the headline the outlet, then the column glued to a run of the
page's statistics and its reading switch, items glued or spaced in any order to the
line's end: counters (``furniture_grammar.counter_line``: 评论4, 960阅读), the text's
length (3,354字数, 字数 3354), a reading time (3分12秒, 阅读约4分钟: units and reading
words of ``data/counter_words.txt``) and a thread tool (阅读模式, kind ``thread`` of
``data/byline_interface.txt``): two items at least, one a statistic.  The row and the
column glued before it (华媒联播评论…) are set aside; what is before them (厦门晚报) is
the name.  A sentence counting its words (全文共3354字,阅读约需5分钟。) is no row.

**An outlet's English tag** (round 15): ``News`` after the outlet's name (``51.ca News
Feb 6, 2026``, ``臺視新聞 News``) is part of how the outlet prints its name, no piece: the
name before it is the source (``without_media_tag``; ``head_names.media_name`` asks it of
a name alone under the headline).  Only after a Han name or a domain: in a Latin name the
word is the name's own (``Fox News``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_glued_count import glued_date_end
from newsclean.filters.byline_paper import without_paper_place
from newsclean.filters.charmodel import HAN
from newsclean.filters.dates import with_variants, word_pattern
from newsclean.filters.furniture_grammar import counter_line, phrase_grammar
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex


@cache
def section_words() -> dict[str, list[str]]:
    """The words of ``data/section_labels.txt`` by kind, every script."""
    kinds: dict[str, list[str]] = {}
    for kind, word in data_lines("section_labels.txt"):
        kinds.setdefault(kind, []).extend(with_variants(word))
    return kinds


@cache
def section_labels() -> frozenset[str]:
    """Every section label, every script (``data/section_labels.txt``: [scope] × noun and
    whole labels).  Round 36: a news noun alone (新闻) is a menu's channel, no outlet."""
    kinds, nouns = section_words(), section_words()["noun"]
    return frozenset([*kinds["label"], *(s + n for s in ["", *kinds["scope"]] for n in nouns)])


@cache
def issuer_ending() -> regex.Pattern[str]:
    """A public body's name by its end (``data/section_labels.txt``, kind issuer: 总统府,
    市政府, 外交部, 新闻局): up to eight Han characters and an issuer word."""
    words = sorted(section_words()["issuer"], key=len, reverse=True)
    # Round 36: a one-letter issuer word (部, 处) ends a name of two letters or more: after
    # one it makes a word of place or quantity (顶部, 全部, 此处), no body.
    long = "|".join(regex.escape(word) for word in words if len(word) > 1)
    short = "".join(regex.escape(word) for word in words if len(word) == 1)
    return regex.compile(rf"^(?:\p{{Han}}{{0,8}}(?:{long})|\p{{Han}}{{2,8}}[{short}])$")


def is_section_label(text: str) -> bool:
    """A story's section, never a source: 本地新闻, 國際要聞, 要闻; not 台视新闻.

    >>> is_section_label("本地新聞"), is_section_label("要闻"), is_section_label("台视新闻")
    (True, True, False)
    >>> [is_section_label(t) for t in ("每週熱話", "镜周刊", "每日新闻早读", "每日论坛报")]
    [True, False, True, False]
    >>> is_section_label("霹靂地方新聞"), is_section_label("信報財經新聞")
    (True, False)
    """
    text = text.strip()
    return text in section_labels() or _column_name().match(text) is not None


@cache
def _column_name() -> regex.Pattern[str]:
    """A column's name (module docstring): a period word and one to four Han characters
    (每週熱話), or one to six Han characters and a column word (读者专栏); a region's news."""
    kinds = section_words()
    period, column = (word_pattern(kinds.get(kind, [])) for kind in ("period", "column"))
    local, noun = word_pattern(kinds["local"]), word_pattern(kinds["noun"])  # 霹雳地方新闻
    # Round 27: a period phrase ending in a publisher's noun is a paper's name, never a
    # column (每日论坛报, 每日邮报, 每周新闻社: the Daily Tribune, the Daily Mail).
    return regex.compile(
        rf"^(?:{period}\p{{Han}}{{0,3}}[^\P{{Han}}报報社]|\p{{Han}}{{1,6}}{column}"
        rf"|\p{{Han}}{{1,4}}{local}{noun})$"
    )


# An outlet's English tag after its name (臺視新聞 News, 51.ca News Feb 6, 2026): the word
# a news site prints beside its name in its logo or aggregator row, no piece of its own.
MEDIA_TAG = lazy_regex(r"(?<=\p{Han})[ \t]+(?:News|NEWS)$")
DIGIT = lazy_regex(r"\d")
MEDIA_TAGS = frozenset(("News", "NEWS"))  # the tag as a piece of a byline of pieces

#: Every item of a statistics row holds a digit or is a thread tool: the row is looked
#: for only in a short line with a digit (a name line, not a paragraph).
MAX_ROW_LINE = 80
ROW_GAP = lazy_regex(r"[ \t\u3000]{0,3}")
GLUED_COLUMN = lazy_regex(r"\p{Han}{1,8}$")


@cache
def _row_words() -> dict[str, list[str]]:
    """kind -> words of ``data/counter_words.txt`` and ``data/byline_interface.txt``, every
    script, with the counted nouns of ``furniture_grammar``'s counter grammar."""
    words: dict[str, list[str]] = {}
    for kind, word in (*data_lines("counter_words.txt"), *data_lines("byline_interface.txt")):
        words.setdefault(kind, []).extend(with_variants(word))
    grammar = phrase_grammar()
    words["counter"], words["zero"] = list(grammar["counter"]), list(grammar["zero"])
    return words


@cache
def _row_items() -> tuple[regex.Pattern[str], ...]:
    """The items of a statistics row, each matched at a position (module docstring)."""
    words = _row_words()
    time, read = word_pattern(words["time"] + ["分", "秒"]), word_pattern(words["read"])
    number = r"\d[\d.,]{0,12}[万萬kKwW]?\+?"
    duration = rf"(?:约|約)?\s?\d{{1,3}}\s?(?:{time})(?:\s?\d{{1,2}}\s?(?:秒|秒钟|秒鐘))?"
    return (
        regex.compile(word_pattern(words["thread"])),
        regex.compile(rf"(?:(?:{read})\s?[:：]?\s?)?{duration}"),
        regex.compile(counter_line().pattern),
        regex.compile(rf"{number}\s?字[数數]?|字[数數]\s?[:：]?\s?{number}"),
        regex.compile(rf"(?:{read})(?![\d\p{{Han}}])"),
    )


@cache
def _row_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The characters a row's item may open with, and those the row may end with: two set
    tests spare most lines the search."""
    words = _row_words()
    kinds = ("thread", "read", "time", "counter", "zero")
    listed = [word for kind in kinds for word in words[kind] if word]
    digits = frozenset("0123456789")
    openers = digits | frozenset("字约約") | {word[0] for word in listed}
    ends = digits | frozenset("字数數分秒钟鐘次人)）:：+") | {word[-1] for word in listed}
    return openers, ends


def _row_end(line: str, pos: int) -> tuple[int, int] | None:
    """(items, statistics) when ``line[pos:]`` is a statistics row to the end, each item
    the longest that matches where the last ended; None otherwise."""
    items = statistics = 0
    patterns = _row_items()
    while pos < len(line):
        pos = ROW_GAP.match(line, pos).end()  # type: ignore[union-attr]
        ends = [(m.end(), k) for k, p in enumerate(patterns) if (m := p.match(line, pos))]
        if not ends or pos == len(line):
            return None if pos < len(line) else (items, statistics)
        end, kind = max(ends)
        items, statistics, pos = items + 1, statistics + (kind != 0), end
    return items, statistics


def without_reading_row(line: str) -> str:
    """``line`` without a theme's statistics row and the column glued before it (module
    docstring); ``line`` itself when it ends in no such row.

    >>> without_reading_row("厦门晚报 华媒联播评论43,354字数 960阅读3分12秒阅读模式")
    '厦门晚报'
    >>> without_reading_row("全文共3354字,阅读约需5分钟。")
    '全文共3354字,阅读约需5分钟。'
    """
    openers, ends = _row_edges()
    if len(line) > MAX_ROW_LINE or line[-1:] not in ends or DIGIT.search(line) is None:
        return line
    for start in range(1, len(line)):
        if line[start] not in openers or line[start - 1].isdigit():
            continue
        found = _row_end(line, start)
        if found is not None and found[0] >= 2 and found[1] >= 1:
            head = line[:start]
            column = GLUED_COLUMN.search(head) if head[-1:].strip() else None
            name = head[: column.start()] if column is not None else head
            return name.strip() or line
    return line


def without_media_tag(name: str) -> str:
    """``name`` without the English tag an outlet prints after its name (``MEDIA_TAG``).

    >>> without_media_tag("臺視新聞 News"), without_media_tag("News")
    ('臺視新聞', 'News')
    """
    return MEDIA_TAG.sub("", name)


def tags_outlet(
    fields: dict[str, str], pieces: list[tuple[int, str]], part_no: int, piece: str
) -> bool:
    """Whether ``piece`` (News) tags the outlet named by the piece before it: that piece
    was read as the source, or as the site (51.ca), which then names the source."""
    index = pieces.index((part_no, piece))
    before = pieces[index - 1][1] if index else ""
    if before and fields.get("source") == before and HAN.search(before):
        return True
    if before and "source" not in fields and before.lower() == fields.get("site"):
        fields["source"] = before
        return True
    return False


# A row of fields parted by middle dots and the statistics among them: a word, a number
# (digits or Chinese numerals) and a unit (4850字, 阅读时间约 10 分钟, SR值 539, 三年级).
STAT_DOTS = "・·•"
STAT_SPLIT = lazy_regex(r"[・·•]")
STAT_ITEM = lazy_regex(
    r"^[\p{Han}A-Za-z]{0,8}\s?[\d一二三四五六七八九十百千万萬]{1,8}[\d.,]{0,6}\s?[\p{Han}A-Za-z%+]{0,4}$"
)
MAX_COUNTER = 40  # a page counter is short: its search looks at the line's end only
SECTION_COUNT = lazy_re(r"\d{1,8}")


@cache
def _counter_tail() -> regex.Pattern[str]:
    """Page counters ending a line, each after a space or a bar (``點閱 138 次``;
    ``| 查看: 161| 評論: 0``, a Discuz portal's row)."""
    lead = r"(?:[\s\u3000]{1,6}|[\s\u3000]{0,3}[|｜丨][\s\u3000]{0,3})"
    # Round 31: the count is a field in any frame: a bracket around it and the verb's
    # passive or perfective marker before its noun (``(被閱讀 829 次)``, ``已浏览 12 次``).
    bare = r"(?:[被已]\s?)?(?:" + counter_line().pattern + ")"
    counter = lead + rf"(?:[(（【\[]\s?{bare}\s?[)）】\]]|{bare})[\s\u3000]{{0,3}}"
    return regex.compile("(?:" + counter + "){1,3}$")


def without_statistics(line: str) -> str:
    """A row of fields parted by middle dots, opening with the date, without the page's
    statistics among them (module docstring).

    >>> without_statistics("・2018/02/12 ・4850字 ・阅读时间约 10 分钟 ・三年级")
    '2018/02/12'
    """
    if line[:1] not in STAT_DOTS:
        return line
    items = [item.strip() for item in STAT_SPLIT.split(line) if item.strip()]
    if not items or find_byline_date(items[0]) is None:
        return line
    return " ".join([items[0], *(item for item in items[1:] if not STAT_ITEM.match(item))])


#: Round 27: a recording's length after a middle dot ending a dated row (``14 Jan 2025 ·
#: 25m 15s``, ``2020年8月12日週三 · 25m 15s``: a podcast episode's date and duration):
#: minutes or hours in Latin units, or 分钟 and 秒 (a bare 分 is a clock's: 12时30分).
DURATION_TAIL = lazy_regex(
    r"[ \t\u3000]{0,3}[·・•‧][ \t\u3000]{0,3}"
    r"(?:(?:\d{1,2}[ ]?h[ ]?)?\d{1,3}[ ]?(?:m|min)(?:[ ]?\d{1,2}[ ]?s)?|\d{1,2}[ ]?h"
    r"|\d{1,3}[ ]?(?:分钟|分鐘)(?:\d{1,2}[ ]?秒)?)[ \t\u3000]*$"
)


def without_duration(line: str) -> str:
    """A dated row without the recording's length ending it (``DURATION_TAIL``): the
    episode's duration is the player's, no byline piece.  Only when a date stays.

    >>> without_duration("14 Jan 2025 · 25m 15s"), without_duration("2020年8月12日 · 1h 5m")
    ('14 Jan 2025', '2020年8月12日')
    >>> without_duration("2020年8月12日 · 12时30分"), without_duration("播客 · 25m")
    ('2020年8月12日 · 12时30分', '播客 · 25m')
    """
    if "·" not in line and "・" not in line and "•" not in line and "‧" not in line:
        return line
    found = DURATION_TAIL.search(line)
    if found is None or find_byline_date(line[: found.start()]) is None:
        return line
    return line[: found.start()]


#: A bracketed count opening a line (``(4536)``, ``（12）``): the number of a counter.
BRACKETED_COUNT = lazy_regex(r"^[(（\[]\s?(\d[\d,]{0,12})\s?[)）\]]")
#: The line may open with a counter only when a letter, Han or Latin, follows it.
COUNTER_OPENING = frozenset("(（[0123456789已阅閱浏瀏点點查人")


def counter_lead_end(line: str) -> int:
    """Where a page counter opening ``line`` ends, or 0 (round 26).  A counter opening a
    byline row, glued to the label after it (``(4536)人阅读时间:2025-11-23``, a portal's
    teaser row: the read count, then 时间: and the date), is the page's statistic, a piece
    of its own: the row begins after it (the label is no part of ``人阅读时间``).

    >>> counter_lead_end("(4536)人阅读时间:2025-11-23"), counter_lead_end("阅读时间约5分钟")
    (9, 0)
    """
    if line[:1] not in COUNTER_OPENING:
        return 0
    text, shift = line, 0
    if (count := BRACKETED_COUNT.match(line)) is not None:
        text = count[1] + line[count.end() :]  # (4536)人阅读 reads as 4536人阅读
        shift = count.end() - len(count[1])
    found = counter_line().match(text)
    if found is None or found.end() <= len(count[1] if count else ""):
        return 0
    return found.end() + shift


def without_counter_lead(line: str) -> str:
    """``line`` after a page counter opening it, when something follows (``counter_lead_end``).

    >>> without_counter_lead("(4536)人阅读时间:2025-11-23"), without_counter_lead("(4536)人阅读")
    ('时间:2025-11-23', '(4536)人阅读')
    """
    counted = counter_lead_end(line)
    return (line[counted:].lstrip() or line) if counted else line


@cache
def _counter_ends() -> frozenset[str]:
    """The characters a counter can end with besides a digit: 次, a bracket, a count's
    ``+``, or the last letter of its noun (``0次浏览``: the number before the noun)."""
    return frozenset("次)）]】+").union(noun[-1] for noun in phrase_grammar()["counter"])


@cache
def _counter_end() -> regex.Pattern[str]:
    return regex.compile(r"\d\s?(?:次|人次)?\s?(?:" + "|".join(phrase_grammar()["counter"]) + ")$")


def ends_in_counter(text: str) -> bool:
    """Whether ``text`` ends in a page counter's number and noun (``0次浏览``, ``阅读``
    after its count): a label glued after it begins a field (``byline._glued_head``).

    >>> ends_in_counter("2022-08-270次浏览"), ends_in_counter("网上浏览")
    (True, False)
    """
    return text[-1:] in _counter_ends() and _counter_end().search(text) is not None


def without_counter(line: str) -> str:
    """``line`` without a page counter at its end (module docstring).

    >>> without_counter("张国财 19/03/02 点阅 138 次"), without_counter("2022-08-270次浏览")
    ('张国财 19/03/02', '2022-08-27')
    """
    if not line or not (line[-1].isdigit() or line[-1] in _counter_ends()):
        return line  # every counter ends in its number, 次, a bracket or its noun (0次浏览)
    found = _counter_tail().search(line, max(0, len(line) - MAX_COUNTER))
    if found is not None:
        return line[: found.start()]
    glued = glued_date_end(line)  # 2022-08-270次浏览, 2009年10月13日0次浏览: 0 is the count
    if glued is not None and _counter_tail().fullmatch(" " + line[glued:]):
        return line[:glued]
    return line


def without_asides(line: str) -> str:
    """``line`` without every aside a byline of pieces prints beside its fields: a
    recording's length, page counters, a statistics row (this module), a paper's page and
    its section (``byline_paper``)."""
    return without_paper_place(
        without_reading_row(without_statistics(without_counter(without_duration(line))))
    )
