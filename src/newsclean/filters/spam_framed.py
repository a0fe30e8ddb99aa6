"""The spammer's frame around the desk's headline (round 45).

**Model (who speaks where on the line).**  A hijack template prints the copied headline
inside a frame of its own: keywords glued at the line's edges, before it, after it or on
both sides, each parted from the headline by a separator or a space (``三極試看片 金秋田頭看
農事 豐收村裏話豐收 av成人影院``, ``av小電影 54%民眾不滿意… 必發國際``, round 16's
``六月婷婷丁香 “中星”20号通信卫星发射成功 何记娱乐``).  The line has two speakers: the desk
(the headline, whose words the article prints again) and the spammer (the edge pieces,
which speak of nothing on the page).  So the line is read from its edges inwards:

* *An edge piece is the spammer's* when it is a **keyword**: a short name, at most
  ``MAX_KEYWORD_HAN`` Han letters and at least ``MIN_KEYWORD_HAN``, no function character
  (a clause of the story holds one: ``检九点四公斤大麻花`` is longer, ``掀港人投注热潮`` goes
  on after its term), holding a term of the spam lexicon (``spam_signs.lexicon``) or
  **foreign** to the article: the article prints no pair of its Han letters and never the
  piece itself (``必发国际``: 必发 is a betting brand, 国际 any story's word; one pair echoed
  in three is already the article's word).
* *The frame's evidence*: a foreign keyword alone is no spam (a kicker, a column's tag, a
  last word after a space is the desk's too).  It is cut only as the **second side** of a
  frame: the other edge of the same line already cut as spam by its vocabulary
  (``foreign_keyword``, asked by ``head_glued`` once it has cut one side).  A spammer who
  glues a keyword before the headline glues the one after it with the same hand.
* *A line the line scorer judged spam whole* (``framed_cuts``: the spam terms of its edges
  outweighed the headline between them, and the title was lost) is cut instead when the
  frame holds on both sides: pieces peeled from each edge while each is a keyword, one at
  least on each side and ``MAX_SIDE`` at most (a longer run is a keyword list), one of them
  with a strong term (``STRONG_WEIGHT``); and what is left is the desk's headline: no spam
  term of weight 2 or more in it, a headline's length (``MIN_HEADLINE``) and content
  (``MIN_REST_PAIRS`` distinct Han pairs), no full stop, and echoed by the page's other
  lines not judged spam (``spam_lead.echoed``: ``ECHOES`` of its pairs) with one piece
  echoed half at least.  It is
  read only in the page head (above the first paragraph, ``spam_glued_inside.head_lines``'
  place), and the line's verdict is then no spam: its cut is its evidence.

What stays: a headline naming a crime or a lottery as its subject (``澳门破获一宗网络赌博案``:
one piece, no frame); a headline whose last word is an ordinary noun after a space (no cut on
the other side, or the article prints it); a line of keywords only (no piece echoed: the
spam line it was judged); a crackdown's headline (a strong term inside the kept part).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import STRONG_WEIGHT
from newsclean.filters.spam_glued import SEPARATOR
from newsclean.filters.spam_glued_inside import MAX_HEADS, head_region
from newsclean.filters.spam_lead import ECHOES, MIN_HEADLINE, echoed
from newsclean.filters.spam_signs import FUNCTION_CHARS, han_count, lexicon
from newsclean.filters.spam_verdict import SpamVerdict

#: A keyword is a short name: a brand and its term, a porn site's word (``av成人影院``).
MAX_KEYWORD_HAN = 6
#: ... of two Han letters at least (a single letter is a list's mark, not a name).
MIN_KEYWORD_HAN = 2
#: The longest line read (a headline and its frame).
MAX_LINE = 160
#: A frame's side is a keyword or a few (a template's slots); a longer run of keywords on a
#: side is a keyword list (``芬太尼_51淫色導航_…_偷情網``), the spam line it was judged.
MAX_SIDE = 3
#: The headline left holds a headline's content: this many distinct Han pairs at least
#: (``金秋田头看农事 丰收村里话丰收``: 12), not a keyword the list left between its edges.
MIN_REST_PAIRS = 7


def foreign_keyword(piece: str, article: str) -> bool:
    """Whether ``piece`` is a keyword foreign to ``article`` (module docstring): short, no
    function character, the article printing neither it nor any of its Han pairs.

    >>> foreign_keyword("必发国际", "花莲县府登报秀救灾成果,县议会议长批评。")
    True
    >>> foreign_keyword("救灾成果", "花莲县府登报秀救灾成果,县议会议长批评。")
    False
    >>> foreign_keyword("县府花公帑登报宣传救灾成果", "议长批评。")
    False
    """
    if not MIN_KEYWORD_HAN <= han_count(piece) <= MAX_KEYWORD_HAN:
        return False
    if FUNCTION_CHARS.search(piece) is not None or piece.lower() in article.lower():
        return False
    return not any(pair in article for pair in han_pairs(piece))


def _keyword_weight(probe: str, article: Elsewhere) -> float | None:
    """The weight of the edge piece ``probe`` as the spammer's keyword (its strongest
    lexicon term; 0 when it is a keyword by being foreign), or None when it is no keyword."""
    if not MIN_KEYWORD_HAN <= han_count(probe) <= MAX_KEYWORD_HAN:
        return None
    if FUNCTION_CHARS.search(probe) is not None:
        return None
    weights = lexicon().terms
    found = [weights[term] for _, _, term in lexicon().find(probe)]
    if found:
        return max(found)
    pairs = han_pairs(probe)
    if pairs and article.echoes(pairs) == 0 and not article.names([probe]):
        return 0.0
    return None


def _heads(texts: Sequence[str], verdicts: list[SpamVerdict]) -> list[int]:
    """The lines of the page head judged spam whole that may be a framed headline."""
    heads: list[int] = []
    for i, line in head_region(texts):
        if verdicts[i].is_spam and MIN_HEADLINE <= len(line) <= MAX_LINE and "。" not in line:
            heads.append(i)
            if len(heads) == MAX_HEADS:
                break  # a page of spam lines: the headline is among its first ones
    return heads


def framed_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The head lines judged spam whole that are a headline in the spammer's frame (line
    index -> cut, ``rest`` the headline): module docstring.  The caller takes the lines'
    spam verdicts back.

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> spam = SpamVerdict(True, 9.0, (), 0)
    >>> page = ["试看片 丰收村里忙收割稻谷 av成人影院", "丰收村里的农民在地里忙着收割稻谷。", ""]
    >>> framed_cuts(page, [spam, no, no])[0].rest
    '丰收村里忙收割稻谷'
    >>> framed_cuts(["成人影院 免费看片 av在线", "丰收村里的农民忙着收割。"], [spam, no])
    {}
    """
    heads = _heads(texts, verdicts)
    if not heads:
        return {}
    read = simplify_lines(list(texts)) if simplify_lines is not None else list(texts)
    article = Article(read, verdicts)
    cuts: dict[int, HeadCut] = {}
    for i in heads:
        printed = texts[i].strip()
        line = read[i].strip()
        if len(line) != len(printed):
            line = printed  # a phrase converted to another length: read as printed
        span = _frame(line, article.without(i))
        if span is not None:
            begin, finish = span
            before, after = printed[:begin].strip(), printed[finish:].strip()
            why = f"a frame of keywords glued around the headline: {before} … {after}"
            cuts[i] = HeadCut(f"{before} … {after}", printed[begin:finish].strip(), why)
    return cuts


def _frame(line: str, article: Elsewhere) -> tuple[int, int] | None:
    """The span of ``line`` left once its frame is peeled off both edges, or None."""
    pieces = _pieces(line)
    if len(pieces) < 3:
        return None
    weights = [_keyword_weight(line[s:e].lower(), article) for s, e in pieces]
    left = 0
    while left < len(pieces) and weights[left] is not None:
        left += 1
    right = len(pieces)
    while right > left and weights[right - 1] is not None:
        right -= 1
    if left == 0 or right == len(pieces) or left >= right:
        return None  # a frame has two sides, and a headline between them
    if left > MAX_SIDE or len(pieces) - right > MAX_SIDE:
        return None  # a keyword list, not a frame
    edges = weights[:left] + weights[right:]
    if max(w or 0.0 for w in edges) < STRONG_WEIGHT:
        return None
    begin, finish = pieces[left][0], pieces[right - 1][1]
    rest = line[begin:finish]
    if len(rest) < MIN_HEADLINE or len(han_pairs(rest)) < MIN_REST_PAIRS:
        return None
    if "。" in rest or not echoed(rest, article):
        return None
    if any(lexicon().terms[t] >= STRONG_WEIGHT for _, _, t in lexicon().find(rest.lower())):
        return None  # a crackdown's headline, or spam inside: the line stays judged
    if not any(_half_echoed(line[s:e], article) for s, e in pieces[left:right]):
        return None
    return begin, finish


def _half_echoed(piece: str, article: Elsewhere) -> bool:
    """Whether the article echoes half the Han pairs of ``piece`` (``ECHOES`` at least)."""
    pairs = han_pairs(piece)
    found = article.echoes(pairs)
    return found >= ECHOES and 2 * found >= len(pairs)


def _pieces(line: str) -> list[tuple[int, int]]:
    """The pieces of ``line`` between ``spam_glued.SEPARATOR``s: ``(start, end)``."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for sep in SEPARATOR.finditer(line):
        if sep.start() > start:
            pieces.append((start, sep.start()))
        start = sep.end()
    if start < len(line):
        pieces.append((start, len(line)))
    return pieces
