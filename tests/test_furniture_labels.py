"""Round 18: labels with nothing of the story (a record id, a placeholder, an empty
previous/next label, a file's facts) go anywhere and are never the headline."""

import pytest
from invariants import line_removed
from linear import assert_linear
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_labels import (
    bilingual_label,
    generated_label,
    image_standin,
    label_line,
)
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # invented forms, on no eval page
        "索引号：11440100/2024-00123",
        "文号: 2023-0457",
        "ID: 20240312",
        "{{img_0032}}",
        "[[embed:9921]]",
        "下一则：",
        "前一頁:",
        "Next post:",
        "文件大小:2.3MB | 格式:PDF | 页数:12",
        "Size: 356 KB, Pages: 8",
        "月份：11",
        "Archive: 2019",
    ],
)
def test_a_label_with_nothing_of_the_story_is_furniture(line: str) -> None:
    assert label_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "上篇",  # a book's heading: part one
        "上篇:总论",  # a heading and its title
        "编号:第一批试点城市",  # an id label with words
        "编号:3",  # a list item's number
        "[[注]]",  # a quoted note mark, not a key
        "格式:PDF",  # a file label with no size
        "大小:约3米,重约200公斤",  # a story's measurements
        "全市共有编号:1234的路灯需要更换。",  # a sentence
        "该文件大小为2.3MB,可在官网下载。",
        "年份:2022年全市GDP增长5%",  # a facet label with words after it
    ],
)
def test_a_heading_or_a_story_line_stays(line: str) -> None:
    assert not label_line(line)


def test_a_record_id_over_the_headline_is_not_the_title() -> None:
    top = "编号:4417729"
    document = clean(_page(top, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], "下一篇:"))
    assert line_removed(document, top)
    assert document.title == HEADLINE
    assert len(document.body) == 2


def test_a_hostile_line_is_quick() -> None:
    def make(n: int) -> list[str]:
        return ["编号:" + "1" * n, "[[" + "a" * n + "]]", "size:1kb, " * (n // 10)]

    def judge(lines: list[str]) -> None:
        for line in lines:
            assert not label_line(line)

    assert_linear(make, judge, 50_000)


@pytest.mark.parametrize(
    "line",
    [
        # invented forms, on no eval page: a channel of any value, dates empty, counters
        "栏目：国内 時間： 點擊：0",
        "分类:科技 | 阅读:128次",
        "所属栏目:zzxxqq 发布时间: 人气:37",
        "Category: News Date: Views: 12",
        "作者: 来源: 点击:0",
    ],
)
def test_a_record_row_of_labels_and_counters_is_furniture(line: str) -> None:
    assert label_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "频道:国内 日期:2024-05-01 浏览:4",  # the date is filled: the byline grammar's
        "央视频道日期调整 浏览量创新高",  # a real headline about a channel
        "频道:体育",  # one field, no counter
        "栏目:本地 浏览:全市居民都在看的新闻",  # a counter's value in words
        "作者:张三 来源:本报 点击:12",  # a byline with its counter
    ],
)
def test_a_record_row_with_something_of_the_story_stays(line: str) -> None:
    assert not label_line(line)


def test_a_record_row_over_the_headline_goes() -> None:
    top = "频道:qwerasdfzxcv 日期: 浏览:9"
    document = clean(_page(top, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, top)
    assert document.title == HEADLINE
    assert document.published_at in (None, "")


@pytest.mark.parametrize(
    "line",
    ["标 题：", "摘 要: 备 注:", "內　容：", "简 介 :"],  # invented: spaced labels left empty
)
def test_a_letter_spaced_label_left_empty_is_a_form_field(line: str) -> None:
    assert label_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    ["会议主要内容：", "作 者: 李明", "内 容: 今天下午省会有雨", "好 的", ":"],
)
def test_a_label_heading_a_list_or_a_spaced_label_with_its_value_stays(line: str) -> None:
    assert not label_line(line)


def test_the_spaced_label_pattern_is_linear_on_hostile_input() -> None:
    from newsclean.filters.furniture_labels import SPACED_EMPTY

    assert_linear(lambda n: "內 容: " * n + "x", SPACED_EMPTY.fullmatch, 20_000)


@pytest.mark.parametrize(
    "line",
    [
        # round 24: a machine-generation badge alone
        "由 AI 自動生成",  # the round-23 row (VoiceTube's subtitle badge)
        "AI 自动翻译",  # invented
        "由机器翻译",  # invented
        "由人工智能自动生成",  # invented
    ],
)
def test_a_machine_generation_badge_is_furniture(line: str) -> None:
    assert generated_label(line)
    assert label_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # real notices naming what was generated (public repositories' disclaimers): the
        # notice reader's, not a badge
        "本文由 AI 自動生成，彙整自 10 篇新聞來源。",
        "內容由 AI 自動生成、僅供參考,不構成投資建議。投資有風險。",
        "本網站摘要由 AI 自動生成，僅供資訊整理與學習參考，不構成投資建議；"
        "請以原始節目內容與正式資訊為準。",
        # a topic's heading, and a sentence going on after the verb (invented)
        "机器翻译",
        "AI生成",
        "由AI自动生成的图片引发争议",
    ],
)
def test_a_line_naming_what_a_machine_made_is_no_badge(line: str) -> None:
    assert not generated_label(line)
    assert not label_line(line)


def test_a_badge_above_the_headline_goes_and_the_headline_heads() -> None:
    badge = "由 AI 自動生成"
    document = clean(_page(badge, HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, badge)
    assert document.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "| 氣 溫 : 24 度",  # tuned page 066's weather widget
        "濕 度 : 80 %",  # invented
        "气 温 : -3 ℃",  # invented
    ],
)
def test_a_widgets_spaced_label_and_reading_is_furniture(line: str) -> None:
    assert label_line(line)


@pytest.mark.parametrize(
    "line",
    # a date's or a name's value under a spaced label is the byline reader's; an unspaced
    # label and its reading is a sentence's piece
    ["日 期 : 2024-05-01", "作 者 : 某某", "日 期 : 2024", "气温: 24 度"],
)
def test_a_spaced_label_with_a_date_or_a_name_stays(line: str) -> None:
    assert not label_line(line)


# Round 25: a field's label printed in two languages, its value on the next line.
@pytest.mark.parametrize(
    "line",
    [
        "日期/時間 Date/Time",  # ccpst.com (Toronto) event page, over the date
        "作者 Author",
        "來源 Source",
    ],
)
def test_a_bilingual_field_label_is_furniture(line: str) -> None:
    assert bilingual_label(line)
    assert label_line(line)
    document = clean(_page(HEADLINE, line, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert document.title == HEADLINE
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "新冠疫苗 Vaccine",  # a headline with an English gloss
        "日期 Time",  # the English names another field
        "日期 Date: 2023-06-23",  # a label with its value: the byline reader's
    ],
)
def test_a_headline_with_an_english_gloss_is_no_bilingual_label(line: str) -> None:
    assert not bilingual_label(line)


# Round 28: a picture's stand-in in Chinese.  gzlib.org.cn/ztAsianGamesGo/14198.jhtml (the
# eval row) prints 暂无图片 alone over the headline; the same slot in traditional script and
# with the noun first is the same layout.
@pytest.mark.parametrize("line", ["暂无图片", "暫無圖片", "图片暂无", "暂无封面", "尚無縮略圖"])
def test_a_picture_stand_in_is_a_label(line: str) -> None:
    assert label_line(line)
    assert classify_furniture(line) is not None


# Round 45b: the template's default value of a picture's field printed where the editor wrote
# none: a radio portal's hijacked copy (eval caption row cap-line-picture-default-title-hijacked-
# radio-portal-copy, http://ltwysoft.com/newscenter/native/gd/20170523/t20170523_523769231.shtml:
# 圖片默認標題 twice where a photo stood) and the English placeholder rows' "default image".
@pytest.mark.parametrize("line", ["圖片默認標題", "图片默认标题", "默认图片", "圖片預設說明"])
def test_a_pictures_default_value_is_a_label(line: str) -> None:
    assert label_line(line)
    assert classify_furniture(line) is not None


# Round 45b besides: the image block's label alone, its place glued to the picture's noun
# (https://contentparty.org/r/bce5762297ec8799460d197117720c08: 首圖 over the first photo's
# caption; WordPress zh_CN's 特色图片, the Featured image box).
@pytest.mark.parametrize("line", ["首圖", "首图", "特色图片"])
def test_the_lead_pictures_block_label_is_a_label(line: str) -> None:
    assert image_standin(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize("line", ["首图发布", "主图设计大赛", "首圖片"])
def test_a_lead_picture_word_with_more_stays(line: str) -> None:
    assert not image_standin(line)


@pytest.mark.parametrize(
    "line",
    [
        "默认设置",  # a default that is no picture's
        "图片说明",  # a caption's own label (caption readers)
        "修改图片默认标题的方法如下:",  # a how-to's sentence about the field
    ],
)
def test_a_default_that_is_no_pictures_stays(line: str) -> None:
    assert not image_standin(line)


@pytest.mark.parametrize(
    "line",
    [
        "无图片说明的新闻",  # a sentence about pictures says more
        "暂无图片,请稍后再试。",  # closed by its own stop: a message of the page's text
        "没有图片的日子里,我们用文字记录生活",
    ],
)
def test_sentences_about_missing_pictures_stay(line: str) -> None:
    assert not label_line(line)


# Round 30: a page's edition label and a Hakka programme's label with its accent.  Real
# lines outside eval/'s row: hakkanews.tw/?p=231759 and hakkanews.tw/2025/01/20/kao-qiu-
# qin-hakka-lead-singer/ print 【華文版】 over the Mandarin text and 【客文版】 over the Hakka
# one; mirrormedia.mg/external/amp/hakka_250239 syndicates the programme's label
# 新聞學客語-苗栗市四縣腔 with 【華文版】; hakkanews.tw/2025/08/26/224231 prints
# 新聞學客語-高雄六堆四縣腔.
@pytest.mark.parametrize(
    "line",
    [
        "【華文版】",
        "【客文版】",
        "[英文版]",
        "(簡體版)",
        "新聞學客語-苗栗市四縣腔",
        "新聞學客語-高雄六堆四縣腔",
    ],
)
def test_edition_and_accent_labels_are_furniture(line: str) -> None:
    assert label_line(line)
    found = classify_furniture(line)
    assert found is not None and found.reason == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "【江芮敏/苗栗市四縣腔】",  # the reporter's bracket on the same pages: a byline's
        "【英文版《紅樓夢》出版】",  # a bracket that says more
        "英文版",  # a noun in a heading
        "他說四縣腔很好聽",
        "客家電視台 - 海陸腔",  # spaced dash: a name and a topic, no programme label
    ],
)
def test_brackets_and_lines_naming_a_version_or_an_accent_stay(line: str) -> None:
    assert not label_line(line)


def test_the_version_labels_leave_and_the_headline_heads() -> None:
    document = clean(_page("新聞學客語-苗栗市四縣腔", "【華文版】", HEADLINE, *PARAGRAPHS))
    assert document.title == HEADLINE
    assert line_removed(document, "【華文版】") and line_removed(
        document, "新聞學客語-苗栗市四縣腔"
    )
