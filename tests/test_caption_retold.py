"""Round 40: captions between paragraphs told by what they retell (caption_retold): a short
line that retells the paragraph above it, on a page of several, is a picture's caption; a
heading opens the section under it and stays."""

from __future__ import annotations

from newsclean import clean

# https://qy.7890.net/c21946c0c21becf758819c686.html (tests/data/harvest/caption_pages.txt)
FIRST = (
    "1月17日,由佛冈县妇联、佛冈县文化广电旅游体育局及迳头镇人民政府联合主办的佛冈县“美丽庭院”"
    "迎新年赠绿植送春联活动在清远市“美丽庭院”示范村——迳头镇楼下村举办。"
)
GUESTS = (
    "此次活动吸引了楼下村及周边群众参与,迳头镇党委书记李富,佛冈县妇联党组书记、主席何婉媚,"
    "佛冈县文化广电旅游体育局党组成员李国辉等领导出席活动,与村民们提前庆祝新春佳节。"
)
SPEECH = (
    "活动伊始,何婉媚向村民们致以新春祝福,她表示,县妇联将以此次活动为契机,进一步引导更多家庭"
    "积极投身到“美丽庭院”建设中来。"
)
GIFTS = (
    "活动现场,主办方为清远市“美丽庭院”村代表及美丽庭院户代表送上寓意美好的绿植。另一边,"
    "佛冈县书法协会的书法家们挥毫泼墨,书写“天增岁月人增寿,春满乾坤福满门”等一副副饱含祝福的"
    "春联赠予村民,为新春增添浓厚文化氛围。"
)
QUIZ = (
    "为丰富活动内容,主办方还精心设置了知识问答赢绿植环节,问题涵盖了绿植养护、庭院美化等方面的"
    "知识,吸引了村民们积极踊跃参与,纷纷举手抢答。"
)
FAMILY = (
    "良好的家风是打造“美丽庭院”的关键,迳头镇楼下村作为广东省家教家风实践基地,还特别设置了以"
    "家风家教为主题的游戏问答区和全家福拍照打卡点。"
)
GIFT_CAPTION = "主办方为清远市 “美丽庭院” 村代表及美丽庭院户代表送上寓意美好的绿植"


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_captions_retelling_the_paragraph_above_and_their_slot() -> None:
    document = clean(
        page(
            FIRST,
            f"活动现场热闹非凡\n{GUESTS}",
            f"佛冈县妇联党组书记、主席何婉媚致辞\n{SPEECH}",
            f"{GIFT_CAPTION}\n{GIFTS}",
            f"书法家为村民书写春联\n{QUIZ}",
            f"村民踊跃抢答\n{FAMILY}",
        )
    )
    # three retell the paragraph above; the other two stand in their slot
    assert document.captions == [
        "活动现场热闹非凡",
        "佛冈县妇联党组书记、主席何婉媚致辞",
        GIFT_CAPTION,
        "书法家为村民书写春联",
        "村民踊跃抢答",
    ]
    assert document.headings == []


def test_one_retelling_line_is_no_gallery() -> None:
    document = clean(page(FIRST, GUESTS, GIFTS, f"书法家为村民书写春联\n{QUIZ}", FAMILY))
    assert document.captions == []


def test_headings_opening_their_sections_stay() -> None:
    # https://hehuoxinbaiyou.cn/post/4628.html: a heading names what comes, not what was told
    lead = (
        "截至 8 月 3 日,中国代表团收获 16 金 12 银 9 铜,排在金牌榜首位。老将风采不减,"
        "新人壮志满怀,有惊喜、有遗憾,赛场内外,奥运更开放的精神在传递。"
    )
    section = (
        "3 日晚,在罗兰 · 加洛斯中央球场的红土上,中国姑娘郑钦文直落两盘夺得网球女单冠军,"
        "创造了中国乃至亚洲网球历史!"
    )
    document = clean(page(FIRST, lead, f"突破:新秀涌现 老将回归\n{section}", FAMILY))
    assert document.captions == []
    assert "突破:新秀涌现 老将回归" in document.headings
