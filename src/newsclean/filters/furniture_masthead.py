"""A paper's publication-schedule line: masthead furniture of a weekly's site.

Model (a grammar over ``data/masthead_words.txt``; ``furniture_leaks.leak_reason`` asks
it, so ``navigation`` removes the line anywhere, and it is never the headline).  A weekly
or monthly prints in its masthead, over every article, when it comes out and where to read
the news in between: ``本報逢週四出版,最新消息請瀏覽實時更新的「即時資訊``.  The line is made
of clauses (parted by commas or semicolons, a full stop closing it), each of them

* a *schedule*: the paper (本报, 本刊), an optional lead (逢, 每, 于), one or more days or
  cadences joined by 及/和/、 (周四, 星期五, 每月), and the verb of coming out (出版,
  出刊), nothing else; or
* a *pointer*: a word of the news (最新消息, 即时新闻), an optional comma, 请/請, a verb of
  reading (浏览, 留意) and a short rest (the section's name, its link cut off);

with at least one schedule.  A paper's news about itself says more (``本报自下月起改为逢
周四出版，并增设电子版。``: a clause of its own) and stays; so does a sentence that names
a weekday (``周四出版的特刊售罄``: no paper speaking).

>>> masthead_line("本報逢週四出版,最新消息請瀏覽實時更新的「即時資訊")
True
>>> masthead_line("本刊逢週二及週五出版。")
True
>>> masthead_line("本报自下月起改为逢周四出版，并增设电子版。")
False

Round 28b, a periodical's *licence credits* (``sponsor_line``): the body that supervises
it (主管) and the body that runs it (主办), as the press rules have every mainland
periodical and its site print them, in pieces parted by spaces or bars, each a body's
name and its role (``共青团中央主管 中国青年报社主办``) or a role's label and the name
(``主管：中国科协 主办：中国科技新闻学会``), nothing else, both roles present.  An event's
organisers have no supervisor (``教育部主办 各地承办``) and a sentence has a subject of its
own (``本次活动由中国青年报社主办``): both stay.

>>> sponsor_line("共青团中央主管 中国青年报社主办")
True
>>> sponsor_line("教育部主办 各地教育局承办"), sponsor_line("本次活动由中国青年报社主办")
(False, False)

Round 36 (second wave), an *e-paper's masthead*: its **edition title** (``edition_line``),
the paper's name and a word naming the digital edition (数字报, 电子版: kind ``edition``),
joined by a dash or glued, once with the dash or twice and more parted by bars with one
name (``今日竹山-数字报|今日竹山-电子版``): the site's title, never a story's headline,
which says what happened (``人民日报电子版上线``: no dash, one piece); and its
**registration number** (``serial_line``), a label of kind ``serial`` (国内统一刊号, ISSN)
and the number's shape (``CN42-0001``, its digits perhaps a placeholder ``CN**-0000``),
one or more pairs and nothing else.

>>> edition_line("今日竹山-数字报|今日竹山-电子版"), edition_line("人民日报电子版上线")
(True, False)
>>> serial_line("国内统一刊号:CN**-0000"), serial_line("国内统一刊号是一份报纸的身份证")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import SENTENCE_STOP

#: A masthead line is short: a schedule and a pointer.
MAX_MASTHEAD = 60
#: The rest of a pointer after its verb: a section's name, perhaps its link's start.
MAX_POINTER_REST = 24
CLAUSES = lazy_re(r"[,，;；]+")
CLOSE = "。.!！ \u3000"


@cache
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("masthead_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])

    def words(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(kinds[kind], key=len, reverse=True))

    day = f"(?:{words('day')})"
    schedule = re.compile(
        f"(?:{words('paper')})(?:{words('when')})?{day}(?:(?:{words('join')}){day}){{0,6}}"
        f"(?:{words('publish')})"
    )
    pointer = re.compile(f"(?:{words('news')})?[请請](?:{words('read')})")
    return schedule, pointer, frozenset(w[0] for w in kinds["paper"])


#: Licence credits are a few names.
MAX_SPONSOR = 80
SPONSOR_PIECES = lazy_re(r"[ \u3000|｜/]+")


@cache
def _sponsor() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A body's name and its role; a role's label and perhaps the name after it."""
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("masthead_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])

    def words(*names: str) -> str:
        every = [w for name in names for w in kinds[name]]
        return "|".join(re.escape(w) for w in sorted(every, key=len, reverse=True))

    name = r"[^\s:：,，。;；、]{2,24}"
    role = f"(?P<role>{words('supervise', 'run', 'role')})"
    named = re.compile(f"{name}?{role}")
    label = re.compile(f"{role}(?:{words('unit')})?[:：](?P<name>{name})?")
    return named, label


def sponsor_line(line: str) -> bool:
    """Whether ``line`` is a periodical's licence credits alone (module docstring)."""
    text = line.strip()
    if not 6 <= len(text) <= MAX_SPONSOR or "主管" not in text:
        return False
    if "主办" not in text and "主辦" not in text:
        return False  # most lines: no credits
    named, label = _sponsor()
    roles: set[str] = set()
    waiting = False  # a label whose name is the next piece
    for piece in SPONSOR_PIECES.split(text):
        if waiting:
            waiting = False
            if not named.fullmatch(piece) and not label.fullmatch(piece):
                continue  # the label's name
        if (found := label.fullmatch(piece)) is not None:
            waiting = found.group("name") is None
        elif (found := named.fullmatch(piece)) is None or len(piece) == len(found["role"]):
            return False  # a piece of its own words, or a role with no name
        roles.add(found["role"])
    return "主管" in roles and bool(roles & {"主办", "主辦"}) and not waiting


#: An e-paper's title or registration line is short.
MAX_EDITION = 60
EDITION_BARS = lazy_re(r"\s*[|｜]\s*")
#: A registration number: CN and a province's two digits, a dash and four (a placeholder's
#: stars standing for digits), perhaps a class after a slash; an ISSN's 4-4.
SERIAL_CODE = r"(?:CN\s?)?[\d*＊]{1,4}\s?[-－]\s?[\dXx*＊]{1,4}(?:/[A-Z\d]{1,4})?"


@cache
def _edition_ends() -> frozenset[str]:
    """The last characters of the edition words: a line holding none names no edition
    (a gate: the test is asked of every short line)."""
    return frozenset(
        fields[1][-1] for fields in data_lines("masthead_words.txt") if fields[0] == "edition"
    )


@cache
def _edition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("masthead_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])

    def words(kind: str) -> str:
        return "|".join(re.escape(w) for w in sorted(kinds[kind], key=len, reverse=True))

    title = re.compile(rf"(?P<name>[^\s|｜]{{2,16}}?)(?P<dash>[-－–—_]?)(?:{words('edition')})")
    pair = rf"(?:{words('serial')})\s?[:：]?\s?{SERIAL_CODE}"
    serial = re.compile(rf"{pair}(?:[\s|｜/,，]{{1,4}}{pair}){{0,3}}")
    return title, serial


def edition_line(line: str) -> bool:
    """Whether ``line`` is an e-paper's edition title (module docstring, round 36)."""
    text = line.strip()
    if not 4 <= len(text) <= MAX_EDITION or _edition_ends().isdisjoint(text):
        return False
    title, _ = _edition()
    pieces = [title.fullmatch(piece) for piece in EDITION_BARS.split(text)]
    if any(piece is None for piece in pieces):
        return False
    found = [piece for piece in pieces if piece is not None]
    if len(found) == 1:
        return bool(found[0]["dash"])
    return len({piece["name"] for piece in found}) == 1


def serial_line(line: str) -> bool:
    """Whether ``line`` is a periodical's registration number alone (module docstring)."""
    text = line.strip()
    if not 6 <= len(text) <= MAX_EDITION or ("-" not in text and "－" not in text):
        return False
    return _edition()[1].fullmatch(text) is not None


def masthead_line(line: str) -> bool:
    """Whether ``line`` is a paper's publication schedule and pointers (module docstring)."""
    text = line.strip().rstrip(CLOSE)
    if not text or len(text) > MAX_MASTHEAD:
        return False
    schedule, pointer, firsts = _grammar()
    if text[0] not in firsts or not schedule.match(text):
        return False  # most lines: the schedule opens the line
    for clause in CLAUSES.split(text):
        clause = clause.strip()
        if not clause or schedule.fullmatch(clause):
            continue
        lead = pointer.match(clause)
        rest = clause[lead.end() :] if lead is not None else None
        # a pointer's rest is a name, never a sentence of its own
        if rest is None or len(rest) > MAX_POINTER_REST or SENTENCE_STOP.search(rest):
            return False
    return True
