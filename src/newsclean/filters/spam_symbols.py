"""Symbols scattered into the article's words, one at a time, by a hijack template.

Model (round 42, second wave).  A template that copies an article may push single symbols
of a short list into its text, a few per paragraph, wherever it likes: inside a word
(``改◣革开放``, ``大花︻园``, ``锣①鼓喧天``), between a word and its clause mark
(``海洋∩;``), after a stop (``。︻昨日``).  The sentences are the article's and stay; the
symbols are cut out of the lines (``spam cut``, the partial removal of
``spam_pictographs``).  Left in, they read as a byte slip's lone symbol (the mojibake
model flags a symbol-row character alone between Han characters, ``常委⒐务院``), a false
warning on sound text.

The symbols are those the code tables' symbol rows hold and real pages do not put
between Han characters (``charmodel.SYMBOL_ROW``, its letters aside: kana, pinyin,
bopomofo and Cyrillic are words of an alphabet): circled numbers, math operators,
geometric shapes, box drawing, vertical forms.  Which ones a template draws is unknown;
the evidence is where they stand and that the text around them is sound:

* a *site*: one such symbol alone, glued between a Han character on one side at least
  and, on the other, a Han character, a digit, a mark of the sentence or a bracket (a
  mirror's gloss ``羅(luó)︻華``), no Latin letter before it (``a∨成人网``: a term's);
  neither neighbour is a rare character (``charmodel.is_rare``).  A slip's symbol
  stands in a garbled stretch, a third to a half of it rare characters (``新①觥疤厥``,
  ``孫玉菡⑧嚤?強``, ``現┎硂Ωň``), and is left to the mojibake model; the template's
  stand in sound text (``欢声①雀跃``: the symbol took nothing out).  On a scatter, a
  symbol of a kind its sites show, alone between marks, is the template's too
  (``電(diàn)①】``);
* a *scatter*: in lines of running text (``MIN_LINE`` characters, a clause mark or a
  stop), ``MIN_SITES`` sites or more of symbols that are no numbers, ``MIN_INSIDE`` of
  them inside the text (Han on both sides), one symbol at two sites at least (a template
  draws from a short list; a slip's symbol is whatever its shifted bytes encode).
  Numbers are no evidence: a writer numbers figures and notes inside the text
  (``如圖①所示``, ``圖②:巴黎奧運會中``, ``理论①认为``) and a list's items
  (``：①打开…；②关闭…``, after a mark: never a site); on a scatter they are cut with the
  rest.  A row of short items parted by one symbol (``首页┊新闻┊体育``) is no running
  text, and its separators stay.

Round 43 (second wave), *a page holding both*.  A slip's stretch is what a decoder wrote
for the bytes: a run of rare characters read one byte off, or, a single-byte decoder's
(``codec_latin1``), a run of the letters of its table (``æœƒ``, ``è¨˜``).  A template's
symbol is one character put into the text after it was read, so it may stand inside such
a run too: ``å︻¦‚`` (如 is E5 A6 82: the symbol split its bytes), ``äº¦∩æŒ‡``,
``,①æœƒ``.  A decoder of one byte writes no character beyond its table, so a symbol of
the rows glued inside its run (a misread letter on one side, a misread letter or an
ASCII character on the other, ``MISREAD_SITE``; the table's own symbols ``¤ ¨ °`` are
its letters) is a site pushed inside the text, not the slip's: it counts for the scatter
and is cut with it, and the slip is repaired without it (因如果 whole again).  And a
mirror's gloss is transparent (``動(dòng)①地``: the symbol stands after 動, inside the
words, not after a mark opening a list's item).  So both readings hold on one page: the
misread paragraph is flagged and repaired, the template's symbols are cut from every
paragraph and warn nowhere.

A line the line filter judged spam is not read (a spam title's separators,
``金沙城▋永利皇宫▋鸿福国际``).  Left: a slip whose lone symbol stands between two
common characters (``常委⒐务院``) on a page the template scattered is cut with them, its
warning lost, and so is a figure's number on such a page.  A source line too short for
running text (``来源: 新华每①日电讯``) keeps its symbol.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

import regex

from newsclean.filters.charmodel import SYMBOL_ROW, is_han, is_rare
from newsclean.filters.codec_latin1 import CP1252_EXTRA
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_verdict import SpamVerdict

#: Sites on the page at least.
MIN_SITES = 3
#: Of them, sites with a Han character on both sides (pushed inside the text) at least.
MIN_INSIDE = 2
#: One symbol stands at this many sites at least (a template's short list).
MIN_REPEAT = 2
HAN = "\u3400-\u9fff\uf900-\ufaff"
#: The marks and brackets a symbol may stand beside: a sentence's own, a gloss's bracket.
MARKS = "。，、；：！？,;:!?)）”」』】(（“「『【"
#: A symbol of the code tables' symbol rows that is no letter.
SYMBOL = rf"[[{SYMBOL_ROW}]--\p{{L}}]"
#: One symbol alone: a Han character, a digit or a mark before it (no Latin letter: ``a∨``
#: is a term's), a Han character, a digit or a mark after it.
SITE = lazy_regex(rf"(?<=[{HAN}0-9{MARKS}]){SYMBOL}(?=[{HAN}0-9{MARKS}])", regex.V1)
#: A list's number (circled, in brackets, with a stop, ㈠): after a mark it opens an item.
NUMBERS = "\u2460-\u249b\u3220-\u3229"
LIST_NUMBER = lazy_regex(f"[{NUMBERS}]")
#: A line of running text: this many characters at least, and a clause mark or stop.
MIN_LINE = 20
PROSE_MARK = lazy_regex("[，。,；;！？]")


def _listed(row: str) -> str:
    """The characters of ``row`` (a class body of characters and ``a-b`` ranges) that are
    no letter, listed and escaped: ``SYMBOL`` as a plain class, which the standard engine
    tests many times faster than ``regex``'s set difference (asked of every line)."""
    chars: list[str] = []
    at = 0
    while at < len(row):
        if at + 2 < len(row) and row[at + 1] == "-":
            chars.extend(map(chr, range(ord(row[at]), ord(row[at + 2]) + 1)))
            at += 3
        else:
            chars.append(row[at])
            at += 1
    return "".join(re.escape(c) for c in chars if not unicodedata.category(c).startswith("L"))


#: A mirror's gloss right after a Han character, ``動(dòng)``: a syllable of Latin
#: letters, toned or not, in brackets (searched in the last ``GLOSS_REACH`` characters).
GLOSS_BEFORE = lazy_re(rf"[{HAN}][(（][a-zA-Z\u00e0-\u01dc]{{1,7}}[)）]")
GLOSS_REACH = 11
#: The letters a single-byte decoder (Latin-1, cp1252) writes for the bytes of two-byte
#: text (``codec_latin1``): two side by side show such a stretch on the line.
MISREAD = f"\u00a0-\u00ff{CP1252_EXTRA}"
MISREAD_PAIR = lazy_re(f"[{MISREAD}]{{2}}")
#: A symbol glued inside such a stretch: a misread letter on one side, a misread letter or
#: an ASCII character (no space) on the other.  The decoder writes no character beyond its
#: table, so the symbol was put into the text after it was misread.
#: (The symbol rows' characters a single-byte decoder writes, ``¤ ¨ ° ±``, are its own.)
FOREIGN_SYMBOL = rf"[[{SYMBOL_ROW}]--\p{{L}}--[{MISREAD}]]"
MISREAD_SITE = lazy_regex(
    rf"(?<=[{MISREAD}]){FOREIGN_SYMBOL}(?=[{MISREAD}\x21-\x7e])"
    rf"|(?<=[\x21-\x7e]){FOREIGN_SYMBOL}(?=[{MISREAD}])",
    regex.V1,
)

#: The page is read only when it holds such a symbol (``SYMBOL``, listed).
ANY = lazy_re(f"[{_listed(SYMBOL_ROW)}]")


def _glossed(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with a Han character and a mirror's gloss of it
    (``動(dòng)``): the gloss is the mirror's, the symbol after it stands after the Han."""
    return (gloss := GLOSS_BEFORE.search(text, max(0, at - GLOSS_REACH), at)) is not None and (
        gloss.end() == at
    )


def _misread_sites(text: str) -> list[tuple[int, str, int]]:
    """The symbols standing inside a single-byte decoder's stretch (module docstring), each
    read as pushed inside the text (two text neighbours)."""
    if not MISREAD_PAIR.search(text):
        return []
    return [(m.start(), m.group(), 2) for m in MISREAD_SITE.finditer(text)]


def _sites(text: str) -> list[tuple[int, str, int]]:
    """(offset, symbol, Han neighbours) of each site of ``text`` (module docstring), and
    of each symbol standing alone between marks (``電(diàn)①】``, Han neighbours 0)."""
    found = []
    for match in SITE.finditer(text):
        at = match.start()
        left, right = text[at - 1], text[at + 1]
        if is_rare(left) or is_rare(right):
            continue  # a rare neighbour: a slip's garbled stretch
        han_left, han_right = is_han(left) or _glossed(text, at), is_han(right)
        if han_right and not han_left and LIST_NUMBER.match(match.group()):
            continue  # a list's number opening its item (：①打开…)
        found.append((at, match.group(), han_left + han_right))
    return sorted(found + _misread_sites(text))


def symbol_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The scattered symbols cut out of the page's lines (line index -> cut; module
    docstring).

    >>> page = ["乘着改◣革开放的东风,村湾建设得像一个大花︻园,锣①鼓喧天,是别样︻的热闹。"]
    >>> cut = symbol_cuts(page, [SpamVerdict(False, 0.0, (), 0)])[0]
    >>> cut.cut, cut.rest
    ('◣ ︻ ① ︻', '乘着改革开放的东风,村湾建设得像一个大花园,锣鼓喧天,是别样的热闹。')
    """
    del simplify_lines  # a symbol is in no script
    found = {
        i: sites
        for i, text in enumerate(texts)
        if len(text) >= MIN_LINE and not verdicts[i].is_spam and ANY.search(text)
        if PROSE_MARK.search(text) and (sites := _sites(text))
    }
    every = [site for sites in found.values() for site in sites if site[2]]
    kinds = Counter(symbol for _, symbol, _ in every if not LIST_NUMBER.match(symbol))
    evidence = [site for site in every if site[1] in kinds]  # numbers aside
    if (
        len(evidence) < MIN_SITES
        or sum(han == 2 for _, _, han in evidence) < MIN_INSIDE
        or max(kinds.values(), default=0) < MIN_REPEAT
    ):
        return {}
    cuts: dict[int, HeadCut] = {}
    for i, sites in found.items():
        sites = [
            site for site in sites if site[2] or site[1] in kinds or LIST_NUMBER.match(site[1])
        ]
        if not sites:
            continue
        rest = remove_spans(texts[i], [(at, at + 1) for at, _, _ in sites])
        shown = " ".join(symbol for _, symbol, _ in sites)
        why = f"symbols pushed into the article's words by a template, {len(sites)} here"
        cuts[i] = HeadCut(shown, rest, why)
    return cuts
