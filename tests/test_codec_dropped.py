"""Two-byte text read as UTF-8 with what did not decode dropped (``codec_dropped``):
round 39, the straddled pairs of a glossed traditional line."""

from __future__ import annotations

import pytest

from newsclean.filters.codec_dropped import dropped_span


def _dropped(text: str, codec: str = "gbk") -> str:
    return text.encode(codec).decode("utf-8", errors="ignore")


def test_a_dropped_glossed_traditional_line_is_reported() -> None:
    # A glossed mirror's line sent as GBK and read as UTF-8, ignoring: few pairs survive,
    # and those that straddle two characters re-read as rare ones.
    line = _dropped("他(tā)指出,單單是基本建設(shè)項目,中國在海外最大的基建(jiàn)項目落在大馬,")
    line += _dropped("即東海岸鐵路計劃(ECRL)。")
    span = dropped_span(line)
    assert span is not None and span.repaired is None
    assert span.encoding == "gbk read as UTF-8, bytes dropped"


@pytest.mark.parametrize(
    "line",
    [
        "(ʘ‿ʘ) ٩(ˊᗜˋ*)و ʕ•ᴥ•ʔ ψ(｀∇´)ψ",  # a kaomoji: modifier letters, symbols between
        "α β γ δ Ж И Л ש ל ب ت",  # a list of letters, spaced
        "ʕ ʔ ٩ ۶ ψ ω Ж",
        "Ελλάδα Россия ישראל مصر",  # words of their own scripts
    ],
)
def test_letters_a_writer_spaces_or_puts_in_words_are_no_misread(line: str) -> None:
    assert dropped_span(line) is None
