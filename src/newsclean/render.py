"""Documents to text, JSON, JSON Lines or Markdown."""

from __future__ import annotations

import os
from collections.abc import Callable

from newsclean.document import Document

FORMATS = ("text", "json", "jsonl", "markdown")
#: The file extension of each format, for batch outputs.
EXTENSIONS = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "markdown": ".md"}

#: The format each output name implies (longest suffix first).
FORMAT_SUFFIXES = (
    (".jsonl.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".json", "json"),
    (".md", "markdown"),
    (".markdown", "markdown"),
    (".txt", "text"),
)


def format_of_output(output: str) -> str | None:
    """The format an ``-o`` name implies, or None (a directory, or an unknown suffix).

    >>> format_of_output("corpus.jsonl.gz"), format_of_output("page.JSON"), format_of_output("out/")
    ('jsonl', 'json', None)
    """
    if output.endswith("/") or output.endswith(os.sep):
        return None
    lowered = output.lower()
    for suffix, fmt in FORMAT_SUFFIXES:
        if lowered.endswith(suffix):
            return fmt
    return None


def to_text(doc: Document) -> str:
    """The title, a blank line, then body paragraphs (headings in place) between blank lines."""
    blocks = ([doc.title] if doc.title else []) + doc.body
    return "\n\n".join(blocks) + "\n" if blocks else ""


def to_json(doc: Document) -> str:
    """Indented JSON; a non-UTF-8 file name in ``path`` is kept whole (see ``names``)."""
    from newsclean.names import json_text  # deferred: text output never needs json

    return json_text(doc.to_dict(), indent=2) + "\n"


def to_jsonl(doc: Document) -> str:
    from newsclean.names import json_text

    return json_text(doc.to_dict(), separators=(",", ":")) + "\n"


METADATA_LABELS = (
    ("published_at", "发布时间"),
    ("source", "来源"),
    ("author", "作者"),
    ("editor", "责任编辑"),
    ("site", "网站"),
)


def to_markdown(doc: Document) -> str:
    """``# title``, a metadata list, ``## heading``s and paragraphs, captions as a list."""
    out: list[str] = []
    if doc.title:
        out += [f"# {doc.title}", ""]
    facts = [
        f"- {label}: {getattr(doc, key)}" for key, label in METADATA_LABELS if getattr(doc, key)
    ]
    if facts:
        out += [*facts, ""]
    headings = set(doc.headings)
    for paragraph in doc.body:
        out += [f"## {paragraph}" if paragraph in headings else paragraph, ""]
    if doc.captions:
        out += ["图片说明:", "", *[f"- {caption}" for caption in doc.captions], ""]
    if doc.copyright:
        out += [*[f"> {line}" for line in doc.copyright.split("\n")], ""]
    return "\n".join(out).rstrip("\n") + "\n" if out else ""


RENDERERS: dict[str, Callable[[Document], str]] = {
    "text": to_text,
    "json": to_json,
    "jsonl": to_jsonl,
    "markdown": to_markdown,
}


def render(doc: Document, fmt: str = "text") -> str:
    """Render ``doc`` in one of ``FORMATS``."""
    try:
        return RENDERERS[fmt](doc)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
