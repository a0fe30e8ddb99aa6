"""A bulletin's masthead in the page head: never the headline (round 41).

**Model (a frame of type, not words of the story).**  A bulletin, a newsletter or a
department's page sets its name *letter-spaced*, each character apart (``简 报``, ``通 讯``:
``byline_issuer.SPACED_WORD``), and stacks its own lines on it: the publisher's name
line right above it (``中日友好医院党建工作``), the issue number and the issuer under it
(``(16)``, ``中日友好医院``) down to the dated byline or the first paragraph.  A headline is
set in words, never letter-spaced, and names the story, which the article speaks of; the
masthead names the publication, which the article does not print (its name closed up,
``简报``, is not in the article: a spaced word the article prints is the article's).

The genre's own grammar says as much: a bulletin's head (报头) prints its name in large
type, the unit it belongs to above it, the issue number on the next line, the issuing
office and the date under that (http://readke.com/c/3035245.html,
https://dafeichuangye.com/d/307800.html: 报头 / 期号 / 编印单位 / 印发日期).

So a letter-spaced line of the head that the article does not echo, with the short lines
stacked on it (at most ``MAX_STACKED`` characters, no clause or sentence mark: a name, a
number; the one line right above it and those under it down to a byline of the head or a
paragraph), is one masthead: none of its lines is the headline, and ``page_head`` places
them as the site's furniture.  A headline standing over the masthead (a mirrored story
whose template prints the bulletin's block under its headline) is still found: the block
is left out of the search, not the lines above it, when one of them speaks of the article
(``title.echoes``, with one colon at most: a row of fields, ``天气:多云 温度:18℃ 风向:北``,
is a widget's record, whatever words it shares with a weather story); when none does,
the masthead heads the page as a site's header does, and the head lines over it are the
header's furniture (a weather widget, a font control).
A dated byline right under the masthead is its issuer's, not a headline's: no line above
the masthead hangs on it (``page_head`` leaves it out of the search's bylines), and the
block is then the issuer's record (``byline_issuer`` reads it as metadata): the page head
places as furniture only a masthead with no issuer's row under it, and the header over it.

Round 43: an institution's bilingual banner (``head_institution``: a school's name in
Chinese and English capitals, its founding year) is a masthead too: left out of the
search and placed as furniture, with its own reason.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from newsclean.filters.byline_issuer import SPACED_WORD
from newsclean.filters.head_institution import BANNER, institution_mastheads
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import echoes

#: A line stacked on the masthead is a name or a number: this many characters at most.
MAX_STACKED = 16
#: A clause or sentence mark: a line holding one is a sentence, not a masthead's line.
CLAUSE_MARK = lazy_regex(r"[，,。！？!?；;：:、]")
#: A headline has two parts at most: more colons make a row of fields.
MAX_COLONS = 1
#: Why the masthead's lines are furniture.
MASTHEAD = "a bulletin's masthead (a letter-spaced name and the lines stacked on it)"


def _stacked(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= MAX_STACKED and CLAUSE_MARK.search(stripped) is None


def _speaks(text: str, article: str) -> bool:
    """A headline that speaks of the article: it echoes it and has one colon at most (its
    two parts); a row of fields (``天气:多云 温度:18℃ 风向:北``) is a widget's record."""
    return text.count(":") + text.count("：") <= MAX_COLONS and echoes(text, article) > 0


def masthead_lines(
    head: Sequence[int],
    text_at: Callable[[int], str],
    bylines: Sequence[int],
    article: Callable[[], str],
) -> tuple[list[int], list[int]]:
    """The head lines (indices of ``head``, the page head's lines in order) that make a
    bulletin's masthead, and the head lines over it when none of them speaks of the
    article (module docstring); ``article()`` is the page's paragraphs joined (asked only
    when a letter-spaced line is found).

    >>> page = ["麦美娟:区会履职制 市民可监察议员", "中日友好医院党建工作", "简 报", "(16)",
    ...         "中日友好医院", "党委办公室 2023-05-05", "议员履职制度由市民监察,港府昨解说方案。"]
    >>> masthead_lines(range(6), page.__getitem__, [5], lambda: page[6])
    ([1, 2, 3, 4], [])
    >>> masthead_lines(range(6), page.__getitem__, [5], lambda: "今日天晴。")
    ([1, 2, 3, 4], [0])
    >>> masthead_lines(range(1), ["简 报"].__getitem__, [], lambda: "今年的工作简报已经印发。")
    ([], [])
    """
    found: list[int] = []
    for k, i in enumerate(head):
        text = text_at(i)
        if SPACED_WORD.match(text.strip()) is None or "".join(text.split()) in article():
            continue
        if k > 0 and head[k - 1] not in bylines and _stacked(text_at(head[k - 1])):
            found.append(head[k - 1])  # the publisher's name line right above it
        found.append(i)
        for j in head[k + 1 :]:
            if j in bylines or not _stacked(text_at(j)):
                break
            found.append(j)  # the issue and the issuer under it
    block = sorted(set(found))
    if block and not any(_speaks(text_at(i), article()) for i in head if i < block[0]):
        return block, [i for i in head if i < block[0]]  # the header over it, no headline
    return block, []


def issued(byline: int, content: Sequence[int], masthead: Sequence[int]) -> bool:
    """Whether the content line right above ``byline`` is one of the masthead's: the
    byline is its issuer's (module docstring).

    >>> issued(14, [5, 7, 10, 12, 14, 17], [5, 7, 10, 12]), issued(9, [5, 9], [])
    (True, False)
    """
    if not masthead:
        return False
    position = bisect_left(content, byline)
    return position > 0 and content[position - 1] in masthead


def place_masthead(
    head: Sequence[int],
    content: Sequence[int],
    text_at: Callable[[int], str],
    bylines: Sequence[int],
    article: Callable[[], str],
) -> tuple[set[int], list[int], dict[int, str]]:
    """The lines the headline search leaves out, the head bylines it may hang a headline
    on and the lines the page head places as furniture, each with its reason (module
    docstring)."""
    block, above = masthead_lines(head, text_at, bylines, article)
    hung = [i for i in bylines if not issued(i, content, block)]
    furniture = above if len(hung) < len(bylines) else block + above  # the issuer's record
    banners = institution_mastheads(head, text_at)  # round 43, head_institution
    placed = dict.fromkeys(furniture, MASTHEAD) | dict.fromkeys(banners, BANNER)
    return set(block + above + banners), hung, placed
