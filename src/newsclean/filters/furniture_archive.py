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

the whole line, an arrow or a chevron after it at most.  A sentence about posts (``Posts by
the minister on X drew criticism``, ``特朗普在社交媒体上的帖子引发争议``) says more than the
listing and stays.
"""

from __future__ import annotations

import regex

#: The link is a few words.
MAX_ARCHIVE_LINE = 60

_VERB_EN = r"(?:view|see|read|browse|show|more|read more)"
_QUANT_EN = r"(?:all(?: the)?|more|other|the latest|latest|recent|all recent)"
_POSTS_EN = r"(?:blog posts|posts|articles|stories|entries|columns|news)"
_BY_EN = r"(?:written by|by|from|of)"
_NAME_WORD = r"(?:[\p{Lu}\p{Han}][\p{L}\p{M}'.\-]{0,29})"
_TAIL = r"\s?[»›→>]{0,3}"
ENGLISH = regex.compile(
    rf"(?i:(?:{_VERB_EN}\s)?(?:{_QUANT_EN}\s)?{_POSTS_EN}\s{_BY_EN}\s)"
    rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}{_TAIL}"
)
_VERB_ZH = r"(?:点击查看|點擊查看|查看|浏览|瀏覽|阅读|閱讀|更多|进入|進入)"
_WRITER_ZH = r"(?:本文作者|该文作者|該文作者|该作者|該作者|此作者|本作者|作者|TA|Ta|ta|他|她)"
_NAME_ZH = r"(?:\p{Han}{2,4}|[A-Za-z][A-Za-z.\-]{0,19}(?: [A-Za-z][A-Za-z.\-]{0,19}){0,2})"
_QUANT_ZH = r"(?:全部|所有|更多|其他|其它|最新|历史|歷史|近期)"
_POSTS_ZH = r"(?:文章|帖子|博文|稿件|作品|专栏|專欄|投稿)"
_LIST_ZH = r"(?:列表|归档|歸檔|存档|存檔|目录|目錄|合集)"
CHINESE = regex.compile(
    rf"(?P<verb>{_VERB_ZH})?\s?(?:(?P<writer>{_WRITER_ZH})|(?P<name>{_NAME_ZH}))?\s?的?\s?"
    rf"(?P<quant>{_QUANT_ZH})?{_POSTS_ZH}(?P<list>{_LIST_ZH})?{_TAIL}"
)


#: Every form names the posts: a Chinese posts noun's first character, or an English
#: preposition of authorship between spaces; most lines are ruled out by these tests.
POSTS_FIRSTS = frozenset("文帖博稿作专專投")
ENGLISH_BY = (" by ", " from ", " of ")


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
    if " " in text and any(by in text.lower() for by in ENGLISH_BY):
        return ENGLISH.fullmatch(text) is not None
    if text.isascii() or POSTS_FIRSTS.isdisjoint(text):
        return False
    found = CHINESE.fullmatch(text)
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
