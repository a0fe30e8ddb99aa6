"""A unit's closing credit: the office that filed the story and its writer (round 43).

**Model (a county or public body's news office signs its text).**  A county television
station's, a bureau's or a county portal's text is filed by an office, its news centre
(新闻中心), a welfare-lottery centre (市福彩中心), and the site closes the last paragraph
with a bracket naming the office, then its writer: ``…陆续播出。(新闻中心:卢海军)``
(hjxtv.com, a county TV site), ``…日益显现。 (市福彩中心 罗伟)`` (mzj.changde.gov.cn, a
city bureau); the unclosed form of a county portal (``(/文:县新闻中心 唐福升 …``,
zgwc.gov.cn) is ``credits._unclosed_credit``'s.

**Grammar.**  In brackets closing the paragraph: a *unit*, two to ten Han characters ending
in a word a unit's name ends in (``data/organ_endings.txt``: a state organ's level, 局, 办公室;
an institution's kind, 中心, 站; a firm's form, 报社), a colon or a space, and a *person's
name* (``credit_names.person_name``), nothing else.  The name is the writer.  A bracket
with a unit and no name (``(院办)``, ``(县融媒体中心)``) names no one, and a name that is
no person's (``(新闻中心:综合)``) gives nothing: the paragraph stays as printed either way.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex

__all__ = ["unit_credit"]

#: The unit, a colon or a space, the writer, in brackets closing the line.
UNIT_CREDIT = lazy_regex(
    r"[(（](?P<unit>\p{Han}{2,10})(?:[:：][ \u3000]?|[ \u3000]{1,2})(?P<who>\p{Han}{2,4})[)）]。?$"
)
#: Only the line's last characters are searched for the credit.
CREDIT_REACH = 24


@cache
def unit_endings() -> tuple[str, ...]:
    """Every ending of ``data/organ_endings.txt`` (all kinds), the longest first: the one
    read of the table whole, asked here and by ``foot_colophon``."""
    rows = data_kinds("organ_endings.txt")
    return tuple(sorted({e for kind in rows.values() for e in kind}, key=len, reverse=True))


def unit_credit(paragraph: str) -> str | None:
    """The writer a unit's closing credit names (module docstring), or None.

    >>> unit_credit("他们采写的蹲点日记将在中央电视台陆续播出。(新闻中心:卢海军)")
    '卢海军'
    >>> unit_credit("福利彩票的社会贡献正在日益显现。 (市福彩中心 罗伟)")
    '罗伟'
    >>> unit_credit("我院选送的院报获好版面三等奖。(院办)") is None
    True
    """
    line = paragraph.rstrip()
    found = UNIT_CREDIT.search(line, max(0, len(line) - CREDIT_REACH))
    if found is None or not found["unit"].endswith(unit_endings()):
        return None
    return found["who"] if person_name(found["who"]) else None
