"""The learned line model (``filters/line_model.py``, round 46): features, the candidate test,
the shipped table rebuilt from its rows, hostile input."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from newsclean.filters.line_model import (
    CLASSES,
    escape,
    features,
    is_candidate_text,
    margin,
    scores,
    tool_margin,
    unescape,
)

ROOT = Path(__file__).resolve().parent.parent


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_line_model", ROOT / "tools" / "build_line_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_the_one_its_rows_build() -> None:
    builder = _builder()
    shipped = (ROOT / "src" / "newsclean" / "data" / "line_model.txt").read_text("utf-8")
    assert builder.render(builder.read_rows()) == shipped


def test_the_rows_hold_no_half_b_harvest_row() -> None:
    builder = _builder()
    b_urls = set()
    for path in (ROOT / "tests" / "data" / "harvest").glob("*.tsv"):
        for raw in path.read_text("utf-8").splitlines():
            cells = raw.split("\t")
            if len(cells) == 4 and cells[0] == "B":
                b_urls.add(cells[3])
    harvested = [s for _, _, s in builder.read_rows() if s.startswith("harvest/")]
    assert len(harvested) > 250
    for source in harvested:
        url = source.split(" ")[1]
        assert builder.half_a(url) and url not in b_urls, source


@pytest.mark.parametrize(
    "line",
    [
        "打印本页 关闭窗口",  # tuned furniture rows' kind: a page's print/close tools
        "【字體：↑大 ↓小",  # eval/variants/furniture.json, http://92880.cn/gn/news/2009/09-27/1889811.shtml
        "即时新闻",  # foot_r41.tsv (A): http://bjwb.bjd.com.cn/html/2017-04/21/node_149.htm
    ],
)
def test_tool_lines_read_as_tools(line: str) -> None:
    assert is_candidate_text(line)
    score = tool_margin(line)
    assert score is not None and score > 8


@pytest.mark.parametrize(
    "line",
    [
        # a label that the article's list follows, a list item, sentences, a clause pair
        "本文目录一览:",
        "1. 企业注册流程",
        "（一）",
        "7月19日，新调整组建的军事科学院成立。",
        "他说，这是第一次",
        # Latin letters: outside what the model read (http://go.aigcmore.com/help/106.html)
        "I can't remember my password",
        "x" * 31,
        # a Latin word: the model reads letters by their shape alone (a heading of a
        # technical article, tools/data/line_model_rows.tsv, body, half A)
        "Scout 全文搜索",
    ],
)
def test_no_candidate(line: str) -> None:
    assert not is_candidate_text(line)


def test_a_byline_row_is_left_to_the_byline_readers() -> None:
    # tests/data/harvest/foot_r41.tsv (A): a county policy's document number, the article's
    # https://www.cqyc.gov.cn/jz/lsz_91965/zwgk_91973/fdzdgknr_91976/lzyj_91977/zcwj/202104/t20210411_9137912.html
    assert tool_margin("来苏委发〔2021〕68号") is None
    assert margin("来苏委发〔2021〕68号") > 0  # it would pass the tool-over-body margin alone


def test_traditional_and_simplified_share_features() -> None:
    assert features("發布時間") == features("发布时间")
    assert set(scores("字号")) == set(CLASSES)


@pytest.mark.parametrize("feature", ["a b", " 字", "\\s", "\\", "#len2"])
def test_table_names_round_trip(feature: str) -> None:
    assert unescape(escape(feature)) == feature


def test_a_ten_megabyte_line_is_read_fast() -> None:
    line = "打印" * 5_000_000
    start = time.perf_counter()
    assert margin(line) > 0
    assert not is_candidate_text(line)
    assert time.perf_counter() - start < 1.0


def test_a_run_line_is_headline_shaped() -> None:
    from newsclean.filters.line_model import MAX_RUN_LINE, is_run_text

    # a portal's contact line (ncdqh.com.cn, foot_r42.tsv, half A): 36 characters, no sentence
    assert is_run_text("联系方式:北京市大兴区地盛北街2号院17号楼 电话:010-63231594")
    assert not is_candidate_text("联系方式:北京市大兴区地盛北街2号院17号楼 电话:010-63231594")
    # a sentence of the article (eval/originals, dayoo.com) and a clause pair stay out
    assert not is_run_text(
        "“围观”是一个在2009年左右火起来的网络流行语,但并不是由互联网生产出的新词。"
    )
    assert not is_run_text("拿出好地建造好房" * 10)  # past MAX_RUN_LINE
    assert MAX_RUN_LINE == 60
