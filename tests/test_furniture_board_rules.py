"""A comment board's rules under the article (filters/furniture_board_rules.py, round 44)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_board_rules import board_rule

# http://116.55.251.204/content/2020-03/30/023131.html (大理时讯, a county paper's digital
# edition; tests/data/harvest/foot_r44.tsv, half A): a picture story, then its comment box's
# toggle and the board's rules with the paper's name in the slot
DALI = [
    "为切实保障滩地管理员等人员人身安全,提高死亡水草等杂物清理效率,州驻镇工作队为喜洲镇配发16"
    "艘铁皮保洁船和10辆铁皮手推车,专项用于洱海保护治理工作。3月23日,喜洲镇滩地管理员及应急打捞"
    "人员将崭新的保洁船推入洱海。 洪凯华 摄",
    "我要评报 隐藏留言须知",
    "2.大理时讯拥有管理笔名和留言的一切权力。",
    "3.您在大理时讯留言板发表的言论,大理时讯有权在网站内转载或引用。",
]
# People's Daily's e-paper template (Founder ENP; data/comment_board_rules.txt names it): the
# same rules with 人民网 in the slot, and the first rule, which names no site
PEOPLE = [
    "1.遵守中华人民共和国有关法律、法规，尊重网上道德，承担一切因您的行为而直接或间接引起的法律责任。",
    "2.人民网拥有管理笔名和留言的一切权力。",
    "3.您在人民网留言板发表的言论，人民网有权在网站内转载或引用。",
]


@pytest.mark.parametrize("line", [*DALI[2:], *PEOPLE])
def test_a_rule_of_the_board_is_read(line: str) -> None:
    assert board_rule(line)


@pytest.mark.parametrize(
    "line",
    [
        DALI[0],
        # the 4th rule 大理时讯 prints, seen on one host only and in no template: not coded
        "4.如您对管理有意见请向 留言板管理员 或 大理时讯网络中心 反映。",
        # ctinews.com's comment call (tests/test_furniture_comment_calls.py): no rule's frame
        "留言衝人氣 2則留言",
        # two names in the slots of one rule: the template names one site
        "3.您在人民网留言板发表的言论，大理时讯有权在网站内转载或引用。",
    ],
)
def test_a_line_outside_the_frames_stays(line: str) -> None:
    assert not board_rule(line)


def test_the_rules_and_the_toggle_go_and_the_story_stays() -> None:
    doc = clean("\n".join(DALI) + "\n")
    placements = [record.placement for record in doc.lines]
    assert placements[1:] == ["removed"] * 3
    # the picture story stays (its photographer's credit makes it the picture's caption)
    assert placements[0] not in ("removed", "copyright")
