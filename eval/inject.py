"""The variant tables (``eval/variants/*.json``) and the functions that write one variant.

Each table row is one variant observed on real pages: ``id``, ``split`` (``tuned`` or
``held-out``), ``example`` and ``where`` (the page it was seen on), plus the parameters
its phenomenon needs.  ``build.py`` (whole pages) and ``matrix.py`` (the per-variant test
cases) both write variants through these functions, so a page and a matrix case show a
variant the same way.

Needs only the standard library, ``opencc`` and ``pypinyin``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from functools import cache
from pathlib import Path

import opencc
from pypinyin import Style, lazy_pinyin

HERE = Path(__file__).resolve().parent
VARIANTS = HERE / "variants"
PHENOMENA = ("spam", "pinyin", "mojibake", "byline", "notice", "furniture", "caption", "conversion")

T2S = opencc.OpenCC("t2s")
S2T = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk", "s2twp")}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
TONED = re.compile(f"[{TONE_VOWELS}]")


def stable_hash(text: str) -> int:
    """A hash that does not change between runs (``hash()`` is salted)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def page_split(pid: str) -> str:
    """One page in five is held out, chosen by a hash of its id (no hand-picked list)."""
    return "held-out" if stable_hash(f"newsclean-eval-split:{pid}") % 5 == 0 else "tuned"


@cache
def table(phenomenon: str) -> tuple[dict, ...]:
    data = json.loads((VARIANTS / f"{phenomenon}.json").read_text(encoding="utf-8"))
    rows = tuple(data["variants"])
    for row in rows:
        if row["split"] not in ("tuned", "held-out"):
            raise ValueError(f"{phenomenon}: {row['id']} has split {row['split']!r}")
        if row.get("rotated") and row["split"] != "tuned":
            raise ValueError(f"{phenomenon}: {row['id']} is rotated but not tuned")
    return rows


def rows(phenomenon: str, split: str | None = None, **match: object) -> list[dict]:
    """The rows of a table, of one split and with the given field values."""
    return [
        r
        for r in table(phenomenon)
        if (split is None or r["split"] == split) and all(r.get(k) == v for k, v in match.items())
    ]


def all_rows() -> list[dict]:
    return [dict(r, phenomenon=p) for p in PHENOMENA for r in table(p)]


TABLE_TITLES = {
    "spam": "Spam lines and spam blocks",
    "pinyin": "Pinyin glosses (and real pinyin that must survive)",
    "mojibake": "GBK and Big5 byte slips (mojibake)",
    "byline": "Bylines, dates, reporter credits, editor lines",
    "notice": "Copyright and reprint notices",
    "furniture": "Page furniture and tool lines",
    "caption": "Captions and photo credits",
    "conversion": "Conversion of simplified originals",
}


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _form(row: dict) -> str:
    skip = {"id", "split", "added", "rotated", "example", "where", "phenomenon"}
    parts = [f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in row.items() if k not in skip]
    return _cell(", ".join(parts))


def _split(row: dict) -> str:
    """The split cell: rows added in a later round say so (``held-out (round3)``), and
    held-out rows moved to the tuned side after developers read them say when
    (``tuned (round3, rotated round4)``, ``tuned (rotated round4)``)."""
    notes = [row["added"]] if row.get("added") else []
    if row.get("rotated"):
        notes.append(f"rotated {row['rotated']}")
    return f"{row['split']} ({', '.join(notes)})" if notes else row["split"]


def markdown_tables() -> str:
    """The variant tables as Markdown, for eval/README.md (``build.py --check`` compares)."""
    out = []
    for phenomenon in PHENOMENA:
        data = json.loads((VARIANTS / f"{phenomenon}.json").read_text(encoding="utf-8"))
        out += [f"#### {TABLE_TITLES[phenomenon]} (`variants/{phenomenon}.json`)", ""]
        out += [_cell(data["note"]), ""]
        out += ["| id | split | form | example | where seen |", "| --- | --- | --- | --- | --- |"]
        for row in data["variants"]:
            out.append(
                f"| `{row['id']}` | {_split(row)} | {_form(row)} | {_cell(row['example'])} "
                f"| {_cell(row['where'])} |"
            )
        out.append("")
    return "\n".join(out)


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


def convert(row: dict, text: str) -> str:
    """A simplified text printed as a conversion row prints it: its OpenCC ``config``,
    then ``after`` (a character map some converters apply on top, e.g. rare variant
    forms such as 回 -> 廻)."""
    out = S2T[row["config"]].convert(text)
    after = row.get("after")
    return out.translate(str.maketrans(after)) if after else out


# ------------------------------------------------------------------------------ spam


def spam_line(row: dict, terms: list[str], rng: random.Random) -> str:
    lo, hi = row.get("terms", [4, 10])
    chosen = rng.sample(terms, min(len(terms), rng.randint(lo, hi)))
    marks = row.get("homoglyphs", {})  # Latin letters swapped for look-alikes (av -> αv)
    if marks and not any(c in marks for t in chosen for c in t):
        fits = [t for t in terms if any(c in marks for c in t)]
        if fits:
            chosen[rng.randrange(len(chosen))] = rng.choice(fits)
    chosen = ["".join(marks.get(c, c) for c in t) for t in chosen]
    if row.get("glue") == "number":
        k = rng.randrange(len(chosen))
        chosen[k] = f"{rng.choice(['337p', '72', '999', '2020', '91'])}{chosen[k]}"
    line = row["sep"].join(chosen)
    if row.get("glue") == "repeat":  # the whole list printed twice, glued without a joiner
        line += line
    line = row.get("prefix", "") + line  # a label the hijack template prints first
    if row.get("glue") == "domain":
        line += row["sep"] + f"{rng.choice(['se', 'av', 'hg'])}{rng.choice(terms)}.com"
    if row.get("glue") == "qmark":  # a character the page's encoding lost, after a space
        line += " ?"
    return line


def spam_lines(row: dict, terms: list[str], rng: random.Random) -> list[str]:
    """The lines a shape="line" row prints: the joined line, and with glue="qmark-line"
    a line holding only the '?' the page's encoding left under it."""
    line = spam_line(row, terms, rng)
    return [line, "?"] if row.get("glue") == "qmark-line" else [line]


def spam_templates(row: dict, terms: list[str], rng: random.Random) -> list[str]:
    """shape="templates": one term echoed on consecutive lines, each line a template of
    ``row['templates']`` with ``{term}`` in it (a hijack page's keyword header); a
    template may also hold ``{token}`` (a random 10-character id the farm prints as
    its author), ``{stamp}`` (a random time) and ``{n}`` (a random view count)."""
    term = rng.choice(terms)
    token, stamp, n = "", "", 0
    if any("{token}" in t or "{stamp}" in t for t in row["templates"]):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        token = "".join(rng.choice(alnum) for _ in range(10))
        stamp = (
            f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        )
        n = rng.randint(10, 999)
    return [t.format(term=term, token=token, stamp=stamp, n=n) for t in row["templates"]]


def spam_tags(row: dict, rng: random.Random) -> list[str]:
    """shape="tags": lines of empty nested tags a hijack template leaves in the page text,
    one pair of tag names (``row['pairs']``) a line, every tag with the same random id."""
    ident = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5))
    pairs = rng.sample(row["pairs"], min(len(row["pairs"]), rng.randint(3, 6)))
    bullet = row.get("bullet", "")  # a list bullet the template printed before each line

    def tag(outer: str, *inner: str) -> str:  # a pair nests two tags; a single tag stays empty
        if row.get("nest") and inner:  # nest=true: each tag inside the one before it
            return tag(outer).replace("></", f">{tag(*inner)}</", 1)
        body = "".join(f'<{b} id="{ident}"></{b}>' for b in inner)
        return f'<{outer} id="{ident}">{body}</{outer}>'

    return [bullet + tag(*pair) for pair in pairs]


JAMMER = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~!@#$%^&*()_+-=[]{};:,./?| "


def _jam(rng: random.Random, lo: int = 4, hi: int = 12) -> str:
    return "".join(rng.choice(JAMMER) for _ in range(rng.randint(lo, hi))).strip() or "0"


def spam_jammer(row: dict, terms: list[str], rng: random.Random) -> list[str]:
    """shape="jammer": anti-copy noise a CMS scatters through a page: lines of random
    ASCII around one term (``row['word']`` when given), and lines of noise alone."""
    word = row.get("word") or rng.choice(terms)
    out = [f"{_jam(rng)}{word}{_jam(rng)}" for _ in range(rng.randint(2, 4))]
    out.insert(rng.randrange(len(out) + 1), _jam(rng, 6, 10))
    return out


def title_pieces(title: str, row: dict, rng: random.Random) -> list[str]:
    """The headline cut at its spaces and marks into pieces of 2-6 characters (a hijack
    template that scatters the page's own title words through the text)."""
    out: list[str] = []
    for part in re.split(r"[\s，、：！？“”「」《》,:!?]+", title):
        while len(part) >= 2:
            k = min(len(part), rng.randint(2, 6))
            if len(part) - k == 1:
                k = len(part)
            out.append(part[:k])
            part = part[k:]
    return out


def scatter_pieces(title: str, terms: list[str], row: dict, rng: random.Random) -> list[str]:
    """What a shape="scatter" row glues into the paragraphs: pieces of the headline, with
    pieces="term" one spam term (a brand name pushed into the sentences), with
    pieces="text" the row's fixed ``text`` (a copy site's name and domain, its watermark)."""
    if row.get("pieces") == "text":
        return [row["text"]]
    if row.get("pieces") == "term":
        return [rng.choice(terms)] if terms else []
    return title_pieces(title, row, rng)


def scatter(text: str, pieces: list[str], row: dict, rng: random.Random) -> str:
    """``pieces`` (in order, cycling) glued after marks of ``text`` (row ``after``: which
    marks), at most ``count`` of them."""
    if not pieces:
        return text
    marks = [i + 1 for i, c in enumerate(text) if c in row.get("after", "、，。")]
    lo, hi = row.get("count", [2, 4])
    at = sorted(rng.sample(marks, min(len(marks), rng.randint(lo, hi))))
    start = rng.randrange(len(pieces))
    out, prev = [], 0
    for n, i in enumerate(at):
        out += [text[prev:i], pieces[(start + n) % len(pieces)]]
        prev = i
    return "".join(out) + text[prev:]


def spam_block(row: dict, terms: list[str], rng: random.Random) -> list[str]:
    per_line = row.get("per_line", 1)
    n = rng.randint(3, 6)
    chosen = rng.sample(terms, min(len(terms), n * per_line))
    return [" ".join(chosen[i : i + per_line]) for i in range(0, len(chosen), per_line)]


# ------------------------------------------------------------------------------ pinyin


def _readings(text: str, context: bool = True) -> list[str | None]:
    """A tone-marked reading for each character of ``text`` (None: not Han, or toneless).

    ``context=False``: the reading of each character looked up alone (its first
    reading), as mirrors that gloss 部長(cháng) do, instead of the reading in context."""
    out: list[str | None] = [None] * len(text)
    for m in HAN_RUN.finditer(text):
        run = lazy_pinyin(m.group(), style=Style.TONE) if context else []
        if len(run) != len(m.group()):
            run = [lazy_pinyin(ch, style=Style.TONE)[0] for ch in m.group()]
        for k, r in enumerate(run):
            out[m.start() + k] = r if TONED.search(r) else None
    return out


def toneless(reading: str) -> str:
    """A tone-marked reading with its tone marks dropped (``fā`` -> ``fa``, ``lǜ`` -> ``lu``)."""
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


def gloss(reading: str, form: dict) -> str:
    """One gloss as ``form`` writes it: ``lost_tone`` (a '?' for each tone-marked vowel),
    ``toneless`` (the reading without its tone marks), spaces before, inside and after,
    ``space_close`` (a space before the closing bracket only)."""
    if form.get("lost_tone"):
        reading = TONED.sub("?", reading)
    if form.get("toneless"):
        reading = toneless(reading)
    inner = form.get("space_inside", "")
    before, after = form.get("space_before", ""), form.get("space_after", "")
    close = form.get("space_close", "") + form["close"]  # a space before the closing bracket only
    return f"{before}{form['open']}{inner}{reading}{inner}{close}{after}"


def glue_pinyin(reading_source: str, shown: str, chars: set[str], form: dict) -> tuple[str, int]:
    """Glue a gloss after each character of ``shown`` in ``chars`` (unit=char) or after
    each two-character word starting with one (unit=word).  Readings are taken from
    ``reading_source`` (the simplified text) when it lines up with ``shown``."""
    rd = _readings(
        reading_source if len(reading_source) == len(shown) else shown,
        context=form.get("context", True),
    )
    parts: list[str] = []
    n = 0
    i = 0
    while i < len(shown):
        ch = shown[i]
        if ch in chars and rd[i]:
            if form.get("unit") == "word" and i + 1 < len(shown) and rd[i + 1]:
                parts.append(shown[i : i + 2] + gloss(f"{rd[i]} {rd[i + 1]}", form))
                i += 2
            else:
                parts.append(ch + gloss(rd[i] or "", form))
                i += 1
            n += 1
            continue
        parts.append(ch)
        i += 1
    return "".join(parts), n


# ------------------------------------------------------------------------------ mojibake


def slip(text: str, row: dict, rng: random.Random) -> str | None:
    """Shift one stretch of ``text`` by one byte in ``row['codec']`` (or, with ``decode``, read
    it back in the wrong codec: the whole paragraph when ``at="all"``); None if none fits."""
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


def misread(text: str, row: dict) -> str | None:
    """``decode``: the text's bytes in ``codec`` decoded as ``decode`` (GBK read as
    Latin-1, UTF-8 read as GBK, ...); ``encode_errors="replace"``: characters the codec
    lacks are written as '?'; ``decode_errors``: ``ignore`` drops undecodable bytes,
    ``replace`` leaves U+FFFD.  ``times``: how often the round trip happened."""
    out = text
    for _ in range(row.get("times", 1)):
        try:
            raw = out.encode(row["codec"], errors=row.get("encode_errors", "strict"))
        except UnicodeEncodeError:
            return None
        out = raw.decode(row["decode"], errors=row.get("decode_errors", "strict"))
    out = unicodedata.normalize("NFC", out)
    if sum(a != b for a, b in zip(out, text, strict=False)) < 2:
        return None
    return out


def _slip_to_ascii(text: str, row: dict, rng: random.Random) -> str | None:
    """end="ascii": the stretch starts after a mark or at a Han character and ends right
    before the next half-width punctuation mark (, : ; . ! ?), where the lost byte's
    partner is an ASCII byte and the decoding falls back in step: '?' glued to the mark
    (qmark=false: the lone byte is dropped, no '?'). start="quote": the stretch starts at
    a closing quotation mark (its lead byte is the one lost)."""
    ends = [m.start() for m in re.finditer(r"[,:;.!?]", text)]
    first = (lambda c: c in "”」") if row.get("start") == "quote" else HAN.match
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


def _slip_to_ascii_trail(text: str, row: dict, rng: random.Random) -> str | None:
    """end="trail-ascii": the stretch starts at a full stop (at="stop"), a closing quotation
    mark (start="quote") or a Han character and ends with the first character whose second
    byte is an ASCII byte; with the first byte lost, that byte is read alone as its ASCII
    character (這 -> '@') and the decoding falls back in step by itself: no '?', no byte
    lost after it."""
    codec = row["codec"]
    if row.get("start") == "quote":
        first = lambda c: c in "”」"  # noqa: E731
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


# ------------------------------------------------------------------------------ bylines

WEEKDAYS = "一二三四五六日"
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def date_parts(iso: str | None) -> tuple[int, int, int, int | None, int | None, int | None] | None:
    if not iso:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?", iso)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if m[4] is None:
        return y, mo, d, None, None, None
    return y, mo, d, int(m[4]), int(m[5]), int(m[6])


def render_date(fmt: str, iso: str | None) -> tuple[str, str] | None:
    """(text on the page, gold published_at) of the original's date in format ``fmt``."""
    parts = date_parts(iso)
    if parts is None:
        return None
    y, mo, d, hh, mi, ss = parts
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    has_time = hh is not None
    hh, mi, ss = hh or 0, mi or 0, ss or 0
    zone = "+08:00"
    wd = WEEKDAYS[dt.date(y, mo, d).weekday()]
    seconds_shown = False
    if fmt == "dash-sec":
        text = day + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "dash-min":
        text = day + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "slash-pad-sec":
        text = f"{y}/{mo:02d}/{d:02d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "dash-sec-weekday":
        text = day + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "") + f" 星期{wd}"
        seconds_shown = True
    elif fmt == "dash-sec-nopad-hour":
        text = day + (f" {hh}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "roc-dash":
        text = f"{y - 1911}-{mo:02d}-{d:02d}"
        has_time = False
    elif fmt == "slash-nopad":
        text = f"{y}/{mo}/{d}" + (f" {hh}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-min":
        text = f"{y}年{mo:02d}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-glued":
        text = f"{y}年{mo:02d}月{d:02d}日" + (f"{hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-weekday":
        text = f"{y}年{mo:02d}月{d:02d}日 星期{wd}" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-nopad-month":  # 2015年1月09日: the month unpadded, the day padded
        text = f"{y}年{mo}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "cjk-weekday-glued":  # 2017年12月19日星期二: a blog's date header, no time
        text = f"{y}年{mo}月{d}日星期{wd}"
        has_time = False
    elif fmt == "dmy-slash-short":  # 30/11/06: day first, two-digit year, no time
        text = f"{d:02d}/{mo:02d}/{y % 100:02d}"
        has_time = False
    elif fmt == "dash-nopad":  # 2017-12-5: month and day unpadded, no time
        text = f"{y}-{mo}-{d}"
        has_time = False
    elif fmt == "cjk-weekday-sec":  # 2024年10月01日 星期二 11:26:21: a page head clock
        text = f"{y}年{mo:02d}月{d:02d}日 星期{wd}" + (
            f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "roc-slash":  # 113/12/11: ROC year, slashes, no time
        text = f"{y - 1911}/{mo:02d}/{d:02d}"
        has_time = False
    elif fmt == "dot-date":  # 2009.09.09: dots, no time
        text = f"{y}.{mo:02d}.{d:02d}"
        has_time = False
    elif fmt == "en-weekday-mdy":  # Tuesday, May 7, 2024: an English date header, no time
        text = f"{EN_WEEKDAYS[dt.date(y, mo, d).weekday()]}, {EN_MONTHS[mo - 1]} {d}, {y}"
        has_time = False
    elif fmt == "slash-nopad-sec":  # 2020/3/17 9:39:00: nothing padded but minutes, seconds
        text = f"{y}/{mo}/{d}" + (f" {hh}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "year-space-slash-sec":  # 2024 06/01 20:28:37: the year apart, month/day
        text = f"{y} {mo:02d}/{d:02d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "slash-nopad-date":  # 2021/7/20: slashes, nothing padded, no time
        text = f"{y}/{mo}/{d}"
        has_time = False
    elif fmt == "en-mdy-ampm":  # Feb 08, 2022 08:11 PM: English month first, 12-hour clock
        text = f"{EN_MONTHS[mo - 1][:3]} {d:02d}, {y}"
        if has_time:
            text += f" {(hh % 12) or 12:02d}:{mi:02d} {'AM' if hh < 12 else 'PM'}"
    elif fmt == "cjk-spaced":  # 2014 年 01 月 03 日: a space on each side of 年 月 日, no time
        text = f"{y} 年 {mo:02d} 月 {d:02d} 日"
        has_time = False
    elif fmt == "cjk-glued-sec":  # 2025年03月11日18:42:07: the time glued to 日, with seconds
        text = f"{y}年{mo:02d}月{d:02d}日" + (f"{hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "cjk-weekday-en-mdy":  # 2016年5月13日(周五)(Friday) May 13, 2016: bilingual
        en_wd = EN_WEEKDAYS[dt.date(y, mo, d).weekday()]
        text = f"{y}年{mo}月{d}日(周{wd})({en_wd}) {EN_MONTHS[mo - 1]} {d}, {y}"
        has_time = False
    elif fmt == "dmy-slash":  # 25/04/2017: day first, four-digit year, no time
        text = f"{d:02d}/{mo:02d}/{y}"
        has_time = False
    elif fmt == "dmy-mon-sec-utc8":  # 18-Sep-2009 14:47:02 (UTC+8): a repository's upload time
        text = f"{d:02d}-{EN_MONTHS[mo - 1][:3]}-{y}" + (
            f" {hh:02d}:{mi:02d}:{ss:02d} (UTC+8)" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "iso-offset8":  # 2023-01-31T13:13:58+08:00: ISO 8601 with its zone, as printed
        text = day + (f"T{hh:02d}:{mi:02d}:{ss:02d}+08:00" if has_time else "")
        seconds_shown = True
    elif fmt == "cjk-weekday-hms-cst":  # 2003年10月13日 周一 02時17分56秒 CST: a CMS's update stamp
        text = f"{y}年{mo}月{d}日 周{wd}" + (
            f" {hh:02d}時{mi:02d}分{ss:02d}秒 CST" if has_time else ""
        )
        seconds_shown = True
    elif fmt == "cjk-nopad-date":  # 2008年6月27日: characters, nothing padded, no time
        text = f"{y}年{mo}月{d}日"
        has_time = False
    elif fmt == "slash-ampm-glued":  # 2019/05/12上午08:30: 上午/下午 glued, 12-hour clock
        half = "上午" if hh < 12 else "下午"
        clock = f"{half}{(hh % 12) or 12:02d}:{mi:02d}"
        text = f"{y}/{mo:02d}/{d:02d}" + (clock if has_time else "")
    elif fmt == "cjk-sec-ampm-lower":  # 2006年05月19日 11:15:52 am: 12-hour, am/pm after
        clock = f"{(hh % 12) or 12:02d}:{mi:02d}:{ss:02d} {'am' if hh < 12 else 'pm'}"
        text = f"{y}年{mo:02d}月{d:02d}日" + (f" {clock}" if has_time else "")
        seconds_shown = True
    elif fmt == "dot-nopad-date":  # 2011.6.12: dots, month and day unpadded, no time
        text = f"{y}.{mo}.{d}"
        has_time = False
    elif fmt == "dash-nopad-sec":  # 2026-2-15 11:20:25: month and day unpadded, seconds
        text = f"{y}-{mo}-{d}" + (f" {hh:02d}:{mi:02d}:{ss:02d}" if has_time else "")
        seconds_shown = True
    elif fmt == "slash-emdash-min":  # 2016/12/12 — 20:31: an em dash between date and time
        text = f"{y}/{mo:02d}/{d:02d}" + (f" — {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "dot":
        text = f"{y}.{mo:02d}.{d:02d}" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "roc":
        text = f"民國{y - 1911}年{mo:02d}月{d:02d}日" + (f" {hh:02d}:{mi:02d}" if has_time else "")
    elif fmt == "weekday-first-spaced":
        text = f"星期{wd} {y}年 {mo}月 {d}日"
        has_time = False
    elif fmt == "roc-weekday":
        text = f"中華民國{y - 1911}年{mo}月{d}日星期{wd}"
        has_time = False
    elif fmt == "ampm":
        half = "上午" if hh < 12 else "下午"
        h12 = hh if hh <= 12 else hh - 12
        text = f"{y}年{mo}月{d}日" + (f" {half}{h12}:{mi:02d}" if has_time else "")
    elif fmt == "time-first-hkt":
        text = (f"{hh:02d}:{mi:02d} " if has_time else "") + day + (" HKT" if has_time else "")
    elif fmt == "utc":
        if has_time:  # the same instant, written in UTC
            when = dt.datetime(y, mo, d, hh, mi, ss) - dt.timedelta(hours=8)
            day = when.strftime("%Y-%m-%d")
            hh, mi, ss = when.hour, when.minute, when.second
            text = f"{day} {hh:02d}:{mi:02d} UTC"
            zone = "+00:00"
        else:
            text = day
    elif fmt == "offset":
        if has_time:  # the page says +09:00: the gold keeps that zone
            text = f"{day}T{hh:02d}:{mi:02d}:{ss:02d}+09:00"
            zone = "+09:00"
            seconds_shown = True
        else:
            text = day
    else:
        raise ValueError(f"unknown date format {fmt!r}")
    if not has_time:
        return text, day
    gold = f"{day}T{hh:02d}:{mi:02d}:{ss if seconds_shown else 0:02d}{zone}"
    return text, gold


def byline_lines(layout: dict, values: dict[str, str | None]) -> list[str]:
    """The byline lines of a layout: each part [text before, field, text after] printed when
    the original has the field; a part whose field is null is text printed as it is (a
    review line such as 二审:黄炎 that names no field of the original).  ``fixed_with``
    (a field name): the null parts are printed only when that field is printed too (the
    later stages of a review chain 一审 / 二审 / 三审 go with the first, the editor; a page
    never shows 二审 and 三审 without 一审)."""
    fixed = values.get(layout["fixed_with"]) if layout.get("fixed_with") else True
    out = []
    for line in layout["lines"]:
        text = "".join(
            f"{pre}{values[field] if field else ''}{post}"
            for pre, field, post in line
            if (fixed if field is None else values[field])
        )
        if text.strip():
            out.append(text.rstrip())
    return out


def credit(row: dict, author: str, iso: str | None, region: str) -> str:
    parts = date_parts(iso)
    year, month, day = (parts[0], parts[1], parts[2]) if parts else (2000, 1, 1)
    place = {
        "taiwan": "台北",
        "hongkong": "香港",
        "macau": "澳門",
        "malaysia": "吉隆坡",
        "singapore": "新加坡",
    }.get(region, "北京")
    return row["template"].format(place=place, year=year, month=month, day=day, author=author)


# ------------------------------------------------------------------------------ notices


def notice(row: dict, site: str, year: str, domain: str) -> str:
    return row["template"].format(site=site, year=year, domain=domain)


# ------------------------------------------------------------------------------ captions


def credited_caption(caption: str, row: dict) -> str:
    text = caption.rstrip()
    if row.get("drop_stop") and text.endswith("。"):
        text = text[:-1]
    return text + row["credit"]
