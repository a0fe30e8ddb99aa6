"""The pure per-line judges that both the spam step and structure ask of the same lines,
each distinct line judged once across them (round 31, speed).

``spam_runs.leaves_text`` asks whether a line is furniture, a caption or metadata while
spam is judged; ``structure`` asks the same of the same lines (most pages' lines are not
changed in between) when it places them.  The judges are pure functions of the text, so
a remembered answer is the answer (a stored None too).  The results are shared read-only
(``structure._judged`` already shares its ``Metadata`` between the pages that print a
line).
"""

from __future__ import annotations

from newsclean.filters.memo import LineCache
from newsclean.filters.metadata import Metadata, parse_metadata
from newsclean.filters.navigation import Furniture, classify_furniture

#: ``classify_furniture(text)``, remembered (a ``LineCache`` answers a known line in C).
furniture_of: LineCache[Furniture | None] = LineCache(classify_furniture, LineCache.SMALL)
#: ``parse_metadata(text)``, remembered.
metadata_of: LineCache[Metadata | None] = LineCache(parse_metadata, LineCache.SMALL)
