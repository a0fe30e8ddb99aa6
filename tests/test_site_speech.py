"""Round 28b: the breadcrumb's where-you-are words leading its trail
(``site_speech.here_crumb``, asked by ``navigation``)."""

import pytest

from newsclean.filters.navigation import classify_furniture
from newsclean.filters.site_speech import YOU_ARE_HERE, header_speech, here_crumb, page_speech


# Drupal's breadcrumb label "You are here" in its Chinese translations (你在这里, 您在这里),
# written for the test with a trail after the colon.
@pytest.mark.parametrize(
    "line", ["你在这里：首页 > 新闻 > 社会", "您在这里: 首頁 » 國際", "你现在在此处：Home > 体育"]
)
def test_the_where_you_are_lead_and_its_trail_are_furniture(line: str) -> None:
    assert here_crumb(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "你在这里：",  # a tutorial's "here you:" over its numbered steps (a Combine
        # tutorial's Chinese translation in the public code corpus)
        "你在这里：纯索引，无代码",  # a README's note beside its branch tree (public code)
        "你在这里生活了多少年？",  # a question
    ],
)
def test_the_words_without_a_trail_stay(line: str) -> None:
    assert not here_crumb(line)
    assert classify_furniture(line) is None


def test_the_words_alone() -> None:
    assert YOU_ARE_HERE.fullmatch("你在这里") and YOU_ARE_HERE.fullmatch("您現在在此處")
    assert not YOU_ARE_HERE.fullmatch("你在这里等我")


@pytest.mark.parametrize(
    "line",
    [
        "·中文 ·English ·Партнеры ·",  # eval page 095: a language switch (round 31)
        "• 首页 • 新闻中心 • 联系我们",
    ],
)
def test_a_row_of_bulleted_link_words_is_the_pages_links(line: str) -> None:
    # Round 32: one reading for the headline's test, the head with no headline and the
    # page speech a byline is read past (head_lists.is_bullet_row's rows).
    assert page_speech(line) == "links"


@pytest.mark.parametrize("line", ["香港·澳门·台湾三地联合举办书展", "• 文章"])
def test_joining_dots_and_a_bulleted_label_are_no_link_row(line: str) -> None:
    assert page_speech(line) != "links"


@pytest.mark.parametrize(
    "line",
    [
        "• 某某网移动版",
        "澳门政府网關懷版",  # round 34: any mode of the site's (data/site_modes.txt)
        "• 南方网客户端",
        "某某新闻网长者模式",
        "台湾新闻网繁體版",
    ],
)
def test_a_site_name_and_one_of_its_modes_is_an_edition_link(line: str) -> None:
    assert header_speech(line) == "edition"


@pytest.mark.parametrize(
    "line",
    [
        "某某推出手机版",  # who did what: no web word before the mode
        "南方网客户端上线三周年",  # more after the mode: a headline
        "某某网版本更新说明",
    ],
)
def test_a_headline_naming_a_mode_is_no_edition_link(line: str) -> None:
    assert header_speech(line) != "edition"
