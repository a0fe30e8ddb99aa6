"""A rich-text editor's default title for a picture, printed as its caption (round 43).

**Model (the editor's default, ``data/media_default_titles.txt``).**  A CMS editor gives
each picture or video inserted into an article a title field with a default value, the
media's kind, "default" and "title" (``图片默认标题``, ``视频默认标题``), which the page prints
where the caption goes when the editor never changed it (``圖片默認標題`` on a radio portal's
copy, over the real caption).  The line is the picture's caption slot, not the text's and
not spam: a line that is exactly one media word, one default word and one title word, in
that order, is a caption.  A sentence about titles (``如何修改图片默认标题``) holds more
and is not this line.

Round 44's gold decision (``placeholder=true`` on the eval row) reads the picture's default
standing over its real caption as the slot's placeholder, a tool line: since round 45b
``furniture_labels.image_standin`` removes it as a picture's default value before the caption
readers ask this module, which now names the line only where the furniture readers are not
asked.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds

__all__ = ["default_media_title"]

REASON = "a picture's default title, printed where its caption goes"


@cache
def _titles() -> frozenset[str]:
    """Every media + default + title of ``data/media_default_titles.txt``."""
    rows = data_kinds("media_default_titles.txt")
    return frozenset(
        m + d + t for m in rows["media"] for d in rows["default"] for t in rows["title"]
    )


def default_media_title(text: str) -> str | None:
    """Why ``text`` is a caption as an editor's default picture title, or None.

    >>> default_media_title("图片默认标题") == default_media_title(" 圖片默認標題 ") == REASON
    True
    >>> default_media_title("如何修改图片默认标题") is None
    True
    """
    return REASON if text.strip() in _titles() else None
