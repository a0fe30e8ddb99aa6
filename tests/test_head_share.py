"""head_share: the headline is the head line its article echoes most, read as a share of
the line's pairs, and position (under the chosen line, nearer the article) decides a tie
of kinds.  Real text: tuned page 117 (https://www.cso.gov.hk/sc/blog/blog20200927.htm, a
portal's slogan and menu over it as a mirror printed them) and the round-40 head harvest
(``tests/data/harvest/head_r40.tsv``: 21 fresh hosts, halves A and B by sha256 of the host).
"""

import sys
from pathlib import Path

from newsclean import clean
from newsclean.explain import describe
from newsclean.filters.head_share import echo_share

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import harvest_head  # noqa: E402

# https://www.cso.gov.hk/sc/blog/blog20200927.htm (eval/pages/117.txt): the article's first
# paragraphs, under a portal's slogan and menu.
ARTICLE = (
    "    《基本法》第27条明确保障香港的新闻自由。特区政府一直非常重视香港的新闻自由,这不单是"
    "香港的核心价值,也是我们作为国际大都会的重大优势。\n"
    "    警方近日修订《警察通例》中的 「传媒代表」定义,目的是让警队前线人员更容易清楚识别进行"
    "正常采访的记者,避免一些假借新闻采访为理由的人,鱼目混珠混入人群,刻意阻碍警方的行动,"
    "增添警方执法的困难。修订《警察通例》后,记者将一如既往,可以在公众地方自由采访。\n"
    "    我要强调,这次修订对新闻工作者的依法采访工作毫无影响。警队今后亦可更有效履行维持治安、"
    "保障公共安全的责任。\n"
)
SLOGAN = "最好看的新闻,最实用的信息"
HEADLINE = "警察通例修订   无损新闻自由"
PAGE = f"{SLOGAN}\n\n悉尼\n\n登录 注册\n\n{HEADLINE}\n\n{ARTICLE}"


def test_a_slogan_sharing_two_pairs_by_chance_gives_way_to_the_echoed_headline() -> None:
    assert echo_share(SLOGAN, ARTICLE) == (2, 10)  # 的新, 新闻: any story of 新闻
    assert echo_share(HEADLINE, ARTICLE)[0] >= 6
    document = clean(PAGE)
    assert document.title == HEADLINE
    assert SLOGAN not in document.body
    assert document.body[0].startswith("《基本法》第27条")


def test_explain_says_the_headline_is_the_line_the_article_echoes_most() -> None:
    document = clean(PAGE)
    record = next(r for r in document.lines if r.placement == "title")
    _, reason = describe(record)
    assert "the line the article echoes most" in reason
    assert "of 10 pairs" in reason


def test_a_headline_the_article_echoes_keeps_the_page_over_a_line_under_it() -> None:
    # the headline shares most of its pairs: a subtitle under it never displaces it
    page = f"{HEADLINE}\n\n传媒代表定义修订后记者可以在公众地方自由采访\n\n{ARTICLE}"
    assert clean(page).title == HEADLINE


def test_a_weak_line_under_the_slogan_stays_in_the_head_only_when_nothing_echoes() -> None:
    # no head line the article echoes: the chosen line stays (current behaviour)
    page = f"{SLOGAN}\n\n{ARTICLE}"
    assert clean(page).title == SLOGAN


HARVEST = ROOT / "tests" / "data" / "harvest" / "head_r40.tsv"
#: Hits of the round-40 harvest's measured rows (start of round 40: 63 of 67; both halves).
FLOOR = 63


def test_the_round_40_harvest_holds_its_floor() -> None:
    pages = harvest_head.read_pages(HARVEST)
    assert len({url.split("/")[2] for url in pages}) >= 16
    verdicts = [v for url, rows in pages.items() for v in harvest_head.verdicts(url, rows)]
    assert sum(hit for _, _, hit, _ in verdicts) >= FLOOR


def _page_of(host: str) -> tuple[str, list[tuple[str, str, str]]]:
    pages = harvest_head.read_pages(HARVEST)
    url = next(u for u in pages if f"//{host}/" in u)
    return url, pages[url]


def _with_slogan(rows: list[tuple[str, str, str]]) -> str:
    at = next(k for k, (kind, _, _) in enumerate(rows) if kind in ("headline", "page_title"))
    lines = [line for _, line, _ in rows]
    return "\n".join([*lines[:at], SLOGAN, "登录 注册", *lines[at:]]) + "\n"


# https://yashengjc.com/contents/46/50872.html (half A): a short headline, two phrases of
# four letters, that the article echoes (展公寓风采, 建温馨家园) keeps the page under a slogan.
def test_a_short_echoed_headline_stays_under_a_slogan() -> None:
    url, rows = _page_of("yashengjc.com")
    assert clean(_with_slogan(rows), path=url).title == "展公寓风采 建温馨家园"


# https://www.htu.edu.cn/zgxy/2016/1023/c4984a85490/page.htm (half A): the headline printed
# again as the article's first line is the headline's copy; title and paragraphs unchanged.
def test_a_headline_repeated_over_the_article_keeps_title_and_body() -> None:
    url, rows = _page_of("www.htu.edu.cn")
    lines = [line for _, line, _ in rows]
    plain = clean("\n".join(lines) + "\n", path=url)
    again = clean("\n".join([lines[0], *lines]) + "\n", path=url)
    assert again.title == plain.title == "政治与公共管理学院举办线上图文征集活动"
    assert again.body == plain.body


# http://lftzf.com/zixun/7248.html (half A): a question headline the article answers in its
# words stays the headline under a slogan (read without the page's 标题: field name).
def test_a_question_headline_stays_under_a_slogan() -> None:
    url, rows = _page_of("lftzf.com")
    headline = rows[0][2]
    rows = [("headline", headline, headline), *rows[1:]]
    assert clean(_with_slogan(rows), path=url).title == headline


# Real slogans: 今日澳洲's (eval pages 063 and 117), https://www.bingdoc.com/d-1456059.html
# (冰点文库's header) and https://freewechat.com/a/Mzg3ODAxMTc5Mg==/2247488615/1 (an account's).
SLOGANS = (
    SLOGAN,
    "分享价值,成长自我!",
    "※  信息社会政策探究的思想库  ※※  信息通信技术前沿的风向标  ※",
)
#: Stress: a slogan over each harvest page's headline, right above it or a menu row between
#: (round 40: 98 of 126 at the start, 102 with head_share; both halves).
STRESS_FLOOR = 102


def test_the_round_40_harvest_keeps_its_headlines_under_a_slogan() -> None:
    hits = 0
    for url, rows in harvest_head.read_pages(HARVEST).items():
        at = next(k for k, (kind, _, _) in enumerate(rows) if kind in ("headline", "page_title"))
        want = harvest_head.norm(rows[at][2])
        lines = [line for _, line, _ in rows]
        for slogan in SLOGANS:
            for gap in ([], ["登录 注册"]):
                page = "\n".join([*lines[:at], slogan, *gap, *lines[at:]]) + "\n"
                hits += harvest_head.norm(clean(page, path=url).title or "") == want
    assert hits >= STRESS_FLOOR
