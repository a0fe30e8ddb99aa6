"""A misread a copier then simplified (codec_simplified): UTF-8 read as GBK, run through
OpenCC's t2s afterwards, re-read over each character's traditional forms; text that was
never misread, or misread and left as read, is read as before."""

from __future__ import annotations

import opencc

from newsclean import clean
from newsclean.filters.codec_misread import THEN_SIMPLIFIED, find_misreads, repair_misreads
from newsclean.filters.codec_reread import utf8_from_gbk
from newsclean.filters.codec_simplified import traditional_forms, unsimplified_utf8, worth_asking

# taiwan.cn, 2012-04-01, a 中新网 report (eval/originals/073.json).
BOAO = (
    "博鳌亚洲论坛2012年年会于4月1日至3日在海南博鳌举行。"
    "中新社约20名记者和工作人员进驻博鳌进行报道。"
)
# The reference fixture's article (tibet.cn / 西藏日报, 2025-07-02), simplified.
TIBET = "湖北援藏企业西藏雅江计算科学技术有限公司“雅江1号”智算中心智算机房。"
# https://sys-monitoring.com/zh/expenses_424738 as served: a finance answer read back as
# GBK with the undecodable bytes dropped, then converted to simplified (鑲 -> 镶, 氬 -> 氩).
FINANCE_SEEN = "涔板崠镶"


def _garbled(text: str, errors: str = "strict") -> str:
    misread = text.encode("utf-8").decode("gbk", errors=errors)
    return str(opencc.OpenCC("t2s").convert(misread))


def test_the_table_is_opencc_t2s_inverted_over_gbk():
    forms = traditional_forms()
    assert "硨" in forms["砗"] and "鏃" in forms["镞"] and "鑲" in forms["镶"]
    assert all(len(simple) == 1 for simple in forms)
    # every form is a GBK character that t2s turns into its key
    convert = opencc.OpenCC("t2s").convert
    assert all(convert(form) == simple for simple in ("砗", "镞", "备") for form in forms[simple])


def test_a_simplified_garble_is_read_back():
    garbled = "鍗氶砗浜𣱝床璁哄潧"  # seen on the taiwan.cn copy: 硨 -> 砗, and a pair -> 𣱝
    assert garbled == _garbled("博鳌亚洲论坛")
    assert unsimplified_utf8(garbled) == "博鳌亚洲论坛"


def test_the_plain_reread_fails_on_it_and_the_search_does_not():
    garbled = _garbled(TIBET, errors="ignore")
    plain = BOAO.encode("utf-8").decode("gbk", errors="ignore")  # nobody simplified it
    assert garbled != TIBET.encode("utf-8").decode("gbk", errors="ignore")
    found = find_misreads(garbled)
    assert THEN_SIMPLIFIED in [m.codecs for m in found]
    fixed = repair_misreads(garbled, found)
    assert "湖北援藏企业西藏雅江计算科" in fixed and "智算中心智算机房" in fixed
    assert THEN_SIMPLIFIED not in [m.codecs for m in find_misreads(plain)]


def test_bytes_the_decoder_dropped_stay_lost_and_the_rest_is_read():
    garbled = _garbled(BOAO, errors="ignore")
    fixed = repair_misreads(garbled, find_misreads(garbled))
    for words in ("博鳌亚洲论坛", "年会于", "在海南博鳌", "工作人员进驻博鳌"):
        assert words in fixed
    assert fixed.count("\ufffd") <= len(fixed) // 3


def test_the_stretch_seen_on_the_finance_page():
    found = find_misreads(FINANCE_SEEN)
    assert [m.codecs for m in found] == [THEN_SIMPLIFIED]
    assert repair_misreads(FINANCE_SEEN, found).startswith("买卖")


def test_a_garble_nobody_simplified_reads_as_before():
    garbled = BOAO.encode("utf-8").decode("gbk", errors="ignore")
    found = find_misreads(garbled)
    assert found and all(m.codecs != THEN_SIMPLIFIED for m in found)


def test_real_text_with_rare_characters_is_not_searched():
    for text in (
        "他的名字叫做张燚，来自鄱阳湖畔的一个小村庄。",
        "殉职警员拉惹艾占今年53岁，是巡逻车司机，头部遭重创。",
        "發布時間鏈接與鏃頭：龘靐齉爩，皆為罕見字。",
    ):
        assert not worth_asking(text, utf8_from_gbk(text)) or find_misreads(text) == []
        assert find_misreads(text) == []


def test_a_page_shows_the_repair_and_says_why():
    page = f"新闻标题\n\n　　{TIBET}\n\n　　{_garbled(BOAO, errors='ignore')}\n"
    doc = clean(page)
    assert any("工作人员进驻博鳌" in paragraph for paragraph in doc.body)
    messages = [w.message for w in doc.warnings if w.kind == "mojibake"]
    assert any("then simplified" in message for message in messages)
