"""The page as it reads back: each line a codec misread, re-read (round 35).

Model.  A line-level judgement reads a paragraph read with the wrong codec as re-read
(``codec_misread.read_for_judging``: its misread stretches cover half of it at least).
That reading needs one character outside the common set (``charmodel.uncommon``) in every
``MISREAD_SHARE`` of the line: a line with fewer is read as printed.  Most pages hold few
such characters, so the page is scanned for them once, in C, over its lines joined by a
line feed (no uncommon character, so no match spans two lines), each match counted to its
line, and only the lines holding enough are asked; the answers are ``read_for_judging``'s,
line by line.

Why exact: ``read_for_judging`` answers None for a line whose stripped text holds fewer
than one uncommon character in ``MISREAD_SHARE``, and stripping a line only takes
characters away (the whole line's count bounds the stripped line's).  A line whose
stripped text is empty is asked as before, once per distinct text (the answer is a
function of the line's text alone), but for the empty line, which reads as itself.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

from newsclean.filters.charmodel import uncommon
from newsclean.filters.codec_misread import MISREAD_SHARE, read_for_judging


def read_back(texts: Sequence[str]) -> dict[int, str]:
    """The lines of ``texts`` a judgement reads re-read (index -> the re-read line, when
    ``read_for_judging`` gives a non-empty one); the others read as printed.

    >>> read_back(["正文第一段。", "", "ÕýÎÄµÚÒ»¶Î£¬ËµµÄÊÇÔ®²Ø¡£"])
    {2: '正文第一段，说的是援藏。'}
    """
    starts = [0, *accumulate(map((1).__add__, map(len, texts)))]  # each line and its feed
    counts = Counter(
        bisect_right(starts, found.start()) - 1 for found in uncommon().finditer("\n".join(texts))
    )
    asked = [
        i
        for i, count in counts.items()
        if (line := texts[i].strip()) and MISREAD_SHARE * count >= len(line)
    ]  # the others: read_for_judging's own first test, on the line's count
    blanks = [i for i, text in enumerate(texts) if text and text.isspace()]  # as strip() reads
    # an empty line reads as itself (""); a blank one is asked once per distinct text
    answers: dict[str, str] = {}
    for i in blanks:
        if texts[i] not in answers:
            answers[texts[i]] = read_for_judging(texts[i]) or ""
    found = {i: again for i in asked if (again := read_for_judging(texts[i]))}
    found.update((i, answers[texts[i]]) for i in blanks if answers[texts[i]])
    return dict(sorted(found.items()))
