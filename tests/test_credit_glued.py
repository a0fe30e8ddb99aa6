"""A reporter's credit glued after the article's last sentence, with no bracket
(credit_glued)."""

from __future__ import annotations

from linear import assert_linear

from newsclean import clean
from newsclean.filters.credit_glued import glued_credit

# http://www.shebei.cngulu.com/zixun/2023/0122/10149.html: a portal's copy of 封面新闻, the
# credit run into the last paragraph, the portal's keyword line under it.
COVER = (
    "1月21日,除夕。四川南充高坪区龙门街道办,伍晓萍正在商业街检查电力设备。她是国网南充供电公司"
    "龙门供电所所长,也是南充66个供电所里唯一的女所长。回到供电所,1楼小食堂热闹起来。6张条桌,两两"
    "一拼,就是3张八仙桌。30名身穿工作服的电力人坐在一起,满满当当。吃完饭,大家各就各位,对他们而言,"
    "除夕夜的春晚,就是保障的号角。封面新闻记者 谢杰"
)
# http://95105105.com/news/2014/0207/38823.html: 重庆晚报's credit glued after the lead, the
# template's author label repeating the names.
EVENING = (
    "每年春运,都仿佛是在上演一部人类迁徙大片拥挤、焦虑、离别、躁动…… 一列火车就像一座移动的"
    "城市,今天我们把视线聚焦在春运列车的邻铺邻座上,既以记者的眼光,更从普通人的角度,来观察和剖析"
    "同路人的性格脾性。这种观察并不枯燥,因为我们总能在每一个定格的瞬间看到自己,想到家人。 "
    "重庆晚报首席记者 刘婷 记者 邹渝 摄影报道 作者:刘婷 邹渝 |"
)


def test_an_outlets_reporter_glued_after_the_last_stop_is_the_author():
    assert glued_credit(COVER) == "谢杰"
    doc = clean("供电所的除夕\n\n  " + COVER + "\n\n关键词: 供电公司\n")
    assert doc.author == "谢杰"


def test_the_templates_label_lists_the_writers():
    assert glued_credit(EVENING) == "刘婷 邹渝"


def test_a_sentence_after_the_stop_is_no_credit():
    # http://www.shebei.cngulu.com/zixun/2023/0122/10149.html's lead, its last sentence
    # written on: the role is the next sentence's subject
    assert glued_credit("回到供电所,1楼小食堂热闹起来。新华社记者从供电所获悉") is None
    assert glued_credit("除夕夜的春晚,就是保障的号角。记者 谢杰") is None  # no outlet


def test_the_glued_credit_reads_in_linear_time():
    assert_linear(lambda n: "号角。新闻记者 " * n + "谢杰", glued_credit, 20_000)
    assert_linear(lambda n: "。" * n + "封面新闻记者 谢杰", glued_credit, 20_000)
