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
