"""``head_question`` (round 35): a head line asks a question by its mark, or, the mark lost,
by an interrogative closing it; an interrogative opening a word inside the line asks none."""

import pytest

from newsclean import clean
from newsclean.filters.head_question import asks_question


@pytest.mark.parametrize(
    "line",
    [
        "夜色城的打赏钱归谁",
        "这款游戏的充值规则是什么",
        "比赛门票怎么样",
        "為什麼夜裡會下雨？",
        "你真的了解吗",
    ],
)
def test_a_question_is_asked_by_its_mark_or_a_closing_interrogative(line: str) -> None:
    assert asks_question(line)


@pytest.mark.parametrize(
    "line", ["谁家的孩子获奖", "几乎所有学校停课", "吗啡走私案告破", "中国女足再度夺冠"]
)
def test_an_interrogative_opening_a_word_asks_nothing(line: str) -> None:
    assert not asks_question(line)


@pytest.mark.parametrize(
    "line",
    ["春耕在即 粮食库存所剩无几", "两队实力相差无几", "输一场球没什么", "冠军非他莫属舍我其谁"],
)
def test_an_interrogative_closing_a_statements_word_asks_nothing(line: str) -> None:
    # Review, round 35: 无几, 没什么, 其谁 end statements, not questions.
    assert not asks_question(line)


ARTICLE = (
    "  中国多山,山是大地的骨架。雄壮绵延的山地和葱郁秀丽的丘陵,是大江大河的水源地或分水岭,"
    "是不同气候区的分界线,也是众多动植物的栖息地。\n\n"
    "  中国人乐山,对山的情感极重。山民靠山吃山,感恩于山的馈赠。山外的人,五岳寻山不辞远,"
    "一生好入名山游。千百年来,山深刻影响着中国人的生活,它的分量称得上重如泰山。\n"
)


def test_a_farm_s_question_without_its_mark_over_a_foreign_article_is_no_headline() -> None:
    document = clean(f"夜色城的打赏钱归谁\n\n{ARTICLE}")
    assert document.title is None
    assert not any("夜色城" in paragraph for paragraph in document.body)
