"""``furniture_crumbs`` (split from ``navigation`` in round 35): crumb trails, their
where-you-are lead, trails whose arrows were lost and open trails; an address's label and
sentences about a position stay."""

import pytest

from newsclean import clean
from newsclean.filters.furniture_crumbs import arrow_trail, lost_arrow_trail, where_you_are
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.navigation import classify_furniture


def test_the_trail_readers_alone():
    assert where_you_are("您现在的位置：首页 > 体育")
    assert lost_arrow_trail("首页 | 新闻头条")
    assert not lost_arrow_trail("他去了吗 ? 没有")
    assert arrow_trail("新华网 > 时政 > 正文") == (True, "新华网")


@pytest.mark.parametrize(
    "line",
    [
        # round 21: the where-you-are lead composed; invented forms, on no eval page
        "你目前的位置：首页 > 新闻中心",
        "您当前所在位置：首页",
        "现在位置: 本地 >> 社会",
    ],
)
def test_a_composed_where_you_are_lead_is_a_crumb(line: str) -> None:
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    ["位置：北京市海淀区中关村大街1号", "你的位置很重要。", "目前位置仍未确定，搜救仍在进行。"],
)
def test_a_place_label_or_a_sentence_about_a_position_stays(line: str) -> None:
    assert classify_furniture(line) is None


@pytest.mark.parametrize("line", ["1. 新闻首页 /", "首页 >", "首頁 »"])
def test_an_open_crumb_trail_is_navigation(line: str) -> None:
    # round 24: the trail's root and a separator closing the line (tuned page 066; invented)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["1. 新闻 /", "新闻首页", "1. 他说 /", "首页改版后/"])
def test_a_line_ending_in_a_separator_without_a_root_stays(line: str) -> None:
    assert classify_furniture(line) is None


@pytest.mark.parametrize("line", ["首页—侨务传真—正文 分享", "首頁—港澳新聞—正文"])
def test_a_trail_of_em_dashes_from_home(line: str) -> None:
    assert lost_arrow_trail(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["中国—东盟博览会", "首页——我们共同的家园", "京—沪高铁"])
def test_prose_dashes_are_no_trail(line: str) -> None:
    assert not lost_arrow_trail(line)


def test_a_search_boxs_empty_label_before_a_trail() -> None:
    line = "搜索: 您现在的位置: 某某新闻网 >> 财经 >> 综合研究 >> 正文"
    assert classify_furniture(line) is not None
    assert classify_furniture("搜索: 位置仍未确定") is None


@pytest.mark.parametrize(
    "line",
    [
        # round 35: a lost search box's label before the lead; invented sites
        "搜索: 您现在的位置: 某某财经网 >> 经济学 >> 综合研究 >> 正文",
        "导航：当前位置：首页 > 体育",
    ],
)
def test_a_control_s_label_before_the_where_you_are_lead_is_the_trail_s(line: str) -> None:
    assert where_you_are(line)
    assert classify_furniture(line) is not None


def test_a_label_before_an_address_s_position_stays() -> None:
    assert not where_you_are("地址: 位置：北京市海淀区")


def test_a_speakers_label_before_a_question_about_position_is_no_trail() -> None:
    # An interview's line: the label is a speaker's, no trail follows (review, round 35).
    line = "问：你现在的位置：离震中还有多远？"
    assert not where_you_are(line)
    assert classify_furniture(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # round 42: the locative verb as the lead, after a calendar widget; the school
        # site's crumb line, http://60.31.180.82:8085/news_view.asp?id=11152 (variant
        # tool-school-menu-…-today-date-location-arrows-top-school-site-bare-address)
        "今天是:2024年09月23日 星期一  您现在位于: 首页 → 新闻中心 → 通知公告",
        "您现在位于: 首页 → 新闻中心 → 通知公告",
    ],
)
def test_a_located_lead_after_a_calendar_widget_is_a_crumb(line: str) -> None:
    assert where_you_are(line)
    assert classify_furniture(line) is not None


def test_a_sentence_about_today_or_a_place_stays() -> None:
    assert not where_you_are("今天是:2024年09月23日 星期一,我们去了公园。")
    assert not where_you_are("学校位于: 首页路88号")


# Round 44: a channel bar printed one cell a line, each a name and the bar that parted it
# from the next, the empty cells lone bars: the menu of yzxw.com (扬中新闻网),
# https://yzxw.com/web/wz.php?Id=311595 (variant tool-pipe-menu-section-names-and-lone-
# pipes-one-a-line-top-city-news-site).
YZXW_MENU = ["看扬中 |", "|", "|", "|", "滚动播报 |", "|", "|", "头条新闻 |", "|", "|"]
YZXW_MENU += ["扬中要闻 |", "|", "|", "综合新闻 |", "|", "|", "社会民生 |"]


@pytest.mark.parametrize("line", [cell for cell in YZXW_MENU if cell != "|"])
def test_a_menu_cell_closed_by_its_bar_is_navigation(line: str) -> None:
    assert classify_furniture(line) is not None


def test_a_menu_of_cells_names_no_source() -> None:
    # The story under the menu: http://www.hkwb.net/news/content/2019-09/20/content_3784894.htm
    story = (
        "新华社呼和浩特9月20日电(记者刘懿德)记者从内蒙古自治区乌兰察布市察哈尔右翼中旗"
        "公安局获悉,办案民警日前侦破一起特大网络赌博案,抓获犯罪嫌疑人36名。"
    )
    doc = clean("\n".join([*YZXW_MENU, "", story]))
    assert doc.source is None
    assert doc.body == [story]


def test_an_outlet_closed_by_a_bar_and_a_byline_of_pieces_stay() -> None:
    # An outlet's desk line cut off after its separator stays the source (臺視新聞/, the
    # desk-line model); a byline's bar stands between two pieces: 墨新聞|記者戴小橦/臺北報導
    # (https://www.mnews.tw/story/amp/20230710sot12001).
    assert classify_furniture("臺視新聞 |") is None
    assert classify_furniture("墨新聞|記者戴小橦/臺北報導") is None
    assert parse_metadata("臺視新聞 |").fields == {"source": "臺視新聞"}


def test_a_tables_heading_one_cell_a_line_is_no_menu() -> None:
    # A township's open-government catalogue copied by a mirror: the table's heading, one
    # cell a line with its border bar, under the headline (harvest head.tsv,
    # https://imortgage.com.cn/info/1475/44091.htm); its cells name a record's columns
    # (data/record_labels.txt), so the headline above them is no head line over tools.
    headline = "(二)鳳屯鎮政府文件信息領域基層政務公開標準目錄"
    heading = ["序號 |", "公開事項 |", "公開內容(要素) |", "公開依據 |"]
    assert all(classify_furniture(cell) is None for cell in heading)
    assert (
        clean("\n".join([headline, *heading])).title
        == "(二)凤屯镇政府文件信息领域基层政务公开标准目录"
    )
