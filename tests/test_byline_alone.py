"""A byline's piece alone on its line (filters/byline_alone.py): a bare source name, a
public body's name, a writer's name alone; a lead line, a label, a section or a sentence
is none."""

from newsclean.filters.byline_alone import author_line, public_body, source_line


def test_a_bare_source_name_is_read_only_when_it_is_name_shaped() -> None:
    """Source lines printed alone under the time (gcs.gov.mo, ftnn.com.tw, fznews.com.cn
    layouts); a lead line, a label or a sentence is no source."""
    from newsclean.filters.byline_alone import source_line

    for name in ("新闻局(GCS)", "FTNN新闻网", "政府新闻处", "福州新闻网", "正报"):
        assert source_line(name) == name
    for text in ("记湖南援藏干部的三年", "责任编辑", "记者了解到，今年以来", "图"):
        assert source_line(text) is None


def test_a_media_name_alone_under_the_headline_loses_its_brackets() -> None:
    assert source_line("【香港电台】", headline=True) == "香港电台"
    assert source_line("本地新闻", headline=True) is None  # a section label


def test_a_public_body_ends_in_an_issuer_word() -> None:
    assert public_body("外交部") and public_body("總統府")
    assert not public_body("春节返乡记")


# Round 36: a one-letter issuer word ends a body's name only after two letters or more;
# after one it makes a word of place or quantity (顶部 of a 返回顶部 link, alone on its line).
def test_a_one_letter_issuer_word_needs_a_name_before_it() -> None:
    assert public_body("警务处") and public_body("商务部") and public_body("市政府")
    assert not any(public_body(word) for word in ("顶部", "全部", "此处", "布局", "底部"))


def test_a_camera_credit_names_the_writer_only_under_the_time() -> None:
    assert author_line("攝影:梁婉琦") is None
    assert author_line("攝影:梁婉琦", under_time=True) == "梁婉琦"
