"""The page head's toolbar printed one item a line (``furniture_toolbar``): the site's
modes (繁体版, 关怀版, 无障碍) and a pager's numbered pages, judged as a block in the head;
a headline or a heading naming a mode, one mode alone, and the article's lines stay."""

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_toolbar import is_mode, is_page_item, label_row, toolbar_lines


def _toolbar(*head: str) -> list[int]:
    return sorted(toolbar_lines(range(len(head)), head.__getitem__))


def test_modes_of_the_site_are_composed() -> None:
    modes = (
        "繁体版",
        "简体版",
        "關懷版",
        "长者模式",
        "长者版",
        "无障碍",
        "引导页",
        "• 英文版",
        "客户端",  # round 34: the edition words site_speech read, now one list
        "• 客戶端",
    )
    for item in modes:
        assert is_mode(item), item
    assert is_mode("English") and is_mode("ENGLISH")
    # real lines naming a mode inside more words stay (policyaddress.gov.hk's notice;
    # reo.gov.hk's heading; am730.com.hk's headline)
    for line in (
        "如简体版本与原文有所偏差,概以原本的繁体版本为准。",
        "無障礙設施一覽表",
        "數碼無障礙嘉許計劃現已正式接受報名",
        "版本",
    ):
        assert not is_mode(line), line


def test_a_toolbar_one_item_a_line_goes() -> None:
    # eval rows of the round 33 (a gov.mo-style header: 无障碍 / 繁体版 / 引导页 / 关怀版)
    assert _toolbar("无障碍", "繁体版", "引导页", "关怀版", "特首感言") == [0, 1, 2, 3]
    # one mode alone is a label, and stays
    assert _toolbar("英文版", "某某大学国际交流处") == []


def test_a_pager_of_numbered_pages_goes() -> None:
    # eval rows of the round 33 (an e-paper's page list: • 28页 / • 29页 / • 30页)
    assert is_page_item("• 28页") and is_page_item("• 1")
    assert not is_page_item("1. 总则") and not is_page_item("28页")
    assert _toolbar("• 28页", "• 29页", "• 30页", "某报头版") == [0, 1, 2]
    # the current page alone beside a toolbar of modes
    assert _toolbar("• 1", "繁体版", "关怀版") == [0, 1, 2]
    # one page number alone: no pager
    assert _toolbar("• 1", "某报头版") == []


def test_toolbar_goes_from_the_page_head_and_the_article_stays() -> None:
    page = _page("• 1", "繁体版", "引导页", "关怀版", HEADLINE, *PARAGRAPHS)
    doc = clean(page)
    for item in ("• 1", "繁体版", "引导页", "关怀版"):
        assert line_removed(doc, item), item
    assert doc.title == HEADLINE
    assert doc.body == PARAGRAPHS


def test_modes_between_paragraphs_stay() -> None:
    # only the head is read: a story's one-word lines between its paragraphs stay
    page = _page(HEADLINE, PARAGRAPHS[0], "繁体版", "关怀版", PARAGRAPHS[1])
    doc = clean(page)
    assert not line_removed(doc, "繁体版") and not line_removed(doc, "关怀版")


# Round 34: a row of head labels, a menu's subsections or an account's two-word name.
def test_a_row_of_head_labels() -> None:
    never_a_name = lambda _: False  # noqa: E731
    assert label_row("社會、一般、工商、生活、廣場", never_a_name)
    assert label_row("鄉訊 動態", never_a_name)
    assert not label_row("张三 李四", lambda _: True)  # a byline's names
    for line in ("习近平会见外宾", "社会、一般工商活动", "新闻、", "各位、大家好"):
        assert not label_row(line, never_a_name), line


def test_a_menu_printed_twice_in_the_head_goes() -> None:
    menu = ("新聞", "要聞、地方、財經、體育", "副刊", "文學、藝術、生活")
    doc = clean(_page(*menu, *menu, HEADLINE, *PARAGRAPHS))
    for line in menu:
        assert line_removed(doc, line), line
    assert doc.title == HEADLINE
    assert doc.body == PARAGRAPHS


def test_a_row_printed_once_stays_the_articles() -> None:
    row = "要聞、地方、財經、體育"
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], row, PARAGRAPHS[1]))
    assert not line_removed(doc, row)
