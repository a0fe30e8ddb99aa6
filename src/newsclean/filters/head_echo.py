"""Which headline candidate heads the page when the first one speaks of none of the
article (``page_head.find_title``'s weighing, split from ``page_head``, round 15).

Model.  A headline speaks of its article (``title.echoes``: the pairs of adjacent Han
characters it shares with the paragraphs).  A first candidate that shares none is
another story's (a related link, a stolen headline) when a later one does; of the later
ones, the one that shares the most heads.

Round 15: a picture stands between the headline and the article, and its caption may
open with the picture's *name* on a short line of its own, right over the credited
caption line (``华侨新村入口`` over ``刚建成时的华侨新村。图/越秀区华乐街道提供``).  The name
speaks of the article as much as the headline does, often more (it names the article's
subject).  So a later candidate directly followed by a line with a caption's wording
(``captions.caption_cue``: a credit, a caption opening) is a caption's first line, not
weighed, once a candidate above it is echoed by the article: that one is the headline
and the picture stands under it.  With no echoed candidate above, the line is weighed as
any (a headline may stand right over its lead picture's caption).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.captions import caption_cue
from newsclean.filters.title import echoes


def best_echoed(
    first: int,
    under: list[int],
    text: Callable[[int], str],
    article: str,
    next_candidate: Callable[[int], int | None],
) -> tuple[int, list[int]]:
    """The position in ``under`` of the candidate that heads, from ``first`` (which the
    article does not echo) on, and the candidates weighed above it (module docstring).
    ``text(i)`` is line ``i``'s text; ``next_candidate(p)`` the next candidate from
    position ``p`` on, or None."""
    best, best_share = first, 0
    weighed = [under[first]]
    later = next_candidate(first + 1)
    while later is not None:
        if best_share and _names_a_picture(later, under, text):
            later = next_candidate(later + 1)
            continue  # the picture's name under an echoed headline: a caption's line
        weighed.append(under[later])
        share = echoes(text(under[later]), article)
        if share > best_share:
            best, best_share = later, share
        later = next_candidate(later + 1)
    return best, [i for i in weighed if i < under[best]]


def _names_a_picture(position: int, under: list[int], text: Callable[[int], str]) -> bool:
    """The next line under the candidate at ``position`` has a caption's wording."""
    return position + 1 < len(under) and caption_cue(text(under[position + 1])) is not None
