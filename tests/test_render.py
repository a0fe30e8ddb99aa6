"""Renderers: text, JSON, JSON Lines, Markdown."""

import json

import pytest
from conftest import REFERENCE

from newsclean import clean_bytes
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
