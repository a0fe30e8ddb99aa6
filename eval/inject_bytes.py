"""The byte-slip writers of the variant tables' mojibake rows: a stretch of text encoded,
shifted by one byte or read with the wrong codec, and decoded the way a mirror's
transcoder does (``build.py`` and ``matrix_cases.py`` write slips through these).
"""

from __future__ import annotations

import functools
import json
import random
import re
import unicodedata

import opencc
from inject import HAN, encodable

# ------------------------------------------------------------------------------ mojibake


def slip(text: str, row: dict, rng: random.Random) -> str | None:
    """Shift one stretch of ``text`` by one byte in ``row['codec']`` (or, with ``decode``, read
    it back in the wrong codec: the whole paragraph when ``at="all"``); None if none fits."""
    if row.get("escape") == "latin-han":  # Latin letters printed as Han characters
        return lettered(text, row)
    if row.get("escape") == "json-u":  # a CMS's JSON dump: non-ASCII as \\uXXXX escapes
        return json_escaped(text)
    if row.get("escape") == "html-p-style":  # the paragraph printed as its HTML source
        return html_source(text, row)
    if row.get("escape") == "drop-between-digits":  # a character lost from the dates
        return dropped(text, row)
    if row.get("escape") == "lead-qmarks":  # the indentation's spaces lost to '?'
        lead = row.get("sep", "").join("?" * row["count"])  # sep: between the '?' (? ? ? ?)
        return lead + text if text and HAN.match(text[0]) else None
    if row.get("escape") == "stop-qmarks-trail":  # 。 and a lead byte lost, the trail read
        return stop_qmarks(text, row, rng)
    if row.get("escape"):  # marks written as character references that lost their '&'
        return escaped(text, row)
    if row.get("decode") and row["at"] == "all":  # the whole paragraph read back wrongly
        return misread(text, row)
    codec = row["codec"]
    runs = [m for m in re.finditer(r"[\u4e00-\u9fff，。、；：“”「」]{8,}", text)]
    starts: list[int] = []
    if row["at"] == "start":
        starts = [0] if text and HAN.match(text[0]) else []
    elif row["at"] == "stop":  # the stretch starts at a full stop inside the paragraph
        starts = [i for m in runs for i in range(m.start(), m.end() - 8) if text[i] == "。"]
    for m in runs if row["at"] == "inside" else []:
        starts += [i for i in range(m.start(), m.end() - 8) if text[i] in "。，"]
        starts += [m.start() + k for k in range(0, max(1, len(m.group()) - 8), 5)]
    if row.get("end") == "ascii":  # the slip runs on until a half-width mark resyncs it
        return _slip_to_ascii(text, row, rng)
    if row.get("end") == "trail-ascii":  # ... until a character whose trail byte is ASCII
        return _slip_to_ascii_trail(text, row, rng)
    rng.shuffle(starts)
    lengths = list(range(8, 17))
    for start in starts[:60]:
        rng.shuffle(lengths)
        for length in lengths:
            stretch = text[start : start + length]
            garbled = (
                misread(stretch, row)
                if row.get("decode")
                else _shifted(stretch, codec, row["qmark"])
            )
            if garbled is not None:
                return text[:start] + garbled + text[start + length :]
    return None


def escaped(text: str, row: dict) -> str | None:
    """escape="ncr-noamp": every mark of ``row['marks']`` in the paragraph written as a
    hexadecimal character reference whose '&' a transcoder lost (， -> #xff0c;); a
    half-width mark of ``marks`` right after a non-ASCII character stands for the full-width
    mark the page printed (the originals store some marks half-width); None when the
    paragraph has fewer than two such marks."""

    def ref(c: str) -> str:  # a stored half-width mark stands for the full-width one printed
        return f"#x{ord(c) + 0xFEE0 if c.isascii() else ord(c):x};"

    hits = [
        i
        for i, c in enumerate(text)
        if c in row["marks"] and (not c.isascii() or (i and not text[i - 1].isascii()))
    ]
    if len(hits) < 2:
        return None
    out = list(text)
    for i in hits:
        out[i] = ref(text[i])
    return "".join(out)


def dropped(text: str, row: dict) -> str | None:
    """escape="drop-between-digits": ``row['char']`` (or each of ``row['chars']``) lost
    wherever it stands between two digits (a copy whose dates lost 月: 3月3日 -> 33日,
    8月20日 -> 820日; both 年 and 月: 2015年12月20日 -> 20151220日); None when the
    paragraph has no such place."""
    chars = row.get("chars") or row["char"]  # chars: several characters, each lost (年月)
    out = re.sub(r"(?<=\d)[" + "".join(re.escape(c) for c in chars) + r"](?=\d)", "", text)
    return out if out != text else None


def html_source(text: str, row: dict) -> str | None:
    """escape="html-p-style": the paragraph printed as the HTML a CMS stored for it (a
    revision page showing the source): wrapped in a <p> tag carrying the row's inline
    ``style`` (or class ``p_class``, or none at all with ``bare``), the text itself unchanged;
    None for an empty paragraph."""
    if not text.strip():
        return None
    if row.get("p_class"):  # the tag carries a class (an editor's block class), not a style
        return f'<p class="{row["p_class"]}">{text}</p>'
    if row.get("bare"):  # a bare <p> tag with no attribute (a forum reposting CMS source)
        return f"<p>{text}</p>"
    return f'<p style="{row["style"]}">{text}</p>'


def json_escaped(text: str) -> str | None:
    """escape="json-u": the paragraph as a JSON string's body (a page dumped from a CMS's
    JSON API): every non-ASCII character written as a \\uXXXX escape (lower-case hex),
    quotes and backslashes escaped, ASCII left as it is; None when the paragraph has
    fewer than two non-ASCII characters."""
    if sum(not c.isascii() for c in text) < 2:
        return None
    return json.dumps(text, ensure_ascii=True)[1:-1]


def lettered(text: str, row: dict) -> str | None:
    """escape="latin-han": every Latin letter of ``row['letters']`` in the paragraph printed
    as the Han character the map gives (a spam farm's template: GBK 骋叠碍 for GBK, 贬罢罢笔 for
    HTTP); letters the map lacks stay; None when fewer than two letters change."""
    letters = row["letters"]
    if sum(c in letters for c in text) < 2:
        return None
    return "".join(letters.get(c, c) for c in text)


def misread(text: str, row: dict) -> str | None:
    """``decode``: the text's bytes in ``codec`` decoded as ``decode`` (GBK read as
    Latin-1, UTF-8 read as GBK, ...); ``encode_errors="replace"``: characters the codec
    lacks are written as '?'; ``decode_errors``: ``ignore`` drops undecodable bytes,
    ``replace`` leaves U+FFFD.  ``times``: how often the round trip happened.
    ``then``: an OpenCC config the garbled text went through afterwards (a copier that
    converts the misread text to simplified characters: 鑲 -> 镶)."""
    out = text
    for _ in range(row.get("times", 1)):
        try:
            raw = out.encode(row["codec"], errors=row.get("encode_errors", "strict"))
        except UnicodeEncodeError:
            return None
        out = raw.decode(row["decode"], errors=row.get("decode_errors", "strict"))
    if row.get("then"):
        out = _converter(row["then"]).convert(out)
    out = unicodedata.normalize("NFC", out)
    if sum(a != b for a, b in zip(out, text, strict=False)) < 2:
        return None
    return out


# start= (end="ascii" / "trail-ascii"): the marks a stretch may start at, its lead byte the
# one lost: "quote" a closing quotation mark, "open-quote" an opening one (“新華 -> 靶氯A).
QUOTE_STARTS = {"quote": "”」", "open-quote": "“「"}


def _slip_to_ascii(text: str, row: dict, rng: random.Random) -> str | None:
    """end="ascii": the stretch starts after a mark or at a Han character and ends right
    before the next half-width punctuation mark (, : ; . ! ?), where the lost byte's
    partner is an ASCII byte and the decoding falls back in step: '?' glued to the mark
    (qmark=false: the lone byte is dropped, no '?'). start="quote": the stretch starts at
    a closing quotation mark (its lead byte is the one lost)."""
    ends = [m.start() for m in re.finditer(r"[,:;.!?]", text)]
    first = (lambda c: c in QUOTE_STARTS[row["start"]]) if row.get("start") else HAN.match
    spans = [
        (start, end)
        for end in ends
        for start in range(max(0, end - 24), end - 7)
        if first(text[start]) and all(not c.isascii() for c in text[start:end])
    ]
    rng.shuffle(spans)
    for start, end in spans[:60]:
        garbled = _shifted(text[start:end], row["codec"], row["qmark"])
        if garbled is not None and (garbled.endswith("?") or not row["qmark"]):
            return text[:start] + garbled + text[end:]
    return None


def _ascii_trail(ch: str, codec: str) -> bool:
    """A two-byte character whose second byte is in the ASCII range (這 = DF 40 in GBK)."""
    try:
        raw = ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and raw[1] < 0x80


def stop_qmarks(text: str, row: dict, rng: random.Random) -> str | None:
    """escape="stop-qmarks-trail": at a full stop followed by a character whose second byte
    in ``row['codec']`` is an ASCII byte, the stop and that character's lead byte each print
    as '?' and the trail byte reads alone as its ASCII character (。縣 -> ??h); the text
    after it is intact."""
    codec = row["codec"]
    stops = [
        i
        for i in range(len(text) - 1)
        if text[i] == "。" and encodable(text[i + 1], codec) and _ascii_trail(text[i + 1], codec)
    ]
    if not stops:
        return None
    i = rng.choice(stops)
    return text[:i] + "??" + chr(text[i + 1].encode(codec)[1]) + text[i + 2 :]


def _slip_to_ascii_trail(text: str, row: dict, rng: random.Random) -> str | None:
    """end="trail-ascii": the stretch starts at a full stop (at="stop"), a closing quotation
    mark (start="quote") or a Han character and ends with the first character whose second
    byte is an ASCII byte; with the first byte lost, that byte is read alone as its ASCII
    character (這 -> '@') and the decoding falls back in step by itself: no '?', no byte
    lost after it."""
    codec = row["codec"]
    if row.get("start"):
        first = lambda c: c in QUOTE_STARTS[row["start"]]  # noqa: E731
    else:
        first = (lambda c: c == "。") if row["at"] == "stop" else HAN.match
    trails = [i for i, c in enumerate(text) if _ascii_trail(c, codec)]
    spans = []
    for end in trails:
        for start in range(max(0, end - 24), end - 6):
            inner = text[start:end]
            if first(text[start]) and all(
                not c.isascii() and not _ascii_trail(c, codec) for c in inner
            ):
                spans.append((start, end + 1))
    rng.shuffle(spans)
    for start, end in spans[:60]:
        stretch = text[start:end]
        if not encodable(stretch, codec):
            continue
        try:
            garbled = stretch.encode(codec)[1:].decode(codec)
        except UnicodeDecodeError:
            continue
        if "?" in garbled or "\ufffd" in garbled:
            continue
        if sum(a != b for a, b in zip(garbled, stretch, strict=False)) >= 2:
            return text[:start] + garbled + text[end:]
    return None


def _shifted(stretch: str, codec: str, qmark: bool) -> str | None:
    """``stretch`` encoded, its first byte dropped, decoded again (None: not a usable slip)."""
    if len(stretch) < 8 or not encodable(stretch, codec):
        return None
    raw = stretch.encode(codec)
    if qmark:
        garbled = raw[1:].decode(codec, errors="replace").replace("\ufffd", "?")
        if "?" not in garbled:
            return None
    else:  # every shifted pair decodes: the slip leaves no '?' (the odd last byte is lost)
        try:
            garbled = raw[1:-1].decode(codec)
        except UnicodeDecodeError:
            return None
        if "?" in garbled or "\ufffd" in garbled:
            return None
    if sum(a != b for a, b in zip(garbled, stretch, strict=False)) < 2:
        return None
    return garbled


@functools.cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)
