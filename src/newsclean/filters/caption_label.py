"""A picture label opening a caption, composed rather than listed (round 19).

**Model (a grammar of the label).**  A caption may open with a label that names what
follows as the picture's description: a *picture noun* (图, 图片, 照片, 相片, with 资料
or 组 before it: 资料图, 组图), then an *explaining word* (说, 说明, 注: 图说, 图片说明,
照片注), then a *separator*: a colon, one to three spaces, or the label set in brackets
(``【图说】``, ``[图片说明]``).  Some description must follow.  The listed openings of
``data/caption_cues.txt`` (图说：, 图片说明:) are this grammar's common forms; composed, the
same label with a space (``图说 布里斯本…``) or in another site's brackets is read too.

A column's or a heading's name glued to its topic (图说天下, 图说新闻) has no separator
and stays; an infographic's title (图解：…) has no explaining word of a caption's and
stays.  The first character is asked first: most lines open with none of the label's.
"""

from __future__ import annotations

import regex

LABEL = regex.compile(
    r"^(?:[【\[(（]\s{0,2})?(?:资料|資料|组|組)?(?:图片|圖片|照片|相片|图|圖)"
    r"(?:说明|說明|说|說|注|註)"
    r"(?:\s{0,2}[】\])）]\s{0,3}|\s{0,2}[:：]\s{0,3}|[ \u3000]{1,3})(?=\S\S)"
)
LABEL_FIRSTS = frozenset("【[(（资資组組图圖照相")


def label_caption(line: str) -> str | None:
    """Why ``line`` opens as a caption by its picture label, or None.

    >>> label_caption("图说 布里斯本海外青年文化大使培训结业式")
    'caption opening: a picture label (图说)'
    >>> label_caption("【照片说明】市长与志工在河堤合影")
    'caption opening: a picture label (照片说明)'
    >>> label_caption("图说天下：一周要闻回顾") is None
    True
    """
    if line[:1] not in LABEL_FIRSTS:
        return None
    label = LABEL.match(line)
    if label is None:
        return None
    return f"caption opening: a picture label ({label.group().strip(' 　:：【】[]()（）')})"
