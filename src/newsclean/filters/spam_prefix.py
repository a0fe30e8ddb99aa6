"""Spam terms before the headline, peeled term by term: the model of a hijacked headline.

Model.  A headline is the line a byline or the first paragraph hangs under (the page head,
``spam_frames``).  A hijack template writes its terms before it: one term or several, each
followed by a space (``某某社区 抢钱包 hotsex信用卡提现 抢钱包 “行走新丝路”…``), or one
term glued to the headline's first word with no space (``免费色站外交部发言人:…``).  The
leading stretch is read as a list of candidate terms (Han, Latin and digits only, no
function character, ``MIN_TERM``-``MAX_TERM`` characters; the rest after each must still be
``MIN_HEADLINE`` characters; what is left after the peel a *headline by itself*: it opens
with a Han character or an opening quote or bracket, one list separator at most, a column
before its headline) and peeled from the left while the evidence says spam; the headline
keeps all its real text:

* *every peeled term is foreign to the article*: a keyword, no column (section label,
  column tag, a weak lexicon word alone), none of its pairs in the headline left after the
  peel or in any line of the page not judged spam (``spam_lead.foreign``).  A headline's
  first word is its subject, which the article names again (``习近平 在…``, ``北京 …``,
  ``《卫报》…`` is no keyword at all);
* *the headline left is the article's*: ``spam_lead.ECHOES`` of its pairs recur in the
  page's other lines;
* *and the stretch is spam by one of*: its vocabulary (a strong term, ``frame_strength``
  2; a term longer than ``MAX_BARE`` needs it); a marked term (``frame_strength`` 1) with
  the page's evidence (a hijacked page, or a Han character the article never uses:
  ``spam_lead.unused_char``); an unknown term on a hijacked page with that evidence
  (``spam_lead.unknown_spam``); or a *stack*: two or more foreign keywords spaced before
  the headline, each unknown one holding a character the article never uses.  A real
  headline may open with one word the article does not repeat; a template's list of
  keywords, each named nowhere else, is no headline's opening.

A *glued* term (no space) is looked for in the line's first keyword up to the first place
where the article's words begin (the pair there recurs in the page's other lines), and ends
with the last lexicon term or spam morpheme in that stretch (``大型黄站国新办…``: the vocabulary
ends at 黄站, 国新办 is the headline's, named in the article only in full); every pair of the
term is foreign. A glued term no vocabulary knows is never cut, not even on a hijacked page:
without vocabulary, nothing tells it from a headline's opening words the article does not
repeat (探寻…, 六旬男子占用…, a caption's 图为…, a notice's 本文原刊于…).
Round 34: nor is a glued term a notice's word starts inside (``data/notice_terms.txt``,
``notice_vocabulary.notice_words``: ``本網站著作權屬於科技日报``): the site naming itself opens its
notice, and a notice line is no headline to peel.

A term of the stack may be framed (``迷奸药 【午夜成人】行政长官…``: the frame's content is
judged).  A line of the page head the line filter judged spam whole (its prefix alone made
it a keyword list) is the headline again when its peel leaves a headline whose Han pairs
recur in the article, ``CLEAR_SHARE`` of them at least: a keyword list's tail does not.

Round 29: a mirror page glosses its headline too (``必加娛樂 抢红包 2025年終回(huí )顧(gù )…``):
the line is read as its article is, the glosses left out (``spam_unused.unglossed``), and
the cut is taken off the printed line when the stretch peeled is printed so at its start
(the glosses stay on the headline for the pinyin filter).  The stack's terms may be joined
by a hyphen between Han letters (``卖号-亚洲无码 金秋田头看农事…``: a hyphen joins list
items); the last separator before the headline is a space (a term before a dash is
``spam_glued``'s, by vocabulary only).  A glued term that runs up to the headline's opening
bracket or quote (``在線播放冲【劏房衞生成疫下隱憂…】``) ends there, not at its vocabulary's
end: the bracket is where the headline begins, and what the template glued before it
(``冲``) goes with the term.  A headline may open with a
number of its own before a Han character (``2025年终回顾:…``).

Round 32: a glued term runs on to where the page prints its headline again
(``spam_glued_end.printed_start``).

Round 37: a lexicon term's own pairs are the glued term's, not where the article begins
(``spam_glued_end.term_pairs``); a marked term is foreign when its name around the
vocabulary is printed nowhere else (``_foreign_name``).  Where a glued term ends is
``spam_glued_end``'s job (split by job in round 46).

The peeled stretch goes to the line's evidence (``spam cut``) with its reason; the line
stays where structure puts it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.charmodel import HAN_PAIR, han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.notice_vocabulary import notice_words
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_glued_end import has_vocabulary, run_on, term_pairs, vocabulary_end
from newsclean.filters.spam_lead import (
    KEYWORD,
    LIST_MARK,
    MAX_BARE,
    MIN_HEADLINE,
    MIN_TERM,
    echoed,
    foreign,
    is_column,
    unknown_spam,
    unused_char,
)
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    counter_lexicon,
    lexicon,
)

#: A spaced term before the headline is this many characters at most (a strong term's list).
MAX_TERM = 16
#: At most this many terms are read before the headline.
MAX_STACK = 6
#: A spaced term: a keyword, then spaces (ASCII or ideographic), or a hyphen before the
#: stack's next Han term (round 29: ``卖号-亚洲无码 金秋田头…``, a hyphen joins list items).
SPACED = lazy_regex(
    rf"[\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}}(?=[ \u3000]|-\p{{Han}})"
    rf"|【[^【】]{{{MIN_TERM},{MAX_TERM}}}】|〖[^〖〗]{{{MIN_TERM},{MAX_TERM}}}〗"
)
#: The brackets of a framed term.
FRAME_MARKS = "【】〖〗"
#: A line judged spam whole keeps its headline when this share of its pairs recur.
CLEAR_SHARE = 0.5
SPACES = lazy_regex(r"[ \u3000]+|-(?=\p{Han})")
#: A headline opens with a Han character or an opening quote or bracket, or a number of
#: its own before a Han character (round 29: ``2025年终回顾:…``, ``3名男子…``).
HEADLINE_START = lazy_regex(r"[\p{Han}“‘「『《〈（(\"【〖]|\d{1,4}\p{Han}")
#: The brackets and quotes a headline may open with: a term glued before one ends there.
HEADLINE_OPENERS = frozenset("“‘「『《〈【〖")
#: ``spam_frames.frame_strength`` of a column and of a strong term.
COLUMN, STRONG = -1, 2


def _headline(rest: str) -> bool:
    """Whether ``rest`` is a headline by itself (module docstring)."""
    return (
        len(rest) >= MIN_HEADLINE
        and HEADLINE_START.match(rest) is not None
        and len(LIST_MARK.findall(rest)) <= 1  # a column before its headline: 专题|标题
    )


def candidates(line: str, article: Elsewhere) -> tuple[list[str], str | None]:
    """The candidate terms before the headline ``line`` (its line's text stripped, asking
    the ``article`` outside it): the spaced terms
    (none when the first, as printed, is named in the article or the line after it does
    not speak of the article), and the stretch a glued term may take (the line's first
    keyword up to where the article's words begin), or None when no lexicon term or spam
    morpheme is in it (read character by character in simplified form: a cheap test
    before the page's one conversion call).

    >>> from newsclean.filters.spam_article import Article
    >>> from newsclean.filters.spam_verdict import NOT_SPAM
    >>> page = ["某某社区 抢钱包 习近平向军事科学院授军旗致训词", "习近平向军事科学院授军旗。"]
    >>> candidates(page[0], Article(page, [NOT_SPAM] * 2).without(0))
    (['某某社区', '抢钱包'], None)
    """
    terms: list[str] = []
    pos = 0
    while len(terms) < MAX_STACK:
        found = SPACED.match(line, pos)
        if found is None or FUNCTION_CHARS.search(found.group()):
            break
        after = SPACES.match(line, found.end())
        end = after.end() if after is not None else found.end()
        if len(line) - end < MIN_HEADLINE:
            break
        terms.append(found.group())
        pos = end
    if terms and not (foreign((terms[0],), "", article) and echoed(line[len(terms[0]) :], article)):
        terms = []  # the first term is the article's, or nothing after it is: no stack
    first = KEYWORD.match(line)
    if first is None or first.end() < MIN_TERM:
        return terms, None
    longest = reach = min(first.end(), MAX_TERM)
    # Why this skip cannot change the answer: the stretch asked below is a head of the
    # longest (its end only moves back), read character by character (Han, Latin letters,
    # digits: simplified and lower-cased alone), and a term or a morpheme in a head is in
    # the whole; with none in the whole, the article's echoes need not be read.
    if not has_vocabulary(line[:longest]):
        return terms, None
    inside = term_pairs(line[:reach])  # the vocabulary's own pairs: the term's, not the article's
    for end in range(MIN_TERM, reach):
        pair = line[end : end + 2]
        if end not in inside and HAN_PAIR.fullmatch(pair) and article.echoes((pair,)):
            reach = end  # the article's words begin here
            break
    if reach < longest and not has_vocabulary(line[:reach]):
        return terms, None  # no vocabulary in it: no glued term (and no conversion asked)
    return terms, line[:reach]


def _one(
    term: tuple[str, str],
    strength: int,
    rest: str,
    article: Elsewhere,
    hijacked: bool,
) -> str | None:
    """Why one term before the headline ``rest`` is spam, else None (module docstring)."""
    if strength == STRONG:
        return "a spam term"
    if strength == 1 and (hijacked or unused_char(term, rest, article)):
        return "on a page with spam elsewhere" if hijacked else "a marked term named nowhere else"
    if strength == 0 and unknown_spam(term, rest, article):
        return "on a page with spam elsewhere, named nowhere else on the page"
    return None


def peel(
    article: Elsewhere,
    terms: Sequence[str],
    probes: Sequence[str],
    strengths: Sequence[int],
    hijacked: bool,
    glued: bool = False,
    line: str | None = None,
) -> HeadCut | None:
    """The spam terms peeled off the headline (``article.line``, or ``line`` as read: a
    mirror's glosses left out), ``terms`` being its ``candidates`` (``probes`` simplified
    and lower-cased, ``strengths`` their ``frame_strength``; the last one the glued term
    when ``glued``), else None: the longest stack of spaced terms first, then the glued
    term (module docstring)."""
    line = (article.line if line is None else line).strip()
    spaced = terms[:-1] if glued else terms
    ends: list[int] = []
    pos = 0
    for term in spaced:
        pos += len(term)
        after = SPACES.match(line, pos)
        pos = after.end() if after is not None else pos
        ends.append(pos)
    for count in range(len(spaced), 0, -1):
        if line[ends[count - 1] - 1] == "-":
            continue  # a hyphen joins the stack's terms; one before the headline is spam_glued's
        rest = line[ends[count - 1] :].strip()
        if not _headline(rest) or counter_lexicon().find(rest) or not echoed(rest, article):
            continue
        why = _stack(terms[:count], probes, strengths, rest, article, hijacked)
        if why is not None:
            cut = line[: ends[count - 1]].strip()
            what = "a spam term" if count == 1 else "spam terms"
            return HeadCut(cut, rest, f"{what} before the headline, spaced: {cut} ({why})")
    if not glued:
        return None
    term, probe = terms[-1], probes[-1]
    if line[len(term) : len(term) + 1] not in HEADLINE_OPENERS:
        term, probe = vocabulary_end(term, probe)  # a bracket opens the headline: all before
        term, probe = run_on(term, probe, line, article)
    rest = line[len(term) :]
    if (
        strengths[-1] < 1  # no vocabulary: nothing tells it from the headline's words
        or len(term) < MIN_TERM
        or FUNCTION_CHARS.search(term)
        or not _headline(rest)
        or notice_words_in(term, line)
        or not echoed(rest, article)
    ):
        return None
    why = _stack([term], [probe], strengths[-1:], rest, article, hijacked)
    if why is None:
        return None
    return HeadCut(term, rest, f"a spam term glued to the headline: {term} ({why})")


def notice_words_in(term: str, line: str) -> bool:
    """Whether the glued ``term`` takes a notice's own words off ``line`` (a notice term
    starts inside it: ``本網站著作權屬於…``, the site naming itself): a notice, no headline."""
    lowered = line.lower()
    return any(-1 < lowered.find(word) < len(term) for word in notice_words(line))


def _stack(
    terms: Sequence[str],
    probes: Sequence[str],
    strengths: Sequence[int],
    rest: str,
    article: Elsewhere,
    hijacked: bool,
) -> str | None:
    """Why the terms before the headline ``rest`` are spam together, else None."""
    terms = [term.strip(FRAME_MARKS) for term in terms]
    for term, probe, strength in zip(terms, probes, strengths, strict=False):
        pair = (term, probe)
        if (
            strength == COLUMN
            or is_column(probe)
            or not KEYWORD.fullmatch(term)
            or (len(term) > MAX_BARE and strength < STRONG)
            or not (foreign(pair, rest, article) or _foreign_name(pair, strength, rest, article))
        ):
            return None
    if len(terms) == 1:
        return _one((terms[0], probes[0]), strengths[0], rest, article, hijacked)
    if all(
        strength > 0 or unused_char((term, probe), rest, article)
        for term, probe, strength in zip(terms, probes, strengths, strict=False)
    ):
        return "a list of keywords named nowhere else on the page"
    return None


def _foreign_name(pair: tuple[str, str], strength: int, rest: str, article: Elsewhere) -> bool:
    """Whether a term the vocabulary knows is foreign but for its vocabulary: the name
    around its lexicon terms printed nowhere else (round 37: ``必加娛樂``, whose 娱乐 a feed's
    channel line prints), the name holding a Han character."""
    term, probe = pair
    if strength < 1 or len(term) != len(probe):
        return False
    covered = bytearray(len(probe))
    for start, end, _ in lexicon().find(probe):
        covered[start:end] = b"\1" * (end - start)
    name = "".join(ch if not covered[k] else " " for k, ch in enumerate(term))
    pieces = tuple(piece for piece in name.split() if len(piece) >= MIN_TERM)
    return (
        bool(pieces) and any(HAN_PAIR.search(p) for p in pieces) and foreign(pieces, rest, article)
    )


def clears(lead: HeadCut, article: Elsewhere) -> bool:
    """Whether a head line judged spam whole is the headline with ``lead`` peeled: at least
    ``CLEAR_SHARE`` of the Han pairs of what is left recur in the article outside the line
    (a keyword list's tail speaks of nothing in the article)."""
    pairs = han_pairs(lead.rest)
    if not pairs:
        return False
    return article.echoes(pairs) >= CLEAR_SHARE * len(pairs)
