"""A *use note*: the line saying where the page's text first ran and on what terms it is
used, by the composition of its clauses, anywhere on the page.

Model.  A text reposted from a periodical (an author's blog, a history site, a paper farm
copying a journal article) carries one short line, above the title as often as under the
text, that governs the use of the page's material: where it first ran, then what this
copy is and how to cite it (``注:本文发表于《中国典籍与文化》2022年第2期,此为作者Word版,
引用请以该刊为准。``).  What makes it a notice is not a phrase but its parts: an optional
note label and its colon (kind ``label`` of ``data/notice_use.txt``: 注, 附注, 说明), a
*first clause of provenance* (the grammar of ``provenance``: a subject, a verb of
publishing and its preposition or a from-verb, the periodical in 《》 and perhaps its
issue: 本文发表于《X》2022年第2期, 原载于《X》), then one or more clauses each of which
is about this copy and its use, never about the world:

* a *version clause*: a word pointing back at the text (kind ``refer``: 此, 本文, 该文),
  a copula (为, 是) and what version it is, closing the clause (kind ``version``: 版, 稿,
  译本): ``此为作者Word版``;
* a *rule clause*: an act of use and the site's request on it (kinds ``use`` and
  ``request``: 引用请, 转载须), a rule naming the authoritative copy (以…为准: kind
  ``standard``) or leave to publish (kind ``grant``: 感谢X授权发布).

Each clause is at most ``MAX_CLAUSE`` characters and the line ``MAX_NOTE``.  A sentence
of the story that says where a paper ran goes on with a clause of its own
(``本文发表于《X》2022年第2期,引起学界广泛关注。``, ``…,文中引用了大量史料。``: an act of use
without a request is the story's), and a paragraph on citation rules has no clause of
provenance opening it.  A short label before a picture-provenance notice
(``注:部分图片来自网络``) is the same note: ``labelled_pictures``.

>>> use_note("注:本文发表于《中国典籍与文化》2022年第2期,此为作者Word版,引用请以该刊为准。")
True
>>> use_note("本文发表于《读书》2022年第2期,引起学界广泛关注。")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.notice_reprint import first_published
from newsclean.filters.provenance import (
    BULLETS,
    alternation,
    is_pictures_provenance,
    is_provenance_statement,
)
from newsclean.filters.word_trie import longest_first

#: A use note is a sentence or two: the longest seen, with its thanks, is about 70.
MAX_NOTE = 160
#: One clause of it: a publication and its issue, a version, a rule.
MAX_CLAUSE = 40
#: What a version clause may say between the copula and the version word (作者Word).
MAX_VERSION_NAME = 16
#: What a rule may name as the authoritative copy (以该刊为准, 以正式出版物为准).
MAX_STANDARD = 20
#: Clause marks of a note: it is a few clauses and one or two sentences.
CLAUSES = lazy_re(r"[，,；;。！!]+")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return {
        kind: tuple(sorted(words, key=len, reverse=True))
        for kind, words in data_kinds("notice_use.txt").items()
    }


@cache
def _needed() -> tuple[str, ...]:
    """What a use note holds somewhere: a request, a rule's close, leave given or a
    version word (a plain substring test before any grammar runs)."""
    words = _words()
    return (*words["request"], *words["standard"], *words["grant"], *words["version"])


def _group(kind: str) -> str:
    return "(?:" + longest_first(_words()[kind]) + ")"


@cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"^{_group('label')}\s?[:：]\s?")


@cache
def _origin() -> re.Pattern[str]:
    """subject? + a verb of publishing and its preposition, or a from-verb + 《X》 + a
    short tail (its issue)."""
    words = alternation
    published = f"{words('adverb')}?{words('verb')}{words('prep')}"
    return re.compile(
        rf"^{words('subject')}?(?:{published}|{words('from')})\s?《[^《》]{{1,30}}》"
        rf"[^《》]{{0,{MAX_STANDARD}}}$"
    )


@cache
def _version() -> re.Pattern[str]:
    name = rf".{{0,{MAX_VERSION_NAME}}}?"
    return re.compile(rf"^{_group('refer')}{_group('copula')}{name}{_group('version')}$")


@cache
def _rule() -> re.Pattern[str]:
    return re.compile(
        rf"{_group('use')}时?{_group('request')}"
        rf"|以[^以]{{1,{MAX_STANDARD}}}{_group('standard')}$"
        rf"|{_group('grant')}"
    )


def _body(text: str) -> str:
    """The note without its bullets, its brackets and its label."""
    line = text.strip().lstrip(BULLETS)
    if line[:1] in "【[(（" and line[-1:] in "】])）":
        line = line[1:-1].strip()
    label = _label().match(line)
    return line[label.end() :] if label else line


def _is_origin(clause: str) -> bool:
    return (
        is_provenance_statement(clause)
        or first_published(clause)
        or _origin().match(clause.lower()) is not None
    )


def use_note(text: str, *, reports: Callable[[str], bool] | None = None) -> bool:
    """A line of provenance clause, then version and rule clauses (module docstring);
    ``reports`` tells a prose sign (a reporting verb) that makes it a sentence of a story."""
    if len(text) > MAX_NOTE or "《" not in text or not any(w in text for w in _needed()):
        return False  # no periodical named, or nothing said of the copy's use
    clauses = [c.strip() for c in CLAUSES.split(_body(text)) if c.strip()]
    if len(clauses) < 2 or any(len(c) > MAX_CLAUSE for c in clauses):
        return False
    if not _is_origin(clauses[0]):
        return False
    if reports is not None and reports(text):
        return False
    return all(
        _version().match(c) is not None or _rule().search(c) is not None for c in clauses[1:]
    )


def labelled_pictures(text: str) -> bool:
    """A note label before a picture-provenance notice (``注:部分图片来自网络``).

    >>> labelled_pictures("注:部分图片来自网络")
    True
    >>> labelled_pictures("部分图片来自网络")  # no label: provenance's own judgement
    False
    """
    if len(text) > MAX_NOTE or ("图" not in text and "圖" not in text and "照" not in text):
        return False
    line = text.strip().lstrip(BULLETS)
    label = _label().match(line)
    return label is not None and is_pictures_provenance(line[label.end() :])
