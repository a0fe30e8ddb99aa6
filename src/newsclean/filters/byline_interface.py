"""A byline row's interface tail (round 15): the template's links printed on the byline's
own line, after its fields, read and set aside.

A blog theme or a forum prints the post's links on the line of its byline: a WordPress
entry line (``December 12, 2019 by Hao Yi Xu Leave a Comment``, ``2025.08.28 Leave a
Comment``), a Discuz post header (``September 24, 2025 | 只看该作者 |阅读模式 打印 上一主题
下一主题``).  The model is the *role of the words*, not the line: the fields come first, then
items that are the interface's, each parted from the one before by spaces or a bar:

* an English comment link, by its grammar (``data/byline_interface.txt``): a verb, an
  optional article and a comment noun (Leave a Comment, Post a reply, Add comment), a
  count or a zero word and the noun (3 Comments, No Comments), the noun and a zero word
  (Comments Off, Comments closed); any letter case;
* round 34, a Chinese comment link composed the same way (kinds cverb, cnoun, measure): a
  count, a measure word and the noun (``0条评论``), verbs joined by a slash and the noun
  (``查看/发表评论``); round 38, the noun first, the count and measure after (``评论3条``);
* a forum thread's tool (kind ``thread``: 只看该作者, 阅读模式, 上一主题), or a page tool
  phrase of the furniture grammar (``furniture_grammar.is_tool_phrase``: 打印, 收藏);
  round 26, a news page's comment link (``参与互动``), alone or printed twice glued
  (``參與互動參與互動``: the icon's alt text, then the label), which also ends a field's
  value on the row (``來源:玉林日報   參與互動參與互動``: ``is_interface_item``).

``without_interface`` peels such items off the line's end, last first, and returns what
is left; the byline grammar then reads the rest whole, so a line is a byline only when
its fields read without the tail (a date in a sentence followed by "Leave a Comment"
stays prose: the sentence is no byline).  An item anywhere else (a quote ``"Leave a
comment," she said`` in a paragraph) is not looked at: only a line's end is peeled, and
only the byline reader asks.

Round 25, *a post's row*: a forum or comment board prints the poster's handle, cut short
by the template with an ellipsis (``Alinna ...``, ``曹智 ...``), the date and the post's
report button (``檢舉``, ``举报``: kind ``action``) on one row.  The ellipsis is the
template's truncation mark, no piece (``is_truncation_mark``); an interface word on the
row says it is a user's post, so its one name that is no outlet's name is the poster, the
author (``龍的傳人      2017-10-15      檢舉``: a handle, no family name), never the source
(``byline_pieces.parse_pieces`` asks).

Round 29, *a more link*: after the writer's name a template prints a link to the writer's
other posts (``作者:曹智 更多文章``, ``查看TA的文章``): a view verb, a possessive or a
more-word and a noun of what the site holds (kinds view, whose, more, works), composed
(``is_more_link``); like a thread's tool it ends the field's value.

Round 35, *a summary box's tab* (kind ``box``: 导读, 摘要, 内容提要): the template prints
the box of the article's summary right under the byline row, and a flattened page glues
the box's name to the row's end (``admin 2019-05-09 06:01:49 导读`` over ``导读 : 由…``);
peeled as a thread's tool is, it names no field.  Only a row's end is peeled, so the
box's own line (``导读:`` and the summary) is left to the rest of the page's model.

Round 37, *a font-size control*: a template prints the reader's size buttons on the byline
row, a control's label and two to five buttons (kinds sizelabel, sizeword, size:
``文字:【大】【中】【小】``, ``字體: 放大 還原 縮小``), each perhaps bracketed.  The label is the
control's, not a field's: 文字 before size buttons is no writer's label (文 is), and the
buttons are no value (``is_size_control``; ``byline`` reads such a field as read and not
stored).  At a row's end the control is an interface item, its label alone too when the
scraper lost the buttons with their images (``cnfrance2017 2018-11-07 0" 字体``), and a
bare count right before it (``0"``, a stray quote of the markup after it) is the post's
count of comments, peeled with it.  The row is a post's record: its one name, a
Latin handle with digits (``is_account_handle``), is the account that posted the page,
no outlet and no writer, and is not stored (``metadata`` asks).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.dates import with_variants, word_pattern
from newsclean.filters.furniture_grammar import is_tool_phrase
from newsclean.filters.lazy_pattern import lazy_regex

#: At most this many items are peeled (a template prints a handful of links), and only the
#: end of a byline is looked at: a line longer than this is no byline anyway.
MAX_ITEMS, MAX_TAIL = 8, 80
SEPARATORS = " \t\u3000|｜丨"


@cache
def _words() -> dict[str, list[str]]:
    """kind -> words of ``data/byline_interface.txt``, every script."""
    kinds: dict[str, list[str]] = {}
    for kind, word in data_lines("byline_interface.txt"):
        kinds.setdefault(kind, []).extend(with_variants(word))
    return kinds


@cache
def _item_end() -> regex.Pattern[str]:
    """One interface item ending the text, parted from what stands before it."""
    words = _words()
    verb, noun, zero = (word_pattern(words[kind]) for kind in ("verb", "noun", "zero"))
    nouns = rf"{noun}(?:s|es)?"
    english = (
        rf"{verb}[ \t]+(?:(?:a|an|your)[ \t]+)?{nouns}"
        rf"|(?:\d{{1,6}}|{zero})[ \t]+{nouns}"
        rf"|{nouns}[ \t]+{zero}"
    )
    thread = word_pattern(words["thread"] + words["box"])
    cverb, cnoun, measure = (word_pattern(words[kind]) for kind in ("cverb", "cnoun", "measure"))
    chinese = rf"\d{{1,6}}[ \t]?(?:{measure})?{cnoun}|{cverb}(?:[/／]{cverb}){{0,2}}{cnoun}|{cnoun}"
    chinese += rf"(?:[ \t]?\d{{1,6}}[ \t]?(?:{measure})|[(（]\d{{1,6}}[)）])"  # 评论3条 (round 38)
    size = _size_item()
    return regex.compile(
        rf"(?:^|(?<=[{SEPARATORS}]))(?:(?i:{english})|{thread}|{chinese}|{size})[{SEPARATORS}]*$",
        regex.VERSION1,
    )


@cache
def _last_chars() -> frozenset[str]:
    """The characters an interface item can end with (a noun's plural s among them)."""
    words = _words()
    kinds = ("noun", "zero", "thread", "box", "cnoun", "sizelabel", "size", "measure")
    ends = frozenset(word[-1].lower() for kind in kinds for word in words[kind])
    return ends | {"s"} | frozenset(BUTTON_CLOSE)


#: A size button may be bracketed (``【大】``, ``[小]``); a closing name too (``byline_foot``).
BUTTON_OPEN = "【[(（〔"
BUTTON_CLOSE = "】])）〕"
#: A font-size control is short: a label, a colon and at most five buttons.
MAX_SIZE_CONTROL = 40


@cache
def _size_buttons() -> str:
    """Two to five size buttons, each perhaps bracketed, parted by spaces, bars or
    slashes or by nothing (``【大】【中】【小】``, ``放大 還原 縮小``, ``大中小``)."""
    size = word_pattern(_words()["size"])
    opening, closing = regex.escape(BUTTON_OPEN), regex.escape(BUTTON_CLOSE)
    button = rf"[{opening}]?[ \t]?{size}[ \t]?[{closing}]?"
    return rf"{button}(?:[ \t\u3000|｜/／]{{0,3}}{button}){{1,4}}"


@cache
def _size_item() -> str:
    """A font-size control ending a row: a label and its buttons, or a label alone."""
    words = _words()
    alone = word_pattern(words["sizelabel"])
    label = word_pattern(words["sizelabel"] + words["sizeword"])
    return rf"(?:{label}[ \t]?[:：]?[ \t]{{0,3}}{_size_buttons()}|{alone}[ \t]?[:：]?)"


@cache
def _size_end() -> regex.Pattern[str]:
    """A font-size control and the separators after it: the item ``without_interface``
    peeled, when it was one."""
    return regex.compile(rf"{_size_item()}[{SEPARATORS}]*")


@cache
def _size_control() -> regex.Pattern[str]:
    return regex.compile(rf"[ \t\u3000]*{_size_buttons()}[ \t\u3000]*")


def is_size_control(value: str) -> bool:
    """Whether ``value``, where a field's value would be, is a font-size control's buttons
    (module docstring): its label is the control's, and nothing is stored.

    >>> is_size_control("【大】【中】【小】"), is_size_control(" 放大 還原 縮小")
    (True, True)
    >>> is_size_control("大"), is_size_control("大中华"), is_size_control("张小中")
    (False, False, False)
    >>> is_size_control("小中"), is_size_control("大中小学"), is_size_control("中小企业")
    (False, False, False)
    """
    if len(value.strip()) <= 2 or len(value) > MAX_SIZE_CONTROL:
        return False  # 小中, 大中: two letters glued may be a name; a control prints three
    return _size_control().fullmatch(value) is not None


#: A posting account's handle: Latin letters first, then letters and digits with at least
#: one digit or ``_`` and two lower-case letters in a row (``cnfrance2017``): no outlet
#: writes its name so (``CCTV-13``, ``ETtoday``).
ACCOUNT_HANDLE = lazy_regex(
    r"^(?=[^a-z]{0,30}[a-z]{2})(?=[A-Za-z.\-]{0,30}[0-9_])[A-Za-z][A-Za-z0-9_.\-]{2,30}$"
)


def is_account_handle(name: str) -> bool:
    """Round 37: whether ``name``, the one name of a post's row (a row whose interface items
    were peeled), is the handle of the account that posted the page, not a writer's name
    nor an outlet's: read, not stored (``cnfrance2017 2018-11-07 0" 字体``; the story's
    writer is credited in its text).

    >>> is_account_handle("cnfrance2017"), is_account_handle("going_down"), is_account_handle("BBC")
    (True, True, False)
    >>> is_account_handle("ETtoday"), is_account_handle("2017cn"), is_account_handle("CCTV-13")
    (False, False, False)
    """
    return ACCOUNT_HANDLE.match(name) is not None


#: The post's count right before a row's interface items (``0"``: a stray quote after it).
BARE_COUNT = lazy_regex(r"^\d{1,6}[\"”']?$")


def without_interface(line: str) -> str:
    """``line`` without the interface items ending it (module docstring); ``line`` itself
    when none ends it or nothing would be left.

    >>> without_interface("December 12, 2019 by Hao Yi Xu Leave a Comment")
    'December 12, 2019 by Hao Yi Xu'
    >>> without_interface("2025-09-24 | 只看该作者 |阅读模式 打印 上一主题 下一主题")
    '2025-09-24'
    >>> without_interface("2026-01-28 12:21:45 德国之声中文网 | 0条评论 | 查看/发表评论")
    '2026-01-28 12:21:45 德国之声中文网'
    >>> without_interface("admin 2019-05-09 06:01:49 导读")
    'admin 2019-05-09 06:01:49'
    >>> without_interface("我们今天讨论了评论区")
    '我们今天讨论了评论区'
    """
    rest = line.rstrip(SEPARATORS)
    if rest[-1:].lower() not in _last_chars():
        return line  # no item ends so (a sentence's stop): one set test for most lines
    peeled = False
    sized = False  # the item peeled last was a font-size control
    for _ in range(MAX_ITEMS):
        start = max(0, len(rest) - MAX_TAIL)
        found = _item_end().search(rest, start)
        if found is not None:
            cut = found.start()
        else:
            token = rest[max(map(rest.rfind, " \t\u3000|｜丨")) + 1 :]  # the last part
            if not token or not peeled:
                break
            if sized and BARE_COUNT.match(token) and len(token) < len(rest):
                rest = rest[: len(rest) - len(token)].rstrip(SEPARATORS)
                break  # 0" 字体: the post's count before the size control, the last item
            if not is_tool_phrase(token.lower()):
                break  # a tool phrase counts only beside an interface item
            cut = len(rest) - len(token)
        if cut == 0:
            break
        sized = found is not None and _size_end().fullmatch(rest, cut) is not None
        rest, peeled = rest[:cut].rstrip(SEPARATORS), True
    return rest if peeled and rest else line


def is_interface_item(token: str) -> bool:
    """Whether ``token`` is one of the interface's tools (kind ``thread``: 参与互动, 打印,
    只看该作者), alone or printed twice glued (round 26: ``參與互動參與互動``, a link's icon
    whose alt text is its label): a value ends where one begins (``byline_clean``).

    >>> is_interface_item("參與互動參與互動"), is_interface_item("打印"), is_interface_item("互动")
    (True, True, False)
    """
    half = len(token) // 2
    if len(token) % 2 == 0 and token[:half] == token[half:]:
        token = token[:half]
    if token in _thread_words() or is_box_tab(token) or is_more_link(token):
        return True
    return token[-1:] in _last_chars() and _item_end().fullmatch(token) is not None  # 评论3条


#: A more link is short: a verb, a possessive, a more-word, a noun and an arrow.
MAX_MORE_LINK = 12


@cache
def _more_link() -> regex.Pattern[str]:
    """A view verb, then a possessive or a more-word (one of the two at least), a noun of
    the site's works and perhaps an arrow: the whole token."""
    words = _words()
    view, whose, more, works = (
        word_pattern(words[kind]) for kind in ("view", "whose", "more", "works")
    )
    return regex.compile(
        rf"(?:{view})?(?:(?:{whose})(?:{more})?|(?:{more}))(?:{works})[>»›]{{0,2}}"
    )


def is_more_link(token: str) -> bool:
    """Round 29: whether ``token`` is a *more link*, the link a template prints after the
    writer's name to the writer's other posts (``更多文章``, ``查看TA的文章``,
    ``他的全部博文``): it names no one, and a value ends where it begins (``作者:曹智
    更多文章``: the author is 曹智).  A noun alone (``文章``, a person's name too) is none.

    >>> is_more_link("更多文章"), is_more_link("查看TA的文章"), is_more_link("更多文章>>")
    (True, True, True)
    >>> is_more_link("文章"), is_more_link("更多"), is_more_link("更多精彩")
    (False, False, False)
    """
    if len(token) > MAX_MORE_LINK or token[-1:] not in _more_ends():
        return False
    return _more_link().fullmatch(token) is not None


@cache
def _more_ends() -> frozenset[str]:
    """The last characters a more link can end with: its nouns' or an arrow."""
    return frozenset(word[-1] for word in _words()["works"]) | set(">»›")


@cache
def _thread_words() -> frozenset[str]:
    return frozenset(_words()["thread"])


@cache
def _box_words() -> frozenset[str]:
    return frozenset(_words()["box"])


def is_box_tab(piece: str) -> bool:
    """Round 35: whether ``piece`` is the tab of the summary box under a byline row (kind
    ``box``: 导读, 摘要, 内容提要), glued to the row's end: no outlet, no field.

    >>> is_box_tab("导读"), is_box_tab("導讀"), is_box_tab("导读员")
    (True, True, False)
    """
    return piece in _box_words()


@cache
def _unsigned_words() -> frozenset[str]:
    return frozenset(_words()["unsigned"])


def is_unsigned(piece: str) -> bool:
    """Whether ``piece``, unlabelled in a row, is the word for an unsigned article (round 32:
    佚名, 匿名, kind ``unsigned``): the author's slot left empty, no name, no outlet.

    >>> is_unsigned("佚名"), is_unsigned("匿名"), is_unsigned("佚名氏"), is_unsigned("中国网")
    (True, True, False, False)
    """
    return piece in _unsigned_words()


#: A template's truncation mark after a name cut short: three dots or more, an ellipsis.
TRUNCATION = lazy_regex(r"^(?:\.{3,6}|…{1,2})$")


def is_truncation_mark(piece: str) -> bool:
    """Whether ``piece`` is the mark a template prints after a name it cut short.

    >>> is_truncation_mark("..."), is_truncation_mark("…"), is_truncation_mark("A.")
    (True, True, False)
    """
    return TRUNCATION.match(piece) is not None


#: An interface value is short: a verb or two and a user's role with a qualifier.
MAX_INTERFACE_VALUE = 12


@cache
def _interface_value() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Interface verbs, then a user's role (two Han characters of qualifier before it at
    most: 热心网友, 匿名用户), or verbs alone: the whole value; and the same with at least
    one verb (a value under a label: 来源:网友 credits netizens, vaguely, as 网络 does)."""
    words = _words()
    action, user = word_pattern(words["action"]), word_pattern(words["user"])
    bare = rf"^(?:{action}){{0,3}}(?:\p{{Han}}{{0,2}}?{user})?$"
    verbs = rf"^(?:{action}){{1,3}}(?:\p{{Han}}{{0,2}}?{user})?$"
    return regex.compile(bare), regex.compile(verbs)


def is_interface_value(value: str, *, labelled: bool = False) -> bool:
    """Whether ``value``, where a byline's field would be, is the interface's word: its
    verbs (上传, 发布, 浏览) and its users' roles (网友, 热心网友, 发布网友), never a name
    (round 16: a field's value is a name, not a button or a column head).  Under a label
    (``labelled``) only a value with a verb is one: 来源:网友 is a vague credit.

    >>> is_interface_value("上傳"), is_interface_value("发布网友"), is_interface_value("热心网友")
    (True, True, True)
    >>> is_interface_value("网友", labelled=True), is_interface_value("上传", labelled=True)
    (False, True)
    >>> is_interface_value("上海"), is_interface_value("网友之家"), is_interface_value("新华网")
    (False, False, False)
    """
    if not value or len(value) > MAX_INTERFACE_VALUE:
        return False
    return _interface_value()[labelled].match(value) is not None


@cache
def _answer_count() -> regex.Pattern[str]:
    answers = word_pattern(_words()["answers"])
    return regex.compile(rf"^(?:共\s?)?\d{{1,6}}\s?[个個条條则則篇]?\s?(?:{answers})$")


def is_answer_count(line: str) -> bool:
    """Whether ``line`` is a question page's count of its answers (共1个回答, 3条回复), alone
    on its line between the poster's row and the answerer's: part of the byline, not stored
    (round 16).

    >>> is_answer_count("共1个回答"), is_answer_count("共1個回答"), is_answer_count("3条回复")
    (True, True, True)
    >>> is_answer_count("共同回答"), is_answer_count("他回答了3个问题")
    (False, False)
    """
    return len(line) <= MAX_INTERFACE_VALUE and _answer_count().match(line.strip()) is not None


@cache
def interface_verbs() -> frozenset[str]:
    """The interface's action words (上传, 发布), every script."""
    return frozenset(_words()["action"])
