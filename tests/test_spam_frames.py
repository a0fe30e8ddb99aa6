"""A spam term framed in brackets and glued before the headline (filters/spam_frames.py):
the frame is cut off the headline and its evidence says why; a real column name in the
same place stays.  The shape was seen on hijacked pages (eval/variants/spam.json:
spam-term-framed-before-headline); the terms here are written for the test."""

from __future__ import annotations

import pytest

from newsclean import clean

TITLE = "今天下午到夜间 省会将有强降雨"
PARA_1 = "  最近，阴雨天气一直“赖”在省会不舍得离开。昨天，记者从市气象台了解到，今明两天有雨。"
PARA_2 = "  根据最新气象信息，今天和明天，省会预计会有大雨，局部地区暴雨，个别地点可达到大暴雨。"
SPAM_LINE = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "frame",
    [
        "【在线成人电影】",  # two pieces of the spam vocabulary
        "【仿真手枪出售】",
        "【bt成人】",  # Latin glued to a term
        "【澳门赌场】",  # a strong term
        "【bt成人】【鑫源盘口】",  # an unknown brand stacked on a spam frame
    ],
)
def test_a_spam_frame_is_cut_off_the_headline(frame):
    doc = clean(_page(frame + TITLE, PARA_1, PARA_2))
    assert doc.title == TITLE
    assert len(doc.body) == 2
    record = next(r for r in doc.lines if r.placement == "title")
    cut = [ev for ev in record.evidence if ev.filter == "spam"]
    assert [ev.action for ev in cut] == ["cut"]
    assert cut[0].detail.startswith(frame)
    assert doc.removed == []  # the line stays: only its frame is cut


@pytest.mark.parametrize("frame", ["【彩票预测】", "【信用卡提现】"])
def test_a_marked_frame_is_cut_on_a_page_with_spam_elsewhere(frame):
    alone = clean(_page(frame + TITLE, PARA_1, PARA_2))
    assert alone.title == frame + TITLE  # one piece of vocabulary: could be a column
    hijacked = clean(_page(SPAM_LINE, frame + TITLE, PARA_1, PARA_2))
    assert hijacked.title == TITLE


@pytest.mark.parametrize(
    "column",
    [
        "【深度】",
        "【独家】",
        "【视频】",
        "【两会·声音】",
        "【娱乐】",
        "【扫黄打非】",
        "【国产大飞机】",
    ],
)
def test_a_real_column_name_stays_before_the_headline(column):
    assert clean(_page(column + TITLE, PARA_1, PARA_2)).title == column + TITLE


@pytest.mark.parametrize("column", ["【深度】", "【视频】", "【两会·声音】"])
def test_a_column_name_stays_on_a_hijacked_page(column):
    assert clean(_page(SPAM_LINE, column + TITLE, PARA_1, PARA_2)).title == column + TITLE


def test_a_crackdown_headline_keeps_its_tag():
    headline = "【网络赌博】警方破获一起特大跨境赌博案"
    assert clean(_page(headline, PARA_1, PARA_2)).title == headline


def test_a_column_after_a_spam_frame_stays():
    doc = clean(_page("【澳门赌场】【视频】" + TITLE, PARA_1, PARA_2))
    assert doc.title == "【视频】" + TITLE


def test_frames_are_looked_for_in_the_page_head_only():
    # a bracketed lead inside the article (a dateline, a crime report's tag) is not cut
    lead = "【澳门赌场】警方破获一起网络赌博案"
    doc = clean(_page(TITLE, PARA_1, lead, PARA_2))
    assert lead in doc.body


@pytest.mark.parametrize(
    "line",
    [
        "警方破获一起网络赌博案",  # a one-line paragraph naming a crime
        "图为民警查获的仿真手枪",  # a caption
        "网络赌博的危害",  # a short heading
    ],
)
def test_real_short_lines_between_paragraphs_stay(line):
    doc = clean(_page(TITLE, PARA_1, line, PARA_2))
    assert doc.removed == []
    assert line in doc.body + doc.captions
