"""Round 25: a picture credit followed by where the picture came from (``caption_sources``,
model 8): a source label and its value, or a link's label, after the credit and a space."""

import pytest
from linear import assert_linear
from test_notice import PARAGRAPHS, TITLE

from newsclean import clean
from newsclean.filters.caption_sources import bulleted_source, credit_then_source
from newsclean.filters.captions import caption_cue, credited_source


@pytest.mark.parametrize(
    "line",
    [
        # the eval rows' forms (twgreatdaily.com, 1024rd.com), read after conversion
        "网络截图 来源:《世界报》网站",
        "本期《这就是中国》视频截图 视频地址",
        # real captions from other sites: a figure under a machine-learning notes page
        # (public GitHub markdown, find_string "示意图 来源", its link's text kept)
        "机器学习pipeline优化示意图 来源：TPOT",
        # a front-end template's README under its sample pictures (public GitHub README)
        "夕阳树的照片、海报示例页面截图 来源网络。",
        # an aggregator's screenshot with the address of the original post
        # (shape of the 163.com / bc2010.com screenshot captions: 视频截图, 網帖截圖)
        "网帖截图 链接：https://bbs.example.com/thread-1234-1-1.html",
        "视频截图 原视频链接",
    ],
)
def test_a_credit_then_its_source_or_link_is_a_caption(line):
    assert credit_then_source(line) is not None
    assert caption_cue(line) is not None
    assert credited_source(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a byline with its source and a link label (cairns.aichixiu.com/content-1024512184059014)
        "2024-03-13 来源: 传媒见闻 原文链接 评论7条",
        # a byline row of a mirror (bc2010.com/wlbypt/mtqz/202004/727206.html)
        "更新时间:2020-4-29 10:13:08    来源:国互联网联合辟谣平台",
        # a byline (dzllzg.com/lltt/202003/t20200309_5221349.html)
        "2020-03-09  来源: 学习时报 作者:",
        # an advert for code with a share link and its password (public GitHub comments)
        "截图 链接：https://share.weiyun.com/leGAHpnB 密码：b9udtv",
        # a source line alone, and a sentence naming a source with no credit before it
        "来源: 乡土",
        "据新华社报道 来源:新华网",
        # a sentence of the story about a screenshot (shadafang.com/a/bb/012R1X632020.html)
        "1月27日 , 法新社发文辟谣 , 称该视频截图后经视频核实工具查验 来源:法新社",
    ],
)
def test_a_byline_or_a_sentence_with_a_source_is_no_credited_source(line):
    assert credited_source(line) is None


@pytest.mark.parametrize("where", ["head", "body"])
def test_a_screenshot_and_its_source_is_the_caption_not_the_source(where):
    caption = "网络截图 来源:《世界报》网站"
    if where == "head":
        lines = [TITLE, caption, *PARAGRAPHS]
    else:
        lines = [TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]]
    document = clean("\n\n".join(lines))
    assert document.captions == [caption]
    assert document.source is None
    assert document.body == list(PARAGRAPHS)


def test_a_video_screenshot_with_its_link_label_is_no_heading():
    caption = "本期《这就是中国》视频截图 视频地址"
    document = clean("\n\n".join([TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]]))
    assert document.captions == [caption]
    assert document.body == list(PARAGRAPHS)


def test_the_grammar_is_linear_on_a_hostile_line():
    def make(n: int) -> list[str]:
        return ["截图 " * n, "截图 来源" + " " * n, "截图" + " 链接:" * n, "a " * n + "视频地址"]

    def judge(lines: list[str]) -> None:
        for line in lines:
            credit_then_source(line)

    assert_linear(make, judge, 50_000)


# Round 29 (model 9): a caption's sentence, then its bare source or credit after the stop.
@pytest.mark.parametrize(
    "line",
    [
        # the round-29 row's own shape (articles.zkiz.com, a Hong Kong archive)
        "■印度有不少兒童要在工地當童工。互聯網",
        # a Hong Kong paper's bulleted caption with its picture noun
        "■特區政府嚴厲批評「所謂」制裁。資料圖片",
        # udn.com's caption closed by the agency alone (seen in a scraper's fixture of a
        # udn story's image: "...首度戴著口罩公開亮相。美聯社")
        "在疫情期間一直抗拒戴口罩的川普總統，11日訪問華特里德軍醫院時，難得地戴上口罩；"
        "這是他自新冠疫情爆發以來，首度戴著口罩公開亮相。美聯社",
        # the same paper's shorter agency: "...。路透"
        "烏克蘭士兵在前線操作無人機。路透",
    ],
)
def test_a_bare_source_after_a_captions_sentence_is_a_caption(line):
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # a bulleted list item ends at its stop
        "■港府宣布放寬限聚令。",
        # a sentence of the article naming the agency goes on (a hard-wrapped story
        # quoted in a scraper's test: "…鞏固權力之舉。美聯社報導")
        "北韓領導人金正恩處決「攝政王」姑丈張成澤,被視為殺大臣、鞏固權力之舉。美聯社報導",
        # a bulleted point that goes on past its stop with a clause
        "■政府今日公布新措施。詳情如下,市民可瀏覽網頁",
        # two sentences before the tail: a paragraph, not a caption
        "■市民排隊。隊伍長達一公里。互聯網",
        # a paragraph citing the agency it ends with: the wire's credit for the text
        "据路透社报道，事故造成三人受伤，救援工作仍在进行中。路透社",
    ],
)
def test_a_list_item_or_a_sentence_naming_an_agency_is_no_bare_source(line):
    assert bulleted_source(line) is False


def test_a_bulleted_caption_above_the_article_leaves_the_body():
    caption = "■印度有不少儿童要在工地当童工。互联网"
    document = clean("\n\n".join([TITLE, caption, *PARAGRAPHS]))
    assert document.captions == [caption]
    assert document.body == list(PARAGRAPHS)
