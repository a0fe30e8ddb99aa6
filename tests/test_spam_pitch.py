"""A keyword pitched twice in one line (filters/spam_pitch.py, round 42): a pawn shop's
pitch pasted between the copied paragraphs, ``{term}、{term2}無處可借嗎?{term}借錢、借現金,
效率、優質!`` (http://www.073982555.com.tw/news-detail-2553659.html: ``高雄汽車借款、高雄機車借款
無處可借嗎?…``).  Negative cases: a question answered naming the article's subject again, a
crackdown quoting the pitch."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.spam_pitch import pitch_lines
from newsclean.filters.spam_verdict import NOT_SPAM

# https://pltyw.com/showinfo-87-1234417-0.html (“中星”20号通信卫星发射成功, 人民日报)
PLTYW = [
    "“中星”20號通信衛星發射成功",
    "　　新華社西昌11月15日電(記者田兆運)15日零時01分,我國自行研製的“中星”20號通信衛星"
    "在西昌衛星發射中心由“長征”三號甲運載火箭發射升空。",
    "性愛頻道、大發盤口無處可借嗎?性愛頻道借錢、借現金,效率、優質!",
    "　　“中星”20號是實用型地球同步通信衛星,衛星質量爲2.3噸,可以實現不同頻段、不同區域之間"
    "的互聯互通。",
]
# http://www.jrntv.com/2025/09/24/9950491.html (句容, 2025-09-24)
JRNTV = [
    "　　受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。预计未来几天,"
    "全市仍将多阵雨或雷雨天气,市民需注意防范。",
    "六月婷婷丁香、bt成人無處可借嗎?六月婷婷丁香借錢、借現金,效率、優質!",
    "　　受今年第18号台风 “桦加沙” 外围云系与冷空气共同作用,23日晚上7点左右,我市城区开始"
    "出现明显降水。",
]


def test_the_pitch_goes_and_the_paragraphs_stay() -> None:
    for page in (PLTYW, JRNTV):
        doc = clean("\n\n".join(page) + "\n")
        removed = {r.text for r in doc.removed if r.reason == "spam"}
        assert any("無處可借嗎" in text for text in removed)
        assert len(doc.body) == 2


def test_the_reading_alone() -> None:
    assert sorted(pitch_lines(JRNTV, [NOT_SPAM] * 3)) == [1]


def test_a_question_answered_naming_the_subject_stays() -> None:
    page = [
        "　　受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。",
        "气象台发布预警?气象台提醒市民注意防范,减少外出!",
    ]
    assert pitch_lines(page, [NOT_SPAM] * 2) == {}


def test_a_crackdown_quoting_the_pitch_stays() -> None:
    page = [
        "　　警方提醒,近期有不法分子在网上散布借贷广告,诱骗市民。",
        "高雄汽车借款无处可借吗?高雄汽车借款借钱,警方提醒谨防诈骗!",
    ]
    assert pitch_lines(page, [NOT_SPAM] * 2) == {}
