"""A title template's keyword heading glued on an edge of the copied headline
(filters/spam_template_head.py, round 42): ``{keyword}消息-{headline}|{keyword}推薦-{shop}``.

The template is a Taiwan pawn shop's hijacked copies' title line
(http://www.073982555.com.tw/news-detail-2553659.html: ``高雄汽車借款、高雄機車借款消息-媽祖遶境
爭議 鎮瀾宮26日說明白沙屯擬再擲筊|高雄當舖推薦-弘鼎當鋪``); the articles it is glued to are
real stories as printed by their sites (urls by each case).  Negative cases: a headline whose
kind word follows a name the article names, an outlet's own news line, a line the article
does not echo."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_template_head import template_cuts
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.page import simplify_lines

# http://hk.crntt.com/doc/311_19278_106875532_1_0203002018.html (中评社, 2024-02-03)
CRNTT = [
    "a片大放送消息-中評現場:外國駐華記者新年招待會在京舉行|仿真手槍推薦-弘鼎當鋪",
    "發表於 2024-2-3 00:20:17 | 顯示全部樓層 |閱讀模式",
    "來源:中評社 作者:海涵 瀏覽次數: 956",
    "中評社北京2月3日電(記者 海涵)由中華人民共和國外交部和北京市政府聯合主辦的2024年"
    "外國駐華記者新年招待會2日晚在北京大運河博物館舉行。",
    "外交部部長助理華春瑩在致辭中指出,剛剛過去的2023年,是國際關係發生重大深遠演變的一年,"
    "是中國式現代化扎實推進的一年。",
]
# https://news.dayoo.com/guangzhou/202505/28/139995_54830500.htm (大洋网, 2025-05-28)
DAYOO = [
    "彩票2元網消息-讀懂廣州·粵韻|幸福樂園七十載 僑心安處是此間|a片大放送推薦-弘鼎當鋪",
    "華僑新村入口",
    "    · 讀懂廣州第一六六期 ·",
    "    位于環市東路的華僑新村,是新中國成立后全國第一個由政府策劃、撥款和歸僑集資興建的"
    "華僑住宅區,有着“新中國華僑第一村”的美譽。",
    "    光陰荏苒70載,這里的百餘座花園式庭院、公寓,講述着廣州愛僑、僑愛家國的故事,"
    "見證廣州城市發展的滄桑鉅變,成為幸福樂園。",
]
# https://www.fonfmedia.com/2022/08/27/ (香港第二场施政报告地区咨询会下午举行, 2022-08-27)
FONF = [
    "蒙塵藥消息-香港第二場施政報告地區諮詢會下午舉行 李家超及多名司局長出席"
    "|97資源總站推薦-弘鼎當鋪",
    "  行政長官李家超將于今日(27日)下午在南區舉行第二場施政報告諮詢會。他今日在社交網頁表示,"
    "會與四位司長、副司長及八位局長一同出席。",
    "  行政長官李家超將于10月19日公佈上任后首份施政報告。繼上週六在荃灣舉行地區諮詢會后,"
    "新一場施政報告地區諮詢會將于今日舉行。",
]


def _page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_headings_on_both_edges_go_and_the_headline_heads_the_page() -> None:
    doc = clean(_page(FONF))
    assert doc.title == "香港第二场施政报告地区咨询会下午举行 李家超及多名司局长出席"


def test_a_line_the_line_model_removed_keeps_its_headline() -> None:
    # a片, 手枪: the line scored as a keyword line and the headline was lost with it
    doc = clean(_page(CRNTT))
    assert doc.title == "中评现场:外国驻华记者新年招待会在京举行"
    assert all(r.text != CRNTT[0] for r in doc.removed)


def test_a_pipe_inside_the_headline_stays_and_an_outlet_shaped_keyword_goes() -> None:
    # 彩票2元網: a lottery site the vocabulary knows, no outlet though it ends in 網
    doc = clean(_page(DAYOO))
    assert doc.title == "读懂广州·粤韵|幸福乐园七十载 侨心安处是此间"


def test_the_cut_itself() -> None:
    spam = SpamVerdict(True, 8.0, ("a片",), 1)
    verdicts = [spam, *[NOT_SPAM] * (len(CRNTT) - 1)]
    cut = template_cuts(CRNTT, verdicts, simplify_lines)[0]  # read simplified: 推薦
    assert cut.rest == "中評現場:外國駐華記者新年招待會在京舉行"
    assert cut.cut == "a片大放送消息- … |仿真手槍推薦-弘鼎當鋪"
    assert not verdicts[0].is_spam


def test_a_kind_word_after_a_name_the_article_names_stays() -> None:
    # the same story, its headline opened by a name the article names: no template keyword
    page = ["外交部消息-外國駐華記者新年招待會在京舉行|中評社推薦-中評網", *CRNTT[1:]]
    assert template_cuts(page, [NOT_SPAM] * len(page)) == {}


def test_a_line_the_article_does_not_echo_stays() -> None:
    page = ["蒙塵藥消息-全場滿額免運費優惠活動開跑|97資源總站推薦-弘鼎當鋪", *FONF[1:]]
    assert template_cuts(page, [NOT_SPAM] * len(page)) == {}


def test_one_heading_goes_when_the_vocabulary_knows_its_keyword() -> None:
    page = ["a片大放送消息-中評現場:外國駐華記者新年招待會在京舉行", *CRNTT[1:]]
    cut = template_cuts(page, [NOT_SPAM] * len(page), simplify_lines)[0]
    assert cut.rest == "中評現場:外國駐華記者新年招待會在京舉行"


def test_one_unknown_heading_on_a_page_without_other_spam_stays() -> None:
    page = ["蒙塵藥消息-中評現場:外國駐華記者新年招待會在京舉行", *CRNTT[1:]]
    assert template_cuts(page, [NOT_SPAM] * len(page), simplify_lines) == {}
