"""The unlabelled layouts of the byline grammar (labels, values and precedence are in
``byline.py``).

**Unlabelled layouts.**  A line made only of a date expression (see ``dates.py``), a
weekday, a clock, an update note (``（7/2 18:00 更新）``; alone on its line and dated,
as epochtimes prints ``(2024年5月20日16时28分最后更新)``, it dates the page), a short
name (the source), a URL or domain (the site), a reporter piece (``记者林佳彣``, or a
credit with its dateline, ``記者王小明台北16日電``, read by ``credits.reporter_credit``)
and dateline words (``即时报导``, ``讯``, ``電``, ``台北報導聯合報``), in any order and
split by spaces or ``／ | ｜``: ``2019.09.07 16:28  新京报``, ``新京报 2019.09.07 16:28``,
``【大纪元2025年10月23日讯】``, ``2025-10-23 05:30 联合报／ 记者林佳彣／即时报导``.
A mark or corner bracket ending the line (``◆``, ``』``: round 19, ``END_MARKS``) is its
ornament.  A list bullet before the line (``- 2025年08月31日``) is no piece, nor an interface
word (``上传``, ``发布网友``: ``byline_interface.is_interface_value``) or a weekday
(``星期三``, ``星期二,``, or ``Thursday,`` before an English date: ``Thursday, August 28, 2025``).
It needs a date, or a reporter with a dateline word; a single unknown piece makes it
prose.  Text before the first label must itself be such a layout
(``2018-08-16 13:07:22 来源:…``).
A paper or site name in book-title marks is the source (``《星洲日报》2024-02-10``; a
book or show title beside a date, ``《人民的名义》2017-03-28`` in a list of related
articles, is no byline: ``byline_outlet.is_outlet_name`` decides, round 37 a public body's
name too, ``《新庄镇政府》``), and names glued to
the clock with no space (``2023-03-25 00:02:26顧鑫魯曦``) are the authors, as printed,
unless they are a site name (``2019.09.07 16:28新京报`` is the source).

**A masthead's name.**  A name of three to eight Han characters spaced out one by one
(``2019 年 2 月 15 日 | 澳 門 平 台``, round 16) is how a page head sets the publication's
title bar: one piece, read as the byline's and not stored (the masthead names the site
that prints the page, not where this text came from); spaced out and a person's name
(``梁 婉 琦``), it is the author as any name piece.

**A person or an outlet.**  A short name piece is the source unless it is a person's
name: a family name (``data/surnames.txt``) and one or two given-name characters that
is no site name (``崔虹 2016-07-19``, ``姚志偉2017年12月21日14:13`` glued to the date,
``张国财 http://www.cnpressphoto.com 2002-03-19``): then it is the author.  A name glued
before the date with no space must be a person or a site name (``新京报2019.09.07``): any
other (``赢彩王2023-01-31 16:05``, a hijacked page's keyword echoed as a byline) makes
the line no byline.

Person names in a row after the author's (``梁婉琦 雷翠云``, ``记者孙兴华 刘晓民``) are
co-authors, kept as printed; a name apart from them stays what it is on its own.  Persons
listed with 、 in one piece (``黄乐颖、邓晓彤``) are the authors as printed, and a weekday
glued to the end of a piece (``黄乐颖、邓晓彤星期三 2021年 2月 3日``) is a piece of its
own (星期, 礼拜: not 周, which opens family names).

**A press release** reposted with its byline (``苗栗縣政府新聞稿 113/12/11
行政處新聞科李俊平037-559825``): the issuer before a release word (新闻稿) is the source;
the issuing office's section (a name ending in a section word, 科 or 股) is where the
release was written, never a source, read and dropped; the officer's name glued after
it, a telephone number after the name, is the author (``press_release_piece``; the words
are ``data/section_labels.txt``'s kinds release and unit).

**A date of a byline** is ``byline_dates.find_byline_date``'s: ``dates.py``'s grammar,
and the shapes only a byline prints (a three-digit ROC year, ``108-09-20``; a day-first
date of two-digit numbers, ``30/11/06``).

Round 25: a post's row (a report button, a name cut short ``Alinna ...``) names its
poster, and a portal's name then the outlet it carries (``砍柴網 / 零壹財經 / DATE``) gives
the second as the source: ``byline_interface.py`` and ``byline_portal.py``.

**A byline's page statistics and section** (set aside, not stored) are ``byline_asides.py``'s
models; round 40, the pieces of neither shape, ``byline_row_shape.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from newsclean.filters.byline_asides import (
    MEDIA_TAGS,
    SECTION_COUNT,
    is_section_label,
    section_words,
    tags_outlet,
    without_asides,
    without_counter,
    without_media_tag,
)
from newsclean.filters.byline_dates import find_byline_date, has_cue
from newsclean.filters.byline_interface import (
    is_box_tab,
    is_interface_value,
    is_truncation_mark,
    is_unsigned,
)
from newsclean.filters.byline_outlet import glued_outlet, is_outlet_name
from newsclean.filters.byline_paper import NUMBERED, PAGE_WORDS
from newsclean.filters.byline_portal import (
    REPORT,
    REPORT_WORDS,
    SOURCE_PIECE,
    copied_outlet,
    is_account,
    press_release_piece,
    report_places,
    self_named_site,
)
from newsclean.filters.byline_row_shape import drop_section_source, is_place_piece, row_aside
from newsclean.filters.credit_names import person_name, surnames
from newsclean.filters.credits import reporter_credit
from newsclean.filters.dates import find_date
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.realign import LINE_MARKS
from newsclean.filters.record_pieces import WEEKDAY_WORD, lunar
from newsclean.filters.title import is_site_name

__all__ = ["is_section_label", "section_words", "surnames", "without_counter", "without_media_tag"]

BRACKETS = "()（）【】[]「」〔〕 \u3000"
OPENERS, CLOSERS = "(（【[「〔『", ")）】]」〕』"
# Round 19: a line mark (◆, ★) or corner bracket ending the line is the layout's ornament
# after the byline (龔忠武 1995、5、1◆, 20250828』), no piece.
END_MARKS = "』" + "".join(sorted(LINE_MARKS))
# A piece holding a day or month (至10月20日, 到20日): a range's other end or a date the
# grammar could not read, never a name; the line is a schedule or prose, no byline.
DATE_PART = lazy_re(r"\d\s?[月日号號]")
SLASHES = lazy_re(r"[／/|｜丨]")
# A list bullet before a byline piece, as i-cable.com lists its head: - 2025年08月31日.
BULLET_MARKS = frozenset("-•·▪●◆■")
BULLET = stdlib(r"^[-•·▪●◆■]\s+")
# A periodical's issue (2006年第4期, 总第345期, 第3卷第2期: where the copy ran, neither a
# date nor a name): read, not stored; ISSUE_PIECE: see parse_pieces (round 24).
ISSUE_PIECE = lazy_regex(r"^\d{4}年(?:总|總)?(?:第\d{1,4}卷)?第\d{1,4}期$")
#: A periodical's place: its issue or its page, a page's section after a colon (round 27:
#: 08/28/2025 第A15版:煙臺街, an e-paper's article head; 第 38 期, a gazette's issue line
#: over its sections): where the copy ran, read as a byline's piece and never a headline
#: (``head_search``).
PERIODICAL_PLACE = lazy_regex(
    rf"(?:\d{{4}}\s?年\s?)?(?:总|總)?(?:第\s?\d{{1,4}}\s?卷)?{NUMBERED}[期{PAGE_WORDS}]"
    r"(?:\s?[:：]\s?\p{Han}{1,8})?"
)
WEEKDAY_PIECE = lazy_re(rf"^[,，]?{WEEKDAY_WORD}[,，]?$")  # a weekday, a comma before or after it
# An English weekday before an English date (Thursday, August 28, 2025: its comma).
EN_WEEKDAY_PIECE = lazy_re(
    r"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?$", re.IGNORECASE
)
# A weekday glued to the name before it: 黄乐颖、邓晓彤星期三 (a Hong Kong paper's head).
GLUED_WEEKDAY = lazy_regex(r"(?<=\p{Han}{2})(?:星期|礼拜|禮拜)[一二三四五六日天]$")
WEEKDAY_LAST = frozenset("一二三四五六日天")
#: Persons listed with 、 in one piece: a byline's handful of writers.
MAX_LISTED = 6
CLOCK = lazy_regex(
    r"^(?P<half>上午|下午|中午|晚上|凌晨)?(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：]\d{2})?$"
)
HOUSE = r"|本[网網报報站台臺刊][讯訊]"  # 本网讯: the house's dateline (byline_row_shape)
DATELINE_END = lazy_regex(
    r"^(?:[\p{Han}]{2,4}" + REPORT + HOUSE + r"|讯|訊|电|電|专电|專電|即时|即時)$"
)
# Up to eight characters of outlet before the role: 大公文匯全媒體記者 王小明; its newsroom
# besides (round 34: 现代澳门日报全媒体记者, an outlet's staff title, no name).
ROLE = (
    r"(?:[\p{Han}]{0,8}?(?:全媒体|全媒體|融媒体|融媒體)?(?:特约|特約|特派)?(?:记者|記者)"
    r"|通讯员|通訊員)"
)
ROLE_TOKEN = lazy_regex(r"^" + ROLE + r"$")
ROLE_ENDS = ("记者", "記者", "通讯员", "通訊員")
#: A reporter's role after an outlet's name (人民日报记者, 红网全媒体记者, 新华社特约记者): the
#: outlet's newsroom, a rank, the role; the one spelling ``byline_reporter.OUTLET_ROLE``
#: and ``spam_frames.AGENCY_REPORTER`` read (round 33).
OUTLET_REPORTER = r"(?:全媒体|全媒體|融媒体|融媒體)?(?:特约|特約|特派|首席)?(?:记者|記者)"
REPORTER_PIECE = lazy_regex(r"^" + ROLE + r"(?P<names>[\p{Han}·]{2,4}(?:、[\p{Han}·]{2,4}){0,5})?$")
# An update note after the time, as cna.com.tw prints it: （7/2 18:00 更新）.
UPDATE_NOTE = lazy_regex(r"[(（][^()（）]{0,30}(?:更新|updated)[)）]", regex.IGNORECASE)
# A line ending in a photographer's credit is a caption, whatever it starts with.
PHOTO_CREDIT_ENDS = ("摄", "攝")
REPORTER_HINT = lazy_re(r"记者|記者|通讯员|通訊員")
# A reporter's credit with its dateline, a piece of its own: 記者王小明台北16日電.
CREDIT_ENDS = ("电", "電", "讯", "訊")
CREDIT_PIECE = lazy_regex(
    r"^[\p{Han}]{0,8}(?:记者|記者)[\p{Han}·、]{2,16}\d{1,2}日(?:电|電|讯|訊)$"
)
# A dateline glued to the paper's name, as udn's e-paper prints it: 台北報導聯合報.
DATELINE_SOURCE = lazy_regex(r"^[\p{Han}]{2,4}" + REPORT + r"(?P<source>[\p{Han}]{2,6})$")
QUOTED_SOURCE = lazy_regex(r"^《(?P<name>[^《》\s]{2,12})》$")
# Names glued to the clock: 2023-03-25 00:02:26顧鑫魯曦馮翔 (at most four names of four).
GLUED_NAMES = lazy_regex(r"^(?:(?![的了是在这這那们們说說到将將把被对對])[\p{Han}·]){2,16}$")
HAN_END = lazy_regex(r"\p{Han}$")
PERSON_NAME = lazy_regex(r"^\p{Han}{2,4}$")
# A name spaced out character by character (澳 門 平 台), as a masthead sets its title.
LETTER_SPACED = lazy_regex(r"(?<!\S)\p{Han}(?:[ \u3000]\p{Han}){2,7}(?!\S)")
URL_PIECE = lazy_regex(
    r"^(?:https?://)?(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}(?:/\S{0,100})?$", regex.IGNORECASE
)


@dataclass(slots=True)
class Metadata:
    fields: dict[str, str] = field(default_factory=dict)  # field -> value
    labels: list[str] = field(default_factory=list)


def _weekday_or_place(piece: str) -> bool:  # or the lunar date (癸卯年十月初二): no outlet
    return bool(WEEKDAY_PIECE.match(piece) or PERIODICAL_PLACE.fullmatch(piece) or lunar(piece))


def is_person_name(text: str) -> bool:
    """A family name and one or two given-name characters that is no site name.

    >>> is_person_name("姚志偉"), is_person_name("欧阳修"), is_person_name("新京报")
    (True, True, False)
    """
    if PERSON_NAME.match(text) is None:
        return False
    if not person_name(text):
        return False
    return not is_site_name(text) and text not in label_table()


def _is_persons(piece: str) -> bool:
    """A person's name, or persons' names listed with 、 (黄乐颖、邓晓彤)."""
    if "、" not in piece:
        return is_person_name(piece)
    names = piece.split("、")
    return len(names) <= MAX_LISTED and all(is_person_name(name) for name in names)


def _split_pieces(text: str) -> list[str]:
    """Pieces split at spaces and ／ | ｜, a URL kept whole, a weekday glued to the end of
    a piece (邓晓彤星期三) a piece of its own."""
    pieces: list[str] = []
    for token in text.split():
        # every URL or domain holds a dot: one substring test spares the rest the match
        parts = [token] if "." in token and URL_PIECE.match(token) else SLASHES.split(token)
        for part in parts:
            glued = GLUED_WEEKDAY.search(part) if part[-1:] in WEEKDAY_LAST else None
            pieces += [part[: glued.start()], glued.group()] if glued else [part]
    return pieces


def _strip_brackets(line: str) -> str:
    """``line`` without the brackets around it; a closing bracket that closes one opened
    inside the line stays (``2002年03月19日(火)``: the weekday's, part of the date)."""
    core = line.rstrip(END_MARKS).strip(BRACKETS)
    if core and sum(map(core.count, OPENERS)) > sum(map(core.count, CLOSERS)):
        start = len(line) - len(line.lstrip(BRACKETS))
        closer = line[start + len(core) :].lstrip(" \u3000")[:1]
        if closer and closer in CLOSERS:
            return core + closer
    return core


def parse_pieces(line: str, need_anchor: bool = True) -> Metadata | None:
    """A byline made of a date, a source, a reporter, a site and dateline words, in any
    order; None as soon as one piece is anything else (then it is prose).

    >>> parse_pieces("2019.09.07 16:28  新京报").fields
    {'source': '新京报', 'published_at': '2019-09-07T16:28:00+08:00'}
    """
    # Every update note holds 更新 or "updated": two substring tests pass over most lines.
    note = UPDATE_NOTE.search(line) if "更新" in line or "updated" in line.lower() else None
    if note is not None:
        line = UPDATE_NOTE.sub(" ", line).strip(BRACKETS)
        if not line:  # the note alone: (2024年5月20日16时28分最后更新) dates the page
            updated = find_date(note.group())
            return Metadata({"published_at": updated.iso}) if updated else None
    line = _strip_brackets(line)
    if line[:1] in BULLET_MARKS:
        line = BULLET.sub("", line)
    if line.endswith(PHOTO_CREDIT_ENDS):
        return None
    line = without_asides(line)  # a recording's length, counters, statistics, a paper's page
    if need_anchor and REPORTER_HINT.search(line) is None and not has_cue(line):
        return None  # neither a date nor a reporter: cannot be a byline of pieces
    found = find_byline_date(line)
    rest = [line[: found.start], line[found.end :]] if found else [line]
    spaced = {"".join(m.group().split()) for part in rest for m in LETTER_SPACED.finditer(part)}
    if spaced:  # 2019 年 2 月 15 日 | 澳 門 平 台: one piece, the masthead's name
        rest = [LETTER_SPACED.sub(lambda m: "".join(m.group().split()), part) for part in rest]
    # A piece glued to the clock, with no space: names (or a site) printed after the time.
    glued = rest[-1][:1] if found is not None and found.has_time else ""
    # The piece glued before the date, no space: 姚志偉2017年…, 新京报2019.09.07, 赢彩王2023….
    head = rest[0].split()[-1] if found is not None and rest[0][-1:].strip() else ""
    glued_head = head if head and HAN_END.search(head) else ""
    result = Metadata()
    reporter = dateline = pending_reporter = posted = placed = False
    hour_minute: tuple[int, int] | None = None
    names_open = 0  # 1 + the part whose piece before named the author: a name may follow
    pieces = [(i, p.strip(BRACKETS)) for i, part in enumerate(rest) for p in _split_pieces(part)]
    after_section = False
    # A piece right before a lone report word is the dateline's place (高雄市 報導).
    places = report_places([p for _, p in pieces], line, is_person_name) if found else set()
    account: tuple[int, str] | None = None  # the source piece, while an account may follow
    for part_no, piece in pieces:
        counted, after_section = after_section, is_section_label(piece)
        aside = row_aside(piece, len(pieces) == 1, found is not None and found.has_time)
        if not piece or aside or after_section or _weekday_or_place(piece):
            continue  # a weekday or issue, a separator or count (byline_row_shape), a section
        if piece in spaced and not is_person_name(piece):
            continue  # the page head's masthead, spaced out: the site's name, not the source
        if (
            piece == glued_head
            and len(rest) == 2
            and not rest[1].strip()
            and self_named_site(piece)
        ):
            continue  # 彩神彩票官方网站2025-09-24: a site's self-name glued on a date line
        if is_unsigned(piece) or is_box_tab(piece):
            continue  # 中国网 佚名 参加讨论: an unsigned article's slot; 导读: a box's tab
        if is_interface_value(piece) or is_truncation_mark(piece):
            posted = posted or not is_truncation_mark(piece)
            continue  # 上传 2013.05.29, 檢舉, Alinna ...: the interface's, no name
        if piece in MEDIA_TAGS and tags_outlet(result.fields, pieces, part_no, piece):
            continue  # 51.ca News Feb 6, 2026: the outlet's English tag
        if counted and (part_no, piece) == pieces[-1] and SECTION_COUNT.fullmatch(piece):
            continue  # 國際 1153: the section's view count, bare, ends the row
        if piece[-1:] in "yY.," and EN_WEEKDAY_PIECE.match(piece):
            continue  # a weekday, a section (本地新闻): read, not stored
        if reporter and "author" in result.fields and piece in places:
            dateline = True  # 記者 何美玲 / 高雄市 報導: the place the report was filed from
            continue
        if names_open and part_no == names_open - 1 and is_person_name(piece):
            result.fields["author"] += " " + piece  # 梁婉琦 雷翠云: co-authors, in a row
            continue
        names_open = 0
        if DATE_PART.search(piece) and not piece.endswith(CREDIT_ENDS):
            return None  # 2025年10月16日至10月20日: a range (記者王小明台北16日電 stays)
        # Each shape is matched only when the ones before it failed.
        if DATELINE_END.match(piece):
            dateline = True
        elif (dateline_source := DATELINE_SOURCE.match(piece)) is not None:
            dateline = True
            result.fields.setdefault("source", dateline_source["source"])
        elif (clock := CLOCK.match(piece)) is not None:
            hour = int(clock["H"])
            if clock["half"] in ("下午", "晚上") and hour < 12:
                hour += 12
            hour_minute = (hour, int(clock["M"]))
        elif piece.endswith(CREDIT_ENDS) and CREDIT_PIECE.match(piece) and reporter_credit(piece):
            # 記者王小明台北16日電: the reporter's credit with its dateline, as cna prints it
            reporter = dateline = True
            result.fields.setdefault("author", reporter_credit(piece) or "")
        elif (reporter_piece := REPORTER_PIECE.match(piece)) is not None:
            reporter = True
            if reporter_piece["names"] and "author" not in result.fields:
                result.fields["author"] = reporter_piece["names"]
                names_open = part_no + 1
            else:
                pending_reporter = True
        elif reporter and found is not None and piece in REPORT_WORDS:
            dateline = True  # 记者 孙灿芬 报导: the report word closing the credit, no place
        elif pending_reporter and SOURCE_PIECE.match(piece) and len(piece) <= 4:
            result.fields.setdefault("author", piece)
            pending_reporter = False
            if found is not None:  # 记者 梁婉琦 雷翠云 报导 DATE: the names after the role
                names_open = part_no + 1
        elif "." in piece and URL_PIECE.match(piece) and "site" not in result.fields:
            result.fields["site"] = piece.split("://")[-1].split("/")[0].lower()
        elif glued and rest[-1].startswith(piece) and GLUED_NAMES.match(piece):
            if is_site_name(piece):
                result.fields.setdefault("source", piece)
            else:
                result.fields.setdefault("author", piece)
        elif (quoted := QUOTED_SOURCE.match(piece)) and is_outlet_name(quoted["name"]):
            result.fields.setdefault("source", quoted["name"])
        elif "author" not in result.fields and _is_persons(piece):
            result.fields["author"] = piece  # 崔虹 2016-07-19, 张国财 http://…: the writer
            names_open = part_no + 1
        elif (release := press_release_piece(piece, _is_persons)) is not None:
            if release[0]:  # 苗栗縣政府新聞稿, 行政處新聞科李俊平037-559825: a press release
                result.fields.setdefault(*release)
        elif SOURCE_PIECE.match(piece) and "source" not in result.fields:
            if is_place_piece(piece):  # 恩平市: a region, no outlet (byline_row_shape)
                if placed:
                    return None  # 北京 上海 广州 2017-07-19: places listed, no byline
                placed = True
                continue
            if piece in label_table():
                return None  # a label without its colon: the labelled grammar reads it
            if glued_head and piece == glued_head and not glued_outlet(piece):
                return None  # 赢彩王2023-01-31: glued to the date, no outlet (浙江在线 is, 44)
            result.fields["source"] = piece
            account = (part_no, piece)
        elif account and not is_person_name(piece) and copied_outlet(line, account[1], piece):
            result.fields["source"], account = piece, None  # 砍柴網 / 零壹財經: the writer's
        elif (
            found is not None
            and account is not None
            and is_account(pieces, account, (part_no, piece), glued_head)
        ):
            account = None  # 国际日报 巴厘之窗 2022-06-08: the account that posted it, not kept
        else:
            return None
    cited = all(any(r.match(p) for _, p in pieces) for r in (ISSUE_PIECE, QUOTED_SOURCE))
    if need_anchor and found is None and not ((reporter and dateline) or cited):
        return None  # 《世界日报》 2006年第4期: its issue, year and number, cites the copy
    drop_section_source(result.fields)  # 热点关注 李明: the section beside the writer
    source = result.fields.get("source")
    if posted and source and "author" not in result.fields and not is_site_name(source):
        result.fields["author"] = result.fields.pop("source")  # a post's row: the poster
    if found is not None:
        iso = found.iso
        if hour_minute is not None and not found.has_time:
            iso = f"{iso}T{hour_minute[0]:02d}:{hour_minute[1]:02d}:00+08:00"
        result.fields["published_at"] = iso
    return result
