"""A comment form's instructions: the site speaking to the reader about the form under its
article.

Model (round 21; ``furniture_leaks.leak_reason`` asks ``form_instruction``, so
``navigation`` removes the line anywhere on the page).  A theme prints, around its comment
box, what the form does with the reader's data and how to fill it in; the words are few
and of few parts of speech (``data/comment_form_words.txt``: the reader's possessive, the
address asked for, a negation, a passive, a verb of publishing, the required-field words,
the marking words and the star, the fields' labels, the buttons, the remember-me box), so
the sentence is *composed* of them, and a theme no table copied is read too.  A line is such
furniture when each of its sentences (parted by a full stop, ``!``, ``;`` or a bar) is
covered whole by those words (spaces aside) and says one of:

* *privacy*: the address, a negation and a verb of publishing (``您的电子邮箱地址不会被公开``,
  ``電子郵件地址不會被公開``, ``Your email address will not be published``);
* *required*: a required-field word and a star or a marking word (``必填项已用 * 标注``,
  ``带*号的为必填项``, ``Required fields are marked *``);
* a *field*: labels or the address with a star (``姓名 *``, ``Email *``);
* a *button*: a form's action, labels perhaps (``发表评论``, ``Leave a Reply``, ``取消回复``);
* the *remember-me box*: its words with the address or a label (``在此浏览器中保存我的显示
  名称、邮箱地址和网站地址``);
* a *login requirement* before a button or a label (``请登录后发表评论``, ``You must be
  logged in to post a comment``), and an *empty comment list* (``暂无评论``, ``还没有评论,
  快来抢沙发吧``).

Round 30, a *closed comment area naming its post*: a theme prints the comment status
with the post's title in its slot, WordPress's ``Comments Off on %s`` as its translation
renders it (``data/comment_form_words.txt`` kinds ``closed_tail``, ``closed_head``): a
Japanese theme on a Chinese paper's blog ``重慶居民感受到的幸福很真實 はコメントを受け付けて
いません。``, an English one ``Comments Off on 海沧市民节``.  The line is the status phrase
and a headline: the title's part holds no sentence mark (``。！？；``: a headline closes no
clause), is at most ``MAX_FORM_LINE`` characters, and stands apart from a trailing phrase by
a space (the slot's own), so a Japanese sentence that quotes the status inside a clause
(``多くのサイトはコメントを受け付けていません。``, no space, the phrase its predicate) stays;
the interface's own deictic subject fills the slot too (``この投稿はコメントを受け付けていま
せん。``, this post: an app's string).  Round 34: a sentence the headline quotes, closed
inside its own quotation marks (``「…就是學會擺脫竊聽和跟蹤。」那些年,在黑夜中尋找星星的新聞人``),
is the quoted speaker's: its stop is no mark of the title's.

A sentence with one word of its own stays: a story about e-mail privacy (``专家提醒,您的
电子邮箱地址不会被公开,但仍需警惕钓鱼邮件。``) has a subject and a warning no form prints,
and a label alone (``评论``) is a heading's or a tool row's, not judged here.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import QUOTED
from newsclean.filters.word_cover import covering_kinds, short_candidate

#: A form's instruction line is short: two sentences at most of a theme's strings.
MAX_FORM_LINE = 120
#: Sentences of the line: a full stop, an exclamation, a semicolon, a bar.
SENTENCES = lazy_re(r"[。.!！;；|｜]+")
SKIPPED = frozenset(" \u3000\t,，、:：()（）")
WORDS = "comment_form_words.txt"
#: The kinds a field or a button line may hold, and nothing else.
FIELD_KINDS = frozenset({"label", "mail", "star", "mark"})
BUTTON_KINDS = frozenset({"action", "label", "mark", "star"})
REMEMBER_KINDS = frozenset({"remember", "mail", "label", "owner", "mark"})
LOGIN_KINDS = frozenset({"login", "action", "label", "owner", "mark", "publish"})
EMPTY_KINDS = frozenset({"empty", "filler", "label", "action", "mark", "publish"})


def _tokens(sentence: str) -> list[frozenset[str]] | None:
    """The kinds of each word covering ``sentence`` whole (``word_cover``), or None when a
    stretch of it is no form's word."""
    return covering_kinds(sentence, WORDS, SKIPPED)


def _instruction(tokens: list[frozenset[str]]) -> bool:
    kinds = frozenset().union(*tokens)

    def only(allowed: frozenset[str]) -> bool:  # every word may be read as one of these
        return all(token & allowed for token in tokens)

    if {"mail", "neg", "publish"} <= kinds:
        return True  # the address will not be published
    if "required" in kinds and ("star" in kinds or "mark" in kinds):
        return True  # required fields are marked *
    if "star" in kinds and only(FIELD_KINDS):
        return True  # 姓名 *, Email *
    if "action" in kinds and only(BUTTON_KINDS):
        return True  # 发表评论, Leave a Reply
    if "login" in kinds and only(LOGIN_KINDS) and bool(kinds & {"action", "publish"}):
        return True  # 请登录后发表评论, You must be logged in to post a comment
    if "empty" in kinds and only(EMPTY_KINDS):
        return True  # 暂无评论, 还没有评论,快来抢沙发吧
    return "remember" in kinds and only(REMEMBER_KINDS) and bool(kinds & {"mail", "label"})


#: The interface's own subject, ``この投稿`` (this post), ``この作品`` (this work).
THIS = "この"
MAX_THIS = 6
#: A headline closes no sentence: a title's part with a stop or a semicolon (which
#: ``title.SENTENCE_END`` reads as a sentence's end too) is a sentence.
SENTENCE_ENDS = frozenset("。！？；!?;")


@cache
def _closed_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    kinds = data_kinds("comment_form_words.txt")
    return kinds["closed_tail"], kinds["closed_head"]


def closed_notice(line: str) -> bool:
    """Whether ``line`` is a closed comment area's status with its post's title in the
    slot (module docstring, round 30).

    >>> closed_notice("重慶居民感受到的幸福很真實 はコメントを受け付けていません。")
    True
    >>> closed_notice("多くのサイトはコメントを受け付けていません。")
    False
    >>> closed_notice("「戒嚴時期的最大收獲。」那些年的新聞人 はコメントを受け付けていません。")
    True
    >>> closed_notice("戒嚴時期的最大收獲。那些年的新聞人 はコメントを受け付けていません。")
    False
    """
    text = line.strip()
    tails, heads = _closed_phrases()
    if "コメント" in text:
        body = text.rstrip("。.")
        for tail in tails:
            if body.endswith(tail):
                title = body[: -len(tail)]
                if title == "" or (title.startswith(THIS) and len(title) <= MAX_THIS):
                    return True  # この投稿は…: the interface names its own post
                return title[-1] in " \u3000" and _headline(title)
        return False
    if text[:1] not in "Cc":
        return False
    lowered = text.lower()
    for head in heads:
        if lowered.startswith(head + " "):
            return _headline(text[len(head) + 1 :])
    return False


def _headline(title: str) -> bool:
    title = title.strip()
    if title.endswith("."):
        return False  # an English sentence's full stop
    # a headline may quote a sentence with its stop, the quoted speaker's, not the title's
    # (``「…就是學會擺脫竊聽和跟蹤。」那些年,…的新聞人``)
    unquoted = QUOTED.sub("", title)
    return 0 < len(title) <= MAX_FORM_LINE and not SENTENCE_ENDS.intersection(unquoted)


def form_reason(line: str) -> str | None:
    """``share`` for a form's button (a reader's tool, as ``navigation`` names tools),
    ``nav`` for the form's other instructions, None for any other line."""
    if closed_notice(line):
        return "nav"
    if not form_instruction(line):
        return None
    tokens = _tokens(line.strip().lower())
    return "share" if tokens and all("action" in token for token in tokens) else "nav"


def form_instruction(line: str) -> bool:
    """Whether ``line`` is a comment form's instructions (module docstring).

    >>> form_instruction("您的电子邮箱地址不会被公开。 必填项已用 * 标注")
    True
    >>> form_instruction("Your email address will not be published. Required fields are marked *")
    True
    >>> form_instruction("专家提醒,您的电子邮箱地址不会被公开,但仍需警惕钓鱼邮件。")
    False
    """
    text = short_candidate(line, WORDS, MAX_FORM_LINE)
    if text is None:
        return False  # most lines: the first character opens no form word
    sentences = [s for s in SENTENCES.split(text) if s.strip()]
    if not sentences:
        return False
    for sentence in sentences:
        tokens = _tokens(sentence)
        if not tokens or not _instruction(tokens):
            return False
    return True
