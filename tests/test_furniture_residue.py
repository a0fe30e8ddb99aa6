"""Residue (``furniture_residue``): a line that carries no text of its own, removed
wherever it stands (round 36: moved here from test_head_furniture.py with the module's
split from ``furniture_menu``)."""

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_residue import residue_reason

HEADLINE = "重庆居民感受到的幸福很真实"
ARTICLE = (
    "\n\n昨日，知名媒体记者集中采访公租房、交巡警平台，感受重庆居民的幸福生活。\n\n"
    "“黄大姐，你家是哪栋，我们到你家看一下行不行？”记者们走进公租房小区。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "某某新闻网(Logo-image) 某某新闻网(Logo-text)",
        "某某日报（logo）",
        "某某电视台(header logo)",
    ],
)
def test_a_logo_s_alt_text_is_residue(line: str) -> None:
    assert residue_reason(line) == "nav"
    document = clean(f"{line}\n\n{HEADLINE}{ARTICLE}")
    assert document.title == HEADLINE and line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "苹果新Logo(图)曝光",  # a Chinese label: a headline's aside
        "苹果新Logo(image)曝光 网友吐槽",  # words outside the brackets
        "中国日报(China Daily)",  # a name's English name, not an image's words
        "奥运会新会徽(logo)发布 网友点赞",
    ],
)
def test_a_line_naming_a_logo_in_words_is_no_alt_text(line: str) -> None:
    assert residue_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        ":::",  # an accessibility anchor
        '<strong id="afajh"><dl id="afajh"></dl></strong>',  # empty nested tags
        "--- 国家市场监督管理总局主管 ---",  # a masthead framed by rules
        "广告位(右)",  # an ad slot's name and place
        "image placeholder",  # an image's alt text where it stood
        "a",  # a lone small letter: an empty link's stand-in
    ],
)
def test_a_line_with_no_text_of_its_own_is_residue(line: str) -> None:
    assert residue_reason(line) == "nav"
    document = clean(f"{HEADLINE}{ARTICLE}\n{line}\n")
    assert line_removed(document, line)


@pytest.mark.parametrize(
    "line",
    [
        "……",  # the article's own mark of an omission
        "——",  # and of a break
        "<b>要闻</b>",  # markup round words of its own
        "广告（宣传）费用",  # a sentence about advertising names no slot
        "Photo by Xinhua",  # a caption, not a placeholder
        "A",  # an option letter is a capital
        "--- 主管单位称，新规下月起实施。 ---",  # a sentence mark rules the frame out
    ],
)
def test_a_line_with_text_of_its_own_is_no_residue(line: str) -> None:
    assert residue_reason(line) is None


# Round 41 (second wave): the banner of http://m.yadashi.com/Hospital/news_lei.asp?id=9257&
# newsid=29574 (a dental clinic's site), framed by spaced stars on both sides, and the floor
# number under a post of http://www.phsea.com.tw/forum/forum.php?mod=viewthread&tid=41859
# (a Discuz! forum, under 跳轉到指定樓層); both eval/variants/furniture.json.
STAR_BANNER = "★ ★ ★ 宁波市中医院口腔科 ★ ★ ★"


@pytest.mark.parametrize("line", [STAR_BANNER, "1#"])
def test_a_star_framed_banner_and_a_floor_number_are_residue(line: str) -> None:
    assert residue_reason(line) == "nav"


def test_a_star_framed_banner_opening_the_page_is_no_headline() -> None:
    document = clean(f"{STAR_BANNER}\n\n{HEADLINE}{ARTICLE}")
    assert document.title == HEADLINE and line_removed(document, STAR_BANNER)


@pytest.mark.parametrize("line", ["★ 新闻 ★", "★ ★ ★ 他说,好。 ★ ★ ★", "#1", "1#机组"])
def test_one_star_a_sentence_in_stars_or_a_numbered_name_is_no_residue(line: str) -> None:
    assert residue_reason(line) is None


# http://bbs.cnssxq.com/forum.php?action=printable&mod=viewthread&tid=119186 (eval row
# cap-placeholder-discuz-attach-tag-over-captions-forum-printable): a Discuz printable view
# prints where the picture stood its attachment code alone on a line (round 46).
def test_a_forums_bbcode_alone_is_residue() -> None:
    assert residue_reason("[attach]2680[/attach]") == "nav"
    assert residue_reason("[img]http://bbs.example.cn/data/attachment/a.jpg[/img]") == "nav"


def test_bbcode_around_words_or_a_note_number_stays() -> None:
    # a heading in bold markup, and a note's number: words or no closing tag
    assert residue_reason("[b]衡阳县举办蒸水生态环保行活动[/b]") is None
    assert residue_reason("[1]") is None
