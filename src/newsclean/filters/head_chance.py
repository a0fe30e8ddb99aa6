"""Whether a later head line's echo of the article says more than chance (round 32,
asked by ``head_search.best_echoed`` and ``head_echo.speaking_headline``, whose first
candidate the article does not echo).

Model.  ``best_echoed`` lets a first headline candidate that shares no pair with the
article give way to a later line that does: a headline speaks of its article.  But an echo
is a count of shared pairs, and a long article made of other stories (a portal's page, the
paragraphs under a headline a byline placed, read again without that byline) shares a
common word or two with any news line by chance (香港, 昨日, 机场).  A headline names what
its article is about, and the article prints those words again and again (西螺 in a story
of 西螺's soy sauce, four times in 400 letters).  So the later line's echo counts when its
shared pairs recur densely: ``MIN_ECHO_DENSITY`` occurrences per thousand Han letters of
the article or more (``beyond_chance``).

Below that, the first line stays the headline when it is a headline of its own
(``own_headline``): not furniture once a mirror's glosses are read away (``【字体(tǐ )：↑大
↓小``, a tool row), not a label (at most ``MAX_LABEL`` Han letters and no clause mark:
``久青草原``, a site's or column's name, which names no event).  A spam line or a label over
the article still gives way to a headline its article echoes densely.

Why (issue 9, clean once): the clean text of a page prints its headline over the body and
no byline, so the byline that placed the headline on the first cleaning is gone on the
second; the first line must keep heading the page by its own evidence.  Measured on the
830 titled pages of the idempotence check: chance echoes of the second cleanings reach 4.4
occurrences per thousand Han letters; the later headlines of the tuned pages that pass a
spam line or a label reach 10 or more.
"""

from __future__ import annotations

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.line_judges import furniture_of
from newsclean.filters.site_speech import PROSE_MARKS
from newsclean.filters.spam_article import unglossed

#: A headline's words recur in its article: this many occurrences per thousand Han
#: letters of the article at least (chance echoes in long mixed articles stay under 4.5).
MIN_ECHO_DENSITY = 6
#: A label names no event: this many Han letters at most and no clause mark (the one
#: bound of a column's label; ``head_echo`` reads it from here).
MAX_LABEL = 8


def beyond_chance(line: str, article: str) -> bool:
    """The pairs ``line`` shares with ``article`` recur there ``MIN_ECHO_DENSITY`` times
    per thousand of its Han letters or more (module docstring).

    >>> story = "西螺酱油名声远扬。西螺镇的酱油老字号还留下了古朴的手工技法。" * 2
    >>> beyond_chance("原汁原味 西螺制造", story)
    True
    >>> mixed = "香港警方冻结赌资。" + "会议决定推进乡村建设。" * 40
    >>> beyond_chance("香港区旗不正确涉外交事务", mixed)
    False
    """
    letters = len(HAN.findall(article))
    if not letters:
        return True
    occurrences = sum(article.count(pair) for pair in han_pairs(line))
    return occurrences * 1000 >= MIN_ECHO_DENSITY * letters


def own_headline(line: str) -> bool:
    """``line`` is no furniture once its glosses are read away and no label (module
    docstring).

    >>> own_headline("马华促警提高阿罗街戒备"), own_headline("【字体(tǐ )：↑大 ↓小")
    (True, False)
    >>> own_headline("久青草原")
    False
    """
    plain = unglossed(line).strip()
    if furniture_of(plain) is not None:
        return False
    return len(HAN.findall(plain)) > MAX_LABEL or bool(PROSE_MARKS.intersection(plain))
