"""A mirror page whose glosses a codec damaged past the grammar's reading check: the
page-level evidence that its brackets are still a mirror's (split from ``pinyin`` and
``pinyin_orphans`` in round 36).

The model.  A mirror glues a toned syllable in brackets after the characters it glosses,
wherever they occur.  A codec that cannot write the page's characters damages every gloss
the same way, so the page shows the habit in what is left of the brackets:

* *the tone vowels dropped* (round 32, ``pinyin_orphans.dropped_vowel_mirror``):
  ``(zhng )``, ``(din )``;
* *the hosts lost wholesale* (round 36): a legacy encoding with no character for the
  page's Han prints each one as ``?`` and keeps the brackets, whose tone vowels it lost the
  same way (``???(mén)?????(q?)?(g?ng)``).  No host is left for the grammar to read, so
  no gloss shows the habit; the orphans do.  ``LOST_PAGE_ORPHANS`` bracketed toned
  syllables (a tone mark, or one ``?`` among letters for the lost vowel) right after a
  mark, on ``LOST_PAGE_SYLLABLES`` different syllables, are a mirror's habit: a note on a
  reading glosses one or two characters, and its host is there to read.

Either makes the page a mirror; its lines then lose their orphans as on any mirror page
(``pinyin_orphans``: a line holding three after marks lost its characters wholesale).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.pinyin_orphans import ORPHAN_SITE, dropped_vowel_mirror, toned_syllable

#: Orphan glosses after a mark on a page, on different syllables, that show a mirror whose
#: hosts a codec lost wholesale.
LOST_PAGE_ORPHANS = 10
LOST_PAGE_SYLLABLES = 4


def lost_host_mirror(texts: Sequence[str]) -> int:
    """How many bracketed toned syllables follow a mark on the page, when they are enough
    (``LOST_PAGE_ORPHANS`` on ``LOST_PAGE_SYLLABLES`` syllables) to show a mirror whose
    hosts a codec lost wholesale; else 0.

    >>> lost_host_mirror(["???(mén)?????(q?)?(g?ng)???(8)??(hào)???(zh?ng)???(shì)"] * 2)
    12
    >>> lost_host_mirror(["真的嗎?(笑) 六安的六讀作六(lù)。"])
    0
    """
    sites = (m[1] for text in texts if _marked(text) for m in ORPHAN_SITE.finditer(text))
    found = [syllable for syllable in sites if toned_syllable(syllable)]
    enough = len(found) >= LOST_PAGE_ORPHANS and len(set(found)) >= LOST_PAGE_SYLLABLES
    return len(found) if enough else 0


def _marked(text: str) -> bool:
    """Whether a line can hold an orphan after a mark: a bracket, and a lost character's
    ``?`` or U+FFFD (the gate that spares a gloss-less page the scan, speed only)."""
    return "(" in text and ("?" in text or "\ufffd" in text)


def codec_mirror(texts: Sequence[str]) -> str:
    """Why the page is a mirror whose glosses a codec damaged (module docstring), or ""."""
    if dropped := dropped_vowel_mirror(texts):
        return f"{dropped} glosses whose tone vowel a codec dropped"
    lost = lost_host_mirror(texts)
    return f"{lost} glosses whose host a codec lost" if lost else ""


def hostless(texts: Sequence[str]) -> tuple[bool, str]:
    """The verdict (strip, reason) on a page with no gloss the grammar reads."""
    if lost := lost_host_mirror(texts):
        return True, f"mirror page: {lost} glosses whose host a codec lost"
    return False, "no gloss"
