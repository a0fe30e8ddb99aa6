"""A hijacker's term glued on the headline (round 41).

**Model (where the term sits, its shape, and the article's echo).**  A hijacked page
prints the mirrored headline with its own keyword or address glued at the head or the
tail of the line, split off by a bar, an underscore or a space (``中评现场:…在京举行|利记
国际娱乐``, ``从读者到作者 亚洲激情片 http://www.iwin688.com``).  Such an edge piece is the
hijacker's when it is *spam-shaped* and *foreign to the article*.  Spam-shaped: a web
address, or a keyword, a short name ending in a term of the spam lexicon
(``spam_signs.lexicon``; at most ``MAX_KEYWORD_HAN`` Han, no function character, the term
at its end; at the head only a strong term, where a kicker stands).  Foreign: the article
does not print it and echoes fewer than a third of its Han pairs (``title.echoes``;
``国际`` of ``利记国际娱乐`` is any story's word).  And what remains is still the headline:
headline-shaped, keeping the pairs of the line the article echoes (``head_echo.
MIN_HEAD_ECHO`` of them, or all when fewer: an article unreadable with byte slips echoes
none, and then the piece's shape decides).  Pieces are cut one at a time from either
edge while the next one is such a piece.

Round 45 (``spam_framed``): once one edge is cut so, a keyword foreign to the article at the
other edge is the frame's other side and goes too (``av小电影 54%民众不满意… 必发国际``).

What stays: a headline whose own words hold a spam term with no separator before it
(``娱乐圈…``, ``打击网络赌博``); a clause of the story after a space naming the crime it
reports (``检九点四公斤大麻花``, ``掀港人投注热潮``: longer than a keyword, or going on after
the term); a piece the article prints or echoes; a kicker at the head with a weak term.
"""

from __future__ import annotations

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.head_echo import MIN_HEAD_ECHO
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.spam_framed import foreign_keyword
from newsclean.filters.spam_signs import FUNCTION_CHARS, STRONG_TERM, han_count, lexicon
from newsclean.filters.title import echoes, is_title_shaped

#: A piece is foreign when the article echoes fewer than a third of its Han pairs (国际 of
#: 利记国际娱乐 is any story's word).
FOREIGN_SHARE = 3
#: A keyword is short: a brand's name and its term.
MAX_KEYWORD_HAN = 6
#: ... the term at its end, or one character before it (激情片).
AFTER_TERM = 1
#: A weight-1 term (娱乐, 影院) is spam in a piece glued after the headline.
WEAK_TERM = 1.0
#: A piece's edge: a bar, an underscore or a run of spaces (never inside a URL).
PIECE_EDGE = lazy_re(r"\s*[|｜丨_]\s*|\s+")
#: A web address alone as a piece: a scheme or ``www.``, or a host with a dot and letters.
ADDRESS = lazy_re(r"(?i)(?:https?://)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:/\S*)?")


def _spam_piece(piece: str, article: str, tail: bool) -> bool:
    """A piece that is spam and foreign to the article (module docstring); at the head a
    strong term or an address (a kicker is printed there: ``娱乐圈 …``)."""
    if ADDRESS.fullmatch(piece) is None and not _keyword(piece.lower(), tail):
        return False
    if piece.lower() in article.lower():
        return False
    return echoes(piece, article) * FOREIGN_SHARE < max(len(han_pairs(piece)), 1)


def _framed(piece: str, article: str, tail: bool, sides: list[bool]) -> str:
    """The edge ``piece`` as the cut names it when it is spam (``_spam_piece``), or (round
    45, ``spam_framed``) a keyword foreign to the article on the far side of a frame whose
    other side was cut as spam; empty when it stays.  ``sides`` records the side cut."""
    if _spam_piece(piece, article, tail):
        sides[tail] = True
        return piece
    if sides[not tail] and foreign_keyword(piece, article):
        return f"{piece} (a keyword foreign to the article, the frame's other side)"
    return ""


def _keyword(probe: str, tail: bool) -> bool:
    """A keyword's shape: a name and a lexicon term ending it (``利记国际娱乐``, ``亚洲激情片``:
    at most ``AFTER_TERM`` character after the term), ``MAX_KEYWORD_HAN`` Han at most, no
    function character: a clause of the story (``检九点四公斤大麻花``, ``掀港人投注热潮``) is
    longer or goes on after its term."""
    if han_count(probe) > MAX_KEYWORD_HAN or FUNCTION_CHARS.search(probe) is not None:
        return False
    weights = lexicon().terms
    least = WEAK_TERM if tail else STRONG_TERM
    return any(
        weights[term] >= least and len(probe) - end <= AFTER_TERM
        for _, end, term in lexicon().find(probe)
    )


def glued_spam(headline: str, article: str) -> tuple[str, str]:
    """``headline`` without the spam pieces glued at its edges, and those pieces (joined by a
    space; empty when nothing is cut)."""
    if PIECE_EDGE.search(headline) is None:
        return headline, ""
    cut: list[str] = []
    rest = headline.strip()
    sides = [False, False]  # a side cut as spam (head, tail): the frame's other side (round 45)
    while True:
        edges = [m for m in PIECE_EDGE.finditer(rest) if m.start() > 0 and m.end() < len(rest)]
        if not edges:
            break
        tail, head = rest[edges[-1].end() :], rest[: edges[0].start()]
        if (why := _framed(tail, article, True, sides)) and _kept(
            rest[: edges[-1].start()], rest, article
        ):
            cut.insert(0, why)
            rest = rest[: edges[-1].start()]
        elif (why := _framed(head, article, False, sides)) and _kept(
            rest[edges[0].end() :], rest, article
        ):
            cut.insert(0, why)
            rest = rest[edges[0].end() :]
        else:
            break
    return (rest, " ".join(cut)) if cut else (headline, "")


def _kept(rest: str, whole: str, article: str) -> bool:
    """What remains is still the article's headline (module docstring): headline-shaped,
    and every pair of ``whole`` the article echoes is in it (or ``MIN_HEAD_ECHO`` are)."""
    if not is_title_shaped(rest):
        return False
    return echoes(rest, article) >= min(MIN_HEAD_ECHO, echoes(whole, article))
