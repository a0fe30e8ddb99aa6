"""The article of a page as the spam judgements ask about it: one index per page.

Model.  A term, a quote or a headline belongs to *the article* when the page's other lines
not judged spam name it again: a headline's first word is its subject, which the article
names again; a real quote names the article's subject; an injected term is named once, or
only among the spam (``spam_lead``, ``spam_prefix``, ``spam_quoted``, ``spam_query``).
The article is the page's lines not judged spam (empty lines hold nothing); every question
is asked *from* one line, whose own text does not vouch for itself (``Article.without``), or
from several asked together (a page's channel lines, head lines or dated headers: none
vouches for another, round 38):

* ``names``: whether a pair of a text (lower-cased) occurs in the article outside the line
  (a term *foreign to the article* has none);
* ``echoes``: how many Han pairs of a text occur in the article outside the line (a
  headline that speaks of the article, a head line cleared of its keywords);
* ``used``: whether a character occurs in the article outside the line (a topic
  abbreviated from the article's names uses its characters; an injected term does not);
* ``counts``: how often each pair occurs in the whole article, lower-cased (``PairCount``:
  the lines printing one template's prose are subtracted by ``spam_quoted``).

One index per page and *verdict state*: ``spam_frames.head_cuts`` builds one before its pass
and builds it again when it clears a head line judged spam whole (that line is the
article's again, and the page may be hijacked no more); ``spam_quoted.quoted_spam`` builds
its own from the verdicts it is given (it runs inside the line filter's pass, before the
head cuts, with other verdicts), and so does ``spam_query.query_lines``, with its query lines
marked as no part of the article.

The article reads its lines without a mirror's pinyin glosses (``unglossed``, round 22): a
gloss after every character breaks every Han pair of a paragraph, so a glossed article
echoed nothing and a real headline with a spam term glued before it read as the term alone
with a foreign frame.

The lines are joined and searched in C (``spam_joined``): nothing is joined, lower-cased or
counted before it is first asked (most pages ask little or nothing), so the verdicts are read
then: they must not change under an article.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from typing import Protocol

from newsclean.filters.caption_cues import caption_cue_at
from newsclean.filters.charmodel import HAN_RUN
from newsclean.filters.spam_joined import MAX_ASKED as MAX_ASKED
from newsclean.filters.spam_joined import SEPARATOR, Joined, Outside, PairCount
from newsclean.filters.spam_joined import pair_counts as pair_counts
from newsclean.filters.spam_unused import page_hijacked, unglossed
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict


class Article:
    """The page's lines not judged spam (for the verdicts given), asked from one line.

    >>> from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
    >>> spam = SpamVerdict(True, 3.0, ("色站",), 1)
    >>> texts = ["免费色站 北京新闻", "北京今天晴", "色站大全", ""]
    >>> page = Article(texts, [NOT_SPAM, NOT_SPAM, spam, NOT_SPAM])
    >>> head, body = page.without(0), page.without(1)
    >>> page.hijacked, head.names(["北京"]), head.names(["色站"]), body.names(["色站"])
    (True, True, False, True)
    >>> head.echoes(["北京", "今天", "明天"]), head.used("晴"), body.used("晴")
    (2, True, False)
    """

    __slots__ = ("_counts", "_hijacked", "_lowered", "_printed", "texts", "verdicts")

    def __init__(self, texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> None:
        self.texts = texts
        #: Read when first asked (most pages ask nothing): the verdicts must not change
        #: under an article; the caller builds a new one when they do.
        self.verdicts = verdicts
        self._hijacked: bool | None = None
        self._printed: Joined | None = None
        self._lowered: Joined | None = None
        self._counts: PairCount | None = None

    @property
    def hijacked(self) -> bool:
        """The page carries spam somewhere (a template's other injection)."""
        if self._hijacked is None:
            self._hijacked = page_hijacked(self.verdicts)
        return self._hijacked

    @property
    def printed(self) -> Joined:
        """The article as printed: the lines with text not judged spam, joined."""
        if self._printed is None:
            texts, verdicts = self.texts, self.verdicts
            kept = [k for k, t in enumerate(texts) if t and not verdicts[k].is_spam]
            lines = [unglossed(texts[k]) for k in kept]
            self._printed = Joined(SEPARATOR.join(lines), kept, list(map(len, lines)))
        return self._printed

    @property
    def lowered(self) -> Joined:
        """The article lower-cased (the joined text lower-cased at once is each line
        lower-cased: a line feed is no cased character; when lower-casing changes a
        length, the lines are lower-cased one by one for their spans)."""
        if self._lowered is None:
            printed = self.printed
            text = printed.text.lower()
            if len(text) == len(printed.text):  # no character grew: the same spans
                self._lowered = Joined(text, printed.kept, printed.lengths)
            else:
                lines = [line.lower() for line in printed.lines()]
                text = SEPARATOR.join(lines)
                self._lowered = Joined(text, printed.kept, list(map(len, lines)))
        return self._lowered

    @property
    def counts(self) -> PairCount:
        """How often each pair occurs in the article, lower-cased."""
        if self._counts is None:
            self._counts = PairCount([self.lowered.text])
        return self._counts

    def without(self, index: int | Collection[int]) -> Elsewhere:
        """The article as line ``index`` asks about it: every line but that one; or as
        several lines ask together (a collection of indices): every line but those (the
        channel, head line and dated header readings ask their lines apart, round 38)."""
        if isinstance(index, int):
            return Elsewhere(self, index)
        apart = sorted(index)
        return Elsewhere(self, apart[0] if apart else -1, Outside(frozenset(apart)))


class Elsewhere:
    """The article outside one line, or outside several (``apart``; ``index`` is then the
    first of them), as ``Article.without`` gives it: what the judgements ask."""

    __slots__ = ("apart", "article", "index")

    def __init__(self, article: Article, index: int, apart: Outside | None = None) -> None:
        self.article = article
        self.index = index
        self.apart = apart

    @property
    def line(self) -> str:
        """The asking line as printed."""
        return self.article.texts[self.index]

    @property
    def hijacked(self) -> bool:
        """The page carries spam somewhere."""
        return self.article.hijacked

    def names(self, pairs: Iterable[str]) -> bool:
        """Whether one of ``pairs`` (lower-cased) occurs in the lower-cased article."""
        lowered = self.article.lowered
        if self.apart is not None:
            return any(lowered.has_outside(pair, self.apart) for pair in pairs)
        return any(lowered.has(pair, self.index) for pair in pairs)

    def prints(self, text: str) -> bool:
        """Whether ``text`` (lower-cased) occurs in the lower-cased article."""
        if self.apart is not None:
            return self.article.lowered.has_outside(text, self.apart)
        return self.article.lowered.has(text, self.index)

    def echoes(self, pairs: Iterable[str], enough: int | None = None) -> int:
        """How many of ``pairs`` occur in the article as printed, counted up to ``enough``."""
        printed, apart = self.article.printed, self.apart
        found = 0
        for pair in pairs:
            if printed.has(pair, self.index) if apart is None else printed.has_outside(pair, apart):
                found += 1
                if found == enough:
                    break
        return found

    def used(self, char: str) -> bool:
        """Whether ``char`` occurs in the article as printed."""
        if self.apart is not None:
            return self.article.printed.has_outside(char, self.apart)
        return self.article.printed.has(char, self.index)

    def han(self) -> int:
        """How many Han characters the article holds (a short story may not name its
        headline: the readings ask a long enough article)."""
        printed = self.article.printed
        text = printed.text
        if self.apart is not None:  # the text between the lines apart, counted in one search
            starts, ends = self.apart.spans(printed)
            gaps = zip([0, *ends], [*starts, len(text)], strict=True)
            return _han_in("".join(text[e:s] for e, s in gaps))
        span = printed.span(self.index)
        return _han_in(text if span is None else text[: span[0]] + text[span[1] :])


def _han_in(text: str) -> int:
    return sum(map(len, HAN_RUN.findall(text)))


def as_printed(line: str, probe: str, start: int, end: int) -> tuple[str, ...]:
    """A piece of the ``probe`` (``line`` read simplified, lower-cased), and the piece as
    printed when the conversion kept the length (asked by the slot and question readings)."""
    piece = probe[start:end]
    if len(line) == len(probe):
        return (piece, line.lower()[start:end])
    return (piece,)


class Texted(Protocol):
    @property
    def text(self) -> str: ...


def content_article(lines: Sequence[Texted | None], content: Sequence[int]) -> Article:
    """The article of a page's content lines (``content``: indices of ``lines``), none
    judged spam: what the furniture grammars ask whether a line is foreign to the page
    (``site_lines.foreign_lines`` builds it once, when first asked, for all of them)."""
    wanted = set(content)
    texts = [line.text if k in wanted and line is not None else "" for k, line in enumerate(lines)]
    return Article(texts, [NOT_SPAM] * len(texts))


def printed_content(
    lines: Sequence[Texted | None], content: Sequence[int], leave_out: Container[int]
) -> Article:
    """``content_article`` as the clean text prints it (round 34): without the lines a
    caption's wording claims (the clean text prints no caption) and without
    ``leave_out``, lines of the kind being judged (they go, so none vouches for
    another).  What a second cleaning reads, the first reads too."""
    texts = content_article(lines, content).texts
    kept = [t if k not in leave_out and not _captioned(t) else "" for k, t in enumerate(texts)]
    return Article(kept, [NOT_SPAM] * len(kept))


class Printed:
    """The article a query's term is looked for in (``spam_query``): the page's lines not
    judged spam (``whole``), and, built when first asked, the same without the lines a
    caption's wording claims (``bare``, round 33).

    The clean text prints no caption, so a term named only in a caption
    (``六合一家人`` and ``九合一大選…（鄧博仁攝）``, by 合一) is foreign to the article a
    second cleaning reads; the first must judge it so.  A caption's wording is read from the
    line alone (``captions.caption_cue``), on both cleanings alike; a wire's bracket is left
    in, since it closes an article's last line as its source tag.  The term is asked of
    ``whole`` first: most are foreign to it, or named by a paragraph, and the captions are
    read only when ``whole`` names one.  ``searched`` remembers, per article, the terms
    without a Han pair looked for whole."""

    __slots__ = ("_bare", "searched", "texts", "verdicts", "whole")

    def __init__(self, texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> None:
        self.texts, self.verdicts = texts, verdicts
        self.whole = Article(texts, verdicts)
        self._bare: Article | None = None
        self.searched: tuple[dict[str, bool], dict[str, bool]] = ({}, {})

    @property
    def bare(self) -> Article:
        """The article without the lines a caption's wording claims."""
        if self._bare is None:
            marks = [
                v if v.is_spam or not _captioned(t) else CAPTIONED
                for t, v in zip(self.texts, self.verdicts, strict=True)
            ]
            self._bare = Article(self.texts, marks)
        return self._bare

    def readings(self) -> Iterator[tuple[Article, dict[str, bool]]]:
        """``whole`` then ``bare``, each with its ``searched`` memo; ``bare`` is built only
        when the caller asks on."""
        yield self.whole, self.searched[0]
        yield self.bare, self.searched[1]


#: How a caption stands in the article the clean text prints: not there.
CAPTIONED = SpamVerdict(True, 0.0, (), 0)


def _captioned(text: str) -> bool:
    """``text`` has a caption's wording, not a wire's source tag (``Printed``)."""
    return bool(text) and caption_cue_at(text, True) is not None
