"""Where a line's text is writing that no slip explains, so no slipped stretch is sought.

The realignment test (``realign``) asks of a run of two-byte characters whether it reads
better one byte later; these are the places where what stands there has a writer's
reason, not a decoder's, and the run is read as written:

* a character among words (``in_words``): it forms a pair seen inside words with a
  neighbour (缜密, 亳州), or two of the pairs around it are such pairs; shifted pairs
  almost never are;
* a romanised word (``latin_word``): a run of pinyin letters (ǎ ü ɡ ɑ, which GBK writes
  with two bytes) before an ASCII letter, after ASCII text or the line's start;
* a paired ASCII bracket (``paired_bracket``, round 39): ``[`` ``]`` ``{`` ``}`` are
  ASCII 0x5B-0x7D, inside the range a Big5 or GBK trail byte reads as when a slip ends
  (``想膝L吃``), so a name before a bracket (``[责任编辑:徐虹]关键词:``) looked like a
  slip's stray last byte.  A trail byte read as a bracket is one byte alone: nothing
  writes the bracket that pairs with it, whereas a writer's bracket closes the one
  opened before it in the line (or opens the one closed after it), with no other bracket
  of its kind between.  A lone bracket with no partner is still judged.
"""

from __future__ import annotations

import itertools

from newsclean.filters.charmodel import alphabet, model, simplified_char

#: Characters either side of a character judged among words (as ``realign.PROBE``).
NEIGHBOURS = 4
#: The two IPA letters GBK's pinyin row writes (ɑ, ɡ), outside charmodel's Latin range.
PINYIN_IPA = "\u0251\u0261"
#: Each ASCII bracket a trail byte can read as, and its partner.
OPENING = {"[": "]", "{": "}"}
CLOSING = {"]": "[", "}": "{"}

NO_FOLLOWERS = ("", "")


def in_words(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands among words: it forms a pair seen inside words with a
    neighbour (缜密, 亳州), or two of the pairs within NEIGHBOURS characters are such pairs
    (李昱明也提出).  Shifted pairs almost never are, so no slip is looked for there."""
    followers = model().followers
    window = "".join(map(simplified_char, text[max(0, at - NEIGHBOURS) : at + NEIGHBOURS + 1]))
    centre = min(at, NEIGHBOURS)
    # A pair is seen inside words when the second is among the first's followers (every
    # follower has a probability above zero): CharModel.pair without the probability.
    pairs = [b in followers.get(a, NO_FOLLOWERS)[0] for a, b in itertools.pairwise(window)]
    if (centre > 0 and pairs[centre - 1]) or (centre < len(pairs) and pairs[centre]):
        return True
    return sum(pairs) >= 2


def latin_word(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` before an ASCII letter is only Latin letters
    (pinyin's ǎ ü ɡ ɑ, which GBK writes with two bytes) after ASCII text or the start of
    the line: a romanised word, read as written.  A slip's stretch is shifted pairs of
    two-byte text; one that began exactly at such a letter and ended on the next ASCII
    letter would be a stretch of a letter or two, which the model cannot tell from the
    word anyway."""
    return (start == 0 or text[start - 1].isascii()) and all(
        alphabet(char) == "latin" or char in PINYIN_IPA for char in text[start:end]
    )


def paired_bracket(text: str, at: int) -> bool:
    """Whether the ASCII bracket ``text[at]`` is a writer's: a closing one whose opening
    partner stands before it in the line, or an opening one whose closing partner stands
    after it, with no bracket of the same kind between (``[责任编辑:徐虹]``).

    >>> [paired_bracket(t, t.index(c)) for t, c in (("[编辑:徐虹]关键词", "]"),
    ...     ("这是[徐虹]说的", "["), ("王芳]说", "]"), ("[[王芳说", "["))]
    [True, True, False, False]
    """
    char = text[at]
    if char in CLOSING:
        opened = text.rfind(CLOSING[char], 0, at)
        return opened >= 0 and char not in text[opened + 1 : at]
    if char in OPENING:
        closed = text.find(OPENING[char], at + 1)
        return closed >= 0 and char not in text[at + 1 : closed]
    return False
