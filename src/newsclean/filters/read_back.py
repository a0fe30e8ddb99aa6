"""The page as it reads back: each line a codec misread, re-read (round 35).

Model.  A line-level judgement reads a paragraph read with the wrong codec as re-read
(``codec_misread.read_for_judging``: its misread stretches cover half of it at least).
That reading needs characters outside the common set (``charmodel.uncommon``) in the
line: a line without one is read as printed.  Each line is searched for one in C (the
search stops at the first), and only the lines holding one are asked: a Python call
saved on nearly every line of a page.

Why exact: ``read_for_judging`` answers None for a line whose stripped text holds no
uncommon character (the blank line included), and stripping a line only takes
characters away.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.charmodel import uncommon
from newsclean.filters.codec_misread import read_for_judging


def read_back(texts: Sequence[str]) -> dict[int, str]:
    """The lines of ``texts`` a judgement reads re-read (index -> the re-read line, when
    ``read_for_judging`` gives one); the others read as printed.

    >>> read_back(["正文第一段。", "", "ÕýÎÄµÚÒ»¶Î£¬ËµµÄÊÇÔ®²Ø¡£"])
    {2: '正文第一段，说的是援藏。'}
    """
    search = uncommon().search
    return {i: again for i, t in enumerate(texts) if search(t) and (again := read_for_judging(t))}
