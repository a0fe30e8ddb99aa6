"""Detect injected SEO spam keyword lines.

A spam line is a list, not a sentence: many short segments joined by commas,
bars, underscores, 、 or spaces, no sentence punctuation, often a domain
fragment or a year, and most segments carry a term from the spam lexicon
(``data/spam_terms.txt``).  The score adds the lexicon evidence (weights of
the distinct terms found, and the share of segments and characters they
cover) to the structural evidence; a line is spam when the score reaches
``THRESHOLD`` *and* the lexicon has a say (a plain keyword list with no spam
term — tags, a crumb trail — is not spam).  Sentence punctuation counts
strongly against: a news report on a crackdown names the same words, inside
sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.document import Evidence

NAME = "spam"

#: Score at which a line is removed.
THRESHOLD = 6.0
#: How much lower the bar is for a list whose structure alone is unmistakable.
STRUCTURE_ALLOWANCE = 2.0
#: Lexicon weight a line needs (besides structure) to be spam at all.
MIN_LEXICON = 2.0
#: Cap on the lexicon part, so one long line of weak terms cannot outscore structure.
MAX_LEXICON = 8.0

SEPARATORS = regex.compile(r"[,，|｜_、;；/／\s\u3000]+")
# Sentence punctuation inside a line (a final one is tolerated: spam lists sometimes end in 。).
SENTENCE_MARKS = regex.compile(r"[。！？!?；“”「」《》]")
DOMAIN = regex.compile(
    r"(?i)(?:www\.|https?:|\.(?:com|net|org|cn|cc|vip|top|xyz|tv|me|info|club|app)\b)"
)
# A number or Latin glued to a keyword: 国产2021, 假币出售2024, 卡卡金币808, pp电影.
GLUED_NUMBER = regex.compile(r"^\d{2,}[\p{Han}a-z]|[\p{Han}a-z]\d{2,}$|[a-z]{2,}\p{Han}")
#: Every GLUED_NUMBER match holds one of these: a line without any has no glued segment.
DIGIT_OR_LATIN = regex.compile(r"[\da-z]")
HAN = regex.compile(r"\p{Han}")
# Characters that carry grammar in prose and almost never occur in keyword lists.
FUNCTION_CHARS = regex.compile(r"[的了是将被把从向对于也就都而其这那们着过及并但已等]")
# Separators no prose uses between words.
LIST_SEPARATORS = regex.compile(r"\p{Han}[_|｜]|[_|｜]\p{Han}")
# A colon outside a URL: bylines and datelines (题:, 来源：) have them, keyword lists do not.
COLON = regex.compile(r"[:：](?!//)")
#: A list this long is rarely written by hand.
LONG_LIST = 6
#: Segments longer than this read as clauses, not keywords.
LONG_SEGMENT = 15
#: A keyword list has at least this many segments.
MIN_SEGMENTS = 3


@dataclass(frozen=True, slots=True)
class SpamLexicon:
    terms: dict[str, float]
    #: First character of a term -> the lengths of the terms starting with it, longest first.
    starts: dict[str, tuple[int, ...]]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The longest term starting at each position (overlapping), as (start, end, term).

        A dictionary scan: at each position only the lengths of the terms that begin with
        that character are tried (15x faster than an overlapped regex over the term set,
        whose matches it reproduces exactly; ``tests/test_spam.py`` checks that).
        """
        terms = self.terms
        starts = self.starts
        found: list[tuple[int, int, str]] = []
        for i, char in enumerate(text):
            lengths = starts.get(char)
            if lengths is None:
                continue
            for length in lengths:
                piece = text[i : i + length]
                if piece in terms:
                    found.append((i, i + len(piece), piece))
                    break
        return found


@cache
def lexicon() -> SpamLexicon:
    """The shipped lexicon, loaded once per process."""
    terms: dict[str, float] = {}
    for fields in data_lines("spam_terms.txt"):
        term = SEPARATORS.sub("", fields[0].lower())
        weight = float(fields[2]) if len(fields) > 2 else 1.0
        if len(term) >= 2:
            terms[term] = max(weight, terms.get(term, 0.0))
    lengths: dict[str, set[int]] = {}
    for term in terms:
        lengths.setdefault(term[0], set()).add(len(term))
    starts = {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}
    return SpamLexicon(terms, starts)


@dataclass(frozen=True, slots=True)
class SpamVerdict:
    is_spam: bool
    score: float
    terms: tuple[str, ...]
    segments: int

    def evidence(self) -> Evidence:
        shown = ", ".join(self.terms[:8]) + (" …" if len(self.terms) > 8 else "")
        return Evidence(NAME, "removed", f"score {self.score:.1f}: {shown}")


NOT_SPAM = SpamVerdict(False, 0.0, (), 0)


def is_candidate(text: str) -> bool:
    """Cheap pre-check: prose (sentence marks and few separators) is never spam."""
    body = text.rstrip("。.!！ ")
    return SENTENCE_MARKS.search(body) is None or (
        len(SENTENCE_MARKS.findall(body)) < 2 and len(SEPARATORS.findall(body)) >= 4
    )


def score_line(text: str, *, simplify: Callable[[str], str] | None = None) -> SpamVerdict:
    """Score one line; ``simplify`` converts it to simplified Chinese before lexicon look-up.

    >>> score_line("澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新").is_spam
    True
    >>> score_line("警方捣毁一个色情网站，抓获嫌疑人3名。").is_spam
    False
    """
    stripped = text.strip()
    if not stripped or not is_candidate(stripped):
        return NOT_SPAM
    return score_probe((simplify(stripped) if simplify else stripped).lower())


def spam_verdicts(
    texts: Sequence[str], *, simplify_lines: Callable[[list[str]], list[str]] | None = None
) -> list[SpamVerdict]:
    """``score_line`` for every line of a page, where only spam verdicts are kept exact.

    ``simplify_lines`` converts many lines in one call (one crossing into OpenCC per page,
    not per line).  A line whose score cannot reach the bar gets ``NOT_SPAM`` without the
    lexicon scan, so ``is_spam`` always equals ``score_line(text).is_spam`` but a non-spam
    verdict's score is 0.  ``tests/test_spam.py`` checks both.
    """
    verdicts = [NOT_SPAM] * len(texts)
    where: list[int] = []
    candidates: list[str] = []
    for i, text in enumerate(texts):
        stripped = text.strip()
        # MIN_SEGMENTS segments and the separators between them take 2 * MIN_SEGMENTS - 1
        # characters; t2s keeps every character's length and kind, lower() adds no separator.
        if len(stripped) >= 2 * MIN_SEGMENTS - 1 and is_candidate(stripped):
            where.append(i)
            candidates.append(stripped)
    if simplify_lines is not None and candidates:
        candidates = simplify_lines(candidates)
    for i, probe in zip(where, candidates, strict=True):
        verdicts[i] = score_probe(probe.lower(), verdict_only=True)
    return verdicts


def _with_term(segments: list[str], covered: bytearray, probe: str) -> int:
    """How many segments hold (part of) a lexicon term."""
    with_term = 0
    position = 0
    for segment in segments:
        at = probe.find(segment, position)
        position = at + len(segment)
        if any(covered[at : at + len(segment)]):
            with_term += 1
    return with_term


def score_probe(probe: str, *, verdict_only: bool = False) -> SpamVerdict:
    """Score a candidate line already simplified and lower-cased.

    With ``verdict_only``, a line whose score provably stays below the bar (the lexicon
    giving all it can) is answered ``NOT_SPAM`` (score 0) before the lexicon scan.
    """
    ends_as_sentence = probe.endswith(("。", "！", "？"))
    segments = [s for s in SEPARATORS.split(probe.rstrip("。.!！？")) if s]
    if len(segments) < MIN_SEGMENTS:
        return NOT_SPAM
    # Everything the lexicon does not decide first.
    # Pre-checks over the whole line skip calls that cannot match (a domain needs "." or
    # ":", a colon needs a colon): same counts, fewer regex calls on plain Chinese lines.
    glued = (
        sum(1 for segment in segments if GLUED_NUMBER.search(segment))
        if DIGIT_OR_LATIN.search(probe)
        else 0
    )
    han = len(HAN.findall(probe)) or 1
    function_share = len(FUNCTION_CHARS.findall(probe)) / han
    lengths = [len(s) for s in segments]
    average = sum(lengths) / len(lengths)
    domains = len(DOMAIN.findall(probe)) if "." in probe or ":" in probe else 0
    list_marks = LIST_SEPARATORS.search(probe) is not None
    colons = len(COLON.findall(probe)) if ":" in probe or "：" in probe else 0
    marks = len(SENTENCE_MARKS.findall(probe.rstrip("。！？")))

    # The part of the score the lexicon does not decide: evidence for a keyword list …
    rest = 2.0 * glued / len(segments)
    rest += 1.5 * min(domains, 2)
    rest += 1.0 if list_marks else 0.0
    rest += 1.0 if len(segments) >= 5 else 0.0
    rest += min(0.5 * max(len(segments) - 5, 0), 1.5)
    rest += 1.0 if average <= 8 else (0.5 if average <= 12 else 0.0)
    # … and for prose.
    rest -= 40.0 * function_share
    rest -= 2.5 if ends_as_sentence else 0.0
    rest -= 1.5 * min(colons, 2)
    rest -= 1.5 * min(sum(1 for n in lengths if n > LONG_SEGMENT), 2)
    rest -= 3.0 * marks

    if verdict_only:
        # At most MAX_LEXICON, 3 for segments with terms and 1 for a repeated term.
        bound = rest + MAX_LEXICON + 3.0 + 1.0
        evidence_bound = sum(
            (list_marks, domains >= 1, glued >= 2, True, len(segments) >= LONG_LIST)
        )
        structure_may = evidence_bound >= 3 and function_share == 0 and len(segments) >= 4
        bar = THRESHOLD - STRUCTURE_ALLOWANCE if structure_may else THRESHOLD
        if bound < bar - 1e-6:  # the margin absorbs float rounding
            return NOT_SPAM

    found = lexicon().find(probe)
    weights = lexicon().terms
    distinct = sorted({term for _, _, term in found}, key=lambda t: (-weights[t], t))
    lexical = min(sum(weights[t] for t in distinct), MAX_LEXICON)
    covered = bytearray(len(probe))
    for start, end, _ in found:
        covered[start:end] = b"\1" * (end - start)
    with_term = _with_term(segments, covered, probe)
    repeated = len(set(segments)) < len(segments) or any(
        sum(term in segment for segment in segments) >= 2 for term in distinct[:5]
    )
    # Signs of a machine-made keyword list that prose and enumerations do not show.
    list_evidence = sum(
        (list_marks, domains >= 1, glued >= 2, repeated, len(segments) >= LONG_LIST)
    )
    score = lexical + 3.0 * with_term / len(segments) + (1.0 if repeated else 0.0) + rest

    # The lexicon has its say with two weights of terms, or one when the line is
    # plainly machine-made; with none, only unmistakable list structure counts.
    lexicon_says = lexical >= MIN_LEXICON or (lexical >= 1 and list_evidence >= 2)
    structure_says = list_evidence >= 3 and function_share == 0 and len(segments) >= 4
    is_spam = (lexicon_says and score >= THRESHOLD) or (
        structure_says and score >= THRESHOLD - STRUCTURE_ALLOWANCE
    )
    return SpamVerdict(is_spam, round(score, 2), tuple(distinct), len(segments))
