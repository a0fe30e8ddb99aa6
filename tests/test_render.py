"""Renderers: text, JSON, JSON Lines, Markdown."""

import json
import os
from pathlib import Path

import pytest
from conftest import REFERENCE

from newsclean import clean_bytes
from newsclean.names import json_text
from newsclean.render import FORMATS, render


@pytest.fixture(scope="module")
def doc():
    return clean_bytes(REFERENCE.read_bytes(), path="ref.txt")


def test_text_is_title_then_paragraphs_between_blank_lines(doc):
    text = render(doc, "text")
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == doc.title
    assert blocks[1:] == doc.body
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_json_is_utf8_not_escaped_and_pretty(doc):
    out = render(doc, "json")
    assert "援藏" in out and "\\u" not in out
    assert out.startswith('{\n  "path": "ref.txt"')


def test_jsonl_is_one_line(doc):
    out = render(doc, "jsonl")
    assert out.count("\n") == 1
    assert json.loads(out) == doc.to_dict()


def test_markdown_has_title_metadata_headings_and_captions(doc):
    out = render(doc, "markdown")
    assert out.startswith(f"# {doc.title}\n\n- 发布时间: 2025-07-02T16:05:00+08:00\n")
    for heading in doc.headings:
        assert f"\n## {heading}\n" in out
    for caption in doc.captions:
        assert f"\n- {caption}\n" in out


def test_every_format_renders_and_unknown_is_refused(doc):
    assert all(render(doc, fmt) for fmt in FORMATS)
    with pytest.raises(ValueError, match="unknown format"):
        render(doc, "html")


def test_indented_json_is_what_json_dumps_writes() -> None:
    """``json_text`` writes indented JSON itself (json's Python encoder is slow); byte for
    byte what ``json.dumps`` writes, on real documents and on the values it hands back."""
    fixtures = sorted(Path(__file__).parent.parent.glob("fixtures/*.txt"))
    assert fixtures
    values: list[object] = [clean_bytes(path.read_bytes()).to_dict() for path in fixtures]
    values += [
        {"path": os.fsdecode(b"\xb0\xa1.txt"), "nested": [[], {}, [1, [2.5, None]]]},
        {"score": float("nan"), "inf": float("inf")},  # left to json.dumps
        {1: "an int key", None: "a None key"},  # left to json.dumps
        ("a tuple", True, False, -(10**30), 1e300, '引号"\\\n\u2028'),
    ]
    for value in values:
        expected = (
            json.dumps(value, ensure_ascii=False, indent=2)
            .replace("\udcb0", "\\udcb0")
            .replace("\udca1", "\\udca1")
        )
        assert json_text(value, indent=2) == expected
