"""``--convert auto``: the configuration read off the page's own characters and words."""

from __future__ import annotations

import pytest
from conftest import FIXTURES

from newsclean import clean
from newsclean.decode import decode_bytes
from newsclean.filters.convert import kept_in_phrases
from newsclean.filters.script import (
    _regional,
    guess_conversion,
    is_traditional_only,
    traditional_only,
)

# Opening sentences of real reports (Central News Agency Taiwan; news.gov.hk; Xinhua).
TAIWAN = (
    "總統賴清德今天在總統府接見外賓，他表示，台灣與友邦在資訊、軟體與網路安全等領域的合作，"
    "將持續深化，並在記者會上表示，政府會在立法院支持下推動相關預算。這裡的民眾也期待著。"
)
HONG_KONG = (
    "行政長官今日出席立法會答問會，他説特區政府會繼續推動房屋供應，"
    "並透過港鐵沿綫的發展項目增加單位，保障市民的衞生及健康。"
)
GENERAL = "國務院新聞辦公室今天舉行發布會，介紹經濟發展的有關情況。"
SIMPLIFIED = "国务院新闻办公室今天举行发布会，介绍经济发展的有关情况。"


@pytest.mark.parametrize(
    ("text", "config"),
    [(TAIWAN, "tw2s"), (HONG_KONG, "hk2s"), (GENERAL, "t2s"), (SIMPLIFIED, "t2s")],
)
def test_the_page_picks_its_configuration(text, config):
    assert guess_conversion(text).config == config


def test_simplified_characters_are_never_traditional_evidence():
    assert not any(is_traditional_only(char) for char in SIMPLIFIED)
    assert guess_conversion(SIMPLIFIED).traditional == 0
    assert is_traditional_only("發") and not is_traditional_only("发")


def test_a_simplified_character_that_is_also_a_regional_form_counts_for_neither():
    # 台 and 温 are Hong Kong forms in OpenCC's tables, but every simplified page writes them.
    guess = guess_conversion("台湾温度很高，台北市民注意防暑。")
    assert (guess.taiwan, guess.hong_kong) == (0, 0)


def test_a_form_both_regions_print_is_no_regional_evidence():
    """參 is OpenCC's Taiwan form (Hong Kong's table lists 叁), but Hong Kong and Macau
    news write 參 too: a Macau report of 參加 and 參與 is no Taiwan page, and OpenCC's
    tw2s would turn its 顯著 into 显着."""
    macau = "澳門特區政府代表今日參加會議，多名議員參與討論，會議取得顯著成果。"
    guess = guess_conversion(macau)
    assert (guess.config, guess.taiwan) == ("t2s", 0)


def test_auto_is_the_default_and_is_reported():
    doc = clean(f"標題\n\n  {TAIWAN}\n")
    assert doc.conversion == "tw2s"
    assert doc.to_dict()["conversion"] == "tw2s"
    assert "著" not in "".join(doc.body)  # tw2s reads Taiwan's 著 as the particle 着
    (note,) = doc.notes
    assert note.filter == "convert" and "Taiwan evidence" in note.detail


def test_an_explicit_configuration_is_kept():
    assert clean(TAIWAN, convert="t2s").conversion == "t2s"
    assert clean(TAIWAN, convert="none").conversion == "none"
    assert clean(TAIWAN, convert="none").notes == []


def test_injected_spam_does_not_choose_the_conversion():
    spam = "澳門賭場,威尼斯人娛樂,六合彩開獎,特首,立法會,港鐵,www.x.com,2024最新"
    doc = clean(f"{spam}\n\n{TAIWAN}\n")
    assert doc.conversion == "tw2s"


def test_the_traditional_only_table_still_matches_the_installed_opencc():
    """data/traditional_only.txt was generated from OpenCC's t2s; a new OpenCC that
    converts other characters must regenerate it (tools/build_opencc_tables.py)."""
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parent.parent / "tools" / "build_opencc_tables.py"
    spec = importlib.util.spec_from_file_location("build_opencc_tables", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # Without OpenCC's source tree the tool cannot list what OpenCC writes; the characters
    # it leaves out for that reason are among those OpenCC keeps in its own phrases.
    kept = set().union(*(kept_in_phrases(config) for config in ("t2s", "tw2s", "hk2s")))
    assert set(module.traditional_only(None)) - kept == traditional_only()


def _longest_at_each_position(text: str) -> list[str]:
    """The definition of ``_Regional.find``, read character by character."""
    words = _regional().words
    longest = max(map(len, words))
    found = []
    for i in range(len(text)):
        for length in range(longest, 0, -1):
            if text[i : i + length] in words:
                found.append(text[i : i + length])
                break
    return found


@pytest.mark.parametrize(
    "text",
    [
        TAIWAN,
        HONG_KONG,
        GENERAL,
        SIMPLIFIED,
        # Overlapping words, a word inside a longer one, one-character words side by side.
        "北卡羅萊納州的作業系統軟體，佢喺度嘅嘅，啲嘢冇咗",
        "",
        "喺",
    ],
)
def test_the_regional_word_scan_finds_the_longest_word_at_every_position(text):
    assert _regional().find(text) == _longest_at_each_position(text)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda path: path.stem)
def test_the_regional_word_scan_agrees_on_every_fixture_page(path):
    text = decode_bytes(path.read_bytes()).text
    assert _regional().find(text) == _longest_at_each_position(text)
