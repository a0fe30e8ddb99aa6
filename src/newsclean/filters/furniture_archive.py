"""An author archive's link: the site's list of one writer's posts, printed as a line.

Model (round 21; ``furniture_leaks.leak_reason`` asks ``archive_link``, so ``navigation``
removes the line anywhere on the page, before the byline reader sees it).  A content system
links each post to the listing of its writer's posts; the link's text names the listing,
not the writer of this text: it is no byline, and its name is no author.  The link is
composed, not listed, so forms no table holds are read too:

* English: a viewing verb perhaps (view, see, read, browse, more), a quantifier perhaps
  (all, more, other, latest, recent), a *posts noun* (posts, articles, stories, entries,
  columns), a preposition of authorship (by, from, of, written by) and a name of one to
  four words, each capitalised or Han (``Posts by Jane Doe``, ``View all posts by Li
  Wei``, ``More articles by 王小明 »``);
* Chinese: a viewing verb perhaps (查看, 浏览, 阅读, 更多, 进入), a writer (作者, 该作者,
  TA, or a name: 2-4 Han characters or Latin words), 的 perhaps, a quantifier perhaps
  (全部, 所有, 更多, 其他, 最新, 历史), a posts noun (文章, 帖子, 博文, 稿件, 作品) and a
  list word perhaps (列表, 归档, 目录): ``张三的全部文章``, ``更多 李四 的文章``, ``作者文章列表``.
  A bare name and its posts (``鲁迅的文章``) could head a page and needs a verb, a
  quantifier, a list word or the writer word;

the whole line, an arrow or a chevron after it at most.

Round 27, the *author box* of the archive (``author_box``): the theme's lines about the
writer's profile, the count of their posts in the site's own words (``So far jasonleong
has created 36 blog entries.``) and the placeholder of an empty profile (``This author has
not yet filled in any details.``, ``这家伙很懒,什么都没有留下``).  The words of each part are data
(``data/archive_words.txt``); the composition is here.  A sentence about posts (``Posts by
the minister on X drew criticism``, ``特朗普在社交媒体上的帖子引发争议``) says more than the
listing and stays.

Round 28b, the *profile card* (``profile_cards``, asked by ``furniture_menu.stacked_menus``
over the page's content lines): a sharing site or a forum prints, beside a post, its
uploader's card one piece a line: the picture's alt text (an owner and a picture noun:
``用户头像``, ``作者頭像``, ``User avatar``), the account name, the bio's placeholder (the
empty word and a profile noun: ``暂无简介``, ``暫無個人簡介``) and a report button (a tool
word, removed by ``navigation`` already).  The alt text and the placeholder are the card's
own words and go wherever they stand; an *account name* (``is_833902``: Latin letters,
digits and ``_ . -``, a digit or an underscore among them, one word) is no text of its own,
and goes only as the neighbour of such a piece (the next content line above or under).  A
heading about avatars says more (``用户头像设计规范``), a sentence saying a field is empty
has a subject (``该公司暂无简介可查``), and a model number or a code quoted alone beside a
paragraph stays.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

WORDS = "archive_words.txt"
#: The link is a few words.
MAX_ARCHIVE_LINE = 60

_NAME_WORD = r"(?:[\p{Lu}\p{Han}][\p{L}\p{M}'.\-]{0,29})"
_NAME_ZH = r"(?:\p{Han}{2,4}|[A-Za-z][A-Za-z.\-]{0,19}(?: [A-Za-z][A-Za-z.\-]{0,19}){0,2})"
_TAIL = r"\s?[»›→>]{0,3}"


def _words() -> dict[str, str]:
    """Each part of the link (``data/archive_words.txt``) as one alternation."""
    return {kind: word_pattern(words) for kind, words in data_kinds(WORDS).items()}


@cache
def _english() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(
        rf"(?i:(?:{w['verb_en']}\s)?(?:{w['quant_en']}\s)?{w['posts_en']}\s{w['by_en']}\s)"
        rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}{_TAIL}"
    )


@cache
def _chinese() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(
        rf"(?P<verb>{w['verb_zh']})?\s?(?:(?P<writer>{w['writer_zh']})|(?P<name>{_NAME_ZH}))?"
        rf"\s?的?\s?(?P<quant>{w['quant_zh']})?{w['posts_zh']}(?P<list>{w['list_zh']})?{_TAIL}"
    )


@cache
def _english_by() -> tuple[str, ...]:
    """An English preposition of authorship between spaces (its last word: written *by*)."""
    return tuple({f" {word.split()[-1]} " for word in data_kinds(WORDS)["by_en"]})


@cache
def _posts_firsts() -> frozenset[str]:
    """The first characters of the Chinese posts nouns: a line with none of them is no link."""
    return frozenset(word[0] for word in data_kinds(WORDS)["posts_zh"])


def archive_link(line: str) -> bool:
    """Whether ``line`` is the link to an author archive (module docstring).

    >>> archive_link("Posts by Xue Tony"), archive_link("View all posts by Li Wei »")
    (True, True)
    >>> archive_link("张三的全部文章"), archive_link("作者文章列表"), archive_link("鲁迅的文章")
    (True, True, False)
    >>> archive_link("Posts by the minister on X drew criticism")
    False
    """
    text = line.strip()
    if not text or len(text) > MAX_ARCHIVE_LINE:
        return False
    if " " in text and any(by in text.lower() for by in _english_by()):
        return _english().fullmatch(text) is not None
    if text.isascii() or _posts_firsts().isdisjoint(text):
        return False
    found = _chinese().fullmatch(text)
    if found is None:
        return False
    if found.group("name") is not None:
        # a name and its posts may head a page: a verb, a quantifier or a list word says link
        return any(found.group(part) for part in ("verb", "quant", "list"))
    return (
        found.group("verb") is not None
        or found.group("writer") is not None
        or bool(found.group("quant") and found.group("list"))
    )


#: Round 27: an author box's line is one short sentence.
MAX_AUTHOR_BOX = 80
_HANDLE = r"(?:[a-z0-9_.\-]{2,30}|[\p{Lu}][\p{L}'.\-]{0,29}(?:\s[\p{Lu}][\p{L}'.\-]{0,29}){0,2})"


@cache
def _author_box() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(
        rf"(?:(?i:so far ){_HANDLE}|(?i:(?:so far )?{w['box_self_en']}))"
        rf"(?i: has (?:{w['box_make_en']}) [0-9][0-9,]{{0,6}} (?:{w['posts_en']}))\.?"
        rf"|(?i:{w['box_self_en']} has not (?:yet )?(?:{w['box_fill_en']}) any "
        rf"(?:{w['box_profile_en']})(?: yet)?)\.?"
        rf"|(?:{w['box_self_zh']})\s?(?:{w['box_not_zh']})(?:{w['box_fill_zh']})(?:任何)?"
        rf"(?:{w['box_profile_zh']})?[。.!！]?"
        r"|(?:" + w["box_self_zh"] + r")很懒[,，、\s]?什么(?:都|也)没有?(?:留下|写)[。.!！~～]?"
        rf"|(?i:{w['box_head_en']}) (?:{_HANDLE}|\p{{Han}}{{2,4}})"
    )


#: A card's piece is a few words.
MAX_CARD_PIECE = 16
#: An account name: one Latin word of letters, digits and ``_ . -`` (a digit or ``_`` in it).
_ACCOUNT = lazy_re(r"[A-Za-z][A-Za-z0-9_.\-]{2,29}")


@cache
def _card_piece() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(
        rf"(?:{w['card_owner_zh']})\s?(?:{w['card_avatar_zh']})"
        rf"|(?i:(?:{w['card_owner_en']})\s(?:{w['card_avatar_en']}))"
        rf"|(?:{w['card_absent_zh']})(?:{w['box_profile_zh']})[。.~～…]{{0,3}}"
    )


def card_piece(line: str) -> bool:
    """A profile card's own words (module docstring, round 28b): an avatar's alt text or
    the bio's placeholder, the whole line.

    >>> card_piece("用户头像"), card_piece("暂无简介"), card_piece("User avatar")
    (True, True, True)
    >>> card_piece("用户头像设计规范"), card_piece("该公司暂无简介可查")
    (False, False)
    """
    text = line.strip()
    if not 0 < len(text) <= MAX_CARD_PIECE:
        return False
    if not (text.isascii() or "像" in text or "暂" in text or "暫" in text or "尚" in text):
        return False  # most short lines: no picture noun, no empty word
    return _card_piece().fullmatch(text) is not None


def account_name(line: str) -> bool:
    """One Latin word shaped as an account name: ``is_833902``, ``user.42`` (a digit or an
    underscore in it; ``iPhone`` or ``Reuters`` is a word)."""
    text = line.strip()
    return _ACCOUNT.fullmatch(text) is not None and ("_" in text or any(c.isdigit() for c in text))


def profile_cards(content: list[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """Line number -> ``nav`` for a profile card's lines among ``content`` (content line
    numbers in page order): its pieces anywhere, an account name beside a piece."""
    pieces = [card_piece(text_of(number)) for number in content]
    if not any(pieces):
        return {}
    found: dict[int, str] = {}
    for position, number in enumerate(content):
        if pieces[position]:
            found[number] = "nav"
            continue
        before = position > 0 and pieces[position - 1]
        after = position + 1 < len(pieces) and pieces[position + 1]
        if (before or after) and account_name(text_of(number)):
            found[number] = "nav"
    return found


def author_box(line: str) -> bool:
    """A line of an author archive's author box (round 27): the theme speaking of the
    writer's profile, not of the story.  The count of the writer's posts, the words of the
    site's records whole (``So far jasonleong has created 36 blog entries.``: so far, a
    handle, a verb of making, a number and a posts noun), or the placeholder of an empty
    profile (``This author has not yet filled in any details.``, ``该作者暂未填写个人简介``,
    ``这家伙很懒,什么都没有留下``: the profile's subject, a negation, a verb of filling,
    what the profile holds); round 35, the box's heading, the English heading word and the
    writer's display name alone (``About star``: a handle, one to three capitalised names
    or a Han name).  A biography's sentence says who (``So far, he has written
    30 books on the war``: more words, a pronoun, a comma) and stays, and so does an
    English sentence opening with the word (``About 200 people came.``: a number, a stop).

    >>> author_box("So far jasonleong has created 36 blog entries.")
    True
    >>> author_box("This author has not yet filled in any details.")
    True
    >>> author_box("这家伙很懒,什么都没有留下"), author_box("该作者暂未填写个人简介")
    (True, True)
    >>> author_box("So far, he has written 30 books on the war.")
    False
    >>> author_box("Smith has published 200 articles.")
    False
    >>> author_box("About star"), author_box("About 200 people came."), author_box("关于本站")
    (True, False, False)
    """
    text = line.strip()
    if not text or len(text) > MAX_AUTHOR_BOX:
        return False
    return _author_box().fullmatch(text) is not None
