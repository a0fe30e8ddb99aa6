"""A crumb trail glued before the headline (round 35, asked by ``page_head``).

Model.  A crumb trail is the path down to the page: the site's and its sections' names
joined by arrows (``site_speech.CRUMB_ARROWS``: ``>``, ``>>``, ``»``, ``›``, ``→``), and a
trail that goes all the way prints the page's headline as its last item (``300字范文 >
大运中国女足力克日本队 18年后再度夺冠``).  The items before the last are navigation, short
names (``furniture_crumbs.MAX_CRUMB_SEGMENT`` characters at most) with no sentence mark;
the last item is the headline when it has a headline's shape (``title.is_title_shaped``)
and the article echoes it (``MIN_HEAD_ECHO`` Han pairs or more, ``title.echoes``).  A trail
ending in a word the article does not speak of (``… >> 正文``) ends in no headline.

When the page prints the headline bare too (its ``<h1>`` under the trail), the bare line
heads and the trail is furniture (``bare_line``); otherwise the trail's line heads, its
trail cut off (``trail_headline``), when the article echoes no item of the trail: a
headline may hold an arrow of its own between two of the article's places
(``北京→上海高铁提速``), and a site's or section's name is no word of its story.

Round 41, *the site's banner over its trail* (``banner_headline``): the trail's first item
is the site's name; a head line above the trail that opens with that name and goes on
after a mark (``300字范文,内容丰富有趣,生活中的好帮手!`` over ``300字范文 > <headline>``) is
the site's name and tagline, not the headline: when the trail ends in a headline the page
prints bare, that line heads.  A headline that merely shares a word with the site's name
does not open with the whole name and a mark.

Round 42, *a name before a bar that the headline repeats* (``column_headline``): a page
prints a column's or an outlet's name, a bar, then the story's headline, and that headline
opens with the same name and a mark of its own (``通說 | 通說:夏至·追時間的特首``).  The
name before the bar is then a trail of one step: a short name (``MAX_CRUMB_SEGMENT``
characters at most, no sentence mark) that the headline after the bar opens with, followed
there by a mark that is no letter or digit (a colon, a middle dot, a bar, a space).  Said
once, the name is the headline's own opening; said twice, the first is the page's tag, and
the headline after the bar heads (title-shaped, echoed by the article as a trail's last
item).  A name before a bar that the headline does not repeat (``专题 | 某地举行…``) proves
nothing and stays: a kicker and its headline are printed so (``head_names.glued_credits``
reads a publisher or a writer there).  Whether the name is the story's source is the
byline's question (``head_names.echoed_name``: a column's name is no publisher).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN
from newsclean.filters.furniture_crumbs import CRUMB_SEPARATOR as TRAIL_ARROW
from newsclean.filters.furniture_crumbs import MAX_CRUMB_SEGMENT
from newsclean.filters.head_echo import MIN_HEAD_ECHO, article_prose
from newsclean.filters.head_h1 import line_text
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import (
    MAX_TITLE_LENGTH,
    SENTENCE_END,
    echoes,
    is_prose,
    is_title_shaped,
)


def trail_headline(line: str, article: str) -> str | None:
    """The headline a crumb trail ends in (module docstring), or None.

    >>> article = "中国女足以2比1力克日本队,时隔18年后再度夺冠。"
    >>> trail_headline("300字范文 > 中国女足力克日本队 18年后再度夺冠", article)
    '中国女足力克日本队 18年后再度夺冠'
    >>> trail_headline("首页 >> 综合研究 >> 正文", article) is None
    True
    >>> trail_headline("中国女足力克日本队 18年后再度夺冠", article) is None
    True
    """
    if len(line) > MAX_TITLE_LENGTH or TRAIL_ARROW.search(line) is None:
        return None
    items = TRAIL_ARROW.split(line.strip())
    last, trail = items[-1], items[:-1]
    if not last or not all(0 < len(item) <= MAX_CRUMB_SEGMENT for item in trail):
        return None
    if any(SENTENCE_END.search(item) for item in trail):
        return None
    if not is_title_shaped(last) or echoes(last, article) < MIN_HEAD_ECHO:
        return None
    return last


#: The bar between a name and the headline that repeats it (``通說 | 通說:…``).
NAME_BAR = lazy_regex(r"\s*[|｜│丨]\s*")


def column_headline(line: str, article: str) -> str | None:
    """The headline after a name and a bar, when the headline opens with that name and a
    mark (module docstring, round 42), or None.

    >>> article = "夏至,香港的礼宾府一片绿意。特首李家超上任将满周年,与记者谈起时间。"
    >>> column_headline("通说 | 通说:夏至·追时间的特首", article)
    '通说:夏至·追时间的特首'
    >>> column_headline("专题 | 夏至·追时间的特首", article) is None
    True
    >>> column_headline("夏至 | 夏至时节的礼宾府", article) is None
    True
    """
    bar = NAME_BAR.search(line)
    if len(line) > MAX_TITLE_LENGTH or bar is None or bar.start() == 0:
        return None
    name, headline = line[: bar.start()].strip(), line[bar.end() :].strip()
    after = headline[len(name) : len(name) + 1]
    if (
        len(name) > MAX_CRUMB_SEGMENT
        or SENTENCE_END.search(name)
        or not headline.startswith(name)
        or not after
        or after.isalnum()  # the name goes on as a word of the headline: no repeat
        or not is_title_shaped(headline)
        or echoes(headline, article) < MIN_HEAD_ECHO
    ):
        return None
    return headline


def bare_line(
    title: int, content: Sequence[int], text: Callable[[int], str], headline: str
) -> int | None:
    """The head line printing ``headline`` bare, other than ``title`` (the trail's line),
    or None: the page's ``<h1>`` under its crumb trail."""
    for i in content:
        line = text(i)
        if is_prose(line):
            break  # the head is over
        if i != title and line.strip() == headline:
            return i
    return None


def trail_cut(
    title: int, content: Sequence[int], text: Callable[[int], str]
) -> tuple[int | None, str] | None:
    """For the chosen headline line ``title``, when it is a crumb trail ending in the
    headline: the line printing the headline bare (or None) and the headline; else None."""
    article = article_prose(content, text)
    headline = trail_headline(text(title), article)
    if headline is None:
        column = column_headline(text(title), article)  # 通說 | 通說:… (round 42)
        return None if column is None else (bare_line(title, content, text, column), column)
    bare = bare_line(title, content, text, headline)
    trail = TRAIL_ARROW.split(text(title).strip())[:-1]
    if bare is None and any(echoes(item, article) for item in trail):
        return None  # 北京→上海高铁提速: the article's place, no site's name (docstring)
    return bare, headline


#: Why the banner goes (``page_head`` records it).
BANNER = "the site's name and tagline over its crumb trail"


def banner_headline(
    title: int, content: Sequence[int], lines: Sequence[LineLike | None]
) -> int | None:
    """The line printing bare the headline a crumb trail ends in, when the chosen line
    ``title`` opens with the trail's first item and a mark (module docstring, round 41);
    the trail is read among all of ``lines``, removed ones too (it is furniture)."""
    text = partial(line_text, lines)
    printed = text(title).strip()
    first = next((i for i in content if i > title and is_prose(text(i))), len(lines))
    article = "\n".join(t for i in content if i >= first and is_prose(t := text(i)))
    for i in range(title + 1, first):
        line = text(i)
        if not line or (headline := trail_headline(line, article)) is None:
            continue
        root = TRAIL_ARROW.split(line.strip())[0].strip()
        after = printed[len(root) : len(root) + 1]
        if after and printed.startswith(root) and HAN.match(after) is None and not after.isalnum():
            bare = bare_line(title, content, text, headline)
            return bare if bare is not None and bare > i else None
        return None
    return None
