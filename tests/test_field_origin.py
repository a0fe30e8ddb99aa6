"""field_origin: a field stands or goes with its line, and a source that is a spam brand
the article never prints is no source (round 34, round 35)."""

from __future__ import annotations

from newsclean import clean


def test_a_spam_brand_in_the_rows_source_slot_is_no_source() -> None:
    """Round 34 (byline_brand): a casino brand where the source stands names no publisher;
    the row keeps its date."""
    page = (
        "澳门回归十周年庆典进入倒计时\n\n / 金沙手机网投app / 19/12/2009\n\n"
        "    中共中央总书记、国家主席胡锦涛将于十九日抵澳。"
        "记者自澳门特区政府获悉,庆典筹备工作已经完成。\n\n"
        "    澳门各界人士表示,将以最好的面貌迎接回归十周年。\n"
    )
    doc = clean(page)
    assert doc.source is None
    assert doc.published_at == "2009-12-19"


def test_a_field_whose_line_goes_is_no_field() -> None:
    # round 35: the list of other stories under the article, each headline over its date,
    # is removed; the date first read from it names no day of this article
    page = (
        "全市首届读书节今日开幕\n"
        "　　记者从市文化局了解到，全市首届读书节今日在市图书馆开幕，活动将持续一个月，"
        "共安排讲座、展览等各类活动六十余场。\n"
        "　　市文化局负责人介绍，今年读书节突出全民参与，各区图书馆将延长开放时间，方便市民借阅。\n"
        "外交部：中方坚决反对任何形式的干涉\n2025-12-17\n"
        "江门实现进口生鲜“口岸直达”\n2025-12-17\n"
        "全省冬季森林防火工作会议召开\n2025-12-16\n"
    )
    document = clean(page)
    assert document.published_at is None
    assert any(r.text == "2025-12-17" and r.reason == "nav" for r in document.removed)
