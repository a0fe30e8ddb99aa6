"""Closed sentences over the head that speak of none of the article (head_over)."""

from __future__ import annotations

from newsclean.filters.head_over import sentences_over_head

ARTICLE = (
    "新华社西昌11月15日电(记者田兆运)15日零时01分,我国自行研制的“中星”20号通信卫星在西昌"
    "卫星发射中心由“长征”三号甲运载火箭发射升空。“中星”20号是实用型地球同步通信卫星,卫星质量"
    "为2.3吨,可以实现不同频段、不同区域之间的互联互通。火箭升空25分钟后,西安卫星测控中心传来的"
    "数据表明,卫星已顺利进入预定轨道。"
)


def test_a_sites_terms_over_the_head_are_no_first_paragraph() -> None:
    lines = ["请您阅读我们的用户注册协议,继续浏览即视为您接受。", "通信卫星发射成功", ARTICLE]
    assert sentences_over_head(range(3), lines.__getitem__) == {0}


def test_the_articles_own_first_sentence_ends_the_head() -> None:
    lines = ["我国自行研制的通信卫星发射升空。", "通信卫星发射成功", ARTICLE]
    assert sentences_over_head(range(3), lines.__getitem__) == set()
