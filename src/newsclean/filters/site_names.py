"""The site's name printed in its header, beside or over other words (split from
``site_speech`` in round 35, whose vocabulary tells a site's name for itself:
``self_name_ends``).

*A masthead's name and slogan* (round 21, ``masthead_slogan``): a short name ending in a
site word (网站, 平台, 论坛, 网) or a media name, a separator, a short slogan and nothing
else (``中外网 - 关注中外最新动态!``); ``site_lines.masthead_lines`` asks the page whether
the article speaks of it.

Round 38: the header bar's *tools before the masthead* (``設為首頁 - 加入收藏 陜西村官網--
建設美麗城鄉,重塑村官形象!``): leading tool terms of ``data/nav_terms.txt`` (a home-page or
bookmark link), parted by spaces or a dash, are read off first; and a slogan may be two
short clauses parted by one comma.

*A section's word stacked over the site or tab named after it* (``stacked_label``):
a word of Han letters alone and, under or over it, a name opening with it and adding a
few characters and no mark of prose (``勵志`` / ``勵志人生知識庫``, ``生活`` / ``生活最新``):
one shape for ``site_lines.section_pair`` and ``head_echo.stacked_word``, each giving
its limits.
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.charmodel import HAN_RUN
from newsclean.filters.furniture_grammar import nav_terms
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import CLAUSE_MARKS, COLONS, STOP_MARKS
from newsclean.filters.site_speech import self_name_ends

#: A masthead's name and slogan (round 21): a short name, a separator, a short slogan.
MASTHEAD = lazy_regex(
    r"^(?P<name>[^\s\p{P}]{2,10})\s?[-–—|｜_]{1,2}\s?"
    r"(?P<slogan>[^\s\p{P}]{2,20}(?:[,，][^\s\p{P}]{2,20})?)[!！]?$"
)
#: The header bar's tools before a masthead: a term, then a space or a dash.
TOOL_LEAD = lazy_regex(r"^(?P<tool>[^\s\-–—|｜]{2,8})(?:\s?[-–—|｜]\s?|\s)")


def masthead_slogan(text: str, is_name: Callable[[str], bool] | None = None) -> str | None:
    """The slogan of a masthead line, a site's name (ending in a site word,
    ``self_name_ends``, or a media name by ``is_name``: ``title.is_site_name``) and its
    slogan after a separator (``中外网 - 关注中外最新动态!``), or None;
    ``site_lines.masthead_lines`` asks the page whether the article speaks of it.

    >>> masthead_slogan("某某网 - 关注天下新鲜事!"), masthead_slogan("某地举行发布会 - 某某要闻")
    ('关注天下新鲜事', None)
    """
    text = text.strip()
    found = MASTHEAD.match(text)
    if found is None and (rest := _after_tools(text)) != text:
        found = MASTHEAD.match(rest)  # 設為首頁 - 加入收藏 <name>--<slogan> (round 38)
    if found is None:
        return None
    name = found.group("name")
    if not name.endswith(self_name_ends()) and (is_name is None or not is_name(name)):
        return None
    return found.group("slogan")


def _after_tools(text: str) -> str:
    """``text`` without the header bar's tool terms opening it (``設為首頁 - 加入收藏 ``).

    >>> _after_tools("設為首頁 - 加入收藏 某某網--建設美麗城鄉")
    '某某網--建設美麗城鄉'
    """
    terms = nav_terms()
    rest = text
    while (lead := TOOL_LEAD.match(rest)) is not None and lead.group("tool").lower() in terms:
        rest = rest[lead.end() :].lstrip()
    return rest


#: A mark of prose (a clause mark, a stop, a colon, the list comma): no site's or tab's
#: name holds one (``stacked_label``).
PROSE_MARKS = frozenset(CLAUSE_MARKS + STOP_MARKS + COLONS + "、")


def stacked_label(word: str, name: str, words: tuple[int, int], tail: tuple[int, int]) -> bool:
    """Whether ``word``, a word of Han letters alone (``words``: its fewest and most), and
    ``name``, opening with it and adding ``tail`` characters (fewest, most) and no clause
    mark, are a section's word printed over the site or tab named after it (``勵志`` /
    ``勵志人生知識庫``, ``生活`` / ``生活最新``): one shape for ``site_lines.section_pair`` and
    ``head_echo.stacked_word``, each giving its limits.

    >>> stacked_label("勵志", "勵志人生知識庫", (2, 4), (2, 10))
    True
    >>> stacked_label("生活", "生活，就是这样", (2, 2), (1, 8))
    False
    """
    return (
        words[0] <= len(word) <= words[1]
        and tail[0] <= len(name) - len(word) <= tail[1]
        and name.startswith(word)
        and HAN_RUN.fullmatch(word) is not None
        and not PROSE_MARKS.intersection(name)
    )
