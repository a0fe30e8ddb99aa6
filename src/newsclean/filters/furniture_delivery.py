"""Delivery notices: the site telling the reader how its page reaches them.

Model (round 36; ``navigation`` asks ``delivery_notice`` beside the consent notices, so
such a line goes wherever it stands: a template prints it over or under every page).  A
chapter site, a mirror or a forum speaks to the reader about the page's *delivery*, not
about the story: the text is loading (``更多内容加载中...请稍候...``), failed to load, or
needs another browser, the reading mode turned off, the ad blocker turned off, the page
refreshed or its address kept (``推荐使用【UC浏览器】…打开并收藏网址!``), the chapter goes on
on the next page (``本章未完,请点击下一章继续阅读!``), a download needs an account
(``您需要 登录 才可以下载或查看,没有账号?立即注册``).  The words are few
(``data/delivery_words.txt``): a *request* the site makes of the reader (请尝试, 请关闭,
推荐使用, 若您, 您需要; 请稍候 is a request about delivery itself), *strong* words of the
page's delivery (加载中, 阅读模式, 广告屏蔽, 刷新网页, 收藏网址, 下一章, 没有账号) and *weak*
words of the web a story may name too (浏览器, 访问, 打开, 网址).  A line is such a notice
when it holds a request and its distinct delivery words weigh ``DELIVERY_NEEDED`` or more
(a strong word one point, a weak one half).

A story about browsers names them in the third person and asks nothing
(``浏览器新增阅读模式``); a public notice asking citizens to visit a site names the web with
weak words only (``请使用浏览器访问政务网站``): both stay.

>>> delivery_notice("更多内容加载中...请稍候...")
True
>>> delivery_notice("浏览器新增阅读模式"), delivery_notice("请使用浏览器访问政务网站")
(False, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.word_trie import word_pattern

#: The delivery words of a notice weigh this much at least.
DELIVERY_NEEDED = 2.0
#: A delivery notice is a sentence or three: a longer line is prose.
MAX_DELIVERY_LINE = 160
#: Every request holds one of these: one substring test rules most lines out.
ANCHORS = ("请", "請", "您", "推荐使用", "推薦使用", "建议使用", "建議使用")


@cache
def _words() -> tuple[dict[str, tuple[str, float]], re.Pattern[str]]:
    words = {
        fields[1]: (fields[0], float(fields[2])) for fields in data_lines("delivery_words.txt")
    }
    return words, stdlib(word_pattern(words))


def delivery_notice(line: str) -> bool:
    """Whether ``line`` is a delivery notice (module docstring)."""
    if len(line) > MAX_DELIVERY_LINE or not any(anchor in line for anchor in ANCHORS):
        return False
    words, pattern = _words()
    found = [words[word] for word in {match.group() for match in pattern.finditer(line)}]
    if not any(kind == "request" for kind, _ in found):
        return False
    return sum(weight for _, weight in found) >= DELIVERY_NEEDED
