"""The site's voice: a line in which the site speaks to its reader, read as a speech act.

Model (round 45; ``furniture_leaks`` asks ``voice_line``, so the line goes anywhere on the
page: above the headline, between paragraphs, at the foot).  Every line of a page is said by
one of a few speakers for one purpose; this reader finds the *site* (its account, its
platform, its programme) addressing the *reader* to promote itself or to ask for an act.  Such
a line is made of clauses (parted by commas, stops, exclamation marks, spaces, dashes), and
it is the site's voice when one clause at least is an *act clause* and every other clause is
one of the few the act keeps company with (``data/voice_words.txt``, rows by kind):

- an *act clause*: the mood, an appeal opening it (欢迎, 敬请, 记得, 别忘了, 请, 点击) with
  nothing between it and the act but the reader (大家, 您, 各位: never a named public,
  ``请广大市民关注…`` is a government's appeal quoted by a story), or a hortative particle
  closing it (呗, 吧, 哦); and the act, one of three kinds: *follow* (关注, 订阅, 收看, 下载),
  whose object is the site itself, a channel word (公众号, 平台, 频道, 本站, APP) or a
  bracketed name (``【公益慈善论坛】``), or nothing (``敬请关注``), never the story's thing
  (``关注天气变化``); *like* (点赞, 点个赞, 转发, 分享, 收藏), an act on the page needing no
  object, a few characters after it at most (``点个赞再走呗``); *await* (期待), nothing after
  it (``敬请期待``).  A reader's act praised as a virtue, ``ACT是一种X`` (``转载是一种动力``),
  is an act clause too (the line's whole purpose is the plea);
- the reader's opinion of the article (``文章不错``, ``觉得本文有用``): the article word and an
  opinion word in a short clause;
- with a follow act naming the site (its channel word or bracketed name, not a bare
  ``欢迎订阅``: a journal's terms ``本站过刊免费提供下载,…,欢迎订阅`` are its notice), the
  site's short slogans (``精选公益慈善资讯``, ``为公益注入智慧``): clauses of at most
  ``MAX_SLOGAN`` characters and no digit;
- the site's programme launched, when the line opens with its bracketed name and closes with
  a stay-tuned act: clauses naming a medium verb (播出, 上架, 上线) (``「镜新闻」已在MOD508台与
  YouTube频道同步播出,也将在有线电视86台上架。敬请期待!``).

What it is not: a story reporting a channel's launch has no stay-tuned act (``…将在有线电视
86台上架。``), nor opens with the programme's bracketed name; a government appeal quoted in a
story names its public (``请广大市民关注…``) or asks an act of no kind here (``请拨打12345热线``,
``请以…平台发布的内容为准``); a how-to's step taps an interface part, not the site
(``点击右上角…``); an article recommending a product is sentences of its own, each far longer
than a slogan (``…感兴趣的欢迎前来下载体验!`` inside the review); the desk crediting the
article's origin beside the outlet's app (``（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）``,
kind ``origin``) is a notice, left to the notice readers.  All stay.

Every pattern is bounded (the line, the bracketed name, the gap before the act): no nested
quantifier on user text.

>>> voice_line("文章不错,点个赞再走呗!")
True
>>> voice_line("请广大市民关注天气变化,做好防范。")
False
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import longest_first

#: The site's voice is one short line.
MAX_VOICE = 120
#: A slogan clause beside a follow act is short and holds no figure.
MAX_SLOGAN = 12
#: The reader's opinion of the article is a short clause.
MAX_OPINION = 10
#: What may follow a like act in its clause (``再走呗``).
MAX_LIKE_TAIL = 4
#: The object of a follow act: a channel's description and name.
MAX_OBJECT = 30
CLAUSES = lazy_regex(r"[,，。;；!！?？、\s\u3000—]+")
BRACKETED = lazy_regex(r"【[^】]{1,20}】|「[^」]{1,20}」|《[^》]{1,20}》|\[[^\]]{1,20}\]")
OPENS_NAMED = lazy_regex(r"[【「《\[][^】」》\]]{1,20}[】」》\]]")
DIGIT = lazy_regex(r"[0-9０-９]")


@cache
def voice_alternation(kind: str) -> str:
    """The words of one kind of ``data/voice_words.txt`` as a group, longest first: the one
    read of the table, shared by this reader, ``furniture_advert`` and ``furniture_prompts``."""
    words = data_kinds("voice_words.txt")[kind]
    return "(?:" + longest_first(words) + ")"


@cache
def voice_words(kind: str) -> regex.Pattern[str]:
    """``voice_alternation(kind)`` compiled, letters of any case."""
    return regex.compile(voice_alternation(kind), regex.IGNORECASE)


_words = voice_words


@cache
def _any_act() -> regex.Pattern[str]:
    """A word of any act the reader is asked for: a line without one asks nothing."""
    return regex.compile(
        "|".join(_words(kind).pattern for kind in ("follow", "like", "await")), regex.IGNORECASE
    )


def _mood(clause: str, start: int, end: int) -> bool:
    """An appeal before the act with only the reader between, or a particle closing."""
    if _words("particle").search(clause[-1:]) is not None:
        return True
    head = clause[:start]
    for appeal in _words("appeal").finditer(head):
        gap = head[appeal.end() :]
        if not _words("reader").sub("", gap):
            return True
    return False


def _site_object(rest: str) -> bool:
    """The follow act's object is the site: a channel word or a bracketed name, or nothing."""
    if not rest or _words("particle").fullmatch(rest):
        return True
    if len(rest) > MAX_OBJECT:
        return False
    return _words("channel").search(rest) is not None or BRACKETED.search(rest) is not None


def _act(clause: str) -> str | None:
    """The kind of act the clause asks of the reader (module docstring), or None."""
    praise = _words("praise").search(clause)
    if praise is not None and _words("like").fullmatch(clause[: praise.start()]):
        return "like"  # 转载是一种动力: the reader's act praised
    for kind in ("follow", "like", "await"):
        for act in _words(kind).finditer(clause):
            if not _mood(clause, act.start(), act.end()):
                continue
            rest = clause[act.end() :]
            if kind == "follow" and _site_object(rest):
                return "named" if rest and not _words("particle").fullmatch(rest) else kind
            if kind == "like" and len(rest) <= MAX_LIKE_TAIL:
                return kind
            if kind == "await" and (not rest or _words("particle").fullmatch(rest)):
                return kind
    return None


def _opinion(clause: str) -> bool:
    return (
        len(clause) <= MAX_OPINION
        and _words("article").search(clause) is not None
        and _words("opinion").search(clause) is not None
    )


def voice_line(text: str) -> bool:
    """The line is the site speaking to its reader (module docstring)."""
    line = text.strip()
    if not line or len(line) > MAX_VOICE or _any_act().search(line) is None:
        return False
    if _words("origin").search(line) is not None:
        return False  # the desk crediting the origin: a notice (notice readers)
    clauses = [c for c in CLAUSES.split(line) if c]
    acts = [_act(c) for c in clauses]
    if not any(acts):
        return False
    follows = "named" in acts  # slogans keep company with a follow act naming the site
    launch = acts[-1] == "await" and OPENS_NAMED.match(line) is not None
    for clause, act in zip(clauses, acts, strict=True):
        if act or _opinion(clause):
            continue
        if follows and len(clause) <= MAX_SLOGAN and DIGIT.search(clause) is None:
            continue  # the site's slogan beside its follow appeal
        if launch and _words("medium").search(clause):
            continue  # the site's programme launched, before its stay-tuned act
        return False
    return True
