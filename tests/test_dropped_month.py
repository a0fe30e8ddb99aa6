"""A date's month character dropped between its digits (dropped_month): flagged as text
lost, and put back where one reading fits; counts of days and yen stay as written."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.dropped_month import dropped_months


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        # https://61322.net/fwc/a/MzI5MTM3NjA2Mw==/2247500467/1 (国际日报's Bali copy)
        ("中新社天津33日电(记者 张道正)33日,周恩来诞辰120周年前夕", "张道正)3月3日,周恩来"),
        ("佐科维总统昨(820日)接受采访时表示", "昨(8月20日)"),
        ("　　行政長官李家超將於1019日公佈上任后首份施政報告。", "將於10月19日公佈"),
        ("811日,外交部发言人汪文斌在例行记者会上确认", "8月11日,"),
        ("2025年1020日", "2025年10月20日"),
    ],
)
def test_a_lost_month_is_put_back(line, restored):
    found = dropped_months([line])
    assert 0 in found and restored in found[0].text


def test_a_number_with_two_readings_is_flagged_not_repaired():
    found = dropped_months(["于111日举行"])  # 1月11日 or 11月1日
    assert found[0].stretches == ("111日",) and found[0].repaired == ("",)
    assert found[0].text == "于111日举行"


@pytest.mark.parametrize(
    "line",
    [
        "这台相机售价12000日元。",  # yen
        "项目须于120日内完成。",  # a count of days
        "为期100日的活动今天开幕。",
        "比赛在2019日本站举行。",
        "这是他入狱后的第365日。",
        "3月3日,天津举行纪念活动。",  # a date with its month
        "会议于12日召开。",  # a day
    ],
)
def test_days_counts_and_yen_stay(line):
    assert dropped_months([line]) == {}


def test_the_page_reports_the_loss():
    doc = clean("新闻标题\n\n　　中新社天津33日电(记者 张道正)33日,周恩来诞辰120周年前夕。\n")
    assert any("3月3日" in paragraph for paragraph in doc.body)
    messages = [w.message for w in doc.warnings if w.kind == "mojibake"]
    assert any("month character dropped" in message for message in messages)


# A site's credit template prints its month and day run together, story after story:
# http://gansu.gscn.com.cn/system/2016/10/28/011514454.shtml (中国甘肃网), variant
# credit-site-month-day-run-together-news-space-paren-correspondent-space-name-province-news-site;
# the second line is that credit on https://www.cyberctm.com/zh_TW/news/detail/2613199's story;
# the third https://hyyz888.com/news/2018-08/23/content_21397623.htm (中国青年网's dispatch).
@pytest.mark.parametrize(
    "line",
    [
        "中国青年网北京822日电(记者 李佳音)8月12日-18日,由中央网信办主办,新疆网信办承办的……",
        "中国甘肃网1028日讯 (通讯员 焦杨红)10月27日,2016中国最美村镇第二轮公众票选结果揭晓……",
        "　　中国甘肃网812日讯 (通讯员 梁婉琦 雷翠雲)(澳門電台消息) 被問及當本澳出現新冠肺炎病例,"
        "會否觸發熔斷機制再次關閉賭場。",
    ],
)
def test_a_credits_run_together_date_alone_is_its_form(line):
    assert dropped_months([line]) == {}
    doc = clean("衛生局: 一旦現確診個案或封閉管理部分區域\n\n" + line + "\n")
    assert not [w for w in doc.warnings if w.kind == "mojibake"]


def test_a_dateline_with_the_loss_elsewhere_is_still_flagged():
    # https://61322.net/fwc/a/MzI5MTM3NjA2Mw==/2247500467/1: the copier lost every 月
    found = dropped_months(
        ["中新社天津33日电(记者 张道正)周恩来诞辰120周年前夕", "佐科维总统昨(820日)接受采访"]
    )
    assert found[0].text.startswith("中新社天津3月3日电") and "8月20日" in found[1].text


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        # https://www.draemp.gov.mo/zh-TW/T2C010020030020/20251/ddd395f23caa4b2aadafce6ba64ce8d0.html
        # (Macau's gazette notice, a glossed copy: 1月8日 printed 18日 after the year)
        ("委任行政會委員張永春擔任行政會發言人,自2025年18日起生效。", "自2025年1月8日起生效"),
        (
            "發(fā)言人,自2025年(nián)18日起生效。",
            "自2025年(nián)1月8日起生效",
        ),
    ],
)
def test_a_day_right_after_a_year_lost_its_month(line, restored):
    found = dropped_months([line])
    assert 0 in found and restored in found[0].text


@pytest.mark.parametrize(
    "line",
    [
        # the same notice's sound date, and counts after a year that is no date
        "自2025年1月8日起生效。",
        "每年18日為繳費日。",
        "刑期為3年18日。",
    ],
)
def test_a_year_then_a_date_or_a_count_stays(line):
    assert dropped_months([line]) == {}
