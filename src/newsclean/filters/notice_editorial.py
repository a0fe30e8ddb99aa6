"""An editor's note on this text: a notice recognised by the grammar of its clauses.
Used by ``notice.is_notice``; the whole line is the note, so it is a notice wherever it
stands (above a reposted speech as often as under a story).

Model (round 17).  A short line (at most ``MAX_NOTE`` characters) in which the page says
who titled, cut, checked or supplied a part of *this* text, not a sentence of the story:

    note     := [label sep] clause (clause-mark clause){0,2} [stop]
    clause   := subject adverb* predicate
    subject  := scope [的|之]? [quantity]? part? | quantity? part
    predicate:= … edited          (at most ``MAX_PREDICATE`` characters, ending the clause)
              | from source       (a name or an address, at most ``MAX_SOURCE`` characters)

The words are ``data/notice_editorial.txt``: a *label* (PS:, 注：, 编者按：), the text's
*scope* (本文, 文中, 全文), a *quantity* (所有, 部分), a *part* of the text (小标题, 标题,
内容, 图片), an *adverb* (均, 皆, 为), an *edited* word closing the predicate (所加, 审核,
删节, 提供: ``小标题为编者所加``, ``内容未经本人审核``, ``本文图片由受访者提供``) and a *from* verb
opening it (来自, 转自, 摘自: ``本文内容转自X``).  Every clause of the line must be such a
clause: a story's sentence goes on past the note's grammar (``本文图片来自新华社，记者在
现场看到…``), opens with another subject (``这些图片均来自新华社``, ``平台上的内容未经审核``)
or closes with another verb (``标题为编者所加的说法并不准确``).

Two parts of the grammar need the text named (a scope word) or a label: a predicate with a
*from* verb (``图片来自X`` alone is as likely a caption's credit, ``caption_sources``; it
also needs a part named, since ``本文来自X`` alone is a provenance line that
``provenance`` judges by its vocabulary) and a *picture* part (``图片由受访者提供`` under
its picture is the caption's credit): the note speaks of the text's pictures
(``本文图片由受访者提供``, ``注：图片来自网络``), a caption of its own picture.

Round 20, *how the text was made and what it may be used for*: a *made* predicate (an
agent perhaps, a closing verb of writing or generating: ``由X编写``, ``为AI自动生成``) and a
*use* clause (a limit, a use verb perhaps, a purpose and a closing word: ``仅属学术用途``,
``僅供個人研究之用``), whose subject may be left out after the first clause.  A made clause
needs a use clause beside it: ``本文由张三撰写`` alone names a writer, the byline's.  A
story's sentence about generated news opens with its own subject (``这篇报道由人工智能编写,
引发热议``) and stays.

Round 33, *the site's statement of who made the text*: a made clause stands alone when it
speaks in the site's voice: the maker carries its address (a host name in it counts as one
character, ``provenance.host_tokens``) or the reader is addressed before the verb (an
*audience*, 为大家, 为您: ``本文是由厦门晚报(haicang.xmnn.cn)为大家创作``, the foot of content
sites that copy news; ``本文由小编为您整理发布``).  A byline names a writer to no one
(``本文由张三撰写``), and a story's sentence goes on past the verb (``本文由张三为大家讲述了
一个故事``).

>>> editorial_note("本文章由Open AI人工智能编写,仅属学术用途。")
True
>>> editorial_note("此稿为AI自动生成，僅供個人研究之用"), editorial_note("本文由张三撰写")
(True, False)
>>> editorial_note("PS:小标题为编者所加,内容未经本人审核")
True
>>> editorial_note("本文是由中評社(hk.crntt.com)爲大家創作")
True
>>> editorial_note("注：本文图片由受访者提供。"), editorial_note("编者按：全文有删节")
(True, True)
>>> editorial_note("图片由受访者提供"), editorial_note("这些图片均来自新华社")
(False, False)
>>> editorial_note("本文图片来自新华社，记者在现场看到数百名群众聚集。")
False
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import CLAUSE_MARKS, SENTENCE_STOP
from newsclean.filters.provenance import host_tokens
from newsclean.filters.word_trie import longest_first

#: A note is one or two short clauses (the longest seen, 18 characters).
MAX_NOTE = 60
#: An edited predicate: 为编者所加, 未经本人审核, 由中新社记者张三提供.
MAX_PREDICATE = 16
#: A from predicate's source: a name, or a site's address.
MAX_SOURCE = 40
#: A made predicate: an agent and the verb, 由Open AI人工智能编写.
MAX_MADE = 24
CLAUSE_SPLIT = lazy_re(rf"[{CLAUSE_MARKS}]\s?")  # a clause mark and a space after it
LABEL_SEPARATOR = lazy_re(r"\s?[:：]\s?")
STOPS = "。.！!"
BRACKETS = (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"))
LINKS = ("的", "之")
MAX_CLAUSES = 3


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """kind -> the words of ``data/notice_editorial.txt``, longest first."""
    found: dict[str, list[str]] = {}
    for word, kind in data_lines("notice_editorial.txt"):
        found.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in found.items()}


@cache
def _firsts() -> frozenset[str]:
    """The characters a note can open with: a bracket, or a label's, scope's, quantity's or
    part's first character (one set lookup before any other test)."""
    words = _words()
    kinds = ("label", "scope", "quantity", "part", "limit")
    return frozenset(w[0] for kind in kinds for w in words[kind]) | {o for o, _ in BRACKETS}


@cache
def _use() -> re.Pattern[str]:
    """A use clause: a limit, a use verb perhaps, one or two purposes, a closing word."""
    words = _words()
    limit, use, purpose, end = (
        longest_first(words[k]) for k in ("limit", "use", "purpose", "useend")
    )
    return re.compile(rf"(?:{limit})(?:{use})?(?:{purpose}){{1,2}}(?:{end})?")


def _opening(text: str, kind: str) -> str:
    """The word of ``kind`` opening ``text`` (longest first), or ''."""
    words = _words()[kind]
    if not text.startswith(words):  # one C-level test: most lines open with none
        return ""
    return next((word for word in words if text.startswith(word)), "")


def _subject(clause: str) -> tuple[int, bool, str] | None:
    """Where the subject ends, whether it names the text (a scope), and its part; None
    when the clause opens with no subject."""
    at = len(scope := _opening(clause, "scope"))
    if scope and clause[at : at + 1] in LINKS:
        at += 1
    at += len(_opening(clause[at:], "quantity"))
    part = _opening(clause[at:], "part")
    if not scope and not part:
        return None
    return at + len(part), bool(scope), part


def _clause(clause: str, labelled: bool, first: bool) -> str | None:
    """The kind of one clause of the note (subject, adverbs, predicate: module docstring):
    ``use`` for a use clause, ``made`` for a made one, ``note`` for the others."""
    subject = _subject(clause)
    if subject is None:
        # a use clause may leave its subject out after the first clause: 仅属学术用途
        usable = (not first or labelled) and _use().fullmatch(clause) is not None
        return "use" if usable else None
    at, scoped, part = subject
    if part in _words()["picture"] and not (scoped or labelled):
        return None  # a caption's credit under its picture
    while adverb := _opening(clause[at:], "adverb"):
        at += len(adverb)
    predicate = clause[at:]
    # a stop inside the source or predicate: a sentence within the note
    if not predicate or SENTENCE_STOP.search(predicate):
        return None
    if _use().fullmatch(predicate) is not None:
        return "use"  # 本文仅供学术参考
    if source_verb := _opening(predicate, "from"):
        source = predicate[len(source_verb) :]
        # 本文来自X alone is provenance's (judged by its vocabulary): a part is named
        sourced = bool(part) and (scoped or labelled) and 0 < len(source) <= MAX_SOURCE
        return "note" if sourced else None
    if scoped and predicate.endswith(_words()["made"]):
        tokens = host_tokens(predicate)  # a maker's address is one token: 由X(x.com)创作
        if len(tokens) <= MAX_MADE:
            return "credit" if _credited(predicate, tokens) else "made"
    edited = len(predicate) <= MAX_PREDICATE and predicate.endswith(_words()["edited"])
    return "note" if edited else None


def _credited(predicate: str, tokens: str) -> bool:
    """A made predicate in the site's voice: the maker carrying its address
    (``由X(x.com)发布``), or the reader addressed before the made verb (``由X为大家创作``,
    ``由小编为您整理发布``)."""
    return tokens != predicate or any(word in predicate for word in _words()["audience"])


def editorial_note(text: str) -> bool:
    """An editor's note on this text's editing or provenance, the whole line (module
    docstring)."""
    line = text.strip()
    if len(line) > MAX_NOTE or len(line) < 4 or line[0].lower() not in _firsts():
        return False
    for opening, closing in BRACKETS:  # （注：本文图片由受访者提供）
        if line.startswith(opening) and line.endswith(closing):
            line = line[1:-1].strip()
            break
    line = line.rstrip(STOPS)
    label = _opening(line.lower(), "label")
    labelled = False
    if label and (separator := LABEL_SEPARATOR.match(line, len(label))) is not None:
        line, labelled = line[separator.end() :], True
    clauses = CLAUSE_SPLIT.split(line)
    if len(clauses) > MAX_CLAUSES:
        return False
    kinds = [_clause(clause.strip(), labelled, at == 0) for at, clause in enumerate(clauses)]
    if None in kinds:
        return False
    # 本文由张三撰写 alone: a byline; 本文是由X(x.com)为大家创作: the site's credit
    return "made" not in kinds or "use" in kinds or "credit" in kinds
