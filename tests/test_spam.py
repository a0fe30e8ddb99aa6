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

    check()


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
            assert verdict.block.startswith(("block of", "keyword list on a page")), line


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
    from newsclean.pipeline import _simplify_lines

    lines = ["薴", "國產2021,薴麻,免費觀看", "澳門百家樂,六合彩開獎結果,代開發票,www.example.com"]
    assert _simplify_lines(lines) == [SIMPLIFY(line) for line in lines]
    page = spam_verdicts(lines, simplify_lines=_simplify_lines)
    assert [v.is_spam for v in page] == [score_line(x, simplify=SIMPLIFY).is_spam for x in lines]
