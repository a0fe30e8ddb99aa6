"""The pure per-line judges that both the spam step and structure ask of the same lines,
each distinct line judged once across them (round 31, speed).

``spam_runs.leaves_text`` asks whether a line is furniture, a caption or metadata while
spam is judged; ``structure`` asks the same of the same lines (most pages' lines are not
changed in between) when it places them.  The judges are pure functions of the text, so
a remembered answer is the answer; boxed, as ``LineCache`` reads a stored None as not
known.  The results are shared read-only (``structure._judged`` already shares its
``Metadata`` between the pages that print a line).
"""

from __future__ import annotations

from newsclean.filters.captions import WIRE, caption_cue
from newsclean.filters.memo import LineCache, PageMemo
from newsclean.filters.metadata import Metadata, parse_metadata
from newsclean.filters.navigation import Furniture, classify_furniture

_furniture = LineCache(lambda text: (classify_furniture(text),), LineCache.SMALL)
_metadata = LineCache(lambda text: (parse_metadata(text),), LineCache.SMALL)
_caption_cues = LineCache(lambda text: (caption_cue(text),), LineCache.SMALL)


def furniture_of(text: str) -> Furniture | None:
    """``classify_furniture(text)``, remembered."""
    return _furniture(text)[0]


def metadata_of(text: str) -> Metadata | None:
    """``parse_metadata(text)``, remembered."""
    return _metadata(text)[0]


def caption_cue_of(text: str) -> str | None:
    """``caption_cue(text)``, remembered."""
    return _caption_cues(text)[0]


def caption_cue_at(text: str, last: bool, cues: PageMemo[str | None] | None = None) -> str | None:
    """Why a line is a caption by its words (``caption_cue``; ``cues``, the page's memo of
    it), or None: the one judgement of ``structure``'s caption pass and of the lines its
    clean text prints, which ``foot_notices`` counts (round 33).  A wire's credit closing
    the article's ``last`` line is its source tag (……。（新华社）), not a photo's."""
    cue = caption_cue_of(text) if cues is None else cues.get(text, caption_cue_of)
    return None if cue is not None and last and cue.startswith(WIRE) else cue
