"""The site's name in its header (``filters/site_names.py``): a masthead's name and slogan,
and a section's word stacked over the site or tab named after it."""

from newsclean.filters.site_names import masthead_slogan, stacked_label


def test_a_site_word_ending_the_name_makes_a_masthead():
    assert masthead_slogan("某某网 - 关注天下新鲜事!") == "关注天下新鲜事"
    assert masthead_slogan("某地举行发布会 - 某某要闻") is None


def test_a_media_name_by_the_page_s_test_makes_a_masthead_too():
    assert masthead_slogan("晨光日报 - 城市的声音", lambda name: name == "晨光日报") == "城市的声音"


def test_a_section_word_over_the_site_named_after_it():
    assert stacked_label("勵志", "勵志人生知識庫", (2, 4), (2, 10))
    assert not stacked_label("生活", "生活，就是这样", (2, 2), (1, 8))


def test_header_tools_before_a_masthead_are_read_off() -> None:
    """Round 38: 設為首頁 - 加入收藏 before the site's name and a two-clause slogan."""
    line = "設為首頁 - 加入收藏 某某村官網--建設美麗城鄉,重塑村官形象!"  # invented name
    assert masthead_slogan(line) == "建設美麗城鄉,重塑村官形象"
    assert masthead_slogan("設為首頁 - 加入收藏 市政府召开会议") is None  # no site's name
    assert masthead_slogan("某地举行发布会 - 某某要闻,各方关注") is None
