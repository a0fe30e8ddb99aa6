"""A term glued with no separator before a headline (``spam_glued``'s last reading, split
from it in round 31): the stretch before the first pair of the headline's first piece that
the article echoes, up to its last Han character the article never uses, ``MIN_GLUE``-
``MAX_GLUE`` characters, no pair of it echoed, the rest a headline by itself; spam when its
vocabulary is strong, or marked on a page with spam elsewhere or with a character the
article never uses (``spam_glued``'s module docstring gives the model whole).

Round 32, *the page's own term* (``own_term``): a hijack template prints its keyword in
more than one place, and the page is then its own vocabulary.  A stretch glued with no
separator before the headline that the page prints elsewhere outside the article, in a line
judged spam (``第4 性色社區大陸免費黃站`` / ``第1 免費激情網色站導航`` over
``大陸黃網導航頭綁「救救王义川」…``) or as the first piece of another head line
(``天天干綜合 - -(中国)互动百科`` over ``天天干綜合香港新聞界慶祝…``), is the template's
term on a page with spam elsewhere: it opens and ends with a Han pair those lines print,
it is ``MIN_OWN`` characters at least, and no pair of it occurs in the article (read
without those lines); it ends at the last such pair, so the headline's own first words the
article does not repeat stay (``頭綁``), and the pair across the cut is printed in none of
those lines (a term the page prints whole, ``奢侈品推广``, is not split).  A headline
opening with a word the article repeats (``香港…``) is cut nowhere: the stretch ends where
the article's words begin.

Round 39, *a term and its query word*: a stretch is trimmed back to its last character the
article never uses (the headline's own first words stay), but a search-query word left
between that character and the headline's first echoed pair (``网投大全刘金榜…``: 大全) is
the keyword's query noun, one search with it, and goes with the term.

Round 32, *a web address* (``foreign_address``: its scheme or ``www.``) glued after the
headline is a site's link, no headline's words: ``spam_glued`` reads it ``MARKED`` unless
the article prints its host.  A glued term runs on to where the page prints its headline
again (``spam_glued_end.printed_start``).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.charmodel import HAN, HAN_PAIR, han_pairs, simplified_char
from newsclean.filters.credit_names import dateline_place
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_glued_end import has_vocabulary, vocabulary_end
from newsclean.filters.spam_lead import (
    KEYWORD,
    MIN_HEADLINE,
    desk_credit,
    echoed,
    is_column,
    unused_char,
)
from newsclean.filters.spam_prefix import HEADLINE_START, notice_words_in
from newsclean.filters.spam_query_grammar import query_words
from newsclean.filters.spam_unused import unglossed

#: A term glued with no separator is this many characters.
MIN_GLUE, MAX_GLUE = 1, 8
#: The page's own term glued before the headline is this many characters at least (a
#: two-letter word, 大陆, may open a headline the article words otherwise).
MIN_OWN = 4
#: A letter a headline's copy may not follow (it would be inside a word).
LETTER_BEFORE = lazy_regex(r"[\p{Han}A-Za-z0-9]")
#: A place opening the headline after a glued term is this many characters.
PLACE_SIZES = (2, 3, 4)
#: A web address with its scheme or ``www.`` (its host's name, group 1, without them):
#: the project's one host-name grammar (``furniture_mirrors.HOST_NAME``).
ADDRESS = lazy_regex(
    rf"(?i)(?:https?://(?:www\.)?|www\.)({HOST_NAME})(?::[0-9]{{1,5}})?(?:[/?#][!-~]{{0,200}})?"
)
#: The first piece of a line: up to its first separator (a space, dash, pipe, underscore).
FIRST_PIECE = lazy_regex(r"[^ \u3000\-–—|｜_]+")


def glued_term(first: str, article: Elsewhere) -> str:
    """The stretch glued with no separator before the headline's first piece ``first``:
    its keyword characters before the first pair the article echoes, else ''."""
    lead = KEYWORD.match(first)
    if lead is None:
        return ""
    for end in range(MIN_GLUE, min(lead.end(), MAX_GLUE + 1)):
        pair = first[end : end + 2]
        if HAN_PAIR.fullmatch(pair) and article.echoes((pair,)):
            unused = [
                k for k in range(end) if HAN.fullmatch(first[k]) and not article.used(first[k])
            ]
            cut = unused[-1] + 1 if unused else end
            if _query_tail(first[cut:end]):
                return first[:end]
            return _vocabulary_end(first[:cut])
    return ""


def _vocabulary_end(stretch: str) -> str:
    """``stretch`` up to where its vocabulary ends when a place opens what follows (round 47,
    ``spam_glued_end.vocabulary_end``, the one model of where a glued term ends,
    ``spam_prefix``'s too): a place a newsroom files from (``data/dateline_places.txt``)
    right after the term's last lexicon term or spam morpheme is the headline's subject,
    where its story happens, which the article need not name again
    (``雲頂棋牌香港第二場施政報告…`` over an article that never prints 香港: 云顶棋牌 is the
    term, 香港 the headline's).  Any other word after the vocabulary may be the keyword's
    own (``一夜情交友``: 交友 is the term's), and a stretch no vocabulary knows is kept
    whole (its cut asks the vocabulary, ``glued_term_spam``)."""
    probe = "".join(map(simplified_char, stretch)).lower()
    if len(probe) != len(stretch) or not has_vocabulary(stretch):
        return stretch
    term = vocabulary_end(stretch, probe)[0]
    after = stretch[len(term) :]
    if any(dateline_place(after[:size]) for size in PLACE_SIZES):
        return term
    return stretch


def _query_tail(tail: str) -> bool:
    """Whether ``tail``, between a glued term's last character the article never uses and
    the headline's first echoed pair, is one search-query word (``spam_query_words.txt``:
    大全, 官网, 下载): a keyword farm's term and its query noun, one search (``网投大全``)."""
    return bool(tail) and "".join(map(simplified_char, tail)).lower() in query_words()


def glued_term_spam(glue: str, probe: str, rest: str, article: Elsewhere) -> bool:
    """Whether the stretch ``glue`` before the headline ``rest`` is spam (module docstring)."""
    strength = frame_strength(probe)
    if strength < 1 and not (strength == 0 and printed_without(glue, rest, article)):
        return False  # asked first: most glued stretches are no vocabulary (a pure test)
    if (
        is_column(probe)
        or desk_credit(glue)
        or HEADLINE_START.match(rest) is None
        or len(rest) < MIN_HEADLINE
        or not echoed(rest, article)
        or article.echoes(han_pairs(glue))
        or notice_words_in(glue, glue + rest)  # the site naming itself opens its notice
    ):
        return False
    return strength == 2 or (
        strength < 2 and (article.hijacked or unused_char((glue, probe), rest, article))
    )


def printed_without(glue: str, rest: str, article: Elsewhere) -> bool:
    """Whether the page, hijacked, prints the headline ``rest`` again without the stretch
    ``glue`` glued before it (round 47): another line (a crumb's last step, ``當前位置 … >
    點聞1分鐘|天文台三發紅雨警告``, or a line of its own) holds the headline's first
    ``MIN_HEADLINE`` characters at a piece's start (the line's or after a separator, not
    after a letter) and prints the headline or its first words from there to the line's end
    (a sentence of the article that repeats the headline's words goes on in its own words:
    ``…报道,中国女足力克日本队。这是…`` under ``大运中国女足力克日本队 …``), and no copy
    carries the stretch, which holds a Han character the
    article never uses: where the headline begins is the page's own word, so an unknown
    term glued before it (``刷錢冲``) is the template's (a glued term no vocabulary knows
    is otherwise never cut: nothing tells it from the headline's opening words)."""
    headline = unglossed(rest).strip()
    opening = headline[:MIN_HEADLINE]
    if not article.hijacked or len(opening) < MIN_HEADLINE or not HAN_PAIR.match(opening):
        return False
    if not unused_char((glue,), rest, article):
        return False
    texts = article.article.texts
    for k, text in enumerate(texts):
        if k == article.index or (opening not in text and opening not in (text := unglossed(text))):
            continue
        at = text.find(opening)
        if glue in text:
            return False  # a copy carries the stretch: the page's own words
        if (at == 0 or not LETTER_BEFORE.match(text[at - 1])) and headline.startswith(
            text[at:].strip()
        ):
            return True  # a copy to the line's end: a crumb's last step, a line of its own
    return False


def may_cut_glue(
    opening: str,
    article: Elsewhere,
    page: OwnPage,
    simplify_lines: Callable[[list[str]], list[str]] | None,
) -> bool:
    """Whether a term glued with no separator before a headline's first piece may be cut
    (``opening``: the line up to that piece's end): a glued term its vocabulary knows, or
    the page's own term.  ``spam_glued`` asks it of a line of one piece, which has nothing
    else to cut, before reading the line's echoes (most headlines: no term glued).

    Why this skip cannot change the answer: a line of one piece has no piece outside its
    headline, so its cut is the glued term's or the page's own term's alone, read from
    this ``opening``; the glued term is cut only when ``glued_term_spam`` holds, which asks
    ``frame_strength`` 1 at least of the term read simplified (the same probe), and the
    own term only when ``own_term`` finds one.  Both are pure functions of the line and
    the article."""
    glue = glued_term(opening, article)
    if glue:
        probe = (simplify_lines([glue]) if simplify_lines is not None else [glue])[0].lower()
        if frame_strength(probe) >= 1:
            return True
    return bool(own_term(opening, article, page))


class OwnPage:
    """The page's part of ``own_term``, read when first asked and once a page: its spam
    lines joined, the article's lines joined (with where each stands) and its lines by
    their first ``MIN_OWN`` characters (a line's first piece is read only when a headline
    opens with them: ``FIRST_PIECE`` on every line cost more than the rest of the reading).
    Every head line of a hijacked page asks (round 33: each asking rebuilt it)."""

    __slots__ = ("_opens", "_spam_text", "_starts", "_text", "article")

    def __init__(self, article: Article) -> None:
        self.article = article
        self._text: str | None = None
        self._starts: dict[int, int] = {}  # where each line of the article opens in it
        self._spam_text = ""
        self._opens: dict[str, list[int]] = {}

    def _read(self) -> str:
        """The article's lines joined by a line feed (which no asked pair holds), the spam
        lines set aside, the lines' openings noted."""
        if self._text is None:
            verdicts, starts, opens = self.article.verdicts, self._starts, self._opens
            lines: list[str] = []
            spam: list[str] = []
            at = 0
            for k, text in enumerate(self.article.texts):
                if not text:
                    continue
                if verdicts[k].is_spam:
                    spam.append(text)
                    continue
                opening = text.strip()[:MIN_OWN]
                if len(opening) == MIN_OWN:
                    opens.setdefault(opening, []).append(k)
                starts[k] = at
                lines.append(text)
                at += len(text) + 1
            self._text = "\n".join(lines)
            self._spam_text = "\n".join(spam)
        return self._text

    def term(self, first: str, end: int, index: int) -> str:
        """``own_term`` for the head line ``index`` opening with ``first``, its keyword
        characters up to ``end``; the line is one the page judged no spam (``glued_cuts``
        asks only those), so the spam lines' text is the page's, whichever line asks."""
        text = self._read()
        # another head line opening with the term as a piece prints the term, no article
        heads: list[tuple[int, str]] = []
        for k in self._opens.get(first[:MIN_OWN], ()):
            piece = FIRST_PIECE.match(self.article.texts[k].strip()) if k != index else None
            word = piece.group() if piece is not None else ""
            if len(word) >= MIN_OWN and first.startswith(word):
                heads.append((k, word))
        texts, starts = self.article.texts, self._starts
        apart = [
            (starts[k], starts[k] + len(texts[k]))
            for k in (index, *(k for k, _ in heads))
            if k in starts
        ]

        def printed(pair: str) -> bool:  # in the article, those lines left out
            at = text.find(pair)
            while at >= 0:
                span = next((s for s in apart if s[0] <= at < s[1]), None)
                if span is None:
                    return True
                at = text.find(pair, span[1])
            return False

        spam_text = self._spam_text  # the head line asked is no spam line (``glued_cuts``)

        def spam(part: str) -> bool:  # in a spam line or another head line's piece
            return part in spam_text or any(part in piece for _, piece in heads)

        if not (spam_text or heads) or not spam(first[:2]):
            return ""
        cut = 0
        for stop in range(2, end + 1):
            pair = first[stop - 2 : stop]
            if printed(pair):
                break  # the article's words begin
            if HAN_PAIR.fullmatch(pair) and spam(pair):
                cut = stop
        if cut < MIN_OWN or spam(first[cut - 1 : cut + 1]):
            return ""  # the page's term runs on past the cut: a word split, not a glued term
        return first[:cut]


def own_term(first: str, article: Elsewhere, page: OwnPage | None = None) -> str:
    """The stretch glued before the headline's first piece ``first`` that the page prints
    outside its article (a spam line, another head line's first piece), else '' (module
    docstring, round 32).  Asked on a page with spam elsewhere only; ``page`` is the
    article's ``OwnPage`` when the caller asks from several lines."""
    lead = KEYWORD.match(first)
    if not article.hijacked or lead is None or lead.end() <= MIN_OWN:
        return ""
    if page is None:
        page = OwnPage(article.article)
    return page.term(first, lead.end(), article.index)


def own_term_spam(glue: str, probe: str, rest: str, article: Elsewhere) -> bool:
    """Whether the page's own term ``glue`` (``own_term``) is cut before the headline
    ``rest``: no column and no desk credit, the rest a headline the article echoes."""
    return not (
        is_column(probe)
        or desk_credit(glue)
        or HEADLINE_START.match(rest) is None
        or len(rest) < MIN_HEADLINE
        or not echoed(rest, article)
    )


def foreign_address(piece: str, article: Elsewhere) -> bool | None:
    """Whether a web address ``piece`` (with its scheme or ``www.``) glued after a headline
    is a site the article never prints (round 32, ``spam_glued``'s model); None when the
    piece is no such address."""
    site = ADDRESS.fullmatch(piece)
    if site is None:
        return None
    return not article.names((site.group(1).lower(),))
