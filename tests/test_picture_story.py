"""A picture story's photographer credit closing its last paragraph (picture_story.py).

The credit's form is weiningrm.org.cn's picture story (http://www.weiningrm.org.cn/wap/
Read.php?ID=68416: ``……有效带动全村20户贫困户70人按时脱贫。(通讯员 李玉香 摄)``); the text
is old.ltn.com.tw's opinion page (http://old.ltn.com.tw/2002/new/mar/19/today-o1.htm),
as the held-out page of round 43 set the credit after it.
"""

from __future__ import annotations

from newsclean import clean

HEADLINE = "為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?"
P1 = (
    "　　以子之矛,攻子之盾的寓言,大家耳熟能詳,這種自打嘴巴、無法自圓其說的矛盾,是自相矛盾;"
    "張三說台灣已是一個主權獨立的國家,李四說台灣猶待獨立建國,兩人所言必然一對一錯,"
    "這種互打嘴巴、無法相提並論的矛盾,是互相矛盾。"
)
P2 = (
    "　　陳水扁當上台灣總統後,適逢國際經濟下滑,台灣的失業率由二%、三%,節節上升到五%以上,"
    "執政團隊喊出「拚失業」的口號,用心良苦可以體會。"
)
LAST = (
    "　　看準中國勞力成本比台灣低,爭先恐後到中國設廠投資,會增加還是會減少台灣工人的失業率?"
    "以台灣人目前的生活水準來看,台灣的勞工朋友想登陸中國當外勞的機會可是宋大娘的廁所─門兒都沒有!"
    "(通讯员 張國財 摄)"
)
# A caption from a Taiwan mirror of 鏡電視's story (the round-8 rows of test_captions.py): two
# sentences and the photographer's credit, set over the text.
CAPTION = (
    "台北地检署认为2名记者罪嫌不足，予以不起诉。"
    "另未查出露消息的公务员是谁，故予以签结。（记者吴升儒摄）"
)


def test_the_credit_closing_the_story_s_text_keeps_it_in_the_body_and_signs_it() -> None:
    doc = clean("\n\n".join((HEADLINE, "2002年3月19日", P1, P2, LAST)) + "\n")
    assert doc.captions == []
    assert len(doc.body) == 3 and doc.body[-1].endswith("(通讯员 张国财 摄)")
    assert doc.author == "张国财"
    assert not doc.removed


def test_a_credited_caption_over_the_text_stays_a_caption() -> None:
    doc = clean("\n\n".join((HEADLINE, CAPTION, P1, P2)) + "\n")
    assert doc.captions == [CAPTION]


def test_a_two_sentence_caption_closing_the_page_stays_a_caption() -> None:
    doc = clean("\n\n".join((HEADLINE, P1, P2, CAPTION)) + "\n")
    assert doc.captions == [CAPTION]


def test_a_one_sentence_credited_line_closing_the_page_stays_a_caption() -> None:
    one = "外国驻华记者新年招待会2日晚在北京大运河博物馆举行。(记者 海涵 摄)"  # hk.crntt.com's form
    doc = clean("\n\n".join((HEADLINE, P1, P2, one)) + "\n")
    assert doc.captions == [one]
    assert doc.author != "海涵"


def test_the_credit_grammar() -> None:
    from newsclean.filters.picture_story import picture_story_credit

    story = LAST.strip().replace("(通讯员 張國財 摄)", "")
    assert picture_story_credit(story + "(通讯员 李玉香 摄)")
    assert not picture_story_credit("有效带动全村20户贫困户70人按时脱贫。(通讯员 李玉香 摄)")
    assert not picture_story_credit(CAPTION)  # two sentences, a caption's length
    assert not picture_story_credit("实现增收。按时脱贫。(新华社发)")  # no role, no camera word
