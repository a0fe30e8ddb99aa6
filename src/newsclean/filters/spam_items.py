"""The evidence of one short line of a run, for the block model (``spam_block``, whose
docstring states how the points are weighed): lexicon terms or a spam morpheme, an address,
glue (a number, Latin, or one digit or letter leading the link: ``6合彩``, ``a级电影``), a
list separator, a keyword shape, a repeated pattern shared with other lines of the run;
function characters against; a word of the reports about spam makes the line news.

Round 27, a *credit's source*: glue is a keyword's sign because the digits or Latin are
part of the keyword (``av在线``, ``银河湾2024``).  After a verb saying where something comes
from (``data/provenance_words.txt`` kind ``from``: 来自, 源自, 取自, 出自…) the Latin is that
verb's object, the name of a source: ``部分圖片來自Shutterstock``, ``图片来自Getty Images``
(a site's picture credit at its foot) is a clause, verb and object, not a keyword.  Such a
line carries no glue and the verb weighs as a function character does (the grammar of a
sentence, not of a link), so the block model needs real spam evidence to take it (a spam
link list does not say where its links come from).

Round 18, a *template's lines*: three or more lines of a run that share a head or a tail of
``TEMPLATE_AFFIX`` Han characters or more, each with a slot of its own (``百度移动下拉词排名``
/ ``搜狗移动下拉词排名`` / ``神马移动下拉词排名``: one phrase with the slot filled by a
list), are generated, whatever their length: each gains ``TEMPLATE_POINTS`` beside the
repeated pattern's point (strong), and is keyword-shaped.  Evidence of the page itself, not
of a vocabulary: the run must still hold a word of spam (``spam_block``), and a line with a
function character never counts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex

from newsclean.filters.charmodel import NOT_HAN_RUN
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import provenance_words
from newsclean.filters.spam_signs import (
    DOMAIN,
    FUNCTION_CHARS,
    GLUED_CHAR,
    LIST_SEPARATORS,
    SEPARATORS,
    counter_lexicon,
    han_count,
    holds_morpheme,
    is_glued,
    lexicon,
    shared_affixes,
)
from newsclean.filters.word_trie import longest_first

#: A keyword is at most this many Han characters; longer items are phrases.
TERM_HAN = 8
#: Points that mark an item (a weight-1 term, or structure alone).
WEAK = 1.0
#: Points of a strong item (a weight-2 term, a domain, a weak term with a glued number).
STRONG = 2.0
#: Points of an item the line model removed.
SPAM_LINE_POINTS = 4.0
#: The sign, and the points, of an item that repeats a segment of a spam line of its page
#: (marked, not strong: a real heading the joined line happens to name stays beside it).
REPEATED_LINK = "a link of a spam line"
REPEATED_LINK_POINTS = 1.0
#: A template's fixed part: a head or a tail of this many Han characters three lines share.
TEMPLATE_AFFIX = 4
TEMPLATE = "a template's line"
TEMPLATE_POINTS = 1.0
#: Nouns written with a function character read another way (都 dū, city or capital: 都市,
#: 首都, 成都; 的 dí/dì: 的士, 目的): in a keyword they are a name's morpheme, not the
#: adverb or the particle that marks a clause (``乱伦都市`` is a site's name).  A joined
#: keyword line (``spam.keyword_line``) and a link of a list (round 42: ``亂倫都市`` ending a
#: block between paragraphs) read them alike.
FUNCTION_NOUNS = lazy_regex(r"都市|都会|[首成京古国]都|的士|目的")
#: The characters a from-verb opens with: a line without any has no credit's source.
_FROM_HEADS = lazy_regex(r"[出来來源取原]")


@cache
def _from_verb() -> regex.Pattern[str]:
    """A verb saying where something comes from, with something after it (its source)."""
    words = longest_first(provenance_words()["from"])
    return regex.compile(f"(?:{words})" + r"(?=\S)")


def source_named(probe: str) -> int:
    """Where a from-verb with its object starts in ``probe`` (a credit naming its source,
    ``部分图片来自shutterstock``), or -1.

    >>> source_named("部分图片来自shutterstock"), source_named("永利皇宫8888")
    (4, -1)
    """
    if _FROM_HEADS.search(probe) is None:
        return -1
    found = _from_verb().search(probe)
    return -1 if found is None else found.start()


#: A Han term with letters and digits glued to both of its ends (``3med6i德发娱乐ek0v45isk``).
_WRAPPED = lazy_regex(r"^([a-z\d]{2,})\p{Han}{2,}([a-z\d]{2,})$")
_LETTER = lazy_regex(r"[a-z]")


def wrapped(probe: str) -> bool:
    """Whether ``probe`` is a Han term wrapped in generated noise: a run of two or more
    letters and digits, with a letter among them, glued to each end.  A name glued to a
    number or a word at one end is a keyword's glue (``GLUED_NUMBER``), a model's or a
    score's; the page's own writing leaves no Latin glued to both ends of a term at once:
    that is a link text padded by a machine so that no filter reads the term alone.

    >>> wrapped("3med6i德发娱乐ek0v45isk"), wrapped("c919大飞机"), wrapped("5g手机2024")
    (True, False, False)
    """
    found = _WRAPPED.match(probe)
    return found is not None and all(_LETTER.search(part) for part in found.groups())


@dataclass(frozen=True, slots=True)
class Item:
    """One short line of a run and its own evidence."""

    index: int
    points: float
    terms: tuple[str, ...]
    signs: tuple[str, ...]
    counter: bool
    #: At most ``TERM_HAN`` Han characters and no function character: shaped like a keyword.
    term_shaped: bool

    @property
    def marked(self) -> bool:
        return self.points >= WEAK and not self.counter

    @property
    def worded(self) -> bool:
        """Whether the spam vocabulary or an address speaks for the item, not shape alone."""
        return _worded(self.terms, self.signs, self.counter)

    @property
    def strong(self) -> bool:
        return self.points >= STRONG and not self.counter


def make_item(index: int, probe: str, spam_terms: tuple[str, ...] | None) -> Item:
    if spam_terms is not None:
        return Item(index, SPAM_LINE_POINTS, spam_terms, ("spam line",), False, False)
    return Item(index, *_evidence(probe))


@lru_cache(maxsize=4096)
def _evidence(probe: str) -> tuple[float, tuple[str, ...], tuple[str, ...], bool, bool]:
    """An item's own evidence: (points, terms, signs, counter, term_shaped).  Cached, since
    pages repeat their links (and hostile pages repeat one line)."""
    weights = lexicon().terms
    terms = tuple(sorted({t for _, _, t in lexicon().find(probe)}, key=lambda t: (-weights[t], t)))
    points = min(sum(weights[t] for t in terms), 3.0)
    signs: list[str] = []
    if not terms and holds_morpheme(probe):
        points += 0.5
        signs.append("spam morpheme")
    if DOMAIN.search(probe):
        points += 2.0
        signs.append("domain")
    # After a from-verb, the Latin is the name of a source (round 27), not glue.
    credit = source_named(probe)
    glued_part = probe if credit < 0 else probe[:credit]
    if any(is_glued(s) for s in SEPARATORS.split(glued_part) if s):
        points += 1.5
        signs.append("glued digits/latin")
    elif GLUED_CHAR.match(probe):
        points += 1.5
        signs.append("glued digit/letter")
    elif wrapped(probe):
        points += 1.5
        signs.append("glued digits/latin")
    function_chars = len(FUNCTION_CHARS.findall(FUNCTION_NOUNS.sub("", probe))) + (credit >= 0)
    points -= 1.5 * function_chars
    # A line holds one or two terms: each segment is judged, so that two keywords on one
    # line (``性免费电影 六月婷婷丁香``) are keyword-shaped as one would be.
    han = han_count(probe)
    term_shaped = (
        function_chars == 0
        and han > 0
        and (han <= TERM_HAN or all(han_count(s) <= TERM_HAN for s in SEPARATORS.split(probe)))
    )
    if term_shaped:
        points += 0.5
    if LIST_SEPARATORS.search(probe):
        points += 1.0
        signs.append("list separator")
    counter = bool(counter_lexicon().find(probe))
    return points, terms, tuple(signs), counter, term_shaped


def run_shared_affixes(probes: list[str]) -> list[bool]:
    """Whether a term of each item (a line holds one or two) has its two-character Han head
    or tail shared by two other terms of the run (``spam_signs.shared_affixes``)."""
    if not any(map(SEPARATORS.search, probes)):
        return shared_affixes(probes)  # one term a line, the common case
    owners: list[int] = []
    terms: list[str] = []
    for k, probe in enumerate(probes):
        for term in SEPARATORS.split(probe):
            if term:
                owners.append(k)
                terms.append(term)
    shared = [False] * len(probes)
    for k, hit in zip(owners, shared_affixes(terms), strict=True):
        shared[k] = shared[k] or hit
    return shared


def run_templates(probes: list[str]) -> list[bool]:
    """Whether each line shares a head or tail of ``TEMPLATE_AFFIX`` Han characters with two
    other lines, each with a slot of its own (module docstring).

    >>> run_templates(["甲站快速排名优化", "大发盘口", "乙站快速排名优化", "丙站快速排名优化"])
    [True, False, True, True]
    >>> run_templates(["国产大飞机首飞", "国产大飞机首飞", "国产大飞机首飞"])
    [False, False, False]
    """
    cores = [NOT_HAN_RUN.sub("", p) for p in probes]
    slots: defaultdict[tuple[int, str], set[str]] = defaultdict(set)
    for core in cores:
        if len(core) > TEMPLATE_AFFIX and FUNCTION_CHARS.search(core) is None:
            slots[0, core[:TEMPLATE_AFFIX]].add(core)
            slots[1, core[-TEMPLATE_AFFIX:]].add(core)
    return [
        len(core) > TEMPLATE_AFFIX
        and FUNCTION_CHARS.search(core) is None
        and (
            len(slots[0, core[:TEMPLATE_AFFIX]]) >= 3 or len(slots[1, core[-TEMPLATE_AFFIX:]]) >= 3
        )
        for core in cores
    ]


def with_run_signs(items: list[Item], probes: list[str], repeats: list[int]) -> list[Item]:
    """The items with the evidence of their run (``probes``, in order): a repeated link of
    the page's spam lines (``repeats``), a repeated pattern, a template's line."""
    items = list(items)
    for k in repeats:
        item = items[k]
        signs = (*item.signs, REPEATED_LINK)
        items[k] = replace(item, points=item.points + REPEATED_LINK_POINTS, signs=signs)
    templates = run_templates(probes)
    for k, shared in enumerate(run_shared_affixes(probes)):
        if shared:
            item = items[k]
            signs = (*item.signs, "repeated pattern")
            items[k] = replace(item, points=item.points + 1.0, signs=signs)
        if templates[k]:
            item = items[k]
            points, signs = item.points + TEMPLATE_POINTS, (*item.signs, TEMPLATE)
            items[k] = replace(item, points=points, signs=signs, term_shaped=True)
    return items


def _worded(terms: tuple[str, ...], signs: tuple[str, ...], counter: bool) -> bool:
    return not counter and (
        bool(terms) or bool({"domain", "spam morpheme", REPEATED_LINK} & set(signs))
    )


def line_worded(i: int, probes: dict[int, str], spam_terms: dict[int, tuple[str, ...]]) -> bool:
    """``Item.worded`` of line ``i``, without building its item."""
    if i in spam_terms:
        return bool(spam_terms[i])
    return _probe_worded(probes[i])


@lru_cache(maxsize=4096)
def _probe_worded(probe: str) -> bool:
    _, terms, signs, counter, _ = _evidence(probe)
    return _worded(terms, signs, counter)


def detached_edges(items: list[Item], gaps: list[int], low: int, high: int) -> tuple[int, int]:
    """Trim a group of two or more unmarked lines at an edge that stands apart from the
    marked lines: its own lines spaced one way, and a different gap between it and the
    first marked line (three indented headings, then a blank line, then a spam line)."""
    marked = [k for k in range(low, high + 1) if items[k].marked]
    if not marked:
        return low, high
    first, last = marked[0], marked[-1]
    lead = gaps[low : first - 1]
    if first - low >= 2 and len(set(lead)) == 1 and gaps[first - 1] != lead[0]:
        low = first
    tail = gaps[last + 1 : high]
    if high - last >= 2 and len(set(tail)) == 1 and gaps[last] != tail[0]:
        high = last
    return low, high
