"""A label alone on its line, its value on the next (``byline_pending``); round 42: a count
under its counter's label."""

from __future__ import annotations

from newsclean import clean

# http://hnwzzzx.com/index.php/xwtt/7320.html (eval row
# by-time-views-labels-count-source-label-each-own-line-malaysian-media-group-site): the
# record one field a line under the headline, the view count alone under its label.
RECORD = ["发布时间:", "浏览量:", "285610", "来源:", "海内外资讯"]
# https://wktca.ezsino.org/?action=show&id=366&mod=news's story (eval 116's original), shortened.
STORY = [
    "馬華促警提高阿羅街戒備",
    *RECORD,
    "  馬華總會長拿督斯里廖中萊促請警方加強阿羅街一帶的保安,以防恐怖分子在當地發動襲擊。",
    "  他也讚揚警方在接獲第一手消息後,立即派出警員到阿羅街巡邏,令遊客和商家感到安心。",
]


def test_a_count_under_its_counters_label_is_the_record() -> None:
    doc = clean("\n".join(STORY) + "\n")
    placed = {r.original: r.placement for r in doc.lines}
    assert placed["285610"] == "metadata"
    assert "285610" not in doc.body
    assert doc.source == "海内外资讯"


def test_a_line_of_words_under_a_counters_label_stays() -> None:
    # the negative: the paragraph right under an empty counter label is the article's
    lines = [STORY[0], "浏览量:", STORY[-2], STORY[-1]]
    doc = clean("\n".join(lines) + "\n")
    placed = {r.original: r.placement for r in doc.lines}
    assert placed[STORY[-2]] == "body"


# http://www.hubeitoday.com.cn/post/571/146500 (eval row by-date-spaces-source-label-space-
# share-label-then-count-line-province-news-portal): the share widget's count alone on the
# line under the byline's date; on http://old.ltn.com.tw/2002/new/mar/19/today-o1.htm's
# opinion page (eval 086) the row printed the date alone, its label lost (round 42b).
OPINION = [
    "為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?",
    "2002-3-19",
    "0",
    "自相矛盾、互相矛盾,其為矛盾,一也。",
    "陳水扁當上台灣總統後,適逢國際經濟下滑,台灣的失業率由二%、三%,節節上升到五%以上。",
]


def test_a_count_under_the_bylines_record_is_the_record() -> None:
    doc = clean("\n\n".join(OPINION) + "\n")
    placed = {r.original: r.placement for r in doc.lines}
    assert placed["0"] == "metadata"
    assert "0" not in doc.body and len(doc.body) == 2


def test_a_section_number_under_the_date_stays() -> None:
    # the negative: a single digit 1-9 may number the first section
    lines = [*OPINION[:2], "1", *OPINION[3:]]
    doc = clean("\n\n".join(lines) + "\n")
    placed = {r.original: r.placement for r in doc.lines}
    assert placed["1"] != "metadata"
