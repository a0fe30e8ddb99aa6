"""A bulleted list in the page's foot whose items the line readers mostly took (round 42)."""

from __future__ import annotations

from newsclean import clean

# A real article whose last paragraph prints a phone number (the gov.mo news list,
# https://www.gov.mo/zh-hant/2016/11/?display_mode=list&post_type=news_post, eval 058's
# original; paragraphs shortened at a sentence end).
HEAD = [
    "仁伯爵綜合醫院關注一末期癌症患者情況並一直提供適切治療",
    "",
    "  就近日網上流傳一名末期女癌症患者曾到仁伯爵綜合醫院就診,但僅獲止痛治療一事。"
    "仁伯爵綜合醫院高度關注患者情況,並澄清該患者於2014年12月確診肺癌後,院方一直跟進其病情"
    "及提供適切治療,包括處方抗癌標靶藥治療、進行症狀性治療如止痛等。",
    "",
    "  至於有熱心人士開設群組為該末期女癌症患者籌款,支付自行前往內地治療費用,仁伯爵綜合醫院"
    "重申,特區政府對本澳所有符合條件的癌症患者提供免費適切治療。該患者或其親屬倘有需要協助,"
    "可於辦公時間內致電與仁伯爵綜合醫院公共關係室聯絡,電話:8390 8192 / 8390 8190 / 8390 8010。",
    "",
]
# The foot of https://tkutimes.az.tku.edu.tw/pic.aspx?no=3867 (eval row
# tool-bulleted-foot-phone-fax-browser-admin-campus-paper), each item on a line of its own.
CAMPUS_FOOT = [
    "• 電話:02-26250584",
    "• 傳真:02-26214169",
    "• 建議使用 Chrome 瀏覽器",
    "• 個資相關問題請洽受理窗口,分機2799",
    "• 管理者:潘劭愷 / 建置單位:淡江大學資訊處",
    "• 更新日期:2025/1/9 下午 07:55:24",
    "• 線上人數:13",
]


def placements(foot: list[str]) -> dict[str, str]:
    lines = [*HEAD]
    for line in foot:
        lines += [line, ""]
    doc = clean("\n".join(lines))
    return {r.original: r.placement for r in doc.lines if r.original in foot}


def test_the_items_no_reader_knows_go_with_their_list() -> None:
    got = placements(CAMPUS_FOOT)
    assert got["• 電話:02-26250584"] == "removed"  # the article prints a phone too
    assert got["• 個資相關問題請洽受理窗口,分機2799"] == "removed"
    assert set(got.values()) == {"removed"}


def test_a_list_the_readers_took_half_of_at_most_stays() -> None:
    # the negative, read on the function: two of four items the site's is no majority
    from newsclean.filters.foot_lists import foot_list_items  # round 42's module

    texts = ["一段文章的最后一段话写在这里。", "• 电话:1", "• 甲乙丙", "• 丁戊己", "• 传真:2"]
    placed = ["body", "body", "body", "body", "removed"]
    reasons: list[str | None] = [None, None, None, None, "nav"]
    assert foot_list_items(texts.__getitem__, placed, reasons) == {}
    placed[1], reasons[1] = "removed", "nav"  # half: still no majority
    assert foot_list_items(texts.__getitem__, placed, reasons) == {}
    placed[2], reasons[2] = "removed", "nav"  # three in four: the last item goes with them
    assert list(foot_list_items(texts.__getitem__, placed, reasons)) == [3]


def test_an_articles_bulleted_points_after_its_last_paragraph_stay() -> None:
    # invented points under the article's last paragraph: no reader takes them
    points = ["• 本澳所有符合條件的癌症患者", "• 送外診治制度", "• 公共關係室聯絡電話"]
    assert "removed" not in placements(points).values()
