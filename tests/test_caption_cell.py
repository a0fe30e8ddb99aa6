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


# http://yicheng.cjyun.org/p/40252.html (云上宜城): the reporter credit opening the story and
# its next paragraph; eval row by-author-pipe-paper-pipe-glued-before-headline-hong-kong-
# federation (https://hkisland.org/news-info.php?id=4862) prints the writers' names over the
# story closed by ' | ', the paper's slot empty on this page.
YICHENG = [
    "孙兴华 刘晓民 |",
    "通讯员孙兴华 刘晓民报道:6月22日至23日,省乡村振兴局老区建设处处长朱亚军,襄阳市乡村振兴局局长"
    "黄茂松一行来宜城,开展下基层察民情解民忧暖民心实践活动。",
    "朱亚军同志一行先后深入南营办事处脱贫村三桥村、移民村王家湾村、美丽乡村建设示范村金山村调研。"
    '对宜城市"五化同步"推进美丽乡村建设,集中项目资金发展产业项目,全力推进巩固脱贫攻坚成果同乡村振兴'
    "有效衔接等工作充分肯定。",
    "宜城市委副书记、政法委书记李曙东参加调研。",
]


def test_writers_names_in_a_cell_are_no_caption_but_the_credited_author() -> None:
    """Round 45: persons' names alone describe no picture (caption_cell); over a story whose
    credit names them they are its writers (head_chosen.credited_writer, the border read off)."""
    assert cell_caption(YICHENG[0]) is None
    document = clean("\n\n".join(YICHENG) + "\n")
    assert document.captions == []
    assert document.author == "孙兴华 刘晓民"
    assert document.removed == []
    assert YICHENG[0] not in document.body


def test_a_described_scene_naming_people_in_a_cell_is_still_a_caption() -> None:
    # A person named and what he does (http://media.people.com.cn/n/2013/0705/c40606-22087772.html).
    assert cell_caption("南庚戌与博茨瓦纳当地人交流 |") is not None
