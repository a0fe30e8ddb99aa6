"""Score one candidate line as a joined keyword list: the line model of ``spam.py``
(point 1 of its docstring states the model; this module implements it).

The score adds the lexicon evidence to the structural evidence of a machine-made list:
glue (a number, Latin or an address glued to a term, ``永利皇宫8888.com``), addresses,
list separators (``|`` ``_`` ``丨`` ``▋``), two names led by a number or letter
(``91制片厂``), a long list, short segments, a repeated segment or pattern (three
segments sharing a two-character head or tail, ``开云体育`` / ``乐鱼体育`` /
``半岛体育``); prose signs (function characters, sentence marks, colons,
clause-long segments) count against.  Without the lexicon, structure alone decides: three
signs at ``THRESHOLD - STRUCTURE_ALLOWANCE``, two at ``THRESHOLD``, and never for a list
of the site's own links (page furniture).  A line of two segments (two long runs of
terms) is judged only with glue or an address on it and no function character, both
segments worded, and a margin over the bar (``PAIR_MARGIN``).  A hyphen between two Han
characters joins list items (``香蕉久久综合-久久网站视频-久久网免费``, a hijacked page's
name): Chinese prose never joins words with an ASCII hyphen, which stays a joiner inside
numbers, dates and Latin words (``40-60毫米``, ``2023-01-31``, ``covid-19``).
A list *printed twice* (three distinct consecutive segments recur in the same order later
in the line, the copy's first one glued to the list's last item:
``静电接地报警器,标准金属量器,油槽车取样器,…,公司静电接地报警器,标准金属量器,油槽车取样器``,
a template's keyword list repeated with its first item glued on) is one more sign of a
machine-made list: an enumeration written by hand names each item once.
A colon counts against as the opener of a clause (``警方提醒:防疫期间,错峰出行``); the one
colon ending a short label (``spam_signature.MAX_LABEL`` characters, Han, no bar) before a
list joined by bars (``主站模板: 甲| 乙| 丙``, ``标签: 台风 | 暴雨 | 预警``) names the list:
the list after it is judged alone, as if unlabelled, so its words still decide (a tag line
without spam terms stays); a label adds only a spam template's signature
(``spam_signature``).
A list *glued throughout* (``spam_signs.glued_throughout``, round 37) is one more sign, and
with two others enough for a list of three.
A list *mixing scripts* (a segment in kana or Hangul beside segments of Han letters:
``公式 轮投げ ルール 免费激情网``, a keyword farm's line on a cloud bucket) is one more sign
(``MIXED_SCRIPT``): a keyword farm pours in terms from several languages' lexicons, while
a Chinese writer quoting a Japanese or Korean word does so inside a sentence.
"""

from __future__ import annotations

from itertools import pairwise

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.pinyin_grammar import find_glosses
from newsclean.filters.spam_signature import label_split, signed_list
from newsclean.filters.spam_signs import (
    BRACKETED_DOMAIN,
    COLON,
    DIGIT_OR_LATIN,
    DOMAIN,
    FUNCTION_CHARS,
    GLUED_DOMAIN,
    GLUED_NUMBER,
    HAN_HYPHEN,
    HEAD_GLUE,
    LATIN_WORD_SPACE,
    LIST_SEPARATORS,
    SENTENCE_MARKS,
    SEPARATORS,
    glued_throughout,
    han_count,
    lexicon,
    morpheme_pattern,
    shared_affixes,
)
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: Score at which a line is removed.
THRESHOLD = 6.0
#: How much lower the bar is for a list whose structure alone is unmistakable.
STRUCTURE_ALLOWANCE = 2.0
#: Lexicon weight a line needs (besides structure) to be spam at all.
MIN_LEXICON = 2.0
#: Cap on the lexicon part, so one long line of weak terms cannot outscore structure.
MAX_LEXICON = 8.0
#: Cap on what morphemes of the lexicon's vocabulary add to the lexicon part.
MAX_MORPHEME = 2.0
#: A list this long is rarely written by hand.
LONG_LIST = 6
#: Segments longer than this read as clauses, not keywords.
LONG_SEGMENT = 15
#: A keyword list has at least this many segments ...
MIN_SEGMENTS = 3
#: ... or two, when both hold lexicon terms and a number or an address is glued on
#: (``黑人无码精品一区二区三区,se国产成人.com``: two long runs of terms, the shape of a
#: hijacked title), scoring this much over the bar: a headline of two clauses naming a
#: crime holds one term, and no glue.
PAIR_MARGIN = 2.0
PAIR_BAR = THRESHOLD + PAIR_MARGIN
#: Toned mirror glosses on a line that make it article text, never a list by its shape.
MIN_GLOSSES = 2


#: A segment written in kana or Hangul (a Japanese or Korean keyword) beside Han segments.
FOREIGN_SCRIPT = lazy_regex(r"[\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: What a list mixing scripts adds to the structural evidence (module docstring).
MIXED_SCRIPT = 1.0


def _mixes_scripts(segments: list[str]) -> bool:
    """Whether a list holds a kana or Hangul segment and a segment of Han letters only."""
    foreign = [FOREIGN_SCRIPT.search(segment) is not None for segment in segments]
    return any(foreign) and any(
        not is_foreign and han_count(segment) == len(segment)
        for segment, is_foreign in zip(segments, foreign, strict=True)
    )


#: The bars of a list after a label.
BARS = ("|", "｜", "丨")


def _list_after_label(head: str, tail: str) -> str | None:
    """The list ``tail`` after a short label ``head`` (``spam_signature.label_split``) when
    the label is a word of two Han characters or more, no bar in it, and the list is
    joined by at least two bars (``主站模板: 甲| 乙| 丙``), else None: the colon names the
    list, it does not open a clause as in prose (``警方提醒:防疫期间``)."""
    if any(bar in head for bar in BARS) or sum(tail.count(bar) for bar in BARS) < 2:
        return None
    if han_count(head) < 2:
        return None  # a label is a word (标签, 热门标签): not bytes that lost their high bit
    return tail


def _with_morpheme(segments: list[str], covered: bytearray, probe: str) -> int:
    """How many segments without a lexicon term hold a spam morpheme."""
    starts = bytearray(len(probe))
    for match in morpheme_pattern().finditer(probe, overlapped=True):
        starts[match.start()] = 1
    count = 0
    position = 0
    for segment in segments:
        at = probe.find(segment, position)
        position = at + len(segment)
        if any(starts[at : at + len(segment) - 1]) and not any(covered[at:position]):
            count += 1
    return count


def _with_term(segments: list[str], covered: bytearray, probe: str) -> int:
    """How many segments hold (part of) a lexicon term."""
    with_term = 0
    position = 0
    for segment in segments:
        at = probe.find(segment, position)
        position = at + len(segment)
        if any(covered[at : at + len(segment)]):
            with_term += 1
    return with_term


def _printed_twice(segments: list[str]) -> bool:
    """Three distinct consecutive segments recur in the same order later in the line, the
    first of the copy glued to what precedes it (``公司静电接地报警器``): an exact repeat
    may be a hand-written list naming its items again."""
    seen: dict[tuple[str, str], int] = {}
    for k, pair in enumerate(pairwise(segments)):
        first = seen.setdefault(pair, k)
        if first == k or first == 0 or k - first < 3:
            continue
        head, copy = segments[first - 1], segments[k - 1]
        if copy != head and copy.endswith(head) and len({head, *pair}) == 3:
            return True
    return False


def score_probe(probe: str, *, verdict_only: bool = False) -> SpamVerdict:
    """Score a candidate line already simplified and lower-cased.

    With ``verdict_only``, a line whose score provably stays below the bar (the lexicon
    giving all it can) is answered ``NOT_SPAM`` (score 0) before the lexicon scan.

    Round 17: a line carrying ``MIN_GLOSSES`` toned mirror glosses or more
    (``pinyin_grammar.find_glosses``: syllables read-checked against their host
    characters) is article text a mirror annotated, never a keyword list by its shape
    (``本文所（ wén suǒ ）有報紙（ bào zhǐ ）…:http://…``); asked only of a line judged spam.

    >>> score_probe("本文所( wén suǒ )有报纸( bào zhǐ )图片皆来自新华社:http://www.ab.net/i.html")
    SpamVerdict(is_spam=False, score=0.0, terms=(), segments=0, block=None, sure=False)
    """
    verdict = list_score(probe, verdict_only=verdict_only)
    glossed = verdict.is_spam and ("(" in probe or "（" in probe)
    if glossed and sum(gloss.toned for gloss in find_glosses(probe)) >= MIN_GLOSSES:
        return NOT_SPAM
    return verdict


def list_score(probe: str, *, verdict_only: bool = False) -> SpamVerdict:
    """``score_probe`` before the glosses are asked about (the module's model; asked again
    by ``spam_glossed`` of a mirror's line read without its glosses)."""
    if (":" in probe or "：" in probe) and (split := label_split(probe)) is not None:
        probe = signed_list(*split) or _list_after_label(*split) or probe
    if "." in probe:
        probe = BRACKETED_DOMAIN.sub(r",\1,", probe)
    if "-" in probe:
        probe = HAN_HYPHEN.sub(",", probe)
    if " " in probe or "\t" in probe:
        probe = LATIN_WORD_SPACE.sub("-", probe)
    ends_as_sentence = probe.endswith(("。", "！", "？"))
    # A stray "?" at the end is an emoji or a character the hijacker's encoding lost
    # (``...,四虎国产在线观看 ?``), not a question.
    segments = [s for s in SEPARATORS.split(probe.rstrip("。.!！？? ")) if s]
    pair = len(segments) == MIN_SEGMENTS - 1
    if len(segments) < MIN_SEGMENTS and not (pair and DIGIT_OR_LATIN.search(probe)):
        return NOT_SPAM
    # Everything the lexicon does not decide first.
    # Pre-checks over the whole line skip calls that cannot match (a domain needs "." or
    # ":", a colon needs a colon): same counts, fewer regex calls on plain Chinese lines.
    glued, head_glued = 0, False
    if DIGIT_OR_LATIN.search(probe):
        # is_glued, inlined: this runs on every candidate line with a digit or Latin.
        glued = sum(
            1
            for segment in segments
            if GLUED_NUMBER.search(segment) or ("." in segment and GLUED_DOMAIN.search(segment))
        )
        # Site names led by a number or letter (68快猫下载, 91制片厂): two make a sign.
        head_glued = sum(1 for segment in segments if HEAD_GLUE.match(segment)) >= 2
    # A pair of segments needs glue or an address, and no function character (prose of
    # two clauses is far more common than such a title): most pairs stop here.
    if pair and (
        (glued == 0 and not ("." in probe and DOMAIN.search(probe))) or FUNCTION_CHARS.search(probe)
    ):
        return NOT_SPAM
    han = han_count(probe) or 1
    function_share = len(FUNCTION_CHARS.findall(probe)) / han
    lengths = [len(s) for s in segments]
    average = sum(lengths) / len(lengths)
    domains = len(DOMAIN.findall(probe)) if "." in probe or ":" in probe else 0
    list_marks = LIST_SEPARATORS.search(probe) is not None
    colons = len(COLON.findall(probe)) if ":" in probe or "：" in probe else 0
    marks = len(SENTENCE_MARKS.findall(probe.rstrip("。！？? ")))

    # The part of the score the lexicon does not decide: evidence for a keyword list …
    rest = 2.0 * glued / len(segments)
    rest += 1.5 * min(domains, 2)
    rest += 1.0 if list_marks else 0.0
    rest += 1.0 if head_glued else 0.0
    all_glued, long_list = glued_throughout(segments, glued), len(segments) >= LONG_LIST
    rest += 1.0 if all_glued else 0.0
    twice = len(set(segments)) < len(segments) and _printed_twice(segments)
    rest += 1.0 if twice else 0.0
    rest += 1.0 if len(segments) >= 5 else 0.0
    rest += min(0.5 * max(len(segments) - 5, 0), 1.5)
    rest += 1.0 if average <= 8 else (0.5 if average <= 12 else 0.0)
    if not probe.isascii() and FOREIGN_SCRIPT.search(probe) and _mixes_scripts(segments):
        rest += MIXED_SCRIPT
    # … and for prose.
    rest -= 40.0 * function_share
    rest -= 2.5 if ends_as_sentence else 0.0
    rest -= 1.5 * min(colons, 2)
    rest -= 1.5 * min(sum(1 for n in lengths if n > LONG_SEGMENT), 2)
    rest -= 3.0 * marks
    # A generated list repeats its pattern: three of its four or more segments share a
    # two-character head or tail (开云体育 / 乐鱼体育 / 半岛体育); looked for only in a
    # line without function characters (prose stays far below the bar whatever its
    # pattern), and only once the line can reach the bar with it.
    pattern_may = function_share == 0 and len(segments) >= 4

    if verdict_only:
        # At most MAX_LEXICON, 3 for segments with terms, 1 for a repeated term and 1 for
        # a repeated pattern.
        bound = rest + MAX_LEXICON + 3.0 + 1.0 + (1.0 if pattern_may else 0.0)
        may = (list_marks, domains >= 1, glued >= 1, head_glued, True, long_list, twice, all_glued)
        wide = len(segments) >= 4 or all_glued
        structure_may = sum(may) >= 3 and function_share == 0 and wide
        bar = THRESHOLD - STRUCTURE_ALLOWANCE if structure_may else THRESHOLD
        if bound < bar - 1e-6:  # the margin absorbs float rounding
            return NOT_SPAM

    found = lexicon().find(probe)
    weights = lexicon().terms
    distinct = sorted({term for _, _, term in found}, key=lambda t: (-weights[t], t))
    covered = bytearray(len(probe))
    for start, end, _ in found:
        covered[start:end] = b"\1" * (end - start)
    with_term = _with_term(segments, covered, probe)
    term_weight = sum(weights[t] for t in distinct)
    repeated_term = len(set(segments)) < len(segments) or any(
        sum(term in segment for segment in segments) >= 2 for term in distinct[:5]
    )
    signs = (list_marks, domains >= 1, glued >= 1, head_glued, long_list, twice, all_glued)

    def decide(patterned: bool) -> tuple[bool, float]:
        repeated = patterned or repeated_term
        pattern_rest = rest + (1.0 if patterned else 0.0)
        # Segments the lexicon misses but built on a morpheme of its vocabulary (出售,
        # 私服, 彩票): half a weight each, so a list of unknown terms still gives the
        # lexicon a say.  Looked for only where they could decide: not in prose, which
        # stays below the lower bar even with them, nor in a line the lexicon already
        # carries over the bar.
        morpheme_bound = min(0.5 * (len(segments) - with_term), MAX_MORPHEME)
        without = (
            min(term_weight, MAX_LEXICON)
            + 3.0 * with_term / len(segments)
            + pattern_rest
            + repeated
        )
        decided = term_weight >= MIN_LEXICON and without >= THRESHOLD
        morpheme_segments = (
            _with_morpheme(segments, covered, probe)
            if morpheme_bound > 0
            and not decided
            and without + morpheme_bound >= THRESHOLD - STRUCTURE_ALLOWANCE
            else 0
        )
        lexical = min(term_weight + min(0.5 * morpheme_segments, MAX_MORPHEME), MAX_LEXICON)
        # Signs of a machine-made keyword list that prose and enumerations do not show.
        list_evidence = sum(signs) + repeated
        score = lexical + 3.0 * with_term / len(segments) + repeated + pattern_rest
        # The lexicon has its say with two weights of terms, or one when the line is
        # plainly machine-made; with none, only unmistakable list structure counts.
        lexicon_says = lexical >= MIN_LEXICON or (lexical >= 1 and list_evidence >= 2)
        if pair:
            # Two segments: both worded, and a margin over the bar (glue checked above).
            return lexicon_says and with_term == 2 and score >= PAIR_BAR, score
        if lexicon_says and score >= THRESHOLD:
            return True, score
        # Without the lexicon, structure decides: three signs of a machine-made list at
        # the lower bar, two at the lexicon's own bar; never a list of the site's own
        # links (首页 | 关于我们 | 网站地图 | www...: page furniture, the navigation's).
        structure_says = (
            function_share == 0
            and (len(segments) >= 4 or all_glued)
            and (
                (list_evidence >= 3 and score >= THRESHOLD - STRUCTURE_ALLOWANCE)
                or (list_evidence >= 2 and score >= THRESHOLD)
            )
        )
        if structure_says:
            structure_says = not any(classify_furniture(segment) for segment in segments)
        return structure_says, score

    is_spam, score = decide(False)
    # The repeated pattern only adds evidence: looked for when it could change the verdict.
    if not is_spam and pattern_may and sum(shared_affixes(segments)) >= 3:
        is_spam, score = decide(True)
    return SpamVerdict(is_spam, round(score, 2), tuple(distinct), len(segments))
