"""Calls to act on the site: a link line and an overlay's instruction, read by their grammar.

Model (round 17; ``site_lines.foreign_lines`` asks ``call_lines``, so such a line goes
anywhere on the page and is never taken for the headline).  The words are
``data/call_words.txt``'s; the shapes are here.

* a *link line*: a short label whose last word names an address (kind ``link``: 链接,
  連結, 网址, link), a colon and one address (a host name, ``furniture_mirrors.HOST_NAME``,
  with its scheme and path) and nothing else: ``某某商城 預購連結:https://…``,
  ``下载链接：https://…``.  The label is the site's, not the story's: none of its pairs
  of Han characters recurs in the page's other lines (``spam_article.Article``), so a
  story about a sign-up keeps ``报名链接: https://…`` when it speaks of the sign-up.  A
  source label (资料来源, 原文链接: ``notice_reprint.source_link``) is a notice, not this;
* an *overlay's instruction*: the site telling the reader to operate a control of the
  page, every clause of the line one of three: a *state* of the page or reader (a clause
  opening with kind ``page``: 本網頁已閒置超過5分鐘, 您已離開過久), an *instruction*
  (请 perhaps, a verb of kind ``click`` and, after it in the clause, a control or its place
  on the screen, kind ``control``: 請點擊右上關閉鈕, 请按下方按钮) and a *result* (kind
  ``result`` opening a short clause: 即可關閉); one state and one instruction at least.
  A story telling readers how to use an app (``市民打开小程序后,点击右上角按钮,即可查询``)
  has a clause of its own, and a clause naming the page as a thing reported goes on past
  the page's state.

Round 18 besides, an *onboarding call* (``onboarding_call``): a sign-up box's promise of
ease, every clause one of two: an *effort* (kind ``effort``, a small count, kind ``step``:
只需一步, 仅需1分钟, 只要三秒) and a *start* (kind ``ease`` perhaps, kind ``start``:
快速开始, 免费注册, 立即体验); one of each at least: ``只需一步,快速开始``.  A headline
promising ease says what is done (``只需三步,教你做出一碗好面``) and stays.

Round 19, an *account notice* (``account_notice``): the site telling the reader (您, 你)
what their standing does not allow, two clauses and nothing else: the reader without a
standing (kind ``account``: 作者, 会员, 登录, 权限) and a refused act on the site (kind
``refuse`` then kind ``act``: 不能发稿, 无法下载, 无法查看此内容), perhaps after an
interjection or an emoticon (很可惜 T。T) and closed by a particle (哦~): ``抱歉,您还没有
登录,无法发表评论``.  Mirror glosses inside it are read past.  A story's sentence about
members who cannot do something names them in the third person or goes on past the act
(``如果您还不是会员,不能下载的资料可到图书馆查阅``) and stays.

A sign-up or log-in call (``马上注册,结交更多好友``) is the phrase grammar's
(``furniture_grammar``: membership verbs and objects), a counter ``furniture_counters``'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_mirrors import MAX_PATH, WEB_ADDRESS
from newsclean.filters.memo import LineCache
from newsclean.filters.notice_reprint import source_link
from newsclean.filters.pinyin_grammar import ANNOTATION
from newsclean.filters.spam_article import Article
from newsclean.filters.word_trie import word_pattern

#: A link line's label; the address after it.
MAX_LABEL = 16
MAX_ADDRESS = MAX_PATH
#: An overlay's line and each of its clauses.
MAX_OVERLAY = 60
MAX_CLAUSE = 20
#: What an instruction clause may say after its control (繼續瀏覽).
MAX_TAIL = 4
#: A result clause is short (即可關閉, 才能繼續閱讀).
MAX_RESULT = 8
#: Pairs of a link line's label the article may print.
MAX_ECHOES = 0
#: A character of every click verb of ``data/call_words.txt`` (点击, 點選, 按下, 轻触).
CLICK_MARKS = ("点", "點", "按", "触", "觸")
CLAUSES = stdlib(r"[,，。；;!！、]+")
#: An account notice: its length, what may stand before the reader, and its close.
MAX_NOTICE = 48
NOTICE_CLOSE = "~～!！.。 哦喔呢啦"
URL_MARK = stdlib(r"https?://|www\.")


@cache
def call_words() -> dict[str, tuple[str, ...]]:
    """``data/call_words.txt`` by kind, lower-cased, longest first."""
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("call_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1].lower())
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


@cache
def _link_line() -> re.Pattern[str]:
    link = word_pattern(call_words()["link"])
    label = rf"[^:：,，。；;!！?？\n]{{0,{MAX_LABEL}}}?"
    return stdlib(rf"({label}(?:{link}))\s{{0,2}}[:：]\s{{0,3}}{WEB_ADDRESS}")


@cache
def _instruction() -> re.Pattern[str]:
    click, control = word_pattern(call_words()["click"]), word_pattern(call_words()["control"])
    return stdlib(rf"[请請]?(?:{click})[^,，。]{{0,10}}?(?:{control})[^,，。]{{0,{MAX_TAIL}}}")


@cache
def _onboarding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = {kind: word_pattern(call_words()[kind]) for kind in ("effort", "step", "ease", "start")}
    effort = stdlib(rf"(?:{words['effort']})[一二两兩三四五几幾0-9]{{1,2}}\s?(?:{words['step']})")
    start = stdlib(rf"(?:{words['ease']})?(?:{words['start']})吧?")
    return effort, start


@cache
def _effort_marks() -> frozenset[str]:
    return frozenset(word[0] for word in call_words()["effort"])


def onboarding_call(text: str) -> bool:
    """A sign-up box's effort and start clauses, nothing else (module docstring).

    >>> onboarding_call("只需一步,快速开始"), onboarding_call("只需三步,教你做出一碗好面")
    (True, False)
    """
    if not any(mark in text for mark in _effort_marks()):
        return False  # cheapest first: the first characters of the effort words
    line = text.strip().rstrip("!！.。")
    if len(line) > MAX_CLAUSE + MAX_CLAUSE or not line:
        return False
    effort, start = _onboarding()
    efforts = starts = 0
    for clause in (c.strip() for c in CLAUSES.split(line.lower())):
        if not clause:
            continue
        if effort.fullmatch(clause):
            efforts += 1
        elif start.fullmatch(clause):
            starts += 1
        else:
            return False
    return efforts > 0 and starts > 0


@cache
def _account_notice() -> re.Pattern[str]:
    words = {kind: word_pattern(call_words()[kind]) for kind in ("account", "refuse", "act")}
    free = r"[^,，。；;!！?？]"
    return stdlib(
        rf"[^您你]{{0,10}}[您你]{free}{{0,10}}?(?:{words['account']}){free}{{0,4}}"
        rf"[,，。；;\s]{{1,3}}{free}{{0,3}}?(?:{words['refuse']}){free}{{0,4}}?"
        rf"(?:{words['act']}){free}{{0,3}}"
    )


def account_notice(text: str) -> bool:
    """The reader's missing standing and a refused act on the site (module docstring).

    >>> account_notice("很可惜 T 。T 您现在还不是作者身份,不能自主发稿哦~")
    True
    >>> account_notice("如果您还不是会员,不能下载的资料可到图书馆查阅,工作人员说。")
    False
    """
    if "您" not in text and "你" not in text:
        return False  # cheapest first: the notice speaks to the reader
    line = text.strip()
    if "(" in line or "（" in line:
        line = ANNOTATION.sub(r"\1", line)  # a mirror's glosses: 您现(xiàn)在
    line = line.rstrip(NOTICE_CLOSE).lower()
    return len(line) <= MAX_NOTICE and _account_notice().fullmatch(line) is not None


def link_label(text: str) -> str | None:
    """The label of a link line (a label naming an address, a colon, one address), or
    None; a source label's line is ``notice_reprint``'s.

    >>> link_label("下载链接：https://example.com/app")
    '下载链接'
    >>> link_label("详情请见官网链接 https://example.com/") is None
    True
    """
    line = text.strip()
    if len(line) > MAX_LABEL + MAX_ADDRESS or not URL_MARK.search(line):
        return None
    match = _link_line().fullmatch(line.lower())
    if match is None or source_link(line):
        return None
    return line[: match.end(1)].strip()


def overlay_instruction(text: str) -> bool:
    """An overlay's state, instruction and result clauses (module docstring).

    >>> overlay_instruction("※ 此頁面已逾時,請按下方的重新整理按鈕。")
    True
    >>> overlay_instruction("市民打开小程序后,点击右上角按钮,即可查询。")
    False
    """
    if not any(mark in text for mark in CLICK_MARKS):
        return False  # cheapest first: every click verb holds one of these characters
    line = text.strip().lstrip("※*＊•·●■◆▪★☆ ").lower()
    if len(line) > MAX_OVERLAY or not line:
        return False
    words = call_words()
    states = instructions = 0
    for clause in (c.strip() for c in CLAUSES.split(line)):
        if not clause:
            continue
        if len(clause) > MAX_CLAUSE:
            return False
        if _instruction().fullmatch(clause):
            instructions += 1
        elif clause.startswith(words["page"]):
            states += 1
        elif not (clause.startswith(words["result"]) and len(clause) <= MAX_RESULT):
            return False
    return states > 0 and instructions > 0


def _own_verdict(text: str) -> tuple[str, str] | None:
    """What a line's own text says: a link line's label to ask of the article, or the
    reason it goes (None: neither)."""
    if ("." in text or "/" in text) and (label := link_label(text)) is not None:
        return ("label", label)
    if len(text) <= MAX_OVERLAY + 4 and overlay_instruction(text):
        return ("found", "an overlay's instruction: the page's state and a control to operate")
    if len(text) <= 2 * MAX_CLAUSE + 2 and onboarding_call(text):
        return ("found", "an onboarding call: the effort it takes and a start")
    if len(text) <= 2 * MAX_NOTICE and account_notice(text):
        return ("found", "an account notice: the reader's standing and a refused act")
    return None


#: ``_own_verdict``, remembered across pages (pure; a site's pages and a page of short
#: lines repeat their lines; a known line is answered in C, ``memo.LineCache``).
own_verdict_of: LineCache[tuple[str, str] | None] = LineCache(_own_verdict, LineCache.SMALL)


def call_lines(
    lines: Sequence[LineLike | None],
    content: Sequence[int],
    article_of: Callable[[], Article],
) -> dict[int, str]:
    """The link lines (their label foreign to the article) and overlay instructions among
    ``content`` (indices of ``lines``), each with the reason it goes."""
    found: dict[int, str] = {}
    labels: dict[int, str] = {}
    for i in content:
        verdict = own_verdict_of(lines[i].text)  # type: ignore[union-attr]
        if verdict is None:
            continue
        kind, value = verdict
        if kind == "label":
            labels[i] = value
        else:
            found[i] = value
    if not labels:
        return found
    article = article_of()
    for i, label in labels.items():
        if article.without(i).echoes(han_pairs(label), MAX_ECHOES + 1) <= MAX_ECHOES:
            found[i] = "a link line: a label naming an address and the address alone"
    return found
