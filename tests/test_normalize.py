"""Line splitting and per-line normalisation: NFC only, never NFKC."""

from newsclean.filters.normalize import normalize_line, split_lines


def test_split_lines_handles_crlf_cr_and_lf():
    assert split_lines("一\r\n二\r三\n四\n") == ["一", "二", "三", "四"]


def test_split_lines_keeps_unicode_line_separators_inside_a_line():
    assert split_lines("甲\u2028乙\n丙") == ["甲\u2028乙", "丙"]


def test_full_width_punctuation_survives():
    line = "（责编：于超）“雅江1号”，智算中心；１２３"
    assert normalize_line(line).text == line


def test_ideographic_space_indentation_is_stripped_and_remembered():
    result = normalize_line("\u3000\u3000据了解，专项行动。")
    assert result.text == "据了解，专项行动。"
    assert result.indented is True
    assert normalize_line("标题").indented is False


def test_decomposed_pinyin_is_composed_to_nfc():
    result = normalize_line("发(fa\u0304)展")
    assert result.text == "发(fā)展"
    assert result.evidence is not None


def test_invisible_characters_are_removed_with_evidence():
    result = normalize_line("\ufeff正\u200b文\x00")
    assert result.text == "正文"
    assert result.evidence is not None and "invisible" in result.evidence.detail


def test_page_at_once_equals_line_by_line():
    """The whole-page fast path (no invisible character, no surrogate, NFC) changes nothing."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsclean.filters.normalize import normalize_columns, normalize_lines

    pieces = st.sampled_from(
        [
            "正文。",
            "\u3000\u3000",
            "  ",
            "\t",
            "a\u0301",
            "\u0301",
            "e",
            "\ufeff",
            "\u200b",
            "\x00",
            "\ud800",
            "\u00a0",
            " ",
            "\u2028",
            "發(fa\u0304)",
            "ᄀ",
            "ᅡ",
            "\u3000",
        ]
    ) | st.text(max_size=3)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.lists(pieces, max_size=6).map("".join), max_size=6))
    def check(lines):
        one_by_one = [normalize_line(line) for line in lines]
        assert normalize_lines(lines) == one_by_one
        texts, indented, evidence = normalize_columns(lines)
        assert texts == [line.text for line in one_by_one]
        assert indented == [line.indented for line in one_by_one]
        assert evidence == {i: line.evidence for i, line in enumerate(one_by_one) if line.evidence}

    check()
    assert normalize_lines(["\u3000\u3000正文。 ", "标题"]) == [
        normalize_line("\u3000\u3000正文。 "),
        normalize_line("标题"),
    ]
