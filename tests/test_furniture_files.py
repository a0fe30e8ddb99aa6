"""Furniture: a picture's file name printed as a line (``furniture_files``), and
lines the page's template or an agency put among the article's (``site_lines``).  Each
goes wherever it stands and is never the headline; real lines of the same shapes stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS, assert_goes_above_the_headline
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_ads import is_advert
from newsclean.filters.furniture_files import (
    file_name_line,
    is_file_name,
    media_reference,
    picture_prompt,
    player_clock,
    sized_name,
)
from newsclean.filters.furniture_instruction import is_instruction
from newsclean.filters.furniture_masthead import masthead_line, sponsor_line
from newsclean.filters.furniture_mirrors import mirror_line
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.title import is_labelled_byline


@pytest.mark.parametrize(
    "line",
    [
        "DSC_0032",
        "DSC_0032 / 資料圖片",
        "IMG_1234.JPG",
        "_MG_5821.CR2",
        "P1010001",
        "DJI_0042 無標題",
        "IMG_20190101_123456.jpg",
        "PXL_20230512_083015123",
        "DSCF4412 | 资料图片",
        "1568961234567.jpeg",
    ],
)
def test_a_pictures_file_name_is_furniture(line: str) -> None:
    assert file_name_line(line)
    assert classify_furniture(line) is not None
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "DSC-RX100",  # a camera's model: its digits do not follow the prefix
        "资料图片",  # a picture word alone: a caption's credit
        "P60 Pro",  # a phone's model
        "图为华为P60 Pro手机",  # a caption naming a product code
        "索尼DSC-HX99相机在展会上亮相",
        "IMG 2024 年度报告",
        "2024",
        "12345",
        "A7M4",
        "ISO 9001",
    ],
)
def test_product_codes_and_numbers_are_no_file_names(line: str) -> None:
    assert not file_name_line(line)


def test_a_caption_with_a_file_like_product_code_stays() -> None:
    caption = "新款DSC-RX100相机在发布会上亮相。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], caption, PARAGRAPHS[1]))
    assert not line_removed(document, caption)


def test_a_file_name_needs_its_makers_digits() -> None:
    assert is_file_name("DSC_0032") and is_file_name("DSC00032")
    assert not is_file_name("P123")  # a P name has seven digits: P1010001
    assert not is_file_name("1234")  # digits alone need their extension


@pytest.mark.parametrize(
    "line",
    [
        "本報逢週四出版,最新消息請瀏覽實時更新的「即時資訊",
        "本报逢周五出版，最新消息请浏览本报网站",
        "本刊逢週二及週五出版。",
        "本报每周三出刊",
    ],
)
def test_a_weeklys_publication_schedule_is_furniture_never_the_headline(line: str) -> None:
    assert masthead_line(line)
    assert_goes_above_the_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "本报自下月起改为逢周四出版，并增设电子版。",  # the paper's news about itself
        "周四出版的特刊已经售罄",  # no paper speaking
        "本报逢周四出版，请读者留意本期刊登的市民来信，编辑部将择优奖励投稿人。",
        "本报记者周四出版了新书《城市记忆》",  # a reporter, no paper speaking
    ],
)
def test_a_sentence_about_a_papers_schedule_stays(line: str) -> None:
    assert not masthead_line(line)


@pytest.mark.parametrize(
    "label",
    ["設定要替換的判決書內文", "设定要替换的判决书内文", "请输入关键词", "請選擇文章分類"],
)
def test_a_templates_instruction_is_never_the_headline(label: str) -> None:
    assert is_instruction(label)
    document = clean(_page(label, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, label)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "设置专项资金支持中小企业",  # a verb of setting, no interface noun: a headline
        "调整口袋公园的管护内容",  # the shape, but it speaks of the article
    ],
)
def test_a_headline_of_the_instructions_shape_that_speaks_of_the_article_heads(
    line: str,
) -> None:
    paragraph = (
        "本报讯 记者从市里获悉，本市将设置专项资金，用于支持中小企业，并调整口袋公园的"
        "管护方式，相关内容将于下月公布。"
    )
    document = clean(_page(line, paragraph, PARAGRAPHS[1]))
    assert document.title == line


def test_an_instruction_shaped_line_in_the_body_stays() -> None:
    line = "请输入关键词"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert any(line in (x.text, x.original) for x in document.lines)
    assert not is_instruction("市民可登录网站输入身份证号码查询办理进度。")


AD = (
    "某某互联主要从事网站设计制作、网页设计、企业做网站等业务。立足本地服务周边，十余年网站"
    "建设经验，价格优惠、服务专业，欢迎来电咨询建站服务：13912345678"
)


def test_a_businesss_advert_among_the_paragraphs_is_furniture() -> None:
    assert is_advert(AD)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], AD, PARAGRAPHS[1]))
    assert line_removed(document, AD)
    assert document.title == HEADLINE


def test_a_paragraph_quoting_a_hotline_in_an_article_about_it_stays() -> None:
    headline = "市政务服务热线今起扩容 市民来电咨询更便捷"
    first = (
        "本报讯 记者从市政务服务中心获悉，市政务服务热线今起扩容，新增坐席五十个，"
        "市民来电咨询、投诉和建议将得到更快响应。"
    )
    last = (
        "热线负责人表示，热线提供一站式服务，欢迎市民来电咨询，服务专业、响应及时，"
        "热线电话：023-12345678"
    )
    assert is_advert(last)  # the shape of an advert, but the article speaks of the hotline
    document = clean(_page(headline, first, last))
    assert not line_removed(document, last)


@pytest.mark.parametrize(
    "line",
    [
        "市民如有疑问，可致电服务热线：12345",  # promotes nothing
        "详情请咨询：13912345678",
        "该公司主要从事网站建设，十余年来营收稳定增长，去年营业额达到3000万元",  # no call
    ],
)
def test_a_line_closing_with_a_number_but_no_advert_stays(line: str) -> None:
    assert not is_advert(line)


@pytest.mark.parametrize(
    "line", ["Clik here to view.", "Click here to view", "Image may be NSFW.", "Click to enlarge"]
)
def test_an_english_prompt_standing_for_a_picture_is_furniture(line: str) -> None:
    assert picture_prompt(line)
    document = clean(_page(line, HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Click here to view our privacy policy and terms of use",
        "“Click here to view,” the message read, luring users to a fake bank page.",
        "Photos may be used for editorial purposes only.",
    ],
)
def test_an_english_sentence_about_clicking_stays(line: str) -> None:
    assert not picture_prompt(line)


def test_a_labelled_byline_the_grammar_cannot_read_is_never_the_headline() -> None:
    byline = "發佈人:聖才學習網  發佈日期:2018/06/15  共825人瀏覽"
    assert is_labelled_byline(byline)
    document = clean(_page(byline, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert document.title is None
    assert not line_removed(document, byline)  # its text is kept: a byline, not furniture


@pytest.mark.parametrize(
    "headline",
    [
        "中评现场:外国驻华记者新年招待会在京举行",  # a colon of its own, no byline label
        "2024年度报告:本市新建三座口袋公园",  # a year, a colon, no label
        "专访作者:写下2023年的城市记忆",
    ],
)
def test_a_headline_with_a_colon_and_a_date_is_no_byline(headline: str) -> None:
    assert not is_labelled_byline(headline)


@pytest.mark.parametrize(
    "line",
    [
        "◇◇新语丝(www.xys.org)(xys5.dxiong.com)(www.xinyusi.info)(xys2.dropin.org)◇◇",
        "★某某论坛（bbs.example.com）（bbs2.example.net）★",
    ],
)
def test_a_sites_name_and_its_mirror_domains_is_furniture_anywhere(line: str) -> None:
    assert mirror_line(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "详见新华网(www.news.cn)",  # one address: a citation
        "新华网(www.news.cn)和人民网(www.people.com.cn)均作了报道",
        "据新华网(www.news.cn)(www.xinhuanet.com)报道，口袋公园年底开放。",
    ],
)
def test_a_sentence_citing_a_sites_address_stays(line: str) -> None:
    assert not mirror_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # round 21: a default name alone in a line; invented forms, on no eval page
        "截图.jpg",
        "QQ截图20240101103022.png",
        "微信图片_20240101123456.jpg",
        "屏幕截图 2024-01-01 123456.png",
        "Untitled-1.png",
        "image (3).png",
        "未命名-1.jpg",
        "Pasted Image 20240305.png",
        "下载 (2).jpeg",
    ],
)
def test_a_pictures_default_name_is_furniture(line: str) -> None:
    assert file_name_line(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "图片来自网络",  # a caption naming a picture: no extension
        "图为市民在公园内散步。",
        "截图显示,该账号曾多次发布不实信息。",
        "图片.png格式的文件更清晰",  # a sentence about a file
        "image",
    ],
)
def test_a_caption_naming_a_picture_is_no_default_name(line: str) -> None:
    assert not file_name_line(line)


# Round 25: a media reference alone in a line, where the picture stood.
@pytest.mark.parametrize(
    "line",
    [
        # guangming.com.my (Malaysia, 光明日報): the story's picture as a markdown image
        "![](https://webcdn.guangming.com.my/wp-content/uploads/2024/10/zz3-118.jpg)",
        # Chinese course notes, github.com/overmind1980/oeasy-python-tutorial (md/258-…
        # suspend词源…md): a markdown image with its alt text and an address without extension
        "![图片描述](https://doc.shiyanlou.com/courses/uid1190679-20230414-1681437719569)",
        # Chinese OS notes in a public repository (find_string: "![](https://"): a picture
        # between the list items on process states
        "![](https://pic.imgdb.cn/item/62446cc627f86abb2ac53568.jpg)",
        # a Vietnamese tutorial on viblo.asia, copied into a repository: an upper-case extension
        "![](https://images.viblo.asia/c5122d21-0786-47ca-bc93-b990a72fdab9.JPG)",
        # jumige.com (a hijacked copy): the picture's file name under the byline
        "陷阱貸款.jpg",
    ],
)
def test_a_media_reference_is_furniture(line: str) -> None:
    assert media_reference(line)
    document = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line_removed(document, line)
    assert document.title == HEADLINE
    assert len(document.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        # ucloud.cn/yun/80417.html: a quoted English sentence with dots and a source
        "In Node.js, files and modules are in one-to-one correspondence. - Node 文件",
        # u3dchina.com/thread_19682_1_1.html: a label for a paper's address
        "KDD 论文地址:",
        "附件：報告.jpg",  # a label and its file: a field, not the picture's stand-in
        "他把照片存成 a.jpg",  # a sentence about a file: spaces, words around it
        "年報.pdf",  # a document, no picture
    ],
)
def test_a_line_naming_a_file_is_no_media_reference(line: str) -> None:
    assert not media_reference(line)


# Round 28b: a media player's clock.  Real forms: RFA's Cantonese commentary (eval row
# tool-audio-player-zero-time, 0:00 / 0:00); the time labels public player templates
# render before a file loads, ``<div class="time-display">00:00 / 00:00</div>`` (an HTML
# audio player) and ``TimeLabel.Content = "00:00:00 / 00:00:00"`` (a WPF media player),
# both in the public code corpus.
@pytest.mark.parametrize(
    "line", ["0:00 / 0:00", "00:00 / 00:00", "00:00:00 / 00:00:00", "01:12/03:45"]
)
def test_a_player_clock_is_furniture(line: str) -> None:
    assert player_clock(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "21:19 / 21:15",  # a set's score: the first later than the second
        "t=00:00:00 / 00:00:15",  # a simulation table's cell (public code corpus)
        "9:00-17:00",  # opening hours
        "比赛于19:30 / 20:00分两场进行",  # a sentence
    ],
)
def test_a_score_or_a_time_in_a_sentence_stays(line: str) -> None:
    assert not player_clock(line)


def test_the_clock_under_the_headline_goes() -> None:
    document = clean(_page(HEADLINE, "0:00 / 0:00", *PARAGRAPHS))
    assert line_removed(document, "0:00 / 0:00")
    assert document.title == HEADLINE


# Round 28b: a periodical's licence credits, the supervising body and the publisher.  The
# first is news.cyol.com's (eval row tool-supervised-and-run-by-youth-paper); the others
# are written for the test in the shapes mainland periodicals print them under the press
# rules (a label form, bars, a third role), on no eval page.
@pytest.mark.parametrize(
    "line",
    [
        "共青团中央主管 中国青年报社主办",
        "主管：中国科学技术协会 主办：中国科技新闻学会",
        "主管单位: 中国科协 | 主办单位: 中国科技新闻学会",
        "新华通讯社主管 新华每日电讯社主办 新华每日电讯社出版",
    ],
)
def test_licence_credits_are_masthead_furniture(line: str) -> None:
    assert sponsor_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "教育部主办 各地教育局承办",  # an event's organisers: no supervisor
        "本次活动由中国青年报社主办",  # a sentence
        "团中央主管，中国青年报社主办，今天发布新版",  # a clause of its own
        "主管部门要求 主办方负责",  # the roles as words of a sentence
    ],
)
def test_organisers_in_a_story_stay(line: str) -> None:
    assert not sponsor_line(line)


# Round 45b: a banner's alt text left as its media library's name and size, between the
# page's head and the story: https://cc-times.com/posts/21380 (柬中时报, eval furniture row
# tool-banner-image-alt-texts-own-lines-cambodia-times: Yearend1200x200); WordPress's name
# of a resized copy, name-{width}x{height}.ext.
@pytest.mark.parametrize("line", ["Yearend1200x200", "banner-728x90.jpg", "Home_Banner_1920x600"])
def test_an_assets_name_and_size_goes(line: str) -> None:
    assert sized_name(line)
    doc = clean(_page(HEADLINE, line, *PARAGRAPHS))
    assert line_removed(doc, line)


@pytest.mark.parametrize(
    "line",
    [
        "1920x1080",  # a size alone: no name
        # a spec's resolution inside a sentence (invented: Han letters around it)
        "屏幕分辨率为1920x1080",
        "Sony A7R IV 3840x2160",  # a product and its size, spaced: a caption's words
        "Banner app copy",  # the same page's line: no size (the alt-text readers take it)
    ],
)
def test_a_size_that_names_no_asset_stays(line: str) -> None:
    assert not sized_name(line)
