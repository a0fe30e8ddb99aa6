"""The short stretches of a slip, judged on local evidence (``mojibake``'s model, the
part for stretches too short for the realignment test: one character, or none; split from
``mojibake`` in round 27).

A "?" or U+FFFD where a pair did not decode, with the characters beside it; a stray ASCII
character glued to Han text (``mojibake_stray``); a symbol-row character alone between
Han characters.  See ``mojibake``'s docstring for each sign and for what a writer puts
there instead.

Round 27, two readings of where a clause and a line begin:

* *The start of a line is a clause's start.*  A "?" after a clause of one Han character
  (``，夜?首条``) marks a slip that began at the clause's start; a line's first character
  (after its indentation) opens a clause as much as a comma does: ``姓?長官李家超…``
  (行政 read one byte off, the pair after it undecodable).  A question particle
  before the mark (``嗎?``) is a writer's question, as anywhere.
* *A clause break read one byte off.*  In a line that writes its punctuation full-width
  (``FULL_WIDTH_MARKS`` at least ``MIN_FULL_WIDTH`` times, no ASCII comma, colon,
  semicolon or exclamation mark), a "?" between Han characters, after no question
  particle, whose character before it ends in the byte that leads the encoding's
  punctuation rows (GBK A1 and A3, Big5 A1 to A3: ``PUNCTUATION_LEADS``), is the other
  half of a punctuation mark read one byte off: ``…的實際掌控摺?對此，…`` is 者。 with 者's
  lead byte lost (摺 is DF A1, 。 A1 A3, and A3 with the next lead byte decodes to
  nothing).  The text after the mark opens a new clause, as after the lost 。.  A writer
  who mixes an ASCII "?" into full-width punctuation does so often (``原有的审美?此外，``,
  ``原因何在?此外，``): the bytes of the character before it are the evidence, not the
  mark alone (美 is C3 C0, 在 D4 DA).

Round 28, *a copier's comma before each mark*: some copies glue an ASCII comma before
every punctuation mark of the text (``哪棟,,我們``, ``聊天,。``, ``行不,?很真實``).  A "?"
after such a comma follows no clause start: the comma is the copier's, the "?" the
writer's question mark.  So a "?" after an ASCII comma opens no clause when the line
glues a comma before another mark as well (``glued_comma``); a lone ``、?家主席`` or
``,?家主席`` in a line that writes its commas plainly is still a lost character.

Round 36, *a run of marks is one mark, whatever the renderer puts between them*: a
transcoder that cannot encode a paragraph's indentation (full-width or non-breaking
spaces) prints a mark per space, and the page's renderer may keep plain spaces, NBSP or
the ideographic space between and after them (``? ? ? ?鎮區管理``, ``?\u00a0?\u00a0市委``,
U+FFFD as well as "?").  The spacing carries no evidence of its own: marks joined by
spacing (``MARK_RUN``) are judged as one run, by the characters on either side of the
run.  At the head of a line (only indentation before it) the spacing after the run
belongs to it too: no writer opens a line with a question mark, spaced or not.  Inside a
line a spaced mark is judged as before (``誰家? 張裕:`` is a writer's question).
Round 37: such a run is the indentation itself (``lost_indent``) when it holds three marks
or more, Han text follows it and the line holds no other mark (a line losing characters
to a codec loses them throughout): it is taken out like the indentation, with the
warning; two marks may be two characters lost, and stay.  ASCII marks alone need four
(two wide spaces' bytes in a double-byte codepage): three typed marks are a writer's,
unless a paragraph of two sentences or more follows them (round 47: a paragraph indented
by three spaces, a mark for each, on two copy hosts; a writer's ``???`` opens a reaction).

Round 36, *a mark glued before a number*: a lead byte lost right before an ASCII byte
leaves its character as a mark and the number after it intact (``收假?1天`` for 收假前1天,
``11?11日`` for 11月11日).  A writer's "?" closes a question, and a Chinese question is
asked with an interrogative, a question particle or A-not-A (``INTERROGATIVES``,
``A_NOT_A``: ``什麼是豐收?58歲``, ``你去不去?3點``); a "?" glued between Han text that
asks nothing in its clause (``asks``) and a digit, or opening a line or clause before a
digit, is a lost character's mark.  Between two numbers it is one when the second ends in
its unit (``NUMBER_UNIT``: a date's 日, a count's 人); ``1?2`` alone stays.

Round 37, *a closing mark lost at the line's end*: a line's last character is most often
its closing mark (GBK 。 A1 A3, Big5 A1 43); a byte lost among its last ones leaves the
mark's trail alone for the decoder to mark, after the text between read one byte off.
Round 38: a half-width "?" closing a line of full-width prose (``full_width_line`` of one
mark) whose clause asks nothing (``asks``) is flagged only when that text shows it
(``garbled_tail``: one of the last ``TAIL_READ`` characters uncommon, ``美食髟住?``).
Where it reads well the "?" is a writer's question by intonation or rhetoric
(``场馆都准备好了?``, ``这不就是幸福生活?``) or a stop alone lost (``筹办工作?``), which no
test tells apart: neither is flagged.  A "?" glued before the clause's own
full-width mark (``CLAUSE_AFTER``) is a lost character's mark by the same test
(``加沙平?，`` for 加沙逼近，): a writer's question mark closes the clause itself.
And the closing mark read one byte off (``closing_lost``: its lead byte the trail of
the line's last character, its own trail dropped) is a sign for the realignment test at
the line's end.

Round 29, *a slip's head of one symbol* (``slip_heads``): a line (or clause) cut one
byte into a GBK character opens with the pair read across the cut, and when the pair
after it does not decode, that is all: ``⒔?華說:`` for 劉江華說 (劉 84 A2: A2 with 江's
lead byte is ⒔, 江's trail byte with 華's lead is nothing).  Too short to realign, it is
judged by its shape: a symbol-row character, then the mark, then Han text, at the start
of a line or after a clause break.  An enumeration (⒈, ⑴) is followed by its item, never
by a mark; kana or zhuyin the line writes as such (two letters of the alphabet) stay.

Round 46, split by job: a line's punctuation and a mark read one byte off are
``mojibake_punctuation``'s, whether a "?" closes a writer's question ``mojibake_question``'s;
this module reads the marks and symbols of a line with them.
"""

from __future__ import annotations

from collections import Counter

from newsclean.filters.charmodel import SYMBOL_ROW, alphabet, is_han, is_rare, out_of_place
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.mojibake_punctuation import full_width_line, punctuation_half
from newsclean.filters.mojibake_question import (
    INTERROGATIVES,
    QUESTION_PARTICLES,
    asked,
    asks,
    garbled_tail,
    rhetorical,
)
from newsclean.filters.mojibake_stray import stray_ascii
from newsclean.filters.slip_script import line_scripts, off_script

HAN = "\u3400-\u9fff\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f"
#: What a renderer puts between or after marks: plain, non-breaking or ideographic spaces.
SPACING = " \u00a0\u3000"
#: A mark run's characters: marks and spacing.
MARKS_AND_SPACING = f"?\ufffd{SPACING}"
#: Marks, with any spacing between them (round 36): one run (module docstring).  The
#: spacing the match ends with is not the run's, except at a line's head.
MARK_RUN = lazy_re(rf"[?\ufffd][?\ufffd{SPACING}]*")
#: One symbol-row character alone between Han characters: a shifted pair, for prose never
#: writes one there (see charmodel.SYMBOL_ROW).
STRAY_SYMBOL = lazy_re(rf"(?<=[{HAN}{CJK_PUNCTUATION}])[{SYMBOL_ROW}](?=[{HAN}])")
#: Punctuation after which a clause starts: a "?" there stands for a lost character.
PAUSES = "，、；：（「『《“‘〈【,;:("
#: A symbol-row character and the mark of the byte its pair lost, opening a line or a
#: clause before Han text ("⒔?華說:" for "劉江華說:"): a slip's head (round 29).
SYMBOL_BY_MARK = lazy_re(rf"(?:^[ \u3000]*|(?<=[{PAUSES}]))([{SYMBOL_ROW}])[?\ufffd]+(?=[{HAN}])")
#: After punctuation, an enumeration (主要有：①加强) opens a clause in real text; the
#: other symbol-row characters do not.
CLAUSE_OPENERS = lazy_re("[\u2460-\u249b\u3220-\u3229]")
FIELD_LABEL = lazy_re(f"[ \u3000]{{0,3}}[{HAN}]{{2,4}}[:：]")
#: A number and the Han character after it (its unit: 日, 年, 人).
NUMBER_UNIT = lazy_re(f"[0-9]+[{HAN}]")


#: The fewest marks at a line's head that stand for its indentation (two ideographic
#: spaces, one mark per byte or per character, three on a paragraph indented so): two
#: may be two characters lost.
INDENT_MARKS = 3
#: ASCII marks alone: two wide spaces in GBK or Big5, four bytes (round 37, mend).
INDENT_BYTES = 4
#: Round 47: three ASCII marks are the indentation when a paragraph follows them, its
#: sentences closed PARAGRAPH_STOPS times or more (three indentation spaces, one mark each:
#: m.nxhuan.com's and xydcf.cn's copies); a writer's ``???`` opens a reaction, a headline's
#: or a comment's line that closes no two sentences.
SENTENCE_STOPS = "。！？"
PARAGRAPH_STOPS = 2
#: The full-width marks that part or close a clause: no question mark stands before one.
CLAUSE_AFTER = "，。；：、"


#: A copier's comma glued before a punctuation mark (``,,`` ``,。`` ``,“``, round 28).
GLUED_COMMA = lazy_re(r",(?=[,，。；：！？、“”「」!?;:])")


def glued_comma(text: str, start: int) -> bool:
    """Whether the "?" at ``start`` follows an ASCII comma the line glues before its
    other marks too (module docstring, round 28): the comma is a copier's, no clause
    start, and the "?" is the writer's."""
    if start == 0 or text[start - 1] != ",":
        return False
    if any(char in INTERROGATIVES for char in text[max(0, start - 4) : start - 1]):
        return True  # 美在哪兒,?: the clause asks, and the "?" closes its question
    return any(found.start() != start - 1 for found in GLUED_COMMA.finditer(text))


def marked_stretches(text: str) -> list[tuple[int, int]]:
    """Lost bytes in stretches too short for the realignment test (see the module doc)."""
    spans: list[tuple[int, int]] = []
    marks = MARK_RUN.finditer(text) if "?" in text or "\ufffd" in text else ()
    scripts: list[tuple[int, int]] = []  # the line's script counts, once, when asked
    fonts: list[bool] = []  # whether the line's punctuation is full-width, once, when asked
    shapes: list[bool] = []  # whether the line's shape is a rhetorical question's, once
    indent = len(text) - len(text.lstrip())  # once: no slice of the line's head per mark
    for match in marks:
        start, end = match.span()
        run = match.group().rstrip(SPACING)
        if start > indent:  # inside a line: spacing after the run is the writer's
            end = start + len(run)
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        numeral = len(run) == 1 and "0" <= after <= "9"  # "收假?1天": round 36
        if not (is_han(before) or is_han(after) or is_rare(before) or is_rare(after) or numeral):
            continue
        if FIELD_LABEL.match(text, end) is not None:
            continue  # "孫燦芬?來源:": a separator lost before a labelled field, no slip
        if before in QUESTION_PARTICLES and run == "?":
            continue  # a writer's question mark ("有改動嘛?是不是"), however rare the particle
        # A clause of one character before the mark ("，夜?首条", or opening the line,
        # round 27: "姓?長官"): a writer's "?" closes a question of several; here a slip
        # began at the clause's start.
        opens = start - 1
        clause = opens == 0 or text[opens - 1] in PAUSES or 0 < opens <= indent
        single = is_han(before) and is_han(after) and clause
        damaged_before = single or is_rare(before) or out_of_place(text, start - 1)
        if not damaged_before and is_han(before):
            # A form the line's script never writes (创 in a traditional line): slip_script.
            scripts = scripts or [line_scripts(text)]
            damaged_before = off_script(text, start - 1, scripts[0])
        if damaged_before and not single and run == "?" and asked(text, start):
            damaged_before = False  # 何所忆?: the question's last word, uncommon (round 39)
        if "\ufffd" in run or damaged_before or is_rare(after):
            spans.append((start - 1 if damaged_before else start, end + is_rare(after)))
        elif (start <= indent or before in PAUSES) and is_han(after):
            if not glued_comma(text, start):  # no writer opens a clause or line with "?"
                spans.append((start, end))
        elif numeral and (start <= indent or before in PAUSES or is_han(before)):
            if not is_han(before) or not asks(text, start):
                shapes = shapes or [rhetorical(text)]  # once per line, when asked
                if not (is_han(before) and shapes[0]):
                    spans.append((start, end))  # a lost character's mark
        elif numeral and "0" <= before <= "9" and NUMBER_UNIT.match(text, end) is not None:
            spans.append((start, end))  # 11?11日: a unit lost between numbers (11月11日)
        elif run == "?" and is_han(before) and (after in CLAUSE_AFTER or not text[end:].strip()):
            # A character before the clause's own mark (平?， for 逼近，), or a closing mark
            # lost at the line's end after text read one byte off (round 38: 美食髟住?):
            # the text before a writer's "?" reads well (场馆都准备好了?).  Asks nothing.
            inside = after != "" and after in CLAUSE_AFTER  # "" is in every string
            if full_width_line(text, 1) and not asks(text, start):
                if inside:
                    spans.append((start, end))
                elif (read_off := garbled_tail(text, start)) is not None:
                    spans.append((read_off, end))
        elif is_han(before) and is_han(after) and run == "?" and punctuation_half(before):
            # A clause break read one byte off, in full-width punctuation (round 27).
            fonts = fonts or [full_width_line(text)]
            if fonts[0]:  # the mark alone: the character before it converts as read
                spans.append((start, end))
    spans.extend(stray_ascii(text))  # mojibake_stray.py: 億元{升為
    spans.sort()
    return merge(spans)


def lost_indent(text: str, start: int, end: int) -> bool:
    """Whether the marks ``text[start:end]`` are a paragraph's indentation lost to a
    codec (round 37, module docstring): at the line's head, INDENT_MARKS or more, Han
    text right after, and no other mark in the line.  Round 37 (mend): ASCII marks alone
    need INDENT_BYTES, the bytes of two wide spaces in a double-byte codepage, each lost
    to a mark: a writer's ``???网友直呼看不懂`` is three marks typed, no indentation; a
    U+FFFD is a decoder's own sign and needs INDENT_MARKS (U+3000's three UTF-8 bytes).
    Round 47: three ASCII marks before a paragraph of PARAGRAPH_STOPS sentences or more
    are its indentation (three spaces, one mark each), not a writer's reaction."""
    if start > len(text) - len(text.lstrip()) or not is_han(text[end : end + 1]):
        return False
    run = text[start:end]
    if run.strip(MARKS_AND_SPACING):
        return False  # a character the slip damaged too: no indentation
    replaced = run.count("\ufffd")
    marks = run.count("?") + replaced
    rest = text[end:]
    enough = marks >= (INDENT_MARKS if replaced else INDENT_BYTES)
    if not enough and marks >= INDENT_MARKS:  # round 47: three marks before a paragraph
        enough = sum(rest.count(stop) for stop in SENTENCE_STOPS) >= PARAGRAPH_STOPS
    return enough and "?" not in rest and "\ufffd" not in rest


def stray_symbols(text: str) -> list[tuple[int, int]]:
    """A symbol-row character between Han characters, with the neighbour on each side
    that is rare or out of place (part of the same shifted stretch).  Round 46: the
    hiragana の between two common Han characters on a short line with no clause mark is
    the possessive Chinese web writing borrows for 的 in a name or a title
    (``美麗島の名無桑``, a Taiwanese board's poster name after 2ch's 名無しさん), not a
    shifted pair (``borrowed_no``)."""
    spans: list[tuple[int, int]] = []
    letters: Counter[str] = Counter()  # letters per alphabet (charmodel.ALPHABETS), once
    for match in STRAY_SYMBOL.finditer(text):
        start, end = match.span()
        if not is_han(text[start - 1]) and CLAUSE_OPENERS.match(match.group()):
            continue
        kind = alphabet(match.group())
        if kind and (letters := letters or Counter(map(alphabet, text)))[kind] > 1:
            continue  # Japanese or zhuyin quoted: a shifted pair leaves one letter alone
        if match.group() == "の" and borrowed_no(text, start):
            continue  # 美麗島の名無桑: the borrowed 的 of a name, between common Han
        start -= is_rare(text[start - 1])
        end += is_rare(text[end]) or out_of_place(text, end)
        spans.append((start, end))
    spans.extend(slip_heads(text))
    return spans


#: A name or a title holding the borrowed の is this short at most, with no clause mark.
MAX_NO_NAME = 16
NO_CLAUSE = lazy_re("[，。；！？,;!?]")


def borrowed_no(text: str, at: int) -> bool:
    """Whether the の at ``at`` is the borrowed 的 of a name or a title: between common Han
    characters, on a short line with no clause mark (a slip's の stands in a sentence)."""
    return (
        len(text.strip()) <= MAX_NO_NAME
        and NO_CLAUSE.search(text) is None
        and not (is_rare(text[at - 1]) or is_rare(text[at + 1]))
    )


def slip_heads(text: str) -> list[tuple[int, int]]:
    """A line or clause opened by the pair read across a lost lead byte and the mark of
    the byte left alone: a symbol-row character (an enumeration is followed by its item,
    never by a lost character's mark), then ``?`` or U+FFFD, then Han text (``⒔?華說``).
    Kana or zhuyin written as such (two letters of the alphabet on the line) stay."""
    spans: list[tuple[int, int]] = []
    letters: Counter[str] = Counter()  # letters per alphabet, counted once
    for head in SYMBOL_BY_MARK.finditer(text):
        kind = alphabet(head.group(1))
        if kind and (letters := letters or Counter(map(alphabet, text)))[kind] > 1:
            continue
        spans.append((head.start(1), head.end()))
    return spans


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for left, right in spans:
        if merged and left <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]))
        else:
            merged.append((left, right))
    return merged
