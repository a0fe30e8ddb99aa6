"""Round 31: labelled fields side by side (``caption_layout.FIELD_ROW``) are a site's
record, never a caption, however their layout differs from the paragraphs'; a short
caption line with one label stays a caption."""

import pytest

from newsclean.filters.caption_layout import layout_caption_shaped


@pytest.mark.parametrize(
    "line",
    [
        # eval pages 003 and 105 (a county media centre's footer, round 31)
        "主管单位:清流县融媒体中心 地址:清流县龙津镇北大路519号",
        "主办单位：某某日报社　联系电话：0598-5322123",
    ],
)
def test_labelled_fields_in_a_row_are_no_layout_caption(line: str):
    assert not layout_caption_shaped(line, 80)


@pytest.mark.parametrize(
    "line",
    ["精彩的文艺演出。", "图:蕾特诺与蓬佩奥资料图片", "华侨新村入口 左:旧貌"],
)
def test_a_short_caption_line_stays_shaped_like_a_caption(line: str):
    assert layout_caption_shaped(line, 80)


@pytest.mark.parametrize(
    "line",
    [
        # a county disclosure page's index block (ningxian.gov.cn's, copied on eval 028)
        "信息分类: 通知   发布机构: 文汇网",
        "索引号: 003129766/201901-00336 组配分类: 规范性文件发布",
        "发布时间: 2023年08月02日      访问次数: 657",  # /tmp/corpus page's record row
    ],
)
def test_a_form_row_is_no_layout_caption(line: str):
    assert not layout_caption_shaped(line, 80)


@pytest.mark.parametrize(
    "line", ["图:蕾特诺与蓬佩奥资料图片", "左起: 张三 李四", "精彩的文艺演出。"]
)
def test_one_label_is_still_a_caption_shape(line: str):
    assert layout_caption_shaped(line, 80)
