"""Furniture printed over every page of a site, found in the page head (round 8): browser
notices (``filters/consent.py``), an edition picker's label (``data/furniture_phrases.txt``,
kind ``lead``).  Each is removed wherever it stands, so none is taken for the headline; real
headlines about the same things stay (a logo's alt text: test_furniture_residue.py)."""

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.consent import is_consent
from newsclean.filters.navigation import classify_furniture

HEADLINE = "重庆居民感受到的幸福很真实"
ARTICLE = (
    "\n\n昨日，知名媒体记者集中采访公租房、交巡警平台，感受重庆居民的幸福生活。\n\n"
    "“黄大姐，你家是哪栋，我们到你家看一下行不行？”记者们走进公租房小区。\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "您的浏览器不支持JavaScript，请开启后浏览本站",
        "您的瀏覽器不支援 JavaScript 功能，部分網頁功能將無法正常使用，建議開啟",
        "你的浏览器版本过低，建议升级浏览器",
        "您的浏览器版本过低",
        "You need to enable JavaScript to run this app.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "JavaScript is disabled in your browser.",
        "Your browser does not support JavaScript!",
        "This site requires JavaScript.",
    ],
)
def test_a_browser_notice_is_furniture_wherever_it_stands(notice: str) -> None:
    """The site speaks to the reader of the reader's browser: a <noscript> or old-browser
    notice, removed above the headline and inside the article alike."""
    assert is_consent(notice.lower())
    assert classify_furniture(notice) is not None
    document = clean(f"{notice}\n\n{HEADLINE}{ARTICLE}")
    assert document.title == HEADLINE and line_removed(document, notice)
    document = clean(f"{HEADLINE}{ARTICLE}\n{notice}\n")
    assert line_removed(document, notice) and notice not in document.body


@pytest.mark.parametrize(
    "headline",
    [
        "谷歌浏览器将停止支持JavaScript旧版本 开发者需尽快升级",
        "火狐浏览器将默认禁用JavaScript 部分网页或受影响",
        "您的浏览器够安全吗？专家教你五招自查",
        "Chrome浏览器无法正常打开网页？教你几招",
        "微软建议用户尽快升级浏览器",
    ],
)
def test_a_headline_about_browsers_stays_the_headline(headline: str) -> None:
    """A headline names browsers in the third person, or asks; JavaScript and 浏览器
    alone weigh less than a notice needs."""
    assert not is_consent(headline.lower())
    document = clean(f"{headline}{ARTICLE}")
    assert document.title == headline and not line_removed(document, headline)


@pytest.mark.parametrize(
    "picker",
    ["选城市 : 多伦多 | 温哥华", "切换城市：北京 | 上海 | 广州", "選擇地區：香港 澳門 台灣"],
)
def test_an_edition_picker_is_furniture(picker: str) -> None:
    furniture = classify_furniture(picker)
    assert furniture is not None and furniture.reason == "nav"
    document = clean(f"{picker}\n\n{HEADLINE}{ARTICLE}")
    assert document.title == HEADLINE and line_removed(document, picker)


@pytest.mark.parametrize(
    "line",
    ["城市选择困难症怎么办 年轻人这样选城市", "选择城市生活还是回到家乡？"],
)
def test_a_line_about_choosing_a_city_is_no_picker(line: str) -> None:
    assert classify_furniture(line) is None


# Round 21: a masthead line, the site's name and its slogan, in the head.
def test_a_site_name_and_slogan_over_the_headline_is_no_headline() -> None:
    from park_article import assert_goes_above_the_headline

    # invented form, on no eval page
    assert_goes_above_the_headline("晨光网 | 传递每天的好声音!")
    assert_goes_above_the_headline("东岸日报——做有温度的地方媒体")


def test_an_outlet_name_before_the_articles_headline_stays_the_headline() -> None:
    from park_article import PARAGRAPHS, page_of

    from newsclean import clean
    from newsclean.filters.site_names import masthead_slogan

    line = "晨光网 - 本市新建三座口袋公园"
    assert masthead_slogan(line) == "本市新建三座口袋公园"
    document = clean(page_of(line, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert "口袋公园" in (document.title or "")
    assert masthead_slogan("互联网 未来已来") is None  # a headline's own space
