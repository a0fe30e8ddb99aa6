"""Golden tests: each fixture page against its hand-checked expected document, through the CLI."""

import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, ROOT

from newsclean.cli import main
from newsclean.filters.convert import converter
from newsclean.filters.pinyin import ANNOTATION, TONE_MARKED

PAGES = sorted(FIXTURES.glob("0*.txt"))


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(autouse=True)
def _from_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_json_matches_the_expected_document(page):
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    actual = json.loads(_run(f"fixtures/{page.name}", "--format", "json"))
    assert actual == expected


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_text_is_title_and_body_of_the_expected_document(page):
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    blocks = ([expected["title"]] if expected["title"] else []) + expected["body"]
    assert _run(f"fixtures/{page.name}") == "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_annotation_or_traditional_residue(page):
    text = _run(f"fixtures/{page.name}", "--format", "markdown")
    assert converter("t2s").convert(text) == text
    leftovers = [
        m.group(0) for m in ANNOTATION.finditer(text) if set(m.group(2)) & set(TONE_MARKED)
    ]
    assert leftovers == []


def test_reference_article_as_the_issue_states_it():
    doc = json.loads((FIXTURES / "000_da2a06443414a7f3.expected.json").read_text("utf-8"))
    assert [r["line"] for r in doc["removed"]] == [1, 3, 4, 83]
    assert [r["reason"] for r in doc["removed"]] == ["spam", "nav", "nav", "share"]
    assert doc["site"] == "tibet.cn"
    assert doc["title"] == "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共谱雅砻新曲"
    assert (doc["published_at"], doc["source"], doc["editor"], doc["author"]) == (
        "2025-07-02T16:05:00+08:00",
        "西藏日报",
        "于超",
        None,
    )
    assert len(doc["captions"]) == 5
    assert (
        doc["captions"][0] == "湖北援藏企业西藏雅江计算科学技术有限公司“雅江1号”智算中心智算机房。"
    )
    assert len(doc["body"]) == 27 and "……" in doc["body"]
    assert doc["headings"] == [
        "深耕产业援藏——激活经济新引擎",
        "做实民生援藏——编织幸福保障网",
        "推动智力、就业援藏——筑牢高质量发展根基",
    ]
    assert doc["copyright"].startswith("版权声明:凡注明“来源:中国西藏网”")
    assert [w["line"] for w in doc["warnings"]] == [55]
    body = "\n".join(doc["body"]) + doc["copyright"]
    assert "村(社区)" in body and "高原(北京)文化传播有限公司" in body


def test_clean_page_passes_through_unchanged():
    page = (FIXTURES / "001_clean_simplified.txt").read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in page.split("\n") if line.strip()]
    doc = json.loads(_run("fixtures/001_clean_simplified.txt", "--format", "json"))
    assert doc["removed"] == [] and doc["warnings"] == []
    assert [doc["title"], *doc["body"]] == [p for p in paragraphs if "来源" not in p]
