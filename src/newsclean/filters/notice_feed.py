"""A source-link line inside the article's run is a feed item's link, not the page's notice
(round 47).

Model.  ``notice_reprint.source_link`` reads a label naming the original and its address
alone (``🔗資料來源: https://www.info.gov.hk/``, ``原文链接:news.rthk.hk/…``) as a notice
wherever it stands: a site reposting *one* story prints it once, under the story (at the
foot of the article's run) or over it (at the top).  A feed page printing several items one
after another prints each item's text and then the item's own link (neard.com's feed of
RTHK items: ``原文連結:news.rthk.hk/rthk/ch/component/k2/1625809-20211224.htm`` after each
item).  There the line stands *inside* the run of prose: a paragraph of prose above it and
another below it.  The article's run is one stretch of prose; the page's notice stands at an
edge of it, and a link between two prose paragraphs is a listing's link row (a tool line,
``nav``), not the page's copyright.

Evidence: the line is a source-link line whose address names one page (a path after the
host: a host alone, ``来源:https://orientaldaily.on.cc``, names the site the text came from,
a source, wherever it stands), the label and the address alone (nothing of a statement:
a reprint sentence or a first-published notice in the middle of the text stays a notice),
and among the lines the body step placed ``body`` there is a paragraph of prose
(``furniture_sitefoot.is_paragraph``: long, or a complete sentence) above it and one below
it.  A link at the foot (under the last paragraph, ``023``'s 🔗資料來源) or at the top keeps
its notice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.furniture_sitefoot import is_paragraph
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.notice_reprint import source_link

NAME = "structure"
#: A host and a path after it: the address of one page, not of a site.
PAGE_PATH = lazy_regex(r"[A-Za-z0-9-]\.[A-Za-z]{2,24}/[!-~]")
WHY = "a link to the original between the article's paragraphs: a feed item's link row"


def feed_links(text_of: Callable[[int], str], placements: Sequence[Placement]) -> list[int]:
    """The lines placed ``copyright`` that are source-link lines with a prose paragraph
    placed ``body`` above them and another below them."""
    prose = [i for i, p in enumerate(placements) if p == "body" and is_paragraph(text_of(i))]
    if len(prose) < 2:
        return []
    first, last = prose[0], prose[-1]
    return [
        i
        for i, placement in enumerate(placements)
        if placement == "copyright" and first < i < last and _item_link(text_of(i))
    ]


def _item_link(text: str) -> bool:
    """A source-link line whose address names a page (a path after the host): an item's
    link; a host alone (``来源:https://orientaldaily.on.cc``) names the site, a source."""
    if not source_link(text):
        return False
    return PAGE_PATH.search(text) is not None


def place_feed_links(
    text_of: Callable[[int], str],
    placements: list[Placement],
    reasons: list[str | None],
    evidence: list[Evidence | None],
) -> None:
    """Remove each feed item's link row (``feed_links``) as furniture."""
    for i in feed_links(text_of, placements):
        placements[i], reasons[i] = "removed", "nav"
        evidence[i] = Evidence(NAME, "nav", WHY)
