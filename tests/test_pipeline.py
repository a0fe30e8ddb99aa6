"""The whole library path: accounting, evidence, switches, the public API."""

import json

import pytest
from conftest import FIXTURES, REFERENCE
from park_article import HEADLINE, PARAGRAPHS, page_of

from newsclean import CleanConfig, Document, InputError, clean, clean_bytes
from newsclean.explain import describe, summary
from newsclean.render import render

PAGES = sorted(FIXTURES.glob("0*.txt"))


def _accounted(doc: Document) -> None:
    """Every non-blank input line is in exactly one place, and the fields say the same."""
    placed = {"title": [], "caption": [], "heading": [], "body": [], "copyright": []}
    removed = []
    for record in doc.lines:
        if not record.original.strip() or record.placement == "blank":
            assert not record.text.strip() or record.placement != "blank"
            continue
        if record.placement == "removed":
            assert record.reason
            removed.append(record.number)
        elif record.placement in placed:
            placed[record.placement].append(record.text)
        else:
            assert record.placement == "metadata"
    assert [r.line for r in doc.removed] == removed
    assert doc.captions == placed["caption"]
    assert doc.headings == placed["heading"]
    assert [b for b in doc.body if b not in doc.headings] == placed["body"]
    assert doc.title == (placed["title"][0] if placed["title"] else None)
    assert (doc.copyright or None) == ("\n".join(placed["copyright"]) or None)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_fixture_line_is_accounted_for(page):
    _accounted(clean_bytes(page.read_bytes(), path=page.name))


def test_reference_explanation_records_each_decision():
    doc = clean_bytes(REFERENCE.read_bytes())
    by_line = {record.number: record for record in doc.lines}
    assert describe(by_line[1])[0] == "removed:spam"
    assert "乱伦" in describe(by_line[1])[1]
    assert describe(by_line[83])[0] == "removed:share"
    assert "pinyin stripped ×6" in describe(by_line[33])[1]
    assert "??偼度? -> ??投?" in describe(by_line[55])[1]
    assert summary(doc).startswith("83 lines: ")
    assert doc.stats()["pinyin_stripped"] == sum(
        ev.count for r in doc.lines for ev in r.evidence if ev.filter == "pinyin"
    )


def test_filters_can_be_switched_off():
    text = REFERENCE.read_text(encoding="utf-8")
    raw = clean(text, config=CleanConfig(convert="none", remove_spam=False))
    assert raw.body[0].startswith("第四色五月天")
    assert all(r.reason != "spam" for r in raw.removed)
    assert raw.title == "湖北、湖南、安徽三省援藏干部人才:同心凝聚合力 共譜雅礱新曲"
    unstripped = clean(text, config=CleanConfig(strip_pinyin=False))
    assert any("(fā)" in paragraph for paragraph in unstripped.body)


def test_bad_conversion_is_refused():
    with pytest.raises(ValueError, match="unknown conversion"):
        clean("文", convert="x")


def test_clean_bytes_raises_only_input_error_for_bad_input():
    with pytest.raises(InputError):
        clean_bytes(b"\x00\x01\x02" * 100)


def test_cleaning_the_text_rendering_again_is_stable():
    doc = clean_bytes(REFERENCE.read_bytes())
    again = clean(render(doc, "text"))
    assert again.title == doc.title
    assert again.body == doc.body


def test_json_round_trip():
    doc = clean_bytes(REFERENCE.read_bytes(), path="ref.txt")
    data = json.loads(render(doc, "json"))
    assert data == doc.to_dict()
    assert Document.from_dict(data).to_dict() == data


def test_a_taiwan_page_layout():
    """Byline date alone, a (資料照) caption, a 〔記者…／台北報導〕 lead, Taiwan page tools."""
    page = (
        "賴清德出席活動 盼共同打造韌性臺灣\n\n2025/10/23 05:30\n\n"
        "行政院主計長陳淑姿今表示，今年GDP成長應不會低於5%。（資料照）\n\n"
        "〔記者鄭琪芳／台北報導〕近期國內外預測機構紛紛上修台灣GDP，中經院日前上修今年經濟成長率。\n\n"
        "延伸閱讀\n\n上一則 下一則\n"
    )
    doc = clean(page)
    assert doc.title == "赖清德出席活动 盼共同打造韧性台湾"
    assert doc.published_at == "2025-10-23T05:30:00+08:00"
    assert doc.captions == ["行政院主计长陈淑姿今表示，今年GDP成长应不会低于5%。（资料照）"]
    assert doc.body == [
        "〔记者郑琪芳／台北报导〕近期国内外预测机构纷纷上修台湾GDP，中经院日前上修今年经济成长率。"
    ]
    assert [(r.line, r.reason) for r in doc.removed] == [(9, "nav"), (11, "nav")]


# Round 47: a garbled line the page removes puts nothing garbled into the document.  The
# error box at the foot of http://www.qdn.cn/html/2010/ponews_0427/28080.shtml prints its
# message as UTF-8 read as GBK; the box goes as furniture, and its warning becomes the
# removed line's evidence.
ERROR_STATUS = "404 error page"
ERROR_GARBLED = "鍙兘鏄鍒犻櫎浜嗭紝涔熷彲鑳芥槸鎮ㄨ緭鍏ョ殑缃戝潃涓嶅銆傝灏濊瘯璁块棶棣栭〉"


def test_a_removed_garbled_line_warns_in_its_evidence_not_the_document() -> None:
    doc = clean(page_of(HEADLINE, *PARAGRAPHS, ERROR_STATUS, ERROR_GARBLED))
    record = next(r for r in doc.lines if r.original.strip() == ERROR_GARBLED)
    assert record.placement == "removed"
    assert not [w for w in doc.warnings if w.line == record.number]
    assert any(e.action == "flagged in a removed line" for e in record.evidence)
    # the same garbled message kept between two paragraphs is the document's: it warns
    doc = clean(page_of(HEADLINE, PARAGRAPHS[0], ERROR_GARBLED + "。", *PARAGRAPHS[1:]))
    kept = next(r for r in doc.lines if r.original.strip().startswith(ERROR_GARBLED))
    assert kept.placement == "body"
    assert [w for w in doc.warnings if w.line == kept.number and w.kind == "mojibake"]
