"""A reader notice: the site telling the reader what the text is and on what terms it
is read.  Used by ``notice.is_notice`` at the top and the foot of the page only.

Model (round 24).  A notice is a statement *about the text*, not part of the story; this
one is recognised by what it says, wherever in the line the words stand, not by a cue at
its start, and by three pieces of evidence together:

* **self-reference**: the line names the reader or the site's own text (``您``, 我们的,
  本站, 本页, 此资讯, 本文档: kind ``self`` of ``data/notice_reader.txt``); a story speaks
  of a third party's text or service;
* **what it states**, one of two statements, each a pair of words of the vocabulary:
  how the text was *made* and how far it may be *relied* on, the second after the first
  (``中文内容为AI翻译,仅供参考``, ``本站译文均为非官方翻译,仅供参考,以泰文原文为准``), or a
  document of *terms* and the reader's *acceptance* the site infers, in either order
  (``请您阅读我们的用户注册协议…,点击下方按钮即视为您接受``, ``访问本站即视为您同意免责声明``);
* **its place**: the page's top or foot (``notice.is_notice`` asks only with
  ``near_foot``: the page head and the foot walk).  A paragraph in the middle of an
  article about AI translation or a user agreement is the story's and stays.

The line is short (at most ``MAX_READER_NOTE`` characters, a sentence or two), carries no
prose sign (a reporting verb, a court story's word: ``notice_terms``' negative weights;
the acceptance's own 表示 in ``即表示您同意`` is none)
and no quotation mark (a story quoting a site's terms puts them in quotes).  A how-to's
sentence telling the reader to use a translator (``您可以使用翻译软件``) states neither
pair and stays.

>>> reader_notice("为了第一时间为您呈现此资讯,中文内容为AI翻译,仅供参考。")
True
>>> reader_notice("请您阅读我们的用户注册协议私隐权保护政策,点击下方按钮即视为您接受。")
True
>>> reader_notice("谷歌表示,为您提供的AI翻译仅供参考。", reports=lambda line: "表示" in line)
False
>>> reader_notice("AI翻译准确率大幅提升,业内人士认为机器译文仅供参考。")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

#: A sentence or two: the longest seen, a platform's terms note, runs to about 60.
MAX_READER_NOTE = 80
#: Shorter than this a line holds no statement to the reader (您 and a verb at least).
MIN_READER_NOTE = 6
#: A quoted notice is the story's: it quotes the site it reports on.
QUOTES = lazy_re('[“”「」『』"]')


@cache
def _kinds() -> re.Pattern[str]:
    """One alternation per kind of ``data/notice_reader.txt``, each a named group."""
    kinds = data_kinds("notice_reader.txt")
    groups = (f"(?P<{kind}>{word_pattern(words)})" for kind, words in kinds.items())
    return re.compile("|".join(groups))


def _no_reports(line: str) -> bool:
    return False


def reader_notice(text: str, *, reports: Callable[[str], bool] = _no_reports) -> bool:
    """The site telling the reader what the text is or on what terms it is read (module
    docstring); the caller asks only for a line at the page's top or foot."""
    line = text.strip()
    if not MIN_READER_NOTE <= len(line) <= MAX_READER_NOTE or QUOTES.search(line):
        return False
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    rest = line  # the line without its acceptance: 表示您同意 reports nobody
    for match in _kinds().finditer(line):
        kind = match.lastgroup or ""
        first.setdefault(kind, match.start())
        last[kind] = match.start()
        if kind == "accept":
            rest = rest.replace(match.group(), "，")
            if "您" in match.group():  # 视为您接受 names the reader
                first.setdefault("self", match.start())
    if "self" not in first:
        return False
    made = "made" in first and "rely" in last and first["made"] < last["rely"]
    terms = "terms" in first and "accept" in first
    return (made or terms) and not reports(rest)
