"""A brand's shape: a name, then the words a company or a site signs with.

Model (round 18).  A hijack template glues its brand before the copied headline the way a
company signs a press release: ``某某娱乐官方网站(中国)有限公司-<headline>``.  Read from the
end, a piece is a brand when it ends with a company's legal form or a site's self-name
(``data/brand_suffixes.txt``: 有限公司, 集团, 官方网站, 官网 …), with bracketed regions
between them (``(中国)``, ``（香港）``: read by the grammar, 2-3 Han characters in brackets),
and a *name* of ``MIN_NAME`` characters or more is left before them (Han, Latin, digits).
The shape alone is no evidence: ``spam_glued`` cuts such a piece before a dash only when its
name is foreign to the article (no pair of it in the headline or the paragraphs): a release
headline ``华为技术有限公司-发布新一代芯片`` over an article about Huawei stays.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.date_vocab import with_variants
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re
from newsclean.filters.word_trie import longest_first

#: A brand's name is this many characters at least.
MIN_NAME = 2
#: A bracketed region between a site's self-name and a company's legal form: (中国).
REGION = lazy_re(f"[(（][{HAN_SCRIPT}]{{2,3}}[)）]$")
NAME = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")


@cache
def suffixes(kind: str | None = None) -> tuple[str, ...]:
    """The suffixes of ``data/brand_suffixes.txt``, longest first: all of them as listed
    (simplified: ``brand_name`` reads simplified text), or those of one ``kind``
    (``company``, ``site``) in every script (``byline_portal`` reads a byline as printed).

    >>> suffixes("site")[:3]
    ('官方網站', '官方网站', '官方網')
    """
    if kind is None:
        return tuple(sorted((word for word, _ in data_lines("brand_suffixes.txt")), key=len)[::-1])
    words = {
        form
        for word, listed in data_lines("brand_suffixes.txt")
        if listed == kind
        for form in with_variants(word)
    }
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@cache
def suffix_search(kind: str) -> re.Pattern[str]:
    """Whether a text holds one of ``suffixes(kind)``, asked in one C search (a literal
    alternation in the stdlib ``re``) instead of one ``in`` a suffix."""
    return re.compile(longest_first(suffixes(kind)))


def brand_name(piece: str) -> str | None:
    """The name of ``piece`` (simplified) read as a brand, or None (module docstring).

    >>> brand_name("某某娱乐官方网站(中国)有限公司"), brand_name("(中国)有限公司")
    ('某某娱乐', None)
    >>> brand_name("华为技术有限公司"), brand_name("读懂广州"), brand_name("有限公司")
    ('华为技术', None, None)
    """
    rest, signed = piece, False
    while rest:
        region = REGION.search(rest)
        if region is not None:
            rest = rest[: region.start()]
            continue
        suffix = next((s for s in suffixes() if rest.endswith(s)), None)
        if suffix is None:
            break
        rest, signed = rest[: -len(suffix)], True
    if not signed or len(rest) < MIN_NAME or not NAME.fullmatch(rest):
        return None
    return rest
