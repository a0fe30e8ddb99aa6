"""The evidence of one short line of a run (``spam_items``).

Round 27, a *credit's source*: after a from-verb (来自, 源自, 取自…) the Latin is the
name of a source, not glue, and the line is a clause, not a keyword: a site's picture
credit beside an injected tag line stays, the tag line goes.
"""

from __future__ import annotations

import pytest

from newsclean.filters.spam import spam_verdicts
from newsclean.filters.spam_items import make_item, source_named, wrapped
from newsclean.filters.spam_signs import is_glued
from newsclean.page import simplify_lines as _simplify_lines

PARAGRAPH = (
    "实际上,此次中尼双边外长会晤达成了一系列范围广泛的合作意向,包括开放口岸双向贸易、"
    "防疫医疗援助等,都是尼泊尔朝野高度关注的合作项目。"
)
#: A tag line a hijacked page printed at its foot (the round-26 rows' shape).
SPAM_TAGS = "推薦標籤:卖qq号码|云顶棋牌|bt淫色电影|hotsex"

CREDITS = [
    # A news site's foot (eval page 062's site, the form a Hong Kong portal prints).
    "部分圖片來自Shutterstock",
    # haofly.net blog post "Linux 内核的安装" (2014-02-02), its cover's credit under the
    # front matter (code corpus, a blog's Markdown source).
    "封面图片来自Pixabay",
    # A translated KDnuggets article ("酿造特定领域的LLM魔药", original
    # https://www.kdnuggets.com/2023/08/brewing-domainspecific-llm-potion.html): the
    # credit under its head image.
    "图片来自Unsplash",
    # A Chinese tutorial on face detection (code corpus): the credit under a picture.
    "图片来自Pixabay",
]


def _removed(page: list[str]) -> list[str]:
    verdicts = spam_verdicts(page, simplify_lines=_simplify_lines)
    return [line for line, v in zip(page, verdicts, strict=True) if v.is_spam]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_names_its_source_and_is_no_glued_keyword(credit):
    probe = _simplify_lines([credit])[0].lower()
    item = make_item(0, probe, None)
    assert "glued digits/latin" not in item.signs
    assert not item.strong
    assert not item.term_shaped


@pytest.mark.parametrize("credit", CREDITS)
def test_a_picture_credit_beside_a_tag_line_stays(credit):
    page = [PARAGRAPH, "", credit, "", SPAM_TAGS]
    assert _removed(page) == [SPAM_TAGS]


@pytest.mark.parametrize(
    "line",
    [
        "av在线",  # Latin glued before the keyword's own Han
        "银河湾2024",  # a number glued after it
        "大型黄站hotsex",  # Latin glued after a keyword, no verb before it
    ],
)
def test_glue_without_a_from_verb_is_still_glue(line):
    assert source_named(line) == -1
    assert "glued digits/latin" in make_item(0, line, None).signs


def test_a_link_list_with_glue_still_goes():
    links = ["大型黄站hotsex", "", "澳门赌场2024", "", "av在线"]
    page = [PARAGRAPH, "", *links]
    assert _removed(page) == [x for x in links if x]


@pytest.mark.parametrize(
    ("probe", "wrapped_term"),
    [
        ("3med6i德发娱乐ek0v45isk", True),  # eval page 071: a term padded on both ends
        # real lines with Latin or digits beside a term at one end, or inside a sentence
        ("国产大飞机c919迎来第100万名旅客", False),  # tests/data: spam block negatives
        ("118彩票赛程2023年时间", False),  # benchmark corpus page 001871
        ("2024春晚2025", False),  # digits on both ends, no letter: years, not padding
    ],
)
def test_a_term_wrapped_in_latin_on_both_ends_is_glued(probe, wrapped_term):
    assert wrapped(probe) is wrapped_term
    assert ("glued digits/latin" in make_item(0, probe, None).signs) is (
        wrapped_term or is_glued(probe)
    )


# Round 42: a noun written with a function character read another way (都 dū in 都市) is no
# function character in a link.  Eval page 076 (round 42's draw) ends a block between its
# paragraphs with 亂倫都市 (the evaluation lexicon's term, from GitHub Ading163/node-Ai,
# option/ips_ban_words.js); the paragraphs are the page's own (上游新闻's 大美重庆 series).
BLOCK_076 = ["視頻自拍", "av小電影", "亞洲黃站", "上網文憑", "亂倫都市"]
PARAS_076 = [
    "重庆的美,美在哪裏?",
    "但如果你问重庆人民,重庆之美美在哪儿?除了上述答案,还有一种回答:就在我们的家门口。"
    "出门有公园、家门旁边有步道,这是我们重庆人的生活。",
    "市民踊躍報名,爭當“推薦官”,推薦家門口的山城步道、便民公園。",
]


def test_a_link_named_with_a_function_noun_ends_its_block() -> None:
    page = [PARAS_076[0], "", PARAS_076[1], "", *BLOCK_076, "", PARAS_076[2]]
    assert _removed(page) == BLOCK_076
    item = make_item(0, "乱伦都市", None)
    assert item.term_shaped and item.strong


def test_a_clause_with_the_adverb_du_is_no_keyword() -> None:
    # 都 as the adverb (all) keeps its grammar: a clause of a real report stays one
    # (https://www.chinanews.com.cn/sh/2019/02-17/8756814.shtml, its clause after a comma).
    assert not make_item(0, "都是开网吧的", None).term_shaped


def test_a_count_with_its_unit_is_no_glued_number() -> None:
    # ``- 15字`` is a real page's word count (eval page 031's article foot, a Taiwanese
    # portal's line): a number and its unit, as prose writes it; a keyword's glued number
    # (``银河湾2024``, ``98彩票``) stays glue.
    assert not is_glued("15字") and not is_glued("3000名")
    assert is_glued("银河湾2024") and is_glued("98彩票")
    assert "glued digits/latin" not in make_item(0, "- 15字", None).signs
