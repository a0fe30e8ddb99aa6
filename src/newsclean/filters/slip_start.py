"""Where a slip's start is free: the line's start (a cut) or a mark (round 36 split).

Model.  A slip's start is a byte lost; the prior against one at an ordinary character is
``realign.SLIP_COST``.  The start is free (``realign.start_cost``) only where a byte was
lost already *and* the text shows it there: after a mark, a run holding an uncommon
character; at the line's start (not after a layout mark, a run of ``LINE_START_RUN``
characters at least), an uncommon character within its first ``CUT_SIGN`` characters, or
a character out of place after the one before there and an uncommon one in the run.

A slipped stretch is read one byte on from its first character; a start inside ordinary
text costs the realignment test its prior (``realign.SLIP_COST``), since a slip starts at
any given character with odds of about 1 in 8,000.  Where bytes were lost already, the
start costs nothing: after a mark (the transcoder printed one for the pair it lost), and
at the start of a line a mirror cut at a byte offset, whose first lead byte went with the
cut.  Whether the line was cut, or the mark is the slip's, is itself a guess, so the
start is free only where the text reads like a slip there (``cut_edge``).
"""

from __future__ import annotations

from newsclean.filters.charmodel import MARKS, out_of_place, uncommon

#: A line's first byte lost (a mirror that cut the text at a byte offset) needs no prior:
#: the line's start is where the cut falls.  Only for a run this long, since a name alone
#: on a line ("陈曦", "钮怿") is as unlikely read either way.
LINE_START_RUN = 4
#: A cut line shows a slip's sign (an uncommon character, or one out of place after the
#: one before) among its first CUT_SIGN characters, what its first shifted pairs read as:
#: 能讓颖姛o論, words before a slip, is no cut line (read from its start: 茏層眾無論).
CUT_SIGN = 2
#: Marks pages open a line with as layout (a byline's ◎, a list's ● ■ ★): a line that
#: opens with one whole was not cut at a byte offset, so its start is no free edge
#: ("◎梁婉琦 雷翠雲" read one byte on is 蛄和?, likelier only for the free edge).
LINE_MARKS = frozenset("•·●▪■□◆◇○◎・‧∙◦★☆※▲△▼▽")


def cut_edge(text: str, start: int, n: int) -> bool:
    """Whether a stretch of ``n`` characters from ``start`` begins where bytes were lost
    already: the line's start (a mirror cut it at a byte offset; not after a layout mark)
    or a mark; and whether the run shows a slip's sign there (an uncommon character).

    The realigned reading explains the run's bytes with one character fewer, which alone
    makes it likelier by about a character's log-probability (6 nats on the evaluation's
    articles); the prior against a slip start (``SLIP_COST``) offsets that, so it is waived
    only for a run that also reads unlike text.  Ordinary words after a mark (a page's
    own repair left ``左方���仍被堵�``) kept the prior: with it waived, ``仍被堵`` was read
    one byte on as ``员欢`` (10.7 nats), text made worse, and a second cleaning changed it.
    """
    if start == 0:
        if n < LINE_START_RUN or text[0] in LINE_MARKS:
            return False
        # A cut garbles the line from its first character on: the sign is there.
        if uncommon().search(text, 0, CUT_SIGN) is not None:
            return True  # n > CUT_SIGN: the run holds it too
        return (
            any(out_of_place(text, i) for i in range(1, CUT_SIGN))
            and uncommon().search(text, 0, n) is not None
        )
    edge = text[start - 1] in MARKS
    return edge and uncommon().search(text, start, start + n) is not None
