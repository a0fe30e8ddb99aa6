"""``head_glued`` (round 41): a hijacker's keyword or address glued on the headline's edge
by a bar or a space is cut off the title; a story's own clause naming the crime stays.
Headlines of real pages (eval originals' urls in comments), the glued pieces from the
round-40 rows (now tuned) of hijacked copies."""

import pytest

from newsclean.filters.head_glued import glued_spam

# http://hk.crntt.com/doc/311_19278_106875532_1_0203002018.html
CRNTT_ARTICLE = (
    "中评社北京2月3日电(记者 海涵)由中华人民共和国外交部和北京市政府联合举办的外国驻华"
    "记者新年招待会在京举行,数百人再度共聚一堂。"
)
# http://big5.cctv.com/gate/big5/news.cntv.cn/20120112/117614.shtml
CCTV_ARTICLE = "华龙网讯 昨日,知名媒体记者来渝采访,重庆居民感受到的幸福很真实,公租房经验值得借鉴。"


@pytest.mark.parametrize(
    ("line", "article", "headline", "cut"),
    [
        (
            "中评现场:外国驻华记者新年招待会在京举行|利记国际娱乐",
            CRNTT_ARTICLE,
            "中评现场:外国驻华记者新年招待会在京举行",
            "利记国际娱乐",
        ),
        (
            "重庆居民感受到的幸福很真实 亚洲激情片 http://www.iwin688.com",
            CCTV_ARTICLE,
            "重庆居民感受到的幸福很真实",
            "亚洲激情片 http://www.iwin688.com",
        ),
    ],
)
def test_a_keyword_or_address_glued_after_the_headline_is_cut(
    line: str, article: str, headline: str, cut: str
) -> None:
    assert glued_spam(line, article) == (headline, cut)


# https://phtime2021.blogspot.com (澎湖爆報), a Macao daily's drug-bust headline: the crime
# named in a clause of the story after a space stays
@pytest.mark.parametrize(
    ("line", "article"),
    [
        (
            "澎湖爆报/检警调海巡联手断根 拦截474公斤市值14亿巨额毒品流入本岛",
            "检警调海巡联手,在澎湖海域拦截474公斤毒品,市值14亿元,阻止毒品流入本岛。",
        ),
        (
            "司警昨再破跨境运毒 拘机场入境马籍男子 检九点四公斤大麻花",
            "司警昨日在机场拘捕一名入境的马籍男子,检获九点四公斤大麻花,再破跨境运毒案。",
        ),
        ("娱乐圈 外国驻华记者新年招待会在京举行", CRNTT_ARTICLE),
        ("中评现场:外国驻华记者新年招待会在京举行", CRNTT_ARTICLE),
    ],
)
def test_a_story_clause_or_a_kicker_stays(line: str, article: str) -> None:
    assert glued_spam(line, article) == (line, "")
