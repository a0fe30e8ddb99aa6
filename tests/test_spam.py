"""The spam-line filter: keyword lists out, prose in — on lines it was not tuned on."""

import pytest
from conftest import data_lines

from newsclean.filters.convert import converter
from newsclean.filters.spam import lexicon, score_line

SIMPLIFY = converter("t2s").convert
HELDOUT = data_lines("spam_lines_heldout.txt")
TRAPS = data_lines("spam_traps.txt")


def test_reference_spam_line_is_removed_with_its_terms(reference_lines):
    verdict = score_line(reference_lines[0], simplify=SIMPLIFY)
    assert verdict.is_spam
    assert "乱伦" in verdict.terms
    assert verdict.score >= 6


def test_held_out_spam_lines_are_caught():
    """Lines built from a different lexicon than the shipped one (see the file's header)."""
    caught = [line for line in HELDOUT if score_line(line, simplify=SIMPLIFY).is_spam]
    assert len(HELDOUT) >= 60
    assert len(caught) == len(HELDOUT)  # 69 of 70 before spam morphemes counted


@pytest.mark.parametrize("sentence", TRAPS)
def test_real_news_sentences_with_spam_words_are_kept(sentence):
    assert not score_line(sentence, simplify=SIMPLIFY).is_spam


@pytest.mark.parametrize(
    "line",
    [
        "国产大飞机、国产航母、国产芯片",
        "警方捣毁一个色情网站，抓获嫌疑人3名。",
        "关键词：援藏 山南 产业 就业",
        "首页 > 新闻 > 国内",
        "北京 上海 广州 深圳 天津 重庆",
        # English footers: spaces between Latin words join a phrase, they do not separate
        # keywords (the cqcb.com footer, https://www.cqcb.com/, was removed as spam).
        "Copyright © 1996 - 2022 www.cqcb.com All Rights Reserved",
        "Copyright © 2003-2024 www.xinhuanet.com All Rights Reserved",
        "Copyright © 2024 北京青年报 www.ynet.com All Rights Reserved",
    ],
)
def test_lists_that_are_not_spam_are_kept(line):
    assert not score_line(line, simplify=SIMPLIFY).is_spam


def test_traditional_spam_is_matched_after_simplification():
    line = "澳門百家樂,六合彩開獎結果,代開發票,www.example.com,2024最新"
    assert score_line(line, simplify=SIMPLIFY).is_spam
    assert score_line(line, simplify=SIMPLIFY).terms


def test_structure_alone_catches_unknown_terms_with_domains_and_numbers():
    # Not one lexicon term: domains, numbered keywords, a repeated keyword, seven segments.
    line = "乐透之家2021,乐透之家,发财网址www.k8x7q.top,发财网址2023,wap.77q.vip,乐透之家,金沙城"
    verdict = score_line(line, simplify=SIMPLIFY)
    assert verdict.terms == ("www",)
    assert verdict.is_spam
    # The same words as a sentence are prose.
    assert not score_line("乐透之家和金沙城都在2021年开业了，", simplify=SIMPLIFY).is_spam


def test_lexicon_is_loaded_from_package_data_with_every_family():
    terms = lexicon().terms
    assert len(terms) > 400
    assert all(len(term) >= 2 for term in terms)
    assert {"百家乐", "代开发票", "传奇私服"} <= set(terms)


def test_hostile_long_spam_line_is_linear():
    line = ",".join(["国产精品2021", "免费观看", "www.x.com"] * 30000)
    assert score_line(line, simplify=SIMPLIFY).is_spam


def _regex_find(text):
    """The reference the dictionary scan replaced: an overlapped regex over the term set."""
    import regex

    pattern = regex.compile(r"\L<terms>", terms=list(lexicon().terms))
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, overlapped=True)]


def test_lexicon_scan_finds_exactly_what_an_overlapped_regex_finds(reference_lines):
    lines = [*HELDOUT, *TRAPS, *reference_lines, "娱乐", "娱乐城x", "av成人影院", "a", ""]
    probes = [SIMPLIFY(line).lower() for line in lines]
    probes += [p[i:] for p in probes[:40] for i in (1, 2, 3)]
    for probe in probes:
        assert lexicon().find(probe) == _regex_find(probe), probe
        assert lexicon().holds(probe) == bool(_regex_find(probe)), probe


def test_lexicon_scan_matches_the_regex_on_random_term_soup():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(sorted(lexicon().terms)) | st.text(
        alphabet="".join(sorted({c for t in lexicon().terms for c in t})) + ", ", max_size=4
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=12))
    def check(parts):
        probe = "".join(parts)
        assert lexicon().find(probe) == _regex_find(probe)
        assert lexicon().holds(probe) == bool(lexicon().find(probe))

    check()


def test_lexicon_scan_finds_one_character_terms_where_no_longer_term_opens():
    """The scan passes over a position whose two characters open no longer term; a
    one-character term (the counter lexicon has some) is still found there, and a
    character that opens only longer terms gives nothing."""
    from newsclean.filters.spam_signs import _build

    lex = _build({"赌": 1.0, "赌场": 1.0, "博彩": 1.0})
    assert lex.find("赌博彩票赌场") == [(0, 1, "赌"), (1, 3, "博彩"), (4, 6, "赌场")]
    assert lex.find("赌") == [(0, 1, "赌")]
    assert lex.find("他去博物馆参观。") == []
    assert [lex.holds(t) for t in ("赌博彩票赌场", "赌", "他去博物馆参观。", "")] == [
        True,
        True,
        False,
        False,
    ]


def _all_test_lines(reference_lines):
    import glob
    from pathlib import Path

    lines = [*HELDOUT, *TRAPS, *reference_lines]
    root = Path(__file__).parent.parent
    for name in sorted(
        glob.glob(str(root / "fixtures/*.txt")) + glob.glob(str(root / "eval/pages/*.txt"))
    ):
        try:
            lines += Path(name).read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            continue
    return lines


def test_page_verdicts_equal_line_verdicts(reference_lines):
    """The page-at-once path (one conversion call, score bound) decides as score_line does
    for every line judged alone; the lines it adds are those of spam blocks, and say so."""
    from newsclean.filters.convert import convert_lines
    from newsclean.filters.spam import spam_verdicts

    lines = _all_test_lines(reference_lines)
    page = spam_verdicts(lines, simplify_lines=lambda texts: convert_lines(texts, "t2s"))
    for line, verdict in zip(lines, page, strict=True):
        one = score_line(line, simplify=SIMPLIFY)
        if one.is_spam:
            assert verdict == one, line
        elif verdict.is_spam:
            assert verdict.block is not None, line
            assert verdict.block.startswith(
                (
                    "block of",
                    "keyword list on a page",
                    "keyword echoed",
                    "keyword framed",
                    "jammer",
                    "a spam farm",
                    "tag page crumb",
                    "quoted keyword",
                    "keyword turned into a search query",
                    "generated line with a slot",
                    "a spam term appended to a row",
                    "a keyword posing as a channel",
                    "a brand's signature printed twice",
                    "a keyword's title echo",
                )
            ), line


def test_score_bound_never_lets_spam_go():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsclean.filters.spam import score_probe

    words = st.sampled_from(sorted(lexicon().terms)) | st.text(
        alphabet="的了是新闻报道发展经济2024abc.com:：。！？《》_|", max_size=6
    )
    separators = st.sampled_from([",", "，", "|", "_", "、", " ", "/", "。"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.tuples(words, separators), min_size=1, max_size=10))
    def check(parts):
        probe = "".join(w + s for w, s in parts).lower()
        assert score_probe(probe, verdict_only=True).is_spam == score_probe(probe).is_spam

    check()


def test_pipeline_simplifies_spam_candidates_in_one_pass_like_score_line():
    """The page path converts candidates as score_line's simplify does: one t2s pass, even
    where OpenCC's tables chain (薴 -> 苧 -> 苎) and the body conversion goes on."""
    from newsclean.filters.spam import spam_verdicts
    from newsclean.page import simplify_lines as _simplify_lines

    lines = ["薴", "國產2021,薴麻,免費觀看", "澳門百家樂,六合彩開獎結果,代開發票,www.example.com"]
    assert _simplify_lines(lines) == [SIMPLIFY(line) for line in lines]
    page = spam_verdicts(lines, simplify_lines=_simplify_lines)
    # A line of a spam block is spam besides (薴 heads the two spam lines, line after line):
    # the line-level verdicts are the ones compared.
    alone = [v.is_spam and v.block is None for v in page]
    assert alone == [score_line(x, simplify=SIMPLIFY).is_spam for x in lines]


def test_the_candidates_probes_are_handed_back_as_judged():
    """Round 32: ``probes_out`` gains each candidate's probe (stripped, simplified,
    lower-cased), the ones page._queries_after_cuts asks again after spam is cut off the
    page's lines; a blank line has none."""
    from newsclean.filters.spam import spam_verdicts
    from newsclean.page import simplify_lines as _simplify_lines

    lines = [" 1980娛樂什么意思 ", "", "新規明年起實施，將保護消費者。", "NBA總決賽"]
    probes: dict[int, str] = {}
    spam_verdicts(lines, simplify_lines=_simplify_lines, probes_out=probes)
    assert (probes[0], probes[3]) == ("1980娱乐什么意思", "nba总决赛")
    assert 1 not in probes


# The variant table of joined spam lines, measured on the STRUCTURAL model: every line is
# built from terms the shipped lexicon lacks (``test_variant_terms_are_unseen`` checks it),
# in the shapes observed on hijacked and mirror pages (search corpus "pages", 2026-12):
#   underscore stack of 6-16 stacked-modifier segments at the top of the page, some led by
#   a number ("91...", "68...", "97..."):  http://www.mhfang.com/story/424112-1.shtml,
#   http://www.mpbar.cn/zhishi/1781636.html, http://www.49028c.com/wen/2019/11-18/212965.html,
#   http://m.huaxinqs.com/read-gktid-1423406-uid-292269.html
#   " _" (a space before each underscore):  http://www.jxzklqfsx.com/aigc/7316.html
#   half-width commas, a number-led segment, a stray " ?" at the end:
#   http://www.victorzhang.cn/page/2019/0423/18968272.shtml,
#   http://www.handmsg.com/page/2017/0923/13839336.shtml
#   bars and domains glued to terms, and the decorative marks of hijacked titles (▋ 丨):
#   the forms of issue 10 ("av天堂2021_www.xxx.com_免费观看", "91视频|www.91xx.cc|在线",
#   "澳门新葡京8888.com,太阳城2024,...") with their terms replaced by unseen ones.
UNSEEN_TERMS = [
    "金沙城",
    "银河湾",
    "皇冠梦幻城",
    "鸿利彩坊",
    "永利皇宫",
    "鸿福国际",
    "开云体育",
    "乐鱼体育",
    "半岛体育",
    "华体会",
    "九游会",
    "皇冠体育",
    "快猫",
    "抖阴",
    "樱桃直播",
    "夜色宝盒",
    "蜜桃影视",
    "麻豆传媒",
    "蜜桃传媒",
    "果冻传媒",
    "天美传媒",
    "星空传媒",
    "制片厂",
    "幸运飞艇",
    "极速赛车",
    "百胜彩",
    "私家侦探",
    "手机定位",
    "微信解封",
]

UNSEEN_JOINED = {
    "underscore, term + year + domain": "金沙城2021_www.js88.com_手机版下载",
    "bar, number-led term + domain": "91快猫|www.91km.cc|樱桃直播",
    "comma, domain glued to a term, a year": (
        "永利皇宫8888.com,银河湾2024,皇冠梦幻城,鸿利彩坊,www.hl77.cc"
    ),
    "underscore stack of stacked modifiers": (
        "蜜桃传媒高清版_果冻传媒2024_天美传媒一二三_星空传媒官方入口_91樱桃直播_夜色宝盒下载"
    ),
    "space before each underscore": (
        "蜜桃传媒高清版 _果冻传媒2024 _天美传媒一二三 _星空传媒官方入口 _91樱桃直播 _夜色宝盒下载"
    ),
    "comma list with number-led names and a stray ?": (
        "68快猫下载,抖阴app,蜜桃影视,夜色宝盒,樱桃直播最新地址,91制片厂 ?"
    ),
    "comma list sharing a morpheme, one number": (
        "麻豆传媒,蜜桃传媒,果冻传媒,天美传媒,星空传媒,91制片厂"
    ),
    "enumeration comma sharing a morpheme, a year": (
        "开云体育、乐鱼体育、半岛体育、华体会、九游会、皇冠体育2024"
    ),
    "丨 with Latin domains glued": "开云体育kaiyun.com丨乐鱼体育leyu.com丨半岛体育丨华体会",
    "decorative ▋ with a domain": "金沙城▋永利皇宫▋鸿福国际▋www.yl99.vip",
    "full-width comma, domains and years": (
        "皇冠体育2024，www.hg88.cc，九游会，百胜彩8888.net，快猫"
    ),
}

# Real lines of news pages that share part of the shape (numbers, domains, lists, bars).
STRUCTURE_NEGATIVES = [
    "详情请登录 www.gov.cn 查询。",
    "2024年第3季度GDP同比增长5.2%,",
    "北京、上海、广州、深圳、杭州、成都",
    "河北省、河南省、湖北省、湖南省、广东省、海南省、云南省",
    "新疆维吾尔自治区、西藏自治区、广西壮族自治区、宁夏回族自治区、内蒙古自治区",
    "新闻8点见|国务院常务会议部署稳就业",
    "新闻8点见丨国务院常务会议部署稳就业",
    "Tags: China, Economy, Trade, Tariffs, US",
    "警方破获一起网络赌博案",
    "华为Mate60、小米14、苹果iPhone15、OPPO Find X7、vivo X100、荣耀Magic6",
    "新华社、人民日报、光明日报、经济日报、中央电视台、中国日报",
    "网站首页 | 关于我们 | 联系我们 | 网站地图 | www.example.gov.cn",
    "主办单位：西藏日报社 | 网址：www.xzrb.com | 电话：0891-6331234",
    "第1集 第2集 第3集 第4集 第5集",
    "10万人次、20亿元、30家企业、40个项目",
    "5G基站、4K电视、8K超清、3D打印、6G研发、AI大模型",
    "1号线、2号线、3号线、4号线、5号线、6号线、10号线",
]


def test_variant_terms_are_unseen():
    assert all(not lexicon().find(term) for term in UNSEEN_TERMS)
    for line in UNSEEN_JOINED.values():
        found = {t for _, _, t in lexicon().find(line.lower())} - {"www"}
        assert not found & set(UNSEEN_TERMS), line


# Forms the structural model does not catch yet, and why (strict: a fix must un-mark them).
JOINED_MISSES: set[str] = set()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(line, marks=pytest.mark.xfail(strict=True)) if name in JOINED_MISSES else line
        for name, line in UNSEEN_JOINED.items()
    ],
    ids=list(UNSEEN_JOINED),
)
def test_joined_lines_of_unseen_terms_are_caught_by_structure(line):
    assert score_line(line, simplify=SIMPLIFY).is_spam


@pytest.mark.parametrize("line", STRUCTURE_NEGATIVES)
def test_news_lines_with_numbers_domains_and_lists_are_kept(line):
    assert not score_line(line, simplify=SIMPLIFY).is_spam


def test_a_line_carrying_mirror_glosses_is_never_a_list_by_its_shape() -> None:
    """Round 17: a notice a mirror glossed (two toned glosses read-checked against their
    hosts) is article text, whatever its address makes of its shape."""
    glossed = "本站所（ zhàn suǒ ）有圖片（ tú piàn ）皆來自（ lái zì ）本報:http://www.example-news.net/a.html"
    assert not score_line(glossed, simplify=SIMPLIFY).is_spam


def test_one_stray_gloss_does_not_clear_a_keyword_list() -> None:
    line = "澳门百家乐,六合彩开奖结果,代开发票（ dài ）,www.example.com,2024最新"
    assert score_line(line, simplify=SIMPLIFY).is_spam


def test_a_list_mixing_kana_and_han_keywords_is_one_more_sign() -> None:
    """A keyword farm pours in several languages' terms: the cloud-bucket farm's line
    (http://keytestc8.s3-website-us-east-1.amazonaws.com/76424.html: 公式 輪投げ ルール and a
    porn keyword) with a porn term of the lexicon in the keyword's place.  Without the
    kana segments the same line of Han keywords scores under the bar."""
    mixed = "公式 輪投げ ルール 免費激情網"
    assert score_line(mixed, simplify=SIMPLIFY).is_spam
    assert not score_line("公式 轮投 规则 免费激情网", simplify=SIMPLIFY).is_spam


@pytest.mark.parametrize(
    "line",
    [
        "日语常用词 ありがとう 谢谢 すみません 对不起",  # a language column's word list
        "ソニー 索尼 パナソニック 松下 免费下载",  # brand names in two scripts, one weak term
        "韩国 한국 朝鲜 조선",  # place names in two scripts
    ],
)
def test_lists_of_words_in_two_scripts_without_spam_terms_are_kept(line: str) -> None:
    assert not score_line(line, simplify=SIMPLIFY).is_spam


def test_a_synthetic_opioid_named_in_a_joined_keyword_line_is_spam() -> None:
    """芬太尼 is vocabulary (strong, weight 2, as 冰毒 is): a comma-joined keyword line
    naming it is spam, and a report on the drug stays."""
    assert score_line("秒杀答案,高清播放,天天娱乐,芬太尼", simplify=SIMPLIFY).is_spam
    report = "警方在该仓库查获芬太尼约两公斤，抓获嫌疑人3名。"
    assert not score_line(report, simplify=SIMPLIFY).is_spam
    assert not score_line("美方借芬太尼问题对华加征关税", simplify=SIMPLIFY).is_spam


def test_a_remembered_find_hands_each_caller_its_own_list() -> None:
    # find is remembered across pages (round 37): a caller changing its list must not
    # change the next caller's answer
    probe = "澳门百家乐,六合彩开奖结果,代开发票"
    first = lexicon().find(probe)
    assert first
    expected = list(first)
    first.clear()
    assert lexicon().find(probe) == expected
