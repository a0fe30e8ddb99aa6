"""A line's caption cue by its words, remembered: the one judgement that ``structure``'s
caption pass, the lines its clean text prints (``foot_notices`` counts them) and the spam
step's article without its captions (``spam_article.Printed``) all ask.

Its own module, apart from ``line_judges``, because ``spam_article`` asks it and
``line_judges`` loads ``metadata``, which loads ``spam_article``: an import cycle.
``caption_cue`` is a pure function of the text, so a remembered answer is the answer.
"""

from __future__ import annotations

from newsclean.filters.captions import WIRE, caption_cue
from newsclean.filters.memo import LineCache, PageMemo
from newsclean.filters.picture_story import picture_story_credit

#: ``caption_cue(text)``, remembered (a ``LineCache`` answers a known line in C and keeps
#: a None answer: no box, no Python frame).
caption_cue_of: LineCache[str | None] = LineCache(caption_cue, LineCache.SMALL)


def caption_cue_at(text: str, last: bool, cues: PageMemo[str | None] | None = None) -> str | None:
    """Why a line is a caption by its words (``caption_cue``; ``cues``, the page's memo of
    it), or None.  A wire's credit closing the article's ``last`` line is its source tag
    (……。（新华社）), not a photo's; a photographer's credit closing it after two sentences
    signs a picture story (``picture_story``, round 43)."""
    cue = caption_cue_of(text) if cues is None else cues.get(text, caption_cue_of)
    if cue is not None and last and (cue.startswith(WIRE) or picture_story_credit(text)):
        return None
    return cue
