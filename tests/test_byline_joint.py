"""A joint label's value, a bulleted byline's empty item and (round 45) a value whose label
was printed empty (filters/byline_joint.py): read as the byline's, not stored; a headline
with a colon inside it and a clause after a colon are not one."""

import pytest

from newsclean import clean
from newsclean.filters.byline_joint import empty_item, unlabelled_value
from newsclean.filters.metadata import parse_metadata

# https://www.hksichuan.org/blog/branch-news-00005 (香港四川社團總會): over the headline the
# section's name after a colon and a space left by an empty label, then the date.
SECTION = ": 屬會動態"
DATE = "30-10-2021"
# https://news.586.com.tw/?p=335714 (News586, Chiayi): a headline and two paragraphs.
HEADLINE = "唾棄造謠與抹黑 葉菊蘭力挺認真事的涂醒哲"
PARAGRAPHS = [
    "　　〔記者邱嘉琪/嘉義市報導〕民進黨嘉義巿長候選人涂醒哲爭取連任,20日仍抓緊時間掃"
    "街衝刺,總統府資政、鄭南榕遺孀葉菊蘭上午到嘉市輔選,下午立委陳亭妃、晚間駐日代表謝長"
    "廷也前來陪同涂醒哲掃街拜票,葉菊蘭特別在228紀念碑記者會中感嘆此次選舉假新聞充斥,"
    "籲言論自由應建立在真相事實之上,也請嘉義巿民明辨,票投為嘉義巿真正做事的涂醒哲。",
    "　　葉菊蘭與涂醒哲掃街拜票當中,特地來到228紀念碑獻花致意,葉菊蘭表示,涂醒哲在任"
    "內把228紀念碑遷建完成,足見涂具有歷史高度,是一個很有台灣心的巿長,指涂身為醫生,"
    "對嘉義巿老人的照顧、醫療體系的關心、相關城巿的發展,都有想法和規劃,雖然不擅言詞,卻"
    "是默默為嘉義巿做事的人,希望巿民能分辨,支持真正做事的人。",
]
# https://paper-test.hket.com/article/3519485/ (香港經濟日報): a headline holding a colon.
COLON_HEADLINE = "麥美娟:區會履職制 市民可監察議員"


def test_a_value_after_an_empty_label_is_read_not_stored() -> None:
    found = empty_item(SECTION)
    assert found is not None and found.fields == {}


def test_the_section_line_is_no_headline_and_no_removal() -> None:
    document = clean("\n\n".join([HEADLINE, SECTION, DATE, *PARAGRAPHS]) + "\n")
    assert document.title == "唾弃造谣与抹黑 叶菊兰力挺认真事的涂醒哲"
    assert document.removed == []
    section = next(line for line in document.lines if line.original == SECTION)
    assert section.placement == "metadata"


def test_under_a_headline_with_a_colon_the_headline_stays_the_title() -> None:
    document = clean("\n\n".join([COLON_HEADLINE, SECTION, DATE, *PARAGRAPHS]) + "\n")
    assert document.title == "麦美娟:区会履职制 市民可监察议员"


def test_a_colon_inside_a_line_or_before_a_clause_is_no_empty_label() -> None:
    assert unlabelled_value(COLON_HEADLINE) is None
    assert unlabelled_value("：他说，“明天再来。”") is None  # a quoted speech's colon, a clause
    assert unlabelled_value(": 2021") is None  # no Han word: not a name of a section


# Round 45b (byline helper): the same cell under another story, read by the page's entry
# points (its date line under it read as the byline's).
# Xinhua's Malaysia channel (http://my.xinhuanet.com/2014-03-05/c_126221693.htm).
LEAD = (
    "  据新加坡《联合早报》5日报道,马来西亚发生杀警案,一批印度尼西亚男女4日清晨在雪兰莪州"
    "巴生遭两名巡逻警员截查时,心虚逃跑。"
)
LAST = "  警方支援部队在案发后赶到现场,逮捕了一名印尼籍男子和三名女子。"


@pytest.mark.parametrize(
    "line",
    [
        # 香港四川社團總會's section cell over the headline, its label's word not printed
        # (https://www.hksichuan.org/blog/branch-news-00005).
        ": 屬會動態",
        ": 属会动态",
    ],
)
def test_a_section_after_an_empty_label_is_the_byline_s(line: str) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None and not parsed.fields


def test_the_section_cell_and_its_date_leave_the_article() -> None:
    # The association's two lines (section cell, day-first date) under Xinhua's story.
    text = "\n\n".join(
        ["为“救”被捕同伴袭警 马来西亚外劳杀一警伤一警", LEAD, LAST, ": 属会动态", "05-03-2014"]
    )
    doc = clean(text + "\n", convert="none")
    assert doc.published_at == "2014-03-05"
    assert ": 属会动态" not in doc.body
    assert doc.body[-1] == LAST.strip()


def test_a_colon_before_no_section_name_is_no_section_cell() -> None:
    # A tool row's residue over a headline (the benchmark corpus /tmp/corpus/001/001313:
    # ":::" over 黃賭藏身直播間 10個團伙被警方搗毀): colons, no section's name.
    parsed = parse_metadata(":::")
    assert parsed is None or not parsed.labels
