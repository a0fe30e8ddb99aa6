"""A keyword scattered through the article's words: one term pasted into the text many times.

Model (round 47).  A hijacked host that copies an article pastes its keyword into the text
again and again, anywhere: in place of a name (``……项目预赛在开云(中国)官方成功举办。``,
``eval/variants/spam.json``: https://mar-hunt.com/kyguanwangmanbetx/info/1813/62963.htm),
between two words, or inside one (``位于环市东路的华侨新a片大放送村,是新中远航娱乐国成立…``).
The sentences are the article's and stay; the keyword is cut out of every line it was pasted
into (``spam cut``, the same partial removal as ``spam_refrain``'s refrain and
``spam_inlaid``'s keyword), before the lines are judged (a kicker line with the keyword
pasted into it three times read as a keyword list, ``· 讀懂遠航娛樂廣州第一六遠航娛樂六…``,
is the article's line once the keyword is read off).  The evidence is the page and the
vocabulary together:

* *Pasted*: the term is printed at ``MIN_PLACES`` places or more, in two lines or more, and
  its extent is what the places share: a lexicon term or spam morpheme found at each place
  is extended to the left and to the right while every place has the same character there
  (Han, Latin letters, digits: a keyword's letters), so the characters on either side,
  which differ from place to place, are the article's (``远航娱乐`` after 懂, 六, 期, 中).
  A writer who repeats a word writes it into one phrase more than once (``仿真手枪的``);
  a paste lands in different words each time.
* *A keyword*: ``MIN_TERM`` letters or more (a brand's or a product's name; a word of two,
  网站, the article repeats as it likes).
* *Spam by its vocabulary*: ``spam_frames.frame_strength`` 1 or 2 (a weak word alone, 娱乐,
  成人, is no keyword); a term no vocabulary knows may be a name the article repeats.
* *Foreign*: the page with every copy blanked prints none of the term's Han pairs (a
  report on film ratings prints 电影 elsewhere; a pasted ``三级电影`` is all its page prints
  of it), and no word of the reports about spam (``spam_signs.counter_lexicon``: a
  crackdown report repeats the name of its crime).
* *Inside a word*: at one place at least the term splits a word of the article, the
  characters on either side of it making a word together (``charmodel``'s pairs seen
  inside words: ``华侨新|村``, ``李家|超``, ``照|片``).  A writer repeats a word between
  words, never inside one (``…難測,地下賭場不敢開盤`` / ``…在變,地下賭場迄今…`` /
  ``…聽聞地下賭場開盤``: a report on underground casinos, its topic printed three times);
  a paste lands anywhere, so among its places some fall inside a word.
* *Inside the article's lines*: a place counts only in a line that keeps ``MIN_REST`` Han
  characters without the term (a keyword list is the line judges' to remove whole).

A term printed twice, a term no vocabulary knows, or one the article speaks of, stays.
Cost: the page is read once, character by character in simplified form, and searched with
the lexicon's and the morphemes' one pattern each; most pages have no term three times.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

from newsclean.filters.charmodel import HAN, han_pairs, model, simplified_char, simplified_chars
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import counter_lexicon, lexicon, morpheme_pattern

#: A scattered term is printed at this many places at least.
MIN_PLACES = 3
#: ... in this many lines at least.
MIN_LINES = 2
#: A term is this many characters (its shared extent): a paste's keyword is a name of four
#: letters or more (a brand, a product); a word of two, 网站, is the language's.
MIN_TERM, MAX_TERM = 4, 12
#: A line keeps this many Han characters without the term (else it is a keyword list).
MIN_REST = 6
#: A keyword's letters: what the extent may take.
LETTER = lazy_regex(r"[\p{Han}A-Za-z0-9]")


def scattered_cuts(texts: Sequence[str]) -> dict[int, HeadCut]:
    """The scattered keyword cut out of the page's lines (line index -> cut; module
    docstring), read against the page as printed, before any line is judged.

    >>> page = ["位于环市东路的华侨新a片大放送村,是新中国成立后全国第一个华侨住宅区。",
    ...         "光阴荏苒70载,这里的a片大放送百余座花园式庭院讲述着广州的故事。",
    ...         "如今这里是广州首个历史文a片大放送化保护区。"]
    >>> cuts = scattered_cuts(page)
    >>> cuts[0].rest
    '位于环市东路的华侨新村,是新中国成立后全国第一个华侨住宅区。'
    >>> sorted(cuts), cuts[2].cut
    ([0, 1, 2], 'a片大放送')
    """
    page = "\n".join(texts)
    probe = simplified_chars(page).lower()
    if len(probe) != len(page):
        return {}
    hits: dict[str, list[int]] = defaultdict(list)
    offset = 0
    for line in probe.split("\n"):  # no term holds a line break: read line by line,
        # each line's answers remembered across pages (a site's lines repeat)
        for start, end, _ in lexicon().find(line):
            hits[line[start:end]].append(offset + start)
        for start, word in _morphemes_of(line):
            hits[word].append(offset + start)
        offset += len(line) + 1
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    terms: dict[str, list[int]] = {}
    for word, places in hits.items():
        if len(places) < MIN_PLACES:
            continue
        term, where = _extent(probe, word, sorted(set(places)))
        if term and term not in terms:
            terms[term] = where
    if not terms or counter_lexicon().find(probe):
        return {}  # a report about spam repeats its crime's name: nothing is pasted
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for term, where in terms.items():
        lines = _lines(texts, starts, term, where)
        if len(lines) < MIN_LINES or sum(map(len, lines.values())) < MIN_PLACES:
            continue
        if frame_strength(term) < 1:
            continue
        blanked = probe.replace(term, "\n")
        if any(pair in blanked for pair in han_pairs(term)):
            continue  # the article prints its words: the article's own term
        if not any(
            _splits(texts[index], at, len(term)) for index, ats in lines.items() for at in ats
        ):
            continue  # a writer's word, never pasted inside another word
        for index, offsets in lines.items():
            spans[index].extend((at, at + len(term)) for at in offsets)
    cuts: dict[int, HeadCut] = {}
    for index, marks in spans.items():
        text = texts[index]
        pieces: list[str] = []
        taken: list[str] = []
        last = 0
        for begin, end in sorted(marks):
            if begin < last:
                continue
            pieces.append(text[last:begin])
            taken.append(text[begin:end])
            last = end
        pieces.append(text[last:])
        rest = "".join(pieces)
        cut = "、".join(dict.fromkeys(taken))
        why = f"a keyword pasted into the article's text {len(taken)} times: {cut}"
        cuts[index] = HeadCut(cut, rest, why)
    return cuts


def _morphemes(line: str) -> tuple[tuple[int, str], ...]:
    """The spam morphemes of a probe line, overlapping, with where each starts."""
    return tuple((m.start(), m.group()) for m in morpheme_pattern().finditer(line, overlapped=True))


_morphemes_of: LineCache[tuple[tuple[int, str], ...]] = LineCache(_morphemes, LineCache.SMALL)


def _splits(text: str, at: int, size: int) -> bool:
    """Whether the term at ``at`` (``size`` characters) of the line ``text`` splits a word:
    the characters on either side make a word together (``charmodel``'s pairs seen inside
    words: ``华侨新|村``, ``李家|超``, ``照|片``)."""
    if at < 1 or at + size >= len(text):
        return False
    before, after = simplified_char(text[at - 1]), simplified_char(text[at + size])
    return model().pair(before, after) > 0


def _extent(probe: str, word: str, places: list[int]) -> tuple[str, list[int]]:
    """The stretch every place of ``word`` shares (extended left and right over a keyword's
    letters while every place has the same one) and where it starts, else ('', [])."""
    left, right = 0, len(word)
    while left < MAX_TERM:
        chars = {probe[p - left - 1] if p - left > 0 else "" for p in places}
        if len(chars) != 1 or not (ch := chars.pop()) or not LETTER.fullmatch(ch):
            break
        left += 1
    while right + left < MAX_TERM:
        chars = {probe[p + right] if p + right < len(probe) else "" for p in places}
        if len(chars) != 1 or not (ch := chars.pop()) or not LETTER.fullmatch(ch):
            break
        right += 1
    if not MIN_TERM <= right + left <= MAX_TERM:
        return "", []
    where = [p - left for p in places]
    term = probe[where[0] : where[0] + left + right]
    if not HAN.search(term):
        return "", []
    return term, where


def _lines(
    texts: Sequence[str], starts: list[int], term: str, where: list[int]
) -> dict[int, list[int]]:
    """The places of ``term`` by line (offsets in the line), in the lines that keep
    ``MIN_REST`` Han characters without it."""
    by_line: dict[int, list[int]] = defaultdict(list)
    line = 0
    for at in where:
        while line + 1 < len(starts) and starts[line + 1] <= at:
            line += 1
        by_line[line].append(at - starts[line])
    kept: dict[int, list[int]] = {}
    for index, offsets in by_line.items():
        rest = texts[index].lower()  # the offsets are the printed line's (one per character)
        for at in sorted(offsets, reverse=True):
            rest = rest[:at] + rest[at + len(term) :]
        if sum(1 for ch in rest if HAN.fullmatch(ch)) >= MIN_REST:
            kept[index] = offsets
    return kept
