"""The variant tables (``eval/variants/*.json``) and the functions that write one variant.

Each table row is one variant observed on real pages: ``id``, ``split`` (``tuned`` or
``held-out``), ``example`` and ``where`` (the page it was seen on), plus the parameters
its phenomenon needs.  ``build.py`` (whole pages) and ``matrix_cases.py`` (the per-variant
test cases) both write variants through these functions (byte slips in ``inject_bytes``,
dates and bylines in ``inject_bylines``), so a page and a matrix case show a variant the
same way.

Needs only the standard library, ``opencc`` and ``pypinyin``.
"""

from __future__ import annotations

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


COMMA_MARKS = "，、。？！；,?"  # marks a glossing copy may print a comma before


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
    if row.get("glue") == "dotcom":  # a domain's tail left before one term (.com久久久)
        k = rng.randrange(len(chosen))
        chosen[k] = f".com{chosen[k]}"
    line = row["sep"].join(chosen)
    if row.get("glue") == "repeat":  # the whole list printed twice, glued without a joiner
        line += line
    line = row.get("prefix", "") + line  # a label the hijack template prints first
    line += row.get("suffix", "")  # a label the hijack template prints last (官方网站)
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


def glued_lead(row: dict, terms: list[str], rng: random.Random) -> str:
    """shape="glued-start": what is glued before the first paragraph: one term, or with
    ``terms`` [lo, hi] that many terms joined by ``sep`` (a page's keyword list run into
    its text), then ``join``."""
    if row.get("terms"):
        lo, hi = row["terms"]
        picked = rng.sample(terms, min(len(terms), rng.randint(lo, hi)))
        return row.get("sep", ",").join(picked) + row.get("join", "")
    return rng.choice(terms) + row.get("join", "")


def spam_templates(row: dict, terms: list[str], rng: random.Random) -> list[str]:
    """shape="templates": one term echoed on consecutive lines, each line a template of
    ``row['templates']`` with ``{term}`` in it (a hijack page's keyword header); a
    template may also hold ``{token}`` (a random 10-character id the farm prints as
    its author), ``{stamp}`` (a random time), ``{n}`` (a random view count) and ``{term2}``
    (a second term)."""
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
    # {term2}: a second term on the same header (a farm's previous / next links name two)
    term2 = rng.choice(terms) if any("{term2}" in t for t in row["templates"]) else ""
    return [
        t.format(term=term, term2=term2, token=token, stamp=stamp, n=n) for t in row["templates"]
    ]


def spam_tags(row: dict, rng: random.Random) -> list[str]:
    """shape="tags": lines of empty nested tags a hijack template leaves in the page text,
    one pair of tag names (``row['pairs']``) a line, every tag with the same random id."""
    ident = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5))
    pairs = rng.sample(row["pairs"], min(len(row["pairs"]), rng.randint(3, 6)))
    bullet = row.get("bullet", "")  # a list bullet the template printed before each line

    def tag(outer: str, *inner: str) -> str:  # a pair nests two tags; a single tag stays empty
        if row.get("nest") and inner:  # nest=true: each tag inside the one before it
            return tag(outer).replace("></", f">{tag(*inner)}</", 1)
        if row.get("side") and inner:  # side=true: the pair's tags side by side, both empty
            return "".join(tag(name) for name in (outer, *inner))
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


def frame_title(title: str, framed: str, row: dict) -> str:
    """The headline with a framed spam term glued to it: before it, after it
    (``after``), or inside it after its first ``inside`` characters; ``prefix`` is
    fixed text glued before the whole (a copier's 原创 label)."""
    if row.get("inside"):
        cut = row["inside"]
        head = title[:cut] + framed + title[cut:]
    else:
        head = title + framed if row.get("after") else framed + title
    return row.get("prefix", "") + head


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
    pieces="text" the row's fixed ``text`` (a copy site's name and domain, its watermark),
    with pieces="list" the row's ``list`` of marks (emoji pushed in front of commas), with
    pieces="tokens" random lower-case ids of ``length`` letters and digits (a copy's
    tracking marks after its full stops)."""
    if row.get("pieces") == "text":
        return [row["text"]]
    if row.get("pieces") == "term":  # tail: text glued after the term (a second comma)
        return [rng.choice(terms) + row.get("tail", "")] if terms else []
    if row.get("pieces") == "list":  # the row's own marks (emoji), cycled from a random one
        return list(row["list"])
    if row.get("pieces") == "tokens":  # random lower-case ids, ``length`` letters or digits
        lo, hi = row["length"]
        abc = "abcdefghijklmnopqrstuvwxyz0123456789"
        return ["".join(rng.choices(abc, k=rng.randint(lo, hi))) for _ in range(8)]
    return title_pieces(title, row, rng)


def scatter(text: str, pieces: list[str], row: dict, rng: random.Random) -> str:
    """``pieces`` (in order, cycling) glued after marks of ``text`` (row ``after``: which
    marks; ``before``: in front of them instead; ``anywhere``: between any two characters
    that are not both spaces, inside words too, but not inside or before a gloss's
    brackets), at most ``count`` of them."""
    if not pieces:
        return text
    shift = 0 if row.get("before") else 1  # before=true: glued in front of the mark
    marks = [i + shift for i, c in enumerate(text) if c in row.get("after", "、，。")]
    if row.get("anywhere"):  # anywhere=true: between any two printed characters, no mark
        marks, depth = [], 0  # never inside a mirror's gloss, nor between a character and it
        for i in range(1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i - 1], 0)
            if depth == 0 and text[i] != "(" and not (text[i - 1] + text[i]).isspace():
                marks.append(i)
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
    sep, label = row.get("sep", " "), row.get("label", "")
    lines = [sep.join(chosen[i : i + per_line]) for i in range(0, len(chosen), per_line)]
    return [label.format(n=k + 1) + line for k, line in enumerate(lines)]


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


def toneless_v(reading: str) -> str:
    """A tone-marked reading with its tone marks dropped and ü written v (``lǜ`` -> ``lv``)."""
    decomposed = unicodedata.normalize("NFD", reading)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept).replace("ü", "v")


def gloss(reading: str, form: dict) -> str:
    """One gloss as ``form`` writes it: ``lost_tone`` (a '?' for each tone-marked vowel),
    ``toneless`` (the reading without its tone marks), ``v_for_u`` (without its tone marks,
    ü written v), spaces before, inside and after,
    ``space_close`` (a space before the closing bracket only)."""
    if form.get("lost_tone"):
        reading = TONED.sub("?", reading)
    if form.get("toneless"):
        reading = toneless(reading)
    if form.get("v_for_u"):  # a toneless reading with ü typed as v (lǜ -> lv), as IMEs do
        reading = toneless_v(reading)
    inner = form.get("space_inside", "")
    before, after = form.get("space_before", ""), form.get("space_after", "")
    close = form.get("space_close", "") + form["close"]  # a space before the closing bracket only
    return f"{before}{form['open']}{inner}{reading}{inner}{close}{after}"


def _repeats(ch: str, form: dict) -> int:
    """How often a character's gloss is printed: ``repeat`` [lo, hi] (a copy that ran its
    replacement once per occurrence, 點(dian)(dian) 數(shu)(shu)(shu)): the count comes from a
    hash of the character, so a character always carries the same number; 1 without it."""
    lo, hi = form.get("repeat", (1, 1))
    return lo + stable_hash(f"gloss-repeat:{ch}") % (hi - lo + 1)


def _char_form(ch: str, form: dict) -> dict:
    """``space_close_share``: a copy whose reading table carries a trailing space on some
    characters only (會(huì ) beside 訪(fǎng)): a space before the closing bracket on that share
    of the characters, chosen by a hash of the character (no random draw), none on the rest."""
    share = form.get("space_close_share")
    if share is None:
        return form
    spaced = stable_hash(f"gloss-space-close:{ch}") % 100 < share * 100
    return {**form, "space_close": " " if spaced else ""}


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
                sep = form.get("syllable_sep", " ")  # what joins the word's syllables
                parts.append(shown[i : i + 2] + gloss(f"{rd[i]}{sep}{rd[i + 1]}", form))
                i += 2
            else:
                parts.append(ch + gloss(rd[i] or "", _char_form(ch, form)) * _repeats(ch, form))
                i += 1
            n += 1
            continue
        parts.append(ch)
        i += 1
    return "".join(parts), n


# ------------------------------------------------------------------------------ notices


def notice(row: dict, site: str, year: str, domain: str, title: str = "", date: str = "") -> str:
    """The notice as printed; {title} = the page's headline (a copy farm's disclaimer
    names the article it sits on); {date} = the original's date as YYYY-MM-DD (a reposting
    forum's source line, 新闻资料来源:马祖日报--2016-11-20; the builder leaves such a row out on
    an undated original)."""
    return row["template"].format(
        site=site, year=year, domain=domain, title=title or site, date=date or f"{year}-01-01"
    )


def comma_before_marks(text: str, rate: float) -> str:
    """A glossing copy's noise: a half-width comma printed before a share ``rate`` of the
    punctuation marks (10月27日,,市委 / 調研,。 / 在哪兒,?).  Which marks is decided by a
    hash of the text and the position, so no page's random draws change."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch in COMMA_MARKS and stable_hash(f"comma:{text}:{i}") % 100 < rate * 100:
            out.append(",")
        out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------ captions


def credited_caption(caption: str, row: dict) -> str:
    text = caption.rstrip()
    if row.get("drop_stop") and text.endswith("。"):
        text = text[:-1]
    return text + row["credit"]
