"""A list's label as a spam template's signature: the model of a signed link list.

Model.  A joined list may stand under a short label ending in a colon (``标签: 台风 |
暴雨 | 预警``; ``label_split`` finds the label, for ``spam_line``'s list after a label too).  The
label names the list and normally says nothing of it: the list is judged alone, so a tag
line without spam terms stays.  A spam template signs its link lists with its own name,
and that name holds a strong word of the spam vocabulary (``data/spam_terms.txt``, weight
``STRONG_TERM`` or more: ``蜘蛛池`` and ``泛目录``, family ``seo``, the tools that
generate hijacked pages, or any other strong term): such a label is one more item of the
list, so its term counts as the list's vocabulary and the list's structure (bars, length,
short items, no function character) does the rest, whatever joins the items (bars or
spaces).  A footer of place names under a spider pool's signature (``主站蜘蛛池模板:
舞阳县| 郯城县| 彰武县| …``) is a generated link farm; the same names under ``下辖: …`` or
``相关地区: …`` are a site's own list, and a weak word as the label (``视频:``, ``免费:``)
signs nothing: sites label their own columns so.
"""

from __future__ import annotations

from newsclean.filters.spam_signs import COLON, STRONG_TERM, lexicon

#: A label is this many characters at most.
MAX_LABEL = 12


def label_split(probe: str) -> tuple[str, str] | None:
    """The label and the text after it when ``probe``'s one colon ends a label of
    ``MAX_LABEL`` characters at most; else None (no colon, a long head, two colons).

    >>> label_split("标签: 台风 | 暴雨"), label_split("警方提醒:防疫期间:错峰")
    (('标签', ' 台风 | 暴雨'), None)
    """
    found = COLON.search(probe)
    if found is None or found.start() > MAX_LABEL or COLON.search(probe, found.end()):
        return None
    return probe[: found.start()], probe[found.end() :]


def signed_list(label: str, tail: str) -> str | None:
    """The list after ``label`` (``label_split``) with the label kept as its first item
    when the label is a spam template's signature, a strong term of the lexicon (module
    docstring); else None.

    >>> signed_list("主站蜘蛛池模板", " 舞阳县| 郯城县| 彰武县")
    '主站蜘蛛池模板| 舞阳县| 郯城县| 彰武县'
    >>> signed_list("标签", " 台风 | 暴雨 | 预警") is None
    True
    """
    label = label.strip()
    if not label or lexicon().heaviest(label) < STRONG_TERM:
        return None
    return f"{label}|{tail}"
