"""Two-byte text read as UTF-8 with what did not decode dropped: flagged, never repaired.

A page written in GBK or Big5 and read by a UTF-8 decoder with errors="ignore" keeps
only the bytes that happen to form UTF-8: a pair whose lead byte is C2-DF and whose
trail byte is 80-BF reads as one letter of U+0080-U+07FF (IPA, Greek, Cyrillic,
Armenian, Hebrew, Arabic: 页 D2B3 -> ҳ), a lead byte E0-EF and two bytes 80-BF as one
character of U+0800-U+FFFF, an ASCII trail byte (0x40-0x7E) as itself (東 -> |), and
every other byte is gone.  The line comes out as letters of several alphabets side by
side, one each, among stray ASCII ("Lҳڽ(27)υ^eеڶʩJԃ"); a writer quoting Russian,
Armenian or Hebrew writes words of one alphabet: a line half of whose such letters follow
a letter of their own script (``_in_words``) is writing, not a misread.

The model: the characters of such a line are unlikely under the character model
(``charmodel``: a letter that continues no word of its alphabet costs 16 nats), and
re-encoding each of them as UTF-8 and decoding its bytes with the codec the page was
written in gives the characters whose pairs survived: far more likely (MISREAD_LLR),
with few rare ones (``codec_reread.accepted_llr``).  A character of three bytes reads
as one pair and an orphan byte, which is no character and is left out of the score.
The codecs tried are the table's (``codec_pairs``: written in, read as UTF-8, ignored).
The bytes between the surviving characters are lost, so the re-read is only evidence:
the line is reported as read with the wrong codec, kept in the body as it is (a
paragraph, never furniture, never converted), and not repaired.  A line with real Han
text around its foreign letters fails the test: its Han characters re-read as garbage.

Round 29: *text glued into the misread line* (a spam term inlaid at its commas,
"۾ʾ,ӏA,京國際娛樂{ֲ,CؾM…"; a C1 control the page's normalisation dropped besides).
Such a reading seldom writes a CJK ideograph (a lead byte E4-E9 and two trail bytes
80-BF in a row) and hardly ever two in a row, so a run of two or more ideographs is text
the page holds as written and says nothing about the bytes: when such runs hold at most
half the line's characters (the line is mostly the misread), they are left out of both sides of the
score (``_glued_apart``), and converted with the page (``left_as_read``: only the
misread pieces between them stay as read).  A line of Chinese prose quoting a few IPA
or Cyrillic letters has far more Han than foreign letters and is scored whole.

Round 39: *the straddled pairs*.  A two-byte UTF-8 letter that survived is one of the
page's pairs or straddles two of them (a trail byte and the next lead byte): the re-read
of a straddle is a rare character, so a dropped line's re-read holds more rare ones than
a whole re-read (``他指出,單單是…`` -> ``(t)ָ,ΆǻO…``: 4 of 11).  Where letters of two
scripts touch GLUED_SWITCHES times or more (``ΆǻO``, ``ЇںĻ``: Greek on Latin, Cyrillic on
Arabic, which no writer glues; a list of letters spaces them, a kaomoji puts symbols and
modifier letters between), the re-read may hold one rare character in two instead of one
in three; the line is still only reported.

Speed: the gate is one C-level count of letters of U+0250-U+07FF (IPA to N'Ko, no
pinyin tone letter, MIN_LETTERS of them); ordinary Chinese lines have none.  Round 34:
cp1252's two letters of that range (ˆ 0x88, ˜ 0x98) are not counted: a UTF-8 paragraph
read as cp1252 writes them for its continuation bytes, and is ``codec_misread``'s.
"""

from __future__ import annotations

import unicodedata

from newsclean.document import Evidence
from newsclean.filters.charmodel import HAN_PAIR
from newsclean.filters.codec_pairs import written_for
from newsclean.filters.codec_reread import accepted_llr
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.mojibake import NAME, MojibakeSpan

#: The gate: letters a UTF-8 reading of two-byte pairs writes (U+0250-U+07FF), but the
#: two cp1252 writes for 0x88 and 0x98 (ˆ, ˜): a line of cp1252's letters is UTF-8 read
#: by a single-byte decoder (``codec_misread``), whose ˆ and ˜ are continuation bytes.
FOREIGN_LETTER = lazy_re("[\u0250-\u02c5\u02c7-\u02db\u02dd-\u07ff]")
MIN_LETTERS = 4
#: The characters such a reading writes, re-read: any non-ASCII character.
NON_ASCII = lazy_re("[^\x00-\x7f]")
#: Text glued into a misread line: a run of two Han ideographs or more (module docstring).
GLUED_TEXT = lazy_regex(r"\p{Han}{2,}")
#: Letters glued to a letter of another script that show a misread line (round 39).
GLUED_SWITCHES = 2


def _reread(text: str, codec: str) -> str:
    """Each non-ASCII character of ``text`` re-encoded as UTF-8 and decoded with
    ``codec`` alone (its bytes are all that is left of their pairs); an orphan byte
    becomes U+FFFD."""
    return NON_ASCII.sub(
        lambda match: match.group().encode("utf-8").decode(codec, errors="replace"), text
    )


def _script(char: str) -> str:
    return unicodedata.name(char, "").partition(" ")[0]


def _in_words(text: str) -> int:
    """How many letters of U+0250-U+07FF follow a letter of their own script: writing
    puts letters in words, a misread of pairs puts one of each script side by side."""
    return sum(
        1
        for match in FOREIGN_LETTER.finditer(text)
        if (at := match.start()) > 0 and _script(text[at - 1]) == _script(match.group())
    )


def _glued_scripts(text: str) -> int:
    """How many times two letters side by side change script, one of them a letter of
    U+0250-U+07FF (``ЇںĻ``: Cyrillic, Arabic, Latin); modifier letters (ˊ ˋ of a
    kaomoji) belong to no script."""
    count = 0
    for match in FOREIGN_LETTER.finditer(text):
        at = match.start()
        for left, right in ((at - 1, at), (at, at + 1)):
            if left < 0 or right >= len(text) or (left == at - 1 and _foreign(text[left])):
                continue  # the pair of two foreign letters is counted once, from the left
            a, b = text[left], text[right]
            if _letter(a) and _letter(b) and _script(a) != _script(b):
                count += 1
    return count


def _foreign(char: str) -> bool:
    return FOREIGN_LETTER.fullmatch(char) is not None


def _letter(char: str) -> bool:
    return char.isalpha() and unicodedata.category(char) != "Lm"


def _glued_apart(stretch: str) -> list[str] | None:
    """The pieces of ``stretch`` between its runs of two or more Han ideographs when the
    runs hold at most half its characters (text glued into a line that is mostly the
    misread), or None: ``stretch`` is scored whole."""
    if HAN_PAIR.search(stretch) is None:
        return None
    pieces = GLUED_TEXT.split(stretch)
    if 2 * (len(stretch) - sum(map(len, pieces))) > len(stretch):
        return None  # Chinese prose quoting a few foreign letters: scored whole
    return pieces


def left_as_read(span: MojibakeSpan) -> tuple[str, ...]:
    """The pieces of a dropped reading that conversion leaves as read: the stretch
    between the runs of glued text (which are the page's own and are converted with it),
    or the stretch whole."""
    pieces = _glued_apart(span.text)
    return (span.text,) if pieces is None else tuple(piece for piece in pieces if piece)


def dropped_span(text: str) -> MojibakeSpan | None:
    """The stretch of ``text`` that is GBK or Big5 read as UTF-8 with bytes dropped, as a
    reported span (``repaired`` None), or None.

    >>> text = "国务院新闻办公室今天下午举行新闻发布会，介绍今年前三季度经济运行情况。"
    >>> line = (text + "国家统计局发言人表示，经济总体保持恢复向好态势。").encode("gbk")
    >>> dropped_span(line.decode("utf-8", "ignore")).encoding
    'gbk read as UTF-8, bytes dropped'
    >>> dropped_span("俄语的“мир”意为和平，国际音标写作[mʲir]。") is None
    True
    """
    letters = len(FOREIGN_LETTER.findall(text))
    in_words = _in_words(text)
    if letters < MIN_LETTERS or 2 * in_words >= letters:
        return None  # a quote in Armenian, Hebrew, Russian: letters in words of theirs
    rare_share = 2 if _glued_scripts(text) >= GLUED_SWITCHES else 3
    start = len(text) - len(text.lstrip(" \u3000"))  # the page's indentation
    end = len(text.rstrip())
    stretch = text[start:end]
    pieces = _glued_apart(stretch)
    scored = stretch if pieces is None else "".join(pieces)  # the glued text left out
    best: tuple[float, str] | None = None
    for codec in written_for("utf-8", "ignore", "codec_dropped"):
        # The orphan bytes (U+FFFD) are no characters: left out of the score.
        kept = _reread(scored, codec).replace("\ufffd", "")
        llr = accepted_llr(scored, kept, rare_share=rare_share)  # enough Han, few rare, odds
        if llr is not None and (best is None or llr > best[0]):
            best = (llr, codec)
    if best is None:
        return None
    llr, codec = best
    return MojibakeSpan(start, end, stretch, None, f"{codec} read as UTF-8, bytes dropped", llr)


def evidence(span: MojibakeSpan) -> Evidence:
    return Evidence(NAME, "misread", f"{span.encoding}: {span.text}")
