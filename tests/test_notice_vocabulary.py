"""A notice's vocabulary and the length it must carry it over (``filters/notice_vocabulary.py``):
weights of distinct terms, the longest where they overlap, prose signs against, and more
vocabulary asked of a longer line."""

from newsclean.filters.notice_vocabulary import (
    NOTICE_THRESHOLD,
    SHORT_THRESHOLD,
    needed_score,
    notice_score,
    notice_words,
    reports,
)


def test_prose_signs_weigh_against_a_reprint_warning():
    quoted = "他强调，任何单位未经许可不得转载。"
    assert reports(quoted)
    assert not reports("未经许可不得转载。")
    assert notice_score(quoted) < notice_score("未经许可不得转载。")


def test_a_lone_tag_needs_less_than_a_heading_naming_the_subject():
    assert needed_score("【版权声明】") == SHORT_THRESHOLD
    assert needed_score("版权保护的新挑战") == NOTICE_THRESHOLD


def test_the_longest_terms_are_the_words_found():
    assert notice_words("本网站所有内容，未经授权不得转载") == [
        "本网站所有内容",
        "未经授权",
        "不得转载",
    ]


def test_overlapping_terms_count_once():
    assert notice_score("版权所有") == 1.0
