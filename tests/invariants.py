"""Checks shared by the property, hostile-input and fuzz-regression tests.

Each check restates a promise of the ``Document`` contract independently of the
pipeline's code, so that a filter that loses or double-places a line fails here.
"""

from __future__ import annotations

import json
from functools import cache

import regex

from newsclean.document import Document
from newsclean.filters.credits import article_credit
from newsclean.render import render

#: The characters ``normalize`` drops as invisible; a line made only of these and
#: white space is blank.
_INVISIBLE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u200b-\u200d\u2060]")

KEPT = ("title", "metadata", "caption", "heading", "body", "copyright")
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
ANNOTATION = regex.compile(
    r"(\p{Han})[(（]([a-zA-Zü" + TONE_MARKED + TONE_MARKED.upper() + r"]{1,7})[)）]"
)


def _writable(text: str) -> str:
    return regex.sub(r"[\ud800-\udfff]", "\ufffd", text)


def input_lines(text: str) -> list[str]:
    """The page's lines as the contract counts them: split on LF, CRLF or CR only."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def is_blank(line: str) -> bool:
    return all(ch.isspace() or _INVISIBLE.match(ch) for ch in line)


def check_accounting(doc: Document, text: str) -> None:
    """Every non-blank input line is in exactly one place, and the lists say the same."""
    raw = input_lines(text)
    records = doc.lines
    assert [r.number for r in records] == list(range(1, len(raw) + 1))
    assert [r.original for r in records] == raw
    for record in records:
        if is_blank(record.original):
            assert record.placement == "blank", record
            continue
        assert record.placement in (*KEPT, "removed"), record
        if record.placement == "removed":
            assert record.reason, record
        else:
            assert record.text.strip(), record

    def texts(*placements: str) -> list[str]:
        return [r.text for r in records if r.placement in placements]

    titles = texts("title")
    assert len(titles) <= 1
    assert doc.title == (titles[0] if titles else None)
    assert doc.body == texts("body", "heading")
    assert doc.headings == texts("heading")
    assert doc.captions == texts("caption")
    assert doc.copyright == ("\n".join(texts("copyright")) or None)
    assert [(r.line, r.text, r.reason) for r in doc.removed] == [
        (r.number, _writable(r.original).strip(), r.reason)
        for r in records
        if r.placement == "removed"
    ]
    # The author may also come from the reporter credit at the head of the first paragraph
    # (or of the one under a dek), or closing the last paragraph.
    body = texts("body")
    credit = article_credit(range(len(body)), body.__getitem__)
    credited = doc.author is not None and credit is not None and credit[1] == doc.author
    if any((doc.published_at, doc.source, doc.editor)) or (doc.author and not credited):
        assert texts("metadata"), "metadata fields with no metadata line"
    # Each kept line appears once in the placement's list: nothing is counted twice.
    placed = sum(1 for r in records if r.placement != "blank")
    listed = (
        len(titles)
        + len(doc.body)
        + len(doc.captions)
        + len(texts("copyright"))
        + len(texts("metadata"))
        + len(doc.removed)
    )
    assert placed == listed


def check_json_round_trip(doc: Document) -> None:
    expected = doc.to_dict()
    for fmt in ("text", "json", "jsonl", "markdown"):
        render(doc, fmt).encode("utf-8")  # every rendering can be written out
    for fmt in ("json", "jsonl"):
        parsed = json.loads(render(doc, fmt))
        assert parsed == expected
        assert Document.from_dict(parsed).to_dict() == expected


def output_texts(doc: Document) -> list[str]:
    """Every text the document hands to a reader."""
    fields = [doc.title, doc.source, doc.author, doc.editor, doc.copyright]
    return [t for t in fields if t] + doc.body + doc.captions


@cache
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.TONE, heteronym=True)[0])


def surviving_annotations(text: str) -> list[str]:
    """Han character + bracketed tone-marked syllable that is one of its readings."""
    found = []
    for match in ANNOTATION.finditer(text, overlapped=True):
        syllable = match.group(2).lower()
        if any(ch in TONE_MARKED for ch in syllable) and syllable in _readings(match.group(1)):
            found.append(match.group())
    return found


def line_removed(document: Document, text: str) -> bool:
    """Whether the line printing ``text`` (as cleaned or as it came) was removed."""
    return any(
        text in (line.text, line.original) and line.placement == "removed"
        for line in document.lines
    )
