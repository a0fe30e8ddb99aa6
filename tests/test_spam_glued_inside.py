"""Spam inserted inside a headline and a post label before it (filters/spam_glued_inside.py):
a keyword inserted after the headline's first letter or letters or after its opening quote,
a ``原创`` label (with a keyword inside it too); and what stays: a headline whose words the
article echoes, a run the article prints, a page a codec garbled."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.spam_glued_inside import inside_cuts
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

PARAS = [
    "  新华社香港9月23日电 香港新闻界23日举行酒会,庆祝新中国成立73周年。",
    "  行政长官李家超在致辞中表示,希望香港新闻界继续讲好香港故事。",
]
SPAM = SpamVerdict(True, 3.0, ("色站",), 1)


def _cut(head: str, spam: bool = True, paras: list[str] = PARAS) -> tuple[str, str] | None:
    page = [head, *(["免费色站 在线成人影院"] if spam else []), *paras]
    verdicts = [NOT_SPAM, *([SPAM] if spam else []), *[NOT_SPAM] * len(paras)]
    cuts = inside_cuts(page, verdicts)
    return (cuts[0].cut, cuts[0].rest) if 0 in cuts else None


HEADLINE = "香港新闻界庆祝新中国成立73周年"


@pytest.mark.parametrize(
    ("head", "cut"),
    [
        ("香远航娱乐港新闻界庆祝新中国成立73周年", "远航娱乐"),  # after the first letter
        ("原创 香借记卡四件套港新闻界庆祝新中国成立73周年", "原创 … 借记卡四件套"),  # no vocabulary
        ("原创 香港新闻界庆祝新中国成立73周年", "原创"),  # a post label
        (
            "原创 原性色社区创 香bt淫色电影港新闻界庆祝新中国成立73周年",
            "原创 原性色社区创 … bt淫色电影",
        ),
    ],
)
def test_a_run_inserted_inside_the_headline_goes(head: str, cut: str) -> None:
    assert _cut(head) == (cut, HEADLINE)


def test_after_the_opening_quote() -> None:
    paras = ["  人民网“行走新丝路”大型跨国全媒体报道活动今天在泉州启动,记者随团出发。"]
    assert _cut("“彩票2元网行走新丝路”报道活动启动", paras=paras) == (
        "彩票2元网",
        "“行走新丝路”报道活动启动",
    )


def test_the_whole_page_reads_the_headline_without_the_run() -> None:
    text = "\n\n".join(
        ["原创 香远航娱乐港新闻界庆祝新中国成立73周年", "免费色站 在线成人影院", *PARAS]
    )
    assert clean(text + "\n", convert="none").title == HEADLINE


@pytest.mark.parametrize(
    "head",
    [
        HEADLINE,  # nothing inserted
        "香港新闻界今日庆祝新中国成立73周年",  # a word of its own the article need not print
        "新加坡新闻界庆祝新中国成立73周年",  # 新加坡: no spam, and the page prints 新闻
    ],
)
def test_a_headline_of_its_own_words_stays(head: str) -> None:
    assert _cut(head) is None


@pytest.mark.parametrize("spam", [True, False])
def test_an_unknown_run_without_a_label_stays(spam: bool) -> None:
    # 借记卡四件套 is known by nothing but its unused letters: without the template's label
    # that is no evidence (a headline's own words may be unused too)
    assert _cut("香借记卡四件套港新闻界庆祝新中国成立73周年", spam=spam) is None


def _cut_on(page: list[str], spam: int) -> tuple[str, str] | None:
    """The cut of the head line of ``page`` (the first line with Han letters after a label,
    here the line before the spam line ``spam``)."""
    verdicts = [SPAM if k == spam else NOT_SPAM for k in range(len(page))]
    cuts = inside_cuts(page, verdicts)
    return (cuts[spam - 1].cut, cuts[spam - 1].rest) if spam - 1 in cuts else None


BRIEFING = [
    "  中国国务院新闻办公室副主任王国庆1日上午来到博鳌亚洲论坛新闻中心,看望了报道组。",
    "  王国庆表示,希望报道组继续做好论坛的报道工作。",
]


def test_under_a_label_a_run_of_letters_the_article_never_uses_goes() -> None:
    # the article does not print 国新办 (it says 国务院新闻办公室): the sides joined vouch
    # for nothing, but 土 and 枪 are letters neither the article nor the headline uses
    page = ["原创 国土枪新办副主任王国庆看望报道组", "免费色站 在线成人影院", *BRIEFING]
    assert _cut_on(page, 1) == ("原创 … 土枪", "国新办副主任王国庆看望报道组")


@pytest.mark.parametrize(
    "head",
    [
        "国土枪新办副主任王国庆看望报道组",  # no label: unused letters are no evidence
        "原创 国论坛新办副主任王国庆看望报道组",  # 论, 坛: the article's letters
    ],
)
def test_a_run_of_used_letters_or_without_a_label_stays(head: str) -> None:
    page = [head, "免费色站 在线成人影院", *BRIEFING]
    cut = _cut_on(page, 1)
    assert cut is None or cut[1] == head.removeprefix("原创 ")


CONSULTATION = [
    "  行政长官李家超今日下午在南区举行第二场施政报告地区咨询会,多名司局长出席。",
    "  李家超表示,会听取市民对施政报告的意见。",
]


def test_a_strong_run_ends_before_a_letter_that_makes_a_word_with_the_opening() -> None:
    # 香港第 is printed nowhere; 港 makes a word with 香, so it is the headline's
    page = ["原创 香bt淫色电影港第二场施政报告地区咨询会举行", "免费色站", *CONSULTATION]
    assert _cut_on(page, 1) == ("原创 … bt淫色电影", "香港第二场施政报告地区咨询会举行")


def test_an_article_read_with_the_wrong_codec_is_read_back() -> None:
    garbled = [p.encode("utf-8").decode("cp1252", errors="ignore") for p in CONSULTATION]
    page = ["原创 香bt淫色电影港第二场施政报告地区咨询会举行", "免费色站", *garbled]
    assert _cut_on(page, 1) == ("原创 … bt淫色电影", "香港第二场施政报告地区咨询会举行")


SPOKESMAN = [
    "  外交部发言人毛宁在论坛演讲中表示,要积极主动发声,中国声音更多地为外界听见。",
    "  她说,我们不做沉默的羔羊,要坚决维护国家的利益和形象。",
]


def test_a_site_title_above_the_headline_does_not_vouch_for_the_run() -> None:
    # the hijacked host's title prints 彩票; the article below the headline does not
    head = "原创 外彩48彩票交部发言人:我们不做沉默的羔羊"
    page = ["96彩票 - 96彩票", head, "免费色站", *SPOKESMAN]
    assert _cut_on(page, 2) == ("原创 … 彩48彩票", "外交部发言人:我们不做沉默的羔羊")
    below = [*SPOKESMAN, "  彩票中心今日开奖。"]
    assert _cut_on(["96彩票 - 96彩票", head, "免费色站", *below], 2) == (
        "原创",
        "外彩48彩票交部发言人:我们不做沉默的羔羊",
    )


def test_the_deferred_article_answers_every_question_of_one_line_apart() -> None:
    """The article built when first asked answers as ``Article.without(i)`` does: the same
    questions, the same answers (a merge once left it without the lines apart)."""
    from newsclean.filters.spam_article import Article
    from newsclean.filters.spam_glued_inside import _Deferred

    texts = ["某某娱乐 市政府召开新闻发布会", *PARAS]
    article = Article(texts, [NOT_SPAM] * len(texts))
    deferred, direct = _Deferred(lambda: article, 0), article.without(0)
    pairs = ["新闻", "发布", "娱乐", "某某"]
    assert deferred.echoes(pairs) == direct.echoes(pairs)
    assert deferred.names(pairs) == direct.names(pairs)
    assert deferred.prints("新闻发布会") == direct.prints("新闻发布会")
    assert [deferred.used(c) for c in "某娱乐市"] == [direct.used(c) for c in "某娱乐市"]
    assert deferred.han() == direct.han()


# eval row cap-line-program-video-screenshot-video-link (http://1024rd.com/ZhangWeiWei_2024_06_02_736784.html):
# a caption naming a video screenshot, the link label 视频地址 after it, as a glossed
# traditional mirror prints it; the story's head and paragraphs from 光明日报
# (http://epaper.gmw.cn/gmrb/html/2012-10/27/nw.D110000gmrb_20121027_2-06.htm) in the same
# mirror's printing (eval page of round 45, a tuned draw); a keyword farm's line from eval
# row spam-keyword-sales-time-rules (https://zyhwyd.com/tags-3835.html).
GLOSSED_GMW = [
    "從讀(dú)者到作者",
    "2012.10.27 作者:佚名 來源:光明日報",
    "本期《這(zhè)就是中國》視頻截圖 視頻地址",
    "歷數(shù)我與光明日報的交情,屈指算來,已經有半個世紀的時間了。",
    "那是1962年(nián),我從窮(qióng)鄉僻壤的農村考入縣城“最高學府("
    "fǔ)”——林甸一中。那時縣裏最吸(xī)引我們的是文化館。當年(nián)縣裏"
    "沒(méi)有圖書館,圖書館的職能由文化館兼任。文化館有一個閱覽室,免費(fèi"
    ")向讀(dú)者開放,因爲我們都是住宿生,週末晚上無(wú)所事事,便三五成羣地"
    "到文化館去讀(dú)書看報。就在這(zhè)裏,我結識了《光明日報》。因爲我喜歡"
    "“文史哲”,還喜歡看文學副刊“東風”,所以總把瀏覽《光明日報》作爲首選,“東風”"
    "副刊常常發表當代名人的詩(shī)詞,如郭沫若、趙樸初的作品,我常常抄到本子上。",
    "1971年(nián),我從公社調(diào)到縣委宣傳(chuán)部,擔任縣"
    "委通訊幹(gàn)事,部裏常年(nián)訂有《光明日報》,很多知識分子政策與一"
    "些理論走向,就是從《光明日報》上得來的。1979年(nián),我擔任中國青年("
    "nián)報黑龍江站記者,到北京中國青年(nián)報總部後,便一頭鑽進(jìn"
    ")資料室,尋找黑龍江省的風情特色,想不到我找到的竟然是光明日報記者鄭(zhèng"
    ")笑楓寫的一組報道《金子鑲邊的地方》。這(zhè)組報道,不僅告訴我,一個新聞主"
    "題可以組合報道,還告訴我,新聞要講求價值,追求含金量,我做了好多筆記,也從鄭(z"
    "hèng)笑楓前輩(bèi)的文章中學到了敬業(yè)精神(shén)。",
    "体彩销售时间规定",
]


def test_a_captions_link_label_is_no_term_glued_to_a_headline() -> None:
    """Round 45: a line that is a caption by its wording (a picture noun, then a link label)
    is not a head line a term is cut from: its labels after the description are its own."""
    document = clean("\n\n".join(GLOSSED_GMW) + "\n")
    assert document.captions == ["本期《这就是中国》视频截图 视频地址"]
    assert document.title == "从读者到作者"
