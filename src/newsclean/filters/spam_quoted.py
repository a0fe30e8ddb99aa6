"""Spam written as prose around a quoted keyword, and a tag page's crumb ending in a keyword.

Model.  A spam farm that has learnt that keyword lists are caught *spins* its keyword into
a sentence: a generated template of generic prose with the keyword in quotes, standing at
the top of the copied article (where it is then taken as the headline) or between its
paragraphs.  The prose is the template's, not the article's: it speaks about "a code", "a
concept", "servers", never about the article's people, places and numbers.  A real
paragraph quotes words too (a slogan, a product's name, the name of the crime the article
is about), so a quote alone is no proof; the line's evidence must say spam on both sides:

* *the quoted term*: a keyword in quotes (``“…”``, ``"…"``, ``「…」``, ``『…』``) of
  ``MIN_TERM``-``MAX_TERM`` characters (Han, Latin, digits: a keyword, not a clause) that
  is spam by the spam vocabulary (``spam_frames.frame_strength`` at least 1: a lexicon term
  or spam-sign characters, a morpheme, glue), or *foreign to the article*: none of its
  character pairs recurs in the rest of its line or in any other line of the page not
  judged spam (a real quote names the article's subject, which the article names again);
* *the prose around it*: a sentence of plain words (Han characters and sentence
  punctuation only, at least ``MIN_PROSE`` Han pairs: no digit, Latin letter, colon,
  bracket or other quote, which a report's names, dates, figures and citations bring)
  that is itself *foreign to the article*: at most ``MAX_ECHO_SHARE`` of its Han pairs
  recur in the page's other lines (not spam, and not a *sibling*: another quoted line
  sharing half its Han pairs, the same template printed twice with two keywords, which
  does not vouch for itself);
* *not a report about spam*: the line holds no word of the reports about spam
  (``spam_counter_terms.txt``: 扫黄打非, 打击 …), which quote crimes' names;
* *strength of the term*: a term the vocabulary knows well (``frame_strength`` 2) suffices;
  a marked or unknown one needs the page's other evidence: the line stands at the page's
  top (no line with text before it: the spun sentence taken as the headline), or the page
  carries spam elsewhere (a template's other injection speaks for it).

*A tag page's crumb* (``首页 标签:身份证生成``): a crumb trail of the site's home page and
a tag label (``data/crumb_tag_labels.txt``) ending in one keyword.  A hijacked page
prints the tag page of its keyword; the keyword is spam when the vocabulary knows it
(``frame_strength`` at least 1) or when it is foreign to the article (no pair recurs in the
page's other lines not judged spam): a real tag names what the article is about.

A line that is not such a sentence (a headline naming a place and a number, a paragraph
quoting a slogan the article discusses) is left to the other models.  Verdicts are
``sure``: the template's line reads as prose, not a list, and is never a byline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_signs import counter_lexicon

#: A quoted term is this many characters (a keyword, not a clause).
MIN_TERM, MAX_TERM = 2, 12
#: The prose around the term has at least this many Han pairs (a sentence, not a label).
MIN_PROSE = 8
#: At most this share of the prose's Han pairs recur in the article.
MAX_ECHO_SHARE = 0.055
#: ``frame_strength`` of a term that is spam on any page.
STRONG = 2
#: A crumb's tag keyword is this many characters.
MAX_TAG = 16
QUOTED = regex.compile(
    rf"“([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})”"
    rf"|\"([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})\""
    rf"|「([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})」"
    rf"|『([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})』"
)
#: Plain prose once the quoted terms are taken out: Han and sentence punctuation only.
PLAIN_PROSE = regex.compile(r"[\p{Han}，,。.、；;！!？?\s]+")
HAN_PAIR = regex.compile(r"\p{Han}{2}")
#: A line worth a look: a crumb's colon or a quote mark.
COLON_OR_QUOTE = regex.compile(r"[:：“\"「『]")
CRUMB_SEPARATOR = r"[\s>›»/|｜\-]*"
TAG_TERM = regex.compile(rf"[\p{{Han}}A-Za-z0-9]{{2,{MAX_TAG}}}")


@cache
def _crumb() -> regex.Pattern[str]:
    words: dict[str, list[str]] = {"home": [], "tag": []}
    for fields in data_lines("crumb_tag_labels.txt"):
        words[fields[0]].append(regex.escape(fields[1]))
    home, tag = ("|".join(sorted(words[k], key=len, reverse=True)) for k in ("home", "tag"))
    return regex.compile(
        rf"^(?:{home}){CRUMB_SEPARATOR}(?:{tag})\s*[:：]\s*({TAG_TERM.pattern})\s*$"
    )


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _han_pairs(text: str) -> set[str]:
    return {p for p in _pairs(text) if HAN_PAIR.fullmatch(p)}


def _foreign(term: str, rest: str, others: Sequence[str]) -> bool:
    own = _pairs(term)
    return not any(p in rest for p in own) and not any(p in o for o in others for p in own)


def _terms(line: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in QUOTED.finditer(line)]


def _prose_echo_share(prose: str, article: Sequence[str]) -> float | None:
    """The share of ``prose``'s Han pairs that recur in ``article``, None when it is no
    plain sentence (module docstring)."""
    if not PLAIN_PROSE.fullmatch(prose):
        return None
    pairs = _han_pairs(prose)
    if len(pairs) < MIN_PROSE:
        return None
    echoed = sum(1 for p in pairs if any(p in line for line in article))
    return echoed / len(pairs)


def _siblings(i: int, pairs: dict[int, set[str]]) -> set[int]:
    """The other candidate lines printing the same template: at least half of the Han
    pairs of the smaller of the two recur in the other."""
    own = pairs[i]
    return {
        k
        for k, theirs in pairs.items()
        if k != i and own and theirs and 2 * len(own & theirs) >= min(len(own), len(theirs))
    }


def quoted_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The spun sentences and tag crumbs of a page (line index -> verdict), judged with the
    page's other verdicts (module docstring).

    >>> spun = "一张看似平常的清单“仿真手枪”，悄然指向的并非冷冰冰的库房，而是一幅宏大图景"
    >>> page = [spun, "海沧市民节开幕", "市民节将横跨三大节庆，历时一个月。"]
    >>> sorted(quoted_spam(page, [SpamVerdict(False, 0.0, (), 0)] * 3))
    [0]
    """
    where = [i for i, t in enumerate(texts) if COLON_OR_QUOTE.search(t)]
    if not where:
        return {}
    picked = [texts[i].strip() for i in where]
    simple = simplify_lines(picked) if simplify_lines is not None else picked
    probes = {i: s.lower() for i, s in zip(where, simple, strict=True)}
    spam = {i for i, v in enumerate(verdicts) if v.is_spam}
    lowered = {i: t.strip().lower() for i, t in enumerate(texts) if t.strip()}

    def others(i: int, skip: set[int]) -> list[str]:
        return [t for k, t in lowered.items() if k != i and k not in spam and k not in skip]

    found: dict[int, SpamVerdict] = {}
    for i, probe in probes.items():
        crumb = _crumb().match(probe)
        if crumb is None:
            continue
        term = crumb.group(1)
        if frame_strength(term) >= 1 or _foreign(term, "", others(i, set())):
            why = f"tag page crumb ending in a keyword foreign to the article: {term}"
            found[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    candidates: dict[int, tuple[str, int]] = {}
    for i, probe in probes.items():
        if i in found or i in spam or counter_lexicon().find(probe):
            continue
        terms = _terms(probe)
        rest = QUOTED.sub(" ", probe)
        best: tuple[str, int] | None = None
        for term in terms:
            strength = frame_strength(term)
            if strength < 1 and not _foreign(term, rest, others(i, set())):
                continue
            if best is None or max(strength, 0) > best[1]:
                best = (term, max(strength, 0))
        if best is not None:
            candidates[i] = best
    top = min(lowered, default=-1)
    prose = {i: QUOTED.sub(" ", probes[i]) for i in candidates}
    pairs = {i: _han_pairs(text) for i, text in prose.items()}
    for i, (term, strength) in sorted(candidates.items(), key=lambda c: -c[1][1]):
        share = _prose_echo_share(prose[i], others(i, _siblings(i, pairs)))
        if share is None or share > MAX_ECHO_SHARE:
            continue
        if strength >= STRONG or i == top or spam or any(k != i for k in found):
            why = f"quoted keyword in template prose foreign to the article: {term}"
            found[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    return found
