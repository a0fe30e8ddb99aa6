"""A keyword inlaid into the article's sentences: a spam term glued after a comma.

Model (round 26).  A keyword farm that copies an article pushes its keyword into the
sentences, right after a comma and glued to the clause that goes on
(``…发射升空,大陆免费黄站卫星准确进入预定轨道``, ``…可达暴雨,365情色网个别地点…``).  The
sentence is the article's and stays; the keyword is cut out of the line (``spam cut``, the
same partial removal as a stamp after a stop, ``spam_watermark``).

* *The keyword*: the run right after a comma (``,`` ``，`` ``、``) that lexicon terms cover, each
  term opening within the run or touching the one before (``大陆`` + ``免费`` + ``黄站``;
  ``365`` + ``情色网``), at most ``MAX_KEYWORD`` characters, strong by the vocabulary
  (``spam_frames.frame_strength`` 2: a strong term, two pieces, or a piece with glue), and
  followed by the clause's own Han characters (``MIN_CLAUSE`` or more; a mirror's pinyin
  gloss may follow the first, ``衛(wèi)星``).
* *Inlaid, not written*: the same keyword glued after two commas or more on the page, and
  printed nowhere else (a writer names a site once where it is needed, in its sentence; a
  farm repeats its keyword wherever a comma lets it in), and no sentence holding it carries
  a word of the reports about spam (``counter_lexicon``: a crackdown story names the site
  it reports, after commas too).

A term once after a comma, or named elsewhere on the page, stays: the sentence may be
about it.  Round 41: the enumeration comma ``、`` lets a keyword in as well
(``新华社记者韩洁、芬太尼刘羊旸、芬太尼崔静``: a credit's names); a line the line filter judged
spam for the inlaid keyword alone is the article's once the keyword is cut and no lexicon
term is left in it (its verdict is cleared, as ``spam_address_head`` clears a paragraph's).
Round 36: a term right before ``等`` closes an enumeration the sentence writes
(``…賭大小,21點,輪盤,老虎機等,賭注有20元…``, a travel story on Macau's casinos): the
clause an inlaid keyword is glued to never opens with the word that ends a list, so the
term is the writer's item, printed by the article, and its other commas are the writer's
too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import counter_lexicon, lexicon
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: A keyword is inlaid after this many commas on the page at least.
MIN_INLAYS = 2
#: The longest keyword, and the window read after a comma for it.
MAX_KEYWORD = 10
#: The first lexicon term opens this close to the comma at most (a name before it: 大陆).
MAX_LEAD = 4
#: The clause goes on after the keyword with this many Han characters at least.
MIN_CLAUSE = 1
#: A comma the clause goes on after (``MIN_CLAUSE`` characters past the two read), with the
#: two characters after it (group 1: the opening an inlaid keyword's windows share).
OPENING = lazy_re(rf"[,，、](?=(.{{2}}))(?=.{{{MIN_CLAUSE + 1}}})", re.DOTALL)
#: The word that closes an enumeration (A、B、C等): a term before it is a listed item.
LIST_END = "等"
#: A sentence's stops, which bound the sentence asked for words of reports.
STOPS = "。！？!?"
CLAUSE = lazy_regex(rf"\p{{Han}}{{{MIN_CLAUSE}}}")
KEYWORD = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")


def _keyword(window: str) -> int:
    """The length of the keyword opening ``window`` (simplified), or 0."""
    found = sorted(lexicon().find(window.lower()))
    if not found or found[0][0] > MAX_LEAD:
        return 0
    end = found[0][1]
    for start, stop, _ in found[1:]:
        if start > end:
            break
        end = max(end, stop)
    if end > MAX_KEYWORD or not KEYWORD.fullmatch(window[:end]):
        return 0
    return end


def _reported(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` holds a word of the reports about spam."""
    start = max(text.rfind(stop, 0, at) for stop in STOPS) + 1
    ends = [end for stop in STOPS if (end := text.find(stop, at)) >= 0]
    return bool(counter_lexicon().find(text[start : min(ends, default=len(text))].lower()))


def inlaid_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The keywords cut out of the page's sentences (line index -> cut; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["火箭升空,大陆免费黄站卫星进入轨道。", "卫星质量大,大陆免费黄站卫星寿命长。"]
    >>> cuts = inlaid_cuts(page, [no, no])
    >>> cuts[0].cut, cuts[0].rest, cuts[1].rest
    ('大陆免费黄站', '火箭升空,卫星进入轨道。', '卫星质量大,卫星寿命长。')
    >>> inlaid_cuts(["大堂里赌大小,轮盘,老虎机等,赌注不高,老虎机就有2元的。"], [no])
    {}
    """
    # An inlaid keyword opens at least MIN_INLAYS windows alike (terms are two characters
    # or more), so only the commas whose next two characters follow another comma too
    # are asked: a page of prose has a hundred commas and few repeats after them.
    # Each line's openings are read in C (``OPENING.findall``); the places of the repeated
    # ones only are asked, in the lines holding one, in page order as before.
    read_at: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        if "," not in text and "，" not in text and "、" not in text:
            continue
        read_at[i] = OPENING.findall(text)
    openings = Counter(opening for found in read_at.values() for opening in found)
    repeated = {opening for opening, n in openings.items() if n >= MIN_INLAYS}
    spots = [
        (i, comma.start(1))
        for i, found in read_at.items()
        if not repeated.isdisjoint(found)
        for comma in OPENING.finditer(texts[i])
        if comma.group(1) in repeated
    ]
    if not spots:
        return {}
    windows = [texts[i][at : at + MAX_KEYWORD + MIN_CLAUSE] for i, at in spots]
    read = simplify_lines(windows) if simplify_lines is not None else windows
    found: dict[int, list[tuple[int, int]]] = {}
    keywords: Counter[str] = Counter()
    for (i, at), window, simple in zip(spots, windows, read, strict=True):
        if len(simple) != len(window):
            continue  # the conversion changed the length: no place to cut
        end = _keyword(simple)
        if not end or not CLAUSE.match(window, end) or window.startswith(LIST_END, end):
            continue  # no keyword, no clause after it, or a listed item (module docstring)
        if frame_strength(simple[:end].lower()) < 2:
            continue
        keywords[window[:end]] += 1
        found.setdefault(i, []).append((at, at + end))
    page = "\n".join(texts)
    inlaid = {k for k, n in keywords.items() if n >= MIN_INLAYS and page.count(k) == n}
    if not inlaid:
        return {}
    cuts: dict[int, HeadCut] = {}
    for i, spans in found.items():
        text = texts[i]
        kept = [(s, e) for s, e in spans if text[s:e] in inlaid and not _reported(text, s)]
        if not kept:
            continue
        rest = remove_spans(text, kept)
        if verdicts[i].is_spam:
            # judged spam for the keyword alone (a credit's names after enumeration
            # commas): the line is the article's once it is cut and nothing else is spam
            probe = simplify_lines([rest])[0] if simplify_lines is not None else rest
            if lexicon().find(probe.lower()):
                continue
            verdicts[i] = NOT_SPAM
        words = ", ".join(dict.fromkeys(text[s:e] for s, e in kept))
        why = f"a keyword inlaid after commas, printed nowhere else: {words}"
        cuts[i] = HeadCut(words, rest, why)
    return cuts
