#!/usr/bin/env python3
"""Build the evaluation corpus: originals -> polluted pages + gold.

Every page in ``eval/pages/`` is rendered from one structured original in
``eval/originals/`` the way mirror / hijacked sites mangle an article, using ONLY the
variants listed in ``eval/variants/*.json`` (each seen on a real page, see README).
The gold (``eval/gold/NNN.json``) is derived from the original and from the choices
made here, never from newsclean's output.

Nothing is chosen per page by hand: a page's split (one in five held out, by a hash of
its id), its kind (trap when the original is a crime report, else clean or polluted)
and every pollution choice come from the original (script, region, fields, text) and
one ``random.Random`` seeded with the page id.  A held-out page draws only from the
held-out rows of each variant table and from held-out spam terms; a tuned page only
from the tuned ones.  New originals drop in without code changes.

    python eval/build.py            # (re)write pages/ and gold/
    python eval/build.py --check    # verify the committed files reproduce byte-identically

Needs only the standard library, ``opencc`` and ``pypinyin``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inject
import inject_bylines
import inject_bytes
from inject import HAN, S2T, T2S, encodable, page_split, rows, stable_hash

HERE = Path(__file__).resolve().parent
ORIGINALS = HERE / "originals"
PAGES = HERE / "pages"
GOLD = HERE / "gold"
LEXICON = HERE / "data" / "spam_lexicon.txt"
README = HERE / "README.md"
SEED = "newsclean-eval-v2"

# A crime report is a "trap" page: its real sentences are full of spam-like words, so it
# gets no injected spam and measures false positives.  Judged on the original's text.
CRIME_WORDS = (
    "赌", "賭", "博彩", "假证", "假證", "色情", "淫秽", "诈骗", "詐騙", "騙", "传销",
    "毒品", "制假", "卖淫", "彩票", "假冒", "窝点", "涉黄", "涉赌",
)  # fmt: skip
TRAP_DENSITY = 5.0  # crime words per 1000 characters of the paragraphs
CREDITED = re.compile(r"[)）摄攝]\s*$")
GLOSS = re.compile(r"\s?[(（][^()（）\u3400-\u9fff]*[)）]\s?")  # a mirror gloss, any form


@dataclass
class Line:
    text: str
    cat: str  # title meta caption body heading editor copyright spam nav
    mojibake: bool = False
    plain: str = ""  # the printed text without glosses or slips (the gold's source)
    reading_source: str = ""  # the simplified text the glosses' readings come from
    group: int = 0  # lines of one block are printed without blank lines between them


@dataclass
class Page:
    pid: str
    orig: dict
    split: str
    kind: str
    rng: random.Random
    used: list[str] = field(default_factory=list)

    def pick(self, phenomenon: str, **match: object) -> dict | None:
        pool = rows(phenomenon, self.split, **match)
        if not pool:
            return None
        row = self.rng.choice(pool)
        self.used.append(row["id"])
        return row


def load_lexicon() -> dict[str, list[str]]:
    """Spam terms by split: a fifth of the terms (by hash) only ever appear on held-out pages."""
    out: dict[str, list[str]] = {"tuned": [], "held-out": []}
    for raw in LEXICON.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            term = raw.split("\t")[0].strip()
            out["held-out" if stable_hash(f"term:{term}") % 5 == 0 else "tuned"].append(term)
    return out


def is_trap(orig: dict) -> bool:
    text = "".join(orig["paragraphs"])
    hits = sum(text.count(w) for w in CRIME_WORDS)
    return bool(text) and 1000 * hits / len(text) >= TRAP_DENSITY


def region_of(orig: dict) -> str:
    region = orig["origin"].get("region")
    if region:
        return str(region)
    return "mainland" if orig["script"] == "simplified" else "taiwan"


def site_of(orig: dict) -> tuple[str, str]:
    site = (orig["source"] or orig["origin"].get("site") or "本网").split(" (")[0]
    domain = urlparse(orig["origin"].get("url") or "").hostname or "news.example.cn"
    return site, domain


# ------------------------------------------------------------------------------ one page


def build_page(pid: str, orig: dict, terms: dict[str, list[str]]) -> tuple[bytes, dict]:
    rng = random.Random(f"{SEED}:{pid}")
    split = page_split(pid)
    kind = "trap" if is_trap(orig) else ("clean" if rng.random() < 0.12 else "polluted")
    page = Page(pid, orig, split, kind, rng)
    polluted = kind == "polluted"
    trad_orig = orig["script"] == "traditional"
    region = region_of(orig)

    # --- conversion of a simplified original (mirror sites print it in traditional)
    conv = None
    conv_row: dict = {}
    if orig["script"] == "simplified" and polluted and rng.random() < 0.6:
        row = page.pick("conversion")
        conv = row["config"] if row else None
        conv_row = row or {}
    printed_trad = trad_orig or conv is not None

    # --- the article, in the original's script; categories known
    article: list[Line] = []
    if orig["title"]:
        article.append(Line(orig["title"], "title"))
    paragraphs = list(orig["paragraphs"])
    headings = set(orig["headings"])
    author = orig["author"]
    credit_row = None
    if author and paragraphs and author not in paragraphs[0] and rng.random() < 0.3:
        credit_row = page.pick("byline", kind="credit")
        if credit_row:
            first = inject_bylines.credit(credit_row, author, orig["published_at"], region)
            paragraphs[0] = first + paragraphs[0]
    mirror = polluted and printed_trad and rng.random() < 0.75
    keep_row = None
    if not mirror and rng.random() < 0.3 and len(paragraphs) >= 2:
        keep_row = page.pick("pinyin", kind="keep")
        if keep_row:
            text = keep_row["example"]
            paragraphs.insert(1, S2T["s2t"].convert(text) if trad_orig else text)

    layout = page.pick("byline", kind="layout")
    date_row = page.pick("byline", kind="date")
    shown = (
        inject_bylines.render_date(date_row["format"], orig["published_at"]) if date_row else None
    )
    date_text, gold_date = shown if shown else (None, None)
    editor_in_byline = bool(
        layout and any(f == "editor" for ln in layout["lines"] for _, f, _ in ln)
    )
    values = {
        "date": date_text,
        "source": orig["source"],
        "author": None if credit_row else author,
        "editor": orig["editor"] if editor_in_byline else None,
    }
    meta = inject_bylines.byline_lines(layout, values) if layout else []
    # A field the layout does not print cannot be read: the gold leaves it empty.
    printed_fields = {f for ln in layout["lines"] for _, f, _ in ln} if layout else set()
    if "date" not in printed_fields:
        gold_date = None
    # The gold author is the author only where the page prints it: in the byline, in a
    # credit, or in the article's own text (``（记者胡浩）``).
    # (A layout prints the author only when it has a value: with a credit in the first
    # paragraph the byline's author part is left out, and a credit that names no
    # reporter (星岛日报讯) then prints the author nowhere.)
    in_layout = bool(values["author"] and "author" in printed_fields)
    printed_author = (
        author
        if (
            (credit_row and "{author}" in credit_row["template"])
            or in_layout
            or any(author in p for p in paragraphs if author)
        )
        else None
    )
    if trad_orig:
        meta = [S2T["s2t"].convert(t) for t in meta]
    meta_first = rng.random() < 0.85
    if meta_first:
        article += [Line(t, "meta") for t in meta]

    captions = list(orig["captions"])
    if captions and polluted and rng.random() < 0.6:
        row = page.pick("caption", kind="credit")
        if row:  # a caption that already ends in a credit keeps it
            captions = [
                c if CREDITED.search(c) else inject.credited_caption(c, row) for c in captions
            ]
    elif not captions and polluted and rng.random() < 0.4:
        row = page.pick("caption", kind="line")
        if row:  # a caption seen on a real page, in the script of the article
            captions = [S2T["s2t"].convert(row["text"]) if trad_orig else T2S.convert(row["text"])]
    caption_lines = [Line(c, "caption") for c in captions]
    body_lines = [Line(p, "heading" if p in headings else "body") for p in paragraphs]
    if caption_lines and rng.random() < 0.5:
        article += caption_lines + body_lines
    else:
        article += body_lines[:1] + caption_lines + body_lines[1:]
    if not meta_first:
        article += [Line(t, "meta") for t in meta]
    editor_printed = editor_in_byline
    if orig["editor"] and not editor_in_byline:
        row = page.pick("byline", kind="editor")
        if row:
            editor_printed = True
            ed = row["template"].format(editor=orig["editor"])
            article.append(Line(S2T["s2t"].convert(ed) if trad_orig else ed, "editor"))
    site, domain = site_of(orig)
    notice_text, notice_top = orig["copyright"], False
    if notice_text is None and polluted and rng.random() < 0.5:
        row = page.pick("notice")
        if row:
            year = (orig["published_at"] or "2024")[:4]
            notice_text = inject.notice(row, site, year, domain)
            notice_top = row["position"] == "top"
            if trad_orig:
                notice_text = S2T["s2t"].convert(notice_text)
    if notice_text:
        line = Line(notice_text, "copyright")
        article.insert(0, line) if notice_top else article.append(line)

    # --- conversion, then mirror glosses (readings from the simplified text)
    for ln in article:
        source = ln.text if not trad_orig else T2S.convert(ln.text)
        ln.plain = inject.convert(conv_row, ln.text) if conv else ln.text
        ln.text = ln.plain
        ln.reading_source = source
    pinyin_total = 0
    nav_gloss: tuple[dict, set[str]] | None = None  # glosses on tool lines (place "nav")
    if mirror:
        form = page.pick("pinyin", kind="form")
        density = page.pick("pinyin", kind="density")
        places = {"body", "heading"}
        for place_row in rows("pinyin", split, kind="place"):
            if rng.random() < 0.5:
                places.add(place_row["place"])
                page.used.append(place_row["id"])
        if form and density:
            changed = sorted(
                {c for ln in article for c in ln.plain if HAN.match(c) and T2S.convert(c) != c}
            )
            same = sorted({c for ln in article for c in ln.plain if HAN.match(c)} - set(changed))
            lo, hi = density["chars"]
            k1 = min(len(changed), rng.randint(lo, hi))
            k2 = min(len(same), max(2, rng.randint(lo, hi) // 4))
            chars = set(rng.sample(changed, k1)) | set(rng.sample(same, k2))
            if "nav" in places:
                nav_gloss = (form, chars)
            for ln in article:
                if ln.cat in places:
                    ln.text, n = inject.glue_pinyin(ln.reading_source, ln.plain, chars, form)
                    pinyin_total += n

    # --- byte slips on some body paragraphs
    slips = 0
    if polluted and rng.random() < 0.45:
        script = "traditional" if printed_trad else "simplified"
        bodies = [ln for ln in article if ln.cat == "body" and len(ln.text) >= 30]
        rng.shuffle(bodies)
        for ln in bodies[: rng.randint(1, 2)]:
            row = page.pick("mojibake", script=script)
            slipped = inject_bytes.slip(ln.text, row, rng) if row else None
            if slipped:
                ln.text, ln.mojibake = slipped, True
                slips += 1
            elif row:
                page.used.remove(row["id"])  # no stretch of this paragraph fits the variant

    # A slip can garble the only lines that printed the author (a credit, or the article's
    # own （记者胡浩）): what the page no longer shows cannot be read, the gold leaves it empty.
    if printed_author and slips:
        names = {printed_author, inject.convert(conv_row, printed_author) if conv else ""} - {""}
        shown = [ln for ln in article if any(n in ln.plain for n in names)]
        if shown and all(
            ln.mojibake and not any(n in GLOSS.sub("", ln.text) for n in names) for ln in shown
        ):
            printed_author = None

    # --- indentation of body lines
    indent = rng.choice(["", "  ", "　　", "    "])
    for ln in article:
        if ln.cat in ("body", "heading") and indent:
            ln.text = indent + ln.text

    # --- spam and furniture around and inside the article
    top: list[Line] = []
    bottom: list[Line] = []

    def place(lines: list[Line], where: str) -> None:
        if where == "top":
            top.extend(lines)
        elif where == "foot":
            bottom.extend(lines)
        else:
            body_at = [i for i, ln in enumerate(article) if ln.cat in ("body", "heading")]
            if len(body_at) >= 2:
                at = body_at[rng.randint(1, len(body_at) - 1)]
                article[at:at] = lines
            else:
                bottom.extend(lines)

    spam_terms = terms[split]
    if printed_trad:
        spam_terms = [S2T["s2t"].convert(t) for t in spam_terms]
    spam_n = rng.randint(1, 3) if polluted else 0
    for group in range(1, spam_n + 1):
        row = page.pick("spam")
        if row is None:
            break
        if row["shape"] == "line":
            where = rng.choice(["top", "top", "middle", "foot"])
            first, *rest = inject.spam_lines(row, spam_terms, rng)
            place([Line(first, "spam", group=group)] + [Line(t, "spam") for t in rest], where)
        elif row["shape"] == "tags":
            tags = inject.spam_tags(row, rng)
            place([Line(t, "spam", group=group) for t in tags], row["position"])
        elif row["shape"] == "templates":
            echo = inject.spam_templates(row, spam_terms, rng)
            place([Line(t, "spam", group=group) for t in echo], row["position"])
        elif row["shape"] == "jammer":
            jam = inject.spam_jammer(row, spam_terms, rng)
            place([Line(t, "spam", group=group) for t in jam], row["position"])
        elif row["shape"] == "glued-start":  # a term glued to the start of the first paragraph
            first_body = next((ln for ln in article if ln.cat == "body"), None)
            if first_body is not None:
                lead = len(first_body.text) - len(first_body.text.lstrip())
                term = rng.choice(spam_terms) + row.get("join", "")
                first_body.text = first_body.text[:lead] + term + first_body.text[lead:]
        elif row["shape"] == "glued-title":  # a term in a frame glued before the headline
            head = next((ln for ln in article if ln.cat == "title"), None)
            if head is not None:
                head.text = row["template"].format(term=rng.choice(spam_terms)) + head.text
            else:
                page.used.remove(row["id"])
        elif row["shape"] == "scatter":  # pieces of the headline pushed into the paragraphs
            bodies = [ln for ln in article if ln.cat == "body"]
            headline = next((ln.plain for ln in article if ln.cat == "title"), "")
            pieces = inject.scatter_pieces(headline, spam_terms, row, rng)
            for ln in bodies[: row.get("paragraphs", 2)] if pieces else []:
                ln.text = inject.scatter(ln.text, pieces, row, rng)
            if not pieces or not bodies:
                page.used.remove(row["id"])  # a page without a headline has nothing to scatter
        else:
            block = inject.spam_block(row, spam_terms, rng)
            place([Line(t, "spam", group=group) for t in block], row["position"])
    if kind != "clean":
        for _ in range(rng.randint(1, 3) if polluted else rng.randint(0, 1)):
            row = page.pick("furniture")
            if row is None:
                break
            text = row["text"]
            if "{title}" in text:  # a line printed from the page's own headline (image alt)
                head = next((ln.plain or ln.text for ln in article if ln.cat == "title"), None)
                if head is None:
                    page.used.remove(row["id"])  # a page without a headline cannot print it
                    continue
                text = text.replace("{title}", head)
            if nav_gloss:  # the mirror glosses its tool lines too
                text, n = inject.glue_pinyin(T2S.convert(text), text, nav_gloss[1], nav_gloss[0])
                pinyin_total += n
            place([Line(text, "nav")], row["position"])
    top.sort(key=lambda ln: 0 if ln.cat == "spam" else 1)  # mirror spam comes first

    seq = top + article + bottom
    for ln in seq:
        if not ln.plain:
            ln.plain = ln.text
    lines: list[Line] = []
    blank_style = 0 if kind == "clean" else rng.randrange(3)  # one blank, none, mixed 1-2
    blank = Line("", "blank")
    for i, ln in enumerate(seq):
        if i > 0:
            prev = seq[i - 1]
            if ln.group and ln.group == prev.group:
                pass
            elif blank_style == 0:
                lines.append(blank)
            elif blank_style == 2:
                lines += [blank] * rng.randint(1, 2)
            elif not (ln.cat in ("body", "heading") and prev.cat in ("body", "heading")):
                lines.append(blank)
        lines.append(ln)

    # --- encoding and line ends
    nl = "\r\n" if rng.random() < 0.15 else "\n"
    text = nl.join(ln.text for ln in lines) + nl
    r = rng.random()
    enc = "utf-8"
    if printed_trad and r < 0.2 and encodable(text, "big5"):
        enc = "big5"
    elif 0.2 <= r < 0.32 and encodable(text, "gb18030"):
        enc = "gb18030"
    elif 0.32 <= r < 0.38:
        enc = "utf-8-sig"
    data = text.encode(enc)

    # --- gold: t2s of the printed text without glosses and slips
    def g(x: str | None) -> str | None:
        return None if x is None else T2S.convert(x)

    def gg(x: str | None) -> str | None:
        return g(inject.convert(conv_row, x)) if conv and x is not None else g(x)

    title = next((g(ln.plain) for ln in seq if ln.cat == "title"), None)
    body = [g(ln.plain.strip()) for ln in seq if ln.cat in ("body", "heading")]
    groups = [kind]
    if spam_n:
        groups.append("spam")
    if pinyin_total:
        groups.append("pinyin")
    if keep_row:
        groups.append("pinyin-keep")
    if slips:
        groups.append("mojibake")
    if trad_orig:
        groups.append("traditional")
    if conv:
        groups.append("s2t")
    if enc in ("gb18030", "big5"):
        groups.append("legacy-encoding")
    numbered = list(enumerate(lines, start=1))
    real = ("title", "meta", "caption", "body", "heading", "editor", "copyright")
    gold = {
        "id": pid,
        "page": f"pages/{pid}.txt",
        "split": split,
        "kind": kind,
        "groups": groups,
        "variants": sorted(set(page.used)),
        "encoding": enc,
        "newline": "crlf" if nl == "\r\n" else "lf",
        "conversion": conv,
        "title": title,
        "published_at": gold_date,
        "source": gg(orig["source"]) if "source" in printed_fields else None,
        "author": gg(printed_author),
        # The editor is expected only where the page prints it (byline or editor line).
        "editor": gg(orig["editor"]) if editor_printed else None,
        "copyright": next((g(ln.plain) for ln in seq if ln.cat == "copyright"), None),
        "captions": [g(ln.plain) for ln in seq if ln.cat == "caption"],
        "headings": [g(ln.plain.strip()) for ln in seq if ln.cat == "heading"],
        "body": body,
        "pinyin_injected": pinyin_total,
        "lines": {
            "spam": [n for n, ln in numbered if ln.cat == "spam"],
            "nav": [n for n, ln in numbered if ln.cat == "nav"],
            "mojibake": [n for n, ln in numbered if ln.mojibake],
            "real": [n for n, ln in numbered if ln.cat in real],
            "body": [n for n, ln in numbered if ln.cat in ("body", "heading")],
        },
        "origin": orig["origin"],
    }
    return data, gold


# ------------------------------------------------------------------------------ driver


def dump_json(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build_all() -> dict[Path, bytes]:
    terms = load_lexicon()
    out: dict[Path, bytes] = {}
    for path in sorted(ORIGINALS.glob("*.json")):
        pid = path.stem
        orig = json.loads(path.read_text(encoding="utf-8"))
        data, gold = build_page(pid, orig, terms)
        out[PAGES / f"{pid}.txt"] = data
        out[GOLD / f"{pid}.json"] = dump_json(gold)
    return out


TABLES_START = "<!-- variant tables: written by python eval/build.py from variants/*.json -->"
TABLES_END = "<!-- end of variant tables -->"


def with_tables(readme: str) -> str:
    """``readme`` with the block between the table markers replaced by the current tables."""
    start = readme.index(TABLES_START) + len(TABLES_START)
    end = readme.index(TABLES_END)
    return readme[:start] + "\n\n" + inject.markdown_tables() + "\n" + readme[end:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument(
        "--check",
        action="store_true",
        help="rebuild in memory and compare with the committed files",
    )
    ap.add_argument(
        "--tables", action="store_true", help="print the variant tables as Markdown and exit"
    )
    args = ap.parse_args(argv)
    if args.tables:
        print(inject.markdown_tables())
        return 0
    files = build_all()
    if args.check:
        bad = [
            p.relative_to(HERE)
            for p, data in files.items()
            if not p.exists() or p.read_bytes() != data
        ]
        extra = (set(PAGES.glob("*.txt")) | set(GOLD.glob("*.json"))) - set(files)
        bad += [p.relative_to(HERE) for p in sorted(extra)]
        if with_tables(README.read_text(encoding="utf-8")) != README.read_text(encoding="utf-8"):
            bad.append(README.relative_to(HERE))  # the variant tables there are stale
        if bad:
            for b in bad:
                print(f"differs: eval/{b}", file=sys.stderr)
            print(f"build --check: {len(bad)} file(s) do not reproduce", file=sys.stderr)
            return 1
        print(f"build --check: {len(files)} files reproduce byte-identically")
        return 0
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for stale in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        if stale not in files:
            stale.unlink()
    for path, data in files.items():
        path.write_bytes(data)
    README.write_text(with_tables(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {len(files)} files under {HERE} and the variant tables of README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
