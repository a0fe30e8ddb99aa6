"""Round 44: a wire photo desk's caption naming the day and place its picture was shot,
``这是 … 拍摄的 …。`` (``caption_shot``), on Xinhua's captions as its picture pages and the
papers carrying them print them, and the real lines of the same form that stay.
"""

import pytest
from conftest import one_caption_after_first_paragraph

from newsclean.filters.caption_shot import shot_caption
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        # http://news.fjsen.com/2025-09/24/content_32046172_0.htm (Xinhua's world pictures)
        "这是9月17日在墨西哥瓦哈卡州亚古尔遗址拍摄的宫殿遗迹。",
        # http://xinhuanet.com/photo/20240921/3104faf3d6e24261a71c25cd9f0ce8df/c.html
        "这是9月16日在安徽省宿州市砀山县梨小萌欢乐梨园景区拍摄的打铁花表演。",
        # http://wspd.we54.com/pinpai/2022/1108/11881.html (the arrow left out)
        "这是7月24日拍摄的“中国天眼”夜景。",
    ],
)
def test_a_wire_caption_of_where_and_when_the_picture_was_shot_is_a_caption(line: str):
    assert shot_caption(line) is not None
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        # http://www.sxjujiatang.com/dqjq/1526.html: the gallery's introduction
        "我们在这里选出近30张图片,以感谢路透社让我们铭记住的,这个时代的伤痕。",
        # https://ppfocus.com/0/pec49a77c.html: a story's sentence about photographs
        "20年裡,他拍下了100多萬張照片。",
    ],
)
def test_a_sentence_about_pictures_is_no_shot_caption(line: str):
    assert shot_caption(line) is None
    assert caption_cue(line) is None
