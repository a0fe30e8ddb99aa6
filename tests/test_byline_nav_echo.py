"""A person's (or a shapeless source's) field whose value is the page's section, echoed from
its navigation line (byline_nav_echo)."""

from __future__ import annotations

from newsclean import clean

# http://6fiwdpj5.vigrant-improvement.com/html/96d5299851.html: the breadcrumb names the
# section 经典电视剧回顾, and the template prints it again as the editor
NAV = "您的当前位置:首页 > 经典电视剧回顾 > 赏花、踩青、跨省游——失败假期遨游市场再现高峰 正文"
ROW = "时间:2025-12-20 20:57:44 来源:网络整理 编辑:经典电视剧回顾"
FIRST = (
    "  上海市仄易远成浩一家正在失败假期自驾返回苏州。赏花“秋节假期正在当天渡过,失败节特意念让"
    "一家人特意是5岁的女子出门走走,正在苏州的老街走走,品味特色小吃,放松身心。”"
)


def test_the_sections_name_printed_as_editor_is_no_editor():
    doc = clean("\n".join([NAV, ROW, "", FIRST]) + "\n")
    assert doc.editor is None
    assert doc.published_at == "2025-12-20T20:57:44+08:00"
    details = [e.detail for e in doc.lines[1].evidence]
    assert any("editor 经典电视剧回顾: the navigation's section" in d for d in details)


def test_a_real_editor_beside_the_same_trail_stays():
    doc = clean("\n".join([NAV, "时间:2025-12-20 20:57:44 编辑:王小明", "", FIRST]) + "\n")
    assert doc.editor == "王小明"


def test_an_outlets_name_in_the_trail_stays_the_source():
    page = (
        "首页 > 恩平新闻网 > 正文\n恩平组织媒体走乡村探产业\n2021-03-04 10:22 恩平新闻网\n\n"
        + FIRST
    )
    assert clean(page + "\n").source == "恩平新闻网"
