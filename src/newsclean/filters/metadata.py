"""Recognise metadata lines and read their fields: time, source, author, editor.

``發布時間: 2025-07-02 16:05:00 來源: 西藏日報``, ``（责任编辑：于超）``,
``2025年07月02日 16:05  来源：新华网``, ``文/张三``.  Labels come from
``data/metadata_labels.txt``; several may share a line, with half- or
full-width colons.  Copyright and disclaimer notices (``data/notice_cues.txt``)
are recognised here too: they are the page's metadata about itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.navigation import nav_terms

NAME = "metadata"

#: A metadata line is a byline, not a paragraph.
MAX_METADATA_LENGTH = 120
#: A time with no zone on a Chinese news page is Beijing time.
DEFAULT_ZONE = "+08:00"

DATE = regex.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时時]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
# A byline without labels: an optional URL or domain, a date, an optional short name
# (the source) on either side: "中国新闻网 2022-08-05 18:54", "http://www.sina.com.cn
# 2004年09月15日07:19 中国新闻网".
UNLABELED_BYLINE = regex.compile(
    r"^(?:(?P<url>(?:https?://)?(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,12}(?:/\S{0,100})?)\s+)?"
    r"(?:(?P<before>[\p{Han}A-Za-z]{2,12})\s+)?"
    r"(?P<date>(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?)"
    r"(?:\s+(?P<after>[\p{Han}A-Za-z]{2,12}))?$",
    regex.IGNORECASE,
)
# A reporter's byline on its own line: 新华社记者, 中新社记者 王辛莉 张蔚然, 本报记者 张三.
REPORTER_BYLINE = regex.compile(
    r"^(?:[\p{Han}]{0,6}?(?:特约)?(?:记者|記者)|通讯员|通訊員)"
    r"(?P<names>\s*[\p{Han}·]{2,4}(?:\s+[\p{Han}·]{2,4}){0,5})?$"
)
BRACKETS = "()（）【】[]「」〔〕 \u3000"
# A byline in pieces, as Taiwan and Hong Kong sites write them:
# "2025-10-23 05:30 联合报／ 记者林佳彣／即时报导", "〔记者郑琪芳／台北报导〕",
# "【大纪元2025年10月23日讯】", "2025年10月23日 周四 上午5:30".
PIECE_SEPARATORS = regex.compile(r"[\s\u3000]*[／/|｜][\s\u3000]*|[\s\u3000]+")
WEEKDAY = regex.compile(r"^(?:周|週|星期|礼拜)[一二三四五六日天]$")
CLOCK = regex.compile(r"^(?P<half>上午|下午|中午|晚上|凌晨)?(?P<H>\d{1,2})[:：](?P<M>\d{2})$")
DATELINE_END = regex.compile(r"^(?:[\p{Han}]{2,4}(?:报导|报道|報導|報道)|讯|訊|电|電)$")
REPORTER_PIECE = regex.compile(r"^(?:[\p{Han}]{0,6}?(?:记者|記者))(?P<names>[\p{Han}·]{2,4})?$")
SOURCE_PIECE = regex.compile(r"^[\p{Han}A-Za-z]{2,10}$")
# Words naming a role, not a person, inside a byline value.
ROLE_WORDS = frozenset(
    ("记者", "記者", "本报记者", "本報記者", "通讯员", "通訊員", "实习生", "實習生", "特约记者")
)
# A staff code after a name: 刘洋 (FN006).
STAFF_CODE = regex.compile(r"\s*[（(][A-Za-z0-9_-]{1,12}[)）]\s*$")
# Bullets some sites put before a footer notice.
BULLETS = "·•●■◆*＊ \u3000"
VALUE_TRIM = BRACKETS + ":：|｜/／,，;；"


@cache
def labels() -> dict[str, str]:
    return {fields[0]: fields[1] for fields in data_lines("metadata_labels.txt")}


@cache
def label_pattern() -> regex.Pattern[str]:
    # A label starts the line or follows a space or bracket, and is followed by a
    # colon; the author label 文 may also take a slash (文/张三).
    return regex.compile(
        r"(?:^|(?<=[\s\u3000(（【\[]))(?P<label>\L<labels>)\s*(?:[:：]|(?<=文\s*)[/／|｜])",
        labels=sorted(labels(), key=len, reverse=True),
    )


@cache
def notice_cues() -> tuple[str, ...]:
    return tuple(fields[0].lower() for fields in data_lines("notice_cues.txt"))


@dataclass(slots=True)
class Metadata:
    fields: dict[str, str] = field(default_factory=dict)  # field -> value
    labels: list[str] = field(default_factory=list)


def parse_date(text: str) -> str | None:
    """ISO 8601 for the first date in ``text``: with time and zone, or a bare date.

    >>> parse_date("2025-07-02 16:05:00")
    '2025-07-02T16:05:00+08:00'
    >>> parse_date("2025年7月2日")
    '2025-07-02'
    """
    match = DATE.search(text)
    if match is None:
        return None
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
        if match["H"] is None:
            return day.isoformat()
        moment = datetime(
            day.year, day.month, day.day, int(match["H"]), int(match["M"]), int(match["S"] or 0)
        )
    except ValueError:
        return None
    return moment.isoformat() + DEFAULT_ZONE


def _clean_value(value: str) -> str:
    """The value up to the first page tool glued behind it (打印本页, 【字体, 发表评论),
    without an editor's code (刘洋 (FN006)) or a role word before a name (记者 王五)."""
    kept: list[str] = []
    tools = nav_terms()
    for token in STAFF_CODE.sub("", value).strip(VALUE_TRIM).split():
        if token.startswith(("【", "[")) or token.lower().strip("【】[]") in tools:
            break
        if token in ROLE_WORDS:
            continue
        kept.append(token)
    return " ".join(kept).strip(VALUE_TRIM)


def _parse_pieces(line: str) -> Metadata | None:
    """A byline made of a date, a source, a reporter and a dateline word, in any order;
    None as soon as one piece is anything else (then it is prose)."""
    date_match = DATE.search(line)
    rest = [line[: date_match.start()], line[date_match.end() :]] if date_match else [line]
    result = Metadata()
    reporter = dateline = False
    hour_minute: tuple[int, int] | None = None
    pending_reporter = False
    for piece in (p for part in rest for p in PIECE_SEPARATORS.split(part) if p):
        clock = CLOCK.match(piece)
        if WEEKDAY.match(piece) or DATELINE_END.match(piece):
            dateline = dateline or DATELINE_END.match(piece) is not None
        elif clock is not None:
            hour = int(clock["H"])
            if clock["half"] in ("下午", "晚上") and hour < 12:
                hour += 12
            hour_minute = (hour, int(clock["M"]))
        elif REPORTER_PIECE.match(piece):
            reporter = True
            names = REPORTER_PIECE.match(piece)["names"]  # type: ignore[index]
            if names:
                result.fields.setdefault("author", names)
            else:
                pending_reporter = True
        elif pending_reporter and SOURCE_PIECE.match(piece) and len(piece) <= 4:
            result.fields.setdefault("author", piece)
            pending_reporter = False
        elif SOURCE_PIECE.match(piece) and "source" not in result.fields:
            result.fields["source"] = piece
        else:
            return None
    if date_match is None and not (reporter and dateline):
        return None
    if date_match is not None:
        parsed = parse_date(date_match.group())
        if parsed is None:
            return None
        if hour_minute is not None and "T" not in parsed:
            parsed = f"{parsed}T{hour_minute[0]:02d}:{hour_minute[1]:02d}:00{DEFAULT_ZONE}"
        result.fields["published_at"] = parsed
    return result


def _parse_unlabeled(line: str) -> Metadata | None:
    pieces = _parse_pieces(line.strip(BRACKETS))
    if pieces is not None:
        return pieces
    byline = UNLABELED_BYLINE.match(line)
    if byline is not None:
        result = Metadata()
        parsed = parse_date(byline["date"])
        if parsed:
            result.fields["published_at"] = parsed
        name = byline["after"] or byline["before"]
        if name:
            result.fields["source"] = name
        if byline["url"]:
            result.fields["site"] = byline["url"].split("://")[-1].split("/")[0].lower()
        return result
    reporter = REPORTER_BYLINE.match(line.strip(BRACKETS))
    if reporter is not None:
        result = Metadata(labels=["记者"])
        names = [n for n in (reporter["names"] or "").split() if n not in ROLE_WORDS]
        if names:
            result.fields["author"] = " ".join(names)
        return result
    return None


def parse_metadata(text: str) -> Metadata | None:
    """The fields of a metadata line, or None when ``text`` is not one.

    >>> parse_metadata("发布时间: 2025-07-02 16:05:00 来源: 西藏日报").fields
    {'published_at': '2025-07-02T16:05:00+08:00', 'source': '西藏日报'}
    >>> parse_metadata("（责编: 于超 ）").fields
    {'editor': '于超'}
    """
    line = text.strip()
    if not line or len(line) > MAX_METADATA_LENGTH:
        return None
    unlabeled = _parse_unlabeled(line)
    if unlabeled is not None:
        return unlabeled
    matches = list(label_pattern().finditer(line))
    lead = (line[: matches[0].start()] if matches else line).strip(VALUE_TRIM)
    lead_date = DATE.match(lead) if lead else None
    # Prose before the first label is a sentence, not a byline; with no label at
    # all, only a bare date is metadata.
    if (lead or not matches) and (lead_date is None or lead_date.end() < len(lead)):
        return None
    result = Metadata()
    if lead_date is not None:
        parsed = parse_date(lead_date.group())
        if parsed:
            result.fields["published_at"] = parsed
    table = labels()
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = _clean_value(line[match.end() : end])
        target = table[match["label"]]
        result.labels.append(match["label"])
        if not value or target == "ignore" or target in result.fields:
            continue
        if target == "published_at":
            parsed = parse_date(value)
            if parsed:
                result.fields[target] = parsed
        else:
            result.fields[target] = value
    return result


def is_notice(text: str) -> bool:
    """A copyright, reprint or disclaimer notice.

    >>> is_notice("版权声明:凡注明“来源:中国西藏网”的所有作品……")
    True
    """
    return text.strip(BRACKETS).lstrip(BULLETS).lower().startswith(notice_cues())
