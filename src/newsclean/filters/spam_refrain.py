"""A farm's refrain glued into the article: one stretch of its own repeated at clause ends.

Model (round 32).  A site that copies an article glues one stretch of its own into the
paragraphs wherever a clause ends, several times over: a whole sentence of its own right
after a stop (a forum's tagline, ``…狂風雷暴。TVBNOW 含有熱門話題,…等資訊。由於雨勢…``) or a
term right before a comma (a casino's brand and number, ``…今天動土金沙总站6165,完工後…``).
The sentences are the article's and stay; the refrain is cut out of the line (``spam cut``,
the same partial removal as ``spam_watermark``'s stamp and ``spam_inlaid``'s keyword).  The
evidence is the page, not a vocabulary (a new site's tagline or brand names nothing a list
knows):

* *Repeated*: the same stretch at ``MIN_REFRAINS`` clause ends or more, and printed nowhere
  else on the page (a writer says a sentence once; a refrain is pasted).
* *Glued*: a sentence follows a stop inside a line (never opening it: a paragraph of its own
  is the article's) and ends with its own stop or the line's end, ``MIN_SENTENCE`` Han
  characters at least; a term (Han, Latin letters and digits only, ``MIN_TERM`` to
  ``MAX_TERM`` characters) stands right before a comma (not a number's, ``8,000``) after two Han
  characters of its clause or more (the clause goes on before it: the term is never the
  whole clause), and is the longest stretch its places share (where the places share no
  more, the clause begins).  A term is a *coined name*, a Han name with a number or a Latin
  word glued after it (a brand and its number; a Latin word before Han, ``AI翻譯``, or a
  count and its measure, ``300公頃``, is the article's): an article repeats its own clause ends in
  Han (``目前木瓜產量青黃不接,`` … ``目前木瓜青黃不接,``), and their pairs need not recur.
* *Foreign*: the article (the page with the refrain's copies blanked and a mirror's pinyin
  glosses left out) prints no Han pair of a term and at most a fifth of a sentence's (a
  clause end the article repeats, ``…的發展,``, is its own wording).

A sentence said once, a term before one comma, or a refrain whose words the article uses,
stays.

Cost (round 33).  A page is read in C first (``STOP_HEADS``, ``COMMA_TAILS``): the scans run
only when a sentence's start follows two stops with different words before them, or a
coined term's last characters stand before two commas, which every refrain the scans cut
does (the argument is at the gate, in ``refrain_cuts``).  Most pages stop there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_unused import unglossed

#: A refrain is glued at this many clause ends at least.
MIN_REFRAINS = 2
#: A glued sentence holds this many Han characters at least.
MIN_SENTENCE = 10
#: A glued term's length, in characters.
MIN_TERM, MAX_TERM = 4, 12
#: The share of a sentence's Han pairs the article may print.
MAX_ECHO = 0.2
#: A sentence's stops.
STOPS = "。！？!?"
#: CJK ideographs for the standard engine (the page is scanned once, in C).  Unlike
#: ``mojibake.HAN`` and ``mojibake_marks.HAN`` (``\u3400-\u9fff`` whole) it leaves out
#: U+4DC0-4DFF, the Yijing hexagram symbols, which are no ``\p{Han}``: a term's run is Han
#: as ``COINED`` and ``CLAUSE_END`` read it (the gate's class stays a superset either way).
IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A sentence glued after a stop: up to its own stop or the line's end.
SENTENCE = lazy_re(r"(?<=[。！？!?])[^。！？!?\n]+[。！？!?]?")
#: A run before a comma (not a number's) ending in a coined name: Han, then letters or
#: digits; bounded, so the scan stays linear.
TERM = lazy_re(rf"[{IDEOGRAPH}]{{0,40}}[A-Za-z0-9]{{1,40}}(?=[,，](?![0-9]))")
#: Every Han character (``\p{Han}``, which the standard engine lacks) and a few more, no
#: stop: the gate's class, a superset so that it never misses a Han character the scan counts.
HAN_OR_NEAR = f"\u2e80-\u3001\u3003-\u303f{IDEOGRAPH}\U00016fe0-\U00016fff\U00020000-\U0003ffff"
#: The gate (``refrain_cuts``) reads each clause end in one C-level pass a kind.  After each
#: stop: the four characters before the sentence (the stop last; none near the page's start)
#: and the sentence's start, ``MIN_SENTENCE - 1`` characters and on to its first Han
#: character (a sentence of ``MIN_SENTENCE`` Han characters has one there).
STOP_HEADS = lazy_re(
    rf"[{STOPS}](?:(?<=([\s\S]{{4}}))|(?<![\s\S]{{4}}))"
    rf"([^{STOPS}\n]{{{MIN_SENTENCE - 1}}}[^{STOPS}\n{HAN_OR_NEAR}]*+[{HAN_OR_NEAR}])"
)
#: Before each comma a term may stand at: its last ``MIN_TERM`` characters (``TERM``'s
#: classes, a letter or digit last), read behind the comma: the engine then skips from
#: comma to comma instead of trying the class at every character (3 x faster).
COMMA_TAILS = lazy_re(
    rf"[,，](?<=([{IDEOGRAPH}A-Za-z0-9]{{{MIN_TERM - 1}}}[A-Za-z0-9])[,，])(?![0-9])"
)
#: A coined name: a Han name and a number or Latin word glued after it (``金沙总站6165``).
#: ``TERM``'s runs already end in a letter or digit before the comma, which leaves out a
#: Latin word before Han (``AI翻譯``) and a count and its measure (``300公頃``); on them
#: this adds only the two Han characters at the front (a term of one Han character and a
#: number holds no Han pair, which the foreign test, reading pairs, skips too).
COINED = lazy_regex(r"\p{Han}{2,}[A-Za-z0-9]+")
#: The clause's own two Han characters before a term (a mirror's glosses left out).
CLAUSE_END = lazy_regex(r"\p{Han}{2}$")


def _common_suffix(runs: Sequence[str]) -> str:
    first = runs[0]
    size = 0
    while size < len(first) and all(
        len(run) > size and run[-1 - size] == first[-1 - size] for run in runs
    ):
        size += 1
    return first[len(first) - size :]


def _repeats(tails: list[str]) -> bool:
    """Whether one of the clause ends' stretches is printed at two of them or more."""
    return len(set(tails)) < len(tails)


def _repeats_after_others(heads: list[tuple[str, str]]) -> bool:
    """Whether a sentence's start follows two stops or more with different words before
    them (``_sentences``' own condition, read on the starts)."""
    return len(set(heads)) > len(set(map(itemgetter(1), heads)))


def _sentences(page: str) -> dict[str, list[int]]:
    """Each sentence glued after a stop twice or more -> its places (offsets in ``page``)."""
    places: dict[str, list[int]] = defaultdict(list)
    for m in SENTENCE.finditer(page):
        places[m.group()].append(m.start())
    # A page printing its article twice repeats every sentence after the same words: a
    # refrain is pasted after sentences of the article's that differ.
    return {
        sentence: where
        for sentence, where in places.items()
        if len(where) >= MIN_REFRAINS
        and len({page[max(0, at - 4) : at] for at in where}) >= MIN_REFRAINS
        and len(HAN.findall(sentence)) >= MIN_SENTENCE
    }


def _terms(page: str) -> dict[str, list[int]]:
    """Each coined term glued before commas -> its places (offsets in ``page``)."""
    runs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in TERM.finditer(page):
        runs[m.group()[-2:]].append((m.end(), m.group()))
    places: dict[str, list[int]] = {}
    for group in runs.values():
        if len(group) < MIN_REFRAINS:
            continue
        term = _common_suffix([run for _, run in group])
        if not MIN_TERM <= len(term) <= MAX_TERM or not COINED.fullmatch(term):
            continue
        where = [end - len(term) for end, _ in group]
        if all(CLAUSE_END.search(unglossed(page[max(0, at - 40) : at])) for at in where):
            places[term] = where
    return places


def refrain_cuts(texts: Sequence[str]) -> dict[int, HeadCut]:
    """The refrains cut out of the page's lines (line index -> cut; module docstring), read
    as printed, against the page as printed (before any line is judged).

    >>> page = ["今天動土金沙总站6165,完工後提升強度。", "陳福海說金沙总站6165,工程防災。"]
    >>> cuts = refrain_cuts(page)
    >>> cuts[0].rest, cuts[1].rest
    ('今天動土,完工後提升強度。', '陳福海說,工程防災。')
    """
    page = "\n".join(texts)
    # The gate: the scans below cost about 0.7 ms a page (the 500 benchmark pages: 362 ms
    # of ~8 s), and a page without a refrain mostly repeats no sentence after different
    # words and no coined term, so a C-level pass decides first (3,187 pages: the sentence
    # scan runs on 41, the term scan on 49).  It cannot drop a refrain the scans would cut.
    # A glued sentence starts right after a stop and holds MIN_SENTENCE Han characters
    # (none a stop or a line's end), at most MIN_SENTENCE - 1 of them in its first
    # MIN_SENTENCE - 1 characters: its STOP_HEADS start is a function of the sentence, the
    # same at each copy, and the scan asks two copies with different four characters
    # before them, which STOP_HEADS reads the same (only one copy can start within four
    # characters of the page's start, its '' unlike any four).  A term is its TERM runs'
    # shared last MIN_TERM characters or more before their commas (TERM's classes, a
    # letter or digit last), so two places of it print the same COMMA_TAILS stretch.
    # ``findall`` loses no clause end to a match before it: a STOP_HEADS match holds no
    # stop after its own, and COMMA_TAILS consumes only its comma.
    heads = STOP_HEADS.findall(page)
    sentences = _sentences(page) if _repeats_after_others(heads) else {}
    terms = _terms(page) if _repeats(COMMA_TAILS.findall(page)) else {}
    if not sentences and not terms:
        return {}
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for places, share in ((sentences, MAX_ECHO), (terms, 0.0)):
        for stretch, where in places.items():
            if page.count(stretch) != len(where):
                continue  # printed elsewhere on the page too: the article's own words
            pairs = han_pairs(stretch)
            if not pairs:
                continue
            article = unglossed(page.replace(stretch, "\n"))
            if sum(1 for pair in pairs if pair in article) > share * len(pairs):
                continue
            for at in where:
                i = bisect_right(starts, at) - 1
                spans[i].append((at - starts[i], at - starts[i] + len(stretch)))
    cuts: dict[int, HeadCut] = {}
    for i, found_spans in spans.items():
        text = texts[i]
        rest = remove_spans(text, found_spans)
        if not rest.strip() or not HAN.search(rest):
            continue
        words = ", ".join(dict.fromkeys(text[s:e] for s, e in sorted(found_spans)))
        why = f"a refrain glued at clause ends, printed nowhere else: {words}"
        cuts[i] = HeadCut(words, rest, why)
    return cuts
