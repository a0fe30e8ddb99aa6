"""A shape of injected line judged alone, beside the list models: a keyword framed by
pictographs.

Model.

* *A framed keyword*: a hijack template prints its keyword alone on a line between two
  pictographs (``🏢色站导航🏣``, ``🏢bt成人🏣``), above the article it carries.  The line is
  one keyword (at most ``MAX_FRAMED`` characters and ``spam_items.TERM_HAN`` Han ones: no
  space, separator, colon, sentence mark or function character) with one or more
  pictographs (emoji, ``\\p{So}``) on *both* sides.
  The frame alone is no proof (a feed headline may be ``🔥重磅🔥``), so the keyword must be
  spam-shaped as well: a lexicon term, a morpheme several terms share or a number or Latin
  glued on (``spam_signs``) -- or the page must carry spam elsewhere (a joined line or a
  link list already judged spam: the template's other injection), which speaks for an
  unknown brand (``🏢莫达非尼🏣``).  A framed heading with a function character (``🔥我们的
  节日🔥``) or a space is a slogan, not a keyword, and stays.

Jammer noise, the other shape judged alone, is ``spam_jammer``'s (split off in round 31).
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_items import TERM_HAN
from newsclean.filters.spam_signs import (
    COLON,
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    SEPARATORS,
    han_count,
    holds_morpheme,
    is_glued,
    lexicon,
)

#: A framed keyword is at most this many characters.
MAX_FRAMED = 16
FRAMED = lazy_regex(
    r"^[\p{So}\p{Extended_Pictographic}\uFE0F\u200D]+([^\s\p{So}\p{Extended_Pictographic}]{2,16})[\p{So}\p{Extended_Pictographic}\uFE0F\u200D]+$"
)


def framed_keyword(probe: str) -> str | None:
    """The keyword of a line that is one keyword between pictographs, else None.

    >>> framed_keyword("🏢色站导航🏣"), framed_keyword("🔥我们的节日🔥"), framed_keyword("重磅🔥")
    ('色站导航', None, None)
    """
    if len(probe) > MAX_FRAMED + 8:
        return None
    found = FRAMED.match(probe)
    if found is None:
        return None
    keyword = found.group(1)
    if SEPARATORS.search(keyword) or FUNCTION_CHARS.search(keyword):
        return None
    if SENTENCE_MARKS.search(keyword) or COLON.search(keyword) or han_count(keyword) > TERM_HAN:
        return None
    return keyword


def spam_shaped(keyword: str) -> bool:
    """A lexicon term, a shared morpheme, or a number or Latin glued on (``bt成人``)."""
    return bool(lexicon().find(keyword)) or holds_morpheme(keyword) or is_glued(keyword)
