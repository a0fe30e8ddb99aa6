"""The level of a piece glued to a headline (filters/spam_glued_level.py): a site's name
after a dash is strong, a word the article echoes or an outlet's name is none."""

from newsclean.filters.spam_article import Article
from newsclean.filters.spam_glued_level import NONE, STRONG, piece_level
from newsclean.filters.spam_verdict import NOT_SPAM

HEAD = "重庆居民感受到的幸福很真实"
PAGE = [
    HEAD + "-天天速讯",
    "  重庆市民表示,近年来社区服务越来越便利,居民感受到的幸福很真实。",
    "  据介绍,全市今年新建社区食堂一百余家,覆盖老人十万余人。",
]


def _level(term: str, sep: str = "-") -> int:
    article = Article(PAGE, [NOT_SPAM] * len(PAGE)).without(0)
    return piece_level(term, term, sep, HEAD, article, after=True)


def test_a_site_name_after_a_dash_is_strong() -> None:
    assert _level("天天速讯") == STRONG


def test_a_word_the_article_echoes_or_an_outlet_is_no_glued_piece() -> None:
    assert _level("社区食堂") == NONE
    assert _level("新华网") == NONE


#: Round 36, https://wap.265xx.com/w419/57161.html: a report on fake diplomas whose
#: headline's second half names its topic (假证, a strong term the paragraphs print).
DIPLOMA_HEAD = "网上叫卖大学生毕业证编号"
DIPLOMA_PAGE = [
    DIPLOMA_HEAD + " 假证书却有真编号",
    "  学分没有修满不能毕业,可只要花400多元钱,在网上查询到自己的毕业证编号,然后再做一张假证,"
    "不能毕业的学生竟就这样拿到了“毕业证”。",
    "  如果做毕业证书的编号是正确的,那么用人单位对伪证的鉴定难度将会增大。",
]


def _diploma_level(term: str, page: list[str]) -> int:
    article = Article(page, [NOT_SPAM] * len(page)).without(0)
    return piece_level(term, term, " ", DIPLOMA_HEAD, article, after=True)


def test_a_strong_term_the_article_speaks_of_is_its_topic() -> None:
    assert _diploma_level("假证书却有真编号", DIPLOMA_PAGE) == NONE


def test_a_strong_term_the_article_never_speaks_of_stays_strong() -> None:
    page = [DIPLOMA_PAGE[0], DIPLOMA_PAGE[2]]  # no sentence prints 假证
    assert _diploma_level("假证书却有真编号", page) == STRONG
    # printed only glued before commas, as a spun copy prints its keyword: not spoken of
    spun = [*page, "  毕业生假证,用人单位难辨。学校假证,须严查。"]
    assert _diploma_level("假证书却有真编号", spun) == STRONG


# Round 46: a portal's top bar, a cell and its note then two tool cells, on a hijacked copy
# (spam above it): http://www.shuiguobang.com/batch.common.php?action=viewnews&op=down&
# itemid=82802&catid=1 (eval/variants/furniture.json, tool-submit-online-home-bookmark-then-
# location-crumb-double-arrows-two-lines-top-fruit-portal).  The tool cells are no spam glued
# after a headline, so the bar's first cell is never taken for the headline.
BAR = "在线投稿 (限新闻稿件,种植技术请到论坛交流) | 设为首页 | 加入收藏"
BAR_HEAD = "中评现场:外国驻华记者新年招待会在京举行"


def test_a_tool_cell_is_no_glued_piece() -> None:
    assert _level("设为首页", "|") == NONE
    assert _level("加入收藏", "|") == NONE


#: The top of a hijacked copy of 中评社's story (round 46's held-out reading, traditional):
#: the spam list, the bar, the crumb, the headline, the caption and the first paragraphs.
HIJACKED_TOP = (
    "一手黑卡4件套| 天天干綜合| 大b私服| 彩票2元網| 雲頂棋牌| 地下錢莊|"
    " 三級電影| 不註冊看豔片| 贏彩王| hotsex| 遠航娛樂| 他人匿名銀行"
    "卡| 身份證生成| 土槍| 性色社區| 賣qq號碼| 章魚彩票| 性免費電影| "
    "免費色站| 葡京網上賭場| 758彩票| 96彩票| 莫達非尼| 97資源總站|"
    " 何記娛樂| 大陸黃網導航| a片大放送"
    "\n"
    ""
    "\n"
    "在线投稿 (限新闻稿件,种植技术请到论坛交流) | 设为首页 | 加入收藏"
    "\n"
    ""
    "\n"
    "你的位置:水果邦 >> 新闻 >> 果业新闻 >> 国内新闻 >> 详细内容 在"
    "线投稿"
    "\n"
    ""
    "\n"
    "中評現場:外國駐華記者新年招待會在京舉行"
    "\n"
    ""
    "\n"
    "由中華人民共和國外交部和北京市政府聯合主辦的2024年外國駐華記者新年招待會2日"
    "晚在北京大運河博物館舉行(中評社 海涵攝)"
    "\n"
    ""
    "\n"
    "中評社北京2月3日電(記者 海涵)由中華人民共和國外交部和北京市政府聯合主辦的2"
    "024年外國駐華記者新年招待會2日晚在北京大運河博物館舉行。時隔四年,外國駐華記"
    "者、駐華使節及使館新聞官、部分中央部委和北京市有關部門負責人、國內主要媒體負責人"
    "等數百人再度共聚一堂、共迎新春。"
    "\n"
    ""
    "\n"
    "外交部部長助理華春瑩在致辭中指出,剛剛過去的2023年,是國際關係發生重大深遠演"
    "變的一年,是中國式現代化扎實推進的一年,也是中國外交的開拓之年、收穫之年。"
    "\n"
    ""
    "\n"
)


def test_a_top_bars_first_cell_is_no_headline() -> None:
    from newsclean import clean

    document = clean(HIJACKED_TOP)
    assert document.title == "中评现场:外国驻华记者新年招待会在京举行"
    assert all("在线投稿" not in p for p in document.body)
