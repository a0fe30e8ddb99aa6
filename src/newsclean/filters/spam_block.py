"""Judge runs of short keyword lines (injected link lists) as blocks.

The model.  A hijacked page carries its spam either as one long joined line (``spam.py``)
or as a link list: consecutive short lines of one or two terms each, often with blank
lines between them, at the top, between paragraphs or at the foot::

    澳门赌场
    威尼斯人娱乐
    av在线
    办证
    六合彩开奖

One such line alone is weak evidence (``办证`` could be a section name), so the decision
is taken for the run, from the evidence of all its lines.

* An *item* is a short line (``MAX_ITEM_CHARS``) without sentence punctuation or a colon,
  of at most ``MAX_ITEM_SEGMENTS`` terms, that is not page furniture (``首页``, the
  site's own domain: the navigation filter's); a line the line model already removed is
  an item too (a joined list next to a link list is one injection), and so is a joined
  line of keyword segments with a lexicon term (``spam.keyword_line``).  A *run* is a
  sequence of items separated only by blank lines, however many: how a page spaces its
  lines is layout, which cleaning changes (clean output must judge as its input did);
  so is a line the clean text will not print there (round 31, ``leaves_text``: furniture,
  metadata, a notice, a caption), since cleaning the clean text again must find the run
  the first pass found; any other line ends a run.
* Each item gets its own evidence points, from the lexicon and from structure, so that a
  lexicon the project never saw is still caught by shape.  For: lexicon terms (their
  weights, at most 3), or else a *spam morpheme*, a two-character piece that at least
  three lexicon terms share (出售, 私服, 彩票: +0.5); a domain (+2); digits, Latin or an
  address glued to a term (``2024最新``, ``av在线``, ``鸿福国际www.hf88.cc``), or one digit
  or letter leading it (``6合彩``, ``a级电影``: +1.5); a list separator (``|``, ``_``,
  ``丨``: +1); a keyword-shaped line (no function character, and at most ``TERM_HAN``
  Han characters, or that many in each of its segments: two keywords a line, ``大型黄站
  蒙尘药``: +0.5); a two-character head or tail of one of its terms shared with at least
  two other terms of the run (``威尼斯人娱乐`` / ``金沙娱乐`` / ``银河娱乐``,
  ``蜜桃传媒 果冻传媒`` / ``天美传媒 | 星空传媒``: +1,
  a generated list repeats its pattern). Against: each function character (的 了 是 …, -1.5:
  the grammar of headlines and captions). A word of the reports *about* spam (``打击``,
  ``警方``, ``涉嫌``; ``data/spam_counter_terms.txt``) makes the item news, whatever else it
  holds.
* An item with at least ``WEAK`` points (a weight-1 term on a keyword-shaped line, or
  structure alone) is *marked*; with ``STRONG`` (a weight-2 term, a domain, a glued
  number) it is *strong*.  A run of ``MIN_RUN`` or more items is spam when at least
  ``MIN_STRONG`` items are strong, fewer than a third name enforcement, and either at
  least ``MIN_SHARE`` of the items are marked or ``TERM_LIST_SHARE`` of them are
  keyword-shaped (a list of terms, half of them unknown); and at least one item must be
  *worded* (a lexicon term, a spam morpheme or a domain): glued digits alone are sports
  scores or model numbers (``湖人108``, ``C919``), unless the run is *machine-made* by
  its shape (next point).  A pair is spam only when both lines
  are strong; a single line is left to the line model.  Why these bars: a channel
  menu (``新闻 体育 娱乐 财经 彩票 汽车 房产 游戏``) has weak hits only; related headlines
  and captions are longer and have function characters or punctuation; bylines have
  colons; the tags and subheadings of a crackdown report name enforcement; a link list
  has a spam sign on most lines, and two strong ones, even when many terms are unknown.
* A *machine-made* run is spam with no word of spam at all, so that a lexicon the project
  never saw is caught: ``MIN_RUN`` or more keyword-shaped (or strong) lines, none naming
  enforcement, half of them carrying a machine sign, and two *kinds* of sign among glue,
  a list separator and a repeated pattern (``开云体育 / 乐鱼体育 / 半岛体育2024 / 华体会``;
  ``蜜桃传媒 果冻传媒 / 天美传媒 | 星空传媒 / 91制片厂、樱桃直播``).  One kind is the
  shape of real lists (scores ``湖人108``, metro lines ``1号线``, route names sharing
  ``地铁``), except at the foot of the page, where two links led by one or two digits or a
  letter before a name of three Han characters (``6合宝典``, ``a级影视``, ``91制片厂``:
  site names, as on the hijacked pages of ``tests/test_spam.py``) are enough: a foot
  holds tags, bylines and notices, not numbered names.
* A *keyword list* is spam with less: a run of ``MIN_RUN`` or more items, ``TERM_LIST_SHARE``
  of them keyword-shaped, none naming enforcement, half of them worded and one strong,
  with ``LIST_POINTS`` a line on average (``迷药 / 金樽娱乐 / 幸运影院 / 代办签证``: links
  name a site or a service with a category word).  A line that is nothing but one weak
  word (``娱乐``, ``彩票``, ``视频``) does not count as worded there: that is a channel
  menu's entry.  On a page with spam elsewhere (``spam.py``, point 3), one worded
  line is enough; ending the page, a list worded on 3 lines in 4 needs no strong line
  (``利赢彩票 / 忆博娱乐 / 刷钱 / 私彩平台``; ``新浪娱乐 / 腾讯游戏 / 网易彩票``: 2 in 3).
  On the held-out lists (``tests/test_spam_heldout.py``) these bars remove about nine
  link lines in ten (0.922; 0.538 of lists of terms the lexicon lacks) and no line of
  the host pages.
* What is removed: every item from the first marked to the last marked one.  Unmarked
  items between them go with their neighbours (an unknown term inside a list), unless
  one has a sentence's grammar and no sign of spam (round 31, ``_grammar_only``), or the
  lines around it are not links but joined lists or jammer noise the line model removed
  (round 31: a link is a short item, ``is_item``, on either side; between two joined lists
  the clean text prints the line alone among paragraphs, where a second cleaning judges it
  so: a real heading, ``• 熊爭豔、丁小溪`` or ``北上參展,打響西螺名號``, stays on both).  An
  unmarked keyword-shaped item at an edge goes too when the list's lines stand without
  blank lines and it does as well (``代刷`` heading a list); after a list spaced by blank
  lines, a short line spaced the same way is as likely the page's own (``北京青年报``) and stays,
  unless it ends the page (no body follows for it to head); so does a scrap without any Han
  character ending the page (``d%XL6RDR``, ``_scrap``: no phrase, and nothing for it to
  label).  The page ends at its last line of its own: page furniture after a list
  (``相关文章Related``, ``返回栏目>>``: ``spam_runs.last_own_line``) is no part of the article,
  and neither ends the list's run nor moves it off the foot (round 31).
  Other unmarked edge items stay,
  and so does a marked but weak edge item that is longer than a keyword or set apart from
  the list by a different spacing (the title ``国产大飞机首飞成功`` under a list holds the weight-1
  term 国产), and any item naming enforcement.  A list's spacing is the most common gap
  between its lines, or the one gap both gaps of a three-line list share (``a片大放送`` /
  ``大陆黄网导航`` / ``六月婷婷丁香`` stand line after line as a longer list does).
* A detached edge group stays: two or more unmarked lines at an edge, spaced alike among
  themselves but set off from the first marked line by another gap (three headings line
  after line, a blank line, then the list's one spam line) are the page's own lines
  beside the list, not its links: a list's unknown terms stand among its marked links or
  spaced as they are.
* The edge stops at prose: an edge item that the line model did not remove and that
  shows a sign of prose, a date in digits (``6月起``, ``5月20日``) or a word of reporting
  or of a report's time (``通报``, ``调查``, ``重拳``, ``近日``; ``data/spam_prose_terms.txt``),
  is the page's heading or one-line paragraph glued to the list (``6月起严打网络赌博``
  under a gambling list), even when it names the crime the list sells; it stays, and
  the next line inward is judged as the edge.  Links name sites and services, not dates
  and reports.  Round 41: so does an edge item that is the page's headline with a term
  glued on by a list separator (``重慶居民感受到的幸福很真實|18dy影院``, ``_glued_headline``):
  one of its two pieces has more Han than a keyword, a sentence's grammar (a function
  character) and none of the item's spam terms; the page head cuts the glued term.
* A link repeats the injection: an item that is a segment of a joined spam line of the
  same page (``大陆黄网导航`` alone between paragraphs, and in the list at the top) is
  worded and gains ``spam_items.REPEATED_LINK_POINTS``, whatever the lexicon knows of it.

Evidence is recorded per line: the run (its lines and size), how many items were marked
and why, and what this line contributed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from newsclean.filters.charmodel import NOT_HAN_RUN
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_items import (
    STRONG,
    TERM_HAN,
    Item,
    detached_edges,
    line_worded,
    make_item,
    with_run_signs,
)
from newsclean.filters.spam_runs import is_item
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    HEAD_GLUE,
    LIST_SEPARATORS,
    han_count,
    lexicon,
    prose_sign,
)

MIN_RUN = 3
MIN_SHARE = 0.5
MIN_STRONG = 2
#: Share of keyword-shaped lines that makes a sparse run a list of terms.
TERM_LIST_SHARE = 0.75
#: Mean points a line of a keyword list needs (a weight-1 term on a keyword-shaped line).
LIST_POINTS = 1.0


@dataclass(frozen=True, slots=True)
class BlockVerdict:
    """A run judged as spam: the lines it removes and the evidence for each."""

    removed: dict[int, str]
    terms: dict[int, tuple[str, ...]]
    score: float


def _is_spam_run(n: int, strong: int, counters: int, dense: bool, term_shaped: int) -> bool:
    """The block decision (see the module docstring for why these bars)."""
    if n < MIN_RUN:
        return strong == n  # a pair: both lines strong
    if strong < MIN_STRONG or 3 * counters >= n:
        return False
    return dense or term_shaped >= TERM_LIST_SHARE * n


def _bare_category(probe: str) -> bool:
    """A line that is nothing but one weak lexicon word (``娱乐``, ``彩票``, ``视频``): a
    channel menu's entry.  A link names a site or a service *with* such a word
    (``久久娱乐``, ``大赢家彩票``)."""
    term = NOT_HAN_RUN.sub("", probe)
    return lexicon().terms.get(term, STRONG) < STRONG


def _is_keyword_list(items: list[Item], probes: list[str], hijacked: bool, foot: bool) -> bool:
    """A run that is a list of keywords (see the module docstring): nearly every line
    keyword-shaped, none naming enforcement, and the vocabulary speaking for half of the
    lines (a bare menu word does not) with a point of evidence a line and one strong line
    (ending the page, three in four and none), or, with spam elsewhere, for one."""
    n = len(items)
    if n < MIN_RUN or any(item.counter for item in items):
        return False
    if sum(item.term_shaped or item.strong for item in items) < TERM_LIST_SHARE * n:
        return False
    worded = sum(
        item.worded and not _bare_category(probe) for item, probe in zip(items, probes, strict=True)
    )
    if hijacked:
        return worded >= 1
    points = sum(max(item.points, 0.0) for item in items)
    strong = any(item.strong for item in items)
    if strong and points >= LIST_POINTS * n:
        return 2 * worded >= n
    return foot and points >= LIST_POINTS * n and 4 * worded >= 3 * n


def _set_apart(
    item: Item, probe: str, gap: int, spacing: int | None, last_on_page: bool = False
) -> bool:
    """A weak edge item that does not look like the list it borders: longer than a keyword,
    or separated from its neighbour otherwise than the list's links are (``spacing``).
    ``last_on_page``: the item is the page's last line of its own (furniture after it is
    no part of the article, ``spam_runs.last_own_line``)."""
    if item.strong:
        return False
    if not item.term_shaped and not (last_on_page and _scrap(item, probe)):
        return True
    if not item.marked:
        # An unknown term goes with the list only when the links stand line after line and
        # it does too: after a list spaced by blank lines, a short line spaced the same way
        # is as likely the page's own (a source line, ``北京青年报``) -- unless it ends
        # the page, where no body follows for it to introduce.
        if last_on_page and spacing is not None:
            return gap != spacing
        return spacing != 0 or gap != 0
    return spacing is not None and gap != spacing


def _scrap(item: Item, probe: str) -> bool:
    """A line without any Han character or a sentence's grammar (``d%XL6RDR``): no phrase
    longer than a keyword, so ending the page after a list it is judged as an unknown term
    of the list is (it goes when spaced as the links are); before the page's own text it
    may label what follows, and stays."""
    return item.points >= 0 and han_count(probe) == 0


def _spacing(gaps: list[int]) -> int | None:
    """How the list's links are spaced (blank lines between them): the most common gap of
    three or more, or the one gap two share (a list of three lines, ``a片大放送`` /
    ``大陆黄网导航`` / ``六月婷婷丁香``, stands line after line as a longer one does)."""
    if len(gaps) >= 3:
        return Counter(gaps).most_common(1)[0][0]
    if len(gaps) == 2 and gaps[0] == gaps[1]:
        return gaps[0]
    return None


def _grammar_only(item: Item) -> bool:
    """An item with a sentence's grammar (a function character: points below zero) and no
    sign of spam at all: the page's own clause, even between two links
    (``抗,是勇毅担当,上下同心;`` between ``亚洲淫色图`` and ``大型色站 色福吧``).  A list's
    unknown terms that go with their neighbours are keywords, not clauses."""
    return item.points < 0 and not item.terms and not item.signs


def _glued_headline(item: Item, probe: str) -> bool:
    """An edge item that is a headline with a term glued on by a list separator (module
    docstring, round 41): the edge stops there, the page head cuts the term."""
    if "spam line" in item.signs or LIST_SEPARATORS.search(probe) is None:
        return False
    pieces = [piece for piece in LIST_SEPARATORS.split(probe) if piece.strip()]
    if len(pieces) != 2:
        return False
    head = max(pieces, key=han_count)
    return (
        han_count(head) > TERM_HAN
        and FUNCTION_CHARS.search(head) is not None
        and not any(term in head for term in item.terms)
    )


def _prose_edge(item: Item, probe: str) -> bool:
    """An edge item with a sign of prose (a date, a word of reporting; ``spam_signs.
    prose_sign``) that the line model did not remove: the page's own heading or one-line
    paragraph glued to the list (``6月起严打网络赌博``), where the block stops."""
    return "spam line" not in item.signs and prose_sign(probe)


#: A character a machine sign needs: a digit or Latin letter (glue), a list separator.
_MACHINE = lazy_regex(r"[\da-z_|｜丨\u2580-\u259f]")
_GLUE_SIGNS = frozenset({"glued digits/latin", "glued digit/letter"})


def _machine_made(items: list[Item], probes: list[str], at_foot: bool) -> bool:
    """A run without a word of spam that is a generated link list by its shape alone: at
    least ``MIN_RUN`` lines, every one a keyword (or strong), none naming enforcement, half
    of them carrying a machine sign, and two kinds of sign among glue (digits, Latin, an
    address), a list separator and a repeated pattern; or, at the foot of the page, two
    links led by a glued digit or letter (``6合宝典``, ``91制片厂``: site names; a
    sports score or a model number is glued at the tail, ``湖人108``, ``C919``)."""
    n = len(items)
    if n < MIN_RUN or any(item.counter for item in items):
        return False
    if not all(item.term_shaped or item.strong for item in items):
        return False
    kinds: set[str] = set()
    signed = 0
    for item in items:
        own = {"glue" if sign in _GLUE_SIGNS else sign for sign in item.signs}
        own.discard("spam morpheme")
        kinds |= own
        signed += bool(own)
    if 2 * signed < n:
        return False
    if len(kinds) >= 2:
        return True
    head_glued = sum(1 for probe in probes if HEAD_GLUE.match(probe))
    return at_foot and head_glued >= 2


def judge_run(
    run: list[int],
    probes: dict[int, str],
    spam_terms: dict[int, tuple[str, ...]],
    *,
    hijacked: bool = False,
    at_foot: bool = False,
    page_links: frozenset[str] = frozenset(),
) -> BlockVerdict | None:
    """The verdict on one run of items, or None when it is not spam.  ``hijacked``: the
    page carries spam outside this run (a line or a block already judged spam);
    ``at_foot``: nothing but blank lines and lines the clean text will not print (page
    furniture, ``spam_runs.last_own_line``) follows the run; ``page_links``: the segments of the
    page's spam lines (a line repeating one is a link of the same injection)."""
    # Most runs (a page of short lines) have no word of spam and no machine sign at all:
    # say so before building an item per line.
    repeats = [k for k, i in enumerate(run) if probes[i] in page_links and i not in spam_terms]
    worded_line = bool(repeats) or any(line_worded(i, probes, spam_terms) for i in run)
    if not worded_line and not (
        len(run) >= MIN_RUN and any(_MACHINE.search(probes[i]) for i in run)
    ):
        return None
    items = [make_item(i, probes[i], spam_terms.get(i)) for i in run]
    items = with_run_signs(items, [probes[i] for i in run], repeats)
    n = len(items)
    marked = [k for k, item in enumerate(items) if item.marked]
    strong = sum(item.strong for item in items)
    counters = sum(item.counter for item in items)
    term_shaped = sum(item.term_shaped or item.marked for item in items)
    dense = len(marked) >= MIN_SHARE * n
    shaped = False
    if not any(item.worded for item in items):
        # No word of spam: only a list whose lines show two kinds of machine sign (glue,
        # a list separator, a repeated pattern), or head-glued links ending the page.
        shaped = _machine_made(items, [probes[i] for i in run], at_foot)
        if not shaped:
            return None
    keyword_list = False
    if shaped:
        pass
    elif not _is_spam_run(n, strong, counters, dense, term_shaped):
        keyword_list = _is_keyword_list(items, [probes[i] for i in run], hijacked, at_foot)
        if not keyword_list:
            return None
    # A weak line at an edge may be the title or heading beside the list: it stays when it
    # is longer than a keyword or set apart from the list by a different spacing (an
    # unmarked one, an unknown term, goes only inside a list of lines without blanks).
    gaps = [b - a - 1 for a, b in pairwise(run)]
    spacing = _spacing(gaps)
    low, high = 0, n - 1
    while low < high and (
        _set_apart(items[low], probes[run[low]], gaps[low], spacing)
        or _prose_edge(items[low], probes[run[low]])
        or _glued_headline(items[low], probes[run[low]])
    ):
        low += 1
    while high > low and (
        _set_apart(items[high], probes[run[high]], gaps[high - 1], spacing, at_foot)
        or _prose_edge(items[high], probes[run[high]])
        or _glued_headline(items[high], probes[run[high]])
    ):
        high -= 1
    low, high = detached_edges(items, gaps, low, high)
    score = sum(max(item.points, 0.0) for item in items) / n
    with_terms = sum(1 for item in items if item.terms)
    head = (
        f"block of {n} lines ({run[0] + 1}-{run[-1] + 1}), {len(marked)} marked, "
        f"{strong} strong, {with_terms} with spam terms, score {score:.1f}"
    )
    if shaped:
        head += ", machine-made by its shape" + (" at the foot" if at_foot else "")
    if keyword_list:
        head += ", a keyword list" + (" on a page with spam elsewhere" if hijacked else "")
    removed: dict[int, str] = {}
    terms: dict[int, tuple[str, ...]] = {}
    links = [k for k in range(low, high + 1) if is_item(probes[run[k]])]
    for k in range(low, high + 1):
        item = items[k]
        if item.counter or _grammar_only(item):
            continue
        if low < k < high and not item.marked and not (links and links[0] < k < links[-1]):
            continue  # an unknown line between joined lists, not between links: it stays
        own = ", ".join((*item.terms[:4], *item.signs)) or "no sign of its own"
        removed[item.index] = f"{head}; this line {item.points:.1f}: {own}"
        terms[item.index] = item.terms
    return BlockVerdict(removed, terms, round(score, 2))
