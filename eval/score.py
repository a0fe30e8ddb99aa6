#!/usr/bin/env python3
"""Score newsclean on the evaluation corpus (``eval/pages`` against ``eval/gold``).

    python eval/score.py                 # print the tables
    python eval/score.py --json out.json # also write every figure, per group and per page
    python eval/score.py --check         # exit 1 naming each figure past its pin in floors.json
    python eval/score.py --pages         # also list every page's problems
    python eval/score.py --pin           # rewrite floors.json from the figures measured now

Every figure is computed twice, side by side: on the TUNED pages and on the HELD-OUT
pages (one in five, chosen by a hash of the page id; gold ``split``), which carry
variants the tuned pages never show.  Developers do not look at held-out pages while
changing a filter; read the held-out column only after a change is made.

Figures, per group of pages (a page belongs to several groups, see gold ``groups``):

* spam_recall      injected spam lines that newsclean removed (any reason) / injected
* spam_fp          real lines (title, metadata, caption, body, heading, editor,
                   copyright) that newsclean removed with reason "spam"
* nav_recall       nav crumbs / share links removed / injected
* paras_removed    gold body paragraphs whose line newsclean removed (any reason)
* body_recall      characters of the gold body found, in order, in newsclean's body
* body_precision   characters of newsclean's body found in the gold body
                   (both on whitespace-free NFKC text, matched with difflib)
* pinyin_residue   mirror glosses left in the output / injected (a gloss: a bracket,
                   optional spaces, tone-marked syllables or syllables whose tone vowel
                   became '?', optional spaces, a bracket; or a toneless gloss: lower-case
                   syllables in brackets right after as many Han characters, each syllable
                   one of pypinyin's readings of its character, heteronyms included, ü
                   written v or ü); counted in the title, byline fields, captions and body;
                   real pinyin the gold keeps (language notes) is not counted.  Per field:
                   pinyin_left_<field> in the JSON summary
* pinyin_real_lost real pinyin annotations of the gold missing from the output
* trad_per_1k      characters of the output that OpenCC t2s would still change, per 1000
* mojibake_recall  GBK-shifted lines carrying a "mojibake" warning / shifted lines
* *_acc            share of pages whose field equals the gold exactly (after NFKC,
                   trimming and collapsing white space; None == missing)
* captions_acc     share of pages whose caption set equals the gold set exactly
* clean_unchanged  share of clean pages with nothing removed and body, title equal to gold
* overall          the mean of the group's share figures that apply to it (OVERALL_PARTS
                   in score_report: spam_recall, nav_recall, body_recall, body_precision,
                   mojibake_recall, the six field accuracies, captions_acc,
                   clean_unchanged); a figure with nothing to count ('-') is left out.
                   The counts (spam_fp, paras_removed, glosses left, false mojibake
                   warnings) are hard limits, reported beside it, not averaged into it

Needs the standard library, opencc and the newsclean package.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

import opencc
from pypinyin import Style
from pypinyin import pinyin as py_readings
from score_report import (
    GROUP_ORDER,
    OVERALL_PARTS,
    SPLITS,
    TABLE1,
    TABLE2,
    TABLE3,
    TABLE4,
    check,
    pin,
    table,
)

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
FLOORS = HERE / "floors.json"

T2S = opencc.OpenCC("t2s")
SYLLABLE = r"[a-zA-Zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ?][a-zü]*"
PINYIN = re.compile(rf"[(（] ?{SYLLABLE}(?: {SYLLABLE}){{0,3}} ?[)）]")
FIELDS = ("title", "published_at", "source", "author", "editor", "copyright")
# A toneless gloss: 1-4 Han characters, then lower-case syllables in brackets (one per
# character, a space between); whether they are readings is checked with pypinyin.
TONELESS = re.compile(r"([\u3400-\u9fff]{1,4})\s?[(（] ?([a-zü]+(?: [a-zü]+){0,3}) ?[)）]")
RESIDUE_PLACES = ("title", "source", "author", "editor", "copyright", "captions", "body")


@cache
def readings(ch: str) -> frozenset[str]:
    """Every toneless reading pypinyin gives ``ch`` (heteronyms included), ü written v."""
    found = py_readings(ch, style=Style.NORMAL, heteronym=True)[0]
    return frozenset(r.replace("ü", "v") for r in found)


def toneless_glosses(text: str) -> int:
    """Brackets of toneless syllables that read the Han characters right before them."""
    n = 0
    for m in TONELESS.finditer(text):
        sylls = m.group(2).replace("ü", "v").split(" ")
        chars = m.group(1)[-len(sylls) :]
        if len(chars) == len(sylls) and all(
            s in readings(c) for c, s in zip(chars, sylls, strict=True)
        ):
            n += 1
    return n


def gloss_count(text: str) -> int:
    """Mirror glosses in ``text``: tone-marked (or '?') ones and toneless ones."""
    return len(PINYIN.findall(text)) + toneless_glosses(text)


def residue_by_place(out: dict, gold: dict) -> dict[str, int]:
    """Glosses newsclean left in each place, less those the gold itself keeps there."""
    res = {}
    for place in RESIDUE_PLACES:
        if place in ("captions", "body"):
            got, want = "\n".join(out.get(place) or []), "\n".join(gold[place])
        else:
            got, want = out.get(place) or "", gold.get(place) or ""
        res[place] = max(0, gloss_count(got) - gloss_count(want))
    return res


def norm(value: object) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def matched_chars(a: str, b: str) -> int:
    if not a or not b:
        return 0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in sm.get_matching_blocks())


def trad_residue(text: str) -> int:
    converted = T2S.convert(text)
    if len(converted) == len(text):
        return sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    return len(text) - matched_chars(text, converted)


def run_newsclean(data: bytes, path: str) -> dict:
    import newsclean

    if hasattr(newsclean, "clean_bytes"):
        return newsclean.clean_bytes(data, path=path).to_dict()
    text = data.decode("utf-8-sig", errors="replace")  # pragma: no cover - old API
    return newsclean.clean(text, convert="t2s").to_dict()


def score_page(gold: dict) -> dict:
    page_path = HERE / gold["page"]
    data = page_path.read_bytes()
    problems: list[str] = []
    try:
        out = run_newsclean(data, f"eval/{gold['page']}")
        error = None
    except Exception as exc:  # a crash is scored as an empty result, and named
        out = {k: None for k in FIELDS}
        out.update(captions=[], body=[], headings=[], removed=[], warnings=[])
        error = f"{type(exc).__name__}: {exc}"
        problems.append(f"newsclean raised {error}")

    lines = gold["lines"]
    removed = {r["line"]: r for r in out["removed"]}
    spam_lines, nav_lines = set(lines["spam"]), set(lines["nav"])
    real, body_lines = set(lines["real"]), set(lines["body"])

    spam_hit = len(spam_lines & set(removed))
    spam_fp = sorted(n for n, r in removed.items() if r["reason"] == "spam" and n in real)
    nav_hit = len(nav_lines & set(removed))
    paras_removed = sorted(body_lines & set(removed))
    for n in sorted(spam_lines - set(removed)):
        problems.append(f"spam line {n} kept")
    for n in spam_fp:
        problems.append(f"real line {n} removed as spam: {removed[n]['text'][:40]!r}")
    for n in paras_removed:
        if n not in spam_fp:
            problems.append(
                f"body line {n} removed ({removed[n]['reason']}): {removed[n]['text'][:40]!r}"
            )
    for n in sorted(nav_lines - set(removed)):
        problems.append(f"nav line {n} kept")

    gold_body = squash("".join(gold["body"]))
    out_body = squash("".join(out["body"] or []))
    m = matched_chars(gold_body, out_body)
    body_r = m / len(gold_body) if gold_body else 1.0
    body_p = m / len(out_body) if out_body else (1.0 if not gold_body else 0.0)
    if body_r < 0.98:
        problems.append(f"body recall {body_r:.3f}")
    if body_p < 0.98:
        problems.append(f"body precision {body_p:.3f}")

    out_texts = (
        [out.get(k) or "" for k in FIELDS] + list(out["captions"] or []) + list(out["body"] or [])
    )
    out_all = "\n".join(out_texts)
    gold_texts = [gold.get(k) or "" for k in FIELDS] + gold["captions"] + gold["body"]
    real_pinyin = gloss_count("\n".join(gold_texts))
    found = gloss_count(out_all)
    by_place = residue_by_place(out, gold)
    residue = max(max(0, found - real_pinyin), sum(by_place.values()))
    real_lost = max(0, real_pinyin - found)
    if residue:
        problems.append(f"{residue} pinyin annotation(s) left")
    if real_lost:
        problems.append(f"{real_lost} real pinyin annotation(s) of the article lost")
    trad = trad_residue(out_all)
    if trad:
        problems.append(f"{trad} traditional character(s) left")

    fields = {}
    for f in FIELDS:
        ok = norm(out.get(f)) == norm(gold[f])
        fields[f] = ok
        if not ok:
            problems.append(f"{f}: got {norm(out.get(f))[:50]!r}, want {norm(gold[f])[:50]!r}")
    cap_ok = {norm(c) for c in out["captions"] or []} == {norm(c) for c in gold["captions"]}
    if not cap_ok:
        problems.append(
            f"captions: got {len(out['captions'] or [])}, want {len(gold['captions'])}"
            + ("" if len(out["captions"] or []) != len(gold["captions"]) else " (text differs)")
        )

    flagged = {w["line"] for w in out["warnings"] if w.get("kind") == "mojibake"}
    moj = set(lines["mojibake"])
    moj_hit = len(moj & flagged)
    for n in sorted(moj - flagged):
        problems.append(f"mojibake line {n} not flagged")
    false_flags = sorted(flagged - moj)
    for n in false_flags:
        problems.append(f"line {n} flagged as mojibake (not shifted)")

    unchanged = None
    if gold["kind"] == "clean":
        unchanged = (
            not out["removed"]
            and [norm(p) for p in out["body"] or []] == [norm(p) for p in gold["body"]]
            and fields["title"]
        )
        if not unchanged:
            problems.append("clean page changed")

    return {
        "id": gold["id"],
        "split": gold.get("split", "tuned"),
        "groups": ["all", *gold["groups"]],
        "error": error,
        "spam_total": len(spam_lines),
        "spam_hit": spam_hit,
        "spam_fp": len(spam_fp),
        "nav_total": len(nav_lines),
        "nav_hit": nav_hit,
        "paras_removed": len(paras_removed),
        "body_gold_chars": len(gold_body),
        "body_out_chars": len(out_body),
        "body_matched": m,
        "body_recall": round(body_r, 4),
        "body_precision": round(body_p, 4),
        "pinyin_injected": gold["pinyin_injected"],
        "pinyin_residue": residue,
        "pinyin_residue_by_place": by_place,
        "pinyin_real_lost": real_lost,
        "out_chars": len(squash(out_all)),
        "trad_residue": trad,
        "fields": fields,
        "captions_ok": cap_ok,
        "mojibake_total": len(moj),
        "mojibake_hit": moj_hit,
        "mojibake_false_flags": len(false_flags),
        "clean_unchanged": unchanged,
        "problems": problems,
    }


def ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def summarize(pages: list[dict]) -> dict[str, dict]:
    groups: dict[str, list[dict]] = {}
    for p in pages:
        for g in p["groups"]:
            groups.setdefault(g, []).append(p)
    summary = {}
    for g in sorted(groups, key=lambda x: (GROUP_ORDER.index(x) if x in GROUP_ORDER else 99, x)):
        ps = groups[g]
        s = {
            "pages": len(ps),
            "errors": sum(1 for p in ps if p["error"]),
            "spam_recall": ratio(sum(p["spam_hit"] for p in ps), sum(p["spam_total"] for p in ps)),
            "spam_fp": sum(p["spam_fp"] for p in ps),
            "nav_recall": ratio(sum(p["nav_hit"] for p in ps), sum(p["nav_total"] for p in ps)),
            "paras_removed": sum(p["paras_removed"] for p in ps),
            "body_recall": ratio(
                sum(p["body_matched"] for p in ps), sum(p["body_gold_chars"] for p in ps)
            ),
            "body_precision": ratio(
                sum(p["body_matched"] for p in ps), sum(p["body_out_chars"] for p in ps)
            ),
            "pinyin_residue": ratio(
                sum(p["pinyin_residue"] for p in ps), sum(p["pinyin_injected"] for p in ps)
            ),
            "pinyin_left": sum(p["pinyin_residue"] for p in ps),
            **{
                f"pinyin_left_{place}": sum(p["pinyin_residue_by_place"][place] for p in ps)
                for place in RESIDUE_PLACES
            },
            "pinyin_real_lost": sum(p["pinyin_real_lost"] for p in ps),
            "trad_per_1k": round(
                1000 * sum(p["trad_residue"] for p in ps) / max(1, sum(p["out_chars"] for p in ps)),
                3,
            ),
            "mojibake_recall": ratio(
                sum(p["mojibake_hit"] for p in ps), sum(p["mojibake_total"] for p in ps)
            ),
            "mojibake_false_flags": sum(p["mojibake_false_flags"] for p in ps),
        }
        for f in FIELDS:
            s[f"{f}_acc"] = ratio(sum(1 for p in ps if p["fields"][f]), len(ps))
        s["captions_acc"] = ratio(sum(1 for p in ps if p["captions_ok"]), len(ps))
        cl = [p for p in ps if p["clean_unchanged"] is not None]
        s["clean_unchanged"] = ratio(sum(1 for p in cl if p["clean_unchanged"]), len(cl))
        shares = [s[m] for m in OVERALL_PARTS if s.get(m) is not None]
        s["overall"] = round(sum(shares) / len(shares), 4) if shares else None
        summary[g] = s
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score newsclean on eval/pages against eval/gold.")
    ap.add_argument("--json", metavar="FILE", help="write all figures as JSON")
    ap.add_argument(
        "--check", action="store_true", help="compare with eval/floors.json; exit 1 past a pin"
    )
    ap.add_argument(
        "--pin", action="store_true", help="rewrite eval/floors.json from the figures measured now"
    )
    ap.add_argument("--pages", action="store_true", help="list each page's problems")
    args = ap.parse_args(argv)

    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    if not golds:
        print("no gold files under eval/gold: run python eval/build.py", file=sys.stderr)
        return 2
    pages = [score_page(g) for g in golds]
    summaries = {split: summarize([p for p in pages if p["split"] == split]) for split in SPLITS}
    print("T = tuned pages, H = held-out pages (not to be tuned on)\n")
    for cols in (TABLE1, TABLE2):
        print(table(summaries, cols))
        print()
    print("exact-match accuracy of fields (share of pages)")
    for cols in (TABLE3, TABLE4):
        print(table(summaries, cols))
        print()
    print(
        "mirror glosses left, by place (group all): "
        + "; ".join(
            f"{place} "
            + " / ".join(
                f"{split} {summaries[split]['all'][f'pinyin_left_{place}']}"
                for split in SPLITS
                if "all" in summaries[split]
            )
            for place in RESIDUE_PLACES
        )
    )
    for split in SPLITS:
        ps = [p for p in pages if p["split"] == split]
        ok = sum(1 for p in ps if not p["problems"])
        print(f"{split}: {ok}/{len(ps)} pages without any problem")
    if args.pages:
        for p in pages:
            if p["problems"]:
                print(f"\n{p['id']} ({p['split']}) [{', '.join(p['groups'][1:])}]")
                for prob in p["problems"]:
                    print(f"  - {prob}")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": summaries, "pages": pages}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    if args.pin:
        FLOORS.write_text(json.dumps(pin(summaries), indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {FLOORS.relative_to(HERE.parent)} from the figures above")
    if args.check:
        pins = json.loads(FLOORS.read_text(encoding="utf-8"))
        failures = check(summaries, pins)
        if failures:
            print("\nscore --check FAILED:", file=sys.stderr)
            for f in failures:
                print(f"  {f}", file=sys.stderr)
            return 1
        print("\nscore --check: every figure meets its pin in eval/floors.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
