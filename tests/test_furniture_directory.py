"""A site's own directory lines (``furniture_directory``, round 39): its units' telephone
numbers, its sites' addresses, a foot row's links before a contact field."""

from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_directory import menu_then_contact, phone_directory, site_link

SCHOOLS = "崇華小學05-7761390,崇華獨中05-7761484,崇華中學05-7777644 及江華幼稚園05-7764299。"
LINKS = ["百年校庆网站:http://tsungwah100.com", "崇华小学部落格http://sjkctwkk.blogspot.com/"]
FOOT = "關於我們 廣告服務 手機版 投訴文章:435 226 40@qq.com"


def test_a_blogs_header_of_numbers_and_addresses_goes() -> None:
    doc = clean(_page(SCHOOLS, *LINKS, HEADLINE, *PARAGRAPHS))
    assert all(line_removed(doc, line) for line in (SCHOOLS, *LINKS))
    assert doc.title == HEADLINE


def test_a_foot_row_of_links_and_a_spaced_mailbox_goes() -> None:
    doc = clean(_page(HEADLINE, *PARAGRAPHS, FOOT))
    assert line_removed(doc, FOOT)
    assert doc.body == PARAGRAPHS


def test_sentences_about_hotlines_and_sites_stay() -> None:
    assert phone_directory("市民可拨打热线05-7761390查询,或致电05-7761484。") is None
    assert phone_directory("崇华小学05-7761390") is None  # one number: no directory
    assert not site_link("详情请浏览网站:http://tsungwah100.com")
    assert not site_link("该校在百年校庆网站http://tsungwah100.com上公布了校史资料。")
    assert menu_then_contact("他说 联系电话:0370-8550006", lambda _: False, lambda _: ["x"]) is None
    line = "市民可拨打热线05-7761390查询,或浏览百年校庆网站了解详情。"
    doc = clean(_page(HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1]))
    assert line in doc.body


def test_the_site_link_reads_the_one_web_address_grammar() -> None:
    # round 40: furniture_mirrors.WEB_ADDRESS, opened by a scheme or www. as printed
    assert site_link("百年校庆网站:http://tsungwah100.com")
    assert site_link("百年校庆网站:https://WWW.TSUNGWAH100.COM/index.html")
    assert not site_link("百年校庆网站:tsungwah100.com")  # no scheme, no www.: a citation
