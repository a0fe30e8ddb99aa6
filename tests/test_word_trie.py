"""The one builder of a word table's alternation (``word_trie``): the trie and the plain
longest-first form choose alike."""

from __future__ import annotations

import re

import regex

from newsclean.data import data_lines
from newsclean.filters.word_trie import longest_first, word_pattern

# A reprint credit (round 40 row, tuned in round 41; dotdotnews.com, as in
# tests/test_furniture_diagnostics.py): 轉載自 must win over 轉自 and 自.
REPRINT = "轉載自點新聞 dotdotnews.com"


def test_longest_first_orders_and_escapes() -> None:
    assert longest_first(["转自", "轉載自", "a.b"]) == "轉載自|a\\.b|转自"
    assert longest_first(["screen capture"]) == "screen\\ capture"


def test_longest_first_chooses_as_the_trie() -> None:
    words = ["自", "转自", "轉載自", "轉載"]
    plain, trie = regex.compile(longest_first(words)), regex.compile(word_pattern(words))
    assert plain.match(REPRINT).group() == trie.match(REPRINT).group() == "轉載自"
    assert plain.match("报道") is None  # a word of the article: no table word at its start


def test_longest_first_reads_alike_in_both_engines() -> None:
    # ``regex.escape`` escapes the ideographic space, ``re`` reads the escape as the space
    words = ["图片\u3000来源", "图片"]
    line = "图片\u3000来源:新华社"
    assert re.match(longest_first(words), line).group() == "图片\u3000来源"
    assert regex.match(longest_first(words), line).group() == "图片\u3000来源"


def test_longest_first_over_a_table() -> None:
    stems = [fields[1] for fields in data_lines("camera_files.txt") if fields[0] == "stem"]
    pattern = re.compile(f"(?i)(?:{longest_first(stems)})$")
    assert pattern.match("Screen Capture")
    assert not pattern.match("截图说明")
