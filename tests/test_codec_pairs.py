"""Every codec pair of ``codec_pairs.PAIRS``: the misread made here, from paragraphs
written for these tests, and the verdict the table gives checked on a cleaned page; then
clean text that looks foreign (Cyrillic and IPA quoted in Chinese, emoji) left alone, and
the GBK-read-as-UTF-8-dropped detector (``codec_dropped``) on its own."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.codec_big5 import big5_reading
from newsclean.filters.codec_dropped import dropped_span
from newsclean.filters.codec_pairs import FLAGGED, PAIRS, REPAIRED, Pair, written_for

SIMPLIFIED = (
    "市交通委员会昨天通报，今年夏季全市公交线路将调整三十余条，新开通的快速线连接东部新城"
    "和老城区，早晚高峰的发车间隔缩短到五分钟。负责人表示，调整方案经过两轮公开征求意见。"
)
TRADITIONAL = (
    "颱風過境後，漁民們清晨便回到碼頭檢查船隻，幾艘停靠在外港的漁船受損嚴重。漁會理事長說，"
    "今年的補助申請將比往年提早一個月開放，希望大家能儘快恢復出海作業。"
)
OTHER = "这是文章的另一段，记者在现场看到工作人员正在清理道路上的树枝。"
LINE = 5  # the misread paragraph's line in _page


def _page(middle: str) -> str:
    return f"地方新闻\n\n　　{OTHER}\n\n　　{middle}\n\n　　{OTHER}\n"


def _misread(text: str, pair: Pair) -> str:
    return text.encode(pair.written, errors="replace").decode(pair.read, errors=pair.errors)


def _rows() -> list[object]:
    rows: list[object] = []
    for pair in PAIRS:
        for name, text in (("simplified", SIMPLIFIED), ("traditional", TRADITIONAL)):
            if pair.written == "big5" and name == "simplified":
                continue  # Big5 has no code for most simplified characters: no such page
            # A known gap must fail: when it passes, the table's claim is out of date.
            marks = [pytest.mark.xfail(reason=pair.gap, strict=True)] if pair.gap else []
            label = f"{pair.written}-as-{pair.read}-{pair.errors}-{name}"
            rows.append(pytest.param(pair, text, id=label, marks=marks))
    return rows


@pytest.mark.parametrize(("pair", "text"), _rows())
def test_each_codec_pair_gets_its_verdict(pair: Pair, text: str) -> None:
    try:
        misread = _misread(text, pair)
    except UnicodeDecodeError:
        pytest.skip("a strict reader refuses these bytes")
    doc = clean(_page(misread))
    warned = [w.message for w in doc.warnings if w.kind == "mojibake" and w.line == LINE]
    assert warned, f"{pair} not flagged"
    if pair.verdict == REPAIRED:
        assert any("repaired to" in message for message in warned)
    else:
        assert pair.verdict == FLAGGED
        around = [i for i, para in enumerate(doc.body) if para == OTHER]
        assert around[1] - around[0] == 2, "the flagged line is a paragraph, kept in place"


CLEAN_LINES = [
    SIMPLIFIED,
    TRADITIONAL,
    # A linguistics article: Cyrillic words and IPA letters quoted inside Chinese text.
    "俄语“мир”一词既指和平也指世界，国际音标记作[mʲir]；普通话的“日”读作[ʐʅ]，声母是卷舌音ʐ。",
    "语言学家把汉语的送气塞擦音写成tɕʰ、ʈʂʰ和tsʰ，把俄语的“Щ”读作[ɕː]，学生常常分不清。",
    # Emoji in a social-media quote.
    "网友在评论区留言“太好看了😍😍🎉”，也有人说“下次还来👍”，相关视频播放量已超过百万。",
]


@pytest.mark.parametrize("line", CLEAN_LINES)
def test_clean_lines_are_left_alone(line: str) -> None:
    doc = clean(_page(line))
    assert not [w for w in doc.warnings if w.kind == "mojibake"]
    assert dropped_span(line) is None


def test_gbk_read_as_utf8_dropping_bytes_is_flagged_not_repaired() -> None:
    line = SIMPLIFIED.encode("gbk").decode("utf-8", errors="ignore")
    span = dropped_span("　　" + line)
    assert span is not None
    assert span.repaired is None and span.encoding == "gbk read as UTF-8, bytes dropped"
    assert span.start == 2  # the page's indentation is not the misread's
    doc = clean(_page(line))
    assert line in doc.body  # kept as read: neither converted nor removed


def test_a_glossed_line_read_as_utf8_dropping_bytes_is_flagged() -> None:
    # An invented glossed mirror's line: each gloss's ASCII letters survive the misread.
    glossed = "市(shì)交(jiāo)通(tōng)委员会昨天通报，今年夏季全市公交线路将调整三十余条。"
    line = glossed.encode("gbk").decode("utf-8", errors="ignore")
    assert dropped_span(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Москва — столица России, крупнейший город страны。莫斯科是俄罗斯的首都。",
        "Բարեւ Ձեզ, ինչպես եք, շնորհակալություն",  # Armenian: its letters read as common GBK
        "以色列总理在声明中说：“אנחנו נמשיך לפעול למען ביטחון”，并表示将继续谈判。",
        "السلام عليكم ورحمة الله وبركاته، مرحبا بكم في دبي",
    ],
)
def test_a_paragraph_quoted_in_another_alphabet_stays(line: str) -> None:
    assert dropped_span(line) is None


def test_the_table_names_the_codecs_each_reader_tries() -> None:
    assert written_for("utf-8", "ignore", "codec_dropped") == ("gbk", "big5")
    assert all(pair.written != pair.read for pair in PAIRS)


def test_big5_read_as_gbk_keeps_its_pairs_aligned_after_a_lost_byte() -> None:
    # 的 is AABA in Big5: AA is GBK's user-defined area, lost alone, and BA was read as
    # the lead of the next GBK pair; the re-read starts the next character after it.
    line = "他說的話讓大家都很感動，希望政府盡快回應市民的要求與期待。"
    misread = line.encode("big5").decode("gbk", errors="replace")
    found = big5_reading(misread)
    assert found is not None
    again = found[2]
    assert len(again) == len(line)
    kept = [(a, b) for a, b in zip(again, line, strict=True) if a != "\ufffd"]
    assert kept and all(a == b for a, b in kept)  # nothing guessed, nothing misaligned
    assert 2 * again.count("\ufffd") <= len(line)


def test_a_big5_line_read_as_gbk_is_converted_whole_after_its_re_read() -> None:
    misread = TRADITIONAL.encode("big5").decode("gbk", errors="replace")
    doc = clean(_page(misread))
    middle = doc.body[doc.body.index(OTHER) + 1]
    assert "漁" not in middle and "渔" in middle  # converted: no slip report kept it as read


def test_gbk_text_with_two_lost_pairs_is_not_read_as_big5() -> None:
    line = "市交通委员会昨天通报�a今年夏季全市公交线路将调整�b三十余条。"
    assert not [w for w in clean(_page(line)).warnings if "big5" in w.message]


def test_a_big5_line_read_by_gb18030_is_read_again_whole() -> None:
    misread = TRADITIONAL.encode("big5").decode("gb18030")  # no error: every pair read
    doc = clean(_page(misread))
    warned = [w.message for w in doc.warnings if w.kind == "mojibake"]
    assert len(warned) == 1 and "repaired to" in warned[0]
    assert "渔民们清晨便回到码头" in doc.body[doc.body.index(OTHER) + 1]


def test_a_line_of_rare_names_is_not_read_as_big5() -> None:
    # Real text with many uncommon characters: names and a place.
    line = "蔡堃、黃喆與林璟媺三人昨日在甯夏路的茶館會面，討論韡曄基金會的捐款事宜。"
    assert not [w for w in clean(_page(line)).warnings if w.kind == "mojibake"]


@pytest.mark.parametrize("line", ["˙崔虹˙", "˙陈大文˙摄", "记者˙林小明"])
def test_a_short_line_with_uncommon_marks_is_not_read_as_big5(line: str) -> None:
    doc = clean(_page(line))
    assert doc.body[doc.body.index(OTHER) + 1] == line  # 地方新闻 over it: a section's label
    assert not [w for w in doc.warnings if "big5" in w.message]
