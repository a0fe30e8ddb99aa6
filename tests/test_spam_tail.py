"""Spam glued after the page's own line (filters/spam_tail.py): positive cases (a spam keyword
and a link glued after a headline or a paragraph, the whole line judged spam before) and
negative ones (a headline with a space inside it, a headline ending with the outlet's own
address on a real page, a crackdown report naming the gambling site it closed)."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_tail import tail_cuts
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

HEADLINE = "大运中国女足力克日本队 18年后再度夺冠"
PARAS = [
    "  据中新社报道,21日晚的深圳宝安体育场迎来狂欢之夜,中国女足力克日本队。这是18年后再度夺冠。",
    "  中国女足在决赛中发挥出色,日本队未能扳平比分。全场观众为女足欢呼。",
    "  赛后主教练表示,夺冠是全队努力的结果。女足将继续备战。",
]
LINK = "http://www.example-bet.com"
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_spam_term_and_link_glued_after_the_headline_go() -> None:
    page = [f"{HEADLINE} 在线成人影院 {LINK}", *PARAS]
    cuts = tail_cuts(page, [NOT_SPAM] * len(page))
    assert list(cuts) == [0]
    assert cuts[0].rest == HEADLINE
    assert cuts[0].cut == f"在线成人影院 {LINK}"
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE
    assert not any("影院" in line or "example" in line for line in doc.body)


def test_a_line_judged_spam_whole_keeps_its_real_part() -> None:
    page = [f"{HEADLINE} 免费看艳片 {LINK}", *PARAS]
    verdicts = [SPAM, *[NOT_SPAM] * len(PARAS)]
    cuts = tail_cuts(page, verdicts)
    assert cuts[0].rest == HEADLINE
    assert not verdicts[0].is_spam
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE


def test_a_glued_tail_on_a_paragraph_goes_the_paragraph_stays() -> None:
    line = "中国女足在决赛中发挥出色,日本队未能扳平比分 免费色站 " + LINK
    page = [HEADLINE, PARAS[0], line, PARAS[2]]
    cuts = tail_cuts(page, [NOT_SPAM] * len(page))
    assert cuts[2].rest == "中国女足在决赛中发挥出色,日本队未能扳平比分"


def test_a_headline_with_a_space_inside_it_stays() -> None:
    page = [HEADLINE, *PARAS]
    assert tail_cuts(page, [NOT_SPAM] * len(page)) == {}
    doc = clean(_text(page), convert="none")
    assert doc.title == HEADLINE


def test_the_outlets_own_address_on_a_real_page_stays() -> None:
    page = [f"{HEADLINE} www.wenweipo.com", *PARAS]
    assert tail_cuts(page, [NOT_SPAM] * len(page)) == {}
    # and on a page with spam elsewhere, when the footer names the host
    page = [*page, "本文来源:文汇网 wenweipo", "免费色站,六合彩开奖"]
    verdicts = [NOT_SPAM] * (len(page) - 1) + [SPAM]
    assert tail_cuts(page, verdicts) == {}


def test_a_crackdown_naming_the_gambling_site_stays() -> None:
    headline = "警方捣毁网络赌博平台 威尼斯人娱乐 www.vns-bet.com"
    page = [
        headline,
        "  警方近日捣毁一个网络赌博平台,该平台以威尼斯人娱乐为名招揽赌客。抓获嫌疑人12名。",
        "  警方提醒,网络赌博平台以高额返利为诱饵。市民切勿参与。",
    ]
    assert tail_cuts(page, [NOT_SPAM] * len(page)) == {}


def test_a_term_the_article_names_stays() -> None:
    # the glued word is the article's subject, not a foreign segment
    page = [f"{HEADLINE} 中国女足", *PARAS]
    assert tail_cuts(page, [NOT_SPAM] * len(page)) == {}


def test_a_long_line_of_spaces_is_linear() -> None:
    line = "中国女足 " * 200_000 + "免费色站 " + LINK
    page = [line, *PARAS]
    tail_cuts(page, [NOT_SPAM] * len(page))  # no hang: only the last spaces are looked at


# Round 28: a wire's dateline and title about the lottery (fixtures/004_gb18030.txt, 中新社's
# story) goes on with a weak term of its own subject after a space. Standing where its
# article does not follow (a list of other stories on a page with spam elsewhere), the
# weak term alone had made the tail spam, and real text was cut.
WIRE_TITLE = "中新社香港九月十四日电 题:史上最高六合彩奖金 掀港人投注热潮"


def test_a_weak_term_on_the_lines_own_topic_stays_on_a_hijacked_page() -> None:
    page = ["免费色站 成人影院 在线观看", *PARAS, WIRE_TITLE]
    assert tail_cuts(page, [SPAM] + [NOT_SPAM] * (len(page) - 1)) == {}


def test_a_strong_term_glued_after_an_on_topic_line_still_goes() -> None:
    page = ["免费色站 成人影院 在线观看", *PARAS, f"{WIRE_TITLE} 免费色站"]
    cuts = tail_cuts(page, [SPAM] + [NOT_SPAM] * (len(page) - 1))
    assert cuts[len(page) - 1].rest == WIRE_TITLE


# Round 47: a line judged spam whole only for its tail.  火箭报's report on 张玉刚
# (https://therocket.com.my/cn/category/%E5%BC%A0%E7%8E%89%E5%88%9A/page/3/), its headline
# with a porn site's name and a link glued after it; the excerpt prints under half the
# headline's words, but the line judge finds no spam in the headline alone.
ROCKET_HEAD = "愚蠢政府制定愚蠢措施 抗疫措施再次干扰粮食生产运作"
ROCKET_PARAS = [
    "本月25日起,防疫措施再次收紧,各类经济领域的营业时间都缩短,即从早上8时至晚上8时。金马仑"
    "丹那拉打区州议员张玉刚呼吁政府,审视缩短营业时间对属于基本服务业的农业所造成的影响。",
    "张玉刚指出,去年首次实行限行令(MCO),国盟政府因缺乏处理大规模疫情的经验,无法有效整合各"
    "部门资源,对各经济领域包括食物生产运作造成重大影响。",
]
SPAM_WHOLE = SpamVerdict(True, 8.2, ("激情网", "www"), 2)


def test_a_line_spam_only_for_its_tail_keeps_its_headline() -> None:
    page = [f"{ROCKET_HEAD} 亚洲激情网 http://www.iwin688.com", *ROCKET_PARAS]
    verdicts = [SPAM_WHOLE, NOT_SPAM, NOT_SPAM]
    cut = tail_cuts(page, verdicts)[0]
    assert cut.rest == ROCKET_HEAD
    assert cut.cut == "亚洲激情网 http://www.iwin688.com"
    assert not verdicts[0].is_spam


def test_a_keyword_list_with_a_tail_stays_spam() -> None:
    # the part before the tail is spam alone (a list of porn titles): the line is no headline
    line = "国产精品久久久久久久久鸭_亚洲国产成人无码网站大全_日韩无套无码精品 亚洲激情网 http://www.iwin688.com"
    verdicts = [SPAM_WHOLE, NOT_SPAM, NOT_SPAM]
    assert tail_cuts([line, *ROCKET_PARAS], verdicts) == {}
    assert verdicts[0].is_spam
