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

Round 33 (clean once): through the article, not in one paragraph.  A portal's page of
other stories prints a story's headline near the top and, far lower, that story's lead,
which retells it (``警方抓获嫌疑人210余人冻结涉案金额2000万余元`` over a page of crime
stories, its figures again in one paragraph: 9.4 a thousand with it, 5.5 without).  A
headline's article repeats its words beyond that one paragraph, so the density is counted
without the paragraph that echoes the line most (an article of one paragraph is all it
has).  Measured on the 3,161 pages: the later headlines of the tuned pages reach 14 or
more a thousand without their best paragraph.

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
from newsclean.filters.site_names import PROSE_MARKS
from newsclean.filters.spam_unused import unglossed

#: A headline's words recur in its article: this many occurrences per thousand Han
#: letters of the article at least (chance echoes in long mixed articles stay under 4.5).
MIN_ECHO_DENSITY = 6
#: An article of this many paragraphs or more is weighed without the paragraph that echoes
#: the later line most (one paragraph alone is all its article says).
MIN_PARAGRAPHS = 2
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
    pairs = han_pairs(line)
    paragraphs = [p for p in article.split("\n") if p]
    counts = [sum(p.count(pair) for pair in pairs) for p in paragraphs]
    if len(paragraphs) >= MIN_PARAGRAPHS:
        # the paragraph that echoes the line most may retell that one item (a portal's
        # page lists a story's headline and, lower, its lead): the rest must echo it too
        top = max(range(len(counts)), key=counts.__getitem__)
        del paragraphs[top], counts[top]
    letters = sum(len(HAN.findall(p)) for p in paragraphs)
    if not letters:
        return True
    return sum(counts) * 1000 >= MIN_ECHO_DENSITY * letters


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
