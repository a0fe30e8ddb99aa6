"""A site's statement about its content: a notice recognised by the grammar of its
sentence, not by its words.  Used by ``notice.is_notice``; the whole line is the
statement, so it is a notice wherever it stands (above the article as often as under it).

Model.  One sentence, at most ``MAX_STATEMENT`` characters, of three parts in order:

* a **subject**, the site or publication speaking of its content: an *owner* word
  (``data/notice_parts.txt`` kind ``owner``: 本网站, 本站, 本刊, 本部落格, 本报…), 的/之
  optionally, and *what of it* (kind ``content``: 所有内容, 文章, 资料, 所载的资料…; two
  joined by 及其/及/和/与/或: 文章及其回覆), or a *text* word alone (kind ``text``: 本文,
  本篇文章); an owner word without what of it is no subject (本报讯…, 本报记者… are a
  dateline and a byline, never a statement);
* optionally a **middle** clause, opening with an *enumeration* of the content's kinds
  (kind ``enumerate``: 包括但不限于 …、…, 以及 … (下称「资料」)) or a *condition* or
  exception (kind ``condition``: 未经许可, 除注明外), at most ``MAX_MIDDLE`` characters,
  no sentence mark (。！？；) in it;
* a **predicate** ending the line: a rights or responsibility statement, an adverb
  (均, 皆, 一律, 并…) optionally before it, as a frame of ``data/notice_predicates.txt``:
  an opening word, an object of at most ``MAX_OBJECT`` characters with no clause mark,
  a closing word (受 … 保护, 归 … 所有, 不代表 … 立场/观点/意见, 仅代表 … 观点, 仅供 …
  参考, 不构成 … 建议, 不得/禁止/请勿 … 转载/使用); a second predicate may follow the
  first after a comma (仅代表作者观点,不代表本站立场).

``本網站的所有內容,包括但不限於所有資料、地圖…,以及數據或其他資料的匯編(下稱「資料」),
均受知識產權保護。`` and ``本部落格的文章及其回覆,不代表本所的正式法律意見。`` are such
statements; so are ``本网站所载的资料,除注明外,皆受…的版权保护。`` and ``本文未經同意不得
轉載``.  Disclaimers (不代表…立场, 仅供参考, 不构成…建议) are notices of the same kind as
the rights statements: they go to the ``copyright`` field, as the comments disclaimer and
the disowning line of ``notice`` do (the field holds every notice line of the page, the
site's words about its page, whatever they assert).

What stays: a news sentence about copyright law has another subject
(``法院认定该网站的所有内容均受著作权法保护``: 法院…); a statement quoted in the body
opens with its speaker or a quotation mark (``该协会声明：“本网站…”``) or goes on after the
predicate (``…，他说。``); a paragraph opening with 本报 goes on with 讯 or 记者, no content
word; a line carrying a prose sign (a reporting verb, a court story's word:
``notice_terms``' negative weights) is the story's.

>>> def no_sign(line):
...     return False
>>> is_statement("本網站的所有內容，包括但不限於所有資料、地圖、文本、圖像、圖畫、圖片、照片、"
...     "視像，以及數據或其他資料的匯編（下稱「資料」），均受知識產權保護。", reports=no_sign)
True
>>> is_statement("本部落格的文章及其回覆，不代表本所的正式法律意見。", reports=no_sign)
True
>>> is_statement("法院认定该网站的所有内容均受著作权法保护。", reports=no_sign)
False
>>> is_statement("本报讯 本网站所有内容均受法律保护的说法引发争议。", reports=no_sign)
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.dates import word_pattern

#: A statement is one sentence: the longest seen (an enumeration of content kinds) is 90.
MAX_STATEMENT = 200
#: The enumeration or condition between the subject and the predicate.
MAX_MIDDLE = 120
#: The object inside a predicate's frame (受[香港特别行政区政府的版权]保护: 13).
MAX_OBJECT = 24
SENTENCE_MARKS = re.compile(r"[。！!？?；;]")
BRACKETS = "【】[]「」()（）<>〈〉"
EDGE = "，, \u3000"
ADVERBS = "(?:均|皆|一律|全部|都|亦|也|并|並|概|则|則)"
JOINS = "(?:及其|以及|及|和|与|與|或|、)"


@cache
def _kinds() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for word, kind in data_lines("notice_parts.txt"):
        kinds.setdefault(kind, []).append(word)
    return kinds


@cache
def _firsts() -> frozenset[str]:
    kinds = _kinds()
    return frozenset(word[:1] for word in (*kinds["owner"], *kinds["text"]))


@cache
def _subject() -> re.Pattern[str]:
    """owner + 的? + content (+ join + content)?, or a text word alone."""
    kinds = _kinds()
    owner, content, text = (word_pattern(kinds[k]) for k in ("owner", "content", "text"))
    return re.compile(rf"^(?:{owner}[的之]?{content}(?:{JOINS}{content})?|{text})")


@cache
def _opens_middle() -> tuple[str, ...]:
    kinds = _kinds()
    return (*kinds["enumerate"], *kinds["condition"])


@cache
def _predicate() -> re.Pattern[str]:
    """One or two predicate frames (adverb? + opening + object + closing), ending the line."""
    closings: dict[str, list[str]] = {}
    for opening, closing, _kind in data_lines("notice_predicates.txt"):
        closings.setdefault(opening, []).append(closing)
    obj = rf"[^，,。；;！!？?：:\s]{{0,{MAX_OBJECT}}}?"
    frames = "|".join(
        f"{re.escape(opening)}{obj}{word_pattern(words)}" for opening, words in closings.items()
    )
    one = rf"{ADVERBS}?(?:{frames})"
    return re.compile(rf"{one}(?:[，,]\s?{one})?[。.！!]?$")


def is_statement(text: str, *, reports: Callable[[str], bool]) -> bool:
    """subject + middle? + predicate, the whole line (module docstring); ``reports(line)``:
    the line carries a prose sign, which rules it out (asked last)."""
    line = text.strip().strip(BRACKETS).strip()
    if len(line) > MAX_STATEMENT or line[:1] not in _firsts():
        return False
    subject = _subject().match(line)
    if subject is None:
        return False
    rest = line[subject.end() :]
    predicate = _predicate().search(rest)
    if predicate is None:
        return False
    middle = rest[: predicate.start()].strip(EDGE)
    if middle and (
        len(middle) > MAX_MIDDLE
        or not middle.startswith(_opens_middle())
        or SENTENCE_MARKS.search(middle) is not None
    ):
        return False
    return not reports(line)
