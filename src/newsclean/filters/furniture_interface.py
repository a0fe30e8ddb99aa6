"""Lines of the page's interface: a template's widget, label or lead-in read by its grammar.

Model (round 16; ``site_lines.foreign_lines`` asks it before the headline is looked for,
so none of these is taken for it).  A line of the page head is the template's interface,
not the article's, when it is *not prose* (no sentence mark closing a clause), *does not
name the article* (at most ``MAX_ECHOES`` of its pairs of Han characters recur in the
page's other lines, ``spam_article.Article``: a widget speaks of no story) and it has an
*interface grammar* (the closed words are ``data/interface_grammar.txt``'s):

* an *unfilled widget string*: a counter's approximator or total closing the line with no
  number anywhere on it (``点击播报本文,约``: the read-aloud widget's ``约 N 分钟`` whose
  number the copy lost);
* a *label with a list of interface words*: a key, a colon, and two or more short values
  (at most ``MAX_ITEM`` characters, no digit) separated by commas (``跳转到: 导航, 搜寻``,
  a wiki's jump-to links);
* a *lead-in that ends before its object*: at most ``MAX_LEADIN`` characters ending with
  the cue of what follows (``…的是``, ``…如下``): the sentence it opens is not on the line;
* a *list filter's header*: clauses each of which is a template's instruction
  (``furniture_instruction.is_instruction``) once a quoted slot (the tag, 「中港关系」) is
  taken out: ``显示包含「X」标签的文章。显示所有文章`` (the slot is the value, so the echo
  test reads the rest).

A *headline label*: a key naming the headline (``原文标题``), a colon and the headline
printed on another line of the page: the label line restates it and goes; the line that
prints it heads.  It is the one kind the article echoes.  Round 46: a printable view's
head prints a page tool in its frame after the value (``标题: X [打印本页]``, Discuz's
printable thread and its copies); the tool (a tool phrase of the furniture grammar) is no
part of the value, and the value printed on another line is the evidence as before.

Anywhere on the page, a *poster record*: a comment system's line of who posted and from
where, an IPv4 address in brackets after a label (``(IP: 24.83.101.38)``), no sentence mark
(``评论提交者 | Posted by 某某 (IP: …)``); an article reporting an address writes a sentence.

And in the head, a *status string in Hangul* on a Chinese page (``상태바``): one to three
Hangul words alone, no Han, on a page whose Han paragraphs hold no Hangul: a Korean
theme's interface string (as ``furniture_script`` reads Latin ones).

A real short headline the article echoes, a subtitle naming the story, a heading in the
body, a sentence that opens with a lead-in and goes on, all stay.
Round 31, a *browser notice's block* (``notice_neighbours``, asked by ``site_lines``):
the lines a player or a template prints around the browser notice the consent model reads
-- an apology naming the reader's browser to the reader, a mailbox for questions -- go
when the nearest printed line above or under them is that notice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.consent import consent_score, is_consent
from newsclean.filters.furniture_contact import EMAIL
from newsclean.filters.furniture_grammar import is_tool_phrase, stdlib
from newsclean.filters.furniture_instruction import is_instruction
from newsclean.filters.furniture_script import mostly_han
from newsclean.filters.head_h1 import line_text
from newsclean.filters.memo import PageMemo
from newsclean.filters.spam_article import Article
from newsclean.filters.title import SENTENCE_END, is_prose

#: Pairs of an interface line the article may print (内容, 文章 recur in any story).
MAX_ECHOES = 1
#: An interface line is short.
MAX_LINE = 40
#: A lead-in without its object is a phrase.
MAX_LEADIN = 16
#: An item of a list of interface words.
MAX_ITEM = 4
#: A poster record's line.
MAX_RECORD = 100
DIGIT = stdlib(r"[0-9０-９]")
COLON = stdlib(r"[:：]")
CLAUSE_SPLIT = stdlib(r"[。.]\s*")
COMMA_SPLIT = stdlib(r"\s*[,，、]\s*")
QUOTED_SLOT = stdlib(r"[「『“\"][^」』”\"]{1,20}[」』”\"]")
#: A page tool in its frame closing a value (``[打印本页]``, ``【关闭窗口】``).
FRAMED_TOOL = stdlib(r"\s*[\[【]([^\[\]【】]{1,8})[\]】]\s*$")
IP_RECORD = stdlib(r"[(（]\s*IP\s*[:：]\s*[0-9]{1,3}(?:\.[0-9]{1,3}){3}\s*[)）]")
HANGUL = stdlib(r"[\uac00-\ud7a3]+")
HANGUL_LINE = stdlib(r"[\uac00-\ud7a3]{1,8}(?: [\uac00-\ud7a3]{1,8}){0,2}")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("interface_grammar.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


def unfilled_count(text: str) -> bool:
    """A counter's approximator closing a line with no number (``点击播报本文,约``)."""
    line = text.strip().rstrip("…. ")
    return (
        len(line) <= MAX_LINE
        and DIGIT.search(line) is None
        and line.endswith(_words()["count"])
        and len(HAN.findall(line)) > max(len(w) for w in _words()["count"])
    )


def label_of_words(text: str) -> bool:
    """A key, a colon and two or more short interface words (``跳转到: 导航, 搜寻``)."""
    line = text.strip()
    parts = COLON.split(line, maxsplit=1)
    if len(line) > MAX_LINE or len(parts) != 2 or DIGIT.search(line) is not None:
        return False
    key, value = parts[0].strip(), parts[1].strip()
    items = COMMA_SPLIT.split(value)
    return (
        0 < len(key) <= MAX_ITEM + 2
        and HAN.search(key) is not None
        and len(items) >= 2
        and all(0 < len(item) <= MAX_ITEM and HAN.fullmatch(item[:1]) for item in items)
    )


def open_leadin(text: str) -> bool:
    """A phrase ending with a lead-in's cue, its object missing (``我们想让你知道的是``)."""
    line = text.strip()
    return (
        len(line) <= MAX_LEADIN
        and len(HAN.findall(line)) == len(line)
        and line.endswith(_words()["leadin"])
    )


def filter_header(text: str) -> str | None:
    """A list filter's header (clauses of instructions around a quoted slot): the line
    without its slot, else None."""
    line = text.strip()
    if len(line) > MAX_LINE * 2 or ("文" not in line and "篇" not in line):
        return None
    bare = QUOTED_SLOT.sub("", line)
    clauses = [c for c in CLAUSE_SPLIT.split(bare) if c]
    return bare if clauses and all(is_instruction(c) for c in clauses) else None


def headline_label(text: str, others: Sequence[str]) -> bool:
    """A headline's key, a colon and a value printed on another line (``原文标题:X``);
    round 46: the value perhaps followed by a page tool in its frame (``标题: X [打印本页]``,
    a printable view's head), the tool no part of the value.

    >>> headline_label("标题: 海沧市民节:幸福海沧 [打印本页]", ["海沧市民节:幸福海沧"])
    True
    >>> headline_label("标题: 海沧市民节 [第二届]", ["海沧市民节 [第二届]"])
    True
    """
    parts = COLON.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or parts[0].strip() not in _words()["title"]:
        return False
    value = parts[1].strip()
    if (tool := FRAMED_TOOL.search(value)) is not None and is_tool_phrase(tool[1].lower()):
        value = value[: tool.start()]  # [打印本页]: the printable view's tool after it
    return len(HAN.findall(value)) >= 4 and any(value in other for other in others)


def poster_record(text: str) -> bool:
    """An IP address in brackets after a label, no sentence mark (a comment's poster)."""
    return (
        len(text) <= MAX_RECORD
        and "IP" in text
        and IP_RECORD.search(text) is not None
        and SENTENCE_END.search(IP_RECORD.sub("", text)) is None
    )


_PROSE = ("", "prose")
_HANGUL = ("", "hangul")


def _own_verdict(text: str) -> tuple[str, str] | None:
    """What a head line's own text says: prose, Hangul, or the stretch to ask of the
    article with the reason it would go (None: nothing of its own)."""
    if is_prose(text):
        return _PROSE
    if HANGUL_LINE.fullmatch(text):
        return _HANGUL
    if unfilled_count(text):
        return (text, "an unfilled widget string: a count without its number")
    if label_of_words(text):
        return (text, "a label with a list of interface words")
    if open_leadin(text):
        return (text, "a lead-in that ends before its object")
    if (bare := filter_header(text)) is not None:
        return (bare, "a list filter's header: instructions around a tag")
    return None


def interface_lines(
    lines: Sequence[LineLike | None],
    content: Sequence[int],
    head: Sequence[int],
    article_of: Callable[[], Article],
) -> dict[int, str]:
    """The interface lines of ``head`` and the poster records of ``content`` (module
    docstring), each with the reason it goes."""
    found = {
        i: "a comment's poster record: a name and its IP address"
        for i in content
        if poster_record(lines[i].text)  # type: ignore[union-attr]
    }
    asked: dict[int, tuple[str, str]] = {}
    hangul: list[int] = []
    # A head without paragraphs is the whole page, its short lines repeated: each
    # distinct text is read once.
    verdicts: PageMemo[tuple[str, str] | None] = PageMemo()
    for i in head:
        text = lines[i].text.strip()  # type: ignore[union-attr]
        if i in found:
            continue
        verdict = verdicts.get(text, _own_verdict)
        if verdict is _PROSE:
            continue
        if verdict is _HANGUL:
            hangul.append(i)
        elif verdict is not None:
            asked[i] = verdict
        elif COLON.search(text) and headline_label(
            text,
            [lines[j].text for j in content if j != i],  # type: ignore[union-attr]
        ):
            found[i] = "a headline label: the headline restated under its key"
    if hangul:
        found.update(dict.fromkeys(_hangul_strings(lines, content, hangul), _HANGUL_WHY))
    if not asked:
        return found
    article = article_of()
    for i, (own, why) in asked.items():
        if article.without(i).echoes(han_pairs(own), MAX_ECHOES + 1) <= MAX_ECHOES:
            found[i] = why
    return found


_HANGUL_WHY = "interface text in Hangul on a Chinese page"


def _hangul_strings(
    lines: Sequence[LineLike | None], content: Sequence[int], hangul: list[int]
) -> list[int]:
    """The Hangul strings of ``hangul`` when the page's paragraphs are Han, none Korean."""
    rest = [lines[i].text for i in content if i not in hangul]  # type: ignore[union-attr]
    prose = [text for text in rest if is_prose(text)]
    if not prose or any(HANGUL.search(text) for text in prose) or not mostly_han(rest):
        return []
    return hangul


#: A line of a browser notice's block is short.
MAX_NOTICE_LINE = 60
#: What a line of the block shows first: the browser named, a mailbox for questions.
NOTICE_SIGNS = ("瀏覽器", "浏览器", "browser", "Browser", "@")


def notice_neighbours(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The content lines standing beside a browser notice as its block (round 31, module
    docstring): the reader's browser named to the reader, or a mailbox for questions."""
    found = []
    for i in content:
        text = line_text(lines, i).strip()
        if len(text) > MAX_NOTICE_LINE or not any(sign in text for sign in NOTICE_SIGNS):
            continue  # most lines
        lowered = text.lower()
        mailbox = "@" in text and EMAIL.search(text) is not None
        reader = "你" in text or "您" in text
        if not (mailbox or reader):
            continue
        score = consent_score(lowered)  # once: the reader's test and the notice's read it
        to_reader = reader and score > 0
        if (mailbox or to_reader) and not is_consent(lowered, score) and _beside_notice(lines, i):
            found.append(i)
    return found


def _beside_notice(lines: Sequence[LineLike | None], i: int) -> bool:
    """Whether the nearest printed line above or under ``i`` is a browser notice."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not line_text(lines, j).strip():
            j += step
        if 0 <= j < len(lines) and is_consent(line_text(lines, j).strip().lower()):
            return True
    return False
