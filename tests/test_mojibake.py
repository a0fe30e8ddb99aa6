"""GBK byte-slip mojibake: flagged always, repaired only where the bytes determine it."""

from newsclean.filters.mojibake import find_mojibake, is_rare


def test_reference_span_is_found_and_partly_repaired(reference_lines):
    result = find_mojibake(reference_lines[54])
    assert len(result.spans) == 1
    span = result.spans[0]
    assert span.text == "??偼度?"
    # 偼度 is 82CD B6C8; shifted by one byte, CDB6 is 投; the halves of 總 and 入 are lost.
    assert span.repaired == "??投?"
    assert "??投?.2億元" in result.text


def test_repair_never_invents_lost_characters():
    # A lone rare character between "?" runs: two half characters, nothing determined.
    result = find_mojibake("山南??偼?.2億元")
    assert result.spans and result.spans[0].repaired is None
    assert result.text == "山南??偼?.2億元"


def test_repair_can_be_switched_off():
    result = find_mojibake("援助山南??偼度?.2億元", repair=False)
    assert result.text == "援助山南??偼度?.2億元"
    assert result.spans[0].repaired is None


def test_replacement_characters_beside_han_are_flagged():
    result = find_mojibake("投資\ufffd\ufffd億元")
    assert result.spans and "\ufffd" in result.spans[0].text


def test_ordinary_question_marks_are_not_mojibake():
    for text in ("你好?", "what?? no", "“中國國慶閱兵將展出什么武器?”", "是否？"):
        assert find_mojibake(text).spans == ()


def test_rare_means_outside_gb2312_and_big5():
    assert is_rare("偼")
    assert not is_rare("度")
    assert not is_rare("發")  # traditional characters are in Big5
    assert not is_rare("?")


def test_hundred_thousand_question_marks_are_linear():
    text = "中" + "?" * 100_000 + "中"
    assert len(find_mojibake(text).text) == len(text)


def test_slips_into_full_width_letters_and_unconvertible_characters_are_flagged():
    # Two stretches from the evaluation corpus: GBK row A3 (Ｒ) and a character
    # outside GB2312 that is no traditional form of anything (撠).
    assert find_mojibake("力量Ｒ?適應").spans
    assert find_mojibake("預計撠?111戶").spans


def test_a_question_after_a_taiwan_character_is_not_mojibake():
    assert find_mojibake("妳好嗎?").spans == ()
    assert find_mojibake("祂說?").spans == ()
