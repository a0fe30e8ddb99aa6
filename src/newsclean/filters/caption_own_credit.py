"""A photo credit printed on a line of its own under its caption (round 45): the desk's
record of who took or sent the picture, not a second caption.

**The layout.**  A picture's block is the picture, its *description* (what it shows: 图为…,
市民冒雨出行。) and its *credit* (who took or sent it: 新华社发, 记者 张三 摄, 應 妮攝).  Photo
desks print the credit after the description, glued to it (``…出行。 新华社发``,
``(记者张三摄)``) or, as e-papers and agencies' picture pages do, on the next line
(西藏日报's e-paper prints ``新华社发`` under each caption of a spring-farming spread,
e.xzxw.com/xzrb/202403/20/content_247981.html; chinanews' and Xinhua's galleries print
``记者 X 摄`` under the description the same way).  The caption is the description; a
credit alone (``caption_credit.credit_alone``: a short name and its credit word, a
release word, a credit label, nothing else) shows nothing, so when the nearest line
above it (blank lines apart, whatever their number) was placed as a caption it is that
caption's credit: the desk's metadata, with no field of its own (``own_credits``).
The line must name only *who*: before its credit word, each piece (split at spaces and
slashes) is a name (at most ``MAX_WHO_NAME`` Han letters, a spaced name's letters
included), holds a reporter's role (记者, 通讯员) or ends in an outlet's noun (社, 网, 报,
台); a line opened by a picture mark (△, ▲, ■) or holding a longer piece with neither
(``△ 警方抓获犯罪嫌疑人 通讯员供图``, ``司长张裕 孔帆摄``: who is shown, then who shot it)
describes the picture: it is a caption of its own.

A credit alone with no caption over it (a picture with no description, its credit
printed under the headline or between paragraphs) is left to the caption model: it is
the only trace of the picture.  A second credit under a caption's credit is a credit
too (two pictures' credits stacked), so the pass reads down a run of credits.

**The block's margin.**  The picture's block is set apart from the text as a whole: the
blank lines a page prints between the caption and the paragraph under it are the
block's bottom margin, not that paragraph's own.  So a line spaced from the line above
more than the paragraphs are (``caption_layout.SPACED``) is not thereby set apart when
the line above is a caption and the line under it follows at the paragraphs' own gap
(``under_picture``): it goes on the text (a chinanews story copied under a county's
picture news: the caption 上图:…下图:…, two blank lines, then the one-sentence paragraph
李家超当天出席…酒会。, one blank line, the next paragraph).  A caption under a caption,
spaced from the next line as from the one above, is still a block of captions.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.filters.caption_credit import bare_credit, credit_alone, whole_credit
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.lazy_pattern import lazy_regex

#: A name before a credit word: a person's, at most this many Han letters.
MAX_WHO_NAME = 3
#: A piece naming who took or sent the picture: a reporter's role in it, an outlet's end.
WHO_PIECE = lazy_regex(r"记者|記者|通讯员|通訊員|摄影师|攝影師|[社网網报報台]$")
#: What sets the pieces of a credit apart; the picture marks that open a caption.
PIECE_SPLIT = regex.compile(r"[\s\u3000/／|｜]+")
PICTURE_MARKS = ("△", "▲", "■", "□", "●", "◆", "图:", "圖:", "图：", "圖：")

#: What --explain says of such a line.
OWN_CREDIT = "a picture's credit alone on the line under its caption: the desk's photo credit"


def own_credits(views: Sequence[LineLike | None], placements: Sequence[str]) -> list[int]:
    """Positions of caption lines that are a credit alone under a caption (module docstring).

    >>> from types import SimpleNamespace as Line
    >>> views = [Line(text="市民冒雨出行。"), Line(text="新华社发")]
    >>> own_credits(views, ["caption", "caption"]), own_credits(views[1:], ["caption"])
    ([1], [])
    """
    found: list[int] = []
    above: int | None = None  # the nearest line above that is no credit of a caption
    for position, view in enumerate(views):
        if view is None:
            continue
        if (
            placements[position] == "caption"
            and above is not None
            and placements[above] == "caption"
            and _who_only(view.text)
            and not credit_alone(_text(views[above]))
        ):
            found.append(position)
            continue  # a stacked credit reads against the same caption
        above = position
    return found


def _who_only(line: str) -> bool:
    """A credit alone naming only who took or sent the picture (module docstring).

    >>> _who_only("新华社发"), _who_only("刘霏 记者 刘水莲 摄"), _who_only("應 妮攝")
    (True, True, True)
    >>> _who_only("△ 警方抓获犯罪嫌疑人 通讯员供图"), _who_only("司长张裕 孔帆摄")
    (False, False)
    """
    text = line.strip()
    if not credit_alone(text) or text.startswith(PICTURE_MARKS):
        return False
    if whole_credit(text):
        return True  # a bracket's, a release word's or a label's credit (caption_credit)
    inner = text.strip("()（）")
    credit = bare_credit(inner)
    if credit is None:
        return True
    return all(
        len(piece) <= MAX_WHO_NAME or WHO_PIECE.search(piece) is not None
        for piece in PIECE_SPLIT.split(inner[: -len(credit)])
        if piece
    )


def _text(view: LineLike | None) -> str:
    return "" if view is None else view.text


def under_picture(
    views: Sequence[LineLike | None], position: int, above: str, gap: int | None
) -> bool:
    """Whether the extra space over ``views[position]`` is the margin of the caption's block
    above it (``above``: that line's placement), the line going on at the paragraphs' gap
    under it (module docstring).

    >>> from types import SimpleNamespace as Line
    >>> views = [Line(text="上图:…", blanks_before=1), Line(text="当天…。", blanks_before=2),
    ...          Line(text="他指出…。", blanks_before=1)]
    >>> under_picture(views, 1, "caption", 1)
    True
    >>> views[2] = Line(text="他指出…。", blanks_before=2)
    >>> under_picture(views, 1, "caption", 1)
    False
    """
    if gap is None or position == 0 or above != "caption":
        return False
    below = views[position + 1] if position + 1 < len(views) else None
    return below is not None and below.blanks_before <= gap
