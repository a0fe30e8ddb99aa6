"""Spam spun into prose, read together: a keyword quoted in template prose and a tag
page's crumb (``spam_quoted``), and a keyword spun into an answer sentence without quotes
(this module; split from ``spam_quoted`` in round 35).

*A keyword spun into an answer sentence* (round 24): an answer farm writes its keyword into
a sentence without quotes, and its template must say what the keyword is, since the keyword
may be anything: the keyword opens the sentence and is at once taken up by a demonstrative
and a measure word (*an apposition*, ``data/spam_apposition.txt``:
``王者荣耀这款游戏中的外挂现象确实存在。``, ``X这个平台…``).  The slot is the stretch before
the apposition (``MIN_TERM``-``MAX_TERM`` Han, Latin, digits), the prose is the rest,
judged as a quoted sentence's (``spam_quoted``: plain, one sentence, a function word, its
pairs echoed at most ``MAX_ECHO_SHARE`` by the article, as printed or simplified); the
slot is *foreign to the article* always (a games story's ``王者荣耀这款游戏…`` names its
subject, which the story names again), and the line stands at the page's top, or the page
carries spam elsewhere, or the slot is strong by the vocabulary.  Verdicts are ``sure``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.spam_article import pair_counts
from newsclean.filters.spam_lead import char_pairs
from newsclean.filters.spam_quoted import (
    MAX_ECHO_SHARE,
    MAX_TERM,
    MIN_TERM,
    STRONG,
    ProsePage,
    plain_pairs,
    quoted_spam,
    short_line,
    term_strength,
)
from newsclean.filters.spam_signs import counter_lexicon
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.word_trie import word_pattern

#: An answer sentence around an apposed keyword is at most this many characters.
MAX_APPOSED = 80


@cache
def _apposed() -> regex.Pattern[str]:
    """A line opening with a keyword taken up by a demonstrative and a measure word (module
    docstring): group 1 the keyword, group 2 the prose after it."""
    words = data_kinds("spam_apposition.txt")
    demonstrative, measure = word_pattern(words["demonstrative"]), word_pattern(words["measure"])
    return regex.compile(
        rf"([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}}?)({demonstrative}{measure}.*)",
    )


@cache
def _demonstrative_mark() -> re.Pattern[str]:
    """The first characters of the demonstratives, for the standard engine to pass over
    the lines without one before ``_apposed`` reads a line."""
    firsts = sorted({word[0] for word in data_kinds("spam_apposition.txt")["demonstrative"]})
    return re.compile("[" + re.escape("".join(firsts)) + "]")


def apposed_candidates(texts: Sequence[str]) -> list[int]:
    """The lines shaped as an apposed answer (a term, a demonstrative and a measure word
    opening a short line), whatever their verdicts: asked once a page, kept by the caller
    when the answers are judged again (``spam.spam_verdicts``, round 29)."""
    apposed, mark = _apposed().fullmatch, _demonstrative_mark().search
    return [
        i
        for i, t in enumerate(texts)
        if short_line(t, MAX_APPOSED) and mark(t) and apposed(t.strip()) is not None
    ]


def apposed_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
    candidates: Sequence[int] | None = None,
) -> dict[int, SpamVerdict]:
    """The answer sentences of a page spun around an apposed keyword (line index ->
    verdict), judged with the page's other verdicts (module docstring); ``candidates``:
    the page's ``apposed_candidates``, when the caller has them.

    >>> answer = "信用卡提现这款游戏中的外挂现象确实存在。"
    >>> page = [answer, "海沧市民节开幕", "市民节将横跨三大节庆，历时一个月。"]
    >>> sorted(apposed_spam(page, [SpamVerdict(False, 0.0, (), 0)] * 3))
    [0]
    >>> story = ["王者荣耀这款游戏中的外挂现象确实存在。", "王者荣耀封禁外挂账号十万个。"]
    >>> apposed_spam(story, [SpamVerdict(False, 0.0, (), 0)] * 2)
    {}
    """
    apposed = _apposed().fullmatch
    if candidates is None:
        candidates = apposed_candidates(texts)
    where = [i for i in candidates if not verdicts[i].is_spam]
    if not where:
        return {}  # most pages: no line opens with an apposition
    printed = [texts[i].strip() for i in where]
    simple = simplify_lines(printed) if simplify_lines is not None else printed
    page = ProsePage(texts, verdicts)
    top = next((i for i, t in enumerate(texts) if t.strip()), -1)
    found: dict[int, SpamVerdict] = {}
    for i, line, probe in zip(where, printed, simple, strict=True):
        shaped, as_printed = apposed(probe.lower()), apposed(line.lower())
        if shaped is None or as_printed is None:
            continue
        term, prose = shaped.groups()
        if not SENTENCE_STOP.fullmatch(prose[-1]) or SENTENCE_STOP.search(prose[:-1]):
            continue  # one written sentence, ended by its stop (a headline has none)
        if counter_lexicon().find(probe):
            continue  # a report about spam names the crime's apps and games
        forms = (term, as_printed.group(1))
        pairs = [pair for form in forms for pair in char_pairs(form)]
        elsewhere = page.article.without(i)
        if any(pair in prose for pair in pairs) or elsewhere.names(pairs):
            continue  # the article's subject, named again
        own = pair_counts(page.line(i)) | pair_counts(probe.lower())
        plains = [plain_pairs(text) for text in (prose, as_printed.group(2))]
        if any(pairs is None or page.echo_share(pairs, own) > MAX_ECHO_SHARE for pairs in plains):
            continue
        strength = term_strength(term)
        if strength >= STRONG or i == top or elsewhere.hijacked or found:
            why = f"keyword apposed in an answer sentence foreign to the article: {term}"
            found[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    return found


def verdicts_of_prose(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None,
    appositions: Sequence[int] | None = None,
) -> bool:
    """Spun sentences around a quoted or apposed keyword and tag crumbs (this module),
    judged with the verdicts above; whether there were any."""
    found: dict[int, SpamVerdict] = {}
    for i, verdict in quoted_spam(texts, verdicts, simplify_lines).items():
        verdicts[i] = found[i] = verdict
    for i, verdict in apposed_spam(texts, verdicts, simplify_lines, appositions).items():
        verdicts[i] = found[i] = verdict
    return bool(found)
