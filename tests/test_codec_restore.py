"""UTF-8 bytes a cp1252 decoder dropped (codec_restore): a character that lost a byte is
put back only where the character model is sure of it; otherwise it stays lost."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.charmodel import model, simplified_char
from newsclean.filters.codec_restore import (
    FOREIGN_LETTER,
    LOST,
    char_step,
    restore_utf8,
    split_utf8,
    too_lost,
)

#: A traditional paragraph whose characters often hold the bytes cp1252 leaves undefined.
PARAGRAPH = (
    "行政長官李家超今日下午在南區出席地區諮詢會，與多位局長一同聽取市民意見。"
    "他在社交網頁表示，施政報告將於下月公佈，政府會繼續聆聽各界聲音。"
)
OTHER = "这是文章的另一段，记者在现场看到工作人员正在清理道路上的树枝。"


def _dropped(text: str) -> bytes:
    """``text`` in UTF-8 as a cp1252 decoder with errors="ignore" leaves it."""
    return text.encode("utf-8").decode("cp1252", errors="ignore").encode("cp1252")


def test_what_is_restored_is_right_and_the_rest_stays_lost() -> None:
    data = _dropped(PARAGRAPH)
    assert data.decode("utf-8", errors="replace").count(LOST) >= 6
    found = restore_utf8(data)
    assert len(found.text) == len(PARAGRAPH)
    assert found.gaps >= 6 and found.restored >= found.gaps // 2
    for restored, original in zip(found.text, PARAGRAPH, strict=True):
        assert restored in (original, LOST)  # never another character
    assert "李家超" in found.text and "網頁" in found.text


def test_a_gap_the_model_cannot_decide_stays_lost() -> None:
    # 、 is E3 80 81: with 0x81 dropped it could as well be 」 』 【 or 〝 (E3 80 8D, 8F,
    # 90, 9D), which the model prices alike between two words.
    found = restore_utf8(_dropped("蘋果、香蕉"))
    assert found.text == f"蘋果{LOST}香蕉"
    assert (found.restored, found.gaps) == (0, 1)


def test_sound_utf8_and_stray_bytes() -> None:
    sound = restore_utf8("沒有缺少的位元組".encode())
    assert (sound.text, sound.restored, sound.gaps) == ("沒有缺少的位元組", 0, 0)
    stray = restore_utf8(b"\xa9ab")  # a continuation byte with no lead: no character
    assert (stray.text, stray.gaps) == (f"{LOST}ab", 0)


def test_a_paragraph_read_as_cp1252_is_restored_in_the_page_and_says_so() -> None:
    misread = PARAGRAPH.encode("utf-8").decode("cp1252", errors="ignore")
    assert "ˆ" in misread or "˜" in misread  # letters of U+0250-U+07FF: no dropped reading
    doc = clean(f"地方新闻\n\n　　{OTHER}\n\n　　{misread}\n\n　　{OTHER}\n")
    warned = [w.message for w in doc.warnings if w.kind == "mojibake"]
    assert any("read as Latin-1, bytes dropped: restored" in message for message in warned)
    assert any("李家超" in para for para in doc.body)
    assert doc.body.index(OTHER) + 2 == len(doc.body) - 1  # kept in place, a paragraph


def test_the_split_passed_on_gives_the_same_restoration() -> None:
    data = _dropped(PARAGRAPH)
    split = split_utf8(data)
    assert restore_utf8(data, split=split) == restore_utf8(data)
    assert not too_lost(split, 8)  # gaps only: every one may still be filled
    stray = b"\xa9".join("记者今天获悉地铁开通".encode()[i : i + 3] for i in range(0, 30, 3))
    assert too_lost(split_utf8(stray), 8)  # a byte of no character between every two


def test_a_step_is_the_models_price_of_the_character_after_the_one_before() -> None:
    m = model()
    text = "行政長官李家超今日下午在南區會見Françoise，說ā。"
    for before, char in zip("\ufffd" + text[:-1], text, strict=True):
        previous = "" if before == LOST else simplified_char(before)
        want = m.score(simplified_char(char), previous)[0]
        foreign = char == "ç"  # a letter no pinyin writes, unlike ā
        assert char_step(before, char) == (want + FOREIGN_LETTER if foreign else want)
    assert char_step("投", "入") > char_step("长", "入")  # 投入 is a word
