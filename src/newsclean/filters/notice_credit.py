"""A caption closed by a copyright mark and its owner: the picture's credit (round 22).

Model (``title.is_title_shaped`` and ``page_head`` ask ``photo_credit`` before the notice
reader, so such a line is neither the page's rights notice nor its headline).  A photo's
caption may end with the mark and the agency or photographer that owns the picture
(``…拍摄的绒布冰川(无人机照片) © AP``): what stands before the mark reads as a caption by its
wording (``captions.caption_cue``), and the owner is a short name.  The site's own rights
(``本网站所有内容 © 某某网``, ``© 2024 某某网 版权所有``) have no caption before the mark and
stay notices.
"""

from __future__ import annotations

import regex

from newsclean.filters.captions import caption_cue

#: A copyright mark and a short owner closing a line: a photo's credit after a caption.
CLOSING_CREDIT = regex.compile(
    r"(?P<caption>.{4,200}?)\s?(?:©|\([cC]\))\s?"
    r"(?P<owner>[\p{Han}A-Za-z][\p{Han}A-Za-z .&/-]{0,24})"
)


def photo_credit(text: str) -> bool:
    """Whether ``text`` is a caption (``captions.caption_cue`` on what stands before the
    mark) closed by a copyright mark and its owner (``…拍摄的绒布冰川(无人机照片) © AP``):
    the picture's credit, no notice of the site's rights (round 22).  A line that opens
    with the mark, or whose rest is no caption (``本站内容 © 某某网``), is judged as before.

    >>> photo_credit("这是5月8日在湖边拍摄的冰川(无人机照片) © AP")
    True
    >>> photo_credit("本网站所有内容 © 某某网"), photo_credit("© 2024 某某网 版权所有")
    (False, False)
    """
    credit = CLOSING_CREDIT.fullmatch(text.strip())
    return credit is not None and caption_cue(credit.group("caption")) is not None
