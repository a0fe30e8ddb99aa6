"""Round 31: labelled fields side by side (``caption_layout.FIELD_ROW``) are a site's
record, never a caption, however their layout differs from the paragraphs'; a short
caption line with one label stays a caption."""

import pytest

from newsclean import clean
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


# Round 43: a picture's description over its credit printed alone on the line under it,
# the two set apart as a block of their own (picture news, ``described_credits``).  The
# block is i.xpaper.net's (https://i.xpaper.net/hnrbncb/news/7483/45011/225119-1.shtml);
# the headline and paragraphs around it are fjsx.gov.cn's
# (http://www.fjsx.gov.cn/zwgk/jjsx/jrqc/202010/t20201021_1580820.htm).
HEADLINE = "华东地区主流媒体三明行主题采访活动在沙县启动"
FIRST = (
    "10月19日,华东地区主流媒体三明行“风展红旗 如画三明”主题采访活动在沙县启动,"
    "来自中国新闻摄影学会地市报分会及上海市、江西省、浙江省、江苏省、安徽省等华东地区"
    "主流媒体的15位资深摄影记者、新媒体记者,县委常委、宣传部长乐生龙参加活动。"
)
SECOND = (
    "在启动仪式后,采访团一行参观了流淌着沙县小吃历史和技艺传承的沙县小吃文化馆。"
    "跟随着导游的讲解,记者们边走边看边听,对沙县小吃也有了更深的了解。"
)
DESCRIPTION = (
    "9月14日,在商城县河凤桥乡新桥村,商城县鼎盛种养殖合作社负责人杨云(右)在采摘葡萄。"
    "该合作社成立于2015年,吸纳171户贫困户的到户增收资金发展葡萄、桃、草莓、花卉种植,"
    "并养殖淡水鱼20亩。合作社在每年按时给171户农民分红的同时,还吸纳数十名脱贫户务工增收。"
)
CREDIT = "本报记者杨远高通讯员杨绪伟摄"


def test_a_description_set_apart_over_its_credit_alone_is_the_caption():
    doc = clean(f"{HEADLINE}\n\n{FIRST}\n\n{DESCRIPTION}\n{CREDIT}\n\n{SECOND}\n")
    assert DESCRIPTION in doc.captions
    # Round 45 (the own_line gold): the credit under its caption is the desk's metadata.
    assert CREDIT not in doc.captions and CREDIT not in doc.body
    assert FIRST in doc.body and SECOND in doc.body


def test_a_paragraph_glued_under_the_one_above_stays_over_a_credit():
    # not set apart from the paragraph above: a run of the article's text
    doc = clean(f"{HEADLINE}\n\n{FIRST}\n{SECOND}\n{CREDIT}\n\n{FIRST}\n")
    assert SECOND in doc.body
    assert SECOND not in doc.captions


def test_a_paragraph_over_a_credit_glued_to_the_next_line_stays():
    # the credit glued to the paragraph under it too: no block of the picture's own
    doc = clean(f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n{CREDIT}\n{FIRST}\n")
    assert SECOND in doc.body
    assert SECOND not in doc.captions
