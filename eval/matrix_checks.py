"""The variant matrix's pieces: the base articles a case is built on, the ``Case`` record
and the checks a cleaned case is held to (``matrix_cases`` builds the cases, ``matrix``
runs them).

Every check compares newsclean's output (``Document.to_dict()``) with what the case
printed, made comparable by ``gold`` (OpenCC t2s of the printed text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from inject import T2S

HERE = Path(__file__).resolve().parent


def original(pid: str) -> dict:
    return json.loads((HERE / "originals" / f"{pid}.json").read_text(encoding="utf-8"))


SIMP = original("004")  # a plain simplified article: title, 3 paragraphs, source, author
TRAD = original("026")  # a traditional article (Taiwan)
PARENS = original("023")["paragraphs"][0]  # real parentheses: 今日(一月三十日)…(亞錦賽)
CRIME = original("009")["paragraphs"][:2]  # a crime report full of spam-like words


#: What a case is held to: the cleaned document (``to_dict``) -> its problems.
Check = Callable[[dict], list[str]]


@dataclass
class Case:
    id: str
    variant: str
    phenomenon: str
    polarity: str  # positive | negative
    page: str
    check: Callable[[dict], list[str]]


def positive_case(row: dict, phenomenon: str, page: str, check: Check) -> Case:
    """The case of ``row`` where the variant is printed: it must be handled."""
    return Case(f"{row['id']}+", row["id"], phenomenon, "positive", page, check)


def negative_case(row: dict, phenomenon: str, page: str, check: Check) -> Case:
    """The case of ``row`` where real text stands in the variant's place: left alone."""
    return Case(f"{row['id']}-", row["id"], phenomenon, "negative", page, check)


def norm(text: object) -> str:
    return " ".join(str(text or "").split())


def gold(text: object) -> str:
    """The expected form of a text field: OpenCC t2s of the text as printed (README).

    Every check compares newsclean's output with ``gold`` of what the case printed, so
    a case may print traditional text (a Taiwan credit, a ROC date) and still expect
    what a converter can give; this is the one place expected text is made.
    """
    return norm(T2S.convert(str(text or "")))


def page_of(*blocks: str | list[str]) -> str:
    """Blocks separated by a blank line; a list is printed as consecutive lines."""
    return "\n\n".join("\n".join(b) if isinstance(b, list) else b for b in blocks) + "\n"


def placed(
    block: str | list[str], position: str, title: str, paras: list[str]
) -> list[str | list[str]]:
    """A page's blocks with ``block`` at the top, at the foot or after the first paragraph."""
    if position == "top":
        return [block, title, *paras]
    if position == "foot":
        return [title, *paras, block]
    return [title, paras[0], block, *paras[1:]]


def removed(lines: list[int]) -> Callable[[dict], list[str]]:
    def check(doc: dict) -> list[str]:
        gone = {r["line"] for r in doc["removed"]}
        return [f"line {n} kept" for n in lines if n not in gone]

    return check


def body_is(expected: list[str]) -> Callable[[dict], list[str]]:
    def check(doc: dict) -> list[str]:
        got = [norm(p) for p in doc["body"]]
        want = [gold(p) for p in expected]
        return [] if got == want else [f"body {got!r:.200} != {want!r:.200}"]

    return check


def fields_are(**expected: object) -> Callable[[dict], list[str]]:
    def check(doc: dict) -> list[str]:
        out = []
        for key, want in expected.items():
            got = doc.get(key)
            if key == "captions":
                golds = [gold(c) for c in want]  # type: ignore[union-attr]
                if [norm(c) for c in got or []] != golds:
                    out.append(f"captions {got!r:.120} != {golds!r:.120}")
            elif norm(got) != gold(want):
                out.append(f"{key} {norm(got)!r:.80} != {gold(want)!r:.80}")
        return out

    return check


def warned(lines: list[int], want: bool) -> Callable[[dict], list[str]]:
    def check(doc: dict) -> list[str]:
        flagged = {w["line"] for w in doc["warnings"] if w.get("kind") == "mojibake"}
        if want:
            return [f"line {n} not flagged as mojibake" for n in lines if n not in flagged]
        return [f"line {n} flagged as mojibake" for n in sorted(flagged)]

    return check


def has_paragraph(text: str) -> Callable[[dict], list[str]]:
    def check(doc: dict) -> list[str]:
        return [] if gold(text) in [norm(p) for p in doc["body"]] else [f"lost {text!r:.60}"]

    return check


def both(*checks: Callable[[dict], list[str]]) -> Callable[[dict], list[str]]:
    return lambda doc: [msg for c in checks for msg in c(doc)]


def simp_body() -> list[str]:
    """The base article's paragraphs without the credit that closes its last one
    (``…城市内涝。(记者 崔虹)``): that credit prints the author, and the byline cases
    must show only the variant under test (the builder's gold counts it as printed)."""
    paras = list(SIMP["paragraphs"])
    paras[-1] = re.sub(r"\s*[(（]记者[^()（）]{1,12}[)）]$", "", paras[-1])
    return paras


def line_numbers(page: str, texts: list[str]) -> list[int]:
    lines = page.split("\n")
    return [i for i, ln in enumerate(lines, start=1) if ln in texts]
