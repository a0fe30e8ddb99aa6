"""A credit closed by its dateline's report word, with no role word (round 38).

**Model.**  Taiwan's and Hong Kong's news sites close the credit under the headline with
where the story was reported and the report word (报导, 报道; ``data/source_values.txt``
kind work): ``記者王小明／台北報導``.  The report word says what the words before it are,
so no role word (记者) is needed:

- *writers* (``writers_reporting``): persons' names (``byline_names.person_names``:
  each a family name and one or two given characters; spaced, listed with 、 or one),
  then a space or a slash, then the place and the report word, glued or spaced
  (``陳又寧 翁乾晃 陳建邦 嘉義報導``, ``王小明/台北报导``, ``王小明 / 台东县 报导``), or a
  compiling word alone (``王小明 综合报导``, ``王小明/编译``): the names are the author.
- *a desk* (``desk_report``): a newsroom's unit instead of a person, a beat's or region's
  name of one to four Han characters ending in a unit word (kind unit: 中心, 组, 部:
  ``大陸中心``, ``國際中心``, ``生活中心``), then a slash or a space and the report word,
  with or without a place (``大陸中心/綜合報導``, ``社會中心／台北報導``): a byline naming no
  one and no outlet; the fields stay empty (as ``house_credit``'s ``本报编辑部策划报导``).

*The place again, alone on the next line* (``嘉義縣`` under ``… 嘉義報導``, 華視新聞's
location tag): a line right under such a credit that is its place, with at most an
administrative unit after it (县, 市, 区, 镇, 乡), is the credit's (``place_tags``:
metadata, no field); any other line there is the article's.

*A wire's reporters under its own dateline* (``under_own_dateline``): Xinhua's feature
opens with the dateline and the story's title (``新华社北京10月23日电 题:…``), and the
reporters' line under it names the agency again (``新华社记者韩洁、刘羊旸、崔静``).  That
line is the lead's credit, no byline of the page: it stays in the article, its names are
the author (when no byline named one), and the agency is the dateline's, no source field.

*A station's reporter* (``outlet_reporting``, round 41): a broadcaster's credit line in
lenticular brackets names the station (its call sign, ``KTSF``, or a Han outlet's name)
then, after a space, the reporter glued to the report word, no place (``【KTSF 尹晉豪報導】``,
the San Francisco Chinese station's line, on its own line over or under the story).  The
brackets and the station before the space say where the name starts; the name is the
author (a person's name by ``person_names``), the station names no source field.

*An outlet over its desk* (``outlet_desk_report``, round 45): Taiwan's news network prints
over the story a line of its own in lenticular brackets, the outlet's name, a slash, the
desk's credit as above (``新聞中心/桃園報導``: no one named), and the bracket closed
(``【亞太新聞網/新聞中心/桃園報導】``, https://news9.true4news.com/).  The desk credit says
what the line is; the piece before it, when it reads as a media name (``title.is_site_name``:
a media ending, 网, 社, 报, a joined pair 华龙网-重庆晨报), is the outlet that published the
story, the page's source field.  A piece that is no outlet's (``【专题/新闻中心/台北报导】``)
leaves the line unread.

The line must be the credit alone: a sentence (``记者王小明台北报导说``), a place with
no names before it (``台北报导``) or names that are no persons' (``春节 返乡 报导``) stay.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence, Sequence
from functools import cache

import regex

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_names import person_names
from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.byline_portal import REPORT_WORDS
from newsclean.filters.byline_values import _source_words
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_place import place_as_record
from newsclean.filters.title import is_site_name
from newsclean.filters.word_trie import word_pattern

#: A place before the report word: a city, county or region, two to six Han characters.
PLACE = r"\p{Han}{2,6}"
#: The administrative unit a location tag may add to the credit's place (嘉義 -> 嘉義縣).
UNITS = frozenset("县縣市区區镇鎮乡鄉省州")


@cache
def _dateline() -> regex.Pattern[str]:
    """who, a space or slash, then (place + report word | a compiling word), whole line."""
    words = _source_words()
    report = word_pattern(REPORT_WORDS)
    compiling = word_pattern([*words["work"], *words["copy"]])
    return regex.compile(
        rf"(?P<who>[\p{{Han}}·、 \u3000]{{2,60}}?)[ \u3000]{{0,2}}"
        rf"(?:[/／][ \u3000]{{0,2}}|(?<=\S)[ \u3000]{{1,2}})"
        rf"(?:(?P<place>{PLACE}?)[ \u3000]{{0,2}}(?:{report})|{compiling})"
    )


@cache
def _desk() -> regex.Pattern[str]:
    units = word_pattern(_source_words()["unit"])
    return regex.compile(rf"\p{{Han}}{{1,4}}?(?:{units})")


def _credit(line: str) -> regex.Match[str] | None:
    text = line.strip()
    if not text or text[-1] not in "导道導導译譯理写寫稿文划劃合" or len(text) > 64:
        return None  # every report or compiling word ends so: most lines stop here
    return _dateline().fullmatch(text)


def writers_reporting(line: str) -> Metadata | None:
    """Persons' names closed by a dateline's report word (module docstring), else None.

    >>> writers_reporting("陳又寧 翁乾晃 陳建邦 嘉義報導").fields
    {'author': '陳又寧 翁乾晃 陳建邦'}
    >>> writers_reporting("王小明/台北报导").fields, writers_reporting("王小明 综合报导").fields
    ({'author': '王小明'}, {'author': '王小明'})
    >>> writers_reporting("春节 返乡 报导"), writers_reporting("台北报导")
    (None, None)
    """
    found = _credit(line)
    if found is None:
        return None
    names = person_names(found["who"].strip())
    return None if names is None else Metadata(fields={"author": names}, labels=[])


#: A name after a call sign: a family name and one or two given characters.
MAX_GIVEN = 3
#: 【station name+report word】: a call sign or an outlet's Han name, a space, the name.
STATION_CREDIT = regex.compile(
    rf"[【\[〔][ \u3000]?(?P<station>[A-Z][A-Z0-9]{{1,7}}|\p{{Han}}{{2,8}})[ \u3000]{{1,2}}"
    rf"(?P<who>[\p{{Han}}·]{{2,5}}?)[ \u3000]?(?:{'|'.join(REPORT_WORDS)})[ \u3000]?[】\]〕]"
)


def outlet_reporting(line: str) -> Metadata | None:
    """A station's bracketed credit of its reporter (module docstring), else None.

    >>> outlet_reporting("【KTSF 尹晉豪報導】").fields, outlet_reporting("【KTSF 海涵报导】").labels
    ({'author': '尹晉豪'}, ['KTSF'])
    >>> outlet_reporting("【中央社 春节报导】"), outlet_reporting("【专题 春节返乡报导】")
    (None, None)
    """
    found = STATION_CREDIT.fullmatch(line.strip())
    if found is None:
        return outlet_desk_report(line)  # 【亞太新聞網/新聞中心/桃園報導】: the desk's
    station, who = found["station"], found["who"]
    if not station.isascii() and not is_site_name(station):
        return None  # 专题, 春节: no outlet's name before the reporter's
    # A call sign's credit names its reporter whatever the family name (海涵: 海 is left out
    # of data/surnames.txt as a word's opening); after a Han outlet the name must be one.
    names = person_names(who) or (who if station.isascii() and len(who) <= MAX_GIVEN else None)
    return None if names is None else Metadata(fields={"author": names}, labels=[station])


def desk_report(line: str) -> Metadata | None:
    """A newsroom desk's credit naming no one (module docstring): a byline with no field.

    >>> desk_report("大陸中心/綜合報導").fields, desk_report("国际中心／台北报导").labels
    ({}, ['国际中心'])
    >>> desk_report("王小明/综合报导"), desk_report("活动中心举办报导")
    (None, None)
    """
    found = _credit(line)
    if found is None:
        return None
    who = found["who"].strip()
    if _desk().fullmatch(who) is None or person_names(who) is not None:
        return None
    return Metadata(labels=[who])


#: 【OUTLET/desk credit】: the outlet's piece, a slash, the rest (a desk's credit).
OUTLET_DESK = lazy_regex(
    r"[【\[〔][ \u3000]?(?P<outlet>[^/／【】\[\]〔〕\s]{2,20})[ \u3000]?[/／]"
    r"(?P<desk>[^【】\[\]〔〕]{3,40})[】\]〕]"
)


def outlet_desk_report(line: str) -> Metadata | None:
    """An outlet's bracketed line over its desk's credit (module docstring), else None.

    >>> outlet_desk_report("【亞太新聞網/新聞中心/桃園報導】").fields
    {'source': '亞太新聞網'}
    >>> outlet_desk_report("【专题/新闻中心/台北报导】"), outlet_desk_report("【中国网/王小明】")
    (None, None)
    """
    found = OUTLET_DESK.fullmatch(line.strip())
    if found is None or not is_site_name(found["outlet"]):
        return None
    desk = desk_report(found["desk"].strip())
    if desk is None:
        return None
    return Metadata(fields={"source": found["outlet"]}, labels=desk.labels)


def place_tags(
    lines: Sequence[LineLike | None],
    content: list[int],
    placements: MutableSequence[Placement],
    evidence: MutableSequence[Evidence | None],
) -> list[int]:
    """Place the credit's place printed alone under it (module docstring); ``content``
    without the lines placed."""
    return place_as_record(_tags(lines, content, placements), content, placements, evidence)


def _tags(
    lines: Sequence[LineLike | None], content: list[int], placements: Sequence[Placement]
) -> Iterator[tuple[int, str]]:
    """The lines under a credit that are its place again, each placed before the walk
    goes on (a tag placed is metadata to the lines under it)."""
    for i, line in enumerate(lines):
        if line is None or placements[i] != "metadata":
            continue
        found = _credit(line.text)
        place = found["place"] if found is not None else None
        after = next((k for k in content if k > i), None)
        if not place or after is None or any(placements[k] != "blank" for k in range(i + 1, after)):
            continue
        tag = (lines[after] or line).text.strip()
        if tag == place or (tag[:-1] == place and tag[-1] in UNITS):
            yield after, "the credit's place again"


#: A wire's dateline after its agency: a place, a month and day and 电 (round 38).
DATELINE = regex.compile(r"\p{Han}{1,8}\d{1,2}月\d{1,2}日[电電]")


def under_own_dateline(above: Sequence[LineLike | None], metadata: Metadata) -> bool:
    """Whether a reporters' line naming an agency stands under a paragraph opening with
    that agency's dateline, ``above`` the one or two lines over it (a picture's caption
    may stand between: module docstring)."""
    agency = metadata.fields.get("outlet") or metadata.fields.get("source")
    if not agency or "author" not in metadata.fields:
        return False
    for line in above:
        text = "" if line is None else line.text.strip()
        if text.startswith(agency) and DATELINE.match(text, len(agency)) is not None:
            return True
    return False
