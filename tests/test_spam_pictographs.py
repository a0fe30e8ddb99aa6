"""Pictographs scattered before the article's clause marks (filters/spam_pictographs.py):
cut out of the lines, the sentences stay, when the page holds three such sites or more; a
writer's emoji, one before a stop, an icon bullet or a field's icon stay."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_pictographs import pictograph_cuts
from newsclean.filters.spam_verdict import NOT_SPAM

#: A county story's paragraphs (written for the tests in the form such reports take).
FIRST = "记者从县气象台了解到,今明两天全县将迎来一次明显降雨过程,局部地区有大到暴雨。"
SECOND = "气象部门提醒,山区群众注意防范山洪、泥石流等次生灾害,出行注意交通安全。"
THIRD = "县防汛办已启动四级应急响应,各乡镇干部进村入户排查隐患点,转移群众一百二十余人。"


def _cuts(lines: list[str]) -> dict[int, tuple[str, str]]:
    return {
        i: (cut.cut, cut.rest) for i, cut in pictograph_cuts(lines, [NOT_SPAM] * len(lines)).items()
    }


@pytest.mark.parametrize(
    ("marked", "emoji"),
    [
        (FIRST.replace("了解到,", "了解到🍻,").replace("过程,", "过程📢,"), ["🍻", "📢"]),
        (FIRST.replace("了解到,", "了解到😩📱,").replace("过程,", "过程🤌,"), ["😩📱", "🤌"]),
        (FIRST.replace("了解到,", "了解到🛳🤹🏿‍♀️,").replace("过程,", "过程👧,"), ["🛳🤹🏿‍♀️", "👧"]),
    ],
)
def test_a_scatter_across_paragraphs_is_cut_and_the_sentences_stay(
    marked: str, emoji: list[str]
) -> None:
    second = SECOND.replace("山洪、", "山洪🙆🏿、")
    found = _cuts([marked, second, THIRD])
    assert found == {0: (" ".join(emoji), FIRST), 1: ("🙆🏿", SECOND)}


def test_a_scatter_after_a_glossed_character_or_a_quote_is_cut() -> None:
    glossed = "報道說(shuō)🤌,警方封鎖(suǒ)辦公室😩📱,禁止職員進出「大樓」👋,並沒收電話。"
    assert _cuts([glossed]) == {
        0: ("🤌 😩📱 👋", "報道說(shuō),警方封鎖(suǒ)辦公室,禁止職員進出「大樓」,並沒收電話。")
    }


@pytest.mark.parametrize(
    "page",
    [
        # two sites on the page: a writer's emoji
        [FIRST.replace("了解到,", "了解到😂,"), SECOND.replace("山洪、", "山洪👍、"), THIRD],
        # before a stop: a post's own exclamation, however many
        ["大家一起加油💪!明天见👋!今天辛苦了🙏。谢谢各位支持❤️!"],
        # icon bullets opening lines, icons of a contact block before numbers
        ["📢公告,今天停水。", "电话📞：12345678", "传真📠：12345679", "邮箱📧：88@qq.com"],
        # pictographs between spaces
        [FIRST.replace("了解到,", "了解到 🍻 ,").replace("过程,", "过程 📢 ,") + " 👍 ,好"],
    ],
)
def test_a_writers_emoji_and_icons_stay(page: list[str]) -> None:
    assert _cuts(page) == {}


def test_the_cleaned_body_keeps_the_paragraphs_without_the_pictographs() -> None:
    title = "县气象台发布暴雨蓝色预警"
    marked = [
        FIRST.replace("了解到,", "了解到🍻,").replace("过程,", "过程📢,"),
        SECOND.replace("山洪、", "山洪🤌、"),
        THIRD.replace("响应,", "响应😩📱,"),
    ]
    document = clean("\n\n".join([title, *marked]) + "\n")
    assert document.body == [FIRST, SECOND, THIRD]
    assert all(r.reason != "spam" for r in document.removed)


#: A story quoting several posts (round 35): the posters' emoji are their writing.
POSTS = [
    "放假第一天,不少市民选择出城游玩,网友“小满”在微博上写道:“今天终于等到放晴了😄,带着孩子去公园转了一圈🌳,空气真好。”",
    "也有网友抱怨景区人太多,一位网友留言:“排了两个小时的队🙃,总算买到票了🎫,值了!”",
    "还有网友晒出自家阳台上的花😊,配文说哪儿也不去,在家最舒服🏠,引来不少点赞。",
]


def test_a_story_quoting_several_posts_keeps_their_emoji() -> None:
    # four sites before commas inside quotes, two more in a paraphrase beside an emoji
    # closing a clause elsewhere: the placement is the posters', not a farm's
    assert _cuts(POSTS) == {}


def test_emoji_inside_quotes_are_no_sites_however_many() -> None:
    quoted = "网友纷纷留言:“太美了😍,下次还来🚗,一定带上家人👨‍👩‍👧,再住两天。”随后记者联系了景区。"
    assert _cuts([quoted, FIRST, SECOND]) == {}


def test_a_farm_scatter_beside_a_quote_without_emoji_is_still_cut() -> None:
    marked = FIRST.replace("了解到,", "了解到🍻,").replace("过程,", "过程📢,")
    quoted = "一位村民说:“雨一来,河水涨得很快,我们早早就搬到了亲戚家。”" + SECOND.replace(
        "山洪、", "山洪🤌、"
    )
    found = _cuts([marked, quoted, THIRD])
    assert set(found) == {0, 1}
