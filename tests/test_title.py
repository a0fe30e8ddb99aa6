"""The title rule (``filters/title.py``) on pages that hold a head and no article."""

from newsclean import clean
from newsclean.render import render

HEAD_ONLY = (
    "汇聚起强大的主流思想舆论力量\n\n\n\n  人民日报社:\n\n  唱响众志成城抗击疫情最强音\n"
    "2020-03-09  来源: 学习时报 作者:\n"
)


def test_a_head_with_no_article_under_it_names_no_title() -> None:
    """Found by tests/test_properties.py on a mutated fixtures/001 page: the headline
    above the byline was taken and the lines above it removed; its text rendering, one
    line, came back as a body paragraph.  With no article there is no title to name, and
    every line stays on the page."""
    document = clean(HEAD_ONLY)
    assert document.title is None
    assert document.body == [
        "汇聚起强大的主流思想舆论力量",
        "人民日报社:",
        "唱响众志成城抗击疫情最强音",
    ]
    assert document.source == "学习时报"
    again = clean(render(document))
    assert ([again.title] if again.title else []) + again.body == document.body


def test_the_same_head_over_an_article_names_its_title() -> None:
    document = clean(
        HEAD_ONLY + "\n  疫情防控阻击战打响以来，各级媒体坚守舆论阵地，记录下无数感人瞬间。\n"
    )
    assert document.title == "唱响众志成城抗击疫情最强音"
