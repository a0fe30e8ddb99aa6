"""The site's advert block: a product pitched between the article's lines, closed by its site.

Model (round 45, the site's voice spoken over several lines; ``structure`` asks
``advert_runs`` beside the menu readers).  A copy farm or a reposting account interrupts the
article to sell its own product: a line or two *pitching* it to the reader (a selling word,
``data/voice_words.txt`` kind ``pitch``: 推荐, 一键, 只需, 支持, 免费; and the product's form
or kind, kind ``product``: 小程序, 网页版, 客户端, 工具, 管理系统), then the product's *own
address*, a label of kind ``site_label`` (官网, 项目地址, 下载地址), a colon and a web address
alone (``官网:https://ai.de1919.com。``).  The block is the address line and the pitching
lines right above it (blank lines between passed over, ``MAX_PITCH`` lines at most, each
short of a long paragraph), one of them at least holding both a selling word and a product
word.  It goes whole when the product is foreign to the page: of the block's Han pairs, the
page's other content lines print at most ``MAX_ECHO`` (an interjected advert shares little
with the article it interrupts; a review of the product repeats its words throughout).

What it is not: an article recommending a product as its subject echoes the block (its
paragraphs name the product's features again); a site's address under a line of the story
with no pitch (``官网:…`` under ``该馆于今日开放。``) is the story's; an address labelled by
the source (``原文链接:``) is the source's (``provenance``).

Every pattern is bounded: no nested quantifier on user text.

>>> lines = ["论文的正文第一段,讲述行政区划。", "推荐一个好用的AI工具,一键生成文章", "官网:https://ai.example.com"]
>>> sorted(advert_runs([0, 1, 2], lines.__getitem__))
[1, 2]
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_voice import voice_words as _words
from newsclean.filters.lazy_pattern import lazy_regex

#: The pitching lines over the address, at most.
MAX_PITCH = 3
#: A pitching line is shorter than a long paragraph.
MAX_PITCH_LINE = 160
#: The share of the block's Han pairs the rest of the page may print.
MAX_ECHO = 0.34
ADDRESS_LINE = lazy_regex(
    r"(?i)(?P<label>[^\s:：]{1,8})\s?[:：]\s?(?:https?://|www\.)[!-~]{3,200}[。.]?"
)
READ = "an advert block: a product pitched to the reader, closed by its own site's address"


def _site_address(text: str) -> bool:
    line = text.strip()
    # The address opens within a label's length (ADDRESS_LINE): most lines hold none.
    head = line[:24].lower()
    if "http" not in head and "www." not in head:
        return False
    match = ADDRESS_LINE.fullmatch(line)
    return match is not None and _words("site_label").fullmatch(match["label"]) is not None


def _pitch(text: str) -> bool:
    return _words("pitch").search(text) is not None and _words("product").search(text) is not None


def advert_runs(content: list[int], text_of: Callable[[int], str]) -> dict[int, tuple[str, str]]:
    """Line number -> (reason, evidence) for the advert blocks among ``content`` (content
    line numbers in page order; ``text_of`` gives a line's text): module docstring."""
    found: dict[int, tuple[str, str]] = {}
    for at, i in enumerate(content):
        if not _site_address(text_of(i)):
            continue
        block = [i]
        for k in reversed(content[max(0, at - MAX_PITCH) : at]):
            text = text_of(k)
            if len(text) > MAX_PITCH_LINE or _site_address(text):
                break
            block.append(k)
        while len(block) > 1 and not _pitch(text_of(block[-1])):
            block.pop()  # the block opens with its pitch
        if len(block) < 2:
            continue
        pairs: set[str] = set()
        for k in block:
            pairs |= han_pairs(text_of(k))
        rest: set[str] = set()
        for k in content:
            if k not in block:
                rest |= han_pairs(text_of(k))
        if pairs and len(pairs & rest) <= MAX_ECHO * len(pairs):
            found.update((k, ("nav", READ)) for k in block)
    return found
