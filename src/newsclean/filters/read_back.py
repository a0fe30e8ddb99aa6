"""The page as it reads back: each line a codec misread, re-read (round 35).

Model.  A line-level judgement reads a paragraph read with the wrong codec as re-read
(``codec_misread.read_for_judging``: its misread stretches cover half of it at least).
That reading needs characters outside the common set (``charmodel.uncommon``) in the
line: a line without one is read as printed.  Each line is searched for one in C (the
search stops at the first), and only the lines holding one are asked.

Why exact: ``read_for_judging`` answers None for a line whose stripped text is not empty
and holds no uncommon character (``MISREAD_SHARE * 0 < len``), and stripping a line only
takes characters away.  A line whose stripped text is empty is asked as before, once per
distinct text (the answer is a function of the line's text alone), but for the empty
line, which reads as itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.charmodel import uncommon
from newsclean.filters.codec_misread import read_for_judging


def read_back(texts: Sequence[str]) -> dict[int, str]:
    """The lines of ``texts`` a judgement reads re-read (index -> the re-read line, when
    ``read_for_judging`` gives a non-empty one); the others read as printed.

    >>> read_back(["正文第一段。", "", "ÕýÎÄµÚÒ»¶Î£¬ËµµÄÊÇÔ®²Ø¡£"])
    {2: '正文第一段，说的是援藏。'}
    """
    search = uncommon().search
    found: dict[int, str] = {}
    blanks: dict[str, str] = {}
    for i, text in enumerate(texts):
        if not text:
            continue  # the empty line reads as itself
        if search(text) is not None:
            again = read_for_judging(text)
        elif text.isspace():  # blank as strip() reads it: asked as before, once a text
            if text not in blanks:
                blanks[text] = read_for_judging(text) or ""
            again = blanks[text]
        else:
            continue  # no uncommon character: read_for_judging's own first test fails
        if again:
            found[i] = again
    return found
