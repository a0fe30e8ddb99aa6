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


# Round 47: a label says it, a layout guesses (field_origin.take_fields), below the head.
# The row of pieces
# is zaiyulin.com's (http://www.zaiyulin.com/2020/1130/160673110312885.html, eval variant
# by-date-dot-min-space-site-name-space-author-city-portal); the labelled source line is
# h.460.net.cn's form (https://h.460.net.cn/a/466737.html), naming the copy's paper.
ROW_THEN_LABEL = (
    "重庆居民感受到的幸福很真实\n\n"
    "　　华龙网讯 (记者 詹遥)昨日,知名媒体记者来到了民心佳园、交巡警平台和爱心庄园采访,"
    "集体感受重庆市民的幸福生活。\n\n"
    "　　公租房经验值得借鉴\n\n"
    "　　“黄大姐,你家是哪栋,我们到你家看一下行不?”在我市首个公租房项目民心佳园,"
    "媒体记者们走进了居民家中。\n\n"
    "　　有事找警察真方便\n\n"
    "　　在人民大礼堂,一位住在大溪沟附近的小姑娘与姐姐走失,被市民带到交巡警平台。\n\n"
    "　　平台的民警已经开始通过户籍系统查询女孩的父母,并将小女孩的照片发上系统。\n\n"
    "2012.01.12 15:48 在榆林网 詹遥\n\n"
    "来源:《华龙网-重庆晨报》2025年第10期\n"
)


def test_a_labelled_source_wins_over_a_rows_unlabelled_name() -> None:
    from newsclean import clean

    doc = clean(ROW_THEN_LABEL).to_dict()
    assert doc["source"] == "华龙网-重庆晨报"
    assert doc["published_at"] == "2012-01-12T15:48:00+08:00"


def test_the_first_labelled_source_stays() -> None:
    from newsclean import clean

    page = (
        "重庆居民感受到的幸福很真实\n\n来源:新华网\n\n"
        "　　昨日,知名媒体记者来到了民心佳园、交巡警平台和爱心庄园采访,"
        "集体感受重庆市民的幸福生活。\n\n"
        "　　在人民大礼堂,一位住在大溪沟附近的小姑娘与姐姐走失,被市民带到交巡警平台。\n\n"
        "来源:重庆晨报\n"
    )
    assert clean(page).to_dict()["source"] == "新华网"


def test_a_rows_name_alone_is_still_the_source() -> None:
    from newsclean import clean

    page = ROW_THEN_LABEL.replace("来源:《华龙网-重庆晨报》2025年第10期\n", "")
    assert clean(page).to_dict()["source"] == "在榆林网"


def test_a_head_rows_source_stays_over_a_label_further_down() -> None:
    from newsclean import clean

    # the row under the headline is the byline's own place (a portal's repost row:
    # http://news.sina.com.cn/s/2004-12-02/06244409020s.shtml prints it so)
    page = (
        "重庆居民感受到的幸福很真实\n\n"
        "http://www.sina.com.cn 2004年12月02日06:24 荆楚网-楚天都市报\n\n"
        "　　昨日,知名媒体记者来到了民心佳园、交巡警平台和爱心庄园采访,"
        "集体感受重庆市民的幸福生活。\n\n"
        "　　在人民大礼堂,一位住在大溪沟附近的小姑娘与姐姐走失,被市民带到交巡警平台。\n\n"
        "来源:重庆晨报\n"
    )
    assert clean(page).to_dict()["source"] == "荆楚网-楚天都市报"
