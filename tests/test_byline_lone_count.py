"""A byline row's comment count left alone in the page head (byline_lone_count.py)."""

from newsclean import clean
from newsclean.filters.byline_lone_count import lone_comment_count

P1 = "  新雨过后的田野显得格外清明,村民们正忙着春耕,到处一派繁忙景象,合作社的农机手早早下了地。"
P2 = "  村里今年种植水稻三千亩,比去年增加了两成,村民收入有望继续提高,乡亲们对丰收充满信心。"


def _placed(text: str) -> list[tuple[str, str]]:
    return [(line.text, line.placement) for line in clean(text).lines if line.text]


def test_count_alone_opening_a_clean_page_is_metadata_and_nothing_is_removed() -> None:
    doc = clean("评论3条\n\n" + P1 + "\n\n" + P2 + "\n")
    assert doc.title is None
    assert doc.lines[0].placement == "metadata"
    assert len(doc.body) == 2
    assert not doc.removed


def test_count_under_the_headline_is_metadata_in_either_order() -> None:
    placed = _placed("赣州山区春耕忙\n0条评论\n\n" + P1 + "\n\n" + P2 + "\n")
    assert placed[:2] == [("赣州山区春耕忙", "title"), ("0条评论", "metadata")]


def test_count_under_the_article_stays_the_comment_box_s() -> None:
    placed = _placed("赣州山区春耕忙\n\n" + P1 + "\n\n" + P2 + "\n\n3条评论\n")
    assert placed[-1] == ("3条评论", "removed")


def test_only_a_count_alone_is_read() -> None:
    assert lone_comment_count("评论3条") and lone_comment_count("12條評論")
    assert not lone_comment_count("查看/发表评论")  # a link, no count
    assert not lone_comment_count("评论(3)")  # a share bar's button
    assert not lone_comment_count("评论3条 打印")
