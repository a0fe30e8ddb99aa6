"""The article's body (filters/structure_body.py): a heading is short, Han, unpunctuated;
an ellipsis or a short sentence is body.  The placements on whole pages are
``test_structure``'s."""

from newsclean import clean
from newsclean.filters.structure_body import is_heading_shaped


def test_ellipsis_and_short_punctuation_lines_are_body():
    assert not is_heading_shaped("……")
    assert not is_heading_shaped("枝叶总关情。")


def test_a_short_han_line_without_a_stop_is_heading_shaped():
    assert is_heading_shaped("深耕产业援藏——激活经济新引擎")
    assert not is_heading_shaped("一、")  # too few Han characters


def test_a_scene_caption_over_a_headless_article_is_a_caption() -> None:
    """Round 36: on a page whose head names no headline, a short flush line closed by a
    full stop over indented paragraphs is a described scene, read as a titled page's head
    is; a flush line without a stop there stays what it was (the head)."""
    paragraphs = [
        "\u3000\u3000受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。预计未来几天,"
        "全市仍将多阵雨或雷雨天气,市民需注意防范。",
        "\u3000\u3000记者从市气象台获悉,此次降雨过程已覆盖全市范围,最大降雨量出现在宝华镇区域,"
        "气象部门提醒市民出行注意安全。",
    ]
    document = clean("\n\n".join(["游客在古城墙下观看舞龙表演。", *paragraphs]) + "\n")
    assert document.title is None
    assert document.captions == ["游客在古城墙下观看舞龙表演。"]


# https://static.nfapp.southcn.com/content/202111/09/c5919950.html (南方+, 2021-11-09: the
# article's paragraphs, indented as the eval page of round 47 sets them)
SOUTHCN = [
    "  11月8日是第22个记者节,当天上午,始兴县委书记华关率队到始兴县融媒体中心,看望慰问新闻工作者,"
    "向大家致以节日的问候。始兴县委常委、县委办主任张福兴等参加了慰问活动。",
    "  华关一行先后来到始兴县融媒体中心演播厅、新闻部、新媒体部等部门,参观了新闻编播部门和演播厅"
    "等功能室,并与新闻主播、一线采编人员亲切交谈。",
    "  随后,大家观看了记者节宣传片,听取了融媒体中心改革发展取得新成效汇报。华关、张福兴、李俊枫为"
    "县融媒体中心有着30年以上工龄的记者颁发了纪念奖杯。",
]
SOUTHCN_TITLE = "华关到始兴县融媒体中心看望慰问新闻工作者"


def test_a_flush_line_between_indented_paragraphs_is_a_caption() -> None:
    """Round 47: a heading keeps the paragraphs' indentation; a short unpunctuated line set
    flush between indented paragraphs is a picture's caption.  The captions: ent.nvwu.com's
    copy of the story (在蔬菜合作社观看净菜包装, eval/variants/caption.json
    cap-line-watching-clean-vegetables-packed-no-stop-entertainment-host) and
    http://www.jiangmenzx.com/jmsls/1638.html (珠海美丽乡村和现代农业, cap-line-place-rural-
    beauty-and-modern-farming-no-stop-between-paragraphs-city-portal)."""
    for caption in ("在蔬菜合作社观看净菜包装", "珠海美丽乡村和现代农业"):
        page = "\n\n".join([SOUTHCN_TITLE, SOUTHCN[0], caption, *SOUTHCN[1:]]) + "\n"
        document = clean(page)
        assert document.captions == [caption]
        assert caption not in document.headings


def test_an_indented_heading_between_indented_paragraphs_stays_a_heading() -> None:
    # https://news.dayoo.com/guangzhou/202505/28/139995_54830500.htm (大洋网: the story's
    # headings typed as its paragraphs are, indented)
    heading = "  拿出好地建造好房"
    page = "\n\n".join([SOUTHCN_TITLE, SOUTHCN[0], heading, *SOUTHCN[1:]]) + "\n"
    document = clean(page)
    assert document.headings == ["拿出好地建造好房"]
    assert document.captions == []


def test_a_flush_line_under_the_page_notice_is_no_caption() -> None:
    # https://penghu.info/OBE5B18F23BE5EBCD224 (its foot: 修正建議回報, a tool row, under the
    # page's notice; eval/variants/furniture.json
    # tool-report-a-correction-hide-links-two-lines-foot-taiwan-knowledge-platform), and a
    # site's error page printed under it (the round-47 draw's 404 text, a long line)
    notice = "如涉及版权问题请联系删除"
    error = "可能是该页面已被删除了，也可能是您输入的网址不对。请尝试访问首页或者使用搜索功能。"
    page = "\n\n".join([SOUTHCN_TITLE, *SOUTHCN, notice, "修正建议回报", error]) + "\n"
    assert clean(page).captions == []
