"""How spam a piece glued to a headline is: its *level* (split from ``spam_glued`` in
round 35, which reads the line's pieces and cuts them from its edges while each is spam).

A *glued piece* is read from each edge of the line inwards, stopping at the first piece
that is no spam.  A piece is spam when it is a keyword of ``MIN_TERM``-``MAX_PIECE``
characters (Han, Latin, digits; no column, no desk credit), *foreign to the article* (no
pair of it in the headline or the article; a term the vocabulary marks may share fewer
than half its pairs with them, ``亿博国际娱乐`` before ``…国际社会…``), and has a
*level*:

- *strong*: its vocabulary is strong (``spam_frames.frame_strength`` 2), or it has the
  *shape of a site name*: after the headline, a hyphen, dash, pipe or underscore on the
  headline's side, ``MIN_TERM``-``MAX_SITE`` characters, none of its pairs in the article
  (the ``headline - site`` pattern of a page title: ``…很真实-天天速讯``).  A name the
  title reader knows as an outlet's (``title.is_site_name``: 新华网, 网易新闻, a media
  ending) is no glued piece at all: it stays for the title reader, which files it as the
  page's site;
- *marked*: its vocabulary marks it (``frame_strength`` 1);
- *foreign*: after a space, a name of ``MAX_NAME`` characters at most (a brand, a site:
  a longer piece is a clause, a subtitle the article need not repeat) holding a Han
  character the article never uses (``spam_lead.unused_char``).

Round 36: the vocabulary speaks only of a term the article does not speak of.  A piece whose
every lexicon term (or a shorter term inside it) the article prints in its own sentences
is the story's subject, not a keyword glued on (``网上叫卖大学生毕业证编号 假证书却有真编号``
over a report whose paragraphs say ``做一张假证``: the subtitle goes on naming the
article's topic), as a source naming the article's topic is no brand
(``field_origin``); a term printed only glued before commas (``spam_ui.glued_only``) is a
spun copy's keyword, not the article speaking.  Such a piece is read as one no vocabulary
knows.

Before the headline with a hyphen or pipe between (``图文-``, ``点闻1分钟|``, a column's
place), only vocabulary counts; a marked term there holding a Han character the article
never uses (``spam_lead.unused_char``: a column's name is the site's common words) is
strong (round 17); so is a *brand* there (round 18, ``spam_brand``: a name signed with a
company's legal form or a site's self-name, ``某某娱乐官方网站(中国)有限公司-``) whose
name the article never names.  Which levels are cut, on which page, is ``spam_glued``'s.

Round 46: a *page tool* (a tool phrase of the furniture grammar, ``furniture_grammar.
is_tool_phrase``: ``设为首页``, ``加入收藏``) after a bar (``TOOL_BARS``) is the template's
link, whatever the article says: a bar of tool cells after a cell (``在线投稿 (…) | 设为首页
| 加入收藏``, a portal's top bar) is the page's tool bar, no headline with spam glued on;
it is left whole for the tool readers, and the headline search never takes a bar's cell
for the headline.  After a dash a tool stays a piece as before (``(…报导) - 下载PDF版本``:
the reprint's link, cut with what follows it).
"""

from __future__ import annotations

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_grammar import is_tool_phrase
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_brand import brand_name
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_glue_term import foreign_address as address
from newsclean.filters.spam_lead import (
    KEYWORD,
    MIN_TERM,
    desk_credit,
    foreign,
    is_column,
    unused_char,
)
from newsclean.filters.spam_signs import lexicon
from newsclean.filters.spam_ui import glued_only
from newsclean.filters.title import is_site_name

#: A glued piece is this many characters at most; a site's name after a dash, ``MAX_SITE``.
MAX_PIECE, MAX_SITE = 16, 6
#: A piece known by nothing but its characters is a name: this many characters at most.
MAX_NAME = 6
#: How a glued piece is spam: not, by a character the article never uses, by its vocabulary
#: (marked), by strong vocabulary or a site name's shape.
NONE, FOREIGN, MARKED, STRONG = 0, 1, 2, 3


#: The bars a tool bar's cells stand between (round 46).
TOOL_BARS = ("|", "｜", "丨")


def piece_level(
    term: str, probe: str, sep: str, head: str, article: Elsewhere, *, after: bool
) -> int:
    """How a piece outside the headline ``head`` is spam glued to it (module docstring):
    ``STRONG`` (strong vocabulary, a site's name after a dash), ``MARKED`` (marked
    vocabulary), ``FOREIGN`` (a Han character the article never uses) or ``NONE``; ``sep``
    is the separator on the headline's side, ``after`` whether it follows the headline."""
    if not after and sep.strip(" \u3000") and (name := brand_name(probe)) is not None:
        printed = term[: len(name)] if len(term) == len(probe) else name
        return STRONG if foreign((printed, name), head, article) else NONE  # a brand's shape
    if after and (site := address(term, article)) is not None:
        return MARKED if site else NONE  # a web address (round 32): the template's site
    if (
        not MIN_TERM <= len(term) <= MAX_PIECE
        or not KEYWORD.fullmatch(term)
        or is_column(probe)
        or desk_credit(term)
        or is_site_name(term)  # an outlet's name (新华网, 网易新闻): the page's site, read later
        or (sep.strip() in TOOL_BARS and is_tool_phrase(probe))  # 设为首页 | 加入收藏 (r46)
    ):
        return NONE
    strength = frame_strength(probe)
    if strength < 0:
        return NONE
    if strength > 0 and _spoken(probe, article):
        strength = 0  # the article's topic (module docstring, round 36)
    pair = (term, probe)
    if not foreign(pair, head, article):
        pairs = han_pairs(term)
        shared = sum(p in head or article.echoes((p,)) > 0 for p in set(pairs))
        if strength < 1 or 2 * shared >= len(set(pairs)):
            return NONE
    if strength == 2:
        return STRONG
    mark = sep.strip(" \u3000")
    if mark and not after:  # a column before a pipe or a dash: 图文-
        if strength == 1 and unused_char(pair, head, article):
            return STRONG  # a marked term with a character the article never uses
        return MARKED if strength == 1 else NONE
    if strength == 1:
        return MARKED
    if (
        mark
        and MIN_TERM <= len(term) <= MAX_SITE
        and han_pairs(term)
        and not article.echoes(han_pairs(term))
    ):
        return STRONG  # the headline - site pattern
    if len(term) > MAX_NAME:
        return NONE  # a clause, not a name: a subtitle the article does not repeat
    return FOREIGN if unused_char(pair, head, article) else NONE


def _spoken(probe: str, article: Elsewhere) -> bool:
    """Whether the article speaks of every lexicon term of ``probe`` (simplified,
    lower-cased): it prints the term, or a shorter term found inside it, in a sentence of
    its own, not only glued before commas (module docstring, round 36)."""
    found = {term for _, _, term in lexicon().find(probe)}
    if not found:
        return False
    lowered = article.article.lowered  # joined and lower-cased once per page
    span = lowered.span(article.index)  # the piece's own line is no evidence for it
    text = lowered.text if span is None else lowered.text[: span[0]] + lowered.text[span[1] :]
    return all(
        any(
            inner in term and article.prints(inner) and not glued_only(inner, text)
            for inner in found
        )
        for term in found
    )
