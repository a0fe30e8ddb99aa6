"""Round 24: a paywall's progress meter (the share of the text read opening the line, then
what is left or the offer) goes anywhere; a sentence that says 您已閱讀 about an agreement
or a document, or reports a share read, stays."""

import pytest
from invariants import line_removed
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_meters import is_measure, progress_line
from newsclean.filters.navigation import classify_furniture


@pytest.mark.parametrize(
    "line",
    [
        # the FT中文網 paywall's meter as the round-23 row prints it
        "您已閱讀5%(411字),剩余95%(7488字)包含更多重要信息,訂閱以繼續探索完整內容,并享受更多專屬服務。",
        # invented forms of the same meter (no copy outside eval was found by search)
        "您已阅读32%（1200字），剩余68%（2550字），订阅会员后可阅读全文。",
        "你已经阅读了30%,订阅会员解锁全文",
        "已閱讀 12%,還剩 3,400字",
    ],
)
def test_a_paywall_progress_meter_is_furniture(line: str) -> None:
    assert progress_line(line)
    assert classify_furniture(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # real lines opening with 您已閱讀/您已阅读 that are no meter:
        # MicrosoftDocs powerbi-docs.zh-tw, a tutorial's opening sentence
        "您已閱讀 [Power BI 中的報表](consumer/end-user-reports.md)，現在想要建立自己的報表。",
        # a consent line (a sign-up dialog's, public repository text)
        "点击“同意”即表示您已阅读并同意全部条款；如您点击“不同意”，将可能导致您无法继续使用产品或服务。",
        "使用本脚本代表您已阅读并同意项目协议。",
        # invented: a report of a share read, a reading habit
        "调查显示,读者已阅读全文的比例为5%,订阅用户更高。",
        "我已读完80%的书,剩下的明天再读。",
    ],
)
def test_a_sentence_about_reading_stays(line: str) -> None:
    assert not progress_line(line)
    assert classify_furniture(line) is None


def test_the_meter_under_the_text_goes_and_the_article_stays() -> None:
    foot = "您已阅读12%(380字),剩余88%(2790字)包含更多重要信息,订阅以继续探索完整内容。"
    document = clean(_page(HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], foot))
    assert line_removed(document, foot)
    assert document.title == HEADLINE
    assert len(document.body) == 2


def test_a_measure_is_still_one_clause() -> None:
    assert is_measure("本篇文章557字") and not is_measure("您已阅读5%(411字)")


# Round 47: the reading time with a mark between label and number and its bound after the
# unit: https://penghu.info/OBE5B18F23BE5EBCD224 (閱讀時間 ── 1 分鐘內, a box-drawing rule);
# the Hexo theme NexT's post meta 阅读时长 ≈ 5 分钟.
READING_TIMES = ("閱讀時間 ── 1 分鐘內", "阅读时间 ── 1 分钟内", "阅读时长 ≈ 5 分钟")


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_with_a_rule_or_a_bound_is_a_meter(line: str) -> None:
    assert is_measure(line)
    assert line_removed(clean(_page(line, HEADLINE, *PARAGRAPHS), convert="none"), line)


def test_a_sentence_with_a_reading_time_inside_stays() -> None:
    # the time inside a clause with its subject and what follows
    assert not is_measure("他阅读 ── 5分钟内就能读完")
