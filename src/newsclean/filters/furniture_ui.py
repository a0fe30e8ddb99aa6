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

Round 44 (h44-foot): the article templates of the Chinese content systems (DedeCMS's
``article_article.htm`` and ``ajaxfeedback.htm``, EmpireCMS's news template and print page,
PHPCMS v9's ``content/show.html``, the Epoint portals' tool row) are read the same way, their
strings in the same table.  Two pieces of their grammar are read here, not listed:

* *a count's hole*: the templates print a number where a counter fills in (the digg box's
  ``顶一下 (0) 0%``, ``共有3条评论``): a run of digits, in brackets or not, a percent sign after
  it or not (``COUNT_HOLE``), is passed over like a separator; round 44b: a bracketed hole
  the counter never filled, ``评论数()`` (an e-paper's comment box), is the same hole, empty,
  and a run of spaces padding a row's cells is one space.  A line of counts alone then
  covers nothing, and one string with a count is still one string: the two-strings rule is
  unchanged;
* *a message's closing stop*: a whole message of the interface may end with ``。`` (DedeCMS's
  ``请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。``); the full stop keeps a
  line only when the line is no whole message.  A sentence quoting a message has words of its
  own (``他说：请自觉遵守……``), and a full stop inside the line still marks the article's.

*A row printed one piece a line* (``ui_runs``, asked by ``structure`` beside the stacked
menus): a template's block elements become lines of their own when the page is flattened
(DedeCMS's digg box: ``顶一下`` / ``(0)`` / ``0%`` / ``踩一下`` / ``(0)`` / ``0%``).  Successive
content lines, at most one blank line between two, each one interface string or a count
alone, are the row when they hold two strings or more (the same rule as a row on one line).
What keeps the article: each line must be covered whole by one string or be a bare count, so
a heading with words of its own (``相关推荐``) or a paragraph ends the run, and one string
over a paragraph (``评论`` over the comments' text) is no run.
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.memo import LineCache
from newsclean.filters.word_cover import covering_kind, short_candidate

#: An interface line is short: a row of links at most.
MAX_UI_LINE = 48
SKIPPED = frozenset(" \u3000\t|/·>»«→←↑[]【】()（）:：,，?？!！.…-—")
#: The marks of the article's sentences and quotations, never printed by the interface.
SENTENCE_MARKS = frozenset('。“”「」《》"')
#: A whole message of the interface, or an icon's name: a line alone.
ALONE = frozenset({"msg", "icon"})

WORDS = "cms_ui_strings.txt"
#: A counter's hole in a template's row: digits, bracketed or not, with a percent sign or not.
COUNT_HOLE = lazy_re(r"[(（][0-9]{0,9}[%％]?[)）]|[0-9]{1,9}[%％]?[)）]?")
#: A row with its counts is at most this long before the holes are passed over.
MAX_HOLED_LINE = 2 * MAX_UI_LINE


#: A row printed one piece a line may have a blank line between two pieces (``ui_runs``).
MAX_RUN_GAP = 2
#: A row is a few pieces (DedeCMS's digg box: six): a longer run is a list of words.
MAX_RUN_LINES = 12
RUN_EVIDENCE = "the publishing software's interface printed one string a line"

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


def ui_runs(content: list[int], text_of: Callable[[int], str]) -> dict[int, tuple[str, str]]:
    """Line number -> (reason, evidence) for the lines among ``content`` (content line
    numbers in page order; ``text_of`` gives a line's text) that print one interface row
    one piece a line (module docstring: DedeCMS's digg box ``顶一下`` / ``(0)`` / ``0%`` /
    ``踩一下`` …): successive content lines (one blank line between at most), each one
    interface string or a count alone, two strings or more in all.

    >>> lines = ["正文。", "顶一下", "(0)", "0%", "踩一下", "(0)", "0%"]
    >>> sorted(ui_runs(list(range(7)), lines.__getitem__))
    [1, 2, 3, 4, 5, 6]
    >>> ui_runs([0, 1, 2], ["评论", "(3)", "他说。"].__getitem__)
    {}
    """
    found: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    kinds: list[str] = []
    last, overflow = -MAX_RUN_GAP - 1, False
    for number in content:
        piece = _piece_of(text_of(number))
        if piece is None or number - last > MAX_RUN_GAP:
            if not overflow and len(run) > 1 and _row(kinds) is not None:
                reason = "share" if TOOL_KINDS.issuperset(kinds) else "nav"
                found.update(dict.fromkeys(run, (reason, RUN_EVIDENCE)))
            run, kinds, overflow = [], [], False
        last = number
        if piece is None:
            continue
        if len(run) < MAX_RUN_LINES:
            run.append(number)
            kinds.extend(piece)
        else:
            overflow = True  # a list of single words, no row
    if not overflow and len(run) > 1 and _row(kinds) is not None:
        reason = "share" if TOOL_KINDS.issuperset(kinds) else "nav"
        found.update(dict.fromkeys(run, (reason, RUN_EVIDENCE)))
    return found


def _piece(line: str) -> tuple[str, ...] | None:
    """The kinds of the one interface string ``line`` is, () for a count alone, None for
    any other line (``ui_runs``)."""
    if len(line) > MAX_HOLED_LINE and len(line.strip()) > MAX_HOLED_LINE:
        return None  # a paragraph, most lines: neither a count nor one string
    if COUNT_HOLE.fullmatch(line.strip()):
        return ()
    kinds = _covered(line)
    return tuple(kinds) if kinds is not None and len(kinds) == 1 else None


#: ``_piece(line)``, remembered across pages: ``ui_runs`` asks it of every content line,
#: and a site's pages repeat their short lines.
_piece_of: LineCache[tuple[str, ...] | None] = LineCache(_piece)


def _kinds(line: str) -> list[str] | None:
    """The kind of each interface string covering ``line``, when they make an interface
    line (module docstring); None for the article's line."""
    kinds = _covered(line)
    return None if kinds is None else _row(kinds)


def _covered(line: str) -> list[str] | None:
    """The kind of each interface string covering ``line`` whole (a count's hole passed
    over, a whole message's closing stop allowed), None when the line has words or marks
    of its own."""
    if len(line) > MAX_HOLED_LINE:
        return None  # a paragraph: no row, whatever its counts
    if "  " in line:
        line = " ".join(line.split())  # a row's cells padded by a run of spaces (44b)
    if any(map(str.isdigit, line)) or "()" in line or "（）" in line:
        line = COUNT_HOLE.sub(" ", line)
    text = short_candidate(line, WORDS, MAX_UI_LINE, SKIPPED)
    if text is None:
        return None  # most lines: the first character opens no interface string
    stop = text.endswith("。")
    if not SENTENCE_MARKS.isdisjoint(text.removesuffix("。")):
        return None
    kinds = covering_kind(text.removesuffix("。"), WORDS, SKIPPED)
    if not kinds:
        return None
    if stop and kinds != ["msg"]:
        return None  # a full stop closes a sentence, or a whole message
    return kinds


def _row(kinds: list[str]) -> list[str] | None:
    """``kinds`` when the strings make an interface line: two or more, or one whole
    message or icon name; sizes only beside the font tool's label."""
    if "size" in kinds and "font" not in kinds:
        return None  # 大 中 小 with no font tool's label: no tool
    if len(kinds) == 1 and kinds[0] not in ALONE:
        return None  # one string alone: a heading (评论, 用户登录)
    return kinds or None
