"""A link's teaser: a short lead and a call to click *here*, in any mix of languages.

Model (round 20; ``furniture_leaks.leak_reason`` asks ``click_here_line``, so
``navigation`` removes the line anywhere on the page).  A template ends a story, or
breaks it, with a link whose label points at itself: a click verb and a place word that
means the link (``here``, 這裡, 这里, 此处, 呢度), perhaps after an urging word (立即,
马上, 請, now) and perhaps before what it opens (了解更多, 查看详情).  Before the call at
most one short lead, a teaser ending with a question, an exclamation, a comma or a
colon (``想知得更多詳情?``).  The verb and the place word may be Chinese, English or both
(``立即Click這裡``, ``想了解更多? 按此``, ``More details? Click here``): the grammar, not
a list of the forms seen, decides.

Round 36 (second wave), a *call to follow the account* (``follow_call``, asked by
``navigation``: a share tool, as subscribing is): the click verb
points at a place of the page (上方, 下方, 蓝字 "the blue words", the account's name above)
instead of the link itself, perhaps after an arrow pointing there, the account's name
quoted or not, then the follow verb and its object (关注我们, 订阅本号): ``↑ 點擊上方“不可
思議的修武”關注我們``, a WeChat post's head copied with it.

A story's sentence keeps a subject or a second clause before the verb (``记者点击这里后
发现页面跳转``, ``网民留言:想知道更多?立即点击这里`` has two leads) and stays.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.filters.furniture_grammar import stdlib

#: A teaser and its call are short.
MAX_CLICK_LINE = 40
MAX_LEAD = 24
URGE = r"(?:立即|立刻|马上|馬上|即刻|现在|現在|请|請|快|just |now |please )"
CLICK = r"(?:click(?: on)?|tap(?: on)?|press|点击|點擊|点选|點選|点|點|按|撳|揿|戳)"
HERE = r"(?:here|this link|這裡|这里|這裏|此處|此处|此|呢度|呢處|這兒|这儿)"
OPENS = r"(?:了解|查看|睇|看|阅读|閱讀|to (?:see|read|learn))(?:更多|详情|詳情|全文| more)?"
#: The first characters of the click verbs: the cheap question asked of every line first.
CLICK_FIRST = stdlib(r"[cCtTpP点點按撳揿戳]")
#: The lead ends at the last mark of a question, an exclamation, a comma or a colon.
LEAD_END = stdlib(r"[?？!！,，:：]\s*")


#: Round 36: where a follow call points: the page's top or foot, its blue words.
POINTED = r"(?:上方|下方|上面|下面|顶部|頂部|底部|标题下方|標題下方)?(?:蓝字|藍字)?"
#: The account's name, in quotes, or left bare (a few letters, no mark).
ACCOUNT = r"(?:[“「『\"][^”」』\"\n]{1,20}[”」』\"]|[^\s,，。!！?？“”「」的了后後再并並]{0,12}?)"
FOLLOW = (
    r"(?:加关注|加關注|关注|關注|订阅|訂閱)"
    r"(?:我们|我們|本号|本號|公众号|公眾號|本公众号|本公眾號)?"
)
#: An arrow pointing at the place, before the call.
ARROWS = "↑↓☝👆👇⬆⬇ \u3000"


@cache
def _follow() -> re.Pattern[str]:
    click = r"(?:点击|點擊|点|點)"
    return stdlib(rf"{URGE}{{0,2}}\s?{click}\s?{POINTED}\s?{ACCOUNT}\s?{FOLLOW}[!！。.~～]?")


def follow_call(line: str) -> bool:
    """Whether ``line`` is a call to follow the account the click points at (round 36).

    >>> follow_call("↑ 點擊上方“不可思議的修武”關注我們"), follow_call("点击上方蓝字关注我们")
    (True, True)
    >>> follow_call("他点击上方的链接后关注了这个账号"), follow_call("点击上方的链接后关注")
    (False, False)
    """
    text = line.strip().lstrip(ARROWS)
    if not text or len(text) > MAX_CLICK_LINE or CLICK_FIRST.search(text) is None:
        return False
    return _follow().fullmatch(text) is not None


@cache
def _call() -> re.Pattern[str]:
    return stdlib(rf"(?i){URGE}{{0,2}}\s?{CLICK}\s?{HERE}(?:\s?{OPENS})?\s?[!！。.]?")


def click_here_line(line: str) -> bool:
    """Whether ``line`` is a call to click the link, after at most one short lead.

    >>> click_here_line("想知得更多詳情?立即Click這裡"), click_here_line("More? Tap here")
    (True, True)
    >>> click_here_line("记者点击这里后发现页面跳转")
    False
    """
    text = line.strip()
    if not text or len(text) > MAX_CLICK_LINE or CLICK_FIRST.search(text) is None:
        return False
    ends = list(LEAD_END.finditer(text.rstrip("!！。. ")))  # the call's own last mark
    lead, call = ("", text) if not ends else (text[: ends[-1].start()], text[ends[-1].end() :])
    if _call().fullmatch(call) is None:
        return False
    return len(lead) <= MAX_LEAD and LEAD_END.search(lead) is None
