"""A caption left in its gallery's table cell (``filters/caption_cell.py``, round 30)."""

import pytest
from linear import assert_linear

from newsclean import clean
from newsclean.filters.caption_cell import cell_caption
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        # eval row cap-line-trailing-space-pipe-botswana-paper-story
        # (http://media.people.com.cn/n/2013/0705/c40606-22087772.html)
        "南庚戌与博茨瓦纳当地人交流 |",
        # Invented on the same layout: a full-width bar, a full-width space.
        "工作人员在博茨瓦纳华文报社编辑部排版\u3000｜",
    ],
)
def test_a_description_closed_by_its_cells_border_is_a_caption(line: str) -> None:
    assert cell_caption(line) is not None
    assert caption_cue(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # Near misses, real lines: a site's foot row of links (xy.m2qu.com, a copy of a
        # chinanews page) and its last link on a line of its own,
        "关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明 |",
        " | 留言反馈",
        # a record row with bars (https://news.cri.cn/2016314/aa3b9d97-b198-79b5-d072-2bf48ca6337d.html),
        "2016-03-14 13:52:34|来源:国际在线|编辑:李瑛",
        # a breadcrumb ending in a bar, a label with a colon, a paragraph's sentence.
        "首页 > 新闻中心 > 传媒动态 |",
        "图片说明:南庚戌与当地人交流 |",
        "他说，这份报纸已经办了十年。记者们仍在坚持 |",
        # too few Han characters for a description: a short link.
        "新闻 |",
    ],
)
def test_bars_of_rows_and_paths_are_no_cell_caption(line: str) -> None:
    assert cell_caption(line) is None


def test_on_a_page_the_cell_caption_goes_to_captions() -> None:
    page = "\n\n".join(
        [
            "博茨瓦纳的华文报纸",
            "南庚戌与博茨瓦纳当地人交流 |",
            "《博茨瓦纳日报》是当地唯一的中文报纸，创刊于二〇〇七年，每周出版一期，"
            "读者多为在当地经商的华人。",
            "报社社长南庚戌介绍，报纸的稿件大多由几位编辑自己采写，印刷和发行也都由报社负责。",
        ]
    )
    doc = clean(page)
    assert doc.captions == ["南庚戌与博茨瓦纳当地人交流 |"]


def test_cell_caption_is_linear() -> None:
    assert_linear(lambda n: "交" * n + " |", cell_caption, 20_000)
