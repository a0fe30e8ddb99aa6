"""The short stretches of a slip, judged on local evidence (``mojibake_marks``).

Round 27: the start of a line opens a clause, and a clause break read one byte off in a
line of full-width punctuation.
"""

import pytest
from linear import assert_linear

from newsclean.filters.mojibake import find_mojibake
from newsclean.filters.mojibake_marks import lost_indent, marked_stretches
from newsclean.filters.mojibake_punctuation import closing_lost, full_width_line, punctuation_half
from newsclean.filters.mojibake_question import asks, garbled_tail


@pytest.mark.parametrize(
    ("line", "stretch"),
    [
        # 016's line (行政 read one byte off at the start of a glossed paragraph, the
        # glosses already stripped), indented and not.
        ("　　姓?長官李家超將於今日(27日)下午在南區舉行第二場施政報告咨詢會。", "姓?"),
        ("姓?長官李家超將於今日(27日)下午在南區舉行第二場施政報告咨詢會。", "姓?"),
    ],
)
def test_a_one_character_clause_opening_the_line_before_a_mark_is_a_slip(line, stretch):
    assert [span.text for span in find_mojibake(line).spans] == [stretch]


def test_a_question_particle_opening_the_line_is_a_writers_question():
    assert find_mojibake("嗎?這是真的").spans == ()


# 097's line: 者。 with 者's lead byte lost (摺 is DF A1; A3 with the next byte, nothing).
SLIPPED_BREAK = (
    "鏡週刊今日報導指出，黃國昌涉貪遭檢調偵辦，有一名傳產金主向檢調證實，2022年曾受黃國昌"
    "請託，匯款一千萬元至「凱思國際」，之後遭轉注資《民報》，坐實黃國昌為凱思與《民報》的"
    "實際掌控摺?對此，黃國昌回應，鏡週刊編故事的能力真的是已經讓人嘆為觀止。"
)


def test_a_clause_break_read_one_byte_off_in_full_width_punctuation_is_flagged():
    assert [span.text for span in find_mojibake(SLIPPED_BREAK).spans] == ["?"]


@pytest.mark.parametrize(
    "char",
    [
        "摺",  # 者。 read one byte off (097)
        # Real GBK slips from public repositories (code index): a MUD's dialogue,
        # "未练武，?妊ё鋈恕?);" for 先要学做人。 (index id 37966246987), and a chess
        # engine's notes, "未测?酝辍?" for 未测试完。 (index id 23352776409): 恕 is CB A1, 辍 EA A1.
        "恕",
        "辍",
    ],
)
def test_the_character_before_a_lost_punctuation_mark_ends_in_its_lead_byte(char):
    assert punctuation_half(char)


@pytest.mark.parametrize(
    "line",
    [
        # Writers who mix an ASCII "?" into full-width punctuation (public repositories,
        # code index): a travel note (index id 37195177321), an OS textbook exercise
        # (index id 31817353220), a translated novel (index id 31450393421), a banking
        # form's prompt (index id 26295011832).
        "我甚至还在馆内看到供儿童玩耍的塑料城堡，虽然给儿童提供娱乐空间是出于人性化的考量，"
        "但格格不入的塑料玩具是否破坏遗址公园原有的审美?此外，说到底也是佛教圣地，"
        "汉服体验在这里是否妥当?在展览馆内穿梭拍照的汉服少女，是否给予一个宗教领地应有的尊重。",
        "如果按数字升序来创建文件（x000001、x000001、x0000002等)，然后以相同顺序加以删除，"
        "结果会改变吗?如果会，原因何在?此外，上述结果会随文件系统类型的不同而改变吗?",
        "于是便像有时出现的情形一样，干出了超越自身品格的好事来?要不，也许这一切原因都有?"
        "此外，为什么红色的污点比原来要大了呢?那血渍像一种可怕的疾病蔓延到了起皱的手指上。"
        "去自首?难道这意味着他该去自首?交代自己的罪行，然",
        "存摺識別碼讀取為空白，是否重新讀摺?(請注意是否磁條已毀損!!)",
    ],
)
def test_a_writers_ascii_question_mark_in_full_width_text_stays(line):
    assert find_mojibake(line).spans == ()


def test_a_line_of_ascii_punctuation_is_no_full_width_line():
    assert full_width_line("鏡週刊今日報導指出，黃國昌涉貪遭檢調偵辦。")
    assert not full_width_line("水價?我們說,這是,真的。")


# Round 28: a copier's comma glued before each mark; the "?" after it is the writer's.
def test_a_question_mark_after_a_copiers_glued_comma_is_no_slip():
    # eval page 077's glossed copy (pinyin-half-width-comma-before-marks-thai-paper-copy),
    # its glosses stripped: ,, and ,。 glued before the marks, then 行不,?
    line = "“黄大姐,你家是哪栋,,我们到你家看一下行不,?很真实”在小区,,“逮”住居民聊天,。"
    assert find_mojibake(line).spans == ()


@pytest.mark.parametrize("line", ["主席,?家主席,在北京会见外宾。", "、?家主席在北京会见外宾。"])
def test_a_mark_opening_a_clause_is_still_a_lost_character(line):
    # no comma glued before another mark: the "?" opens a clause, a character lost
    assert find_mojibake(line).spans != ()


def test_a_question_mark_after_a_copiers_comma_closes_the_question() -> None:
    # eval/pages/076.txt line 12 (a glossed copy of 重慶's story): 哪兒 asks, "?" closes it
    from newsclean.filters.mojibake import find_mojibake

    assert find_mojibake("上游時評 | 大美重慶美在哪兒,?就在我們的家門口").spans == ()
    assert find_mojibake("、?家主席").spans != ()


def test_a_slip_head_of_one_symbol_and_its_mark_opens_the_line() -> None:
    """Round 29: a line cut one byte into a GBK character opens with the pair read across
    (a symbol-row character) and the mark of the byte left alone, too short to realign.
    Real text, slipped by one byte: three clauses of http://www.scichi.cn/content.php?id=181
    (井上亘, 汉字文化圈的形成: 自顶而下系统, 引进律令体制, 信息化之前的信息技术)."""
    from newsclean.filters.mojibake_marks import slip_heads

    for real in ("顶而下系统,在世界史上", "、引进律令体制。进入", "息化之前的信息技术。"):
        line = real.encode("gbk")[1:].decode("gbk", "replace").replace("\ufffd", "?")
        assert slip_heads(line) == [(0, 2)], line
        assert [span.text for span in find_mojibake(line).spans] == [line[:2]]


def test_an_enumeration_or_kana_opening_a_line_is_no_slip_head() -> None:
    from newsclean.filters.mojibake_marks import slip_heads

    assert slip_heads("⒈加強領導,落實責任。") == []  # an enumeration, then its item
    assert slip_heads("⑴如何報名?請致電查詢。") == []  # the writer's question mark
    assert slip_heads("カ?タ?カナ讀法") == []  # kana written as kana


def test_slip_heads_stay_linear() -> None:
    from linear import assert_linear

    from newsclean.filters.mojibake_marks import slip_heads

    assert_linear(lambda n: "ア?華說,ア?" * n, slip_heads, 5_000, label="slip heads")


def test_a_line_of_marks_between_han_characters_is_judged_in_linear_time() -> None:
    # Each mark once asked whether the line's head before it is blank (an indented
    # clause): a slice of the head per mark made a 1 MB line of them take 96 s.
    assert_linear(lambda n: "中?a文" * n, marked_stretches, 10_000)
    assert marked_stretches("　　姓?長官李家超") == [(2, 4)]  # the indented clause opens the line
    assert marked_stretches("　　行政?長官李家超") == []  # a clause of two before the mark


# Round 36: a paragraph's indentation lost to marks, the renderer's spacing between them
# (a town government's notice copied with its non-breaking spaces printed as "?").
@pytest.mark.parametrize(
    ("line", "stretch"),
    [
        ("? ? ? ?鎮區管理整治是一項長期工程，需要持之以恒、久久為功。", "? ? ? ?"),
        ("　　? ? ? ?鎮區管理整治是一項長期工程，需要持之以恒。", "? ? ? ?"),
        ("?\u00a0?\u00a0?\u00a0?市委书记在致辞中说，泉州古称刺桐城。", "?\u00a0?\u00a0?\u00a0?"),
        ("?\u3000?\u3000?\u3000?在人民大会堂举行的会议上，审议了报告。", "?\u3000?\u3000?\u3000?"),
        ("? ? ? ? 行政长官李家超将于今日下午在南区举行咨询会。", "? ? ? ? "),
        ("\ufffd \ufffd \ufffd \ufffd为方便公众收听。", "\ufffd \ufffd \ufffd \ufffd"),
    ],
)
def test_marks_spaced_by_the_renderer_opening_a_line_are_one_lost_run(line, stretch):
    assert [span.text for span in find_mojibake(line).spans] == [stretch]


@pytest.mark.parametrize(
    "line",
    [
        "第二位落誰家? 張裕:遷完開平再說。",  # a writer's question, then a space
        "有關係嗎? ? 我們再看看。",  # a writer's doubled question after its particle
        "水價? 我們的回答是：不漲。",
        "? ? ?",  # marks alone: no text after them to have lost its indentation
    ],
)
def test_a_spaced_writers_question_mark_stays(line):
    assert find_mojibake(line).spans == ()


def test_a_long_run_of_spaced_marks_is_judged_in_linear_time() -> None:
    assert_linear(lambda n: "? " * n + "市委", marked_stretches, 20_000)
    assert_linear(lambda n: "市委? " * n, marked_stretches, 5_000)


# Round 36: a lead byte lost right before a digit: the character prints as a mark glued to
# the number (the stress benchmark's before-ascii shape, on real news lines).
@pytest.mark.parametrize(
    "line",
    [
        "民眾擔心收假?1天上路會塞車，多會提早1天出發，避免塞車。",  # 前
        "花東地區連2年並未排賽程，羅東球場由去年的8場減至只?1場。",  # 剩
        "成功研發出全球?1顆以40奈米製程製作之晶片。",  # 第
        "?2天陳揮文在節目上，為自己態度不佳站起來鞠躬致歉。",  # 隔, opening the line
        "目前計畫11?11日至15日舉行，日本和韓國都表達參加意願。",  # 月 between numbers
    ],
)
def test_a_mark_glued_before_a_number_after_words_that_ask_nothing_is_lost(line):
    assert [span.text for span in find_mojibake(line).spans] == ["?"]


@pytest.mark.parametrize(
    "line",
    [
        "什麼是豐收?58歲的農民盧運生說，就是糧食滿倉。",  # 什麼 asks
        "原因何在?3月的數據已經說明了一切。",  # 何
        "你去不去?3點就要出發了。",  # A-not-A
        "今年能漲嗎?2成的受訪者說會。",  # a particle
        "版本1?2",  # between numbers, no unit after
        "電話:123?456",
    ],
)
def test_a_writers_question_before_a_number_stays(line):
    assert find_mojibake(line).spans == ()


def test_asks_looks_back_only_to_the_clause_start() -> None:
    assert asks("什麼時候，大家收假?1天", 9) is False
    assert asks("大家什麼時候收假?1天", 8) is True
    assert_linear(lambda n: "收假?1" * n, marked_stretches, 5_000)


@pytest.mark.parametrize(
    "line",
    [
        "年轻人不爱存钱?8成受访者表示每月有结余",  # a headline: no other mark
        "月薪过万?3成受访者说还不够花, 这一结果与往年调查大体相当.",  # marks half-width
    ],
)
def test_a_rhetorical_question_before_a_number_is_a_writers(line: str) -> None:
    assert marked_stretches(line) == []


def test_a_mark_before_a_number_in_full_width_prose_is_still_lost() -> None:
    assert marked_stretches("民眾擔心收假?1天上路會塞車，多會提早出發。") == [(6, 7)]


# Round 37: a closing mark lost at the line's end.  Lines of full-width prose (real-looking
# news sentences) whose final 。 lost its lead byte in GBK: the trail byte alone is marked.
# Round 38: the text before the "?" reads well, as before a writer's question by
# intonation: a "?" is not flagged (no test tells them apart), a U+FFFD is.
CLOSED_LINES = [
    "冬日的北京，阳光万里。国务院副总理韩正陪同考察北京冬奥会和冬残奥会筹办工作。",
    "临近春节，北京城内年味渐浓！大街小巷张灯结彩，家家户户喜迎春节。",
    "走過簽賭打假球風暴，球迷回來了嗎？聯盟對於今年票房也轉趨樂觀。",
    "吃是过年头等大事。这个春节，各地的年味主食依然被传统美食主宰。",
]


@pytest.mark.parametrize("line", CLOSED_LINES)
def test_a_closing_mark_alone_lost_at_the_line_end_reads_as_a_question(line: str) -> None:
    data = line.encode("gbk")
    lost = (data[:-2] + data[-1:]).decode("gbk", errors="replace")
    assert lost == line[:-1] + "\ufffd"
    assert [span.text for span in find_mojibake(lost).spans] == ["\ufffd"]
    marked = lost.replace("\ufffd", "?")
    assert find_mojibake(marked).spans == ()


@pytest.mark.parametrize(
    ("line", "damaged"),
    [
        # 主宰。 with 宰's lead byte lost: 宰's trail and 。's lead read 浴, 。's trail "?"
        ("吃是过年头等大事。这个春节，各地的年味主食依然被传统美食主宰。", "浴?"),
        # 工作。 with 工's lead byte lost: 工 作 read one byte on as ぷ 鳌
        ("冬日的北京，阳光万里。国务院副总理韩正陪同考察北京冬奥会和冬残奥会筹办工作。", "鳌?"),
    ],
)
def test_a_line_end_question_mark_after_text_read_off_is_flagged(line: str, damaged: str) -> None:
    data = line.encode("gbk")
    for cut in range(2, 7):
        bad = (data[:-cut] + data[-cut + 1 :]).decode("gbk", errors="replace")
        bad = bad.replace("\ufffd", "?")
        if bad.endswith(damaged):
            assert find_mojibake(bad).spans[-1].end == len(bad)
            return
    raise AssertionError(damaged)


def test_garbled_tail_names_an_uncommon_character_before_the_mark() -> None:
    assert garbled_tail("这个春节，各地依然被传统美食髟住?", 16) == 14
    assert garbled_tail("聯盟對於今年票房也轉趨樂觀?", 13) is None  # 轉趨: rare pair, reads well
    assert garbled_tail("北京冬奥会进展如何？场馆都准备好了?", 17) is None


@pytest.mark.parametrize(
    "line",
    [
        "这是真的?",  # a headline's question: no other mark
        "他说,这样做真的好?",  # a writer who types ASCII marks
        "他說，你們到底去不去?",  # A-not-A asks
        "記者問，這筆錢究竟花在哪裡?",  # an interrogative asks
        "她笑着说，日子越过越好了吗?",  # a question particle
    ],
)
def test_a_writers_question_closing_a_line_stays(line: str) -> None:
    assert find_mojibake(line).spans == ()


@pytest.mark.parametrize(
    "line",
    [
        # Questions asked by intonation or rhetoric (no interrogative) in one sentence
        # of full-width prose: the writer typed the "?" (review 37a 1g).
        "一位教练员说，场馆都准备好了?",
        "年味儿，还在?",
        "一家人围坐在一起吃年夜饭，这不就是幸福生活?",
        # one sentence whose 。 lost its lead byte: no longer told from the above
        "临近春节，北京城内年味渐浓，大街小巷张灯结彩，家家户户喜迎春节?",
        # Round 38: after an earlier full-width stop too, the text before reads well
        "冬奥会的筹备进展如何？一位教练员说，场馆都准备好了?",
        "记者问了一圈。大家的回答几乎一样：今年还回老家过年?",
        "有人问。你真的要走了?",
        "這屆展會進展如何？各家展商都準備好了?",
        # questions asked with a word, after an earlier stop
        "冬奥会进展顺利。场馆都准备好了吗?",
        "年货买齐了。今年的年夜饭在哪儿吃呢?",
        "房租又涨了。下个月的生活费怎么办?",
    ],
)
def test_a_one_sentence_line_closed_by_a_question_mark_stays(line: str) -> None:
    assert find_mojibake(line).spans == ()


def test_full_width_line_counts_the_marks_asked_for() -> None:
    assert full_width_line("国务院副总理韩正陪同考察、筹办工作?", 1)
    assert not full_width_line("国务院副总理韩正陪同考察、筹办工作?")  # two by default
    assert not full_width_line("起底文娱业数据流量造假产业链?", 1)
    assert not full_width_line("他说，这样做,真的好?", 1)


def test_punctuation_half_in_one_encoding() -> None:
    # 础 is B4 A1 in GBK (A1 leads 。); in Big5 the character does not exist
    assert punctuation_half("础") and punctuation_half("础", "gbk")
    assert not punctuation_half("础", "big5")


def test_the_closing_mark_read_one_byte_off_is_a_line_end_sign() -> None:
    # 碧空如洗。 with 如's lead byte lost, decoded skipping what does not pair (iconv -c):
    # 础 is B4 A1, A1 the lead byte of 。, whose trail A3 was dropped at the line's end.
    line = "冬日的北京，阳光万里，碧空如洗。"
    data = line.encode("gbk")
    at = len("冬日的北京，阳光万里，碧空".encode("gbk"))
    bad = (data[:at] + data[at + 1 :]).decode("gbk", errors="ignore")
    assert bad.endswith("础") and closing_lost(bad)
    spans = find_mojibake(bad).spans
    assert spans and spans[-1].end == len(bad) and spans[-1].repaired is None


@pytest.mark.parametrize(
    "line",
    [
        # Lines of full-width prose ending in a character whose second byte leads a
        # punctuation row, with no closing mark: a byline, a caption, a tag row.
        "图为：市民在活动现场参观，感受传统文化的魅力。摄影：王海",
        "上图：游客在外滩拍照留念，背景是上海",
        "责任编辑：陈静，审核：王芳，值班：赵省",
        "老人笑着说，日子越过越好，心里头真是幸福",
        "標籤：台北、新北、桃園、國際新聞、財經部",
        "歡迎來到臺灣，這裡有美食、夜市、溫泉，還有熱情",
    ],
)
def test_a_line_ending_in_such_a_character_is_no_slip_by_that_alone(line: str) -> None:
    assert closing_lost(line)
    assert find_mojibake(line).spans == ()


@pytest.mark.parametrize(
    "bad",
    [
        "強颱樺加沙平?，總統賴清德及行政院長卓榮泰今下午坐鎮中央災害應變中心。",
        "市政府今天宣布，全市中小學明天停課一天?，家長可留意學校通知。",
        "会议强调，要把生态保护放在突出位?。各地要抓好落实。",
    ],
)
def test_a_mark_before_the_clauses_own_mark_is_flagged(bad: str) -> None:
    assert [span.text for span in find_mojibake(bad).spans] == ["?"]


@pytest.mark.parametrize(
    "line",
    [
        "他问大家，这件事到底该怎么办?，没有人回答。",  # the clause asks (怎)
        "他反问：你真的相信吗?，现场一片安静。",  # a question particle
        "这样做真的好?,他说。",  # a writer who types ASCII marks
    ],
)
def test_a_writers_question_before_a_mark_stays(line: str) -> None:
    assert find_mojibake(line).spans == ()


@pytest.mark.parametrize(
    "line",
    [
        "????為不斷豐富僑刊文化內涵、更好地反映僑鄉新貌,編輯部一行赴兩地采風。",
        "? ? ? ?鎮區管理整治是一項長期工程,需要持之以恒、久久為功。",
        "\ufffd\ufffd\ufffd本报讯 今年以来，全市新增就业岗位一万二千个。",
    ],
)
def test_the_indentation_lost_to_marks_is_taken_out_with_a_warning(line: str) -> None:
    run = len(line) - len(line.lstrip("? \ufffd"))
    assert lost_indent(line, 0, run)
    result = find_mojibake(line)
    assert result.text == line[run:]
    assert [span.text for span in result.spans] == [line[:run]]
    assert find_mojibake(line, repair=False).text == line  # reported only, unrepaired


@pytest.mark.parametrize(
    "line",
    [
        "??表示，今年的工作重點是穩就業。",  # two marks: perhaps two characters lost
        "????表示，今年?工作重點是穩就業。",  # marks inside too: lost throughout
        "????(13)日上午舉行記者會。",  # no Han text after the run
    ],
)
def test_marks_that_may_be_lost_characters_stay(line: str) -> None:
    assert find_mojibake(line).text == line


# Round 37 (mend): three ASCII marks typed by a writer open a netizen's reaction; the
# indentation lost in a double-byte codepage leaves four (two wide spaces' bytes).
@pytest.mark.parametrize("line", ["???网友直呼看不懂这波操作", "? ? ?这是什么神仙操作"])
def test_a_writers_three_marks_are_no_lost_indentation(line: str) -> None:
    run = len(line) - len(line.lstrip("? "))
    assert not lost_indent(line, 0, run)
    assert find_mojibake(line).text == line


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        # Big5 trail bytes read alone, their lead bytes lost (調 B3 7B, 包 A5 5D, 總 C1 60)
        ("今年新建項目的投資總額預計由五億元{升為七億元，增幅四成。", "{"),
        ("補助的重點，]括老舊社區改造和停車場興建。", "]"),
        ("業者紛紛表示觀望，不急著啟動。`投資計畫暫緩。", "`"),
    ],
)
def test_a_bracket_or_symbol_alone_in_han_text_is_a_trail_byte(line: str, symbol: str) -> None:
    at = line.index(symbol)
    assert (at, at + 1) in marked_stretches(line)


@pytest.mark.parametrize(
    "line",
    [
        "相关规定见[附件]，请各单位遵照执行。",  # a bracket the line closes
        "模板里的{城市}会被替换为实际的城市名称。",
        "请把网址中的~替换成你的用户名。",  # a tilde: not among the unpaired symbols
    ],
)
def test_brackets_the_line_pairs_stay(line: str) -> None:
    assert marked_stretches(line) == []


# Round 39: a writer's question ending in an uncommon word, in a line that types its marks
# in ASCII (real pages: a ballad's text printed with ASCII punctuation, a classical verse).
@pytest.mark.parametrize(
    "line",
    [
        "唧唧复唧唧,木兰当户织.不闻机杼声,惟闻女叹息. 问女何所思?问女何所忆?女亦无所思.",
        "雄兔脚扑朔,雌兔眼迷离;双兔傍地走,安能辨我是雄雌?",
        "老师在黑板上写下一句,孰能无过?大家都笑了.",
    ],
)
def test_a_question_its_clause_asks_is_written(line: str) -> None:
    assert find_mojibake(line).spans == ()


@pytest.mark.parametrize(
    ("line", "stretch"),
    [
        # The same question word before a slip: the line writes its marks full-width, so
        # its ASCII "?" is a lost byte's mark (什么？ read one byte off at the line's end).
        ("丙醛和甲醛发生羟醛缩合反应，生成什茫?", "茫?"),
        # Several characters read one byte off before the mark: not one uncommon word.
        ("市長問大家,這項政策何時鉊邦?", "鉊邦?"),
    ],
)
def test_a_slip_before_a_question_mark_is_still_flagged(line: str, stretch: str) -> None:
    assert stretch in [span.text for span in find_mojibake(line).spans]


def test_classical_interrogatives_ask() -> None:
    line = "双兔傍地走,安能辨我是雄雌?"
    assert asks(line, line.index("?"))
    assert not asks("安全生产,人人有责?", 9)  # 安 alone is no question word


def test_the_borrowed_no_of_a_posters_name_is_no_slip() -> None:
    # round 46: a 2ch archive of a Taiwan board's thread (the post's head line,
    # https://yomi.tokyo/agate/awabi2chsc/taiwan/1625692211/316-/dta): the board's default
    # poster name after 2ch's 名無しさん, の standing for 的
    assert find_mojibake("316:美麗島の名無桑").spans == ()


def test_a_no_a_slip_left_in_a_sentence_is_flagged() -> None:
    # the slipped sentence of tests/test_mojibake.py SIGN_POSITIVES, the pair read as の
    assert find_mojibake("中共中央政治局常委の务院副总理韩正陪同考察").spans != ()


# Round 47: three marks where a paragraph's three indentation spaces stood, one mark each
# (https://amysidvtw.blogspot.com/2023/02/blog-post_10.html, a traditional copy of a story
# on 王滬寧 meeting 夏立言; the form of m.nxhuan.com's and xydcf.cn's copies): a
# paragraph of sentences follows them, no reaction a writer opens with ???.
PARAGRAPH_AFTER_MARKS = (
    "???中共中央政治局常委王滬寧十日在北京人民大會堂會見中國國民黨副主席夏立言一行。"
    "王滬寧告訴夏立言,「台獨」與和平水火不容、與台胞福祉背道而馳。"
)


def test_three_marks_before_a_paragraph_are_its_lost_indentation() -> None:
    assert lost_indent(PARAGRAPH_AFTER_MARKS, 0, 3)
    result = find_mojibake(PARAGRAPH_AFTER_MARKS)
    assert result.text == PARAGRAPH_AFTER_MARKS[3:]
    assert [span.text for span in result.spans] == ["???"]


@pytest.mark.parametrize(
    "line",
    [
        "???网友直呼看不懂这波操作。",  # a reaction: one sentence
        "???表示，今年?工作重點是穩就業。穩就業是重點。",  # marks inside: lost throughout
    ],
)
def test_three_marks_before_one_sentence_or_lost_text_stay(line: str) -> None:
    assert find_mojibake(line).text == line
