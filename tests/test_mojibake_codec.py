"""Text read back with the wrong codec (codec_misread): re-read where the bytes survive,
flagged and kept in the body where a codec lost them; real Latin text and a writer's
question marks stay as they are."""

from __future__ import annotations

from linear import assert_linear

from newsclean import clean
from newsclean.filters.codec_lost import lost_text
from newsclean.filters.codec_misread import find_misreads, repair_misreads

SENTENCE = "博鳌亚洲论坛年会于4月1日至3日在海南举行，中新社约20名记者进驻博鳌进行报道。"
OTHER = "行政长官办公室网站设有中文及葡文两种正式语文版本，让公众更容易掌握政府的讯息。"


def _page(middle: str) -> str:
    return f"标题在这里\n\n　　{OTHER}\n\n　　{middle}\n\n　　{SENTENCE}\n"


def _mojibake_warnings(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [w.message for w in doc.warnings if w.kind == "mojibake"]


def test_gbk_read_as_latin1_is_read_again():
    misread = SENTENCE.encode("gbk").decode("latin-1")
    found = find_misreads(misread)
    assert [m.codecs for m in found] == ["gbk read as Latin-1"]
    assert repair_misreads(misread, found) == SENTENCE


def test_utf8_read_as_cp1252_is_read_again():
    misread = SENTENCE.encode("utf-8").decode("cp1252", errors="ignore")
    fixed = repair_misreads(misread, find_misreads(misread))
    assert fixed != misread
    assert "中新社" in fixed and "亚洲论" in fixed and "进驻" in fixed


def test_utf8_read_as_gbk_is_read_again_keeping_what_was_lost():
    misread = SENTENCE.encode("utf-8").decode("gbk", errors="ignore")
    found = find_misreads(misread)
    assert found and found[0].codecs == "utf-8 read as GBK"
    fixed = repair_misreads(misread, found)
    assert "亚洲论坛" in fixed and "进驻博鳌" in fixed and "\ufffd" in fixed


def test_a_misread_paragraph_is_repaired_in_the_body():
    doc = clean(_page(SENTENCE.encode("gbk").decode("latin-1")))
    assert SENTENCE in doc.body
    assert any("wrong codec" in detail for detail in _mojibake_warnings(doc))
    again = clean("\n".join(doc.body))
    assert not _mojibake_warnings(again)  # the repair is stable


def test_a_paragraph_a_codec_lost_stays_in_the_body_flagged():
    lost = SENTENCE.encode("latin-1", errors="replace").decode("latin-1")
    assert set(lost) <= set("?0123456789,.　 ") and lost_text(lost)
    doc = clean(_page(lost))
    assert lost.strip() in doc.body
    assert "text lost to a codec" in _mojibake_warnings(doc)
    assert OTHER in doc.body and SENTENCE in doc.body


def test_a_paragraph_of_replacement_characters_stays_in_the_body():
    lost = OTHER.encode("gbk").decode("utf-8", errors="replace")
    doc = clean(_page(lost))
    assert any("\ufffd" in line for line in doc.body)
    assert "text lost to a codec" in _mojibake_warnings(doc)


def test_latin_names_and_words_are_not_read_again():
    for line in (
        "José Mourinho 说：“这场比赛很重要。”",
        "葡萄牙语的 ação、coração 和 São João 都有鼻化元音。",
        "Müller und Straße: Zürich Café, Noël à Paris.",
        "Ærøskøbing 是丹麦的一座小城。",
    ):
        assert find_misreads(line) == [], line
        assert not _mojibake_warnings(clean(_page(line))), line


def test_a_writers_question_marks_are_not_lost_text():
    quote = "他在群里只回了一句：“???”，就下线了。"
    assert not lost_text(quote)
    assert not lost_text("真的吗????????")
    doc = clean(_page(quote))
    assert quote in doc.body and not _mojibake_warnings(doc)


def test_question_marks_as_separators_before_a_field_label_are_no_slip():
    doc = clean("www.example.com?2014年8月19日? 孫燦芬?來源:人民網\n\n" + SENTENCE + "\n")
    assert not _mojibake_warnings(doc)


def test_plain_chinese_is_not_read_again():
    for line in (SENTENCE, OTHER, "鳌鲲鹏麒麟魑魅魍魉，饕餮犰狳。", "龘靐齉齾爩鱻麤龗灪龖厵滟"):
        assert find_misreads(line) == []


def test_long_lines_stay_linear():
    def make(n: int) -> tuple[str, str, str]:
        return "ÀïÈë" * n, "杩涘叆" * n, "?," * (2 * n)

    def judge(texts: tuple[str, str, str]) -> None:
        find_misreads(texts[0])
        find_misreads(texts[1])
        lost_text(texts[2])

    assert_linear(make, judge, 25_000)


def test_a_lost_paragraph_without_digits_is_no_furniture_residue():
    # Only "?" and half-width commas: the shape of residue, but a paragraph's length.
    lost = "????????,??????????????????,??????,????????????????????,???????"
    doc = clean(_page(lost))
    assert lost in doc.body and not doc.removed
    assert "text lost to a codec" in _mojibake_warnings(doc)


def test_scraps_of_a_misread_line_are_lost_not_converted():
    misread = ("8月11日," + SENTENCE).encode("utf-8").decode("gbk", errors="ignore")
    assert misread.startswith("8鏈11鏃,")
    fixed = repair_misreads(misread, find_misreads(misread))
    assert fixed.startswith("8\ufffd11\ufffd,") and "亚洲论坛" in fixed


def _twice(text: str) -> str:
    for _ in range(2):
        text = text.encode("utf-8").decode("gbk", errors="replace")
    return text


LONG = (
    "王国庆对报道组成员说,非常高兴看到中新社派出这么多精兵强将报道博鳌论坛,"
    "很多海外媒体通过你们了解中国的信息,要发挥中新社对外报道的优势,圆满完成报道任务。"
)


def test_utf8_read_as_gbk_twice_is_read_twice_or_left_as_read():
    misread = _twice(LONG)
    found = find_misreads(misread)
    assert found and all(m.codecs == "utf-8 read as GBK twice" for m in found)
    fixed = repair_misreads(misread, found)
    # what the bytes still hold comes back; the rest stays exactly as read
    assert "精兵强将" in fixed and "发挥中新社" in fixed
    for m in found:
        if m.repaired is None:
            assert misread[m.start : m.end] in fixed


def test_a_page_read_twice_keeps_its_unreadable_stretches_unconverted_and_is_stable():
    doc = clean(_page(_twice(LONG)))
    body = "\n".join(doc.body)
    assert "精兵强将" in body
    kept = [m for m in find_misreads(_twice(LONG)) if m.repaired is None]
    assert kept and all(_twice(LONG)[m.start : m.end] in body for m in kept)
    again = clean("\n\n".join([doc.title or "", *doc.body]))
    assert "\n".join(again.body) == body


def test_a_line_read_wrongly_once_is_not_taken_for_twice():
    misread = LONG.encode("utf-8").decode("gbk", errors="replace")
    found = find_misreads(misread)
    assert found and all(m.codecs == "utf-8 read as GBK" for m in found)
    assert all(m.repaired is not None for m in found)


def test_a_line_with_a_character_lost_before_it_was_read_wrongly_once_is_read_again():
    # the page had lost its first character (U+FFFD) before it was saved as UTF-8 and
    # read as GBK: "锟" shows the lost character, but the line was read wrongly once
    damaged = "\ufffd" + LONG[1:]
    misread = damaged.encode("utf-8").decode("gbk", errors="replace")
    assert misread.startswith("锟")
    fixed = repair_misreads(misread, find_misreads(misread))
    assert "报道组成员" in fixed and "精兵强将" in fixed and "海外媒体" in fixed


def test_stretches_a_codec_misread_are_never_converted():
    from newsclean.filters.convert_damaged import convert_around

    # a stretch of UTF-8 read as GBK twice, left as read, beside traditional text
    garbled = "閻滃"
    line = f"國務院新聞辦公室{garbled}發言人"
    kept = convert_around(line, (garbled,), "t2s", misread=True)
    assert kept == f"国务院新闻办公室{garbled}发言人"
    # a slip's stretch is left only when a second cleaning reports it again
    assert garbled not in convert_around(line, (garbled,), "t2s")


def test_a_line_read_wrongly_twice_and_left_as_read_is_a_paragraph_not_the_title():
    lead = "（记者狄燕报道）11月5日下午，莱芜区举行和美乡村建设主题系列新闻发布会。"
    once = lead.encode("utf-8").decode("gbk", errors="replace")
    twice = once.encode("utf-8").decode("gbk", errors="replace")
    doc = clean(f"{twice}\n\n　　{SENTENCE}\n")
    assert doc.title is None
    assert len(doc.body) == 2 and doc.body[1] == SENTENCE


def test_a_headline_read_wrongly_once_and_repaired_is_still_the_title():
    headline = "莱芜区举行和美乡村建设主题新闻发布会"
    misread = headline.encode("gbk").decode("latin-1")
    doc = clean(f"{misread}\n\n　　{SENTENCE}\n")
    assert doc.title == headline


def test_glosses_a_misread_line_hid_go_once_it_is_read_again():
    # A Big5 mirror whose tone vowels were lost to "?": one paragraph came out read as
    # Latin-1, so its glosses show only after the re-reading, and go as the page's others.
    glossed = (
        "金（j?n）門（m?n）縣（xi?n）政（zh?ng）府今（j?n）天"
        "在金（j?n）寧（n?ng）鄉（xi?ng）湖下海堤舉行動土典禮。"
    )
    misread = glossed.encode("big5").decode("latin-1")
    page = "\n\n".join(
        [
            "金（j?n）門（m?n）海堤動（d?ng）土",
            "　　縣（xi?n）長（zh?ng）說（shu?），工（g?ng）程（ch?ng）是防（f?ng）災的一部分。",
            "　　" + misread,
            "　　完（w?n）工（g?ng）後（h?u）將（jiāng）改善周邊親水環境。",
        ]
    )
    doc = clean(page)
    assert "金门县政府今天在金宁乡湖下海堤举行动土典礼。" in doc.body
    assert "（j" not in "\n".join(doc.body)


def _glossed_lost(text: str, glosses: list[str]) -> str:
    """A glossed mirror's line through a codec with no Han: each character a "?", the
    gloss after every second one kept, its tone vowels "?" where Latin-1 has none."""
    out = []
    han = 0
    for char in text:
        out.append("?" if char >= "\u3000" else char)
        han += "\u4e00" <= char <= "\u9fff"
        if "\u4e00" <= char <= "\u9fff" and han % 2 == 0 and glosses:
            gloss = glosses.pop(0)
            out.append("(" + "".join(c if c <= "\xff" else "?" for c in gloss) + ")")
    return "".join(out)


def test_a_glossed_mirror_line_whose_han_was_lost_is_lost_text_and_loses_its_glosses():
    pairs = ["bó áo", "yà zhōu", "lùn tán", "nián huì", "yú yuè", "rì zhì", "rì zài"]
    pairs += ["hǎi nán", "jǔ xíng"]
    line = _glossed_lost(SENTENCE, pairs)
    assert line.count("?") < len(line) / 2  # the glosses' letters outnumber the marks
    assert lost_text(line)
    mirror = "發(fā)布時(shí)間(jiān)：2024年(nián)4月(yuè)1日。"
    mirror += "新聞(wén)中(zhōng)心(xīn)報(bào)道(dào)"
    doc = clean(f"标题在这里\n\n　　{mirror}\n\n　　{line}\n\n　　{SENTENCE}\n")
    kept = [text for text in doc.body if "??" in text]
    assert kept and "(" not in kept[0]  # the page's glosses go, the lost line's too
    assert "text lost to a codec" in _mojibake_warnings(doc)
    # On a page whose glosses stay (one reading noted), the lost line keeps its own.
    assert lost_text(line) and "(" in clean(_page(line)).body[1]


def test_a_writers_question_marks_beside_glosses_are_not_lost_text():
    for line in (
        "他問(wèn)了一句：「???」就(jiù)走了，大家都不知道他要說什麼。",
        "這個字讀作(?)，老師(shī)也說不清楚，學生們都愣住了??",
    ):
        assert not lost_text(line), line


BIG5_SENTENCE = (
    "【本報消息】內港比釐喇馬忌士街昨日上午發生私家車疑失控「自炒」意外，男司機事後須送院"
    "檢查，並無大礙，交通警員調查起因。"
)


def test_big5_read_as_gbk_is_read_again_as_big5():
    line = BIG5_SENTENCE.encode("big5").decode("gbk", errors="replace")
    found = find_misreads(line)
    assert [m.codecs for m in found] == ["big5 read as GBK"]
    repaired = repair_misreads(line, found)
    assert "內港比釐喇馬忌" in repaired and "私家車疑失控" in repaired
    doc = clean(_page(line))
    assert any("私家车疑失控" in text for text in doc.body)
    again = clean("\n\n".join(doc.body))
    assert again.body == doc.body


def test_sound_traditional_and_simplified_text_is_not_read_as_big5():
    for line in (
        BIG5_SENTENCE,
        "馬祖列島閩東語平話字是隸屬中華民國群島，位於台灣海峽正北方，面臨閩江口。",
        "鳌鲲鹏麒麟魑魅魍魉，饕餮犰狳。" + SENTENCE,
        "龘靐齉齾爩鱻麤龗灪龖厵滟",
    ):
        assert find_misreads(line) == [], line


def test_spaced_glosses_whose_brackets_were_lost_too_go_with_the_page_glosses():
    line = "?????? xù gu?n ??????? z? zh? ???? jì huà ?,???? wèi k?ng ????? k?i xí ??????"
    assert lost_text(line)
    mirror = "發(fā)布時(shí)間(jiān)：2024年(nián)4月(yuè)1日。"
    mirror += "新聞(wén)中(zhōng)心(xīn)報(bào)道(dào)"
    doc = clean(f"标题在这里\n\n　　{mirror}\n\n　　{line}\n\n　　{SENTENCE}\n")
    kept = [text for text in doc.body if "??" in text]
    assert len(kept) == 1 and set(kept[0]) == set("?,")  # no gloss left
    # English words between lost text are no gloss: they have no tone vowel.
    words = "?????? hello world ??????? ok ???? open data ?,????"
    assert lost_text(words) and "hello world" in clean(_page(words)).body[1]


# A Big5 mirror's paragraph, glossed without tones and a space after each gloss, then
# read as Latin-1 upstream; the page's other lines are sound.
GLOSSED_BIG5 = (
    "第(di) 六屆(jie) 香港(gang) 行政(zheng) 長官(guan) 選舉(ju) 明日(ri) 舉行(xing) ,"
    "香(xiang) 港警(jing) 方今(jin) 日在(zai) 社交(jiao) 平臺(tai) 發文(wen) ,指(zhi) 會於(yu) "
    "全港(gang) 各區(qu) 及多(duo) 個港(gang) 鐵站(zhan) 進行(xing) 不定(ding) 時的(de) 高姿(zi) "
    "態聯(lian) 合反(fan) 恐巡(xun) 邏。"
)
GLOSSED_OTHER = (
    "香(xiang) 港(gang) 警(jing) 方表示，為(wei) 加強(qiang) 反恐(kong) 預(yu) 防(fang) 工作。"
)


def test_a_misread_paragraph_with_a_term_glued_in_is_judged_as_read_again_not_as_spam():
    misread = GLOSSED_BIG5.encode("big5").decode("latin-1")
    cut = misread.index(",") + 1
    line = misread[:cut] + "精品性交" + misread[cut:]  # a spam brand glued into the paragraph
    doc = clean(f"香港警方高姿態巡邏\n\n　　{line}\n\n　　{GLOSSED_OTHER}\n")
    # its letters of U+0080-U+00FF around the glued term looked like a keyword list
    assert any(text.startswith("第六届香港行政长官选举明日举行,") for text in doc.body)
    assert "big5 read as Latin-1" in " ".join(_mojibake_warnings(doc))


def test_the_glosses_a_misread_paragraph_hid_count_for_the_page_verdict():
    # the page's sound lines hold too few glosses to show the mirror's habit alone
    misread = GLOSSED_BIG5.encode("big5").decode("latin-1")
    doc = clean(f"香港警方高姿態巡邏\n\n　　{misread}\n\n　　{GLOSSED_OTHER}\n")
    assert doc.body == [
        "第六届香港行政长官选举明日举行,香港警方今日在社交平台发文,指会于全港各区及多个港铁站"
        "进行不定时的高姿态联合反恐巡逻。",
        "香港警方表示，为加强反恐预防工作。",
    ]


def test_a_keyword_list_misread_is_still_spam_once_read_again():
    keywords = "六合彩開獎結果,澳門賭場,網上賭博,百家樂,老虎機,真人娛樂,體育博彩,時時彩"
    misread = keywords.encode("big5").decode("latin-1")
    doc = clean(f"{misread}\n\n標題在這裡\n\n　　{GLOSSED_OTHER}\n")
    assert not any(misread in text or "六合彩" in text for text in doc.body)


# Round 29: a GBK line read as UTF-8 with bytes dropped, a spam term glued in at its
# commas (the term's Han runs are left out of the score: such a reading writes none).
def _dropped_with_term(text: str, term: str) -> str:
    return f",{term}".join(text.encode("gbk").decode("utf-8", "ignore").split(","))


def test_dropped_reading_with_a_glued_term_is_flagged() -> None:
    from newsclean.filters.codec_dropped import dropped_span

    # Real text: http://fbxslw.com/jjlw/29499.html (a paper on railway freight rates).
    real = (
        "北洋政府交通部阶段,召开全国铁路运输会议,注重于运价规制和运价标准的统一;"
        "国民政府铁道部阶段则以货等运价委员会为主导,重点在于控制铁路运价权。"
    )
    line = _dropped_with_term(real, "京國際娛樂")
    span = dropped_span(line)
    assert span is not None and span.encoding == "gbk read as UTF-8, bytes dropped"
    # Real text: https://www.dzsc.com/data/2011-8-16/92777.html (a post on dot-matrix fonts).
    real = "所有的汉字或者英文都是下面的原理,由左至右,每8个点占用一个字节,而且从位向位排列。"
    assert dropped_span(_dropped_with_term(real, "澳门赌场")) is not None


def test_prose_quoting_foreign_letters_is_no_dropped_reading() -> None:
    from newsclean.filters.codec_dropped import dropped_span

    # Near misses: Chinese prose quoting IPA, Cyrillic, Hebrew, Arabic and Armenian letters.
    assert (
        dropped_span(
            "俄语字母ш、щ、ж、ч、ц在汉语拼音中没有对应,国际音标分别写作[ʃ]、[ɕ]、[ʒ]、[tʃ]、[ts]。"
        )
        is None
    )
    assert dropped_span("希伯来语ש和阿拉伯语ش都读作[ʃ],亚美尼亚语的շ也是。") is None
    assert dropped_span("俄语的“мир”意为和平,国际音标写作[mʲir],“дом”意为房子。") is None


def test_glued_text_in_a_dropped_reading_is_converted_with_the_page() -> None:
    """The term glued into the misread line is the page's own text: converted (t2s) with
    the page, while the misread pieces stay as read; a second cleaning flags it again."""
    real = "所有的汉字或者英文都是下面的原理,由左至右,每8个点占用一个字节,而且从位向位排列。"
    line = _dropped_with_term(real, "京國際娛樂")
    page = (
        "香港警方加強巡邏\n\n香港警方今日在社交平台發文,指會於全港各區進行巡邏。\n\n" + line + "\n"
    )
    doc = clean(page, convert="t2s")
    kept = [text for text in doc.body if "京" in text]
    assert kept and "京国际娱乐" in kept[0] and "國際" not in kept[0]
    assert kept[0].replace("京国际娱乐", "") == line.replace("京國際娛樂", "")
    assert any(warning.line == 5 for warning in doc.warnings)
    again = clean("\n\n".join(doc.body), convert="t2s")
    assert [text for text in again.body if "京" in text] == kept
