#!/usr/bin/env python3
"""Build the evaluation corpus: originals -> corrupted pages + gold.

Every page in ``eval/pages/`` is rendered from one structured original in
``eval/originals/`` the way a mirror / hijacked site mangles an article: SEO spam
lines, nav crumbs and share links, simplified->traditional conversion with glued
tone-marked pinyin, GBK byte-shift mojibake, metadata lines in many formats,
captions, editor lines, copyright notices, CRLF / BOM / full-width indentation, and
GB18030 or Big5 bytes.  The gold (``eval/gold/NNN.json``) is derived from the
original and from the corruption choices, never from newsclean's output.

Deterministic: one seeded ``random.Random`` per page.  ``--check`` rebuilds in
memory and fails unless every committed page and gold file is byte-identical.

Needs only the standard library, ``opencc`` and ``pypinyin``.

    python eval/build.py            # (re)write pages/, gold/, sources.json
    python eval/build.py --check    # verify the committed files reproduce
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import opencc
from pypinyin import Style, lazy_pinyin

HERE = Path(__file__).resolve().parent
ORIGINALS = HERE / "originals"
PAGES = HERE / "pages"
GOLD = HERE / "gold"
SOURCES = HERE / "sources.json"
LEXICON = HERE / "data" / "spam_lexicon.txt"
LEXICON_FALLBACK = HERE / "data" / "spam_lexicon_fallback.txt"
SEED = "newsclean-eval-v1"

T2S = opencc.OpenCC("t2s")
S2T = {"s2t": opencc.OpenCC("s2t"), "s2tw": opencc.OpenCC("s2tw")}

TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# --------------------------------------------------------------------------------------
# Per-page plan.  Kinds: "clean" (must pass unchanged), "trap" (real sentences with
# spam-like words, no injected spam), everything else is "polluted".
#   conv: None | "s2t" | "s2tw"      simplified -> traditional on the page
#   pinyin: glue tone-marked pinyin after a per-page set of characters
#   mojibake: number of lines given a GBK byte shift
#   enc: "utf-8" | "utf-8-sig" | "gb18030" | "big5"
#   crlf: CRLF line ends
# --------------------------------------------------------------------------------------
PLAN: dict[str, dict] = {
    "001": dict(kind="polluted", conv="s2t", pinyin=True, mojibake=1),
    "002": dict(kind="polluted", conv="s2tw", pinyin=True, enc="utf-8-sig"),
    "003": dict(kind="polluted", conv="s2t", pinyin=True, enc="gb18030"),
    "004": dict(kind="clean"),
    "005": dict(kind="polluted", conv="s2t", pinyin=True, crlf=True),
    "006": dict(kind="polluted", conv="s2tw", pinyin=True),
    "007": dict(kind="trap"),
    "008": dict(kind="trap", nav=True),
    "009": dict(kind="trap", conv="s2t", pinyin=True),
    "010": dict(kind="trap", enc="gb18030"),
    "011": dict(kind="trap", conv="s2tw", pinyin=True, nav=True),
    "012": dict(kind="clean"),
    "013": dict(kind="polluted", conv="s2t", pinyin=True, mojibake=2, crlf=True),
    "014": dict(kind="polluted", conv="s2t", pinyin=False),
    "015": dict(kind="polluted", conv="s2tw", pinyin=True, crlf=True),
    "016": dict(kind="polluted", conv="s2t", pinyin=True, enc="gb18030"),
    "017": dict(kind="polluted", conv="s2t", pinyin=True, mojibake=1),
    "018": dict(kind="polluted", conv="s2tw", pinyin=True, enc="utf-8-sig"),
    "019": dict(kind="polluted", conv="s2t", pinyin=False),
    "020": dict(kind="clean"),
    "021": dict(kind="polluted", conv="s2t", pinyin=True, mojibake=1),
    "022": dict(kind="polluted", conv="s2tw", pinyin=True, enc="gb18030"),
    "023": dict(kind="polluted"),
    "024": dict(kind="polluted", mojibake=1),
    "025": dict(kind="polluted", crlf=True),
    "026": dict(kind="polluted", enc="big5"),
    "027": dict(kind="polluted", pinyin=True),
    "028": dict(kind="polluted", enc="big5"),
    "029": dict(kind="polluted"),
    "030": dict(kind="polluted", enc="big5"),
    "031": dict(kind="polluted", pinyin=True),
    "032": dict(kind="polluted", crlf=True),
    "033": dict(kind="trap", nav=True),
}

NAV_POOL = [
    ["home"],
    ["首页 > 新闻 > 正文"],
    ["当前位置：首页 > 国内 > 正文"],
    ["首页>要闻>正文"],
    ["分享到："],
    ["分享到"],
    ["打印"],
    ["email"],
    ["【打印】 【关闭】"],
    ["返回顶部"],
    ["【字号 大 中 小】"],
    ["手机版"],
    ["微信 微博 QQ空间"],
    ["点击右上角微信好友"],
]
NAV_POOL_TRAD = [["首頁 > 新聞 > 正文"], ["分享到："], ["列印"], ["回到頁首"], ["home"], ["email"]]
DOMAINS = [
    "tibet.cn",
    "www.xinhuanet.com",
    "news.sina.com.cn",
    "www.chinanews.com.cn",
    "people.com.cn",
    "news.cctv.com",
    "www.gmw.cn",
    "news.ifeng.com",
]
DOMAINS_TRAD = ["news.ltn.com.tw", "udn.com", "www.cna.com.tw", "news.mingpao.com"]


@dataclass
class Line:
    text: str
    cat: str  # title meta caption body heading editor copyright spam nav blank
    mojibake: bool = False


@dataclass
class Built:
    page: bytes
    gold: dict
    pinyin_count: int = 0
    notes: list[str] = field(default_factory=list)


def load_lexicon() -> tuple[list[str], str]:
    path = LEXICON if LEXICON.exists() else LEXICON_FALLBACK
    terms = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        terms.append(raw.split("\t")[0].strip())
    return terms, path.name


def encodable(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


def has_tone(reading: str) -> bool:
    return any(ch in TONE_MARKS for ch in reading)


# ---------------------------------------------------------------- corruption helpers


def readings(simplified: str, shown: str) -> list[str | None]:
    """A tone-marked reading for each character of ``shown`` (the text as printed)."""
    out: list[str | None] = [None] * len(shown)
    base = simplified if len(simplified) == len(shown) else shown
    for m in HAN.finditer(base):
        run = lazy_pinyin(m.group(), style=Style.TONE)
        if len(run) != len(m.group()):
            run = [lazy_pinyin(ch, style=Style.TONE)[0] for ch in m.group()]
        for k, r in enumerate(run):
            out[m.start() + k] = r if has_tone(r) else None
    return out


def glue_pinyin(
    simplified: str, shown: str, chars: set[str], paren: tuple[str, str]
) -> tuple[str, int]:
    rd = readings(simplified, shown)
    parts, n = [], 0
    for i, ch in enumerate(shown):
        parts.append(ch)
        if ch in chars and rd[i]:
            parts.append(f"{paren[0]}{rd[i]}{paren[1]}")
            n += 1
    return "".join(parts), n


def gbk_shift(text: str, rng: random.Random) -> str | None:
    """Re-encode a stretch of ``text`` to GBK, drop its first byte, decode with '?'."""
    candidates = [m for m in re.finditer(r"[\u4e00-\u9fff，。、；：“”0-9.]{10,}", text)]
    if not candidates:
        return None
    m = rng.choice(candidates)
    length = min(len(m.group()), rng.randint(8, 16))
    starts = [i for i in range(m.start(), m.end() - length + 1) if text[i] in "。，"]
    start = rng.choice(starts) if starts else m.start() + rng.randint(0, len(m.group()) - length)
    stretch = text[start : start + length]
    try:
        raw = stretch.encode("gbk")
    except UnicodeEncodeError:
        return None
    garbled = raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    if "?" not in garbled or sum(a != b for a, b in zip(garbled, stretch, strict=False)) < 2:
        return None
    return text[:start] + garbled + text[start + length :]


def spam_line(rng: random.Random, terms: list[str]) -> str:
    k = rng.randint(4, 11)
    chosen = rng.sample(terms, k)
    sep = rng.choice([",", ",", "，", "_", " | ", "、"])
    line = sep.join(chosen)
    if rng.random() < 0.35:
        line += sep + rng.choice(["www.", "最新地址", str(rng.randint(2019, 2025)), "在线观看"])
    return line


def date_parts(iso: str | None):
    if not iso:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?", iso)
    return m.groups() if m else None


def render_date(parts, style: int, rng: random.Random) -> tuple[str, str]:
    """(text on the page, gold published_at)."""
    y, mo, d, hh, mi, ss = parts
    has_time = hh is not None
    if style == 0:  # 2025-07-02 16:05:00
        text = f"{y}-{mo}-{d}" + (f" {hh}:{mi}:{ss}" if has_time else "")
        gold = f"{y}-{mo}-{d}" + (f"T{hh}:{mi}:{ss}+08:00" if has_time else "")
    elif style == 1:  # 2025年07月02日 16:05
        text = f"{y}年{mo}月{d}日" + (f" {hh}:{mi}" if has_time else "")
        gold = f"{y}-{mo}-{d}" + (f"T{hh}:{mi}:00+08:00" if has_time else "")
    elif style == 2:  # 2025/7/2
        text = f"{y}/{int(mo)}/{int(d)}"
        gold = f"{y}-{mo}-{d}"
    else:  # 2025-07-02 16:05
        text = f"{y}-{mo}-{d}" + (f" {hh}:{mi}" if has_time else "")
        gold = f"{y}-{mo}-{d}" + (f"T{hh}:{mi}:00+08:00" if has_time else "")
    return text, gold


# Byline layouts: each is a list of lines, each line the (field, label) pairs it joins;
# a label of None writes the bare value.
BYLINE_FORMATS: list[list[list[tuple[str, str | None]]]] = [
    [[("date", "发布时间"), ("src", "来源")], [("author", "作者")]],  # two lines
    [[("date", "时间"), ("src", "来源"), ("author", "作者")]],  # one line
    [[("date", "日期")], [("src", "稿源")], [("author", "记者")]],  # one field a line
    [[("date", None), ("src", "来源"), ("author", "记者")]],  # bare date, then labels
    [[("src", "来源"), ("author", "作者"), ("date", "发布时间")]],  # date last
]


def metadata_lines(orig: dict, rng: random.Random) -> tuple[list[str], str | None]:
    colon = rng.choice([": ", "：", ":"])
    gap = rng.choice([" ", "　", "  "])
    parts = date_parts(orig["published_at"])
    date_text, gold_date = (None, None)
    if parts:
        date_text, gold_date = render_date(parts, rng.randrange(4), rng)
    src, author = orig["source"], orig["author"]
    fmt = rng.randrange(len(BYLINE_FORMATS))
    values = {"date": date_text, "src": src, "author": author}
    out: list[str] = []
    for group in BYLINE_FORMATS[fmt]:
        bits = [
            f"{label}{colon}{values[key]}" if label else str(values[key])
            for key, label in group
            if values[key]
        ]
        if bits:
            out.append(gap.join(bits))
    return out, gold_date


def editor_line(name: str, rng: random.Random) -> str:
    return rng.choice(
        [
            f"（责任编辑：{name}）",
            f"(责编: {name} )",
            f"责任编辑：{name}",
            f"【编辑：{name}】",
            f"(责任编辑:{name})",
        ]
    )


def site_copyright(orig: dict, rng: random.Random) -> str:
    site = orig["source"] or orig["origin"].get("site") or "本网"
    site = site.split(" (")[0]
    if rng.random() < 0.5:
        return (
            f"版权声明：凡注明“来源：{site}”的所有作品，版权归{site}所有。"
            f"任何媒体转载、摘编、引用，须注明来源{site}和署著作者名，否则将追究相关法律责任。"
        )
    year = (orig["published_at"] or "2024")[:4]
    return f"Copyright © {year} {site} All Rights Reserved"


# ---------------------------------------------------------------- one page


def build_page(pid: str, orig: dict, terms: list[str]) -> Built:
    plan = {
        "conv": None,
        "pinyin": False,
        "mojibake": 0,
        "enc": "utf-8",
        "crlf": False,
        "nav": None,
        **PLAN[pid],
    }
    kind = plan["kind"]
    rng = random.Random(f"{SEED}:{pid}")
    if plan["enc"] == "big5":
        terms = [t for t in (S2T["s2t"].convert(x) for x in terms) if encodable(t, "big5")]
    trad_orig = orig["script"] == "traditional"
    clean = kind == "clean"
    trap = kind == "trap"

    lines: list[Line] = []

    # --- assemble the article part (simplified or original script), categories known
    article: list[Line] = []
    if orig["title"]:
        article.append(Line(orig["title"], "title"))
    meta, gold_date = metadata_lines(orig, rng)
    if trad_orig:  # Hong Kong / Taiwan pages label their metadata in traditional script
        meta = [S2T["s2t"].convert(t) for t in meta]
    meta_first = rng.random() < 0.8
    caption_lines = [Line(c, "caption") for c in orig["captions"]]
    body_lines = [
        Line(p, "heading" if p in orig["headings"] else "body") for p in orig["paragraphs"]
    ]
    if meta_first:
        article += [Line(t, "meta") for t in meta]
    if caption_lines and rng.random() < 0.6:
        article += caption_lines + body_lines
    elif caption_lines:
        article += body_lines[:1] + caption_lines + body_lines[1:]
    else:
        article += body_lines
    if not meta_first:
        article += [Line(t, "meta") for t in meta]
    if orig["editor"]:
        ed = editor_line(orig["editor"], rng)
        article.append(Line(S2T["s2t"].convert(ed) if trad_orig else ed, "editor"))
    copyright_text = orig["copyright"]
    if copyright_text is None and not clean and not trap and rng.random() < 0.45:
        copyright_text = site_copyright(orig, rng)
        if trad_orig:
            copyright_text = S2T["s2t"].convert(copyright_text)
        if not encodable(copyright_text, "big5" if plan["enc"] == "big5" else "utf-8"):
            copyright_text = copyright_text.replace("©", "(C)")
    if copyright_text:
        article.append(Line(copyright_text, "copyright"))

    # --- conversion and pinyin on the article part
    conv = plan["conv"]
    paren = rng.choice([("(", ")"), ("(", ")"), ("（", "）")])
    shown_plain: list[str] = []  # converted text without pinyin (for the gold)
    pinyin_total = 0
    if conv:
        converted = [S2T[conv].convert(ln.text) for ln in article]
    else:
        converted = [ln.text for ln in article]
    chars: set[str] = set()
    if plan["pinyin"]:
        if conv:  # the characters the conversion changed, as mirrors annotate them
            pool_changed = sorted(
                {
                    c
                    for ln, cv in zip(article, converted, strict=True)
                    for a, c in zip(ln.text, cv, strict=False)
                    if a != c and HAN.match(c)
                }
            )
        else:  # a traditional original: its characters that have a simplified form
            pool_changed = sorted(
                {c for cv in converted for c in cv if HAN.match(c) and T2S.convert(c) != c}
            )
        pool_same = sorted({c for cv in converted for c in cv if HAN.match(c)} - set(pool_changed))
        k1 = min(len(pool_changed), rng.randint(10, 28))
        k2 = min(len(pool_same), rng.randint(2, 8))
        chars = set(rng.sample(pool_changed, k1)) | set(rng.sample(pool_same, k2))
    annotate_title = rng.random() < 0.3
    for ln, cv in zip(article, converted, strict=True):
        shown_plain.append(cv)
        text = cv
        if chars and (ln.cat != "title" or annotate_title) and ln.cat not in ("copyright",):
            text, n = glue_pinyin(ln.text if conv else cv, cv, chars, paren)
            pinyin_total += n
        ln.text = text

    # --- mojibake on some body lines
    moj_done = 0
    if plan["mojibake"]:
        cands = [i for i, ln in enumerate(article) if ln.cat == "body" and len(ln.text) >= 40]
        rng.shuffle(cands)
        for i in cands:
            if moj_done >= plan["mojibake"]:
                break
            g = gbk_shift(article[i].text, rng)
            if g:
                article[i].text = g
                article[i].mojibake = True
                moj_done += 1

    # --- indentation of body lines
    indent = "" if clean and rng.random() < 0.5 else rng.choice(["", "  ", "　　", "  "])
    for ln in article:
        if ln.cat in ("body", "heading") and indent:
            ln.text = indent + ln.text

    # --- the page: spam / nav around and inside the article
    nav_trad = trad_orig
    top: list[Line] = []
    bottom: list[Line] = []
    spam_n = 0
    if not clean and not trap:
        spam_n = rng.randint(1, 3)
    positions = [rng.choice(["top", "top", "middle", "bottom"]) for _ in range(spam_n)]
    for pos in positions:
        s = Line(spam_line(rng, terms), "spam")
        if plan["enc"] == "big5":
            s.text = "".join(c for c in S2T["s2t"].convert(s.text) if encodable(c, "big5"))
        if pos == "top":
            top.append(s)
        elif pos == "bottom":
            bottom.append(s)
        else:
            body_idx = [i for i, ln in enumerate(article) if ln.cat in ("body", "heading")]
            if len(body_idx) >= 2:
                at = body_idx[rng.randint(1, len(body_idx) - 1)]
                article.insert(at, s)
            else:
                bottom.append(s)
    want_nav = plan["nav"] if plan["nav"] is not None else (not clean and not trap)
    if want_nav:
        pool = NAV_POOL_TRAD if nav_trad else NAV_POOL
        doms = DOMAINS_TRAD if nav_trad else DOMAINS
        if rng.random() < 0.7:
            top.append(Line(rng.choice(doms), "nav"))
        for item in rng.sample(pool, rng.randint(1, 2)):
            top.append(Line(item[0], "nav"))
        for item in rng.sample(pool, rng.randint(0, 2)):
            bottom.append(Line(item[0], "nav"))
    if rng.random() < 0.3:
        rng.shuffle(top)
    # spam first on the page when at the top (as mirror sites do)
    top.sort(key=lambda ln: 0 if ln.cat == "spam" else 1)

    seq = top + article + bottom
    blank_style = 0 if clean else rng.randrange(3)  # 0: one blank, 1: none, 2: mixed 1-2
    for i, ln in enumerate(seq):
        if i > 0:
            if blank_style == 0:
                lines.append(Line("", "blank"))
            elif blank_style == 2:
                for _ in range(rng.randint(1, 2)):
                    lines.append(Line("", "blank"))
            elif ln.cat in ("body", "heading") and seq[i - 1].cat in ("body", "heading"):
                pass
            else:
                lines.append(Line("", "blank"))
        lines.append(ln)

    # --- encoding and line ends
    enc = plan["enc"]
    nl = "\r\n" if plan["crlf"] else "\n"
    text = nl.join(ln.text for ln in lines) + nl
    if enc == "big5":
        try:
            page = text.encode("big5")
        except UnicodeEncodeError:
            enc = "utf-8"
            page = text.encode("utf-8")
    elif enc == "utf-8-sig":
        page = text.encode("utf-8-sig")
    else:
        page = text.encode(enc)

    # --- gold
    def g(x: str | None) -> str | None:
        return None if x is None else T2S.convert(x)

    def gg(x: str | None) -> str | None:
        return g(S2T[conv].convert(x)) if (conv and x is not None) else g(x)

    title = None
    body_gold, headings_gold, captions_gold = [], [], []
    # walk the article lines in order with their plain (converted, un-annotated) text
    plain_iter = iter(shown_plain)
    editor_gold = None
    for ln in [x for x in seq if x.cat not in ("spam", "nav")]:
        p = next(plain_iter)
        if ln.cat == "body":
            body_gold.append(g(p))
        elif ln.cat == "heading":
            body_gold.append(g(p))
            headings_gold.append(g(p))
        elif ln.cat == "caption":
            captions_gold.append(g(p))
        elif ln.cat == "title":
            title = g(p)
    if orig["editor"]:
        editor_gold = gg(orig["editor"])
    real_cats = ("title", "meta", "caption", "body", "heading", "editor", "copyright")
    numbered = list(enumerate(lines, start=1))
    groups = [kind]
    if spam_n:
        groups.append("spam")
    if pinyin_total:
        groups.append("pinyin")
    if moj_done:
        groups.append("mojibake")
    if trad_orig:
        groups.append("traditional")
    if conv:
        groups.append("s2t")
    if enc in ("gb18030", "big5"):
        groups.append("legacy-encoding")
    gold = {
        "id": pid,
        "page": f"pages/{pid}.txt",
        "kind": kind,
        "groups": groups,
        "encoding": enc,
        "newline": "crlf" if plan["crlf"] else "lf",
        "conversion": conv,
        "title": title,
        "published_at": gold_date,
        "source": gg(orig["source"]),
        "author": gg(orig["author"]),
        "editor": editor_gold,
        "copyright": gg(copyright_text),
        "captions": captions_gold,
        "headings": headings_gold,
        "body": body_gold,
        "pinyin_injected": pinyin_total,
        "lines": {
            "spam": [n for n, ln in numbered if ln.cat == "spam"],
            "nav": [n for n, ln in numbered if ln.cat == "nav"],
            "mojibake": [n for n, ln in numbered if ln.mojibake],
            "real": [n for n, ln in numbered if ln.cat in real_cats],
            "body": [n for n, ln in numbered if ln.cat in ("body", "heading")],
        },
        "origin": orig["origin"],
    }
    return Built(page, gold, pinyin_total)


# ---------------------------------------------------------------- driver


def dump_json(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build_all() -> dict[Path, bytes]:
    terms, lexicon_name = load_lexicon()
    out: dict[Path, bytes] = {}
    sources = []
    for path in sorted(ORIGINALS.glob("*.json")):
        pid = path.stem
        orig = json.loads(path.read_text(encoding="utf-8"))
        built = build_page(pid, orig, terms)
        built.gold["spam_lexicon"] = lexicon_name
        out[PAGES / f"{pid}.txt"] = built.page
        out[GOLD / f"{pid}.json"] = dump_json(built.gold)
        o = orig["origin"]
        sources.append(
            {
                "id": pid,
                "title": orig["title"],
                "script": orig["script"],
                "date": o.get("date"),
                "url": o.get("url"),
                "site": o.get("site"),
                "via": o.get("via"),
                "note": o.get("note"),
            }
        )
    out[SOURCES] = dump_json(sources)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--check",
        action="store_true",
        help="rebuild in memory and compare with the committed files",
    )
    args = ap.parse_args(argv)
    files = build_all()
    if args.check:
        bad = []
        for path, data in files.items():
            if not path.exists() or path.read_bytes() != data:
                bad.append(path.relative_to(HERE))
        extra = ({p for p in PAGES.glob("*.txt")} | {p for p in GOLD.glob("*.json")}) - set(files)
        bad += [p.relative_to(HERE) for p in sorted(extra)]
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
    print(f"wrote {len(files)} files under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
