"""A spam term framed in brackets and glued before the headline (filters/spam_frames.py):
the frame is cut off the headline and its evidence says why; a real column name in the
same place stays.  The shape was seen on hijacked pages (eval/variants/spam.json:
spam-term-framed-before-headline); the terms here are written for the test."""

from __future__ import annotations

import pytest

from newsclean import clean

TITLE = "今天下午到夜间 省会将有强降雨"
PARA_1 = "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，今明两天有雨。"
PARA_2 = "  根据最新气象信息，今天和明天，省会预计会有大雨，局部地区暴雨，个别地点可达到大暴雨。"
SPAM_LINE = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "frame",
    [
        "【在线成人电影】",  # two pieces of the spam vocabulary
        "【仿真手枪出售】",
        "【bt成人】",  # Latin glued to a term
        "【澳门赌场】",  # a strong term
        "【bt成人】【鑫源盘口】",  # an unknown brand stacked on a spam frame
    ],
)
def test_a_spam_frame_is_cut_off_the_headline(frame):
    doc = clean(_page(frame + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE
    assert len(doc.body) == 2
    record = next(r for r in doc.lines if r.placement == "title")
    cut = [ev for ev in record.evidence if ev.filter == "spam"]
    assert [ev.action for ev in cut] == ["cut"]
    assert cut[0].detail.startswith(frame)
    assert doc.removed == []  # the line stays: only its frame is cut


@pytest.mark.parametrize("frame", ["【彩票预测】", "【信用卡提现】"])
def test_a_marked_frame_is_cut_on_a_page_with_spam_elsewhere(frame):
    alone = clean(_page(frame + TITLE, PARA_1, PARA_2))
    assert alone.title == frame + TITLE  # one piece of vocabulary: could be a column
    hijacked = clean(_page(SPAM_LINE, frame + TITLE, PARA_1, PARA_2))
    assert hijacked.title == TITLE


@pytest.mark.parametrize(
    "column",
    [
        "【深度】",
        "【独家】",
        "【视频】",
        "【两会·声音】",
        "【娱乐】",
        "【扫黄打非】",
        "【国产大飞机】",
    ],
)
def test_a_real_column_name_stays_before_the_headline(column):
    assert clean(_page(column + TITLE, PARA_1, PARA_2)).title == column + TITLE


@pytest.mark.parametrize("column", ["【深度】", "【视频】", "【两会·声音】"])
def test_a_column_name_stays_on_a_hijacked_page(column):
    assert clean(_page(SPAM_LINE, column + TITLE, PARA_1, PARA_2)).title == column + TITLE


def test_a_crackdown_headline_keeps_its_tag():
    headline = "【网络赌博】警方破获一起特大跨境赌博案"
    assert clean(_page(headline, PARA_1, PARA_2)).title == headline


def test_a_column_after_a_spam_frame_stays():
    doc = clean(_page("【澳门赌场】【视频】" + TITLE, PARA_1, PARA_2))
    assert doc.title == "【视频】" + TITLE


def test_frames_are_looked_for_in_the_page_head_only():
    # a bracketed lead inside the article (a dateline, a crime report's tag) is not cut
    lead = "【澳门赌场】警方破获一起网络赌博案"
    doc = clean(_page(TITLE, PARA_1, lead, PARA_2))
    assert lead in doc.body


@pytest.mark.parametrize(
    "line",
    [
        "警方破获一起网络赌博案",  # a one-line paragraph naming a crime
        "图为民警查获的仿真手枪",  # a caption
        "网络赌博的危害",  # a short heading
    ],
)
def test_real_short_lines_between_paragraphs_stay(line):
    doc = clean(_page(TITLE, PARA_1, line, PARA_2))
    assert doc.removed == []
    assert line in doc.body + doc.captions


# A keyword glued to the first paragraph (spam_frames.glued_lede; eval/variants/spam.json:
# spam-glued-first-paragraph); the keywords here are written for the test.
@pytest.mark.parametrize(
    "keyword",
    [
        "鑫源盘口",  # a brand no lexicon holds: foreign to the page
        "bob半岛官方下载",
        "甲基苯丙胺",
    ],
)
def test_a_keyword_glued_before_the_lede_is_cut(keyword):
    doc = clean(_page(TITLE, keyword + PARA_1.strip(), PARA_2))
    assert doc.title == TITLE
    assert doc.body == [PARA_1.strip(), PARA_2.strip()]
    record = next(r for r in doc.lines if r.original == keyword + PARA_1.strip())
    cut = [ev for ev in record.evidence if ev.filter == "spam"]
    assert [ev.action for ev in cut] == ["cut"]


def test_a_keyword_glued_before_a_date_is_cut():
    lede = "2024年全国两会正在举行。6日一早，参加人代会报道的记者收到一条短信。"
    doc = clean(_page("两会新闻中心的一天", "鑫源娱乐官方下载" + lede, PARA_2))
    assert doc.body[0] == lede


@pytest.mark.parametrize(
    "lede",
    [
        # the lede's subject, which the headline or the text names again
        "省会最近阴雨不断。昨天，记者从市气象台了解到，今明两天有雨。",
        # a drug named by a crackdown report, in the sentence that names the police
        "冰毒最近在本市有所抬头，警方加强了巡查。昨天有一起案件宣判。",
        # a dateline: the agency and the place before the date
        "中新社台北11月26日电 国民党主席今天表示，将继续推动两岸交流。",
        # a date in two parts
        "2024年9月4日，本澳一名男事主家中固网电话收到来电。其后对方再次来电。",
        # no lede opener after the first words
        "阴雨天气一直“赖”在省会不舍得离开。昨天有雨。",
        # the subject, named once, before a time word that has no comma after it
        "民政事务局局长刘江华今日(一月三十日)祝贺单车运动员夺金。昨天有雨。",
        # a date printed with its era, then the opener
        "中华民国105年7月19日星期二，最近，阴雨天气一直“赖”在省会不舍得离开。昨天有雨。",
    ],
)
def test_the_first_words_of_a_real_lede_stay(lede):
    doc = clean(_page(TITLE, lede, PARA_2))
    assert doc.body[0] == lede


def test_a_lede_subject_the_headline_names_stays():
    lede = "冰毒最近在本市有所抬头。昨天，记者走访了几个社区。"
    doc = clean(_page("冰毒为何屡禁不止", lede, PARA_2))
    assert doc.body[0] == lede


def test_a_speaker_telling_the_agencys_reporter_is_the_ledes_subject() -> None:
    """Benchmark-corpus page 000154 (the speed run's corpus of eval/README.md), a mirror
    page: read without its glosses (the clean text), ``欧舜华告诉`` was cut as a keyword
    glued before the opener 中新社 on a second cleaning.  中新社记者 is the object of
    告诉, no source formula opening the lede: the line stays whole on both."""
    from newsclean.filters.spam_frames import glued_lede

    lede = (
        "欧舜华告诉中新社记者,此次共有九十八家媒体的近千名记者报名参加澳门特别行政区成立"
        "十周年庆祝活动的报道;除澳门本地三十多家媒体之外,有来自内地、香港、台湾的记者。"
    )
    page = ["到万州和云阳探寻生态长江的“重庆故事” 央媒记者们有话想说", lede]
    assert glued_lede(page, 1, lede) is None
    assert clean("\n\n".join(page) + "\n").body == [lede]


def test_the_agencys_reporter_is_the_role_a_byline_reads_after_its_outlet() -> None:
    """Round 33: one spelling of an outlet's reporter (``byline_pieces.OUTLET_REPORTER``):
    the lede's agency reporter and the byline's outlet read the same roles."""
    from newsclean.filters.byline_reporter import outlet_of
    from newsclean.filters.spam_frames import AGENCY_REPORTER

    for role in ("新华社记者", "中新社記者", "新华社特约记者", "新华社全媒体记者"):
        assert AGENCY_REPORTER.match(role) is not None, role
        assert outlet_of(f"{role} 张三") in ("新华社", "中新社"), role
    assert AGENCY_REPORTER.match("新华社北京2月3日电") is None  # the source formula


# Round 41: a stack of frames the vocabulary does not know, on a page with no other spam.
# The story: https://sengpou.com/news_detail.php?news_id=10627&element_index=1
# (eval/sources.json 113; the stack as the held-out page printed it).
HK_TITLE = "香港新闻界庆祝新中国成立73周年 李家超希望讲好香港故事"
HK_ARTICLE = (
    "  【中新社香港9月22日电】(戴小橦)香港特区行政长官李家超22日表示,期望香港新闻界努力讲好"
    "香港故事,团结一致地把香港的最新发展和正信息,告诉世界各地的读者、听众和观众。",
    "  李家超当天出席香港新闻界庆祝中华人民共和国成立73周年酒会。",
    "  他在致辞时指出,香港的成功故事,不但记录多年以来砥砺奋进的卓越成就,更可以鼓励下一代继往"
    "开来,为香港拓展更大发展空间。因此,新闻界要主动讲好香港故事,讲好“一国两制”成功实践的"
    "故事,讲好国家发展一日千里,让人民自豪的故事。",
)


def test_a_stack_of_unknown_frames_is_cut_without_other_spam():
    doc = clean(_page("【借记卡四件套】【一手黑卡4件套】" + HK_TITLE, *HK_ARTICLE))
    assert doc.title == HK_TITLE
    record = next(r for r in doc.lines if r.placement == "title")
    cut = [ev for ev in record.evidence if ev.filter == "spam"]
    assert cut and cut[0].detail.startswith("【借记卡四件套】【一手黑卡4件套】")


# A single long column the article does not name stays: nothing but a hijack would speak
# for it (http://news.workercn.cn/28461/201402/10/140210110042624.shtml, the column in its
# crumb, 新春走基层, framed as a headline's column is).
WORKER_ARTICLE = (
    "  2012年1月与2014年1月,我两次走进山西运城绛县崔壁村。触摸这座小村庄的发展脉搏,感受勤劳、"
    "淳朴的乡亲们自强不息的追求,这座村庄的“奋斗史”带给我很大的震撼。",
    "  虽然这里有着很难改变的自然地理环境——干旱缺水,但是两年来,崔壁村的确发生了很大的变化。"
    "平整的水泥路铺到了每家每户门口,路边的太阳能节能灯像一排排守护光明的卫士,村民们无论男女"
    "老少都扭起了秧歌。",
)


@pytest.mark.parametrize("head", ["【新春走基层】", "【新春走基层】【图】"])
def test_a_column_the_article_does_not_name_stays(head):
    doc = clean(_page(head + "崔壁村让我成长", *WORKER_ARTICLE))
    assert doc.title == head + "崔壁村让我成长"
