"""Round 15: a phrase converter's archive picture credit (``caption_brackets.CONVERTED_ARCHIVE``),
a picture's name line over its credited caption between the headline and the article
(``caption_group.picture_name``), and the real lines that must survive them: a heading,
a one-line paragraph, a byline line, a credit in the first paragraph, a source of figures.
"""

import pytest
from conftest import CAPTION_PARAGRAPHS as LONG
from conftest import caption_page as _page

from newsclean import clean
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        "新任立法院长韩国瑜上班首日没有公开行程。(本报数据照片)",
        "这是5月8日在西藏日喀则市拍摄的珠穆朗玛峰脚下的绒布冰川(无人机照片)。(本报数据照片)",
        "市民在公园赏花。（中央社数据图片）",
    ],
)
def test_a_converted_archive_picture_credit_is_a_caption(line: str):
    assert caption_cue(line) is not None
    doc = clean(_page([LONG[0], line, *LONG[1:]]))
    assert doc.captions == [line]
    assert doc.body == LONG


@pytest.mark.parametrize(
    "line",
    [
        "全年出口额增长百分之五。（数据来源：海关总署）",
        "全年出口额增长百分之五。（国家统计局数据）",
        "截至去年底，全国共有各类学校五十余万所。（数据由教育部提供）",
    ],
)
def test_a_source_of_figures_is_no_picture_credit(line: str):
    assert caption_cue(line) is None
