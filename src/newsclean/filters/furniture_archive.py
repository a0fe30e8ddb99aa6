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
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
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
    )


def author_box(line: str) -> bool:
    """A line of an author archive's author box (round 27): the theme speaking of the
    writer's profile, not of the story.  The count of the writer's posts, the words of the
    site's records whole (``So far jasonleong has created 36 blog entries.``: so far, a
    handle, a verb of making, a number and a posts noun), or the placeholder of an empty
    profile (``This author has not yet filled in any details.``, ``该作者暂未填写个人简介``,
    ``这家伙很懒,什么都没有留下``: the profile's subject, a negation, a verb of filling,
    what the profile holds).  A biography's sentence says who (``So far, he has written
    30 books on the war``: more words, a pronoun, a comma) and stays.

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
    """
    text = line.strip()
    if not text or len(text) > MAX_AUTHOR_BOX:
        return False
    return _author_box().fullmatch(text) is not None
