"""Text read back with the wrong codec (codec_misread): a cp1252 decoder that replaced its
undefined bytes with U+FFFD lost them as surely as one that dropped them."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.codec_misread import find_misreads, repair_misreads

LINE = "联合国秘书长加利今天在纽约说,他对两国边界局势非常担忧。"
OTHER = "这是文章的另一段，记者在现场看到工作人员正在清理道路上的树枝。"


def _replaced(text: str) -> str:
    """``text`` in UTF-8 as a cp1252 decoder with errors="replace" reads it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_a_replaced_byte_inside_a_stretch_is_restored_like_a_dropped_one() -> None:
    head = _replaced("联合国秘书长加利今天在纽")
    assert head.count("\ufffd") >= 2  # 联 and 合 hold 0x81 and 0x90
    garbled = head + "约说,他对两国边界局势非常担忧。"
    found = find_misreads(garbled)
    assert [m.codecs.startswith("utf-8 read as Latin-1, bytes dropped") for m in found] == [True]
    assert repair_misreads(garbled, found) == LINE


def test_a_replacement_mark_at_a_stretch_end_is_not_taken_in() -> None:
    garbled = "\ufffd" + _replaced("阿根廷") + "\ufffd和巴西"
    found = find_misreads(garbled)
    assert [(m.start, m.end, m.repaired) for m in found] == [(1, len(garbled) - 4, "阿根廷")]


def test_latin_text_with_a_replacement_mark_stays() -> None:
    assert find_misreads("José\ufffd Mourinho 说：“ação”很重要。") == []


def test_the_page_keeps_the_restored_paragraph_in_place() -> None:
    doc = clean(f"地方新闻\n\n　　{OTHER}\n\n　　{_replaced(LINE)}\n\n　　{OTHER}\n")
    assert LINE in doc.body
    assert doc.body.index(LINE) == doc.body.index(OTHER) + 1
