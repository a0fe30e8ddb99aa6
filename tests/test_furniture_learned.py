"""The learned line model asked where the rules are silent (``furniture_learned``, round 46):
real pages of the harvests' halves A, cleaned whole."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.filters.furniture_learned import THRESHOLD, learned_tools

HARVEST = Path(__file__).resolve().parent / "data" / "harvest"


def _page(name: str, url: str) -> list[tuple[str, str]]:
    """The (label, line) rows of one url of a harvest file, in their order (half A)."""
    rows = []
    for raw in (HARVEST / name).read_text("utf-8").splitlines():
        cells = raw.split("\t")
        if len(cells) == 4 and cells[3] == url:
            assert cells[0] == "A"
            rows.append((cells[1], cells[2]))
    assert rows
    return rows


def _placements(rows: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    doc = clean("\n".join(line for _, line in rows) + "\n")
    return [
        (label, line, rec.placement) for (label, line), rec in zip(rows, doc.lines, strict=True)
    ]


# Two real paragraphs of the column above (bjwb.bjd.com.cn, foot_r41.tsv, half A).
PARA_1 = "“围观”的核心在“围”。“围”字的意思和“囗”有关,“韦”是个声旁,在表达意义上做不得数。"
PARA_2 = "“围观”是一个在2009年左右火起来的网络流行语,但并不是由互联网生产出的新词。"


# A paper's e-edition page: its section tab 即时新闻 over a column (foot_r41.tsv, half A).
BJWB = "http://bjwb.bjd.com.cn/html/2017-04/21/node_149.htm"
# A county government's notice: a document number, its issuers, a date (foot_r41.tsv, half A).
CQYC = (
    "https://www.cqyc.gov.cn/jz/lsz_91965/zwgk_91973/fdzdgknr_91976/lzyj_91977/zcwj/202104/"
    "t20210411_9137912.html"
)


# A bulleted interaction counter under the headline (eval/variants/byline.json, tuned row
# by-bullets-author-jizhe-upload-interact: a portal's bullets, "• 参与互动 0"), in simplified
# and traditional print: no rule knows it there; the model reads it as the site's.
@pytest.mark.parametrize("line", ["• 参与互动 0", "• 參與互動 0"])
def test_a_counter_above_the_article_is_removed(line: str) -> None:
    doc = clean(f"“围观”进化史\n\n{line}\n\n{PARA_1}\n\n{PARA_2}\n")
    record = next(r for r in doc.lines if r.original == line)
    assert record.placement == "removed"
    assert record.reason == "nav"
    evidence = [e for e in record.evidence if e.filter == "line_model"]
    assert evidence and "learned line model" in evidence[0].detail


@pytest.mark.parametrize("url", [BJWB, CQYC])
def test_the_article_lines_stay(url: str) -> None:
    for label, line, where in _placements(_page("foot_r41.tsv", url)):
        if label == "keep":
            assert where not in ("removed", "copyright"), line


def test_no_half_a_article_line_of_the_foot_harvests_is_taken_by_the_model() -> None:
    for name in ("foot.tsv", "foot_r41.tsv", "foot_r42.tsv", "foot_r43.tsv", "foot_r44.tsv"):
        pages: dict[str, list[tuple[str, str]]] = {}
        for raw in (HARVEST / name).read_text("utf-8").splitlines():
            cells = raw.split("\t")
            if len(cells) == 4 and cells[0] == "A":
                pages.setdefault(cells[3], []).append((cells[1], cells[2]))
        for rows in pages.values():
            doc = clean("\n".join(line for _, line in rows) + "\n")
            for (label, line), record in zip(rows, doc.lines, strict=True):
                taken = any(e.filter == "line_model" for e in record.evidence)
                assert not (label == "keep" and taken), line


def test_a_short_line_alone_between_paragraphs_stays() -> None:
    # the counter of the test above between two paragraphs, no furniture beside it: the
    # article's zone, where the model is not asked
    doc = clean(f"“围观”进化史\n\n{PARA_1}\n\n• 参与互动 0\n\n{PARA_2}\n")
    record = next(r for r in doc.lines if r.original == "• 参与互动 0")
    assert record.placement != "removed"


def test_a_kicker_under_the_headline_stays() -> None:
    # eval/originals (https://news.dayoo.com/guangzhou/202505/28/139995_54830500.htm): the
    # column's issue line between middle dots, the article's own (its margin is 14.6)
    line = "· 读懂广州第一六六期 ·"
    doc = clean(f"读懂广州·粤韵|幸福乐园七十载 侨心安处是此间\n\n{line}\n\n{PARA_1}\n\n{PARA_2}\n")
    record = next(r for r in doc.lines if r.original == line)
    assert record.placement != "removed"


@pytest.mark.parametrize(
    "line",
    [
        "新华社记者 李刚 摄",  # a caption's credit (eval/originals: pic.people.com.cn)
        "习近平向军事科学院、国防大学、国防科技大学授军旗致训词",  # a headline
        "请广大网民不信谣不传谣",  # a quoted appeal (wgbkz.com, test_furniture_voice)
        "各村党总支、村委会:",  # a notice's addressees (cqyc.gov.cn, foot_r41.tsv, A)
        # a slogan row of tool words (tests/data/furniture_variants.tsv, content; margin 19.5)
        "看新闻 学知识 用手机 扫码乘车",
    ],
)
def test_article_lines_at_the_foot_stay(line: str) -> None:
    doc = clean(f"{PARA_1}\n\n{PARA_2}\n\n{line}\n")
    record = next(r for r in doc.lines if r.original == line)
    assert record.placement != "removed", record


def test_no_prose_no_zones() -> None:
    placements = ["body", "body"]
    assert (
        learned_tools(["即时新闻", "打印本页 关闭窗口"].__getitem__, 2, placements, [None, None])
        == {}
    )
    assert THRESHOLD > 0


def test_a_ten_megabyte_line_is_fast() -> None:
    page = f"{PARA_1}\n\n{'打印' * 5_000_000}\n"
    start = time.perf_counter()
    learned_tools(page.split("\n").__getitem__, 3, ["body", "blank", "body"], [None] * 3)
    assert time.perf_counter() - start < 1.0


# --- Round 47: runs of lines judged as a unit (furniture_learned._runs) ---

# A building-materials site's head (bdf.3061615.cn, foot_r41.tsv, half A): its hotline label and
# its channel's name, lines no rule knows; each leans tool below the single line's bar (16.7,
# 12.4), together a run of the site's.  Set above a real article (bjwb.bjd.com.cn's column).
BDF_HEAD = ["扣板厂家", "免费服务热线", "技术资讯"]
# An electrification portal's foot (ncdqh.com.cn/safety/201203/96352.html, foot_r42.tsv, half A):
# the publisher's name and its contact line (36 characters, longer than a single candidate).
NCDQH_FOOT = ["北京国宇出版有限公司", "联系方式:北京市大兴区地盛北街2号院17号楼 电话:010-63231594"]


def test_a_run_of_site_lines_above_the_article_is_removed() -> None:
    head = "\n\n".join(BDF_HEAD)
    doc = clean(f"“围观”进化史\n\n{head}\n\n{PARA_1}\n\n{PARA_2}\n")
    for line in ("免费服务热线", "技术资讯"):
        record = next(r for r in doc.lines if r.original == line)
        assert record.placement == "removed", line
        detail = [e.detail for e in record.evidence if e.filter == "line_model"]
        assert detail and "a run of" in detail[0], record


def test_the_run_is_asked_where_the_rules_are_silent() -> None:
    # a new site: no rule placed any of these lines (all body); the run goes, the article stays
    # (cleaned whole, a rule reads the publisher's name as a heading, and that decision stands)
    lines = [PARA_1, PARA_2, *NCDQH_FOOT]
    taken = learned_tools(lines.__getitem__, len(lines), ["body"] * 4, [None] * 4)
    assert sorted(taken) == [2, 3]
    assert "a run of 2 lines" in taken[3]


@pytest.mark.parametrize(
    ("lines", "url"),
    [
        # an article's own section headings, grouped (eval/originals)
        (
            [
                "拿出好地建造好房",
                "新中国华侨第一村处处体现人文关怀",
                "百年前归侨聚居 东山口逐渐繁华",
            ],
            "https://news.dayoo.com/guangzhou/202505/28/139995_54830500.htm",
        ),
        # captions of a gallery stacked above the story (eval/originals)
        (
            ["丁任村群众大会", "咀头赵村群众大会", "牛吴村群众大会"],
            "https://www.ningxian.gov.cn/xwzx/xzdt/content_21411",
        ),
        (
            ["澳門司法警察局交代案情。司警教室FB", "檢獲的證物。司警教室FB"],
            "https://bastillepost.com/hongkong/article/14405939",
        ),
        # a notice's addressees and a short paragraph (cqyc.gov.cn, foot_r41.tsv, half A)
        (["各村党总支、村委会:", "请广大网民不信谣不传谣"], CQYC),
    ],
)
def test_a_run_of_the_article_s_own_lines_stays(lines: list[str], url: str) -> None:
    for where in ("head", "foot"):
        block = "\n\n".join(lines)
        page = (
            f"“围观”进化史\n\n{block}\n\n{PARA_1}\n\n{PARA_2}\n"
            if where == "head"
            else f"“围观”进化史\n\n{PARA_1}\n\n{PARA_2}\n\n{block}\n"
        )
        doc = clean(page)
        for record in doc.lines:
            if record.original in lines:
                assert not any(e.filter == "line_model" for e in record.evidence), (url, record)


def test_a_long_line_of_a_run_is_read_fast() -> None:
    lines = [PARA_1, "打印" * 5_000_000, "打印" * 5_000_000]
    start = time.perf_counter()
    learned_tools(lines.__getitem__, 3, ["body"] * 3, [None] * 3)
    assert time.perf_counter() - start < 1.0
