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


def test_a_trail_ending_on_the_headline_gives_no_section_from_its_column_label():
    # eval page 054 (tuned): 香港中通社's 通說 column (http://105.47.198.203.static.netvigator.com
    # /docDetail.jsp?channel=2803&id=100392419) under an essay site's trail that ends on the
    # headline; the column label 通说 is the row's source, not a section of the site.
    headline = "通说:夏至·追时间的特首"
    doc = clean(
        "\n".join(
            [
                f"300字范文 > {headline}",
                "",
                headline,
                "",
                "时间:2023-06-22 来源:通说",
                "",
                "  夏至,香港上亚厘毕道的礼宾府,一片绿意。再过九天,特首李家超上任将满周年,"
                "香港中通社记者与特首约了一次端午假期前对谈。",
            ]
        )
        + "\n"
    )
    assert doc.title == headline
    assert doc.source == "通说"


# http://www.zwxww.net/html/202209/01/198881.shtml: a signed opinion piece, the writer's name
# and a colon opening the headline, the subtitle under it, the byline's time and the marked
# writer's line; the page head sets the headline aside as navigation.
SIGNED = [
    "张祖成:立足审判职能 深耕诉源治理",
    "在法治轨道上推进新时代市域社会治理现代化",
    "时间:2022-09-01 09:15:53",
    "■张祖成",
    "",
    "  社会治理是国家治理的重要方面,而矛盾纠纷化解机制是社会治理的重要组成部分。",
]


def test_a_signed_headlines_writer_is_no_section():
    doc = clean("\n".join(SIGNED) + "\n")
    assert doc.author == "张祖成"
    assert doc.published_at == "2022-09-01T09:15:53+08:00"


def test_a_section_label_before_a_colon_still_names_the_section():
    nav = "栏目:经典电视剧回顾 > 正文"
    doc = clean("\n".join([nav, ROW.replace("编辑", "作者"), "", FIRST]) + "\n")
    assert doc.author is None
