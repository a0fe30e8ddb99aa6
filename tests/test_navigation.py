"""Page furniture: crumbs, share links, tool links — and the site they name."""

import pytest
from conftest import data_lines

from newsclean.filters.navigation import classify_furniture, furniture_coverage


@pytest.mark.parametrize(
    ("line", "reason", "site"),
    [
        ("tibet.cn", "nav", "tibet.cn"),
        ("http://www.sina.com.cn/", "nav", "www.sina.com.cn"),
        ("home", "nav", None),
        ("首页", "nav", None),
        ("当前位置：首页 > 新闻 > 正文", "nav", None),
        ("中国西藏网 > 新闻 > 西藏", "nav", "中国西藏网"),
        ("国内 > 社会", "nav", None),
        ("email", "share", None),
        ("分享到：微信 微博 QQ空间", "share", None),
        ("【打印】【关闭】", "share", None),
        ("【字体：大 中 小】", "share", None),
        ("上一篇 下一篇", "nav", None),
    ],
)
def test_furniture_is_recognised(line, reason, site):
    furniture = classify_furniture(line)
    assert furniture is not None
    assert (furniture.reason, furniture.site) == (reason, site)


@pytest.mark.parametrize(
    "line",
    [
        "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机。",
        "做实民生援藏——编织幸福保障网",
        "1.5",
        "收入增长3.5%>2.1%的预期。",
        "“雅江1号”人工智算中心落地山南",
    ],
)
def test_content_is_not_furniture(line):
    assert classify_furniture(line) is None


def _variants() -> list[tuple[str, str, str]]:
    rows = [line.split("\t") for line in data_lines("furniture_variants.tsv")]
    return [(row[0], row[1], row[2]) for row in rows]


@pytest.mark.parametrize(("line", "expected", "seen"), _variants())
def test_furniture_variant_table(line, expected, seen):
    furniture = classify_furniture(line)
    got = "content" if furniture is None else furniture.reason
    assert got == expected, f"{line!r} (seen: {seen})"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("扫一扫在手机打开当前页", "share"),  # scan + open the page: a share tool
        ("返回顶部", "nav"),  # moves the reader
        ("点击查看原文", "nav"),
        ("分享到微信朋友圈", "share"),
    ],
)
def test_share_wins_when_a_share_word_takes_part(line, reason):
    assert furniture_coverage(line)[1] == reason


def test_coverage_counts_letters_not_punctuation():
    covered, _ = furniture_coverage("【返回顶部】")
    assert covered == 1.0
    partly, _ = furniture_coverage("返回顶部查看今日天气预报")
    assert 0.2 < partly < 0.75


def test_a_long_line_is_never_a_tool_phrase():
    line = "扫一扫在手机打开当前页" * 5
    assert classify_furniture(line) is None


def test_furniture_lines_are_removed_in_the_page():
    from newsclean.pipeline import clean

    page = (
        "三省援藏干部人才同心凝聚合力\n\n来源：西藏日报\n\n"
        "  在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，"
        "这是西藏首个清洁能源装备产业基地。\n\n"
        "  安徽援建的山南市第二高级中学建设项目顺利完工，学校面貌焕然一新，师生们纷纷点赞。\n\n"
        "扫一扫在手机打开当前页\n\n返回顶部\n"
    )
    doc = clean(page)
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("扫一扫在手机打开当前页", "share"),
        ("返回顶部", "nav"),
    ]
    assert len(doc.body) == 2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("生成图片,分享到微信朋友圈", "share"),
        ("返回顶部，查看更多", "nav"),
    ],
)
def test_a_line_of_clauses_is_furniture_when_every_clause_is(line, reason):
    furniture = classify_furniture(line)
    assert furniture is not None and furniture.reason == reason


def test_one_uncovered_clause_keeps_the_line():
    assert classify_furniture("生成图片,分享到微信朋友圈") is not None
    assert classify_furniture("生成图片,分享给在外地工作的儿子") is None


def test_a_link_row_needs_half_its_segments_to_be_tools():
    row = "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法"
    assert classify_furniture(row) is not None
    # the same slogans with only one link among them stay (left to the spam filter)
    assert classify_furniture("不用抽 不用搶 保證天天中獎 點我下載APP") is None


def test_a_tool_verb_with_a_product_name_needs_a_known_tool_beside_it():
    assert classify_furniture("【评论】【下载点点通】【关闭】") is not None
    assert classify_furniture("【下载点点通】") is None
    assert classify_furniture("下载文件 保存资料") is None


def test_decorating_symbols_do_not_hide_a_tool_row():
    assert classify_furniture("【字號：▲大 ▼小】") is not None
    assert classify_furniture("★推荐★") is not None
    assert classify_furniture("★年度人物★") is None
