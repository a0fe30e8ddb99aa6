"""Recognise metadata lines and read their fields: time, source, author, editor.

``發布時間: 2025-07-02 16:05:00 來源: 西藏日報``, ``（责任编辑：于超）``,
``2025年07月02日 16:05  来源：新华网``, ``文/张三``, ``2019.09.07 16:28  新京报``.
The grammar of a byline (labels, separators, unlabelled layouts, precedence) is in
``byline.py``, the grammar of its dates in ``dates.py``, reporter credits inside the
first paragraph in ``credits.py``.  A line is tried as an unlabelled layout first, then
as a reporter line, then as labelled fields, then as a bracketed reporter credit
alone on its line.  Copyright and reprint notices are ``notice.py``'s job.

**A byline's piece alone on its line** (a bare source name under or over a byline, a
public body's name, a writer's name alone under the headline) is ``byline_alone``'s model
(split from this module in round 35).

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
date.  Round 43: the separator before a field the editor left empty is lost too, so a line
of two ``?`` or more may end in one (``http://976uc.com?2023年5月5日?``: the site's address,
the date, and where the writers stood, nothing); a single ``?`` closing the line is a
question's.
Page tool phrases (furniture grammar: 排行榜, 收藏, 我来说两句) before the first label
or after the last value are the page's links, not fields: they are dropped before the
line is read, and the reading stands only if it gives a field; so are the interface
items a blog or forum prints after a byline's fields (``Leave a Comment``, ``只看该作者``:
``byline_interface.py``, round 15).  The toolbar's model is ``byline_toolbar.py``.

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
)
from newsclean.filters.byline_account_row import account_row
from newsclean.filters.byline_alone import public_body
from newsclean.filters.byline_asides import without_asides
from newsclean.filters.byline_brackets import (
    affiliation_line,
    alumnus_writer,
    outlet_column,
    outlet_writer,
    writer_credits_photos,
)
from newsclean.filters.byline_citation import split_citation
from newsclean.filters.byline_dateline import desk_report, outlet_reporting, writers_reporting
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_department import without_department
from newsclean.filters.byline_empty_counter import without_empty_counter
from newsclean.filters.byline_glued_row import with_glued_row_spaced
from newsclean.filters.byline_header import glued_header, revision_stamp
from newsclean.filters.byline_interface import is_account_handle, without_interface
from newsclean.filters.byline_joint import empty_item
from newsclean.filters.byline_names import (
    author_sentence,
    bracketed_credit,
    writers_with_role,
)
from newsclean.filters.byline_poster import marked_reporter, poster_wrote
from newsclean.filters.byline_provenance import provenance_bracket, provenance_line
from newsclean.filters.byline_repeat import without_repeated_date
from newsclean.filters.byline_row import dateline_names, labelled_row
from newsclean.filters.byline_row_counter import without_row_counter
from newsclean.filters.byline_signature import signature
from newsclean.filters.byline_spaced import with_spaced_labels_joined
from newsclean.filters.byline_spun import spun_label
from newsclean.filters.byline_tail import reprint_line
from newsclean.filters.byline_toolbar import without_tools
from newsclean.filters.byline_values import desk_line, house_credit, settle_source
from newsclean.filters.captions import caption_cue
from newsclean.filters.credits import reporter_credit
from newsclean.filters.dates import DEFAULT_ZONE, parse_date
from newsclean.filters.furniture_grammar import spaced_link_lead
from newsclean.filters.furniture_tags import tag_list
from newsclean.filters.labels import with_colons_read, with_place_time_read
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.provenance import alternation
from newsclean.filters.record_line import quiet_record
from newsclean.filters.title import is_site_name

NAME = "metadata"

__all__ = [
    "DEFAULT_ZONE",
    "MAX_METADATA_LENGTH",
    "Metadata",
    "parse_date",
    "parse_metadata",
]

#: One lost separator: a ``?`` glued behind a Han name and followed by a space.
LONE_LOST_SEPARATOR = lazy_regex(r"(?<=\p{Han})\?(?=[ \t\u3000])")
URL_TEXT = lazy_regex(r"https?://[\x21-\x7e]{1,300}")
CREDIT_OPEN, CREDIT_CLOSE = "(（【[〔", ")）】]〕"


def _is_photo_credit(line: str) -> bool:
    cue = caption_cue(line)
    return cue is not None and cue.startswith("photo credit at the end:")


def parse_metadata(text: str) -> Metadata | None:
    """The fields of a metadata line, or None when ``text`` is not one; round 41, a row
    whose separators were lost (``2019/9/20刘懿德来源:新华社``) is read spaced when it does
    not read as printed (``byline_glued_row``).

    >>> parse_metadata("2019/9/20刘懿德来源:新华社").fields["author"]
    '刘懿德'
    """
    parsed = _parse_metadata(text)
    if parsed is None and (spaced := with_glued_row_spaced(text.strip())) != text.strip():
        return _parse_metadata(spaced)
    if parsed is None and (bare := without_row_counter(text.strip())) != text.strip():
        return _parse_metadata(bare)  # DATE    140, 1552人已围观: byline_row_counter.py
    return parsed


def _parse_metadata(text: str) -> Metadata | None:
    """The fields of a metadata line as printed, or None when ``text`` is not one.

    >>> parse_metadata("发布时间: 2025-07-02 16:05:00 来源: 西藏日报").fields
    {'published_at': '2025-07-02T16:05:00+08:00', 'source': '西藏日报'}
    >>> parse_metadata("（责编: 于超 ）").fields
    {'editor': '于超'}
    >>> parse_metadata("2019年9月7日，新京报记者走访了当地的三家工厂。") is None
    True
    """
    line = with_colons_read(text.strip())  # 撰文︰顧青玄: a colon's other forms
    line = with_spaced_labels_joined(line)  # 发 布 时 间: byline_spaced.py
    line = with_place_time_read(line)  # 意大利时间: a place's clock (labels.py, round 38)
    line = without_repeated_date(line)  # byline_repeat.py: one day printed twice
    line = without_empty_counter(line)  # 阅读: 2023-01-02: byline_empty_counter.py
    line = without_department(line, _parse_metadata)  # DATE 学校 出处:党政办公室 (round 42)
    first = (
        published_in(line)
        or _cited(line)  # byline_citation.py: … 《光明日报》（2023年10月19日 12版）
        or provenance_line(line)  # 江西社会科学 2013年6期, (译自新京报): byline_provenance
        or reprint_line(line)  # (河北新闻网 2016-07-19 14:05报导) - 下载PDF版本 (round 43)
        or account_row(line)  # 公益慈善论坛  · 公众号  ·  · DATE: byline_account_row (44)
        or translation_credit(line)
        or outlet_writer(line)
        or empty_item(line)
        or desk_line(line)
        or house_credit(line)  # 本报编辑部策划报导: the newsroom, no one named (round 35)
        or desk_report(line)  # 大陸中心/綜合報導: a desk, no one named (byline_dateline)
        or writers_reporting(line)  # 陳又寧 翁乾晃 嘉義報導 (round 38, byline_dateline)
        or outlet_reporting(line)  # 【KTSF 尹晉豪報導】 (round 41, byline_dateline)
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
        or bracketed_credit(line)  # (傅超编辑): a name and its role closing (byline_names)
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


def _cited(line: str) -> Metadata | None:
    """A byline closed by a paper's citation (``byline_citation``): what stands before it
    read as a byline, the paper and its day added; None when no citation closes it."""
    if (cited := split_citation(line)) is None:
        return None
    rest, fields = cited
    parsed = parse_metadata(rest) if rest else Metadata()
    if parsed is not None:
        for name, value in fields.items():
            parsed.fields.setdefault(name, value)
    return parsed


def _repaired(line: str) -> Metadata | None:
    """The reading of a byline with lost separators or tools around it (module docstring)."""
    lost = line.count("?") >= 2 or LONE_LOST_SEPARATOR.search(line) is not None
    closed = line.endswith("?") and line.count("?") < 2  # a question's mark, not a separator
    if lost and not closed and find_byline_date(line) is not None:
        parsed = parse_metadata(line.replace("?", " "))
        if parsed is not None and "published_at" in parsed.fields:
            return parsed
        return None
    peeled = without_interface(line)
    bare = without_tools(peeled)  # the row's toolbar (byline_toolbar)
    if bare != line:
        parsed = parse_metadata(bare)
        if parsed is not None and parsed.fields:
            if peeled != line and is_account_handle(parsed.fields.get("source", "")):
                del parsed.fields["source"]  # cnfrance2017 DATE 0" 字体: the posting account
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
    reads no field.  Round 36: a row with no label is a byline when the byline grammar
    dates the page and, its counters read off as asides (``byline_asides``), is no tool row:
    a date and its counters (``新闻 2017-07-19 0 点赞 0 评论 17 浏览``, a blog template's
    row); a tool word left (分享到, 打印) keeps the row a tool row.  Round 37: so are its
    interface items read off (``byline_interface``: a comment link, a size control), the
    byline grammar's as the counters are (``www.wforum.com | 2012.10.27  光明日报 | 0条评论
    | 查看/发表评论``).  Round 47: a row *opened by a link's lead word* with no byline label
    (``上一篇 2021-08-19 19:19``, a pager printing the neighbour story's time where its title
    was) is the link's: the date after the lead is the linked story's, never the article's.

    >>> byline_with_tools("上一篇 2021-08-19 19:19") is None
    True
    >>> byline_with_tools("来源: 联合早报  【字号 】【打印】【关闭").fields
    {'source': '联合早报'}
    >>> byline_with_tools("分享到：微信 微博") is None
    True
    >>> byline_with_tools("2017-07-19 0 点赞 0 评论 17 浏览").fields
    {'published_at': '2017-07-19'}
    """
    labelled = ":" in text or "：" in text
    if labelled and tag_list(text):
        return None  # the page's tags (新闻关键词:A;B;C), no byline
    parsed = parse_metadata(text)
    if parsed is None or not parsed.fields:
        return None
    if not parsed.labels and spaced_link_lead().match(text.strip()):
        return None  # 上一篇 2021-08-19 19:19: the lead's link, the neighbour's date
    if labelled:
        return parsed
    dated = "published_at" in parsed.fields
    bare = without_interface(without_asides(text))  # 0条评论 | 查看/发表评论: the row's own
    return parsed if dated and classify_furniture(bare) is None else None
