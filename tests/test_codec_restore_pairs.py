"""GBK bytes a cp1252 decoder dropped (codec_restore_pairs): the reading realigned after
each lost byte, a character put back only where the character model is sure."""

from __future__ import annotations

from newsclean.filters.codec_misread import find_misreads, repair_misreads
from newsclean.filters.codec_restore import LOST
from newsclean.filters.codec_restore_pairs import (
    LIMIT,
    WINDOW,
    _backward,
    _best_path,
    _best_without,
    _forward,
    _steps,
    restore_pairs,
)

#: Traditional text in GBK: its extension rows hold the bytes cp1252 leaves undefined.
TRADITIONAL = "颱風過後，漁會理事長說，補助申請將提早一個月開放，希望大家能儘快恢復出海作業。"
SIMPLIFIED = "市交通委员会昨天通报，今年夏季全市公交线路将调整三十余条。"


def _dropped(text: str) -> bytes:
    return text.encode("gbk").decode("cp1252", errors="ignore").encode("cp1252")


def test_the_reading_realigns_and_never_guesses_wrong() -> None:
    data = _dropped(TRADITIONAL)
    assert "能儘快恢復" not in data.decode("gbk", errors="replace")  # read one byte off
    found = restore_pairs(data)
    assert "能儘快恢復出海作業" in found.text
    assert len(found.text) == len(TRADITIONAL)
    for restored, original in zip(found.text, TRADITIONAL, strict=True):
        # never another character: a lost one, or a trail byte left as ASCII (漁 -> O)
        assert restored in (original, LOST) or restored.isascii()


def test_text_that_lost_no_byte_is_read_as_it_is() -> None:
    found = restore_pairs(SIMPLIFIED.encode("gbk"))
    assert (found.text, found.restored, found.gaps) == (SIMPLIFIED, 0, 0)


def test_a_misread_line_is_re_read_realigned() -> None:
    misread = TRADITIONAL.encode("gbk").decode("cp1252", errors="ignore")
    found = find_misreads(misread)
    assert [m.codecs.split(":")[0] for m in found] == ["gbk read as Latin-1, bytes dropped"]
    assert "希望大家能儘快恢復出海作業。" in repair_misreads(misread, found)


def test_a_long_stretch_is_read_in_windows_and_a_very_long_one_as_it_is() -> None:
    # Each window costs its length times its gaps: a paragraph longer than WINDOW is cut
    # after a byte no GBK trail can be, and comes back as its windows would.
    long_text = ", ".join([TRADITIONAL] * 20)  # about 800 GBK bytes
    data = _dropped(long_text)
    assert WINDOW < len(data) <= LIMIT
    found = restore_pairs(data)
    assert found.text.count("能儘快恢復出海作業") == 20
    huge = _dropped("，".join([TRADITIONAL] * 80))
    assert len(huge) > LIMIT
    plain = restore_pairs(huge)
    assert (plain.text, plain.restored, plain.gaps) == (huge.decode("gbk", "replace"), 0, 0)


def test_the_best_reading_without_a_byte_is_read_off_the_lattice() -> None:
    # The margin of each put-back byte: the best reading that puts none back there, read
    # from the forward and backward passes, is the one the pass finds when barred from it.
    text = TRADITIONAL + "們說，港務處長說，遊客須於碼頭登記，請儘快辦理。"
    data = _dropped(text)
    lattice = [_steps(data, at, "gbk") for at in range(len(data))]
    best = _forward(lattice, frozenset())
    _, path = _best_path(best)
    behind = _backward(lattice, best)
    barred = [at for at, _, put in path if put]
    assert len(barred) >= 3
    for at in barred:
        searched, _ = _best_path(_forward(lattice, frozenset({at})))
        assert abs(_best_without(lattice, best, behind, at) - searched) < 1e-9
