"""A picture's caption between paragraphs told by what it retells: the paragraph above it
(round 40).

Model.  A short line with no sentence mark between two paragraphs is a heading or a
caption; its shape does not tell which (``佛冈县妇联党组书记、主席何婉媚致辞``, ``村民踊跃
抢答``: a caption; ``突破:新秀涌现 老将回归``: a heading).  Its place in the story does.
A heading opens the section under it: it names what the next paragraphs will develop,
not what the paragraph above has just told.  A picture set after a paragraph shows what
that paragraph told, and its caption retells it in a few words: most of the caption's
pairs of adjacent Han characters (``charmodel.han_pairs``) are the paragraph's above it
(``RETOLD_SHARE``), and more of them than of the paragraph under it
(https://qy.7890.net/c21946c0c21becf758819c686.html: ``书法家为村民书写春联`` after the
paragraph on the calligraphers writing couplets for the villagers, ``村民踊跃抢答`` after
the one on the quiz they answered).

A picture is one of several on such a page: the rule reads the story's rhythm, not one
line, and asks for ``MIN_RETOLD`` lines that retell the paragraph above them.  Then the
page sets its captions in one slot (the blank lines before them, and whether the
paragraph under them is glued to them), and the other heading-shaped lines set in that
same slot between paragraphs are the gallery's other captions (``活动现场热闹非凡``);
a line in another slot (a heading spaced as the paragraphs are) stays a heading.

Not read: above the article's first paragraph (the headline's and the dek's place), a
line that is not between two paragraphs (``LAYOUT_SAMPLE_LENGTH`` characters or more,
the norm's), a numbered heading (the caller's ``heading_shaped`` says which lines are
heading-shaped), a line of fewer than ``MIN_PAIRS`` pairs (a word names nothing yet).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.caption_layout import LAYOUT_SAMPLE_LENGTH, LineLike
from newsclean.filters.charmodel import han_pairs

#: A caption retells the paragraph above: this share of its Han pairs is that paragraph's.
RETOLD_SHARE = 0.5
#: A line of fewer pairs names too little to retell anything.
MIN_PAIRS = 4
#: Pictures on a page: this many lines retelling the paragraph above make a gallery.
MIN_RETOLD = 2
CUE = "a picture's caption: it retells the paragraph above it, as the page's other captions do"
SLOT_CUE = "a picture's caption: set between paragraphs as the page's retelling captions are"


def _slot(views: Sequence[LineLike | None], position: int) -> tuple[int, bool]:
    """Where a line sits: the blank lines above it, and whether the line under it is glued."""
    after = views[position + 1]
    return views[position].blanks_before, after is not None and after.blanks_before == 0  # type: ignore[union-attr]


def retold_captions(
    views: Sequence[LineLike | None],
    first_in_article: int,
    heading_shaped: Callable[[str], bool],
) -> dict[int, str]:
    """The positions (in ``views``) of the captions the module docstring describes, each
    with its evidence; empty unless the page holds ``MIN_RETOLD`` retelling lines."""
    # a paragraph: as long as the layout norm's sample lines (one test a line, inline)
    paragraph = [view is not None and len(view.text) >= LAYOUT_SAMPLE_LENGTH for view in views]
    between = [
        position
        for position in range(max(first_in_article, 1), len(views) - 1)
        if paragraph[position - 1]
        and paragraph[position + 1]
        and (view := views[position]) is not None
        and heading_shaped(view.text)
    ]
    retold: dict[int, str] = {}
    for position in between:
        pairs = han_pairs(views[position].text)  # type: ignore[union-attr]
        if len(pairs) < MIN_PAIRS:
            continue
        # A pair of Han letters is in a paragraph's pairs when the paragraph prints it:
        # counted in the text, the paragraphs' own (long) pair sets are never built.
        above = sum(pair in views[position - 1].text for pair in pairs)  # type: ignore[union-attr]
        if above < RETOLD_SHARE * len(pairs):
            continue
        if above > sum(pair in views[position + 1].text for pair in pairs):  # type: ignore[union-attr]
            retold[position] = CUE
    if len(retold) < MIN_RETOLD:
        return {}
    slots = {_slot(views, position) for position in retold}
    if len(slots) != 1:
        return {}  # captions of one page share one slot; two slots tell nothing
    for position in between:
        if position not in retold and _slot(views, position) in slots:
            retold[position] = SLOT_CUE
    return retold
