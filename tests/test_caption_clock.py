"""Round 39: a photo diary's caption, the clock time the picture was taken opening the
line (``caption_clock``), and the lines that must stay: a paragraph told by the clock, a
schedule's item, a time in words."""

import pytest
from conftest import clean_with_line_after_first_paragraph, one_caption_after_first_paragraph

from newsclean.filters.caption_clock import clock_caption
from newsclean.filters.captions import caption_cue


@pytest.mark.parametrize(
    "line",
    [
        "上午8:40,城东农贸市场门口,摊主们正在卸下刚运到的蔬菜",
        "14:05,北门大桥下的浅滩上,几个孩子在捉小鱼",
        "傍晚18:20,滨江公园的广场上,市民跳起了广场舞",
        "清晨6：15，江心洲渡口，渡船载着第一批菜农过江",
    ],
)
def test_a_clock_time_a_place_and_a_scene_make_a_caption(line: str) -> None:
    assert clock_caption(line) is not None
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        "上午9:00,会议正式开始,全体代表起立奏唱国歌。",  # a paragraph closes its sentence
        "9:30,开幕式",  # a schedule's item: one item after the time
        "14:00 嘉宾签到",
        "上午9时,城东农贸市场门口,摊主们正在卸货",  # a time in words is prose's
        "8:40,城东农贸市场门口,摊主们正在卸货。随后记者来到了西门",
        "下午3:15,记者来到了城北,",
    ],
)
def test_a_paragraph_a_schedule_or_a_time_in_words_is_none(line: str) -> None:
    assert clock_caption(line) is None
    assert caption_cue(line) is None or "clock" not in caption_cue(line)  # type: ignore[operator]


def test_a_paragraph_told_by_the_clock_stays_body() -> None:
    line = "上午9:00,会议正式开始,全体代表起立奏唱国歌。"
    document = clean_with_line_after_first_paragraph(line)
    assert line not in document.captions
    assert line in document.body
