"""A term echoed down a crumb trail: one keyword repeated with different suffixes (round 21).

Model.  A farm's page is made for one keyword, and its trail of pages is the keyword with
the farm's suffixes: its crumb trail (``X --> X计划 -->>X投注``, behind a "you are here"
label) and its titles (``X计划_手机版官网``).  Copied into an article, such a line parts
(at spaces, arrows, ``>``, ``_``, ``|``, ``/``, dashes, colons) into pieces, ``MIN_ECHOED``
of which or more *open with the same term*: the term alone (the trail's root), and two at
least going on with suffixes of their own.  No word list: the evidence is the repetition
and the page.  A tool row repeating its verb (``分享到微信 分享到微博 分享到朋友圈``) has no
root: the verb never stands alone.

* The term is a keyword: ``MIN_TERM``-``MAX_TERM`` characters (Han, Latin, digits),
  ``MIN_HAN`` Han at least, no function character; the line holds no sentence mark or
  comma and is at most ``MAX_LINE`` characters long.
* The term is *foreign to the article*: the article (``spam_article``) prints none of its
  Han pairs (as printed or simplified).  A real crumb trail names the site's sections
  (``新闻 > 国际 > 正文``), which share no head; a section trail repeating its word
  (``国际新闻 > 国际新闻图片 > 国际新闻评论``) over an article of that section, and a tag
  row of the article's words, name what the article names.
* The page carries spam elsewhere, or the term is spam by its vocabulary
  (``spam_frames.frame_strength``): a site's own trail of one foreign word is rare, not
  impossible.

A short line standing alone that opens with a term so read (the same injection's title,
``X计划_手机版官网``) goes with it.  Verdicts are ``sure``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import FUNCTION_CHARS, han_count
from newsclean.filters.spam_verdict import SpamVerdict

#: The pieces opening with the term, at least; of them, with a suffix of their own.
MIN_ECHOED = 3
MIN_SUFFIXED = 2
MIN_TERM, MAX_TERM, MIN_HAN = 3, 12, 2
MAX_LINE = 80
#: The shortest line holding MIN_ECHOED pieces of MIN_TERM characters and their separators.
MIN_LINE = MIN_ECHOED * MIN_TERM + MIN_ECHOED - 1
#: Where a crumb trail or a title parts its pieces (one class, repeated: linear).
PARTS = lazy_re(rf"[{WHITE_SPACE}>＞»›→\-—–_|｜/:：]+")
TERM = lazy_regex(rf"[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: What a crumb trail never holds: a sentence mark, a comma, a quote.
PROSE = lazy_re(r"[。！!？?，,；;“”\"「」]")
CRUMB = "generated line with a slot, a term echoed down a crumb trail, foreign to the article"


def echoed_term(probe: str) -> str | None:
    """The term ``MIN_ECHOED`` pieces of ``probe`` (simplified, lower-cased) open with, the
    longest, two of them with suffixes of their own; or None.

    >>> echoed_term("当前位置: 紫霞会员 --> 紫霞会员计划 -->>紫霞会员投注")
    '紫霞会员'
    >>> echoed_term("新闻 > 国际 > 正文"), echoed_term("国际 > 国际新闻")
    (None, None)
    """
    pieces = [p for p in PARTS.split(probe) if p]
    if len(pieces) < MIN_ECHOED:
        return None
    heads = [p[:MIN_TERM] for p in pieces if len(p) >= MIN_TERM]
    if len(heads) - len(set(heads)) < MIN_ECHOED - 1:
        return None  # one set for most lines: no head shared by three pieces
    opened = Counter(heads)
    best: str | None = None
    for term in {p[:MAX_TERM] for p in pieces if opened[p[:MIN_TERM]] >= MIN_ECHOED}:
        for end in range(len(term), MIN_TERM - 1, -1):
            head = term[:end]
            opening = [p for p in pieces if p.startswith(head)]
            suffixes = {p[end:] for p in opening} - {""}
            rooted = head in opening  # the trail's root: the term alone
            if rooted and len(opening) >= MIN_ECHOED and len(suffixes) >= MIN_SUFFIXED:
                if best is None or len(head) > len(best):
                    best = head
                break
    if best is None or not TERM.fullmatch(best) or han_count(best) < MIN_HAN:
        return None
    return None if FUNCTION_CHARS.search(best) else best


def crumb_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None,
    known: dict[int, str],
) -> dict[int, SpamVerdict]:
    """The crumb trails echoing a foreign term, and the short lines opening with it (index ->
    verdict; module docstring).  ``known``: lines read simplified and lower-cased already."""
    asked = [
        i
        for i, text in enumerate(texts)
        if MIN_LINE <= len(text) <= MAX_LINE + 8  # the cheapest questions first
        and len(text.strip()) <= MAX_LINE
        and not verdicts[i].is_spam
        and PROSE.search(text) is None
        and echoed_term(known.get(i, text.strip().lower())) is not None
    ]  # the repetition asked as printed: the few lines left are read simplified
    if not asked:
        return {}
    missing = [i for i in asked if i not in known]
    read = simplify_lines([texts[i].strip() for i in missing]) if simplify_lines else None
    probes = {i: known[i] for i in asked if i in known}
    probes |= {i: (read[k] if read else texts[i].strip()).lower() for k, i in enumerate(missing)}
    terms = {i: t for i, p in probes.items() if (t := echoed_term(p)) is not None}
    if not terms:
        return {}
    forms = {i: _forms(texts[i], probes[i], term) for i, term in terms.items()}
    every = {form for own in forms.values() for form in own}
    # the injection's other lines (its titles) vouch for none of its terms
    followers = {i: line for i, line in _short_lines(texts, verdicts, known) if _opens(line, every)}
    quiet = SpamVerdict(True, 0.0, (), 0)
    hijacked = any(v.is_spam for v in verdicts)
    marked = [quiet if k in terms or k in followers else v for k, v in enumerate(verdicts)]
    article = Article(texts, marked)
    found: dict[int, SpamVerdict] = {}
    for i, term in terms.items():
        elsewhere = article.without(i)
        if any(elsewhere.names(han_pairs(form) or [form]) for form in forms[i]):
            continue
        if not hijacked and frame_strength(term) < 1:
            continue
        found[i] = SpamVerdict(True, 0.0, forms[i], 1, f"{CRUMB}: {term}", sure=True)
    named = {form for verdict in found.values() for form in verdict.terms}
    for i, line in followers.items():
        if i not in found and _opens(line, named):
            why = f"{CRUMB}: a line of the same injection opening with its term"
            found[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    return found


def _opens(line: str, terms: set[str]) -> bool:
    """Whether ``line`` opens with one of ``terms`` (a look-up per length: linear)."""
    return any(line[:n] in terms for n in range(MIN_TERM, MAX_TERM + 1))


def _forms(text: str, probe: str, term: str) -> tuple[str, ...]:
    """The term read simplified, and as printed when the conversion kept the length."""
    printed = text.strip().lower()
    if len(printed) != len(probe):
        return (term,)
    at = probe.find(term)
    return tuple({term, printed[at : at + len(term)]})


def _short_lines(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], known: dict[int, str]
) -> list[tuple[int, str]]:
    """The short lines with no sign of prose not judged spam, lower-cased (simplified when
    ``known``)."""
    found = []
    for i, text in enumerate(texts):
        line = text.strip().lower()
        if verdicts[i].is_spam or not 0 < len(line) <= MAX_LINE // 2 or PROSE.search(line):
            continue
        found.append((i, known.get(i, line)))
        if known.get(i, line) != line:
            found.append((i, line))
    return found
