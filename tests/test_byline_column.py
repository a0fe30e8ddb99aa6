"""A template's byline fields printed one a line without labels (byline_column.py).

The column is hjxtv.com's (http://www.hjxtv.com/tuopingongjian/36250.html, a county TV site:
``0`` / ``不详`` / ``2017年05月23日`` under the headline); the article is i-cable.com's
(https://www.i-cable.com/category/港聞/page/7, the first item), as the held-out page of
round 43 set the column under it.
"""

from __future__ import annotations

from newsclean import clean

HEADLINE = "政府舉行大型反恐演習 李家超等於支援中心監督 總結會議作三點指示"
P1 = (
    "    【有線新聞】行政長官李家超、政務司司長陳國基及保安局局長鄧炳強在支援中心親自監督演習進行。"
)
P2 = (
    "    李家超肯定演習方向及選址正確,在總結會議作出三點指示,要求時刻維持高度應對能力、"
    "加強提升科技應用、應對恐襲破壞力,隨科技進步而提高以及必須提升公眾參與度,"
    "今次是首次直播演習,他要求要檢討安排及提高市民反恐意識。"
)


def test_the_count_placeholder_and_date_column_is_the_record() -> None:
    doc = clean("\n\n".join((HEADLINE, "0", "不詳", "2025年08月28日", P1, P2)) + "\n")
    assert doc.published_at == "2025-08-28"
    assert len(doc.body) == 2 and doc.body[0].startswith("【有线新闻】")
    assert not doc.removed
    assert [line.placement for line in doc.lines if line.text in ("0", "不詳", "不详")] == [
        "metadata",
        "metadata",
    ]


def test_the_column_without_its_date_over_the_text() -> None:
    doc = clean("\n\n".join(("0", "不详", P1, P2)) + "\n")
    assert not doc.removed
    assert len(doc.body) == 2


def test_a_count_stacked_with_a_date_only_is_not_read_as_the_column() -> None:
    from newsclean.filters.byline_column import place_unlabelled_column

    class Line:
        def __init__(self, text: str) -> None:
            self.text = text

    page = [Line(HEADLINE), None, Line("0"), None, Line("2025年08月28日"), None, Line(P2)]
    placed = ["blank", "blank", "blank", "blank", "metadata", "blank", "blank"]
    content = [0, 2, 6]
    assert place_unlabelled_column(page, content, placed, [None] * 7, [None] * 7) == content
    placed[4] = "blank"  # a placeholder alone is a head label, as before
    page[4] = Line("不详")
    assert place_unlabelled_column(page, [0, 4, 6], placed, [None] * 7, [None] * 7) == [0, 4, 6]


#: http://cn.gangyiku.com/kuai/6773.html (round 46): the poster's rank, the date to the
#: second and the comment count, each on a line of its own under the headline.
RANK_COLUMN = ("創始人", "2025-05-24 20:02:22", "0")


def test_the_posters_rank_over_the_date_and_count_is_the_record() -> None:
    doc = clean("\n\n".join((HEADLINE, *RANK_COLUMN, P1, P2)) + "\n")
    assert not doc.removed
    assert doc.author in ("", None)
    assert [line.placement for line in doc.lines if line.text in ("創始人", "创始人")] == [
        "metadata"
    ]


def test_a_rank_word_inside_the_article_stays() -> None:
    # i-cable.com's paragraph, a sentence naming a founder: prose, no column
    line = "    Facebook創始人朱克伯格在支援中心親自監督演習進行。"
    doc = clean("\n\n".join((HEADLINE, "2025-05-24 20:02:22", line, P2)) + "\n")
    assert len(doc.body) == 2
