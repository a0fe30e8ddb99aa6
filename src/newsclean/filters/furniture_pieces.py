"""A line made only of furniture pieces: counters, a credit's connector, a host's address.

Model (round 22; ``navigation`` asks ``pieces_line`` right after its residue, so the
line goes anywhere and none is taken for the headline).  A platform, an image host
or a scraper prints, under or over every text, a line that says who posted it where, who
hosts it and how often it was read; such a line is *composed* of pieces, none of them a
clause of the story, so the forms no table holds are read too.  The line is split at
spaces and commas into pieces, each of which must be one of:

* a **counter** (``furniture_counters.counter_reason``: a counted noun and its number,
  ``留言(1)``, ``人氣(68)``, ``Views: 12``, ``3 comments``);
* a **connector** of a credit (``data/credit_connectors.txt``: a verb and its preposition,
  ``發表在``, ``发布于``, ``posted in``, ``hosted by``, ``powered by``);
* a **web address** (``furniture_mirrors.WEB_ADDRESS``: a host name, a path perhaps);
* a **name**: a short run of letters (Han, Latin), no digit, no mark, no byline label;
  round 42b, a product's Latin name may hold a digit inside its letters (a plugin's,
  ``WP2Social Auto Publish Powered By : XYZScripts.com``: a count never has letters on
  both sides of its number), and a connector may keep its own colon;
* an **empty label** (a short label and its colon, nothing after it but another piece
  that is no name: ``評論: 阅读(3)``).

and the pieces must carry the evidence of a platform's line, one of:

* a connector beside a counter or an address (``阿某 發表在 某站 留言(1) 人氣(68)``,
  ``Image hosted by pichost.com``, ``Powered by blogsite.net``);
* an address and one name that spells it, nothing else (``bubuko.com,布布扣``: a
  scraper's watermark, its domain and its name; the name's readings, whole or their
  starts, spell a label of the host: ``spells``).  A link of a spam list (a term and a
  host of random letters) spells nothing and is the spam filter's;
* two counters or more and no name.

A sentence keeps its marks and its words: ``他的论文發表在《自然》期刊上。`` has a mark and
no counter; ``张三 發表在 联合报`` (a name, a connector, a name) has no counter and no
address and stays; a caption's credit (``Photo: Reuters``, ``新华社记者 张三 摄``) is a
label with its value or a name with a role, and a byline (``作者:张三 阅读(3)``) has a
label with its value.  A line that points at the text (``本文发表于 example.com``: where
the text came from, a pointing word and a text noun among its names) or that the notice
reader takes is the notice's.  The line is at most ``MAX_PIECES_LINE`` long.

>>> pieces_line("阿研 發表在 痞客邦 留言(1) 人氣(68)"), pieces_line("bubuko.com,布布扣")
(True, True)
>>> pieces_line("Image hosted by Photobucket.com"), pieces_line("张三 發表在 联合报")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_counters import counter_reason
from newsclean.filters.furniture_mirrors import WEB_ADDRESS
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.notice import is_notice
from newsclean.filters.pinyin_readings import reading_forms, strip_tone
from newsclean.filters.word_trie import word_pattern

MAX_PIECES_LINE = 80
#: A name is a few words: a poster's, a platform's, a thing's (Image).
MAX_NAME = 8
MAX_LATIN_NAME = 20
MAX_NAMES = 3
CONNECTOR_MARK = "\x00"
#: An address holds a dot, a counter a digit: a line with neither has no evidence.
EVIDENCE = lazy_re(r"[0-9.]")
SENTENCE = lazy_re(r"[。！？；!?;《》「」“”\"]")
SPLIT = lazy_re(r"[\s,，、|｜]+")
#: A counter's number glued back to its noun: 留言 (1) -> 留言(1), Views: 12 -> Views:12.
COUNT_GLUE = lazy_re(r"\s?([(（:：])\s?(?=[0-9])|(?<=[0-9])\s([)）])")
ADDRESS = lazy_re(rf"(?i){WEB_ADDRESS}")
NAME = lazy_re(rf"[^\W\d_]{{1,{MAX_NAME}}}|[A-Za-z][A-Za-z'&.-]{{0,{MAX_LATIN_NAME - 1}}}")
#: A name pointing at the text itself (本文, 此篇): the line says where the text came from.
POINTING = lazy_re(r"(?:本|此|该|該|原|这|這)(?:篇|则|則)?(?:文章|文|帖|稿)")
#: A product's name with a digit inside its letters (``WP2Social``, lower-cased): no count.
PRODUCT = lazy_re(r"[a-z]{1,10}[0-9]{1,3}[a-z]{1,10}")
EMPTY_LABEL = lazy_re(rf"[^\W\d_]{{1,{MAX_NAME}}}[:：]")


@cache
def _connector() -> re.Pattern[str]:
    words = [fields[0].lower() for fields in data_lines("credit_connectors.txt")]
    # the connector's own colon goes with it (``Powered By : host.com``, round 42b)
    return re.compile(rf"(?<![a-z])(?:{word_pattern(words)})(?![a-z])(?:\s?[:：])?")


def _kind(piece: str, following: str | None) -> str | None:
    if piece == CONNECTOR_MARK:
        return "connector"
    if "." in piece and ADDRESS.fullmatch(piece) and any(c.isalpha() for c in piece):
        return "address"
    if any(c.isdigit() for c in piece):
        if counter_reason(piece) is not None:
            return "counter"
        return "name" if PRODUCT.fullmatch(piece) else None
    if EMPTY_LABEL.fullmatch(piece):
        if piece[:-1] in label_table() or (following is not None and following == "name"):
            return None  # 作者: an empty byline; 来源: 新华社 a label and its value
        return "label"
    if NAME.fullmatch(piece) and piece not in label_table() and not POINTING.match(piece):
        return "name"
    return None


def pieces_line(line: str) -> bool:
    """Whether ``line`` is made only of furniture pieces with a platform's evidence
    (module docstring)."""
    text = line.strip()
    if len(text) > MAX_PIECES_LINE or EVIDENCE.search(text) is None or SENTENCE.search(text):
        return False  # no address and no counter: no evidence (most lines stop here)
    lowered = _connector().sub(f" {CONNECTOR_MARK} ", text.lower())
    pieces = [p for p in SPLIT.split(COUNT_GLUE.sub(r"\1\2", lowered)) if p]
    if len(pieces) < 2 and "." not in text:
        return False
    kinds: list[str] = []
    for piece in reversed(pieces):
        kind = _kind(piece, kinds[-1] if kinds else None)
        if kind is None:
            return False
        kinds.append(kind)
    names, counters = kinds.count("name"), kinds.count("counter")
    connectors, addresses = kinds.count("connector"), kinds.count("address")
    if names > MAX_NAMES:
        return False
    if connectors and (counters or addresses):
        found = True
    elif addresses == 1 and names == 1 and len(kinds) == 2:
        name, address = (p for p in reversed(pieces) if p != CONNECTOR_MARK)
        if kinds[0] == "address":  # kinds run from the last piece: the address came last
            name, address = address, name
        found = spells(name, address)
    else:
        found = counters >= 2 and names == 0
    return found and not _notice(text)


def _notice(text: str) -> bool:
    return is_notice(text, near_foot=True)


#: A host's labels that name no site: its scheme's prefix, its top-level domains.
GENERIC_LABELS = frozenset({"www", "m", "wap", "com", "cn", "net", "org", "cc", "info", "hk", "tw"})


def spells(name: str, address: str) -> bool:
    """Whether the Han letters of ``name`` spell a label of ``address``'s host, each by its
    toneless reading or the start of it (``布布扣`` -> ``bubuko``, ``百度`` -> ``baidu``,
    ``新华网`` -> ``xhw``).

    >>> spells("布布扣", "bubuko.com"), spells("百度", "www.baidu.com"), spells("六合彩", "a8k2.cc")
    (True, True, False)
    """
    if not name or len(name) > MAX_NAME or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    syllables = [_starts(c, reading_forms, strip_tone) for c in name]
    host = address.lower().split("://")[-1].split("/")[0]
    return any(
        _spelled(label, syllables)
        for label in host.split(".")
        if label not in GENERIC_LABELS and label.isalpha()
    )


def _starts(
    char: str, forms: Callable[[str], frozenset[str]], bare: Callable[[str], str]
) -> set[str]:
    """Every start of a toneless reading of ``char`` (bu, b for 布)."""
    readings = {bare(r) for r in forms(char) if "?" not in r}
    return {reading[:n] for reading in readings for n in range(1, len(reading) + 1)}


def _spelled(label: str, syllables: list[set[str]]) -> bool:
    ends = {0}
    for options in syllables:
        ends = {end + len(o) for end in ends for o in options if label.startswith(o, end)}
        if not ends:
            return False
    return len(label) in ends
