"""A site's statement about its content: a notice recognised by the grammar of its
sentence, not by its words.  Used by ``notice.is_notice``; the whole line is the
statement, so it is a notice wherever it stands (above the article as often as under it).

Model.  One sentence, at most ``MAX_STATEMENT`` characters, of three parts in order:

* a **subject**, the site or publication speaking of its content: an *owner* word
  (``data/notice_parts.txt`` kind ``owner``: 本网站, 本站, 本刊, 本部落格, 本报…), 的/之
  optionally, and *what of it* (kind ``content``: 所有内容, 文章, 资料, 所载的资料…; two
  joined by 及其/及/和/与/或: 文章及其回覆; round 26: the second piece may be any
  short run of Han letters closed by a comma, 文章及其廻覆，), or a *text* word alone
  (kind ``text``: 本文, 本篇文章); an owner word without what of it is no subject
  (本报讯…, 本报记者… are a dateline and a byline, never a statement);
* optionally a **middle** clause, opening with an *enumeration* of the content's kinds
  (kind ``enumerate``: 包括但不限于 …、…, 以及 … (下称「资料」)) or a *condition* or
  exception (kind ``condition``: 未经许可, 除注明外), at most ``MAX_MIDDLE`` characters,
  no sentence mark (。！？；) in it;
* a **predicate** ending the line: a rights or responsibility statement, an adverb
  (均, 皆, 一律, 并…) optionally before it, as a frame of ``data/notice_predicates.txt``:
  an opening word, an object of at most ``MAX_OBJECT`` characters with no clause mark,
  a closing word (受 … 保护, 归 … 所有, 不代表 … 立场/观点/意见, 仅代表 … 观点, 仅供 …
  参考, 不构成 … 建议, 不得/禁止/请勿 … 转载/使用); a second predicate may follow the
  first after a comma (仅代表作者观点,不代表本站立场).  The closing word is read off the
  line's end and its opening looked for in the clause before it: word lists and
  ``startswith``, no compiled alternation (a one-file run pays no start-up for it).

Round 14: the predicate may instead be a **permission with its condition**, a grammar,
not a sentence: *permit* (kind ``permit``: 可供, 可以, 允许, 欢迎…) and a *use* of the
content (kind ``use``: 发布, 复制, 转载, 使用…) in the clauses after the subject, then the
last clause opening with a *concession* (kind ``concede``: 但, 惟, 不过…), within
``MAX_CONDITION_GAP`` characters its *force* (kind ``oblige``: 必须, 须, 请…) and a *keep*
word (注明, 标明, 保留…), the source to name after it, to the end of the sentence:
``本網站內的資訊,可供發佈或複製作非商業用途,但必須註明有關資訊是由…提供的。`` (Hong Kong
feet), ``本站文章可以转载，但请注明出处``.  The subject may say where the content is
(kind ``place``, then 的: 本网站内的资讯).  A permission without its condition
(``本网站内的资讯可供公众免费使用``) states no notice: an article says as much of a site; a
condition followed by another clause (``…，但必须注明来源，他说。``) is the story's.

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

Round 23, the **origin disowned**: the site says where the text came from and disowns
it in the next clause, one sentence, whatever names the text before (a label, the
text's own title and 一文: ``导语:<title>一文来源于网友上传,不代表本站观点,…``): an
*origin* verb (来源于, 来自, 转载自, 摘自…), its clause, then at once, after a comma, the
disowning clause (不代表本站/本网…的立场/观点/意见); clauses of the site's service may
follow (若需要…可咨询客服).  A story reporting it puts words between the two clauses
(``视频来源于网友上传，平台称不代表本站观点``) or carries a prose sign (``…，他说。``).

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

from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re

#: A statement is one sentence: the longest seen (an enumeration of content kinds) is 90.
MAX_STATEMENT = 200
#: The enumeration or condition between the subject and the predicate.
MAX_MIDDLE = 120
#: A second content piece after a join, of a word no list holds (及其廻覆).
MAX_JOINED = 4
#: The object inside a predicate's frame (受[香港特别行政区政府的版权]保护: 13).
MAX_OBJECT = 24
SENTENCE_MARKS = lazy_re(r"[。！!？?；;]")
#: The clauses of a permission (a comma of either width).
CLAUSE_SPLIT_MARKS = "，,"
CLAUSE_SPLIT = lazy_re(r"[，,]")
#: Between the condition's opening and its force (但[转载时]须注明): a few characters.
MAX_CONDITION_GAP = 6
#: What no object holds: a clause mark or a space (the frame is inside one clause).
OBJECT_ENDS = lazy_re(r"[，,。；;！!？?：:\s]")
BRACKETS = "【】[]「」()（）<>〈〉"
EDGE = "，, \u3000"
END_MARKS = "。.！!"
ADVERBS = ("一律", "全部", "均", "皆", "都", "亦", "也", "并", "並", "概", "则", "則")
JOINS = ("及其", "以及", "及", "和", "与", "與", "或", "、")


@cache
def _kinds() -> dict[str, tuple[str, ...]]:
    """kind -> its words of ``data/notice_parts.txt``, longest first."""
    kinds: dict[str, list[str]] = {}
    for word, kind in data_lines("notice_parts.txt"):
        kinds.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


@cache
def _firsts() -> frozenset[str]:
    kinds = _kinds()
    return frozenset(word[:1] for word in (*kinds["owner"], *kinds["text"]))


def _prefix(text: str, at: int, words: tuple[str, ...]) -> int:
    """The end of the longest of ``words`` at ``at`` in ``text``, or -1."""
    for word in words:  # longest first
        if text.startswith(word, at):
            return at + len(word)
    return -1


def _subject_end(line: str) -> int:
    """Where the subject ends: owner + 的/之? + content (+ join + content)?, or a text
    word alone; -1 when the line opens with none."""
    kinds = _kinds()
    end = _prefix(line, 0, kinds["owner"])
    if end > 0:
        placed = _prefix(line, end, kinds["place"])  # 本网站内的资讯: where, then 的
        if placed > 0 and line[placed : placed + 1] in ("的", "之"):
            end = placed
        if line[end : end + 1] in ("的", "之"):
            end += 1
        end = _prefix(line, end, kinds["content"])
        if end > 0:
            joined = _prefix(line, end, JOINS)
            more = _prefix(line, joined, kinds["content"]) if joined > 0 else -1
            if more < 0 and joined > 0:
                more = _joined_piece(line, joined)
            return more if more > 0 else end
    return _prefix(line, 0, kinds["text"])


def _joined_piece(line: str, at: int) -> int:
    """The end of a second content piece after a join whatever its word, or -1: a short
    run of Han letters closed by a comma (文章及其廻覆，: a variant or a site's own noun
    for the replies; the first piece and the predicate after the comma carry the
    statement)."""
    end = at
    while end < len(line) and end - at <= MAX_JOINED and "\u4e00" <= line[end] <= "\u9fff":
        end += 1
    if at < end <= at + MAX_JOINED and line[end : end + 1] in CLAUSE_SPLIT_MARKS:
        return end
    return -1


@cache
def _frames() -> dict[str, tuple[str, ...]]:
    """closing word -> the opening words it closes (``data/notice_predicates.txt``)."""
    frames: dict[str, list[str]] = {}
    for opening, closing, _kind in data_lines("notice_predicates.txt"):
        frames.setdefault(closing, []).append(opening)
    return {closing: tuple(openings) for closing, openings in frames.items()}


def _predicate_start(text: str) -> int:
    """Where the predicate ending ``text`` starts (its adverb included), or -1: a closing
    word ends the text, a paired opening stands at most ``MAX_OBJECT`` characters before
    it, no clause mark between them."""
    for closing, openings in _frames().items():
        if not text.endswith(closing):
            continue
        close = len(text) - len(closing)
        window = max(0, close - MAX_OBJECT - 3)  # the longest opening is three characters
        marks = [m.end() for m in OBJECT_ENDS.finditer(text, window, close)]
        window = marks[-1] if marks else window
        found = [i for i in (text.find(o, window, close) for o in openings) if i >= 0]
        if not found:
            continue
        start = min(found)
        for adverb in ADVERBS:
            if text.endswith(adverb, 0, start):
                return start - len(adverb)
        return start
    return -1


@cache
def _opens_middle() -> tuple[str, ...]:
    kinds = _kinds()
    return (*kinds["enumerate"], *kinds["condition"])


def _after(text: str, words: tuple[str, ...], reach: int) -> int:
    """The end of the first of ``words`` starting in the first ``reach`` characters of
    ``text`` (no clause mark before it), or -1."""
    for at in range(min(reach, len(text))):
        if text[at] in CLAUSE_SPLIT_MARKS:
            return -1
        end = _prefix(text, at, words)
        if end > 0:
            return end
    return -1


def is_permission(rest: str) -> bool:
    """What follows the subject is a permission with its condition (module docstring):
    permit + use, then the last clause opening with concede, oblige and a keep word;
    one sentence.

    >>> is_permission("，可供发布或复制作非商业用途，但必须注明有关资讯是由本署提供的")
    True
    >>> is_permission("可供公众免费使用")
    False
    """
    rest = rest.strip(EDGE)
    if len(rest) > MAX_STATEMENT or SENTENCE_MARKS.search(rest) is not None:
        return False
    kinds = _kinds()
    clauses = CLAUSE_SPLIT.split(rest)
    opening = clauses[0]
    for adverb in ADVERBS:
        if opening.startswith(adverb):
            opening = opening[len(adverb) :]
            break
    if _prefix(opening, 0, kinds["permit"]) < 0:
        return False
    for at, clause in enumerate(clauses[1:], 1):
        conceded = _prefix(clause, 0, kinds["concede"])
        if conceded < 0:
            continue
        if at != len(clauses) - 1:  # the condition ends the sentence (not …，他说)
            return False
        granted = "".join(clauses[:at])
        if not any(word in granted for word in kinds["use"]):
            return False
        obliged = _after(clause[conceded:], kinds["oblige"], MAX_CONDITION_GAP)
        if obliged < 0:
            return False
        return _prefix(clause, conceded + obliged, kinds["keep"]) > 0
    return False


#: The origin verb, its clause, a comma and at once the disowning clause (round 23).
ORIGIN_DISOWNED = lazy_re(
    r"(?:来源于|來源於|来源自|來源自|来自|來自|源自|转载自|轉載自|转自|轉自|摘自|选自|選自)"
    r"[^，,。.！!？?；;]{1,30}[，,]\s?不代表(?:本|我)(?:网站|網站|网|網|站|台|报|報|刊|社|平台)"
    r"的?(?:立场|立場|观点|觀點|意见|意見)"
)
#: A speaker's tag closing the sentence (``…，他说。``): a story quoting the statement.
SPEAKER_TAG = lazy_re(r"[，,][^，,]{1,4}(?:说|說|称|稱|表示|指出)[。.！!]?$")


def origin_disowned(text: str, *, reports: Callable[[str], bool]) -> bool:
    """The site names the text's origin and disowns it (module docstring, round 23).

    >>> origin_disowned("导语:某标题一文来源于网友上传,不代表本站观点,欢迎参考。", reports=bool)
    False
    >>> origin_disowned("《某标题》一文转载自网络，不代表本网立场。", reports=lambda line: False)
    True
    """
    line = text.strip()
    if len(line) > MAX_STATEMENT or "不代表" not in line:
        return False
    if SENTENCE_MARKS.search(line.rstrip(END_MARKS)) is not None:
        return False  # one sentence
    if ORIGIN_DISOWNED.search(line) is None or SPEAKER_TAG.search(line) is not None:
        return False
    return not reports(line)


def is_statement(text: str, *, reports: Callable[[str], bool]) -> bool:
    """subject + middle? + predicate (a second after a comma), the whole line (module
    docstring); ``reports(line)``: the line carries a prose sign, which rules it out
    (asked last)."""
    line = text.strip().strip(BRACKETS).strip()
    if len(line) > MAX_STATEMENT or line[:1] not in _firsts():
        return False
    end = _subject_end(line)
    if end < 0:
        return False
    rest = line[end:].rstrip(END_MARKS)
    if is_permission(rest):  # 可供…用途，但必须注明…
        return not reports(line)
    start = _predicate_start(rest)
    if start < 0:
        return False
    middle = rest[:start].strip(EDGE)
    first = _predicate_start(middle) if middle else -1  # 仅代表…观点，不代表…立场
    if first >= 0:
        middle = middle[:first].strip(EDGE)
    if middle and (
        len(middle) > MAX_MIDDLE
        or not middle.startswith(_opens_middle())
        or SENTENCE_MARKS.search(middle) is not None
    ):
        return False
    return not reports(line)
