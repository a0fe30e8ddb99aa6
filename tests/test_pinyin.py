"""Glued pinyin annotations come off; every other parenthesis stays."""

import pytest

from newsclean.filters.convert import converter
from newsclean.filters.pinyin import readings, strip_annotations


def _t2s(char: str) -> str:
    return converter("t2s").convert(char)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("發(fā)展", "發展"),
        ("產業(yè)", "產業"),
        ("村(社區(qū))", "村(社區)"),
        ("養(yǎng)老", "養老"),
        ("發（fā）展", "發展"),
        ("綠(lǜ)色", "綠色"),
        ("發(FĀ)展", "發展"),
    ],
)
def test_annotation_that_is_a_reading_is_removed(text, expected):
    assert strip_annotations(text, simplify=_t2s).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "高原(北京)文化傳播有限公司",
        "國內生產總值(GDP)",
        "的(de)",  # toneless: too ambiguous to remove
        "行(bā)",  # tone-marked, but not a reading of 行
        "(fā)開頭",  # no character before it
        "32場(次)",
        "人工智慧(AI)",
    ],
)
def test_other_parentheses_survive(text):
    assert strip_annotations(text, simplify=_t2s).text == text


def test_stripped_annotations_are_reported_in_order(reference_lines):
    result = strip_annotations(reference_lines[32], simplify=_t2s)
    assert result.stripped[:3] == ("發(fā)", "區(qū)", "穩(wěn)")
    assert "(" not in result.text.replace("“", "")


def test_readings_come_from_pypinyin_data():
    import json
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("pypinyin")
    assert spec is not None and spec.submodule_search_locations
    raw = json.loads(
        (Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json").read_text("utf-8")
    )
    for char in "發業區中行好乐":
        assert readings().of(char) == frozenset(raw[str(ord(char))].split(","))
    assert readings().of("a") == frozenset()


def test_deeply_repeated_pseudo_annotations_are_linear():
    text = "發(a)" * 100_000
    assert strip_annotations(text).text == text


def test_cached_decisions_equal_fresh_ones(monkeypatch):
    from newsclean.filters import pinyin
    from newsclean.filters.convert import converter

    simplify = converter("t2s").convert
    lines = [
        "發(fā)展(fā)，村(社區(qū))發(fa)(fā)",
        "发(fà)展 發(fā)(fā)",
        "高原(北京)文化 (GDP) 行(háng)",
    ]
    fresh = []
    for line in lines:
        pinyin._RUN_CACHE.clear()
        fresh.append(pinyin.strip_annotations(line, simplify=simplify))
    # Warm cache, then the other way round, then a cache emptied at every insertion.
    for _ in range(2):
        assert [pinyin.strip_annotations(line, simplify=simplify) for line in lines] == fresh
    monkeypatch.setattr(pinyin, "RUN_CACHE_LIMIT", 1)
    assert [pinyin.strip_annotations(line, simplify=simplify) for line in lines] == fresh
    # Without simplify the decision differs, so it is cached apart.
    assert pinyin.strip_annotations("发(fā)", simplify=None).text == "发"
