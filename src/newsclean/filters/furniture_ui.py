"""The publishing software's own interface strings printed as a line of the page.

Model (round 43; ``furniture_leaks.leak_reason`` asks ``ui_line``, so ``navigation`` removes
the line anywhere on the page).  A page is rendered by one of a few systems (Discuz!,
WordPress and its themes and plugins, Blogger, a government site group's article template, a
media player), and each prints the buttons, links and labels of its own templates around the
article: a thread's header (``找回密码`` / ``立即注册`` / ``QQ登录`` / ``只需一步,快速开始``), a
members-only gate (``您需要 登录 才可以下载或查看,没有账号?注册``), a tool row (``【字号：大 中
小】【打印本页】【关闭窗口】``), a theme's link (``Continue reading »``), a plugin's widget
(``%d bloggers like this:``), the host's credit (``Blog at``, its link's text lost), a player's
icon whose font did not load (``volume_up``).  Those strings come from the systems' language
packs and templates, which are public: ``data/cms_ui_strings.txt`` holds them by kind (the
account, sharing and closing, the comment box, moving about, a thread's view switches, the
font-size tool, a gate's pieces, whole messages, icon names), in simplified, traditional and
English forms, so that the same software's other strings are read on sites not seen yet.

A line is the interface's when it is *covered whole* by those strings (``word_cover``: the
longest string first; spaces, link marks ``| / · > » « → ← ↑``, brackets, ``: , ? ! .`` and
``…`` passed over; an English word ends at a non-letter) and either

* holds *two strings or more* (a row of the interface: ``找回密码 注册``, ``上一篇 下一篇``,
  ``Email Print``; font sizes count only beside the font tool's label, ``字号 大 中 小``), or
* is *one whole message* of the interface (kind ``msg``: ``continue reading``, ``blog at``) or
  an icon's ligature name with its underscore (kind ``icon``: ``volume_up``).

What keeps the article's own short lines: the coverage (a heading or a sentence has words of
its own: ``如何找回密码``, ``用户忘记密码后无法登录银行账户``, ``他说："登录"``), one string alone
is no row (``评论``, ``打印``, ``用户登录`` or ``Pause`` over a paragraph is a heading; sizes alone,
``大 中 小``, name no tool), the sentence's marks (a full stop ``。``, quotation marks and book
title marks ``“”「」《》``: the interface prints none of them) and the line's length (48 at most:
the strings are short).
"""

from __future__ import annotations

from newsclean.filters.word_cover import covering_kinds, short_candidate

#: An interface line is short: a row of links at most.
MAX_UI_LINE = 48
SKIPPED = frozenset(" \u3000\t|/·>»«→←↑[]【】()（）:：,，?？!！.…-—")
#: The marks of the article's sentences and quotations, never printed by the interface.
SENTENCE_MARKS = frozenset('。“”「」《》"')
#: A whole message of the interface, or an icon's name: a line alone.
ALONE = frozenset({"msg", "icon"})

WORDS = "cms_ui_strings.txt"


#: The page's tools (sharing, printing, closing, the font size): a tool row's reason, ``share``.
TOOL_KINDS = frozenset({"share", "font", "size"})


def ui_reason(line: str) -> str | None:
    """``share`` for a row of the page's tools alone (``【打印】【关闭】``, ``字号 大 中 小``),
    ``nav`` for any other interface line, None for the article's (``ui_line``)."""
    kinds = _kinds(line)
    if kinds is None:
        return None
    return "share" if TOOL_KINDS.issuperset(kinds) else "nav"


def ui_line(line: str) -> bool:
    """Whether ``line`` is printed by the publishing software's interface (module docstring).

    >>> ui_line("您需要 登录 才可以下载或查看,没有账号?注册")
    True
    >>> ui_line("Continue reading »")
    True
    >>> ui_line("用户登录")
    False
    >>> ui_line("如何找回密码")
    False
    """
    return _kinds(line) is not None


def _kinds(line: str) -> list[str] | None:
    """The kind of each interface string covering ``line``, when they make an interface
    line (module docstring); None for the article's line."""
    text = short_candidate(line, WORDS, MAX_UI_LINE, SKIPPED)
    if text is None:
        return None  # most lines: the first character opens no interface string
    if any(mark in SENTENCE_MARKS for mark in text):
        return None
    found = covering_kinds(text, WORDS, SKIPPED)
    if not found:
        return None
    kinds = [min(kinds) for kinds in found]  # each string of the table has one kind
    if "size" in kinds and "font" not in kinds:
        return None  # 大 中 小 with no font tool's label: no tool
    if len(kinds) == 1 and kinds[0] not in ALONE:
        return None  # one string alone: a heading (评论, 用户登录)
    return kinds
