"""The byline grammar: labelled fields, and bylines whose layout makes the fields plain.

**Fields.**  time (``published_at``, and ``updated_at`` for 更新时间), ``source``,
``author``, ``reporter``, ``editor``, ``photographer``, and ``ignore`` (审核, 字号,
原标题...: metadata, kept out of the body, not stored).

**Labels** (``data/metadata_labels.txt``).  A label is ``[prefix] stem [suffix]``, the
three parts taken from the SAME field's lists: 来源, 稿件来源, 消息来源, 来源于, 转自;
编辑, 责编, 责任编辑, 值班编辑; 记者, 本报记者, 特约记者, 通讯员; 时间, 发布时间,
發佈時間; 摄影, 摄, 图; 作者, 撰稿, 文...; or a whole label of kind ``label``.  Every part
also matches in its traditional forms (``data/traditional_variants.txt``, generated with
OpenCC by ``tools/traditional_variants.py``), so 責任編輯 and 來源於 need no entry.  When
two fields build the same label, the whole labels win, then the first field in the file
(a bare 时间 is the publication time, 更新时间 the update time).  The pattern matches
``label | prefix? stem suffix?`` over the words of all fields (a trie, longest first) and
keeps a candidate only when the table has it, so 本报来源 (two fields) is no label
(``labels.py`` builds the table and the pattern).

**Separators.**  A label starts the line or follows a space, a bracket or punctuation (not
a letter or Han character: 他的作者 is prose), and is followed by

- ``:`` ``：`` ``/`` ``／`` ``|`` ``｜`` ``丨`` (``文.张三`` too, after 文 or 图), or
- spaces, for labels of two characters or more of the name-like fields (``记者 张三``,
  ``责编 于超``, ``来源 新华网``; never 审核/字号..., never one-character labels), or
- nothing, for reporter labels glued to a name of 2-4 characters that ends at a
  separator (``本报记者张三``), or
- the label is bracketed: ``【来源】新华网``, ``[编辑]李四``; a whole field may be
  bracketed too: ``（责任编辑：于超）``, ``[ 责任编辑:李迪 ]``, ``【来源：新华网】``.
- a compound label (three characters or more: 發布時間, 文章来源) followed by a colon
  may be glued behind the text that opens the line, within ``GLUED_HEAD_WINDOW``
  characters (``香港電臺發布時間:2025/10/24 13:56:00  作者:``): the text before it is
  then the line's lead, read as a layout below (an issuing body: the source); prose
  before it (他说的发布时间:) is no layout, and the line stays prose.  Round 18: a lead
  of two characters or fewer that is neither a site's nor a person's name is what the
  label dates, part of it (``資料更新時間:``, ``網頁更新時間:``), no issuing body.  Round 19:
  neither is the kind of copy alone (``報導 | by 曹智 | 2017、7、19``: the column's word).
  Round 21: nor are English words with a small letter before an English label (``Posts
  by X``, ``More stories by X``: the kind of work made, an archive's link): no outlet (an
  outlet is printed in capitals, ``BBC``), and the line is no byline of this article.
  Round 22: nor is a channel's word (``新闻关键词:``, ``百家 作者:``: ``byline_spun``).

Round 37: a label before a font-size control's buttons (``文字:【大】【中】【小】``) is
the control's (``byline_interface.is_size_control``): read, nothing stored.
Several fields may share a line, in any order; a field's value runs to the next label.
A mark alone before the first label (``◆文:…``), or counters of labels the grammar does
not know, each glued to its number (``文档序号:6464227阅读:159来源:…``), is no text
before it (a caption's ``△ 警方抓获… 通讯员供图`` keeps its text, and stays a caption).
Round 25: a lead naming a picture (``data/provenance_words.txt`` kind ``image``: 截图,
图片, 照片) before a source label credits that picture (``網絡截圖 來源:《世界報》網站``):
the value is no source of the article; the line is read and nothing is stored.  A
field's value ends where the next field's label begins, and a compound label the table
does not list (``论文来源``: a word of two to four Han letters glued before a stem, after
a gap of spaces, and a colon) begins at its first word: ``作者:詹遥    论文来源:本站原创``
gives the author 詹遥 (``byline_clean.field_start``).
资料来源 (where the material came from) labels the source only opening its line: after
a text (``图2:… (资料来源:…)``) it credits that text, a figure's, and the line is a caption.
A lead printed twice, glued (``马宝清马宝清 发表于 2024-11-21 04:56:59``: a forum
archive's poster name, once as a link and once as text), is read once.

**Values** (``byline_clean.py``; an English label's, ``byline_english.py``).  A value
ends at the first page tool glued behind it (打印本页, 【字体...), at a label the grammar
does not know (``| 浏览量：123``) or at a label in another language (``Diretor:``),
loses a staff code (刘洋 (FN006)), a Creative Commons licence set off after it
(``林懿萱,CC-BY-3.0-TW-or-later。``: the text's licence, not part of a name), a role
word (记者 王五, 香港文匯報記者 康敬) and a trailing dateline word (／台北报导).  The
outlet before the role of an author's or reporter's value, its newsroom (全媒体, 融媒体)
between, is kept as ``outlet`` when it is a media name
(``文/红网全媒体记者 何青``: 红网): the source when no line names one.  So is the outlet
of a reporter line that prints no name (``新华社记者`` alone under a Xinhua feature's
headline): its reporters are that outlet's staff, whether or not they are named.
Brackets around a value are kept only as a pair: one the value opens and closes
(新华社（北京）) stays, one left unpaired at either end (``【台视新闻``, a bracketed byline
whose other half was not printed) goes (``trim_value``).  What a value may not be (a
section label is no source, a CMS placeholder no value) and how the value of a joint
label (``作者/来源: 海涵 中评社``) splits are ``byline_values.py``'s models.
How a value is stored (a time field's date, a date inside another value, a value that
is prose and makes the line prose) is ``byline_store.py``'s model.

**Precedence.**  A line with a sentence end (。！？) inside it is prose.  In a line, the
first value of a field wins; a publication time beats an
update time whatever their order (the update time is used only when there is no other,
and never from a bulleted item, ``• 更新日期 : 101-07-12``: a record's last edit);
a line ending in 摄 / 攝 (``新华社记者 陈晔华摄``) is a photo credit, left to captions;
``reporter`` fills ``author`` when no author label is present; a correspondent
(通讯员) is the author only when no reporter is named (``本报记者 张三 通讯员 李四``
gives 张三, as ``credits.py`` reads a credit; the whole line is metadata); a labelled time beats an
unlabelled date in the lead.  A line whose only fields are photographer credits
(``图/新华社``, ``摄影：张三``, ``图/广州日报全媒体记者 李栋``) is left to the caption rules;
right under the byline, ``caption_byline`` makes it metadata (where it stands decides).

**Unlabelled layouts** (a line of pieces: date, name, reporter, site, dateline words)
are ``byline_pieces.py``'s grammar; text before the first label must be such a layout.
"""

from __future__ import annotations

import regex

from newsclean.filters.byline_asides import ends_in_counter, without_counter_lead
from newsclean.filters.byline_clean import (
    AFFILIATION,
    VALUE_TRIM,
    clean_value,
    compiler_name,
    english_field,
    field_start,
    trim_value,
)
from newsclean.filters.byline_dates import counted_date, find_byline_date
from newsclean.filters.byline_desk import desk_lead
from newsclean.filters.byline_english import is_english_label
from newsclean.filters.byline_interface import is_size_control
from newsclean.filters.byline_joint import is_joint
from newsclean.filters.byline_paper import is_issue_lead, is_page_links
from newsclean.filters.byline_pieces import (
    BRACKETS,
    BULLET_MARKS,
    PHOTO_CREDIT_ENDS,
    Metadata,
    is_person_name,
    parse_pieces,
)
from newsclean.filters.byline_portal import REPORT_WORDS, outlet_as_author, without_title_frame
from newsclean.filters.byline_poster import unglue_poster
from newsclean.filters.byline_reporter import glued_credit, outlet_of, parse_reporter_line
from newsclean.filters.byline_row_shape import PERSON_FIELDS, is_place_piece
from newsclean.filters.byline_spun import credits_picture, is_channel_lead
from newsclean.filters.byline_store import (
    MAX_VALUE_LENGTH,
    SENTENCE_PUNCTUATION,
    store_joint,
    store_row_credit,
    store_value,
)
from newsclean.filters.byline_values import is_no_value
from newsclean.filters.credits import SECONDARY_ROLE_ENDS
from newsclean.filters.labels import (
    connective_labels,
    glued_label_pattern,
    is_label,
    label_context,
    label_pattern,
    label_start,
    label_table,
)
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name

__all__ = [
    "AFFILIATION",
    "BRACKETS",
    "MAX_METADATA_LENGTH",
    "PHOTO_CREDIT_ENDS",
    "Metadata",
    "clean_value",
    "parse_labelled",
    "parse_pieces",
    "parse_reporter_line",
    "trim_value",
]

#: A metadata line is a byline, not a paragraph.
MAX_METADATA_LENGTH = 120

# Marks a page sets before a byline: ◆文:香港文匯報記者 康敬 (wenweipo).
LEAD_MARKS = "◆◇■□●○▲△▼▽★☆•▪►"
# A lead of counters, each a label the grammar does not know and a bare number
# (文档序号:6464227阅读:159来源:…: a record number and a read count glued before the
# labels): the page's bookkeeping, read as part of the byline and not stored.
COUNTER_LEAD = lazy_regex(
    r"^(?:\p{Han}{2,6}[ \t]{0,2}[:：][ \t]{0,2}\d{1,12}[ \t\u3000]{0,3}){1,4}$"
)
# 资料来源 (where the material came from) opening its line is the article's source (a
# digest's 資料來源:華龍網); after a text it credits that text, a figure's (caption_sources).
MATERIAL = ("资料", "資料")
# Round 21: English words before an English credit label (Posts by X, More stories by X,
# Reporting by X): the kind of work the person made, never an outlet's name (an outlet
# is printed in capitals, BBC, or after the name: X for Reuters); the line is no byline
# of this article (an archive's link, or a credit the grammar does not read).
ENGLISH_WORD_LEAD = lazy_regex(
    r"^(?=[^a-z]{0,40}[a-z])[A-Za-z]{1,20}(?:[ \t]{1,3}[A-Za-z]{1,20}){0,3}$"
)
# A list number before the first label: a template's numbered fields (1.媒体来源:).
LIST_NUMBER = lazy_regex(r"^[(（]?(?:\d{1,2}|[一二三四五六七八九十])[.．、)）]$")
#: How far into a line a compound label glued to the text before it may end.
GLUED_HEAD_WINDOW = 24

# A posting label's verb (发表日期, 發表於): the lead before it is the poster.
POSTED = ("发表", "發表", "于", "於")
#: The posting preposition alone, its verb left out (labels.py): a poster's line only.
BARE_POSTING = ("于", "於")
PERSON_LIKE = lazy_regex(r"^\p{Han}{2,4}$")
#: The word of a compound label the table does not list, before its label (新闻作者).
EMPTY_COMPOUND_WORD = lazy_regex(r"\p{Han}{1,4}")
#: Fields whose value names an organisation, not a person: a code in brackets is its own.
ORGANISATIONS = frozenset({"source", "site"})


def _with_glued_labels(line: str, matches: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``matches`` and the labels glued behind a value before a colon
    (``来源 :河北新闻网责任编辑 :韩晓寒``), in order."""
    table = label_table()
    glued = [
        match
        for match in glued_label_pattern().finditer(line, matches[0].end())
        if len(match["label"]) > 1
        and match["label"] in table
        and not any(m.start() <= match.start() < m.end() for m in matches)
    ]
    return sorted([*matches, *glued], key=lambda match: match.start()) if glued else matches


def _glued_head(line: str) -> regex.Match[str] | None:
    """A compound label (three characters or more: 發布時間, 文章来源), or any label after
    a page counter (``2022-08-270次浏览来源:网络``, round 35: the count ends at its noun),
    glued behind the text that opens the line and followed by a colon, within
    ``GLUED_HEAD_WINDOW``."""
    window = line[:GLUED_HEAD_WINDOW]
    if ":" not in window and "：" not in window:
        return None
    match = glued_label_pattern().search(line, 0, GLUED_HEAD_WINDOW)
    if match is None or match["label"] not in label_table():
        return None
    if len(match["label"]) < 3 and not ends_in_counter(line[: match.start()]):
        return None  # 他的来源: prose; 0次浏览来源: a counter's noun closes the count
    return match


def _compound_head(lead: str) -> regex.Match[str] | None:
    """The label opening the line when the table does not list it: a word of one to four
    Han letters glued before a label of the table and its colon (``新闻作者:    发布时间:…``,
    a CMS's row whose writer was left blank; ``新聞作者:張三 …``).  A name is never
    followed by a colon: the word is the label's, and the field's value follows it."""
    match = glued_label_pattern().search(lead, 0, GLUED_HEAD_WINDOW)
    if match is None or match["label"] not in label_table():
        return None
    if EMPTY_COMPOUND_WORD.fullmatch(lead, 0, match.start()) is None:
        return None
    return match


def _poster(fields: dict[str, str], label: str) -> dict[str, str]:
    """The lead's fields before a posting label (发表日期, 發表於: the verb 'posted'): the
    name the lead gives is the poster's, the author, unless it is a site's
    (``海涵 (發表日期:…)``, a family name the surname table leaves out as too common)."""
    name = fields.get("source", "")
    if not label.startswith(POSTED) or "author" in fields or not PERSON_LIKE.match(name):
        return fields
    if is_site_name(name) or is_no_value("source", name) or is_no_value("author", name):
        return fields  # 新华网 发表于, 本站 发表于: a site's own
    return {**{k: v for k, v in fields.items() if k != "source"}, "author": name}


def _poster_line(lead: str, line: str, matches: list[regex.Match[str]]) -> bool:
    """Whether a bare posting 於 reads a poster's line: one label, a poster's name before
    it (two to four Han characters, no site's name: a handle such as 鳥羽 has no family
    name) and a date, wholly, after it (``鳥羽  於 2002/08/12 22:37``)."""
    if len(matches) != 1 or not PERSON_LIKE.match(lead) or is_site_name(lead):
        return False
    value = line[matches[0].end() :].strip()
    found = find_byline_date(value)
    return found is not None and found.start == 0 and not value[found.end :].strip()


#: The fields a verb label of the posting act fills with its time (发布, 发表).
TIME_TARGETS = ("published_at", "updated_at")


def _poster_value(value: str) -> bool:
    """Round 42: a time label's value that is no date but the poster, a name or the CMS's
    placeholder for one (``发布:管理员``, ``发布:张三``): the verb labels who posted, as
    发布人 does, its 人 left out; a row with other fields is still a byline (alone,
    ``更新：王小明``, it is none)."""
    return find_byline_date(value) is None and (
        is_person_name(value) or is_no_value("author", value)
    )


def parse_labelled(line: str) -> Metadata | None:
    """The fields of a line with labels, or None when it has none or is prose.

    >>> parse_labelled("发布时间: 2025-07-02 16:05:00 来源: 西藏日报").fields
    {'published_at': '2025-07-02T16:05:00+08:00', 'source': '西藏日报'}
    >>> parse_labelled("稿件来源：新京报 责编 李四").fields
    {'source': '新京报', 'editor': '李四'}
    """
    # a glued poster, a counter lead, a frame of title marks taken off
    line = without_title_frame(without_counter_lead(unglue_poster(line) or line))
    if label_context().search(line) is None:
        return None  # no separator and no reporter stem: no label can be followed as required
    head = _glued_head(line)
    if label_start().search(line) is None and head is None:
        return None  # no label can begin anywhere in the line
    matches = [match for match in label_pattern().finditer(line) if is_label(match)]
    if matches and (connectives := connective_labels(line, matches)):  # Posted by X on DATE in …
        matches = sorted(matches + connectives, key=lambda match: match.start())
    if head is not None and (not matches or head.end() <= matches[0].start()):
        matches.insert(0, head)  # 香港電臺發布時間:…: the body before is the lead
    if not matches:
        return None
    if ":" in line[matches[0].end() :] or "：" in line[matches[0].end() :]:
        matches = _with_glued_labels(line, matches)
    result = Metadata()
    if (compound := _compound_head(line[: matches[0].start()])) is not None:
        matches.insert(0, compound)  # 新闻作者:    发布时间:…: a label the table lacks
    lead = line[: matches[0].start()].strip(VALUE_TRIM)
    if not lead.strip(LEAD_MARKS) or COUNTER_LEAD.match(lead) or LIST_NUMBER.match(lead):
        lead = ""  # a mark (◆文:…), counters (序号:6464227) or a number (1.媒体来源:)
    elif is_issue_lead(lead) or is_page_links(lead):
        lead = ""  # 2022年NO.1 研究与探讨 作者:…, 【1】 【2】 (责编:…): an issue, page links
    elif matches[0] is head and len(lead) <= 2 and not (is_site_name(lead) or is_person_name(lead)):
        lead = ""  # 資料更新時間: what the label dates (資料, 網頁), no issuing body
    elif lead in REPORT_WORDS:  # the kind of copy alone as a row's lead: the column's word
        lead = ""  # 報導 | by 曹智 | 2017、7、19: the column's word for the copy, no outlet
    elif is_channel_lead(lead) and not matches[0]["label"].startswith(POSTED):
        lead = ""  # 新闻关键词:, 百家 作者:…: a channel's word (round 22); 鳥羽 於: a poster
    elif len(lead) % 2 == 0 and len(lead) >= 4 and lead[: len(lead) // 2] == lead[len(lead) // 2 :]:
        lead = lead[: len(lead) // 2]  # 马宝清马宝清 发表于: a forum prints the poster twice
    if matches[-1].groupdict().get("end") is not None and not is_person_name(
        (lead.split() or [""])[-1]
    ):
        return None  # 杨思瑞 发表于 (no time printed): only a poster's name before it
    if matches[0]["label"] in BARE_POSTING and not _poster_line(lead, line, matches):
        return None  # 会议 于 2012年9月9日 举行: prose; 鳥羽  於 2002/08/12 22:37: a poster
    if lead and matches[0]["label"].startswith(MATERIAL):
        return None  # 图2:… (资料来源:…): the figure's source, a caption's (caption_sources)
    if lead and credits_picture(lead, line, matches):
        return Metadata(labels=[matches[0]["label"]])  # set aside: a picture's (byline_spun)
    if is_english_label(matches[0]["label"]) and ENGLISH_WORD_LEAD.match(lead):
        return None  # Posts by X, Stories by X: what the person made, a link; no outlet
    if lead and (credited := glued_credit(lead)) is not None:
        lead_fields = {"author": credited}  # 大紀元記者張三紐約報導/責任編輯: (round 39)
    elif lead:
        pieces = parse_pieces(lead, need_anchor=False)
        if pieces is None:
            return None
        lead_fields = _poster(pieces.fields, matches[0]["label"])
    else:
        lead_fields = {}
    table = label_table()
    joined = ""  # the field of a label joined by a slash to the next one (作者/来源:)
    for i, match in enumerate(matches):
        label = match["label"]
        end = field_start(line, matches[i + 1]) if i + 1 < len(matches) else len(line)
        raw = line[match.end() : end]
        target = table[label]
        if target == "reporter" and label.endswith(SECONDARY_ROLE_ENDS):
            target = "correspondent"  # the author only when no reporter is named
        result.labels.append(label)
        if joined and is_joint(joined, target):
            joined = ""
            if not store_joint(result, clean_value(raw, person=False)):
                return None
            continue
        slash = match.groupdict().get("punct")  # a glued label (来源 :…) has none
        joined = target if end == match.end() and slash and slash.strip() in "/／" else ""
        if joined:
            continue  # no value: the next label's value is this one's too
        if len(raw) > MAX_VALUE_LENGTH and SENTENCE_PUNCTUATION.search(raw):
            return None  # 通讯员张三报道:6月22日,…: a paragraph opening with a credit, not a byline
        if is_size_control(raw):
            continue  # 文字:【大】【中】【小】: a font-size control's label and buttons
        if target == "ignore":
            if (compiler := compiler_name(raw)) is not None:
                result.fields.setdefault("author", compiler)  # 駐外單位:…組崔虹綜合摘要
            elif (counted := counted_date(raw)) is not None:
                result.fields.setdefault("published_at", counted)  # 浏览:1858 2010-6-2
            continue
        if target in ("author", "reporter") and (outlet := outlet_of(raw)) is not None:
            result.fields.setdefault("outlet", outlet)  # 文/红网全媒体记者 何青: the source
        value = clean_value(raw, person=target not in ORGANISATIONS)
        if target == "reporter" and not value and (credited := glued_credit(label + raw)):
            value = credited  # 记者张三报道/编辑:…: the report word glued to the name
        field = english_field(label, target, raw, value)  # By 2030, the city …: None
        if field is None and value and is_no_value(target, value):
            continue  # May 12, 2023 by admin: the CMS's empty author slot (round 39)
        if field in TIME_TARGETS and len(matches) > 1 and _poster_value(value):
            continue  # 发布:管理员 来源:…: the posting verb before its poster (round 42)
        if field in PERSON_FIELDS and is_place_piece(value):
            continue  # 作者:北京: a place is a dateline, never a person (byline_row_shape)
        if field is None or not store_value(result, field, value):
            return None
        if field in ("published_at", "updated_at") and ("记" in raw or "記" in raw):
            store_row_credit(result, raw)  # 上传日期: 2014.08.19   人民网记者 孙灿芬
    fields = result.fields
    for key, value in desk_lead(lead_fields, result.labels).items():
        fields.setdefault(key, value)  # 【中文热点】编辑:…: the staff's newsroom, the site
    updated = fields.pop("updated_at", None)
    if updated is not None and line[:1] not in BULLET_MARKS:
        fields.setdefault("published_at", updated)
    correspondent = fields.pop("correspondent", None)
    reporter = fields.pop("reporter", correspondent)
    if reporter is not None:
        fields.setdefault("author", reporter)
    if result.labels and all(table[label] == "photographer" for label in result.labels):
        return None  # a picture credit: under the byline, caption_byline places it
    outlet_as_author(fields, is_person_name)
    return result
