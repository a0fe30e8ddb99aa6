"""Where a run of short lines begins and ends, for the block model (``spam_block``).

An *item* is a short line without sentence punctuation or a colon, of a few terms, that is
not the page's own apparatus (``is_item``); a *run* is a sequence of items separated only
by blank lines and by lines the clean text will not print between them (``leaves_text``:
furniture, metadata, a notice, a caption).  How a page spaces its lines is layout, which
cleaning changes, and so is where it puts a picture's caption or a byline: the clean text
prints the links on either side of one next to each other, and cleaning that text again
must find the run the first cleaning found (round 31).  For the same reason such lines
after a run do not move it off the page's foot (``last_own_line``): furniture is no part of the
article, and a list that only a foot menu follows ends the page.  Split from ``spam_block``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsclean.filters.caption_cues import caption_cue_of
from newsclean.filters.line_judges import furniture_of, metadata_of
from newsclean.filters.notice import is_notice
from newsclean.filters.spam_signs import COLON, SENTENCE_MARKS, SEPARATORS

#: Longer lines are sentences or titles, not links.
MAX_ITEM_CHARS = 24
#: "One or two terms" a line, with room for a glued number or domain.
MAX_ITEM_SEGMENTS = 3


@lru_cache(maxsize=4096)
def is_item(probe: str) -> bool:
    """A short line without sentence punctuation: a link of a list, or a heading.

    >>> is_item("威尼斯人娱乐"), is_item("警方捣毁一个赌博网站。"), is_item("来源：新华社")
    (True, False, False)
    """
    if not probe or len(probe) > MAX_ITEM_CHARS:
        return False
    if SENTENCE_MARKS.search(probe) or COLON.search(probe):
        return False
    if len([s for s in SEPARATORS.split(probe) if s]) > MAX_ITEM_SEGMENTS:
        return False
    # A line the clean text will not print (page furniture: 首页, 相关阅读, the site's own
    # domain; the page's metadata: 2025年7月2日 周三, 【来源】新华网; a notice: 转载请注明出处;
    # a caption's cue: ▲…, （记者 张三 摄）) is the page's apparatus, not a link of a list
    # beside it: it ends no run (``runs`` skips it) but is no item of one either.
    return not leaves_text(probe)


@lru_cache(maxsize=4096)
def leaves_text(line: str) -> bool:
    """A line the clean text will not print between paragraphs: page furniture, the
    page's metadata, a notice or a picture's caption (``is_item``'s tail, at any length).

    >>> leaves_text("评论数 0+ ?"), leaves_text("（资料图）")
    (True, True)
    >>> leaves_text("家门口的这种美,是风景,也是我们的生活感受。")
    False
    """
    # Remembered judges (``line_judges``): structure asks the same of these lines later.
    return (
        furniture_of(line) is not None
        or caption_cue_of(line) is not None
        or metadata_of(line) is not None
        or is_notice(line, near_foot=True)
    )


def runs(texts: Sequence[str], items: bytearray) -> list[list[int]]:
    """Indices of the items (``items[i]`` set) of each run of at least two items (blank
    lines skipped).

    A line that leaves the text (``leaves_text``: a caption, a byline, a menu line) is
    skipped as a blank line is, not an end of the run: the clean text prints the links on
    either side of it next to each other, and cleaning that text again must judge them as
    the first pass did (``sm用品-sm用品`` / a picture's caption / ``pp电影``)."""
    found: list[list[int]] = []
    current: list[int] = []
    for i, text in enumerate(texts):
        if items[i]:
            current.append(i)
        elif stripped := text.strip():
            if current and leaves_text(stripped):
                continue
            if len(current) >= 2:
                found.append(current)
            current = []
    if len(current) >= 2:
        found.append(current)
    return found


def last_own_line(texts: Sequence[str]) -> int:
    """The index of the page's last line of its own, or -1: every line after it is blank
    or one the clean text will not print (``leaves_text``: 相关文章Related, 返回栏目>>,
    首页 | 新闻头条), page furniture being no part of the article.  A run ending there or
    below, only such lines after it, is a run at the page's foot.

    >>> last_own_line(["正文。", "", "澳门赌场", "威尼斯人娱乐", "", "返回栏目>>", ""])
    3
    """
    for i in range(len(texts) - 1, -1, -1):
        if (stripped := texts[i].strip()) and not leaves_text(stripped):
            return i
    return -1
