"""A *headline label* (round 11): the page's own headline (or a line of the page shaped
as one: the headline when the head was misread), a separator (a spaced or full-width
dash, a bar, an underscore) and a short name, nothing else: an aggregator prints each
picture's alternative text so (``<headline> - 某某要聞``).  ``page_head`` asks it of every
line of the page.  The line says nothing the headline did not; a line quoting the
headline inside a sentence, or adding words of its own after it, is prose and stays.
Round 19: a picture's number after the headline (``<headline>-图片1``, ``<headline>-圖2``)
is the CMS naming each picture of the story after its headline; there a bare hyphen
parts them too (a hyphen before anything else joins words, and the headline with a bare
number stays).  Split from ``site_speech`` in round 35.
"""

from __future__ import annotations

from collections.abc import Collection

from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_regex

#: A headline label's headline has at least this many characters (a word is no headline).
MIN_LABEL_HEADLINE = 6
#: A headline label: a separator after the headline, then a short name and nothing else.
LABEL_SEPARATOR = stdlib(
    r"\s[-–—]+\s|[|｜_－—]|-(?=(?:图片|圖片|图|圖|组图|組圖|照片|(?i:photo|image)) ?[0-9]{1,3}$)"
)
#: ... and a short name after it, nothing else (no clause or sentence mark).
LABEL_TAIL = lazy_regex(r"^\s*[^\s。，,！!？?；;：:][^。，,！!？?；;：:]{0,15}$")
MAX_LABEL_LINE = 120


def headline_label(text: str, headlines: Collection[str]) -> bool:
    """Whether ``text`` is one of the page's ``headlines`` (its headline, or a line of the
    page shaped as one) and a site's name after a separator, nothing else: an image's
    alternative text printed as a line (module docstring).

    >>> headline_label("某地举行新闻发布会 - 某某要闻", {"某地举行新闻发布会"})
    True
    >>> headline_label("某地举行新闻发布会，会上宣布了三项措施。", {"某地举行新闻发布会"})
    False
    >>> headline_label("据报道，某地举行新闻发布会 - 某某要闻", {"某地举行新闻发布会"})
    False
    """
    line = text.strip()
    if len(line) > MAX_LABEL_LINE:
        return False
    for separator in LABEL_SEPARATOR.finditer(line, MIN_LABEL_HEADLINE):
        head = line[: separator.start()].rstrip()
        if head in headlines:
            return LABEL_TAIL.match(line[separator.end() :]) is not None
    return False


def label_heads(text: str) -> list[str]:
    """What stands before each separator of ``text``: the headlines it could repeat."""
    line = text.strip()
    found = LABEL_SEPARATOR.finditer(line, MIN_LABEL_HEADLINE)
    return [line[: separator.start()].rstrip() for separator in found]
