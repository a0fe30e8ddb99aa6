"""A photo credit after a copyright sign closing a caption (round 22).

**Model (the credit grammar's *where*).**  A photo credit names who (a person or an
agency, perhaps several joined by 、 , / or &) and where it stands: at the end, in a
bracket, after a space, or after a *copyright sign* (``©``, ``Ⓒ``; ``(c)`` is also a
list's third item, so not read).  The last is the English-language wires' habit, copied
by overseas Chinese services: the caption, no stop needed, then the sign and the holder
(``某某广场上的舞狮表演 © Getty Images``, ``市长在记者会上发言 ©新华社 张三``).  The
holder is one to three names, each an agency of ``data/caption_agencies.txt``, a Latin
name of one to four capitalised words, or two to four Han characters (a person, or an
agency's Han name read from the table).

What stands before the sign must be a description (``MIN_DESCRIPTION`` Han characters,
at most one sentence), and the line is no notice: a year or any digit after the sign
(``© 2024 Reuters``), rights wording (版权, 所有, 转载, Copyright, Rights), or the site
speaking of itself or its text (本站, 本网, 本文) before it make the line the site's
copyright, which ``notice`` reads.  A line that is the sign and the holder alone has no
description and stays.

Round 39 (second wave): the sign may follow a credit of its own, the photographer's
credit and then the rights holder (``…谈及昨天淹水原因。记者林佳彣／摄影 © AP``): the
description is then a caption with its credit, more than one sentence perhaps, and
``captions.caption_cue`` asks its credit of the part before the sign (``credit_before_sign``
parts the line; the holder is read as above).
"""

from __future__ import annotations

import regex

from newsclean.filters.caption_brackets import agencies
from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import lazy_regex

SIGNS = ("©", "Ⓒ")  # not (c): a list's third item, 方案(a)、(b)、(c)均可行
MIN_DESCRIPTION = 4
MAX_HOLDER = 40
SENTENCE_INSIDE = lazy_regex(r"[。！？!?][^。！？!?]")
NOTICE_WORDS = lazy_regex(
    r"版权|版權|所有|本站|本网|本網|本文|转载|轉載|copyright|rights|reserved", regex.IGNORECASE
)
HOLDER_SPLIT = lazy_regex(r"\s*[、,，/／&]\s*")
LATIN_NAME = lazy_regex(r"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}")
HAN_NAME = lazy_regex(r"\p{Han}{2,4}")
MAX_HOLDERS = 3


def sign_credit(line: str) -> str | None:
    """``photo credit after a copyright sign: HOLDER`` for ``line``, or None (docstring).

    >>> sign_credit("某某广场上的舞狮表演 © Getty Images")
    'photo credit after a copyright sign: Getty Images'
    >>> sign_credit("版权所有 © 新华社") is None, sign_credit("某某广场上的舞狮 © 2024 AP") is None
    (True, True)
    """
    parted = credit_before_sign(line)
    if parted is None or SENTENCE_INSIDE.search(parted[0]):
        return None
    return f"photo credit after a copyright sign: {parted[1]}"


def credit_before_sign(line: str) -> tuple[str, str] | None:
    """The description before the sign and the holder after it, when the holder is one to
    three names and neither side is a notice's (module docstring), else None.

    >>> credit_before_sign("淹水原因。记者林佳彣／摄影 © AP")
    ('淹水原因。记者林佳彣／摄影', 'AP')
    """
    at, sign = max(((line.rfind(s), s) for s in SIGNS), key=lambda found: found[0])
    if at < MIN_DESCRIPTION:
        return None
    description, holder = line[:at].strip(), line[at + len(sign) :].strip()
    if not holder or len(holder) > MAX_HOLDER or any(c.isdigit() for c in holder):
        return None
    if len(HAN.findall(description)) < MIN_DESCRIPTION:
        return None
    if NOTICE_WORDS.search(description) or NOTICE_WORDS.search(holder):
        return None
    names = [name for name in HOLDER_SPLIT.split(holder) if name]
    if not names or len(names) > MAX_HOLDERS or not all(map(_holder_name, names)):
        return None
    return description, holder


def _holder_name(name: str) -> bool:
    """An agency of the table, a capitalised Latin name, or a short Han name."""
    table = agencies()
    lowered = name.lower()
    if lowered in table["picture"] or lowered in table["wire"]:
        return True
    if HAN_NAME.fullmatch(name) or LATIN_NAME.fullmatch(name):
        return True
    parts = name.split()  # 新华社 张三: an agency then its photographer
    return len(parts) == 2 and all(_holder_name(part) for part in parts)
