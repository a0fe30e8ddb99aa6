"""Measure the spam model on harvested real lines (round 36, spam field).

Reads ``tests/data/harvest/spam.tsv`` (kind, line, expected, url; lines verbatim from the
search tool's stored public pages) and builds for each row a minimal page: a headline, a
date line, the harvested line in its usual position and two real-looking paragraphs of a
news report. A spam row's line is printed where hijackers print it (a keyword line or a
farm's query title above the headline, a spun paragraph between the paragraphs); a
negative row's line where its page printed it (a title as the headline, a heading, caption
or paragraph between the paragraphs). ``newsclean.clean()`` then says whether the line was
removed (or cut) as spam; that is compared with ``expected``.

    python eval/harvest_spam.py            # hits and misses by kind, every miss printed
    python eval/harvest_spam.py --check    # exit 1 below the floors set at the end
    python eval/harvest_spam.py --split    # and by host half: A (tuned on), B (scored only)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from newsclean import Document, clean

TSV = Path(__file__).resolve().parent.parent / "tests" / "data" / "harvest" / "spam.tsv"

#: Floors for --check: spam rows caught, negatives left alone (fractions).  On 7f34b890 the
#: 95 rows gave 25/38 spam rows caught and 55/57 negatives kept; round 36's changes give
#: 26/38 and 57/57.  Round 39 added 79 rows of harder forms (the start build caught 12 of
#: their 28 spam rows): a share would fall with every harder row added, so the spam floor
#: is a count of rows caught (26 + 15 = 41 of 66 on round 39's build), raised as it rises.
FLOOR_CAUGHT = 41
FLOOR_NEGATIVE = 1.0
#: Round 42's rows (``spam_r42.tsv``, hosts cited nowhere before; read with ``--split`` for
#: the A and B halves): the start build (1476769d) caught 8 of 16 spam rows and kept 20 of
#: 21 negatives; round 42's branch catches 9 and keeps 20 (the miss is a B row).
R42 = TSV.with_name("spam_r42.tsv")
FLOORS = {TSV: (FLOOR_CAUGHT, FLOOR_NEGATIVE), R42: (9, 20 / 21)}

HEADLINE = "市区三座老旧公园完成提升改造 新增健身步道和儿童游乐区"
DATELINE = "2024-05-16 09:30  来源：城市晚报"
PARA_1 = (
    "  记者昨日从市园林绿化局获悉，市区人民公园、滨河公园和东湖公园的提升改造工程已全部完工，"
    "三座公园共新增健身步道4.2公里、儿童游乐区3处，并更换了老化的照明和排水设施。"
)
PARA_2 = (
    "  据介绍，改造过程中，施工单位保留了园内原有的古树和景观石，并根据周边居民的意见调整了"
    "座椅和公厕的位置。园林部门表示，下一步将对其余五座社区公园分批实施改造。"
)

ABOVE = {
    "top_line",
    "bracket_kw",
    "query_title",
    "query_ui",
    "viet_line",
    "tag_keywords",
    "lex_top",
    "lex_query",
    "lex_wiki",
    "lex_site",
}
#: Kinds printed as the page's headline: a real title, or one a hijacker glued spam onto.
AS_TITLE = {"neg_title", "glued_head"}
#: Kinds printed under the last paragraph: a farm's download rows, a credit line.
BELOW = {"foot_line", "neg_credit"}
#: Kinds printed above the headline although their names do not say so (round 39): a
#: breadcrumb naming a farm's domain, a download button's label, a brand printed twice.
ABOVE |= {"crumb_domain", "top_ui", "top_brand_twice"}
#: A brand before the headline with tag words after it is printed as the headline (round 39).
AS_TITLE |= {"glued_head_tags"}
#: A farm's search query printed under the last paragraph (round 42, eval page 027's form).
BELOW |= {"foot_query"}


#: Negative kinds whose lines are the page's own sentences: a negative row's context.
CONTEXT_KINDS = {"neg_para", "neg_quote_ad", "neg_namelist", "neg_oneline"}


def page_for(kind: str, line: str, context: list[str] | None = None) -> str:
    """The minimal page of one row, its line in its usual position.

    A negative row is read over its own page's sentences (the other rows harvested from the
    same address) when there are any: a heading about fake diplomas stands over a report
    about them, not over a report about parks.
    """
    own = [c for c in (context or []) if c != line][:2]
    para_1 = "  " + own[0] if own else PARA_1
    para_2 = "  " + own[1] if len(own) > 1 else PARA_2
    if kind in ABOVE:
        parts = [line, HEADLINE, DATELINE, PARA_1, PARA_2]
    elif kind in AS_TITLE:
        parts = [line, DATELINE, para_1, para_2]
    elif kind in BELOW:
        parts = [HEADLINE if not own else "", DATELINE, para_1, para_2, line]
    else:
        body = "  " + line if kind.endswith("para") else line
        parts = [HEADLINE if not own else "", DATELINE, para_1, body, para_2]
    return "\n\n".join(p for p in parts if p) + "\n"


def judged_spam(line: str, removed: list[dict[str, object]], doc: Document | None = None) -> bool:
    """Whether a removal with reason spam covers the line (whole, or cut from it), or the
    spam filter cut a stretch off the line (``spam cut`` evidence on its record)."""
    core = line.strip()
    if doc is not None:
        for record in doc.lines:
            if record.original.strip() == core and any(
                e.filter == "spam" and e.action == "cut" for e in record.evidence
            ):
                return True
    for item in removed:
        if item["reason"] != "spam":
            continue
        text = str(item["text"]).strip()
        if text and (text in core or core in text):
            return True
    return False


def _split(url: str) -> str:
    """The host's half (round 42): A (sha256 of the registered host even) may be read and
    tuned on, B only scored.  A farm's random subdomains are its domain's
    (``o5gcig.98winok72.in`` is ``98winok72.in``)."""
    labels = (urlsplit(url).hostname or "").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("com", "net", "org", "gov", "edu") else 2
    host = ".".join(labels[-keep:])
    return "AB"[int(hashlib.sha256(host.encode()).hexdigest(), 16) % 2]


def measure(path: Path, split: bool = False) -> tuple[int, float]:
    """Print the hits and misses of one TSV; return (spam rows caught, share of negatives
    kept).  ``split``: counts by host half, misses printed for half A only."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    removed_any: Counter[str] = Counter()
    halves: Counter[tuple[str, bool, bool]] = Counter()
    misses = []
    rows = [
        raw.split("\t")
        for raw in path.read_text(encoding="utf-8").splitlines()
        if raw.strip() and not raw.startswith("#") and not raw.startswith("kind\t")
    ]
    context: dict[str, list[str]] = {}
    for kind, line, _expected, url in rows:
        if kind in CONTEXT_KINDS and len(line) >= 20:
            context.setdefault(url, []).append(line)
    for kind, line, expected, url in rows:
        own = context.get(url, []) if kind.startswith("neg_") or kind in AS_TITLE else []
        cleaned = clean(page_for(kind, line, own))
        doc = cleaned.to_dict()
        got = judged_spam(line, doc["removed"], cleaned)
        if any(str(item["text"]).strip() == line.strip() for item in doc["removed"]):
            removed_any[kind] += 1
        totals[kind] += 1
        hit = got == (expected == "spam")
        halves[_split(url), expected == "spam", hit] += 1
        if hit:
            hits[kind] += 1
        elif not split or _split(url) == "A":
            misses.append((kind, expected, line, url))
    print(f"== {path.name}")
    pos = [k for k in totals if not k.startswith("neg_")]
    neg = [k for k in totals if k.startswith("neg_")]
    for group, kinds in (("spam", pos), ("not spam", neg)):
        h = sum(hits[k] for k in kinds)
        t = sum(totals[k] for k in kinds)
        print(f"{group}: {h}/{t}")
        for k in sorted(kinds):
            print(f"  {k:14} {hits[k]}/{totals[k]}  (removed for any reason: {removed_any[k]})")
    if split:
        for half in "AB":
            for is_spam, what in ((True, "spam caught"), (False, "negatives kept")):
                got = halves[half, is_spam, True]
                print(f"  {half}: {what} {got}/{got + halves[half, is_spam, False]}")
    for kind, expected, line, url in misses:
        print(f"MISS {kind} expected={expected}: {line[:70]}  <{url}>")
    caught = sum(hits[k] for k in pos)
    kept = sum(hits[k] for k in neg) / max(1, sum(totals[k] for k in neg))
    return caught, kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--rows", type=Path, help="another TSV of the same columns")
    parser.add_argument(
        "--split", action="store_true", help="A/B host halves; misses of half A only"
    )
    args = parser.parse_args()
    if args.rows is not None:
        measure(args.rows, args.split)
        return 0
    status = 0
    for path, (floor_caught, floor_kept) in FLOORS.items():
        caught, kept = measure(path, args.split)
        if args.check and (caught < floor_caught or kept < floor_kept):
            print(f"below floor: spam {caught} (floor {floor_caught}), not spam {kept:.2f}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
