"""A list's label as a spam template's signature: the model of a signed link list.

Model.  A joined list may stand under a short label ending in a colon (``标签: 台风 |
暴雨 | 预警``; ``spam_line._list_after_label`` finds one before a list joined by bars).  The
label names the list and normally says nothing of it: the list is judged alone, so a tag
line without spam terms stays.  A spam template signs its link lists with its own name,
and that name holds a strong word of the spam vocabulary (``data/spam_terms.txt``, weight
``MIN_SIGNATURE`` or more: ``蜘蛛池`` and ``泛目录``, family ``seo``, the tools that
generate hijacked pages, or any other strong term): such a label is one more item of the
list, so its term counts as the list's vocabulary and the list's structure (bars, length,
short items, no function character) does the rest, whatever joins the items (bars or
spaces).  A footer of place names under a spider pool's signature (``主站蜘蛛池模板:
舞阳县| 郯城县| 彰武县| …``) is a generated link farm; the same names under ``下辖: …`` or
``相关地区: …`` are a site's own list, and a weak word as the label (``视频:``, ``免费:``)
signs nothing: sites label their own columns so.
"""

from __future__ import annotations

from newsclean.filters.spam_signs import COLON, lexicon

#: The weight of the label's strongest term for the label to sign the list.
MIN_SIGNATURE = 2.0
#: A label is this many characters at most (as ``spam_line.MAX_LABEL``).
MAX_LABEL = 12


def _signature(label: str) -> bool:
    """Whether a label holds a term of the spam lexicon of ``MIN_SIGNATURE`` or more."""
    weights = lexicon().terms
    return any(weights[term] >= MIN_SIGNATURE for _, _, term in lexicon().find(label))


def signed_list(probe: str, tail: str | None) -> str | None:
    """The list to judge: the list after the label of ``probe`` with the label kept as its
    first item when the label is a spam template's signature (module docstring); else
    ``tail`` (the list after a label ``spam_line`` found, or None: the line as it is).

    >>> signed_list("主站蜘蛛池模板: 舞阳县| 郯城县| 彰武县", " 舞阳县| 郯城县| 彰武县")
    '主站蜘蛛池模板| 舞阳县| 郯城县| 彰武县'
    >>> signed_list("主站蜘蛛池模板: 舞阳县 郯城县 彰武县", None)
    '主站蜘蛛池模板| 舞阳县 郯城县 彰武县'
    >>> signed_list("标签: 台风 | 暴雨 | 预警", " 台风 | 暴雨 | 预警")
    ' 台风 | 暴雨 | 预警'
    """
    found = COLON.search(probe)
    if found is None or found.start() > MAX_LABEL or COLON.search(probe, found.end()):
        return tail
    label = probe[: found.start()].strip()
    if not label or not _signature(label):
        return tail
    return f"{label}|{probe[found.end() :]}"
