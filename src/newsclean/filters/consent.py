"""Consent, age-gate and browser notices: the site speaking to the reader of the reader.

Model (used by ``navigation``, which removes such a line wherever it stands: the notice
is printed over every article of the site, so it is furniture even as a sentence).  The
site addresses the reader about the reader: a cookie banner (``本網站使用Cookie…繼續瀏覽
即表示您同意…``), an age gate (``未滿18歲``, ``需滿18歲 方可瀏覽``), a best-viewed-with line
(``為達最佳瀏覽效果，建議使用 Chrome…``), a consent asked for a page function
(``請同意我們的隱私權規範，才能啟用聽新聞的功能``), and a *browser notice*: the text a
template prints when the reader's browser runs no script or is old (``您的浏览器不支持
JavaScript…建议开启``, ``您的浏览器版本过低``, ``You need to enable JavaScript to run this
app.``).  Each term of ``data/consent_terms.txt`` has a weight; a line is a notice when its
distinct terms weigh ``CONSENT_THRESHOLD`` or more, a point more for every 80 characters
beyond 40 (a longer line needs more of the vocabulary), and half of it for a button of
at most ``SHORT_CONSENT`` characters (``未滿18歲``).  The browser words alone weigh less
than a notice: a headline about browsers names them in the third person
(``谷歌浏览器将停止支持JavaScript旧版本 开发者需尽快升级``), a notice speaks to the reader
(您的浏览器, your browser), asks (请开启, enable JavaScript) or warns (网页功能…无法正常).

>>> is_consent("為達最佳瀏覽效果，建議使用 chrome 的瀏覽器。")
True
>>> is_consent("您的浏览器不支持 javascript，部分网页功能无法正常使用，建议开启浏览器")
True
>>> is_consent("谷歌浏览器将停止支持javascript旧版本 开发者需尽快升级")
False
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.dates import word_pattern
from newsclean.filters.furniture_grammar import stdlib

#: A notice's vocabulary weighs this much up to 40 characters, a point more for every 80.
CONSENT_THRESHOLD = 2.0
SHORT_CONSENT = 12


def is_consent(lowered: str, score: float | None = None) -> bool:
    """Whether the lower-cased, stripped line is a consent, age-gate or browser notice;
    ``score``, the line's ``consent_score`` when the caller has it already."""
    if not may_be_consent(lowered):
        return False
    if score is None:
        score = consent_score(lowered)
    return score >= _consent_needed(len(lowered))


def may_be_consent(lowered: str) -> bool:
    """Every consent notice holds one of these anchors: a few substring tests (C speed)
    pass over the other lines before any search.

    >>> may_be_consent("他同意離開會場")
    False
    """
    return (
        "覽" in lowered
        or "览" in lowered
        or "款" in lowered
        or "cookie" in lowered
        or "隱私" in lowered
        or "隐私" in lowered
        or "18歲" in lowered
        or "18岁" in lowered
        or "script" in lowered
        or "browser" in lowered
    )


def _consent_needed(length: int) -> float:
    """A button (未滿18歲) needs one term; a sentence two, and more as it grows."""
    if length <= SHORT_CONSENT:
        return CONSENT_THRESHOLD / 2
    return CONSENT_THRESHOLD + max(0, length - 40) / 80


@cache
def _consent_terms() -> tuple[dict[str, float], re.Pattern[str]]:
    terms = {fields[0].lower(): float(fields[1]) for fields in data_lines("consent_terms.txt")}
    return terms, stdlib(word_pattern(terms))  # a trie of literals: re scans it 2.5x faster


def consent_score(lowered: str) -> float:
    """The summed weight of the distinct consent, age-gate and browser-notice terms in a
    lower-cased line (``data/consent_terms.txt``).

    >>> consent_score("為達最佳瀏覽效果，建議使用 chrome 的瀏覽器。") >= CONSENT_THRESHOLD
    True
    """
    weights, pattern = _consent_terms()
    return sum(weights[t] for t in dict.fromkeys(m.group() for m in pattern.finditer(lowered)))
