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

Several fields may share a line, in any order; a field's value runs to the next label.
A mark alone before the first label (``◆文:…``) is no text before it (a caption's
``△ 警方抓获… 通讯员供图`` keeps its text, and stays a caption).

**Values.**  A value ends at the first page tool glued behind it (打印本页, 【字体...) or
at a label the grammar does not know (``| 浏览量：123``),
loses a staff code (刘洋 (FN006)), a role word (记者 王五, 香港文匯報記者 康敬) and a
trailing dateline word
(／台北报导).  A date inside a value (``来源：新华网 2025-07-02``) is read as the time.
A value with sentence punctuation (。！？；，) or longer than ``MAX_VALUE_LENGTH`` is prose,
and so is the line.  A time label whose value is no date and not date-like (7月2日 16:05
has no year: metadata without a time) makes the line prose.

**Unlabelled layouts.**  A line made only of a date expression (see ``dates.py``), a
weekday, a clock, an update note (``（7/2 18:00 更新）``; alone on its line and dated,
as epochtimes prints ``(2024年5月20日16时28分最后更新)``, it dates the page), a short
name (the source), a URL or domain (the site), a reporter piece (``记者林佳彣``, or a
credit with its dateline, ``記者王小明台北16日電``, read by ``credits.reporter_credit``)
and dateline words (``即时报导``, ``讯``, ``電``, ``台北報導聯合報``), in any order and
split by spaces or ``／ | ｜``: ``2019.09.07 16:28  新京报``, ``新京报 2019.09.07 16:28``,
``【大纪元2025年10月23日讯】``, ``2025-10-23 05:30 联合报／ 记者林佳彣／即时报导``.
A list bullet before the line (``- 2025年08月31日``) is no piece.
It needs a date, or a reporter with a dateline word; a single unknown piece makes it
prose.  Text before the first label must itself be such a layout
(``2018-08-16 13:07:22 来源:…``).
A paper or site name in book-title marks is the source (``《星洲日报》2024-02-10``; a
book or show title beside a date, ``《人民的名义》2017-03-28`` in a list of related
articles, is no byline: ``title.is_site_name`` decides), and names glued to
the clock with no space (``2023-03-25 00:02:26顧鑫魯曦``) are the authors, as printed,
unless they are a site name (``2019.09.07 16:28新京报`` is the source).

**Precedence.**  A line with a sentence end (。！？) inside it is prose.  In a line, the
first value of a field wins; a publication time beats an
update time whatever their order (the update time is used only when there is no other);
a line ending in 摄 / 攝 (``新华社记者 陈晔华摄``) is a photo credit, left to captions;
``reporter`` fills ``author`` when no author label is present; a correspondent
(通讯员) is the author only when no reporter is named (``本报记者 张三 通讯员 李四``
gives 张三, as ``credits.py`` reads a credit; the whole line is metadata); a labelled time beats an
unlabelled date in the lead.  A line whose only fields are photographer credits
(``图/新华社``, ``摄影：张三``) is left to the caption rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from newsclean.filters.credits import SECONDARY_ROLE_ENDS, reporter_credit
from newsclean.filters.dates import YEAR_ANCHOR, find_date, find_dates
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.labels import (
    is_label,
    label_context,
    label_pattern,
    label_start,
    label_table,
)
from newsclean.filters.navigation import nav_terms
from newsclean.filters.title import is_site_name

#: A metadata line is a byline, not a paragraph.
MAX_METADATA_LENGTH = 120
#: A field's value is a name, a source or a date: longer is prose.
MAX_VALUE_LENGTH = 40

BRACKETS = "()（）【】[]「」〔〕 \u3000"
# A value loses the separators around it and a decoration glued after it (萧律生#).
VALUE_TRIM = BRACKETS + ":：|｜丨/／,，;；#＃*＊"
# Marks a page sets before a byline: ◆文:香港文匯報記者 康敬 (wenweipo).
LEAD_MARKS = "◆◇■□●○▲△▼▽★☆•▪►"
SENTENCE_PUNCTUATION = re.compile(r"[。！？!?；;，]")  # plain classes: stdlib re is faster
SLASHES = re.compile(r"[／/|｜丨]")
# A list bullet before a byline piece, as i-cable.com lists its head: - 2025年08月31日.
BULLET_MARKS = frozenset("-•·▪●◆■")
BULLET = stdlib(r"^[-•·▪●◆■]\s+")
WEEKDAY_PIECE = re.compile(r"^[(（]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][)）]?$")
CLOCK = regex.compile(
    r"^(?P<half>上午|下午|中午|晚上|凌晨)?(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：]\d{2})?$"
)
DATELINE_END = regex.compile(
    r"^(?:[\p{Han}]{2,4}(?:报导|报道|報導|報道)|讯|訊|电|電|专电|專電|即时|即時)$"
)
# Up to eight characters of outlet before the role: 大公文匯全媒體記者 王小明.
ROLE = r"(?:[\p{Han}]{0,8}?(?:特约|特約|特派)?(?:记者|記者)|通讯员|通訊員)"
ROLE_TOKEN = regex.compile(r"^" + ROLE + r"$")
ROLE_ENDS = ("记者", "記者", "通讯员", "通訊員")
REPORTER_PIECE = regex.compile(
    r"^" + ROLE + r"(?P<names>[\p{Han}·]{2,4}(?:、[\p{Han}·]{2,4}){0,5})?$"
)
# A label the grammar does not know (浏览量：123, 责任单位：…) after a value ends it.
UNKNOWN_LABEL = regex.compile(
    r"(?<=\S)(?:[\s\u3000]+|[\s\u3000]*[|｜丨/／][\s\u3000]*)[\p{Han}A-Za-z]{1,6}[:：]"
)
# An update note after the time, as cna.com.tw prints it: （7/2 18:00 更新）.
UPDATE_NOTE = regex.compile(r"[(（][^()（）]{0,30}(?:更新|updated)[)）]", regex.IGNORECASE)
# A line ending in a photographer's credit is a caption, whatever it starts with.
PHOTO_CREDIT_ENDS = ("摄", "攝")
REPORTER_HINT = re.compile(r"记者|記者|通讯员|通訊員")
# A reporter's credit with its dateline, a piece of its own: 記者王小明台北16日電.
CREDIT_ENDS = ("电", "電", "讯", "訊")
CREDIT_PIECE = regex.compile(
    r"^[\p{Han}]{0,8}(?:记者|記者)[\p{Han}·、]{2,16}\d{1,2}日(?:电|電|讯|訊)$"
)
# A dateline glued to the paper's name, as udn's e-paper prints it: 台北報導聯合報.
DATELINE_SOURCE = regex.compile(
    r"^[\p{Han}]{2,4}(?:报导|报道|報導|報道)(?P<source>[\p{Han}]{2,6})$"
)
# A reporter's byline on its own line: 新华社记者, 中新社记者 王辛莉 张蔚然, 本报记者 张三,
# 新华社记者韩洁、刘羊旸、崔静 (names listed with 、 are kept as listed).
REPORTER_LINE = regex.compile(
    r"^" + ROLE + r"(?P<names>\s*[\p{Han}·]{2,4}(?:(?:\s+|、)[\p{Han}·]{2,4}){0,5})?$"
)
QUOTED_SOURCE = regex.compile(r"^《(?P<name>[^《》\s]{2,12})》$")
# Names glued to the clock: 2023-03-25 00:02:26顧鑫魯曦馮翔 (at most four names of four).
GLUED_NAMES = regex.compile(r"^(?:(?![的了是在这這那们們说說到将將把被对對])[\p{Han}·]){2,16}$")
SOURCE_PIECE = regex.compile(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·-]{1,11}$")
URL_PIECE = regex.compile(
    r"^(?:https?://)?(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}(?:/\S{0,100})?$", regex.IGNORECASE
)
TRAILING_DATELINE = regex.compile(
    r"(?:^|[\s\u3000]*[／/|｜丨][\s\u3000]*|[\s\u3000]+)"
    r"(?:[\p{Han}]{0,4}(?:报导|报道|報導|報道)|即时报导|即時報導)[\s\u3000)）〕】]*$"
)
# Words naming a role, not a person, inside a byline value.
ROLE_WORDS = frozenset(
    (
        "记者", "記者", "本报记者", "本報記者", "通讯员", "通訊員", "实习生", "實習生",
        "特约记者", "特約記者", "特派记者", "特派記者", "首席记者", "首席記者",
    )
)  # fmt: skip
# A staff code after a name: 刘洋 (FN006).
STAFF_CODE = stdlib(r"\s*[（(][A-Za-z0-9_-]{1,12}[)）]\s*$")
# A date-like value without a year (7月2日 16:05, 07-02 16:05): metadata, no time.
DATE_LIKE = regex.compile(
    r"^[\d\s:：\-/.年月日时時分秒号號()（）上下午晚早凌晨中星期周週礼禮拜一二三四五六天]{1,30}$"
)


@dataclass(slots=True)
class Metadata:
    fields: dict[str, str] = field(default_factory=dict)  # field -> value
    labels: list[str] = field(default_factory=list)


def _trim(value: str) -> str:
    """``value`` without the marks around it, but a closing bracket that closes one opened
    inside the value is part of it: 新华社（北京）, 新闻局(GCS)."""
    trimmed = value.strip(VALUE_TRIM)
    for opening, closing in (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")):
        if trimmed.count(opening) == trimmed.count(closing) + 1 and value.find(
            closing, value.rfind(opening)
        ) > value.rfind(opening):
            trimmed += closing
    return trimmed


def clean_value(value: str, *, person: bool = True) -> str:
    """The value up to the first page tool glued behind it (打印本页, 【字体, 发表评论),
    without a role word before a name (记者 王五) or a dateline word after it
    (王小明／即时报导); a person's value also without an editor's code after the name
    (刘洋 (FN006)), while an organisation keeps its bracket (新闻局(GCS), 新华社（北京）)."""
    kept: list[str] = []
    tools = nav_terms()
    unknown_label = UNKNOWN_LABEL.search(value)
    if unknown_label is not None:
        value = value[: unknown_label.start()]
    if person:
        value = STAFF_CODE.sub("", value)
    for token in _trim(value).split():
        if token.startswith(("【", "[")) or token.lower().strip("【】[]") in tools:
            break
        if token in ROLE_WORDS or (token.endswith(ROLE_ENDS) and ROLE_TOKEN.match(token)):
            continue  # 记者, 香港文匯報記者: the role, not the name
        if token in label_table():
            break  # 编辑 李四 校对 王五: the next (unseparated) label ends the value
        kept.append(token)
    return _trim(TRAILING_DATELINE.sub("", " ".join(kept)))


#: Fields whose value names an organisation, not a person: a code in brackets is its own.
ORGANISATIONS = frozenset({"source", "site"})


def _is_plain(value: str) -> bool:
    return len(value) <= MAX_VALUE_LENGTH and SENTENCE_PUNCTUATION.search(value) is None


def _split_pieces(text: str) -> list[str]:
    """Pieces split at spaces and ／ | ｜, a URL kept whole."""
    pieces: list[str] = []
    for token in text.split():
        # every URL or domain holds a dot: one substring test spares the rest the match
        pieces += [token] if "." in token and URL_PIECE.match(token) else SLASHES.split(token)
    return pieces


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
    line = line.strip(BRACKETS)
    if line[:1] in BULLET_MARKS:
        line = BULLET.sub("", line)
    if line.endswith(PHOTO_CREDIT_ENDS):
        return None
    if need_anchor and YEAR_ANCHOR.search(line) is None and REPORTER_HINT.search(line) is None:
        return None  # neither a date nor a reporter: cannot be a byline of pieces
    found = find_date(line)
    rest = [line[: found.start], line[found.end :]] if found else [line]
    # A piece glued to the clock, with no space: names (or a site) printed after the time.
    glued = rest[-1][:1] if found is not None and found.has_time else ""
    result = Metadata()
    reporter = dateline = pending_reporter = False
    hour_minute: tuple[int, int] | None = None
    for piece in (p.strip(BRACKETS) for part in rest for p in _split_pieces(part)):
        if not piece or WEEKDAY_PIECE.match(piece):
            continue
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
            if reporter_piece["names"]:
                result.fields.setdefault("author", reporter_piece["names"])
            else:
                pending_reporter = True
        elif pending_reporter and SOURCE_PIECE.match(piece) and len(piece) <= 4:
            result.fields.setdefault("author", piece)
            pending_reporter = False
        elif "." in piece and URL_PIECE.match(piece) and "site" not in result.fields:
            result.fields["site"] = piece.split("://")[-1].split("/")[0].lower()
        elif glued and rest[-1].startswith(piece) and GLUED_NAMES.match(piece):
            if is_site_name(piece):
                result.fields.setdefault("source", piece)
            else:
                result.fields.setdefault("author", piece)
        elif (quoted := QUOTED_SOURCE.match(piece)) and is_site_name(quoted["name"]):
            result.fields.setdefault("source", quoted["name"])
        elif SOURCE_PIECE.match(piece) and "source" not in result.fields:
            if piece in label_table():
                return None  # a label without its colon: the labelled grammar reads it
            result.fields["source"] = piece
        else:
            return None
    if need_anchor and found is None and not (reporter and dateline):
        return None
    if found is not None:
        iso = found.iso
        if hour_minute is not None and not found.has_time:
            iso = f"{iso}T{hour_minute[0]:02d}:{hour_minute[1]:02d}:00+08:00"
        result.fields["published_at"] = iso
    return result


def parse_reporter_line(line: str) -> Metadata | None:
    """``中新社记者 王辛莉 张蔚然``, ``（记者 张三 李四）``, ``新华社记者``."""
    reporter = REPORTER_LINE.match(line.strip(BRACKETS))
    if reporter is None or line.strip(BRACKETS).endswith(PHOTO_CREDIT_ENDS):
        return None  # 新华社记者 陈晔华摄: a photo credit, left to the caption rules
    result = Metadata(labels=["记者"])
    tokens = (reporter["names"] or "").split()
    if any(token in label_table() for token in tokens if token not in ROLE_WORDS):
        return None  # 新京报记者 王小明 编辑 李四: labelled fields follow
    # Names after a correspondent's role word are the author only when no reporter is named.
    names: tuple[list[str], list[str]] = ([], [])
    secondary = line.strip(BRACKETS).startswith(SECONDARY_ROLE_ENDS)
    for token in tokens:
        if token in ROLE_WORDS:
            secondary = token.endswith(SECONDARY_ROLE_ENDS)
        else:
            names[secondary].append(token)
    if names[0] or names[1]:
        result.fields["author"] = " ".join(names[0] or names[1])
    return result


def _store(result: Metadata, target: str, value: str) -> bool:
    """Put one labelled value in ``result``; False when the value makes the line prose."""
    if target == "ignore" or not value:
        return True
    if target in ("published_at", "updated_at"):
        found = find_date(value)
        if found is not None:
            result.fields.setdefault(target, found.iso)
            return True
        return DATE_LIKE.match(value) is not None
    dates = find_dates(value)
    if dates:
        result.fields.setdefault("published_at", dates[0].iso)
        value = clean_value(value[: dates[0].start] + " " + value[dates[-1].end :])
    if not _is_plain(value):
        return False
    if value:
        result.fields.setdefault(target, value)
    return True


def parse_labelled(line: str) -> Metadata | None:
    """The fields of a line with labels, or None when it has none or is prose.

    >>> parse_labelled("发布时间: 2025-07-02 16:05:00 来源: 西藏日报").fields
    {'published_at': '2025-07-02T16:05:00+08:00', 'source': '西藏日报'}
    >>> parse_labelled("稿件来源：新京报 责编 李四").fields
    {'source': '新京报', 'editor': '李四'}
    """
    if label_context().search(line) is None:
        return None  # no separator and no reporter stem: no label can be followed as required
    if label_start().search(line) is None:
        return None  # no label can begin anywhere in the line
    matches = [match for match in label_pattern().finditer(line) if is_label(match)]
    if not matches:
        return None
    result = Metadata()
    lead = line[: matches[0].start()].strip(VALUE_TRIM)
    if not lead.strip(LEAD_MARKS):
        lead = ""  # a mark alone before the first label (◆文:…)
    if lead:
        pieces = parse_pieces(lead, need_anchor=False)
        if pieces is None:
            return None
        lead_fields = pieces.fields
    else:
        lead_fields = {}
    table = label_table()
    for i, match in enumerate(matches):
        label = match["label"]
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        raw = line[match.end() : end]
        target = table[label]
        if target == "reporter" and label.endswith(SECONDARY_ROLE_ENDS):
            target = "correspondent"  # the author only when no reporter is named
        result.labels.append(label)
        if len(raw) > MAX_VALUE_LENGTH and SENTENCE_PUNCTUATION.search(raw):
            return None  # 通讯员张三报道:6月22日,…: a paragraph opening with a credit, not a byline
        if target == "ignore":
            continue
        if not _store(result, target, clean_value(raw, person=target not in ORGANISATIONS)):
            return None
    fields = result.fields
    for key, value in lead_fields.items():
        fields.setdefault(key, value)
    updated = fields.pop("updated_at", None)
    if updated is not None:
        fields.setdefault("published_at", updated)
    correspondent = fields.pop("correspondent", None)
    reporter = fields.pop("reporter", correspondent)
    if reporter is not None:
        fields.setdefault("author", reporter)
    if result.labels and all(table[label] == "photographer" for label in result.labels):
        return None
    return result
