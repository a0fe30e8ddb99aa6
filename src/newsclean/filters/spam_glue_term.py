"""A term glued with no separator before a headline (``spam_glued``'s last reading, split
from it in round 31): the stretch before the first pair of the headline's first piece that
the article echoes, up to its last Han character the article never uses, ``MIN_GLUE``-
``MAX_GLUE`` characters, no pair of it echoed, the rest a headline by itself; spam when its
vocabulary is strong, or marked on a page with spam elsewhere or with a character the
article never uses (``spam_glued``'s module docstring gives the model whole).
"""

from __future__ import annotations

from newsclean.filters.charmodel import HAN, HAN_PAIR, han_pairs
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import (
    KEYWORD,
    MIN_HEADLINE,
    desk_credit,
    echoed,
    is_column,
    unused_char,
)
from newsclean.filters.spam_prefix import HEADLINE_START

#: A term glued with no separator is this many characters.
MIN_GLUE, MAX_GLUE = 1, 8


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
            return first[: unused[-1] + 1] if unused else first[:end]
    return ""


def glued_term_spam(glue: str, probe: str, rest: str, article: Elsewhere) -> bool:
    """Whether the stretch ``glue`` before the headline ``rest`` is spam (module docstring)."""
    if (
        is_column(probe)
        or desk_credit(glue)
        or HEADLINE_START.match(rest) is None
        or len(rest) < MIN_HEADLINE
        or not echoed(rest, article)
        or article.echoes(han_pairs(glue))
    ):
        return False
    strength = frame_strength(probe)
    return strength == 2 or (
        strength == 1 and (article.hijacked or unused_char((glue, probe), rest, article))
    )
