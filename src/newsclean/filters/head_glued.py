"""A hijacker's term glued on the headline (round 41).

**Model (where the term sits, and the article's echo).**  A hijacked page prints the
mirrored headline with its own keyword or address glued at the head or the tail of the
line, split off by a bar, an underscore or a space (``中评现场:…在京举行|利记国际娱乐``,
``从读者到作者 亚洲激情片 http://www.iwin688.com``).  Such an edge piece is the
hijacker's when it is *spam* and *foreign to the article*: it holds a term of the spam
lexicon (``spam_signs.lexicon``; at the head a strong one, where a kicker stands) or is a
web address, and the article echoes fewer than a third of its Han pairs (``title.echoes``;
``国际`` of ``利记国际娱乐`` is any story's word) and does not print it; and what remains is
still the article's headline: headline-shaped, and keeping the pairs of the line the
article echoes (``head_echo.MIN_HEAD_ECHO`` of them, or all when fewer: an article
unreadable with byte slips echoes none, and then the pieces' spam decides).  Pieces are cut one
at a time from either edge while the next one is such a piece.

What stays: a headline whose own words hold a spam term (``娱乐圈…``, ``打击网络赌博``)
with no separator before the term, or whose article speaks of it (a piece echoed once is
the story's); a real outlet's name or domain the article prints; a headline the article
does not echo (nothing says which part is the story's).
"""

from __future__ import annotations

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.head_echo import MIN_HEAD_ECHO
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.spam_signs import STRONG_TERM, lexicon
from newsclean.filters.title import echoes, is_title_shaped

#: A piece is foreign when the article echoes fewer than a third of its Han pairs (国际 of
#: 利记国际娱乐 is any story's word).
FOREIGN_SHARE = 3
#: A weight-1 term (娱乐, 影院) is spam in a piece glued after the headline.
WEAK_TERM = 1.0
#: A piece's edge: a bar, an underscore or a run of spaces (never inside a URL).
PIECE_EDGE = lazy_re(r"\s*[|｜丨_]\s*|\s+")
#: A web address alone as a piece: a scheme or ``www.``, or a host with a dot and letters.
ADDRESS = lazy_re(r"(?i)(?:https?://)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:/\S*)?")


def _spam_piece(piece: str, article: str, tail: bool) -> bool:
    """A piece that is spam and foreign to the article (module docstring); at the head a
    strong term or an address (a kicker is printed there: ``娱乐圈 …``)."""
    weight = lexicon().heaviest(piece.lower())
    spam = ADDRESS.fullmatch(piece) is not None or weight >= (WEAK_TERM if tail else STRONG_TERM)
    if not spam or piece.lower() in article.lower():
        return False
    return echoes(piece, article) * FOREIGN_SHARE < max(len(han_pairs(piece)), 1)


def glued_spam(headline: str, article: str) -> tuple[str, str]:
    """``headline`` without the spam pieces glued at its edges, and those pieces (joined by a
    space; empty when nothing is cut)."""
    if PIECE_EDGE.search(headline) is None:
        return headline, ""
    cut: list[str] = []
    rest = headline.strip()
    while True:
        edges = [m for m in PIECE_EDGE.finditer(rest) if m.start() > 0 and m.end() < len(rest)]
        if not edges:
            break
        tail, head = rest[edges[-1].end() :], rest[: edges[0].start()]
        if _spam_piece(tail, article, True) and _kept(rest[: edges[-1].start()], rest, article):
            cut.insert(0, tail)
            rest = rest[: edges[-1].start()]
        elif _spam_piece(head, article, False) and _kept(rest[edges[0].end() :], rest, article):
            cut.insert(0, head)
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
