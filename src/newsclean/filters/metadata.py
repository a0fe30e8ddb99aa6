"""Recognise metadata lines and read their fields: time, source, author, editor.

``發布時間: 2025-07-02 16:05:00 來源: 西藏日報``, ``（责任编辑：于超）``,
``2025年07月02日 16:05  来源：新华网``, ``文/张三``, ``2019.09.07 16:28  新京报``.
The grammar of a byline (labels, separators, unlabelled layouts, precedence) is in
``byline.py``, the grammar of its dates in ``dates.py``, reporter credits inside the
first paragraph in ``credits.py``.  A line is tried as an unlabelled layout first, then
as a reporter line, then as labelled fields, then as a bracketed reporter credit
alone on its line.  Copyright and reprint notices are ``notice.py``'s job.

**A byline split over lines.**  Some sites print the time and the source on two lines,
the source bare on the line under the time (``出版：2025年01月08日 星期三`` then
``新闻局(GCS)``; ``2026/02/04`` then ``FTNN新闻网``): ``source_line`` reads such a line
as the source when it stands right under a byline that gave a time but no source, is a
name (``SOURCE_NAME``: 2-8 Han or Latin characters, as media names are (a lead line
such as 记湖南援藏干部的三年 is longer), an optional bracketed code, no
punctuation), no label or section label (本地新闻).  ``structure`` applies it only there,
while the page has no source, to an outlet's name (``byline_outlet``).  The name may
stand over the byline instead (``總統府`` then ``・2025-01-13 ・4850字``): a media name or
a public body's (one ending in an issuer word of ``data/section_labels.txt``: 政府, 部, 局)
alone on the line right above a byline that dates the page and names no source, with a
line above it (the headline), is the source (``page_head`` places it; ``public_body``).
A media name alone under the headline is read by it too (``headline=True``): the name
without its brackets, a pair around it (``【香港电台】``) or one left unpaired
(``【台视新闻``, a bracketed byline whose other half was not printed), never a section
label.

**Spam and bylines.**  A hijacked page dresses its keyword as a byline, and a real byline
can look like a list of terms to spam scoring; which wins is decided in one place, on the
spam side (``spam_byline.spam_or_byline``, from this module's reading of the line).  The
grammar here reads names as names and knows nothing of spam.

**Where the article first appeared.**  A reposted article names the publication it was
first printed in: a verb of publishing (刊登, 刊载, 发表, 原载, 首发, 刊, 载, with 于/於
and an optional 原文/本文/此文 before it; the words are ``data/provenance_words.txt``, the
table ``notice`` reads its provenance lines with), the publication in 《》 (the mark of a title
of a work or periodical, never of a person) and optionally the date it appeared, glued on
(``原文刊登于《联合早报》2023年1月9日``): ``published_in`` reads the publication as the
source and the date as the date; anything else on the line and it is prose.  Round 24:
the line may be set apart in one pair of brackets around it all, as a field is
(``(原载于《FTNN新闻网》)`` closing a reposted story): the pair is no part of it.  By the same
mark, a value in 《》 under an author label (``作者:《华西都市报》``) is a publication:
the source, not an author.

**Lost separators and tools around a byline.**  A byline whose separators were lost in a
codec round trip prints ``?`` between its pieces (``www.x.com?2009-08-25 16:38? 黄世宏?
来源:福建日报``): when the line holds a byline date and two ``?`` or more, or one glued
behind a name before a space (``[ 作者:曹智?  文章來源:新華社 … 更新時間:2017/7/19]``),
none at its end, each ``?`` is read as a space, and the reading stands only if it gives a
date.
Page tool phrases (furniture grammar: 排行榜, 收藏, 我来说两句) before the first label
or after the last value are the page's links, not fields: they are dropped before the
line is read, and the reading stands only if it gives a field; so are the interface
items a blog or forum prints after a byline's fields (``Leave a Comment``, ``只看该作者``:
``byline_interface.py``, round 15).

**A writer's name alone under the headline** (``任佳刚`` on the line under the title,
the article under it, as a converted blog mirror prints it) is the author
(``author_line``: a person's name, ``byline_pieces.is_person_name``); ``structure`` asks
it of that line only.

**An empty item of a bulleted byline** (``• 文章``, ``• 人已阅读``) is
``byline_values.py``'s model.

**A writer's byline that credits the photos** and **an outlet and its writer in one
bracket** (``【聚论坛李华球文章】``) are ``byline_brackets.py``'s models.

**A translation's credit.**  A translated article credits the outlet that published the
translation and the translator after 译/ (``【文/弗朗兹 译/观察者网 由冠群】``): the outlet
(a media name: a known site or a name holding a media word, 网 报 社 台 频道 刊) is the
source (so is a public body that publishes its own translations, ``public_body``: 译/政府新闻处,
round 12), the translator is no author; what stands before 译/ is read as a byline of its
own (``文/弗朗兹``: the author), and may be empty (``译/新华网马来西亚频道 由冠群】``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline import (
    BRACKETS,
    MAX_METADATA_LENGTH,
    PHOTO_CREDIT_ENDS,
    Metadata,
    parse_labelled,
    parse_pieces,
    parse_reporter_line,
    trim_value,
)
from newsclean.filters.byline_asides import issuer_ending
from newsclean.filters.byline_brackets import (
    affiliation_line,
    alumnus_writer,
    outlet_column,
    outlet_writer,
    writer_credits_photos,
)
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_header import glued_header, revision_stamp
from newsclean.filters.byline_interface import without_interface
from newsclean.filters.byline_names import (
    author_sentence,
    camera_names,
    person_names,
    writers_with_role,
)
from newsclean.filters.byline_pieces import is_section_label
from newsclean.filters.byline_provenance import provenance_bracket, provenance_line
from newsclean.filters.byline_repeat import without_repeated_date
from newsclean.filters.byline_row import dateline_names, labelled_row
from newsclean.filters.byline_signature import signature
from newsclean.filters.byline_spun import spun_label
from newsclean.filters.byline_values import (
    desk_line,
    empty_item,
    marked_reporter,
    poster_wrote,
    settle_source,
)
from newsclean.filters.captions import caption_cue
from newsclean.filters.credits import reporter_credit
from newsclean.filters.dates import DEFAULT_ZONE, parse_date
from newsclean.filters.furniture_grammar import is_tool_phrase
from newsclean.filters.furniture_tags import tag_list
from newsclean.filters.labels import label_table, with_colons_read
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.provenance import alternation, unattributed
from newsclean.filters.record_line import quiet_record
from newsclean.filters.title import is_site_name

NAME = "metadata"

__all__ = [
    "DEFAULT_ZONE",
    "MAX_METADATA_LENGTH",
    "Metadata",
    "parse_date",
    "parse_metadata",
    "source_line",
]

#: One lost separator: a ``?`` glued behind a Han name and followed by a space.
LONE_LOST_SEPARATOR = lazy_regex(r"(?<=\p{Han})\?(?=[ \t\u3000])")
URL_TEXT = lazy_regex(r"https?://[\x21-\x7e]{1,300}")
# A bare source name: 政府新闻处, FTNN新闻网, 新闻局(GCS), 正报.
SOURCE_NAME = lazy_regex(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·]{1,7}(?:[(（][A-Za-z]{2,8}[)）])?$")
CREDIT_OPEN, CREDIT_CLOSE = "(（【[〔", ")）】]〕"


def _is_photo_credit(line: str) -> bool:
    cue = caption_cue(line)
    return cue is not None and cue.startswith("photo credit at the end:")


def parse_metadata(text: str) -> Metadata | None:
    """The fields of a metadata line, or None when ``text`` is not one.

    >>> parse_metadata("发布时间: 2025-07-02 16:05:00 来源: 西藏日报").fields
    {'published_at': '2025-07-02T16:05:00+08:00', 'source': '西藏日报'}
    >>> parse_metadata("（责编: 于超 ）").fields
    {'editor': '于超'}
    >>> parse_metadata("2019年9月7日，新京报记者走访了当地的三家工厂。") is None
    True
    """
    line = with_colons_read(text.strip())  # 撰文︰顧青玄: a colon's other forms
    line = without_repeated_date(line)  # byline_repeat.py: one day printed twice
    first = (
        published_in(line)
        or provenance_line(line)  # 江西社会科学 2013年6期, (译自新京报): byline_provenance
        or translation_credit(line)
        or outlet_writer(line)
        or empty_item(line)
        or desk_line(line)
        or poster_wrote(line)
        or affiliation_line(line)
        or marked_reporter(line)
        or outlet_column(line)
        or alumnus_writer(line)
        or signature(line)  # byline_signature.py: ── 符懋濂 ──, X教授 (…届, …) date
        or quiet_record(line)  # head_record.py: ✍ X ◷ date #tag, date I 甲辰年… I permit
        or glued_header(line)
        or revision_stamp(line)
        or writers_with_role(line)
        or author_sentence(line)
        or spun_label(line)
    )
    if first is not None:
        return first
    # A link's query (https://aamacau.com/?p=64890) is no sentence end.
    prose_probe = URL_TEXT.sub("", line) if "://" in line else line
    if (
        not line
        or len(line) > MAX_METADATA_LENGTH
        or SENTENCE_STOP.search(prose_probe, 0, len(prose_probe) - 1)
    ):
        # A sentence ends inside the line: prose (a title may end in ？: 原标题：…？),
        # unless the ? are a byline's lost separators (module docstring).
        return _repaired(line) if line and len(line) <= MAX_METADATA_LENGTH else None
    if line.strip(BRACKETS).endswith(PHOTO_CREDIT_ENDS):
        return None  # 本报记者 李四摄: a photo credit, left to the caption rules
    parsed = (
        labelled_row(line)  # byline_row.py: 专栏号作者 X / OUTLET / DATE
        or parse_pieces(dateline_names(line))
        or parse_reporter_line(line)
        or parse_labelled(line)
        or _credit_line(line)
    )
    if parsed is None:
        return _repaired(line)
    parsed = settle_source(_publication_author(provenance_bracket(parsed)))  # 来源: sp20241121
    # 通讯员供图: a photo credit too.  Asked of bylines only: most lines parse as none.
    if _is_photo_credit(line) and not writer_credits_photos(parsed):
        return None
    return parsed


# 原文刊登于《联合早报》2023年1月9日: where the article first appeared (module docstring).
# The words are the provenance table's (``provenance.alternation``), shared with notice.
@cache
def _published_in() -> regex.Pattern[str]:
    words = alternation
    return regex.compile(
        f"^{words('subject')}?{words('adverb')}?{words('verb')}{words('prep')}?"
        r"\s?《([^《》]{2,20})》\s?(.{0,40})$"
    )


TOOL_SPLIT = lazy_regex(r"\s+")
#: A bracket pair around a whole line: its opener and closer.
WHOLE_PAIRS = {"(": ")", "（": "）", "【": "】", "[": "]"}
# 译/观察者网 由冠群: the outlet of a translation and its translator (module docstring).
TRANSLATION = lazy_regex(
    r"(?:^|\s)[译譯]\s?[/／:：]\s?(?P<outlet>[^\s/／【】\[\]]{2,16})\s+(?P<name>[\p{Han}·]{2,4})$"
)
MEDIA_WORD = lazy_regex(r"网|網|报|報|社|台|频道|頻道|刊")


def translation_credit(line: str) -> Metadata | None:
    """The source (and the author before it) of a translation's credit line.

    >>> translation_credit("【文/詹遥 译/华龙网 由冠群】").fields
    {'author': '詹遥', 'source': '华龙网'}
    >>> translation_credit("译/张三 李四") is None
    True
    """
    bare = line.strip("【】[] \u3000")
    found = TRANSLATION.search(bare)
    if found is None:
        return None
    outlet = found["outlet"]
    if MEDIA_WORD.search(outlet) is None and not is_site_name(outlet) and not public_body(outlet):
        return None  # 译/政府新闻处: a public body publishes its own translations (round 12)
    head = bare[: found.start()].strip()
    parsed = parse_metadata(head) if head else Metadata()
    if parsed is None:
        return None
    parsed.fields.setdefault("source", outlet)
    parsed.labels.append("译")
    return parsed


def published_in(line: str) -> Metadata | None:
    """Source and date of a line naming where the article first appeared.

    >>> published_in("原文刊登于《联合早报》2023年1月9日星期一").fields
    {'source': '联合早报', 'published_at': '2023-01-09'}
    >>> published_in("刊登于《人民日报》的一篇评论引起了广泛讨论") is None
    True
    >>> published_in("(原载于《FTNN新闻网》)").fields
    {'source': 'FTNN新闻网'}
    """
    pair = WHOLE_PAIRS.get(line[:1])
    if pair and line.endswith(pair) and pair not in line[1:-1]:
        line = line[1:-1].strip()  # (原载于《X》): the whole note in one pair of brackets
    found = _published_in().match(line)
    if found is None:
        return None
    fields = {"source": found.group(1).strip()}
    rest = found.group(2).strip()
    if rest:
        date = find_byline_date(rest)
        if date is None or date.start != 0 or rest[date.end :].strip(" ()（）星期一二三四五六日天"):
            return None
        fields["published_at"] = date.iso
    return Metadata(fields=fields, labels=["刊登于"])


def _without_tools(line: str) -> str:
    """``line`` without page tool phrases before its first or after its last piece."""
    items = TOOL_SPLIT.split(line)
    while len(items) > 1 and is_tool_phrase(items[0]):
        items.pop(0)
    while len(items) > 1 and is_tool_phrase(items[-1]):
        items.pop()
    return " ".join(items)


def _repaired(line: str) -> Metadata | None:
    """The reading of a byline with lost separators or tools around it (module docstring)."""
    lost = line.count("?") >= 2 or LONE_LOST_SEPARATOR.search(line) is not None
    if lost and not line.endswith("?") and find_byline_date(line) is not None:
        parsed = parse_metadata(line.replace("?", " "))
        if parsed is not None and "published_at" in parsed.fields:
            return parsed
        return None
    bare = _without_tools(without_interface(line))
    if bare != line:
        parsed = parse_metadata(bare)
        if parsed is not None and parsed.fields:
            return parsed
    return None


def _publication_author(parsed: Metadata) -> Metadata:
    """An author value wholly in 《》 is a publication: the source (module docstring)."""
    author = parsed.fields.get("author", "")
    inner = author[1:-1]
    if len(author) > 3 and author[0] == "《" and author[-1] == "》" and "《" not in inner:
        del parsed.fields["author"]
        parsed.fields.setdefault("source", inner.strip())
    return parsed


def source_line(text: str, *, headline: bool = False) -> str | None:
    """The source when ``text`` is a bare source name (see the module docstring); with
    ``headline``, when it is a media name alone under the headline: the name without a
    bracket left unpaired, never a section label.

    >>> source_line("新闻局(GCS)")
    '新闻局(GCS)'
    >>> source_line("责任编辑") is None
    True
    >>> source_line("【台视新闻", headline=True), source_line("本地新闻", headline=True)
    ('台视新闻', None)
    """
    line = unattributed(text.strip())  # 据人民网: "according to" is no part of the name
    if headline:
        line = trim_value(line)
        return line if is_site_name(line) and not is_section_label(line) else None
    if SOURCE_NAME.match(line) is None or line in label_table() or is_section_label(line):
        return None
    return line


def public_body(name: str) -> bool:
    """Whether ``name`` is a public body's name that publishes its own stories (module
    docstring): a short name ending in an issuer word (总统府, 市政府, 外交部, 新闻局).

    >>> public_body("總統府"), public_body("本地新闻"), public_body("春节返乡记")
    (True, False, False)
    """
    return SOURCE_NAME.match(name) is not None and issuer_ending().match(name) is not None


def author_line(text: str, *, under_time: bool = False) -> str | None:
    """The author when ``text`` is a person's name alone (``byline_pieces.is_person_name``:
    a family name and one or two characters, no site name), or persons' names spaced or
    listed with 、, behind a mark or not (``byline_names.person_names``), as a page prints
    its writers on the line under the headline (``structure`` asks it there only); with
    ``under_time``, under a byline's time, also a camera credit's names (``camera_names``).

    >>> author_line("任佳刚"), author_line("新京报"), author_line("春节返乡记")
    ('任佳刚', None, None)
    >>> author_line("攝影:梁婉琦"), author_line("攝影:梁婉琦", under_time=True)
    (None, '梁婉琦')
    """
    return person_names(text) or (camera_names(text) if under_time else None)


def _credit_line(line: str) -> Metadata | None:
    """A reporter credit on a line of its own: ``（中央社記者王小明台北30日電）``."""
    if line[0] not in CREDIT_OPEN or line[-1] not in CREDIT_CLOSE:
        return None
    inner = line[1:-1]
    if any(mark in inner for mark in CREDIT_OPEN + CREDIT_CLOSE):
        return None
    author = reporter_credit(line)
    return Metadata(fields={"author": author}, labels=["记者"]) if author else None


def byline_with_tools(text: str) -> Metadata | None:
    """The fields of a line furniture detection took for a tool row when it is a labelled
    byline with the page's tools glued on (``来源: 联合早报  【字号 】【打印】【关闭``): a label,
    its separator and a value.  A tool row with a label and no value (``分享到：微信``)
    reads no field.

    >>> byline_with_tools("来源: 联合早报  【字号 】【打印】【关闭").fields
    {'source': '联合早报'}
    >>> byline_with_tools("分享到：微信 微博") is None
    True
    """
    if (":" not in text and "：" not in text) or tag_list(text):
        return None  # no label; the page's tags (新闻关键词:A;B;C), no byline
    parsed = parse_metadata(text)
    return parsed if parsed is not None and parsed.fields else None
