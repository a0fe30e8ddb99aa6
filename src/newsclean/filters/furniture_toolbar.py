"""The page head's toolbar printed one item a line: the site's modes and its pager.

Model (round 33; ``site_lines.foreign_lines`` asks ``toolbar_lines`` of the page head,
the lines above the first paragraph, before the headline is looked for).  A portal's or
a government site's header carries a toolbar whose items are the site's *modes* of
itself: its script (``繁体版``, ``简体版``), its audience (``关怀版``, ``长者模式``,
``无障碍``: the elderly-friendly and accessible modes such sites offer), its device or
language (``手机版``, ``English``), its landing page (``引导页``).  Scraped, each item
stands alone on a line with blank lines between, so no row is left for the menu grammar
(``furniture_menu.stacked_menu`` reads unspaced runs) and a word the tool vocabulary
does not know stays.  What makes such a line the site's, on any site, is what it is
composed of and where it stands, as a block:

* a *mode*: a modifier (what the mode serves) and a mode's noun (版, 模式), or a mode's
  one word, perhaps bulleted, and nothing else (``data/site_modes.txt``);
* a *pager's item*: a bullet and a page number, perhaps 页 (``• 28页``, ``• 1``: an
  e-paper's page list, its current page);
* in the head, two items of its kind or more there (a toolbar, a pager); one page item
  beside a toolbar of modes is the pager's current page.

Round 34, a *row of head labels* (``label_row``, asked by ``site_lines.repeated_head_label``):
a menu's subsections parted by 、, ``MIN_LIST`` or more (``社會、一般、工商、生活、廣場``
under ``綜合``), or an account's name in two words (``盛世濠江 华声``), each item two to
``MAX_LABEL`` Han letters, not every one a person's name: printed twice in the head and
nowhere else, it goes as a lone label printed so does.

A headline naming a mode (``澳门政府网站推出关怀版``) holds more than the mode and stays;
one mode alone in the head (a section's label) stays; a numbered item with its text
(``1. 总则``) and anything between the paragraphs stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

#: The bullet marks before a toolbar's or a pager's item.
BULLET_MARKS = "[•·●▪■◆◇○◎・‧∙◦]"
#: A bullet (perhaps) before a toolbar's item.
BULLET = rf"(?:{BULLET_MARKS}\s?)?"
#: A pager's item: a bullet and a page number, perhaps its page noun.
PAGE_ITEM = lazy_regex(rf"{BULLET_MARKS}\s?\d{{1,3}}\s?[页頁]?")
#: A toolbar item is a word or two: longer is a headline.
MAX_ITEM = 12
#: Items of one kind in the head: fewer is a label.
MIN_ITEMS = 2


@cache
def site_mode() -> str:
    """The pattern of one mode of a site (``data/site_modes.txt``): a modifier and a mode's
    noun, or a mode's one word.  ``site_speech``'s edition link names the site's edition
    with it (round 34: one vocabulary for the modes a site offers of itself)."""
    words = data_kinds("site_modes.txt")
    return (
        rf"(?:(?:{word_pattern(words['modifier'])})(?:{word_pattern(words['head'])})"
        rf"|{word_pattern(words['mode'])})"
    )


@cache
def _mode() -> regex.Pattern[str]:
    return regex.compile(rf"{BULLET}{site_mode()}", regex.IGNORECASE)


def is_mode(text: str) -> bool:
    """A mode of the site and nothing else (module docstring).

    >>> is_mode("繁体版"), is_mode("• 關懷版"), is_mode("长者模式"), is_mode("无障碍")
    (True, True, True, True)
    >>> is_mode("澳门政府网站推出关怀版"), is_mode("版本")
    (False, False)
    """
    text = text.strip()
    return len(text) <= MAX_ITEM and _mode().fullmatch(text) is not None


def is_page_item(text: str) -> bool:
    """A pager's item: a bullet and a page number (``• 28页``, ``• 1``)."""
    text = text.strip()
    return len(text) <= MAX_ITEM and PAGE_ITEM.fullmatch(text) is not None


#: A head label: two to four Han letters; a row holds at most MAX_ROW of them.
MIN_LABEL, MAX_LABEL, MAX_ROW = 2, 4, 8
#: A menu's subsections parted by 、 are three at least.
MIN_LIST = 3
ROW_SPLIT = lazy_regex(r"、| (?=\S)")
LABEL = lazy_regex(rf"\p{{Han}}{{{MIN_LABEL},{MAX_LABEL}}}")


def label_row(text: str, is_name: Callable[[str], bool]) -> bool:
    """A head label, or a row of them (module docstring), not all people's names
    (``is_name``).

    >>> label_row("社會、一般、工商、生活、廣場", lambda _: False), label_row("其他", bool)
    (True, False)
    >>> label_row("盛世濠江 华声", lambda _: False), label_row("习近平会见外宾", bool)
    (True, False)
    """
    items = ROW_SPLIT.split(text.strip())
    if len(items) > MAX_ROW or ("、" in text and len(items) < MIN_LIST):
        return False  # 各位、大家好: a greeting's pause, no menu's list
    if not all(LABEL.fullmatch(item) for item in items):
        return False
    return not all(is_name(item) for item in items)  # 张三 李四: a byline's names


def toolbar_lines(head: Sequence[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """The head's toolbar items (module docstring), each with the reason it goes: modes
    and pager items, each kind when the head holds ``MIN_ITEMS`` of it or more."""
    found: dict[int, str] = {}
    short = [i for i in head if len(text_of(i).strip()) <= MAX_ITEM]
    modes = [i for i in short if is_mode(text_of(i))]
    if len(modes) >= MIN_ITEMS:
        found.update(dict.fromkeys(modes, "a toolbar's item: a mode of the site (繁体版, 关怀版)"))
    pages = [i for i in short if is_page_item(text_of(i))]
    if len(pages) >= MIN_ITEMS or (pages and found):  # a pager, or its page by a toolbar
        found.update(dict.fromkeys(pages, "a pager's item: a page number alone in the head"))
    return found
