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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inject
from build_article import (
    choose_conversion,
    convert_and_gloss,
    glue_title_tail,
    indent,
    region_of,
    slip_paragraphs,
    write_article,
)
from build_pollution import pollute
from inject import T2S, encodable, page_split, stable_hash
from page_model import Line, Page

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


# ------------------------------------------------------------------------------ one page


def build_page(pid: str, orig: dict, terms: dict[str, list[str]]) -> tuple[bytes, dict]:
    """The page's bytes and its gold: the original walked through the stages in order."""
    rng = random.Random(f"{SEED}:{pid}")
    split = page_split(pid)
    kind = "trap" if is_trap(orig) else ("clean" if rng.random() < 0.12 else "polluted")
    if orig.get("kind") == "clean":  # a whole article kept as published (its draw is still made)
        kind = "clean"
    page = Page(pid, orig, split, kind, rng, region=region_of(orig))
    choose_conversion(page)
    write_article(page)
    convert_and_gloss(page)
    glue_title_tail(page)
    slip_paragraphs(page)
    indent(page)
    top, bottom = pollute(page, terms[split])
    seq = top + page.article + bottom
    for ln in seq:
        if not ln.plain:
            ln.plain = ln.text
    lines = with_blank_lines(page, seq)
    data, enc, nl = encoded(page, lines)
    return data, gold_of(page, seq, lines, enc, nl)


def with_blank_lines(page: Page, seq: list[Line]) -> list[Line]:
    """The lines with the page's blank-line style between them (one blank, none between
    paragraphs, or one or two at random); a block's lines stay together."""
    rng = page.rng
    lines: list[Line] = []
    blank_style = 0 if page.kind == "clean" else rng.randrange(3)  # one blank, none, mixed 1-2
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
    return lines


def encoded(page: Page, lines: list[Line]) -> tuple[bytes, str, str]:
    """(the page's bytes, their encoding, the line end)."""
    rng = page.rng
    nl = "\r\n" if rng.random() < 0.15 else "\n"
    text = nl.join(ln.text for ln in lines) + nl
    r = rng.random()
    enc = "utf-8"
    if page.printed_trad and r < 0.2 and encodable(text, "big5"):
        enc = "big5"
    elif 0.2 <= r < 0.32 and encodable(text, "gb18030"):
        enc = "gb18030"
    elif 0.32 <= r < 0.38:
        enc = "utf-8-sig"
    return text.encode(enc), enc, nl


def gold_of(page: Page, seq: list[Line], lines: list[Line], enc: str, nl: str) -> dict:
    """The gold: t2s of the printed text without glosses and slips."""
    orig, conv, conv_row = page.orig, page.conv, page.conv_row

    def g(x: str | None) -> str | None:
        return None if x is None else T2S.convert(x)

    def gg(x: str | None) -> str | None:
        return g(inject.convert(conv_row, x)) if conv and x is not None else g(x)

    title = next((g(ln.plain) for ln in seq if ln.cat == "title"), None)
    body = [g(ln.plain.strip()) for ln in seq if ln.cat in ("body", "heading")]
    groups = [page.kind]
    if page.spam_n:
        groups.append("spam")
    if page.pinyin_total:
        groups.append("pinyin")
    if page.keep_row:
        groups.append("pinyin-keep")
    if page.slips:
        groups.append("mojibake")
    if page.trad_orig:
        groups.append("traditional")
    if conv:
        groups.append("s2t")
    if enc in ("gb18030", "big5"):
        groups.append("legacy-encoding")
    numbered = list(enumerate(lines, start=1))
    real = ("title", "meta", "caption", "body", "heading", "editor", "copyright")
    source = page.printed_source or orig["source"]  # a foot credit (field=source) names it
    gold = {
        "id": page.pid,
        "page": f"pages/{page.pid}.txt",
        "split": page.split,
        "kind": page.kind,
        "groups": groups,
        "variants": sorted(set(page.used)),
        "encoding": enc,
        "newline": "crlf" if nl == "\r\n" else "lf",
        "conversion": conv,
        "title": title,
        "published_at": page.gold_date,
        "source": gg(source) if "source" in page.printed_fields else None,
        "author": gg(page.printed_author),
        # The editor is expected only where the page prints it (byline or editor line).
        "editor": gg(orig["editor"]) if page.editor_printed else None,
        "copyright": next((g(ln.plain) for ln in seq if ln.cat == "copyright"), None),
        "captions": [g(ln.plain) for ln in seq if ln.cat == "caption"],
        "headings": [g(ln.plain.strip()) for ln in seq if ln.cat == "heading"],
        "body": body,
        "pinyin_injected": page.pinyin_total,
        "lines": {
            "spam": [n for n, ln in numbered if ln.cat == "spam"],
            "nav": [n for n, ln in numbered if ln.cat == "nav"],
            "mojibake": [n for n, ln in numbered if ln.mojibake],
            "real": [n for n, ln in numbered if ln.cat in real],
            "body": [n for n, ln in numbered if ln.cat in ("body", "heading")],
        },
        "origin": orig["origin"],
    }
    return gold


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
