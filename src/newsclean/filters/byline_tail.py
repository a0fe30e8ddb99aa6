"""A writer's credit printed after the headline on the headline's own line (round 35).

**Model.**  Some pages set the writer on the headline's line, after a gap of spaces or in
a bracket glued to it (``海沧市民节:幸福海沧 市民同享 文:李晓辉``, ``…市民同享(文/高德光)``):
the headline's text ends where the credit begins.  The credit is a labelled field of the
byline grammar (``byline.parse_labelled``: 文, 作者, 撰文, 记者 and their forms in
``data/metadata_labels.txt``) whose only field is the author and whose value is a
person's name (``byline_pieces.is_person_name``); it is the line's last piece, and the
headline before it keeps two Han characters at least.  The headline is the part before
it, the name is the author.  Anything else after the gap (a second phrase of the
headline, ``市民同享 乐在海沧``; an outlet, ``来源:新华网``; an editor) is no writer's
credit and the line stays as printed.

Round 41, *the byline glued to the headline*: a template that prints the headline and its
byline fields in one row (``为“救”被捕同伴袭警 马来西亚外劳杀一警伤一警        发布日期:2014
03/05 09:47:08``) leaves a *wide gap* (two spaces or more, a tab or an ideographic space)
between them.  The part after the gap is the byline when the byline grammar reads it
(``byline.parse_labelled``) as labelled fields and nothing else (a date, a source, an
author, an editor) and it opens with its label; the part before it is the headline when it
holds no label of its own (``發佈人:某某  發佈日期:…`` is a byline row, no headline) and
``MIN_GLUED_HAN`` Han characters at least.  This module only splits the line
(``headline_and_byline``): the byline reader reads the piece, the headline is judged as a
headline without it.  A single space is a headline's own break (``幸福海沧 市民同享``), never
this gap.

Round 42, *the record's date spaced after the headline*: a school's or a county site's
template prints the article's date on the headline's line after one space
(``学校召开通讯员、信息员工作会议 2022-10-28``, fxtvu.cn).  A numeric date with its year,
month and day (digits parted by ``-``, ``/`` or ``.``; ``NUMERIC_DAY``) closing the line
after a space, nothing after it, is the record's date, not the headline's words (a
headline names a day in words: ``10月28日``); the headline before it keeps
``MIN_GLUED_HAN`` Han characters (``headline_and_date``).  Round 43: the date may be glued
to the headline with no space at all (``…在北京泉州西安三地启动2014/8/19``, people.com.cn;
``…走進培正中學2025-09-24``, puiching.edu.mo): a numeric day with its four-digit year right
after a Han letter closes the line, and a headline writes its days in words, so the digits
are the record's, not the headline's.

Round 47, *the record's date glued before the headline behind a colon*
(``date_and_headline``): a template may print the same record's date at the head of the
headline's line instead, glued to the headline by a colon (``2020-01-29:教區主教公署秘書長
辦公處通告-防疫牧民指引第二版``, fatimachurchmo.org's post list), perhaps with its clock
(``2025-05-28 08:21:00:…``).  A numeric date with its year, month and day opening the line
(digits parted by ``-``, ``/`` or ``.``, the clock after one space), then a colon: a
headline names a day in words and never opens with digits and a colon, so the date is the
record's.  The headline after the colon keeps ``MIN_GLUED_HAN`` Han letters and no label
of its own (a byline row, ``2020-01-29:来源:…``, stays a row).  Letters glued before the
date with no gap (``六月婷婷丁香2023.05.05:麦美娟:…``, a hijacker's term stamped on the
line) are no part of the headline either: the template opens the line with the date, and
the headline starts after its colon; they are left out with the date.

Round 43, *a reprint's credit closing the headline's line* (``reprint_credit``): an
aggregator that reprints stories from other outlets prints, after the headline, the outlet
and the day it reported the story, in brackets, closed by a report word
(``重庆居民感受到的幸福很真实 (华龙网-重庆晨报 2012年1月12日报导)``, ``构建媒体传播新格局…
(中国网 2020/11/21报导)``, ``…(新华网马来西亚频道 2014/3/5 9:47:08报导)``, after the
diocese schools' template ``(天主教週報「號角報」 2024年8月2日報導)``, macaucdec.org).  Its
grammar is the dateline's read at the headline's end: an opening bracket, an outlet (one
piece, no space, a Han letter, at most ``MAX_OUTLET`` characters, no label) or none, a
date with its year that the byline grammar reads whole (``byline_dates.find_byline_date``)
right before a report word (``REPORT_ENDS``: 报导, 报道, 讯, 电 in both scripts), and the
closing bracket ending the line.  A copy that lost the opening bracket
(``…认真事的涂醒哲 2018年11月21日报导)``) keeps the date after a space and the closing
bracket: the credit is then the date alone (where an outlet would begin is not printed).
The headline before it keeps ``MIN_GLUED_HAN`` Han letters and no label of its own; the
outlet is the source, the date the record's.  A headline closing on a bracketed date with
no report word (a document's own date, ``…的通知(2020年1月1日)``) is no credit.  The same
credit printed on a line of its own under the headline, perhaps with the story's download
link after a dash (``(河北新闻网 2016-07-19 14:05报导) - 下载PDF版本``), is the byline
(``reprint_line``, asked by ``metadata.parse_metadata``): its outlet and date, never a
writer named 报导.
"""

from __future__ import annotations

from newsclean.filters.byline import Metadata, parse_labelled
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.charmodel import HAN
from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.navigation import classify_furniture

#: The credit after the headline: in a bracket closing the line, or after a gap of spaces.
BRACKET_TAIL = lazy_regex(r"[(（【\[][^()（）【】\[\]]{3,12}[)）】\]]$")
SPACED_TAIL = lazy_regex(r"[ \t\u3000]{1,6}([^ \t\u3000]{3,12})$")
#: The headline before the credit keeps this many Han characters at least.
MIN_HEADLINE_HAN = 2
#: The wide gap between a headline and the byline glued after it (round 41).
WIDE_GAP = lazy_regex(r"(?:[ \u3000]{2,}|\t|\u3000)[ \t\u3000]*")
#: A headline with a byline glued after it keeps this many Han characters at least.
MIN_GLUED_HAN = 6
#: The byline's fields a row glued after a headline may hold.
BYLINE_FIELDS = frozenset({"published_at", "source", "author", "editor"})
#: A numeric day closing a headline's line after a space (round 42) or glued right after a
#: Han letter (round 43): year, month, day.
NUMERIC_DAY = lazy_regex(r"(?:[ \t\u3000]|(?<=\p{Han}))((?:19|20)\d\d([-/.])\d{1,2}\2\d{1,2})$")
#: Round 47: a numeric day opening the headline's line, perhaps its clock, then a colon.
DAY_BEFORE = lazy_regex(
    r"^(?P<lead>[\p{Han}A-Za-z]{1,12}?)?"
    r"((?:19|20)\d\d([-/.])\d{1,2}\3\d{1,2}(?:[ \t]\d{1,2}:\d\d(?::\d\d)?)?)[ \t]?[:：]"
)
#: A reprint's credit (round 43): the report word before the closing bracket, both scripts.
REPORT_ENDS = ("报导", "报道", "報導", "報道", "讯", "訊", "电", "電")
#: The credit's outlet is one piece of this many characters at most.
MAX_OUTLET = 20
#: The credit's closing and opening brackets.
CLOSE_BRACKETS = ")）"
OPEN_BRACKETS = "(（"
#: A credit whose opening bracket was lost: a space, then a date opening with its year.
LOST_OPENING = lazy_regex(
    r"[ \t\u3000]((?:19|20)\d\d[^ \t\u3000()（）]*(?: \d{1,2}:\d\d(?::\d\d)?)?)$"
)
#: At most this many gaps of a line are tried (a headline has one or two).
MAX_GAPS = 4


def headline_and_writer(text: str) -> tuple[str, str] | None:
    """The headline and the writer of a headline line ending in the writer's credit, or
    None (module docstring).

    >>> headline_and_writer("海沧市民节:幸福海沧 市民同享 文:李晓辉")
    ('海沧市民节:幸福海沧 市民同享', '李晓辉')
    >>> headline_and_writer("幸福海沧 市民同享(文/高德光)")
    ('幸福海沧 市民同享', '高德光')
    >>> headline_and_writer("幸福海沧 市民同享"), headline_and_writer("幸福海沧 来源:新华网")
    (None, None)
    """
    found = BRACKET_TAIL.search(text) or SPACED_TAIL.search(text)
    if found is None:
        return None
    headline = text[: found.start()].rstrip()
    if len(HAN.findall(headline)) < MIN_HEADLINE_HAN:
        return None
    parsed = parse_labelled(found[found.lastindex or 0])
    if parsed is None or set(parsed.fields) != {"author"}:
        return None
    writer = parsed.fields["author"]
    return (headline, writer) if is_person_name(writer) else None


def headline_and_byline(text: str) -> tuple[str, str, dict[str, str]] | None:
    """The headline, the byline piece and its fields of a headline line with a byline
    glued after a wide gap (module docstring, round 41), or None.

    >>> headline_and_byline("唾弃造谣与抹黑 叶菊兰力挺认真事的涂醒哲        发布日期:2018-11-21")[2]
    {'published_at': '2018-11-21'}
    >>> headline_and_byline("發佈人:聖才學習網  發佈日期:2018/06/15") is None
    True
    """
    if ":" not in text and "\uff1a" not in text:
        return None  # no label's colon: no labelled byline (the cheap test first)
    stripped = text.strip()
    for count, gap in enumerate(WIDE_GAP.finditer(stripped)):
        if count >= MAX_GAPS:
            break
        headline, piece = stripped[: gap.start()], stripped[gap.end() :]
        if len(HAN.findall(headline)) < MIN_GLUED_HAN or not piece:
            continue
        start = label_pattern().match(piece)
        if start is None or not is_label(start):
            continue  # the piece opens with its label
        parsed = parse_labelled(piece)
        if parsed is None or not parsed.fields or not set(parsed.fields) <= BYLINE_FIELDS:
            continue
        if parse_labelled(headline) is not None:
            return None  # a byline row: its first part is labelled too
        return headline, piece, dict(parsed.fields)
    return None


def _stands_alone(headline: str) -> bool:
    """Whether what stands before a glued date or credit is a headline of its own: enough
    Han letters and no label (a byline row's first field is labelled)."""
    return len(HAN.findall(headline)) >= MIN_GLUED_HAN and parse_labelled(headline) is None


def headline_and_date(text: str) -> tuple[str, str] | None:
    """The headline and the record's date spaced after it (module docstring, round 42).

    >>> headline_and_date("学校召开通讯员、信息员工作会议 2022-10-28")
    ('学校召开通讯员、信息员工作会议', '2022-10-28')
    >>> headline_and_date("国庆 2022-10-01"), headline_and_date("会议于10月28日召开")
    (None, None)
    """
    found = NUMERIC_DAY.search(text.strip())
    if found is None:
        return None
    headline = text.strip()[: found.start()].rstrip()
    if not _stands_alone(headline):
        return None
    dated = find_byline_date(found[1])
    return (headline, dated.iso) if dated is not None and dated.end == len(found[1]) else None


def date_and_headline(text: str) -> tuple[str, str] | None:
    """The headline and the record's date glued before it by a colon (module docstring,
    round 47), or None.

    >>> date_and_headline("2020-01-29:教區主教公署秘書長辦公處通告-防疫牧民指引第二版")
    ('教區主教公署秘書長辦公處通告-防疫牧民指引第二版', '2020-01-29')
    >>> date_and_headline("2025-05-28 08:21:00:读懂广州·粤韵|幸福乐园七十载")[1]
    '2025-05-28T08:21:00+08:00'
    >>> date_and_headline("2020-01-29:国庆"), date_and_headline("2020年1月29日:会议召开")
    (None, None)
    """
    stripped = text.strip()
    found = DAY_BEFORE.match(stripped)
    if found is None:
        return None
    headline = stripped[found.end() :].strip()
    if not _stands_alone(headline):
        return None
    dated = find_byline_date(found[2])
    return (headline, dated.iso) if dated is not None and dated.end == len(found[2]) else None


def _reprint_parts(text: str) -> tuple[str, str, dict[str, str]] | None:
    """What stands before a reprint's credit closing ``text``, the credit and its fields,
    or None (module docstring, round 43); the part before is not judged here."""
    stripped = text.strip()
    if not stripped or stripped[-1] not in CLOSE_BRACKETS:
        return None
    inner = stripped[:-1]
    verb = next((word for word in REPORT_ENDS if inner.endswith(word)), None)
    if verb is None:
        return None
    inner = inner[: -len(verb)]
    opening = max(inner.rfind(bracket) for bracket in OPEN_BRACKETS)
    if opening >= 0:
        before, body = inner[:opening].rstrip(), inner[opening + 1 :].strip()
    elif (lost := LOST_OPENING.search(inner)) is not None:
        before, body = inner[: lost.start()].rstrip(), lost[1]
    else:
        return None
    dated = find_byline_date(body)
    if dated is None or dated.end != len(body):
        return None
    outlet = body[: dated.start].strip()
    if outlet and (
        len(outlet) > MAX_OUTLET
        or any(ch.isspace() for ch in outlet)
        or not HAN.search(outlet)
        or parse_labelled(outlet) is not None
    ):
        return None
    fields = {"published_at": dated.iso} | ({"source": outlet} if outlet else {})
    return before, stripped[len(before) :].strip(), fields


def reprint_credit(text: str) -> tuple[str, str, dict[str, str]] | None:
    """The headline, the credit and its fields of a headline line closed by a reprint's
    bracketed outlet, date and report word (module docstring, round 43), or None.

    >>> reprint_credit("重庆居民感受到的幸福很真实 (华龙网-重庆晨报 2012年1月12日报导)")[2]
    {'published_at': '2012-01-12', 'source': '华龙网-重庆晨报'}
    >>> reprint_credit("唾弃造谣与抹黑 叶菊兰力挺认真事的涂醒哲 2018年11月21日报导)")[0]
    '唾弃造谣与抹黑 叶菊兰力挺认真事的涂醒哲'
    >>> reprint_credit("国务院关于做好春节期间工作的通知(2020年1月1日)") is None
    True
    """
    found = _reprint_parts(text)
    if found is None:
        return None
    return found if _stands_alone(found[0]) else None


def reprint_line(text: str) -> Metadata | None:
    """A reprint's credit printed on a line of its own, in its brackets, perhaps with the
    story's download link after a dash (``(河北新闻网 2016-07-19 14:05报导) - 下载PDF版本``:
    the link a tool line by ``navigation.classify_furniture``), as the byline's fields.

    >>> reprint_line("(河北新闻网 2016-07-19 14:05报导) - 下载PDF版本").fields["source"]
    '河北新闻网'
    >>> reprint_line("(河北新闻网 2016-07-19 14:05报导) - 记者李明") is None
    True
    """
    credit, _, link = text.strip().partition(" - ")
    if not credit.startswith(tuple(OPEN_BRACKETS)) or (link and not classify_furniture(link)):
        return None
    found = _reprint_parts(credit)
    return None if found is None or found[0] else Metadata(fields=dict(found[2]), labels=[])


def headline_credit(text: str) -> tuple[str, dict[str, str], str] | None:
    """The headline, the byline fields and the cut's note of a headline line ending in a
    writer's credit (round 35) or in a byline glued after a wide gap (round 41), or None.

    >>> headline_credit("海沧市民节:幸福海沧 市民同享 文:李晓辉")
    ('海沧市民节:幸福海沧 市民同享', {'author': '李晓辉'}, 'the writer after the headline: 李晓辉')
    """
    if (credit := headline_and_writer(text)) is not None:
        return credit[0], {"author": credit[1]}, f"the writer after the headline: {credit[1]}"
    if (row := headline_and_byline(text)) is not None:
        return row[0], row[2], f"the byline glued after the headline: {row[1]}"
    if (reprint := reprint_credit(text)) is not None:
        return reprint[0], reprint[2], f"a reprint's credit after the headline: {reprint[1]}"
    if (dated := headline_and_date(text)) is not None:
        return dated[0], {"published_at": dated[1]}, f"the date after the headline: {dated[1]}"
    if (dated := date_and_headline(text)) is not None:
        return dated[0], {"published_at": dated[1]}, f"the date before the headline: {dated[1]}"
    return None
