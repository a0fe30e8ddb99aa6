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

A *delivery notice* (round 36, ``is_delivery``) is the same mechanism on a second vocabulary
(``data/delivery_words.txt``): a chapter site, a mirror or a forum asks the reader about the
page's delivery, not the story: the text is loading (``更多内容加载中...请稍候...``), failed
to load or needs another browser, the reading mode or the ad blocker turned off, the page
refreshed or its address kept, the chapter going on on the next page, a download needing an
account (``您需要 登录 才可以下载或查看,没有账号?立即注册``).  It holds a *request* (请尝试,
若您, 您需要; 请稍候 is itself about delivery) and its distinct strong words (加载中, 阅读模式,
下一章; a point) and weak words (浏览器, 网址; half) weigh the consent threshold, growing
with the line, at least.  Words inside quotes (“…”, 「…」) are someone's words reported, and
count for nothing; a line naming a third person (记者, 网友, 一些网站, 考生) or an errand the
request is about (报名, 购票: a service's notice to its users) is prose or an official
notice, not the page speaking of itself.

>>> is_consent("為達最佳瀏覽效果，建議使用 chrome 的瀏覽器。")
True
>>> is_consent("您的浏览器不支持 javascript，部分网页功能无法正常使用，建议开启浏览器")
True
>>> is_consent("谷歌浏览器将停止支持javascript旧版本 开发者需尽快升级")
False
>>> is_delivery("更多内容加载中...请稍候...")
True
>>> is_delivery("浏览器新增阅读模式"), is_delivery("请使用浏览器访问政务网站")
(False, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.word_trie import word_pattern

#: A notice's vocabulary weighs this much up to 40 characters, a point more for every 80.
CONSENT_THRESHOLD = 2.0
SHORT_CONSENT = 12
#: A delivery notice is a sentence or three: a longer line is prose.
MAX_DELIVERY_LINE = 160
#: Every delivery request holds one of these: one substring test rules most lines out.
DELIVERY_ANCHORS = ("请", "請", "您", "推荐使用", "推薦使用", "建议使用", "建議使用")
#: Someone's words reported inside a line: they are not the page speaking.
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")


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


@cache
def _delivery_words() -> tuple[dict[str, tuple[str, float]], re.Pattern[str]]:
    words = {f[1]: (f[0], float(f[2])) for f in data_lines("delivery_words.txt")}
    return words, stdlib(word_pattern(words))


def is_delivery(line: str) -> bool:
    """Whether ``line`` is a delivery notice (module docstring): a request and delivery
    words weighing ``_consent_needed`` at least (not a button's half), none of them quoted,
    and no third person or errand named."""
    if len(line) > MAX_DELIVERY_LINE or not any(anchor in line for anchor in DELIVERY_ANCHORS):
        return False
    words, pattern = _delivery_words()
    own = QUOTED.sub("", line)
    found = [words[w] for w in dict.fromkeys(m.group() for m in pattern.finditer(own))]
    kinds = {kind for kind, _ in found}
    if "request" not in kinds or "prose" in kinds:
        return False
    needed = max(CONSENT_THRESHOLD, _consent_needed(len(own)))
    return sum(weight for _, weight in found) >= needed
