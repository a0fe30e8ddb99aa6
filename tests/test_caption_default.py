"""An editor's default picture title printed as the caption (caption_default.py).

The line is ltwysoft.com's copy of 央廣網's story
(http://ltwysoft.com/newscenter/native/gd/20170523/t20170523_523769231.shtml: 圖片默認標題
twice where the photos stood, each over a real caption); the paragraphs are jrntv.com's
weather story (http://www.jrntv.com/2025/09/24/9950491.html).
"""

from __future__ import annotations

from newsclean import clean

P1 = (
    "　　受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。"
    "预计未来几天,全市仍将多阵雨或雷雨天气,市民需注意防范。"
)
P2 = (
    "　　受今年第18号台风 “桦加沙” 外围云系与冷空气共同作用,23日晚上7点左右,"
    "我市城区开始出现明显降水。记者从市气象台获悉,此次降雨过程已覆盖全市范围,"
    "最大降雨量出现在宝华镇区域。"
)


def test_the_default_title_is_the_slots_placeholder_not_spam_nor_a_caption() -> None:
    # Round 44's gold decision (eval/variants/caption.json, cap-line-picture-default-title-
    # hijacked-radio-portal-copy, placeholder=true): the default stands over the real caption,
    # so it is the slot's placeholder, a tool line; round 45b removes it as a picture's
    # default value (furniture_labels.image_standin) before the caption readers see it.
    doc = clean("\n\n".join(("圖片默認標題", P1, P2)) + "\n")
    assert doc.captions == []
    assert [r.reason for r in doc.removed] == ["nav"]
    assert len(doc.body) == 2


def test_only_the_whole_default_title_is_read() -> None:
    from newsclean.filters.caption_default import default_media_title

    assert default_media_title("视频默认标题") is not None  # the editor's video default
    assert default_media_title("如何修改图片默认标题") is None  # words about the setting
    assert default_media_title("图片标题") is None  # no default word: a label, not this
    assert default_media_title("默认标题图片") is None  # not the editor's order
