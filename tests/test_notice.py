"""Notices: vocabulary anywhere in a short line, decided with the line's place on the page."""

import pytest
from conftest import data_lines

from newsclean import clean
from newsclean.data import data_lines as src_data_lines
from newsclean.filters.notice import is_notice, opens_as_notice
from newsclean.filters.notice_vocabulary import needed_score, notice_score, notice_words
from newsclean.filters.structure import LineView, classify

TITLE = "三省援藏干部人才同心凝聚合力"
BYLINE = "来源：西藏日报"
PARAGRAPHS = [
    "在湖南的大力支持下，中车山南清洁能源装备产业园正式投产，这是西藏首个清洁能源装备产业基地。",
    "安徽援建的山南市第二高级中学“智慧校园”建设项目顺利完工，学校面貌焕然一新，师生纷纷点赞。",
    "湖北援藏企业西藏清匠电器科技有限公司的工人正在组装制氧机，产品已销往全区七个地市。",
    "三年援藏路，一生雪域情。援藏干部们说，他们将继续为西藏的发展贡献自己的力量。",
]


def page_with(line: str, position: str) -> tuple[list[LineView | None], int]:
    """A page with ``line`` at the top of the body, in the middle, or at the foot."""
    paragraphs = [LineView(p, True, 1) for p in PARAGRAPHS]
    placed = LineView(line, position == "middle", 1)  # prose is indented like prose
    head = [LineView(TITLE, False, 0), LineView(BYLINE, False, 1)]
    if position == "top":
        body = [placed, *paragraphs]
    elif position == "middle":
        body = [*paragraphs[:2], placed, *paragraphs[2:]]
    else:
        body = [*paragraphs, placed]
    views: list[LineView | None] = [*head, *body]
    return views, views.index(placed)


def _variants() -> list[tuple[str, str, str, str]]:
    return [tuple(line.split("\t")) for line in data_lines("notice_variants.tsv")]  # type: ignore[misc]


def _placed(line: str, position: str) -> tuple[str, str]:
    """``line`` on a page at ``position``: notice or body, and the placement itself."""
    views, index = page_with(line, position)
    placement = classify(views).placements[index]
    return ("notice" if placement == "copyright" else "body"), placement


@pytest.mark.parametrize(("line", "expected", "position", "seen"), _variants())
def test_notice_variant_table(line, expected, position, seen):
    got, placement = _placed(line, position)
    assert got == expected, f"{line!r} at the {position} (seen: {seen}): {placement}"


@pytest.mark.parametrize(
    "line",
    [
        "新华网 版权所有 ©",
        "2024 Example News. All Rights Reserved.",
        "本站文章未经授权不得转载",
        "京ICP备12345678号",
        "本网站所有内容均受版权保护",
    ],
)
def test_vocabulary_anywhere_in_the_line_at_the_foot(line):
    assert not opens_as_notice(line)
    assert is_notice(line, near_foot=True)
    # Round 13: a whole-line statement about the site's content (subject + predicate,
    # notice_statement) is a notice anywhere; the others are notices by vocabulary only.
    statement = line.startswith("本")
    assert is_notice(line, near_foot=False) == statement


def test_the_same_words_in_the_middle_of_an_article_are_prose():
    line = "法院认为，被告未经授权使用原告作品，侵犯其版权。"
    assert not is_notice(line, near_foot=False)
    views, index = page_with(line, "middle")
    assert classify(views).placements[index] == "body"


def test_a_notice_formula_opening_the_line_counts_anywhere():
    line = "版權聲明:凡標注有“cnsphoto”字樣的圖片版權均屬中國新聞網,未經書面授權,不得轉載使用。"
    views, index = page_with(line, "top")
    layout = classify(views)
    assert layout.placements[index] == "copyright"
    assert layout.evidence[index] is not None
    assert layout.evidence[index].detail.startswith("a notice anywhere")


def test_a_long_line_needs_more_vocabulary():
    short = "转载请注明出处"
    long = "记者了解到，" + "当地文化部门正在开展专项行动，" * 6 + "转载请注明出处。"
    assert notice_score(short) == notice_score(long)
    assert needed_score(long) > needed_score(short)
    assert is_notice(short, near_foot=True)
    assert not is_notice(long, near_foot=True)


def test_several_notice_lines_at_the_foot_all_go_to_copyright():
    views = [
        LineView(TITLE, False, 0),
        LineView(BYLINE, False, 1),
        *(LineView(p, True, 1) for p in PARAGRAPHS),
        LineView("声明：本文仅代表作者观点，不代表本网立场。", False, 2),
        LineView("Copyright © 2024 Example News. All Rights Reserved.", False, 1),
    ]
    layout = classify(views)
    assert layout.placements[-2:] == ["copyright", "copyright"]
    assert layout.evidence[-2] is not None
    # a disowning disclaimer is a notice anywhere, so its evidence says so
    assert "notice" in layout.evidence[-2].detail


def test_a_hostile_line_is_cheap():
    line = "版权" * 5_000_000
    assert notice_score(line) == 0.0
    assert not is_notice(line, near_foot=True)


@pytest.mark.parametrize(
    ("line", "anywhere", "at_foot"),
    [
        # the cases the old metadata.is_notice was tested on, kept here with its successor
        ("版权声明:凡注明“来源:中国西藏网”的所有作品", True, True),
        ("Copyright ©1999-2025 chinanews.com. All Rights Reserved", True, True),
        ("版权保护是本次会议的议题之一。", False, False),
    ],
)
def test_notice_by_opening_and_by_place(line, anywhere, at_foot):
    assert is_notice(line, near_foot=False) is anywhere
    assert is_notice(line, near_foot=True) is at_foot


# Round 3 (issue 10 item 5): copyright, reprint, disclaimer and source-credit notices from
# more sites and regions, and foot paragraphs of real stories that use the same words.
# Columns: line, expected (notice | body), position, where seen ("constructed": a variant
# of an observed form, written for the test).
ROUND3_NOTICES = [
    (
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
        "本平台仅提供信息存储服务。",
        "notice",
        "foot",
        "constructed: the 163.com 网易号 foot form (not found through the page search)",
    ),
    (
        "文章来源于网络，如有侵权，请联系删除",
        "notice",
        "foot",
        "constructed: mainland repost foot form (文章来源于网络 + 如有侵权)",
    ),
    ("图片来源网络，侵删", "notice", "foot", "constructed: the short 侵删 form of the same foot"),
    ("文章來源：網絡，如有侵權請聯繫刪除。", "notice", "foot", "constructed: traditional form"),
    (
        "本網站所刊載之內容，未經授權請勿轉載。",
        "notice",
        "foot",
        "constructed: Taiwan portal footer form (本網站所刊載)",
    ),
    ("版權所有 翻印必究", "notice", "foot", "constructed: 版權所有 + 翻印必究 footer form"),
    (
        "“中央社”、“Central News Agency”版權所有，非經同意不得轉載。",
        "notice",
        "foot",
        "constructed: cna.com.tw foot form (not found through the page search)",
    ),
    (
        "本文僅代表作者觀點，不代表本台立場。",
        "notice",
        "foot",
        "constructed: opinion-column foot form (不代表本台立場)",
    ),
    ("※ 本文不代表本網立場", "notice", "foot", "constructed: ※ bullet + 不代表本網"),
    (
        "無断転載禁止",
        "notice",
        "foot",
        "http://www.yomiuri.co.jp/policy/copyright/ (Japanese form)",
    ),
    ("禁止無斷轉載", "notice", "foot", "constructed: the same in Chinese word order"),
    (
        "本網站所有內容無断転載禁止",
        "notice",
        "foot",
        "issue 10 brief (本網站所有內容…無断転載禁止)",
    ),
    (
        "Copyright © 2025 Sin Chew Media Corporation Berhad. All rights reserved.",
        "notice",
        "foot",
        "constructed: a Malaysian publisher's footer form (sinchew.com.my)",
    ),
    ("©2025 中央通訊社", "notice", "foot", "constructed: © + year + agency"),
    ("聯合新聞網 版權所有 © 2025 udn.com", "notice", "foot", "constructed: udn.com footer form"),
    (
        "文匯網版權所有，未經授權，不得轉載。",
        "notice",
        "foot",
        "constructed: wenweipo.com footer form",
    ),
    (
        "本文獲授權轉載自《天下雜誌》",
        "notice",
        "foot",
        "constructed: Taiwan reprint credit (獲授權轉載)",
    ),
    (
        "（本文为作者独家授权发布，转载请联系作者）",
        "notice",
        "foot",
        "constructed: mainland column foot",
    ),
    (
        "免責聲明：本文內容僅供參考，不構成投資建議。",
        "notice",
        "foot",
        "constructed: finance column foot",
    ),
    (
        "本文(基于社交大数据挖掘的城市灾害分析.docx)为本站会员(b****6)主动上传,冰豆网仅提供信息"
        "存储空间,仅对用户上传内容的表现方式做保护处理,对上载内容本身不做任何修改或编辑。",
        "notice",
        "foot",
        "https://m.bdocx.com/down/3786204.html (document mirror foot)",
    ),
    (
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
        "notice",
        "foot",
        "https://renrendoc.com/paper/349903756.html",
    ),
    (
        "本文原刊於《華爾街日報》,端傳媒獲授權轉載。",
        "notice",
        "foot",
        "https://theinitium.com/article/20210323-wsj-covids-origins-stumbled-in-china/",
    ),
    (
        "违法和不良信息举报电话：12377",
        "notice",
        "foot",
        "constructed: mainland footer licence line",
    ),
    ("互联网新闻信息服务许可证：10120170001", "notice", "foot", "constructed: footer licence line"),
    ("欢迎转发分享，转载请联系后台授权", "notice", "foot", "constructed: WeChat reprint request"),
    (
        "Reproduction in whole or in part without permission is prohibited.",
        "notice",
        "foot",
        "constructed: English reproduction notice",
    ),
    ("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）", "notice", "foot", "constructed"),
    # negatives: the last paragraphs of real copyright stories, at the foot
    (
        "根據《版權條例》，任何人未獲版權持有人的特許，銷售或為售賣用途而管有侵犯版權物品，"
        "即屬違法，一經定罪，最高可被判監禁4年。",
        "body",
        "foot",
        "https://www.stheadline.com/breaking-news/3551885/ (last paragraph)",
    ),
    (
        "海關呼籲市民尊重知識產權，切勿售賣侵權物品。",
        "body",
        "foot",
        "https://www.hk01.com/突發/60329621/",
    ),
    (
        "他强调，任何单位未经许可不得转载，否则将追究法律责任。",
        "body",
        "foot",
        "constructed: a quoted reprint warning in a story (reporting verb)",
    ),
    (
        "记者从法院获悉，该案系未经授权转载他人作品引发的纠纷，被告被判赔偿五万元。",
        "body",
        "foot",
        "constructed: last paragraph of a court story about reprinting",
    ),
    ("法院判決被告侵犯版權，須賠償原告五十萬元。", "body", "foot", "constructed: court story foot"),
    (
        "该平台此前已取得互联网新闻信息服务许可证，记者获悉，相关部门正在调查。",
        "body",
        "foot",
        "constructed: a licence named in a story (a reporting verb)",
    ),
    (
        "无断转载禁止的说法源自日本。",
        "body",
        "middle",
        "constructed: the formula discussed mid-article",
    ),
    (
        "他表示，如需转载须事先取得作者同意，否则将依法追究。",
        "body",
        "foot",
        "constructed: a reprint rule quoted in a story (reporting verb)",
    ),
]


@pytest.mark.parametrize(("line", "expected", "position", "seen"), ROUND3_NOTICES)
def test_round3_notice_variants(line, expected, position, seen):
    got, placement = _placed(line, position)
    assert got == expected, f"{line!r} at the {position} (seen: {seen}): {placement}"


def test_a_reporting_verb_weighs_against_a_notice():
    notice = "任何单位未经许可不得转载。"
    quoted = "他强调，任何单位未经许可不得转载。"
    assert is_notice(notice, near_foot=True)
    assert not is_notice(quoted, near_foot=True)
    assert "强调" not in notice_words(quoted)  # the evidence names notice words only


# Round 4: notices in the other languages Chinese news sites print (sources in
# data/notice_terms.txt), as printed and after OpenCC t2s (structure runs after conversion).
@pytest.mark.parametrize(
    "line",
    [
        "※中央社フォーカス台湾に掲載の記事・写真・イラストの無断転載・利用を禁じます",
        "※中新社に掲载の记事・写真・イラストの无断転载・利用を禁じます",
        "掲載された記事・写真の無断転載を禁じます",
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        "ⓒ중앙일보 무단전재 및 재배포 금지",
        "No part of this publication may be reproduced without prior written permission.",
        "版权所有，侵权必究",
        "版權所有 禁止轉貼",
    ],
)
def test_notices_in_other_languages_at_the_foot(line):
    assert is_notice(line, near_foot=True)


@pytest.mark.parametrize(
    "line",
    [
        # reports about reprint rules, in the same languages
        "新華社によると、政府は記事の無断転載を禁じる規定を発表した。",
        "연합뉴스에 따르면 정부는 무단 전재를 금지하는 규정을 발표했다고 밝혔다.",
        "The court said the paper was reproduced without prior written permission.",
        "法院认为，被告未经授权复制原告作品，侵犯其著作权，判赔5万元。",
        "新修订的著作权法明确，网络转载须取得著作权人授权。",
    ],
)
def test_reports_about_reprint_rules_stay_at_the_foot(line):
    assert not is_notice(line, near_foot=True)


def test_the_notice_vocabulary_is_closed_under_t2s():
    import opencc

    t2s = opencc.OpenCC("t2s")
    for name in ("notice_terms.txt", "notice_cues.txt"):
        terms = {fields[0].lower() for fields in src_data_lines(name)}
        missing = sorted(t for t in terms if t2s.convert(t).lower() not in terms)
        assert missing == [], f"{name}: add the t2s forms of {missing}"


def test_a_document_site_rights_notice_opens_as_one():
    assert opens_as_notice("版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权")


def test_a_glossed_japanese_notice_survives_a_hijacked_page():
    from newsclean import clean

    page = (
        "彩票2元網,利記國際娛樂,不註冊看豔片,贏彩王,96彩票,大型黃站\n\n"
        "中星20号通信卫星发射成功\n\n"
        "  新华社西昌11月15日电 15日零时01分，我国自行研制的中星20号通信卫星发射升空。\n\n"
        "  这是继首次载人航天飞行取得成功后，中国航天发射迎来的第四次胜利。\n\n"
        "※人民日報（ bào ）に掲載（ zài ）の記事（ jì shì ）・寫真（ xiě zhēn ）・イラストの"
        "無斷（ wú duàn ）転載（ zài ）・利用を禁（ jìn ）じます\n"
    )
    doc = clean(page)
    assert doc.copyright is not None and "禁じます" in doc.copyright


def test_a_provenance_notice_with_reprint_conditions_opens_as_a_notice():
    """A columnist's post quoted above the text (pttman.cc): where it first ran and the
    numbered conditions of a reprint; a provenance line alone, or prose that reports
    where a text ran, stays."""
    assert opens_as_notice("本文原刊於今周刊 2017/10/26,轉載請註明:1)原出刊日期;2)原文鏈接")
    assert opens_as_notice("本文首发于澎湃新闻，转载请注明出处。")
    assert not opens_as_notice("本文首发于微信公众号“侠客岛”")
    assert not opens_as_notice("本文作者认为，转载新闻须尊重原作者权利。")
    assert not opens_as_notice("原文刊于1998年的《读书》杂志，后被多家报刊转载，引起广泛讨论。")


def test_a_disowning_disclaimer_is_a_notice_anywhere():
    from newsclean.filters.notice import is_notice

    assert is_notice("他的个人观点仅供读者参考,不代表本网立场。", near_foot=False)
    assert is_notice("文章仅代表作者观点,不代表本台立场", near_foot=False)


def test_a_report_quoting_a_disclaimer_is_not_a_notice_in_the_middle():
    from newsclean.filters.notice import is_notice

    line = "该网站负责人表示,网友发表的评论不代表本网立场,平台已删除相关内容并向公众致歉。"
    assert not is_notice(line, near_foot=False)
    assert not is_notice("这些言论不代表本网立场吗", near_foot=False)
    assert not is_notice("网站称不代表本网立场引争议", near_foot=False)


def test_a_citation_with_an_access_date_is_a_notice_at_the_foot():
    from newsclean.filters.notice import is_notice

    line = "※ 厦门晚报, https://haicang.xmnn.cn/ (最后浏览日:2012/02/19)"
    assert is_notice(line, near_foot=True)
    assert not is_notice("※ 厦门晚报, https://haicang.xmnn.cn/", near_foot=True)
    assert not is_notice(line, near_foot=False)


# Round 7 (issue 10): lines that say where the text came from (provenance.py), notices
# wherever they stand; real lines that quote the same words stay.
@pytest.mark.parametrize(
    "line",
    [
        "本文为《城乡规划》2025年期刊以飨读者的第39篇论文",
        "本文爲《人民日報》2003年期刊以饗讀者的第39篇論文",
        "本文选自《读者》2023年第5期",
        "本文原载于《财新周刊》2021年第18期",
        "本文索引:张跃,魏强,李文标.<变量 2>[J].中国商论,2024(11):-034.",
        "引用格式：李四.城市更新中的公共空间[J].规划师,2021,37(3):5-12.",
        "本文索引:香港经济日报 hket.com.<变量 2>[J].香港经济日报 hket.com,2023(11):-034.",
        "http://www.yzzk.com/cfm/content_archive.cfm?id=1502353370204&docissue=2017-33",
        "https://www.example.com.hk/news/2023/0512/article_88412.html",
    ],
)
def test_a_provenance_line_is_a_notice_anywhere(line):
    for position in ("top", "middle", "foot"):
        assert _placed(line, position) == ("notice", "copyright"), position


@pytest.mark.parametrize(
    "line",
    [
        # a paragraph that cites a journal in the middle of an article
        "据《中国商论》2024年第11期刊发的研究[J]显示，当地小店的营业额比上年增长了一成。",
        "原文刊登于《人民日报》第5版的这篇评论，引起了广泛讨论。",
        "本文为《人民日报》记者在当地采访时所见，村民们说，这几年日子越过越好。",
        "本文索引了三百多篇文献，梳理了城市更新的历史。",
        "该刊2024年第11期刊登了这项研究，引起学界关注。",
    ],
)
def test_a_paragraph_citing_a_journal_stays_in_the_body(line):
    assert _placed(line, "middle") == ("body", "body")
    assert not opens_as_notice(line)


def test_a_site_address_stays_furniture_and_a_document_address_is_a_notice():
    from newsclean.filters.navigation import classify_furniture

    assert classify_furniture("http://www.sina.com.cn/") is not None
    assert classify_furniture("https://news.example.com/china/") is not None
    assert classify_furniture("http://www.x.cn/cfm/content_archive.cfm?id=150235") is None
    assert is_notice("http://www.x.cn/cfm/content_archive.cfm?id=150235", near_foot=False)
    assert not is_notice("请登录 http://www.x.cn/a.html 报名", near_foot=False)


def test_a_citation_line_over_the_headline_is_not_the_title():
    from newsclean import clean

    text = "\n\n".join(
        [
            "本文索引:大洋网.<变量 2>[J].大洋网,2025(11):-034.",
            "幸福乐园七十载 侨心安处是此间",
            "2025-05-28 08:21 来源:大洋网",
            *PARAGRAPHS,
        ]
    )
    document = clean(text)
    assert document.title == "幸福乐园七十载 侨心安处是此间"
    assert document.copyright == "本文索引:大洋网.<变量 2>[J].大洋网,2025(11):-034."


def test_the_provenance_words_are_one_table():
    """notice and metadata read the same verbs of publishing (data/provenance_words.txt)."""
    from newsclean.filters.metadata import published_in

    assert published_in("首发于《财新周刊》2023年1月9日").fields == {
        "source": "财新周刊",
        "published_at": "2023-01-09",
    }
    assert opens_as_notice("本文首发于《财新周刊》，转载请注明出处。")
    assert opens_as_notice("本文首发于《财新周刊》2023年第2期")
    words = {kind for kind, _ in src_data_lines("provenance_words.txt")}
    assert {"subject", "adverb", "verb", "prep", "identity", "cite", "issue"} <= words


def test_a_host_name_in_a_citation_counts_as_one_token():
    line = "※ 自由时报 娱乐 ent.ltn.com.tw, https://ent.ltn.com.tw/ (最后浏览日:2026/02/19)"
    assert is_notice(line, near_foot=True)
    assert not is_notice(line, near_foot=False)
    # a figure with a decimal point is no host name: the line keeps its length
    figures = "全年增长了3.5个百分点，达到1.25万亿元规模的新水平，创下历史新高，表现亮眼。"
    assert needed_score(figures) == needed_score(figures.replace(".", "点"))


# Round 8: notices that stand anywhere (filters/notice_kinds.py).
PARAGRAPHS = (
    "昨天上午，全市首届读书节在市图书馆开幕，数千名市民走进会场，参加阅读分享、图书交换等活动。",
    "主办方介绍，本届读书节为期一个月，将在各区举办讲座、展览和亲子阅读等六十余场活动。",
    "市民王女士说，她带着孩子来参加活动，希望孩子从小养成读书的习惯，今后每年都会来。",
)


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "line",
    ["南方晨报严正声明******", "【郑重声明】-----", "本台鄭重聲明＊＊＊＊＊＊"],
)
def test_a_statement_heading_under_a_rule_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "华为发表严正声明",  # a headline reporting a statement: no rule
        "公司声明：此事与本公司无关******",  # a clause inside: not a heading
        "严正声明引发热议，网友纷纷留言******",
    ],
)
def test_a_headline_about_a_statement_is_no_notice_above_the_foot(line):
    assert not is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "本评论观点只代表网友个人观点,不代表东方网立场。",
        "以上评论仅代表网友个人观点，不代表本站观点。",
        "網友評論僅代表其個人意見，不代表南方電視台立場。",
    ],
)
def test_a_comments_disclaimer_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "他表示，这只代表他个人观点，不代表公司立场。",  # a report: a reporting verb
        "该平台称，网友评论只代表个人观点，不代表平台立场，但仍将加强审核管理工作。",
        "专家的发言只代表个人观点。",  # no site disowns anything
    ],
)
def test_a_report_quoting_a_disclaimer_stays(line):
    assert not is_notice(line, near_foot=False)


# Round 29: the site's name in a comments disclaimer may hold a space (a template filling
# in the site's name and a date stamp).
@pytest.mark.parametrize(
    "line",
    [
        "本评论观点只代表网友个人观点,不代表新闻自选辑 20260308立场。",
        "本評論觀點只代表網友個人觀點，不代表 Yahoo奇摩 立場。",
        "以上评论仅代表网友个人意见,不代表 某某 新闻网的立场",
    ],
)
def test_a_disclaimer_naming_a_site_with_a_space_is_a_notice(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        # prose with 不代表 and a spaced Latin name, no one's own view (public project
        # notes found by the code search: "以上是本專案保守策略，不代表 Yahoo 提供此額度。")
        "以上是本專案保守策略，不代表 Yahoo 提供此額度。",
        "它今天可用,不代表 Yahoo 保證長期穩定提供。",
        # a view said to be personal, the sentence going on after the site
        "他说这只代表个人观点,不代表 公司 立场,但他会继续发声。",
    ],
)
def test_prose_saying_not_a_sites_view_with_a_space_stays(line):
    assert not is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "【以上新闻转载自新华社】",
        "以上内容转自南方日报",
        "上述文章摘自光明网。",
        # round 34: the name goes on in Latin letters, its English name and its address
        "【以上新聞轉載自故事 StoryStudio storystudio.tw】",
        "以上文章转载自端传媒 theinitium.com",
        "【以上內容摘自聯合新聞網 UDN】",
    ],
)
def test_a_reprint_statement_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "以上为个人观点",  # the copula: no source named
        "本文转载自新华网",  # a byline's source: metadata's
        "以上内容转自网络，经记者核实，情况属实。",  # the sentence goes on
        "以上内容转自网络 经记者核实情况属实",  # a Han clause after the space: prose
        "以上内容转自网友 John 的博客 以及其他来源",  # a sentence in Latin and Han
    ],
)
def test_a_line_that_only_looks_like_a_reprint_statement_is_no_notice(line):
    assert not is_notice(line, near_foot=False)


def test_a_page_with_a_statement_heading_keeps_its_headline_and_body():
    from newsclean import clean

    doc = clean(_page("南方晨报严正声明******", "全市首届读书节开幕", *PARAGRAPHS))
    assert doc.copyright == "南方晨报严正声明******"
    assert doc.title == "全市首届读书节开幕"
    assert doc.body == list(PARAGRAPHS)


def test_a_paragraph_quoting_a_statement_or_views_stays_body():
    from newsclean import clean

    quoting = (
        "对此，该公司当天发表严正声明，称网上流传的说法不实，并表示这只代表个别网友的个人观点，"
        "不代表公司立场，公司已向警方报案。"
    )
    doc = clean(_page("全市首届读书节开幕", PARAGRAPHS[0], quoting, *PARAGRAPHS[1:]))
    assert quoting in doc.body
    assert doc.copyright is None


# Round 9: a document-sharing site's upload statement (notice_kinds.upload_statement).
@pytest.mark.parametrize(
    "line",
    [
        "《全市防汛工作方案.docx》由会员分享,可在线阅读,更多相关《全市防汛工作方案.docx》请在网上搜索。",
        "《年度財政預算報告》由會員分享，可在線閱讀。",
        "《小学语文教案》由用户上传",
    ],
)
def test_an_upload_statement_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "《红楼梦》由曹雪芹所著，是中国古典小说的巅峰之作。",  # a title and its author
        "这本《读书笔记》由网友分享到论坛后，很快引起热议。",  # a sentence about a share
        "《新闻联播》由中央电视台制作播出，每晚七点准时与观众见面。",
    ],
)
def test_a_sentence_about_a_shared_title_is_no_notice(line):
    assert not is_notice(line, near_foot=False)


def test_a_page_under_an_upload_statement_keeps_its_headline_and_body():
    from newsclean import clean

    statement = "《读书节方案》由会员分享,可在线阅读,更多相关《读书节方案》请在本站搜索。"
    doc = clean(_page(statement, "全市首届读书节开幕", *PARAGRAPHS))
    assert doc.copyright == statement
    assert doc.title == "全市首届读书节开幕"
    assert doc.body == list(PARAGRAPHS)


# Round 10: an aggregator's address to the reader about the page, naming its source
# (notice_kinds.reader_address), and a statement heading naming the site by its host name.
@pytest.mark.parametrize(
    "line",
    [
        "本篇文章为你整理了晨光日报的详细内容，希望能帮助你了解晨光日报。",
        "本篇文章爲你整理了example-news.com的詳細內容，希望能幫助你瞭解example-news.com。",
        "本篇文章为你整理了南岛日报 nd.com.hk的详细内容，希望能帮助你了解南岛日报 nd.com.hk。",
        "如果你想了解更多关于晨光网，欢迎联系晨光网。",
        "如果你想瞭解更多關於晨光網，歡迎聯繫晨光網。",
        "【本篇文章为你整理了晨光日报的详细内容】",
        # the compile frame around an article's title, its own marks inside, named twice
        "本篇文章为你整理了噢!原来是这样查的啊!(查重怎么查,规则是什么)的详细内容，"
        "希望能帮助你了解噢!原来是这样查的啊!(查重怎么查,规则是什么)。",
        "南岛特区政府新闻处 info.nandao.gov.hk严正声明******",
    ],
)
def test_a_reader_address_naming_the_source_is_a_notice_anywhere(line):
    assert is_notice(line, near_foot=False)


@pytest.mark.parametrize(
    "line",
    [
        "如果你想了解更多关于展览的信息，欢迎联系主办方。",  # two names: the story's advice
        "主办方表示，如果你想了解更多关于展览，欢迎联系展览。",  # a reporting verb
        "本文为你整理了三个要点，第一是经济增长。",  # goes on after the words
        "本文为你整理了三个要点，希望能帮助你了解这次会议的成果。",  # two things named
        "本文转载自新华网",  # a byline's source, metadata's
        "本文作者系北京大学教授",
        "欢迎联系我们的热线，如果你想了解更多关于本次活动的报名方式和各项安排的详细内容。",
        "晨光日报今日发表声明，称将依法追究侵犯其版权的网站的法律责任。",
        "南岛特区政府新闻处就警察通例修订发表严正声明",
    ],
)
def test_a_sentence_of_the_story_about_readers_or_statements_is_no_notice(line):
    assert not is_notice(line, near_foot=False)


def test_a_reader_address_above_the_headline_is_the_copyright_and_the_story_stays():
    from newsclean import clean

    address = "本篇文章为你整理了晨光日报的详细内容，希望能帮助你了解晨光日报。"
    statement = "晨光日报发表声明，称未经授权转载其报道属于侵犯著作权的行为，将依法追究。"
    law = "根据著作权法，未经许可转载他人作品，应当承担相应的法律责任，律师表示。"
    body = (PARAGRAPHS[0], statement, law, *PARAGRAPHS[1:])
    doc = clean(_page(address, "全市首届读书节开幕", *body))
    assert doc.copyright == address
    assert doc.title == "全市首届读书节开幕"
    assert doc.body == list(body)


def test_a_reader_address_at_the_foot_joins_the_other_notices():
    from newsclean import clean

    address = "如果你想了解更多关于晨光网，欢迎联系晨光网。"
    rights = "版权所有 晨光网 未经授权不得转载"
    doc = clean(_page("全市首届读书节开幕", *PARAGRAPHS, address, rights))
    assert doc.copyright == address + "\n" + rights
    assert doc.body == list(PARAGRAPHS)


def test_the_reader_address_words_are_closed_under_t2s():
    import opencc

    t2s = opencc.OpenCC("t2s")
    words = {fields[0] for fields in src_data_lines("notice_address.txt")}
    assert {t2s.convert(word) for word in words} <= words


# Round 11 (issue 10): a provenance notice naming a publication bare and its issue
# (provenance.is_provenance_statement): this article + a from-verb + a name + an issue.
@pytest.mark.parametrize(
    "line",
    [
        "本文出自天下雜誌324期(2005/06/01出刊)",
        "本文出自人民网324期(2014/06/01出刊)",
        "本文出自华龙网-重庆晨报第12期",
        "本文出自jrntv.com324期(2025/06/01出刊)",
        "本文原载读者2023年第5期",
        "本文原載《天下雜誌》第324期",
        "本文选自南方周末2023年6月1日出版",
        "本文摘自三联生活周刊1234期。",
        "此文刊于新民周刊2019年第8期(2019年3月4日出版)",
        # round 24: the publication named in pieces, a section and a host after a space,
        # an abbreviation in brackets (the tuned rows of pages 035 and 096)
        "本文出自新闻局(GCS)324期(2025/06/01出刊)",
        "本文出自自由时报 娱乐 ent.ltn.com.tw324期(2026/06/01出刊)",
        "本文出自联合报 udn.com第12期",
    ],
)
def test_a_provenance_notice_naming_an_issue_is_a_notice_anywhere(line):
    for position in ("top", "middle", "foot"):
        assert _placed(line, position) == ("notice", "copyright"), position
    assert opens_as_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # a news sentence saying where a saying or a policy came from
        "这句话出自《论语》",
        "这句话出自《论语》第12篇，意思是己所不欲勿施于人。",
        "该政策出自2019年第3期全体会议",
        "该政策出自2019年召开的全体会议，当年即在全省推行。",
        # the article itself, going on after the issue: a sentence of the story
        "本文出自人民网324期的专访，记者走访了三个村庄。",
        "本文出自记者三年的调查，共走访了324个家庭。",
        # a source without an issue, a bare date without its issue word: not this notice
        "本文出自人民网",
        "本文来自2023年6月1日",
        "本文为人民网324期",
        "本文来自北京市朝阳区建国路88号",
        # round 24: after a space, a clause is longer than a section's name and no host
        "本文出自人民网 记者走访三个村庄后写成的324期",
        "这句话出自孔子 论语 第12期",
    ],
)
def test_a_sentence_saying_where_something_came_from_stays(line):
    for position in ("top", "middle", "foot"):
        assert _placed(line, position)[0] == "body", position  # a short one: a heading
    assert not opens_as_notice(line)


def test_a_reprinted_from_source_keeps_its_placement():
    """本文转载自新华网 names a source, no issue: metadata reads it, as before."""
    from newsclean import clean

    text = "\n\n".join([TITLE, "本文转载自新华网", *PARAGRAPHS])
    document = clean(text)
    assert document.copyright is None
    assert document.body == list(PARAGRAPHS)
    issue = clean("\n\n".join([TITLE, "本文出自天下杂志324期(2005/06/01出刊)", *PARAGRAPHS]))
    assert issue.copyright == "本文出自天下杂志324期(2005/06/01出刊)"
    assert issue.title == TITLE and issue.body == list(PARAGRAPHS)


def test_the_portuguese_rights_line_of_macau_is_notice_vocabulary():
    """Macau feet print the rights line in Portuguese beside the Chinese one; a Portuguese
    sentence about authors' rights is not the formula."""
    assert is_notice("版权所有DIREITOS DE AUTOR RESERVADOS 澳门日报", near_foot=True)
    assert is_notice("Todos os direitos reservados.", near_foot=True)
    assert not is_notice("Todos os direitos reservados.", near_foot=False)
    sentence = "Os direitos de autor dos artistas locais foram discutidos na reunião de ontem."
    assert not is_notice(sentence, near_foot=True)


# Round 12 (issue 10): three notices known by their grammar of parts, anywhere when the line
# is the whole notice (notice_kinds.ownership_statement, notice_kinds.reprint_request,
# provenance.is_pictures_provenance); the same words inside a sentence of the story stay.
@pytest.mark.parametrize(
    "line",
    [
        "本网站著作权属于大洋网",
        # round 26: university feet (nccu.edu.tw, yuntech.edu.tw, nthu blockchain centre
        # sites' footers, github) and a holder's short name in brackets (page 035's form)
        "本網站著作權屬於國立政治大學",
        "本網站著作權屬於 國立雲林科技大學 資訊工程學系 高光譜實驗室",
        "本網站著作權屬於國立清華大學區塊鏈法律與政策研究中心",
        "本網站著作權屬於新聞局(GCS)",
        "本網站著作權屬於全球客家研究 / 2013 Global Hakka Studies © All RIGHTS RESERVED.",
        "本站所有文章版权均归原作者所有",
        "本刊内容版权归属于南方周末，未经授权不得转载。",
        "[原创文章,转载请保留或注明出处:http://www.regexlab.com/zh/encoding.htm]",
        "【原創文章，轉載請註明出處】",
        "本文为原创，转载请注明作者和出处。",
        "原创文章，如需转载请保留原文链接:https://blog.example.com/p/123.html 谢谢",
        "本文所有报纸图片皆来自AB报:http://www.abbao.cn/index.html",
        "本文所有報紙圖片皆來自udn.com:http://udn.com/index.html",
        "文中图片均来自网络",
        "本站所有内容均来源于《南方都市报》",
        # round 24: the publication and its host, spaced (the tuned row of page 115)
        "本文所有报纸图片皆来自新加坡眼 xinjiapo.news:http://xinjiapo.news/index.html",
    ],
)
def test_a_notice_of_parts_is_a_notice_anywhere(line):
    for position in ("top", "middle", "foot"):
        assert _placed(line, position) == ("notice", "copyright"), position


@pytest.mark.parametrize(
    "line",
    [
        # a court story: the work's rights belong to the plaintiff, no owner word
        "法院认定该作品著作权属于原告，被告应停止侵权并赔偿经济损失。",
        "法院认定该作品著作权属于原告",
        "本网站版权归属于人民网，这是双方二〇一〇年签订的协议所确定的。",
        # round 26: a holder's name then a story's clause after a space (a prose sign), or
        # a bracket holding more than a short name
        "本网站著作权属于新闻局 该局表示仍有争议",
        "本网站著作权属于新闻局(该局昨日表示将保留追究法律责任的权利)",
        # pictures that came from an agency, said inside a paragraph or of some pictures
        "记者了解到，本次展览所有图片均来自新华社，展期将持续到下月底。",
        "这些图片均来自新华社记者在灾区一线的拍摄",
        "所有图片均来自新华社，记者在现场看到，市民们排起了长队。",
        "本次展览所有图片均来自新华社 记者在现场看到市民们排起了长队",
        # a paragraph about reprint rules
        "该平台规定，原创文章转载请注明出处，否则将被追究法律责任。",
        "原创文章转载请注明出处，这已是自媒体行业的基本共识。",
        "新修订的著作权法明确，网络转载须取得著作权人授权。",
    ],
)
def test_the_words_of_such_a_notice_in_a_sentence_stay(line):
    assert not is_notice(line, near_foot=False)
    assert _placed(line, "middle")[0] == "body"  # a short one: a heading


def test_a_court_story_about_copyright_stays_at_the_foot_too():
    """At the foot the words alone count (著作权属于), and a court story's words against."""
    for line in ("法院认定该作品著作权属于原告", "法院认定该作品著作权属于原告，被告应停止侵权。"):
        assert not is_notice(line, near_foot=True)
        assert _placed(line, "foot")[0] == "body"
    assert is_notice("本书著作权属于作者本人", near_foot=True)
    assert not is_notice("本书著作权属于作者本人", near_foot=False)  # 本书: no site's word


def test_an_original_articles_reprint_request_over_the_headline_is_not_the_title():
    from newsclean import clean

    request = "[原创文章,转载请保留或注明出处:http://news.example.com/zh/encoding.htm]"
    document = clean("\n\n".join([request, TITLE, *PARAGRAPHS, "本网站著作权属于大洋网"]))
    assert document.title == TITLE
    assert document.copyright == request + "\n本网站著作权属于大洋网"
    assert document.body == list(PARAGRAPHS)


def test_the_grammars_of_parts_are_linear_on_a_hostile_line():
    from linear import assert_linear

    from newsclean.filters.notice_kinds import ownership_statement, reprint_request
    from newsclean.filters.provenance import is_pictures_provenance

    def lines(n: int) -> list[str]:
        return [
            "本网站著作权属于" + "人" * n,
            "原创文章,转载请保留或注明出处:http://" + "a" * n,
            "本文所有报纸图片皆来自厦门晚报:http://" + "a." * (n // 2),
        ]

    def judge(hostile: list[str]) -> None:
        for line in hostile:
            assert not ownership_statement(line, is_notice=lambda rest: False)
            assert not reprint_request(line)
            assert not is_pictures_provenance(line)
            assert not is_notice(line, near_foot=True)

    assert_linear(lines, judge, 50_000)


def test_a_mirrors_gloss_in_a_notice_is_no_part_of_it():
    """A page with one gloss keeps it in the body (too few for the page-level pinyin
    decision), but a notice glosses none of its characters: the copyright reads without it."""
    from newsclean import clean
    from newsclean.filters.notice import notice_text

    text = "\n\n".join([TITLE, BYLINE, *PARAGRAPHS, "版权(quán)所有 香港中通社"])
    document = clean(text)
    assert document.copyright == "版权所有 香港中通社"
    assert notice_text("Copyright (c) 2024 新华网(Xinhua) 版权所有") == (
        "Copyright (c) 2024 新华网(Xinhua) 版权所有"
    )
    assert notice_text("本网站著作权属于人民网(人民日报社)") == "本网站著作权属于人民网(人民日报社)"
    # a reading in a paragraph of the same page is the page-level decision's: kept
    glossed = "这座古镇的“圩(xū)日”热闹非凡，四乡八里的村民都赶来，场面十分热闹。"
    kept = clean("\n\n".join([TITLE, BYLINE, glossed, *PARAGRAPHS, "版权所有 香港中通社"]))
    assert glossed in kept.body


NOTICE_FOOT_PARAGRAPHS = [
    "本报讯（记者孙灿芬）千年前，泉州是海上丝绸之路的起点城市之一，今天，“行走新丝路”大型跨国"
    "全媒体报道活动在这里启动。",
    "市委书记在致辞中说，泉州古称“刺桐城”，曾经是东西方经济文化聚集地和交汇点，宋元时期被誉为"
    "“东方第一大港”。",
]


def test_a_site_notice_above_template_lines_at_a_short_pages_foot() -> None:
    # eval page 002 (row notice-user-submitted-takedown-qq-mail-content-farm,
    # https://drbdp.com/4-7221964.html): under the notice a theme prints two image
    # placeholders and "comments are closed" after the headline's words.
    notice_line = (
        "注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:happy56812@qq.com"
    )
    page = "\n\n".join(
        [
            "“行走新丝路”报道活动在泉州启动",
            *NOTICE_FOOT_PARAGRAPHS,
            notice_line,
            "a",
            "a",
            "“行走新丝路”报道活动在泉州启动 はコメントを受け付けていません。",
        ]
    )
    assert clean(page).copyright == notice_line


def test_a_paragraph_about_infringement_near_a_short_pages_foot_stays() -> None:
    # Near miss: a paragraph of the story that uses the notice's words (侵权, 删除) in prose.
    prose = (
        "平台方面回应称，本站已收到权利人的投诉，如侵权属实将在核实后依法删除相关内容，"
        "并对上传者采取限制措施，此事仍在进一步调查之中。"
    )
    page = "\n\n".join(["平台回应侵权投诉", *NOTICE_FOOT_PARAGRAPHS, prose, "a", "a"])
    doc = clean(page)
    assert prose in doc.body and doc.copyright is None


@pytest.mark.parametrize(
    "line",
    [
        # round 34: a site's English name is one token of the notice, as its address is
        "※ 网络公民 The Online Citizen, https://www.theonlinecitizen.com/ (最後瀏覽日:2019/02/19)",
        "※ 联合早报 Lianhe Zaobao, https://www.zaobao.com.sg/ (最后浏览日:2021/03/05)",
        "※ 自由時報 Liberty Times Net, https://news.ltn.com.tw/ (最後瀏覽日期:2020/11/30)",
    ],
)
def test_a_citation_naming_its_site_in_english_is_a_foot_notice(line):
    assert is_notice(line, near_foot=True)


@pytest.mark.parametrize(
    "line",
    [
        # prose at the foot that names a site in English and a date is no notice
        "记者在 The Online Citizen 网站上看到,该文于2019/02/19发布后引发网友热议,多人留言。",
        "他说 Lianhe Zaobao 的报道有误,已于2021/03/05致函要求更正,但对方至今没有回应。",
    ],
)
def test_prose_naming_a_site_in_english_at_the_foot_stays(line):
    assert not is_notice(line, near_foot=True)


# Round 34: an office, its mailbox and 版权所有 on one foot line; the mailbox is one token
# of the notice, as an address is, so the line is short enough for its vocabulary alone.
MAILBOX_NOTICES = [
    "浙江省人民政府外事办公室 邮箱:wsb2021@163.com 浙江在线网络信息中心版权所有",
    "某某市人民政府新闻办公室 電郵:news@info.gov.hk 某某网络信息中心版權所有",
]


@pytest.mark.parametrize("line", MAILBOX_NOTICES)
def test_an_office_and_its_mailbox_before_all_rights_reserved_is_a_foot_notice(line):
    assert is_notice(line, near_foot=True)
    assert needed_score(line) == 1.0  # the mailbox counted as one character


def test_a_mailbox_notice_goes_to_the_copyright_field() -> None:
    page = "\n\n".join([TITLE, BYLINE, *PARAGRAPHS, MAILBOX_NOTICES[0]]) + "\n"
    document = clean(page)
    assert document.copyright == MAILBOX_NOTICES[0]
    assert MAILBOX_NOTICES[0] not in document.body


def test_a_paragraph_with_a_mailbox_and_rights_words_stays_long() -> None:
    # prose naming a mailbox and 版权 keeps its length: it needs more than one notice word
    line = (
        "读者如发现侵犯版权的内容，可发送邮件至service@example.com说明情况，"
        "我们将在核实后尽快与作者联系并处理相关事宜，感谢广大读者长期以来的支持与监督。"
    )
    assert not is_notice(line, near_foot=True)


# Round 34: a comments disclaimer naming its site with an English name and a host.
def test_a_comments_disclaimer_naming_its_site_in_english_is_a_notice() -> None:
    line = "本评论观点只代表网友个人观点,不代表故事 StoryStudio storystudio.tw立场。"
    assert is_notice(line, near_foot=False)
    other = "本评论观点只代表网友个人观点,不代表鏡週刊 Mirror Media mirrormedia.mg立场。"
    assert is_notice(other, near_foot=False)
    # a report quoting the disclaimer carries a reporting verb and stays
    quoted = "他表示，本评论观点只代表网友个人观点,不代表故事 StoryStudio storystudio.tw立场。"
    assert not is_notice(quoted, near_foot=False)


# Round 36: the keepers a footer credits beside its rights notice (www.645130.com, a 聊城新闻网
# mirror's foot, traditional as printed), and an event story's last line crediting its
# organisers, which is no notice.
def test_a_footer_crediting_its_joint_keepers_is_a_notice():
    line = "聊城新聞網 2006-2025 版權所有 聊城市新聞傳媒中心/聊城市政府新聞辦公室 聯合主辦"
    assert is_notice(line, near_foot=True)
    assert _placed(line, "foot")[0] == "notice"


def test_an_event_credited_to_its_organisers_stays_at_the_foot():
    line = "本次活动由市文联和市作协联合主办，市美术馆承办。"
    assert not is_notice(line, near_foot=True)


# Round 39: a comment box's rules keeping the site's right to delete and disowning the care
# of what readers post (invented in the words of a citizen-media site's box).
@pytest.mark.parametrize(
    "line",
    ["凡涉及人身攻擊之言論,本站保留刪除權", "請勿公開個人聯絡資料,本站不負管理之責"],
)
def test_a_comment_boxs_disclaimer_is_a_notice_at_the_foot(line: str) -> None:
    assert is_notice(line, near_foot=True)


def test_a_story_about_a_platforms_deletion_right_stays() -> None:
    line = "市議員質疑平台保留刪除權的條款過於寬鬆,要求業者在一個月內提出說明並修改使用者協議。"
    assert not is_notice(line, near_foot=True)


def test_a_paper_s_reporters_signed_copy_statement_is_a_notice_over_the_article():
    # http://www.bozhou.cn/p/255067.html (亳州新闻网, eval variant notice-paper-reporter-signed-
    # rights-no-reprint-link-repost-must-credit-source-label-top-city-news-site): between the
    # headline and the first paragraph (round 43b).
    line = (
        "凡本报记者署名文字、图片,版权均属亳州晚报社所有。任何媒体、网站或个人,未经授权不得转载、"
        "链接、转贴或以其他方式复制发表;已授权的媒体、网站,在使用时必须注明 “来源:亳州晚报或亳州"
        "新闻网”,违者将依法追究法律责任。"
    )
    assert is_notice(line, near_foot=False)
    assert not is_notice("凡本市居民均可免费领取", near_foot=False)


# Round 46: an outlet named in both scripts inside a notice, its Han name then its Latin one
# (a bilingual masthead: 网络公民 The Online Citizen of Singapore, 故事 StoryStudio of Taiwan
# and its host storystudio.tw), in the templates of eval/variants/notice.json
# notice-reprinted-from-paper-bracket (``【以上新闻转载自{site}】``, 世界日报's foot) and
# notice-article-from-magazine-issue (``本文出自{site}324期({year}/06/01出刊)``,
# http://mychannel.pchome.com.tw/channel/class/show_preview.php3/?d=2005-06-06&enname=
# sgi_daily&t=.htm&fn=main&view=1).
@pytest.mark.parametrize(
    "line",
    [
        "【以上新闻转载自网络公民 The Online Citizen】",
        "本文出自故事 StoryStudio storystudio.tw324期(2020/06/01出刊)",
        "【以上新闻转载自联合早报 Lianhe Zaobao】",
    ],
)
def test_a_notice_naming_its_outlet_in_two_scripts(line: str) -> None:
    assert is_notice(line, near_foot=True)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence quoting an English name stays prose
        "他说网络公民 The Online Citizen 的报道引起了广泛讨论,政府随后作出回应。",
        "故事 StoryStudio 今天推出新一期专题",
    ],
)
def test_a_latin_name_alone_makes_no_notice(line: str) -> None:
    assert not is_notice(line, near_foot=True)
