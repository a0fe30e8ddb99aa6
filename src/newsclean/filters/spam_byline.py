"""Spam against byline: the one place where a line's spam verdict meets its byline reading.

A spam line is a list of terms; a byline is a list of fields.  The two share their shape (a
URL, spaces, digits glued to 年月日: ``http://www.sina.com.cn 星期二 2014年 8月 19日 人民網``
scores as a list with a domain), and a hijacked page dresses its keyword as a byline
(``何记娱乐2023-01-31 16:05``, ``来源：澳门赌场 2024-01-01``).  So neither filter decides
alone: ``spam_or_byline`` takes the spam verdict (``spam.spam_verdicts``) and the byline
reading (``read_byline``: what the metadata grammar, ``metadata.parse_metadata``, reads of
the line) and decides, and ``settle`` (called once, by the pipeline's spam step) asks it of
every line either side has a claim on.  The byline grammar itself knows nothing of spam.

The reading: whether the grammar reads the line at all, whether it gives a date, whether
the line is short (at most ``MAX_SPAM_PROOF_LENGTH`` characters), whether a name is glued
to the date with no space (``何记娱乐2023-01-31``: weak evidence of a byline), and the
heaviest spam-lexicon term in the values that are names (source, outlet, author, reporter,
editor, photographer; not the date or the site address), the values simplified first.

The decision, in order:

1. A ``sure`` verdict stands: the page's context settled it (a keyword header, a farm's
   header, a framed keyword, jammer noise), and one line's reading says less than that.
2. A line judged spam is a byline when the grammar reads it whole, it is short, it gives a
   date and no name speaks for spam by rule 3's bar (round 39: a weak term in a name parted
   from the date, 浙江在线, is an outlet's word): a byline is never spam (a list of fields
   that happens to look like a list of terms keeps its place).
3. A line read as a byline whose name holds a spam term is spam, whatever the line model
   said: any term (weight 1 and more) when the name is glued to the date, a strong one
   (weight 2 and more, ``STRONG_TERM``) otherwise: ``来源：新浪娱乐`` (the weak 娱乐) and
   ``2019年05月21日 09:09  新浪娱乐`` (a space before the name) stay bylines.  Round 35: not
   when the article (the page's lines not judged spam) prints every such term of the
   name: a brand is foreign to the article it is stamped on, and a publisher names what
   it writes about (``来源：中国彩票网`` over a lottery draw's results, 彩票 in its
   paragraphs; ``byline_brand`` asks the same of the source field).
4. Otherwise the spam verdict stands.

Only lines the line model judged spam, and short lines holding a lexicon term as printed
(a cheap look-up before the grammar runs), are read.  With spam removal switched off,
nothing is settled: the byline grammar reads what it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsclean.document import Evidence
from newsclean.filters.byline_brand import foreign_term
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.charmodel import HAN
from newsclean.filters.dates import YEAR_ANCHOR
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.metadata import MAX_METADATA_LENGTH, parse_metadata
from newsclean.filters.pinyin_grammar import strip_annotations
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_signs import STRONG_TERM, lexicon
from newsclean.filters.spam_verdict import NAME, SpamVerdict

#: A byline that overrules a spam verdict is a short line.
MAX_SPAM_PROOF_LENGTH = 80
#: Spam-lexicon weights (data/spam_terms.txt): 1 is weak, 2 and more strong (``STRONG_TERM``).
WEAK_TERM = 1.0
#: Fields whose values are names, where a spam term speaks for spam.
NAMED_FIELDS = ("source", "outlet", "author", "reporter", "editor", "photographer")
#: What a byline gives the grammar to read besides names: a digit, a label's colon, 文/.
READABLE = lazy_regex(r"[\d:：/／]")
#: Why a line judged spam is kept (``SpamVerdict.block`` of the kept verdict).
KEPT = "a byline the metadata grammar reads whole"


@dataclass(frozen=True, slots=True)
class BylineReading:
    """What the byline grammar reads of a line (module docstring)."""

    fields: tuple[str, ...]
    dated: bool
    short: bool
    glued: bool
    #: The heaviest spam-lexicon term in a name it reads (0: none).
    name_weight: float
    #: The spam-lexicon terms of the names, as the values print them (lower-cased).
    named: tuple[str, ...] = ()


def read_byline(
    text: str, simplify: Callable[[list[str]], list[str]] | None = None
) -> BylineReading | None:
    """The byline reading of ``text``, or None when the grammar reads no field.

    >>> read_byline("来源：澳门赌场 2024-01-01").name_weight
    2.0
    >>> read_byline("2019年05月21日 09:09  新浪娱乐").glued
    False
    """
    # Spam is judged before glosses are stripped; the byline grammar reads the line bare.
    line = strip_annotations(text.strip()).text
    if not line or len(line) > MAX_METADATA_LENGTH:
        return None
    parsed = parse_metadata(line)
    if parsed is None or not parsed.fields:
        return None
    values = [parsed.fields[name] for name in NAMED_FIELDS if name in parsed.fields]
    if values and simplify is not None:
        values = simplify(values)
    weights = lexicon().terms
    found = [
        (weights[term], value.lower()[start:end])
        for value in values
        for start, end, term in lexicon().find(value.lower())
    ]
    return BylineReading(
        tuple(sorted(parsed.fields)),
        "published_at" in parsed.fields,
        len(line) <= MAX_SPAM_PROOF_LENGTH,
        _glued_to_date(line),
        max((weight for weight, _ in found), default=0.0),
        tuple(piece for _, piece in found),
    )


def _glued_to_date(line: str) -> bool:
    """Whether a name is glued to the line's date, no space: 何记娱乐2023-01-31 16:05."""
    found = find_byline_date(line)
    if found is None:
        return False
    before, after = line[found.start - 1 : found.start], line[found.end : found.end + 1]
    return HAN.match(before) is not None or HAN.match(after) is not None


def spam_or_byline(verdict: SpamVerdict, reading: BylineReading | None) -> SpamVerdict:
    """The one decision between a spam verdict and a byline reading (module docstring):
    the verdict that stands, a kept byline as a verdict that is not spam.

    >>> spam = SpamVerdict(True, 9.0, ("赌场",), 4)
    >>> byline = BylineReading(("published_at", "site", "source"), True, True, False, 0.0)
    >>> spam_or_byline(spam, byline).is_spam, spam_or_byline(spam, None).is_spam
    (False, True)
    >>> named = BylineReading(("published_at", "source"), True, True, True, 1.0)
    >>> spam_or_byline(SpamVerdict(False, 0.0, (), 0), named).is_spam
    True
    """
    if reading is None or verdict.sure:
        return verdict
    if verdict.is_spam:
        if reading.dated and reading.short and not _names_spam(reading):
            why = f"{KEPT}: {', '.join(reading.fields)}"
            return SpamVerdict(False, verdict.score, verdict.terms, verdict.segments, why)
        return verdict
    if _names_spam(reading):
        why = "a byline naming a spam term" + (" glued to its date" if reading.glued else "")
        return SpamVerdict(True, 0.0, verdict.terms, 1, why)
    return verdict


def _names_spam(reading: BylineReading) -> bool:
    """Whether a name the byline reads speaks for spam (rule 3): any term when glued to the
    date, a strong one otherwise.  One bar both ways (round 39): a weak term in a name
    parted from the date (``http://www.newdu.com 2007-06-24 浙江在线 佚名``: 在线 of an
    outlet's name) no more makes a dated byline spam than it makes a byline spam."""
    return reading.name_weight >= (WEAK_TERM if reading.glued else STRONG_TERM)


#: Whether a line names a lexicon term as printed: pure (the lexicon is loaded once), so
#: judged once per distinct line across pages; a site's pages repeat their date and
#: source lines (bcorpus/000: 326 distinct of 4,588 asked).
_names_term = LineCache(lambda text: lexicon().holds(text.lower()), LineCache.SMALL)


@lru_cache(maxsize=4)
def _readings(
    simplify: Callable[[list[str]], list[str]] | None,
) -> LineCache[tuple[BylineReading | None]]:
    """``read_byline`` with ``simplify``, remembered across pages: a site's pages repeat
    their bylines (a batch of 500 pages reads 47 distinct ones 836 times) and the reading
    is pure.  Boxed, as ``LineCache`` reads a stored None as not known."""
    return LineCache(lambda text: (read_byline(text, simplify),), LineCache.SMALL)


def settle(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, Evidence]:
    """Ask ``spam_or_byline`` of every line either side has a claim on; ``verdicts`` is
    updated in place.  Returns the evidence of the lines judged spam and kept as bylines."""
    kept: dict[int, Evidence] = {}
    for i, text in enumerate(texts):
        verdict = verdicts[i]
        if verdict.sure or not text:
            continue
        if not verdict.is_spam:
            # A byline naming spam: short, a digit or a colon to read, a term as printed.
            if len(text) > MAX_METADATA_LENGTH or READABLE.search(text) is None:
                continue
            if not _names_term(text):
                continue
        elif len(text) > MAX_SPAM_PROOF_LENGTH or (
            YEAR_ANCHOR.search(text) is None and "年" not in text
        ):
            continue  # too long for a byline, or no year: no date to give
        reading = _readings(simplify_lines)(text)[0]
        settled = spam_or_byline(verdict, reading)
        if settled is verdict:
            continue
        if not verdict.is_spam and reading is not None and _subject(reading, i, texts, verdicts):
            continue  # the article prints the name's terms: the story's subject (round 35)
        if verdict.is_spam and not settled.is_spam:
            kept[i] = Evidence(NAME, "kept", f"{settled.block} ({verdict.evidence().detail})")
        verdicts[i] = settled
    return kept


def _subject(
    reading: BylineReading, at: int, texts: Sequence[str], verdicts: Sequence[SpamVerdict]
) -> bool:
    """Whether the article (the page's lines not judged spam, the line ``at`` left out)
    prints every spam term that makes the byline's names spam (module docstring, rule 3)."""
    if not reading.named:
        return False
    prints = Article(texts, verdicts).without(at).prints
    least = WEAK_TERM if reading.glued else STRONG_TERM
    return not any(foreign_term(term, prints, least) for term in reading.named)
