"""Round 36: delivery notices (``consent.is_delivery``), the site asking the reader about how
its page reaches them; real lines of the round-36 harvest (tests/data/harvest/furniture.tsv)."""

import pytest
from conftest import data_lines

from newsclean.filters.consent import is_consent, is_delivery
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # https://alexseo.net/shu/6948/3382712.html (a chapter mirror's loading and mode notices)
        "更多内容加载中...请稍候...",
        "本站只支持手机浏览器访问,若您看到此段落,代表章节内容加载失败,请关闭浏览器的阅读模式、"
        "畅读模式、小说模式,以及关闭广告屏蔽功能,或复制网址到其他浏览器阅读!",
        "本章未完,请点击下一章继续阅读!若浏览器显示没有新章节了,请尝试点击右上角↗️或右下角↘️的"
        "菜单,退出阅读模式即可,谢谢!",
        # https://wwwwx.net/read/8483/156513.html
        "内容未加载完成,请尝试【刷新网页】or【设置-关闭小说模式】or【设置-关闭广告屏蔽】~",
        "推荐使用【UC浏览器】or【火狐浏览器】or【百度极速版】打开并收藏网址!",
        # https://bbs.izhwy.com/forum.php?mod=viewthread&tid=88776 (Discuz's attachment gate)
        "您需要 登录 才可以下载或查看,没有账号?立即注册",
        # the same notices in traditional script (constructed from the lines above)
        "內容未載入完成,請嘗試【刷新網頁】",
    ],
)
def test_a_delivery_notice_is_furniture(line: str) -> None:
    assert is_delivery(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "浏览器新增阅读模式",  # a headline: third person, no request
        "请使用浏览器访问政务网站办理业务",  # a public notice: weak web words only
        "请关闭浏览器后重新打开",
        "若您需要帮助,请拨打热线12345",
        "市民可登录网址查询,如果您没有帐户,请先到窗口办理",
        "专家提醒,请不要随意关闭浏览器的安全提示",
    ],
)
def test_a_request_without_the_pages_delivery_stays(line: str) -> None:
    assert not is_delivery(line)


def test_no_harvested_real_line_is_a_is_delivery() -> None:
    # The harvest's real lines (expected ``kept``) include lines naming APP, 二维码 and 公众号
    # as news: none is the site speaking about the page's delivery.
    rows = [line.split("\t") for line in data_lines("harvest/furniture.tsv")]
    kept = [row[1] for row in rows if row[2] == "kept"]
    assert len(kept) > 80
    assert [line for line in kept if is_delivery(line)] == []


@pytest.mark.parametrize(
    "line",
    [
        # a reporter's sentence quoting the notice it saw (review 36a, p1 and p2)
        "记者在上午9时登录网站，页面多次提示“加载失败，请稍后重试”。",
        "记者调查发现，一些盗版网站把小说切成许多页，每页末尾都写着“本章未完，请点击下一章继续阅读”，"
        "以此增加广告展示次数。",
        "网友反映，打开该网站后总是提示「内容加载中，请稍候」。",
        # an official notice's requests about an errand, naming its users (review 36a, p13)
        "如您在报名过程中遇到页面加载失败，请尝试更换其他浏览器或刷新页面。",
        "报名期间，若您忘记密码，请使用注册手机号找回，没有账号的考生请先立即注册。",
        "铁路部门提醒，若您使用的是其他浏览器，请复制网址到官方客户端购票。",
    ],
)
def test_reported_words_and_official_notices_stay(line: str) -> None:
    assert not is_delivery(line)
    assert classify_furniture(line) is None


def test_delivery_needs_more_words_as_the_line_grows() -> None:
    # Two points suffice to 40 characters; a long line needs a point more per 80 (as consent).
    assert is_delivery("本章未完，请点击下一章继续阅读！")
    padding = "，" + "作者今天只写了这么多，明天继续更新" * 4
    assert not is_delivery("本章未完，请点击下一章继续阅读！" + padding)


def test_a_browser_notice_is_consent() -> None:
    assert is_consent("您的浏览器不支持 javascript，部分网页功能无法正常使用，建议开启浏览器")
    assert not is_consent("谷歌浏览器将停止支持javascript旧版本 开发者需尽快升级")


def test_a_best_view_advice_addressing_the_reader_is_consent() -> None:
    line = (
        "为确保最佳浏览效果,建议您使用以下浏览器版本:IE浏览器10.0版本及以上;"
        "Firefox浏览器60版本及以上;Edge浏览器80版本及以上。"
    )
    assert is_consent(line.lower())
    assert not is_consent("我们建议您使用新版浏览器。")
    assert not is_consent("谷歌发布新版浏览器，建议您使用最新版本。")


@pytest.mark.parametrize(
    "line",
    [
        # Round 44: the request to turn JavaScript on, in Chinese: the document-sharing
        # site's first line (http://m.ishare.iask.sina.com.cn/f/31VjbZmf5YN.html, variant
        # tool-enable-javascript-notice-doc-share) and the anti-crawler page of
        # wenshu.court.gov.cn (its text as quoted by the wenshu_utils tests).
        "为了正常的体验网站,请在浏览器设置里面开启Javascript功能!",
        "请开启JavaScript并刷新该页",
    ],
)
def test_a_request_to_turn_javascript_on_is_a_browser_notice(line: str) -> None:
    assert classify_furniture(line) is not None


def test_a_headline_about_javascript_in_the_third_person_stays() -> None:
    assert classify_furniture("谷歌浏览器将停止支持JavaScript旧版本") is None


@pytest.mark.parametrize(
    "line",
    [
        # A how-to page's own lines about turning scripts on (https://www.kd.cn/ask/38955.html,
        # 浏览器如何支持JavaScript?): the article names the setting, it does not ask the reader.
        "浏览器设置中确认未禁用JavaScript(Chrome路径:设置 > 隐私和安全 > 网站设置 > JavaScript)",
        "Chrome/Firefox:启用自动更新",
        # The verb glued to the word without a request: a how-to headline's form and a
        # sentence in the third person weigh less than a notice needs (consent_terms.txt).
        "如何开启JavaScript",
        "很多网站要求浏览器开启JavaScript才能正常显示。本文介绍在常见浏览器中开启的方法。",
    ],
)
def test_turning_javascript_on_named_without_a_request_stays(line: str) -> None:
    assert classify_furniture(line) is None
