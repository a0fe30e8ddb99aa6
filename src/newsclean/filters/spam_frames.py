"""A spam term framed in brackets and glued before the headline: the frame is cut off.

Model.  A hijack template glues its keyword, in lenticular brackets, to the head of the
copied article's headline (``【信用卡提现】“行走新丝路”大型跨国全媒体报道活动…``, one
frame or a stack of them: ``【bt成人】【大发盘口】海沧市民节…``).  A real headline opens
with a bracketed *column name* in the same place (``【深度】``, ``【独家】``, ``【视频】``,
``【两会·声音】``), so the frame alone is no proof; its content must speak:

* *The place*: a line of the page head (above the first paragraph: the first line with
  two sentence marks, or longer than ``MAX_HEADLINE`` characters with one) that opens with one or
  more frames ``【…】`` / ``〖…〗`` of ``MIN_TERM``-``MAX_TERM`` characters each (no
  sentence mark, colon or function character inside: a keyword, not a clause) and goes
  on with at least ``MIN_REST`` characters (the headline).
* *The content of a frame*, simplified and lower-cased, scored with the spam vocabulary
  (``spam_signs``): its pieces are the lexicon terms and, outside them, the spam
  morphemes (bigrams that several terms share: 出售, 电影, 仿真) it holds; glue is a
  number or Latin glued to Han (``bt成人``).

  - *strong*: a term of weight 2 or more, or two pieces (``在线淫电影``: 在线 + 电影;
    ``仿真手枪``), or glue with a piece (``bt成人``): the frame is spam on any page;
  - *marked*: one piece, or glue alone (``彩票预测``, ``信用卡提现``): the frame is spam
    only on a page that carries spam elsewhere (a line or a block already judged spam:
    the template's other injection speaks for it);
  - a frame that is nothing but one weak lexicon word (``【视频】``, ``【娱乐】``: a channel's
    name), or that holds a word of the reports about spam (``【扫黑除恶】``,
    ``spam_counter_terms.txt``), is the page's column and is never cut.

  A headline holding a word of the reports about spam (``【网络赌博】警方破获…``) is a
  crackdown report tagged with its crime: its frame stays.
  In a stack, frames are one injection: a stack holding a spam frame is cut up to its
  last frame that is not a column (``【bt成人】【大发盘口】``: the unknown brand goes with
  the known one); a column after it (a weak word alone, a word of enforcement) stays
  with the headline.

A frame no vocabulary knows on a page without other spam (``【蒙尘药】``) stays: nothing
but its vocabulary could tell it from a column name.  The line stays where structure
puts it, without the frame; its evidence records the frame cut and why
(``spam cut``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_signs import (
    COLON,
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    counter_lexicon,
    is_glued,
    lexicon,
    morpheme_pattern,
)

#: A line longer than this holding a sentence mark is a paragraph: the page head ends there.
MAX_HEADLINE = 64
#: A framed keyword is this many characters.
MIN_TERM, MAX_TERM = 2, 16
#: What follows the frames (the headline) is at least this many characters.
MIN_REST = 4
#: Weight of a lexicon term that is spam on its own.
STRONG_WEIGHT = 2.0
FRAMES = regex.compile(
    rf"^(?:【[^【】]{{{MIN_TERM},{MAX_TERM}}}】|〖[^〖〗]{{{MIN_TERM},{MAX_TERM}}}〗)+"
)
FRAME = regex.compile(r"【([^【】]+)】|〖([^〖〗]+)〗")
PARAGRAPH_MARK = regex.compile(r"[。！？]")
#: ``frame_strength`` of a column name: a weak word alone, a word of enforcement.
COLUMN = -1


@dataclass(frozen=True, slots=True)
class FrameCut:
    """The frames cut off a headline: what was cut, what stays, and why."""

    cut: str
    rest: str
    why: str


def frame_strength(term: str) -> int:
    """2 for a strong frame, 1 for a marked one, 0 for one the vocabulary does not know,
    -1 for a column (module docstring); ``term`` is simplified and lower-cased.

    >>> [frame_strength(t) for t in ("在线淫电影", "bt成人", "彩票预测", "深度", "视频", "打非")]
    [2, 2, 1, 0, -1, -1]
    """
    if counter_lexicon().find(term):
        return COLUMN
    weights = lexicon().terms
    if weights.get(term, STRONG_WEIGHT) < STRONG_WEIGHT:
        return COLUMN  # one weak word alone: a channel's name
    found = lexicon().find(term)
    if any(weights[t] >= STRONG_WEIGHT for _, _, t in found):
        return 2
    covered = bytearray(len(term))
    for start, end, _ in found:
        covered[start:end] = b"\1" * (end - start)
    pieces = len({t for _, _, t in found})
    taken = bytearray(len(term))
    for match in morpheme_pattern().finditer(term, overlapped=True):
        start, end = match.span()
        if not any(covered[start:end]) and not any(taken[start:end]):
            taken[start:end] = b"\1" * (end - start)
            pieces += 1
    glued = is_glued(term)
    if pieces >= 2 or (glued and pieces):
        return 2
    return 1 if pieces or glued else 0


def _keyword(term: str) -> bool:
    return not (SENTENCE_MARKS.search(term) or COLON.search(term) or FUNCTION_CHARS.search(term))


def head_frames(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, FrameCut]:
    """The framed spam terms glued before headlines of the page head (line index -> cut).

    >>> page = ["【在线淫电影】今天下午到夜间 省会将有强降雨", "【深度】两会代表谈民生", "正文。"]
    >>> cuts = head_frames(page, [SpamVerdict(False, 0.0, (), 0)] * 3)
    >>> sorted(cuts), cuts[0].cut, cuts[0].rest
    ([0], '【在线淫电影】', '今天下午到夜间 省会将有强降雨')
    """
    found: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        marks = PARAGRAPH_MARK.findall(line)
        if len(marks) >= 2 or (marks and len(line) > MAX_HEADLINE):
            break  # the first paragraph: the page head ends
        if verdicts[i].is_spam or not line or line[0] not in "【〖":
            continue
        frames = FRAMES.match(line)
        if frames is None or len(line) - frames.end() < MIN_REST:
            continue
        if counter_lexicon().find(line[frames.end() :]):
            continue  # a crackdown report tagged with its crime
        terms = [m.group(1) or m.group(2) for m in FRAME.finditer(frames.group())]
        if all(map(_keyword, terms)):
            found[i] = terms
    if not found:
        return {}
    flat = [t for terms in found.values() for t in terms]
    simplified = simplify_lines(flat) if simplify_lines is not None else flat
    probes = iter(t.lower() for t in simplified)
    hijacked = any(v.is_spam for v in verdicts)
    cuts: dict[int, FrameCut] = {}
    for i, terms in found.items():
        strengths = [frame_strength(next(probes)) for _ in terms]
        spam = [k for k, s in enumerate(strengths) if s == 2 or (s == 1 and hijacked)]
        if not spam:
            continue
        line = texts[i].strip()
        spans = list(FRAME.finditer(line))
        last = spam[-1]
        while last + 1 < len(strengths) and strengths[last + 1] != COLUMN:
            last += 1  # an unknown brand stacked after a spam frame goes with it
        end = spans[last].end()
        cut, rest = line[:end], line[end:].strip()
        what = "spam terms framed" if len(spam) > 1 else "a spam term framed"
        why = f"{what} before the headline: {', '.join(terms[k] for k in spam)}"
        if last > spam[-1]:
            why += f", with {', '.join(terms[spam[-1] + 1 : last + 1])} stacked on it"
        if any(strengths[k] == 1 for k in spam):
            why += " (on a page with spam elsewhere)"
        cuts[i] = FrameCut(cut, rest, why)
    return cuts
