"""The site's own foot (``furniture_sitefoot``): fields about the site itself (its
keeper, its maker, its last update, its visitors, the browser it asks for) go in a block
after the article, beside contact or registry lines or two together; one such line in a
story, a sentence about browsers and a record over the article stay."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_sitefoot import maker_line, site_line

# Round 32: the site's own foot, fields about the site itself (its keeper, its maker, its
# last update, its visitors, the browser it asks for) in a block after the article.  Real
# lines from outside eval/:
SITE_FOOT = [
    # Hyweb's government-site template, the footer's update and counter (github.com/
    # HywebU00/HyUI4.0_document docs/components/footer.md; HyUI5document docs/template/
    # footer.md prints the same two)
    ("更新日期:2018/01/01", "累計瀏覽人次:46476653"),
    # an ASP.NET intranet's banner (a public repository's Default.aspx), then a Taiwan
    # county site's maintenance row in its own labels
    ("本網站建議使用Chrome瀏覽器", "網站維護:資訊室 | 最後更新:2024-01-02"),
    # a school portal's screen advice and its visitor count (the 最佳瀏覽 / 瀏覽人次 rows)
    ("最佳瀏覽解析度 1024x768", "• 瀏覽人次:128093"),
]


@pytest.mark.parametrize("pair", SITE_FOOT)
def test_the_sites_own_fields_are_site_lines(pair: tuple[str, str]) -> None:
    assert all(site_line(line) for line in pair)


@pytest.mark.parametrize("pair", SITE_FOOT)
def test_a_block_of_the_sites_own_fields_goes_at_the_foot(pair: tuple[str, str]) -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, *pair))
    assert all(line_removed(document, line) for line in pair)
    assert document.body == PARAGRAPHS


def test_the_sites_own_foot_goes_with_its_own_reason() -> None:
    # round 33: the site's own lines, read beside the registry footer, are no registry
    # fields, and --explain says what they are
    document = clean(_page(HEADLINE, *PARAGRAPHS, *SITE_FOOT[0]))
    details = {
        line.original: [e.detail for e in line.evidence if e.filter == "structure"]
        for line in document.lines
    }
    for line in SITE_FOOT[0]:
        assert line_removed(document, line)
        assert details[line] == [
            "the site's own foot: its keeper, maker, update, readers or browser advice"
        ]


def test_one_site_field_beside_a_contact_line_goes() -> None:
    # the tkutimes foot's shape: a bulleted browser advice under the fax line
    lines = ("• 傳真:02-26214169", "• 建議使用 Chrome 瀏覽器")
    document = clean(_page(HEADLINE, *PARAGRAPHS, *lines))
    assert line_removed(document, lines[1])


@pytest.mark.parametrize(
    "line",
    [
        "他建議使用 Chrome 瀏覽器,因為它比較快。",  # a story's sentence about browsers
        "目前瀏覽器為舊版 IE，建議使用Chrome瀏覽器，獲得最佳遊戲體驗！",  # a game's alert
        "記者:張三 / 攝影:李四",  # a byline's fields, no label about the site
        "主辦單位:市文聯",  # a registry's label alone is no site field
    ],
)
def test_lines_that_are_no_site_line(line: str) -> None:
    assert not site_line(line)


def test_one_update_line_in_a_story_stays() -> None:
    # one line of the site's shape alone, no footer beside it: a paragraph's own note
    note = "更新日期:2024-03-05"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], note, PARAGRAPHS[1]))
    assert not line_removed(document, note)


def test_a_records_fields_over_the_article_stay_with_the_byline() -> None:
    # a government page's bulleted record over its article (eval by-gov-bullets shape)
    record = ("• 發布日期 : 05-05-2022", "• 更新日期 : 101-07-12", "• 瀏覽人次 : 2248")
    document = clean(_page(HEADLINE, *record, *PARAGRAPHS))
    assert not line_removed(document, record[2])


def test_paragraph_is_one_test_with_the_headline_bound() -> None:
    # foot_notices caches this leaf's test; its bound is a headline's (title.MAX_TITLE_LENGTH)
    from newsclean.filters import foot_notices, furniture_sitefoot, title

    assert furniture_sitefoot.MAX_HEADLINE == title.MAX_TITLE_LENGTH
    assert foot_notices.is_paragraph.__wrapped__ is furniture_sitefoot.is_paragraph
    assert foot_notices.is_paragraph("記者昨日走訪多個巴士站。")
    assert not foot_notices.is_paragraph("網站管理者：資訊室")


# Round 36: the site maker's name alone, a firm named by its trade of building sites.
@pytest.mark.parametrize(
    "line", ["Bingo網頁設計公司", "星河网站建设工作室", "Bingo Web Design Company"]
)
def test_the_site_makers_name_alone_goes(line: str) -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert line_removed(document, line)
    assert document.body == PARAGRAPHS


@pytest.mark.parametrize("line", ["他开了一家网页设计公司", "网页设计公司的竞争日趋激烈。"])
def test_a_sentence_about_a_web_design_firm_stays(line: str) -> None:
    document = clean(_page(HEADLINE, *PARAGRAPHS, line))
    assert not line_removed(document, line)


def test_a_numbered_list_of_firms_is_the_articles() -> None:
    """Round 37 mend (review 36b item 3): an award list's items naming web-design firms."""
    items = ["1. 星辰网站建设公司", "2. 绿源生态农业合作社", "3. 华科网页设计工作室"]
    page = (
        "我市评选出十佳小微企业\n\n"
        "本报讯（记者 周敏）昨日，市工商联公布了年度十佳小微企业评选结果，"
        "十家企业获得表彰和奖励。\n\n"
        "获奖企业名单如下：\n\n" + "\n\n".join(items) + "\n\n"
        "市工商联负责人表示，将继续加大对小微企业的扶持力度，帮助企业解决融资难等实际问题。\n"
    )
    document = clean(page)
    for item in items:
        assert not line_removed(document, item)
    assert not maker_line("1. 星辰网站建设公司")
    assert not maker_line("(3) 华科网页设计工作室")
    assert maker_line("星辰网站建设公司")
