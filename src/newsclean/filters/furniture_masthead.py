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

Round 38, a medium's *claim of itself* (``slogan_line``): a place perhaps (a few letters),
a rank (kind ``rank``: 最大, 最具影响力的, 首家), the language it serves (kind ``tongue``)
and the medium's noun (kind ``medium``) closing the claim, then perhaps a dash or a bar and
the medium's name, a short word: ``新西兰南岛最大华语媒体 - 新西兰信报``.  A story naming
a medium says what it did (``南岛最大华语媒体今日创刊``: words after the noun), and a
headline's subject before the rank is no place (``他创办了…``: more than ``MAX_PLACE``).
The masthead's model is ``head_site.site_masthead`` (a site's name among its slogan and
tools); the claim is its reading that needs no echo test, asked there first and here, by
the furniture, anywhere on the page (mend, round 38: one masthead model).

>>> slogan_line("新西兰南岛最大华语媒体 - 新西兰信报"), slogan_line("全球最大中文网站")
(True, True)
>>> slogan_line("南岛最大华语媒体今日创刊"), slogan_line("他创办了当地最大华语媒体")
(False, False)

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

Round 36 (second wave), an *e-paper's masthead*: its **edition title** (``edition_line``,
``is_edition_title``), the site's title of its name and the editions it is served in
(``data/edition_words.txt``: 数字报, 电子版, 手机版), two pieces or more parted by bars or
dashes, every piece an edition word or the name perhaps ending in one, one name at most
and one edition word at least (``今日竹山-数字报|今日竹山-电子版``, ``某某日报 | 电子版``);
a piece with no edition word is the name only when the title prints it again or it reads
as an outlet (``byline_outlet.names_media``, round 37 mend), else it is a heading's words
after an edition word (``电子报——小城新闻的新天地``, ``手机版—指尖上的年味``):
never a story's headline, which says what happened (``人民日报电子版上线``: one piece;
``澳门日报-电子版今日上线``: a piece of its own words), nor a list of two papers.  Round 37:
one word list and one predicate, which ``head_lists`` asks of the page's head; and its
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

from newsclean.data import data_kinds, data_lines
from newsclean.filters.byline_outlet import names_media
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.word_trie import longest_first, word_pattern

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
        return longest_first(kinds[kind])

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
        return longest_first(w for name in names for w in kinds[name])

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
#: A registration number: CN and a province's two digits, a dash and four (a placeholder's
#: stars standing for digits), perhaps a class after a slash; an ISSN's 4-4.
SERIAL_CODE = r"(?:CN\s?)?[\d*＊]{1,4}\s?[-－]\s?[\dXx*＊]{1,4}(?:/[A-Z\d]{1,4})?"


#: Pieces of a page title: parted by bars or dashes (the site's title joins its parts so).
TITLE_PIECE_SEPARATOR = lazy_re(r"\s*[|｜丨\-_－–—]+\s*")
#: The name in an edition title: Han, Latin letters or digits, no mark, this long at most.
EDITION_NAME = lazy_re(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}")


@cache
def edition_words() -> tuple[str, ...]:
    """The edition words of ``data/edition_words.txt``, the longest first."""
    words = (fields[0] for fields in data_lines("edition_words.txt"))
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _edition_ends() -> frozenset[str]:
    """The last characters of the edition words: a line holding none names no edition
    (a gate: ``edition_line`` is asked of every short line)."""
    return frozenset(word[-1] for word in edition_words())


@cache
def _serial() -> re.Pattern[str]:
    words = sorted((f[1] for f in data_lines("masthead_words.txt") if f[0] == "serial"), key=len)
    pair = rf"(?:{'|'.join(re.escape(w) for w in reversed(words))})\s?[:：]?\s?{SERIAL_CODE}"
    return re.compile(rf"{pair}(?:[\s|｜/,，]{{1,4}}{pair}){{0,3}}")


def is_edition_title(text: str) -> bool:
    """The site's title of its name and editions (module docstring, round 36; the one
    predicate since round 37: ``head_lists`` asks it of the head, ``edition_line`` of
    every short line).

    >>> is_edition_title("今日竹山-数字报|今日竹山-电子版"), is_edition_title("某某日报 | 电子版")
    (True, True)
    >>> is_edition_title("澳门日报-电子版今日上线"), is_edition_title("某某日报推出电子版")
    (False, False)
    >>> is_edition_title("今日竹山-数字报|南方日报-电子版")
    False
    >>> is_edition_title("电子报——小城新闻的新天地"), is_edition_title("数字版 - 让千年文脉活起来")
    (False, False)
    """
    pieces = [piece for piece in TITLE_PIECE_SEPARATOR.split(text.strip()) if piece]
    if len(pieces) < 2:
        return False  # one piece (人民日报电子版上线, 某某日报推出电子版): a headline
    names: set[str] = set()  # the names pieces carry before their edition word
    bare: list[str] = []  # pieces with no edition word
    for piece in pieces:
        edition = next((word for word in edition_words() if piece.endswith(word)), None)
        name = piece if edition is None else piece[: -len(edition)]
        if name and EDITION_NAME.fullmatch(name) is None:
            return False
        if edition is None:
            bare.append(name)
        elif name:
            names.add(name)
    if len(bare) == len(pieces) or len(names.union(bare)) > 1:
        return False  # no edition word, or two names: a list
    # Round 37 mend: a piece without an edition word is the name only when the title
    # carries it again (今日竹山-数字报|今日竹山-电子版: once per edition) or it reads as
    # an outlet (某某日报 | 电子版); else it is a headline's words after an edition word
    # (电子报——小城新闻的新天地, 老城记忆｜数字版).
    return all(name in names or bare.count(name) > 1 or names_media(name) for name in bare)


def edition_line(line: str) -> bool:
    """Whether ``line`` is an e-paper's edition title (module docstring, round 36): a
    gate on the edition words' last characters, then ``is_edition_title``."""
    text = line.strip()
    if not 4 <= len(text) <= MAX_EDITION or _edition_ends().isdisjoint(text):
        return False
    return is_edition_title(text)


def serial_line(line: str) -> bool:
    """Whether ``line`` is a periodical's registration number alone (module docstring)."""
    text = line.strip()
    if not 6 <= len(text) <= MAX_EDITION or ("-" not in text and "－" not in text):
        return False
    return _serial().fullmatch(text) is not None


#: Round 44: an e-paper's page label: the page's number and 版, a colon, the page's name.
PAGE_LABEL = re.compile(
    r"(?:第\s?[A-Z]?[0-9〇零一二两三四五六七八九十]{1,3}\s?|[A-Z]{1,2}[0-9]{1,3})版"
    r"\s?[:：]\s?[\u4e00-\u9fff]{1,8}"
)


def page_label(line: str) -> bool:
    """An e-paper's page label alone (round 44): the digital-paper systems of Chinese
    papers print over each story the page it stands on, its number and 版, a colon and the
    page's name (``第A05版:澳闻``, 澳门日报's e-paper; ``第08版:生活``, sjk.akxw.cn;
    ``第01版:头版``, a city paper's copy): where the story was printed, no word of it.  A
    sentence citing a page says more (``第5版刊登了…``) and stays.

    >>> page_label("第A05版:澳聞"), page_label("第08版:生活"), page_label("A3版：要闻")
    (True, True, True)
    >>> page_label("第5版刊登了这张照片。"), page_label("第A15版:煙臺街 2025-08-28")
    (False, False)
    """
    text = line.strip()
    return "版" in text and PAGE_LABEL.fullmatch(text) is not None


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


#: A claim's place before its rank: a few letters (新西兰南岛).
MAX_PLACE = 5
MAX_SLOGAN = 40
#: One of which a claim's rank holds (a plain test first).
RANK_SIGNS = ("最", "第一", "首家", "领先", "領先")


@cache
def _slogan() -> re.Pattern[str]:
    kinds = data_kinds("masthead_words.txt")
    rank, tongue, medium = (word_pattern(kinds[kind]) for kind in ("rank", "tongue", "medium"))
    return re.compile(
        rf"[\u4e00-\u9fff]{{0,{MAX_PLACE}}}?{rank}{tongue}{medium}"
        rf"(?:\s?[-–—|｜]\s?[^\s,，。.!！?？]{{2,16}})?"
    )


def slogan_line(line: str) -> bool:
    """A medium's claim of itself, perhaps before its name (module docstring, round 38)."""
    text = line.strip()
    if not text or len(text) > MAX_SLOGAN or not any(sign in text for sign in RANK_SIGNS):
        return False
    return _slogan().fullmatch(text) is not None
