"""Lines whose characters a codec lost: most of the line "?" or U+FFFD.

A transcoder that cannot write a character writes "?" (or U+FFFD) for it.  Where the
marks make up at least LOST_SHARE of a line of LOST_MIN marks or more, in more than one
run or with no Han character left, the line is flagged "text lost to a codec" and kept in
the body where it stands: it was a paragraph, not page furniture (the pipeline hands
structure the verdict, ``LineView.lost``).  A writer's "???" in a chat quote stays (too
few marks, or too small a share of the line), and so does one run after Han text
("真的吗????????").

A glossed mirror's line goes through the same transcoder: the Han characters become
marks and the glosses after them stay, ASCII letters and all, their tone vowels marks
too where the target codec has none ("??(fèng huáng)??(tái f?ng)").  Such a gloss is the
mirror's pinyin, not the line's text: the share of marks is taken on the line without
them (a gloss here: a bracket of pinyin syllables, at least one ASCII letter, right
after a mark; or, where the brackets were full-width and lost too, one to four
syllables with an ASCII letter each and a tone vowel or its mark, between spaces,
between marks: "? xù gu?n ?"; English words there have no tone vowel).  On a page whose
glosses go (``pinyin``'s page verdict), a lost line's glosses go too: their hosts were
lost, so the pinyin filter could not pair them, but they are the same mirror's.

Speed: one C-level scan for a mark; the gloss pattern is bounded (GLOSS_LENGTH) and run
only on a line with LOST_MIN marks.
"""

from __future__ import annotations

import re

from newsclean.document import Evidence
from newsclean.filters.charmodel import is_han
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake import NAME, MojibakeSpan

#: The ``encoding`` of a span whose text a codec lost, and what its warning says.
LOST = "lost"
LOST_REASON = "text lost to a codec"
#: A line has lost its text when it holds at least LOST_MIN marks and they are at least
#: LOST_SHARE of its characters other than spaces (and glosses after marks).
LOST_MIN = 8
LOST_SHARE = 0.5
MARK_RUNS = lazy_re("[?\ufffd]+")
#: The longest gloss looked for (a bracket of a few syllables).
GLOSS_LENGTH = 40
#: A mirror's gloss after a lost character: pinyin syllables (tone vowels maybe lost too)
#: with at least one ASCII letter, in half- or full-width brackets.
#: A syllable of a spaced gloss whose full-width brackets were lost with the Han text
#: ("? xù gu?n ?"): its tone vowel may be a mark, an ASCII letter it has.
SYLLABLE = "[\u00e0-\u01dc?]{0,2}[a-z][a-z\u00e0-\u01dc?]{0,6}"
LOST_GLOSS = lazy_re(
    rf"(?<=[?\ufffd])[(（](?=[^()（）]{{0,{GLOSS_LENGTH}}}[a-z])"
    rf"[a-z\u00e0-\u01dc\u0251\u0261?\ufffd ]{{1,{GLOSS_LENGTH}}}[)）]"
    rf"|(?<=[?\ufffd]) (?:{SYLLABLE} ){{1,4}}(?=[?\ufffd])"
)
#: A tone vowel, or the mark one became: a spaced gloss has one, English words do not.
TONED = lazy_re("[\u00e0-\u01dc?]")


def _without_glosses(text: str) -> tuple[str, list[str]]:
    """``text`` without its lost glosses, and the glosses."""
    glosses: list[str] = []

    def cut(match: re.Match[str]) -> str:
        gloss = match.group()
        if gloss.startswith(" ") and TONED.search(gloss) is None:
            return gloss  # "?? hello world ??": words between lost text, no gloss
        glosses.append(gloss)
        return ""

    return LOST_GLOSS.sub(cut, text), glosses


def lost_text(text: str) -> bool:
    """Whether ``text`` is a line whose characters a codec lost: most of it "?" or U+FFFD.

    >>> lost_text("????25???,???????????????,??????????212??,???41981???")
    True
    >>> lost_text("??(fèng huáng)??(tái f?ng)??(lái xí)?????(y? d?ng)??(b?i jì)")
    True
    >>> lost_text("他在群里只回了一句：“???”，就下线了。"), lost_text("真的吗????????")
    (False, False)
    """
    if "?" not in text and "\ufffd" not in text:
        return False
    marks = text.count("?") + text.count("\ufffd")
    if marks < LOST_MIN:
        return False
    bare = _without_glosses(text)[0]
    marks = bare.count("?") + bare.count("\ufffd")
    shown = len(bare) - bare.count(" ") - bare.count("\u3000")
    if marks < LOST_MIN or marks < LOST_SHARE * shown:
        return False
    # One run after Han text is a writer's ("真的吗????????"); a lost paragraph keeps its
    # digits and half-width punctuation between runs, or has no Han character left.
    runs = MARK_RUNS.findall(bare)
    return len(runs) > 1 or not any(map(is_han, bare))


def lost_span(text: str) -> MojibakeSpan:
    return MojibakeSpan(0, len(text), text, encoding=LOST)


def settle_lost(text: str, strip_glosses: bool, found: list[Evidence]) -> str:
    """A lost line as the page keeps it: its glosses gone when the page's go
    (``strip_glosses``), the evidence added to ``found``."""
    if strip_glosses:
        bare, glosses = _without_glosses(text)
        if glosses:
            text = bare
            shown = " ".join(gloss.strip() for gloss in glosses[:5])
            shown += " …" if len(glosses) > 5 else ""
            note = f"{shown} (glosses of lost text)"
            found.append(Evidence("pinyin", "stripped", note, count=len(glosses)))
    found.append(Evidence(NAME, "lost", LOST_REASON))
    return text
