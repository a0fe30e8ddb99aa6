"""Detect injected SEO spam: keyword lines judged alone, then link lists judged as blocks.

Spam reaches a page in two shapes, and ``spam_verdicts`` (the page-level entry point the
pipeline calls) judges both:

1. *A joined keyword line* (this module).  A spam line is a list, not a sentence: many
   short segments joined by commas, bars, underscores, 、, spaces or the decorative marks
   of hijacked titles (▋ ◇ → ...; ``spam_signs.SEPARATORS``), no sentence punctuation,
   often a domain fragment or a year glued on (a domain in a bracket pair, 「…seo8.vip」,
   is a list item, not a quotation), and most segments carry a term from the spam lexicon
   (``data/spam_terms.txt``).  A space separates Chinese terms, not Latin words: the words
   of an English phrase (``Copyright © 2022 www.cqcb.com All Rights Reserved``) are one
   segment. The scoring lives in ``spam_line`` (its docstring). The score adds the lexicon
   evidence (weights of the distinct terms found, half a weight for each segment built on a
   morpheme that several lexicon terms share, and the share of segments with terms) to the
   structural evidence (glue: numbers, Latin or an address glued to a term,
   ``永利皇宫8888.com``; domains; list separators ``|`` ``_`` ``丨`` ``▋``; two site
   names led by a number or letter, ``68快猫下载`` / ``91制片厂``; a long list; short
   segments; a repeated segment or pattern, three segments sharing a two-character head or
   tail); a line is spam when the score reaches ``THRESHOLD`` *and* the lexicon has a say
   (a plain keyword list with no spam term — tags, a crumb trail — is not spam), or on
   structure alone: at ``THRESHOLD - STRUCTURE_ALLOWANCE`` when three signs of a
   machine-made list agree, at ``THRESHOLD`` when two do, never when a segment is page
   furniture (``首页 | 关于我们 | www...``). So unknown terms with domains, numbers and a
   repeated pattern are caught; a list of place names, agencies or phone models is not.
   A number leading a date or an ordinal (``2024年度报告``, ``10号线``) is not glue, and a
   stray ``?`` ending a line is a lost character, not a question.  A line of only two
   segments is a list when both hold lexicon terms, a number or an address is glued on,
   and it scores ``spam_line.PAIR_MARGIN`` over the bar (``黑人无码精品一区二区三区,
   se国产成人.com``, a hijacked page's name): a headline of two clauses naming a crime
   holds one term and no glue.
   Sentence punctuation, function characters (的 了 是), colons and clause-long segments
   count strongly against: a news report on a crackdown names the same words, inside
   sentences (``tests/test_spam.py`` holds the variant table of shapes, each with the page it
   was seen on, built from terms the lexicon lacks). Why ``THRESHOLD`` = 6: two strong
   terms (weight 3) in a list shape reach it, a list of weak words (免费, 在线, 视频) needs glued
   numbers or a domain besides, and a sentence naming the same terms falls far below it
   (measured: 0 of 74 real sentences with spam words removed, ``tests/data/spam_traps.txt``;
   70 of 70 held-out lines and 95 % of lines built from a lexicon the project never used
   removed, ``tests/test_spam_heldout.py``).
2. *A link list*: a run of short lines of one or two terms each, judged as a block from
   the evidence of all its lines and its place on the page (``spam_block``, whose
   docstring states that model; ``spam_items`` weighs each line).
3. *The page*: a hijacked page carries several injections (a joined line at the top, a
   link list at the foot).  Once a line or a block of the page is spam, a run of keyword
   lines elsewhere needs only one line that the vocabulary speaks for
   (``spam_block.judge_run(..., hijacked=True)``), and a joined line is spam when it is a
   list of at least ``KEYWORD_LINE_SEGMENTS`` keyword-shaped segments (Chinese, at most
   ``spam_block.TERM_HAN`` Han characters, no function character, sentence mark, colon
   or word of the reports about spam) holding one lexicon term (``keyword_line``): the
   unknown brands of a gambling list (``红运娱乐，伟德国际，博虎堂，18dy电影``) are
   judged by the company they keep.  The evidence names the other spam lines.  A short
   line repeating a keyword of a joined spam line of the page (``page_links``) is a link of
   the same injection: worded and marked in its run, whatever the lexicon knows of it.
4. *Templates judged by structure* (each module's docstring states its model): a keyword
   header echoed on consecutive lines and a spam farm's header (keyword line, random id
   glued to a timestamp, keyword line again; ``spam_echo``), a keyword framed by
   pictographs and jammer noise (``spam_shapes``, ``spam_jammer``).  Their verdicts are ``sure``.
5. *Spam glued to the page's own lines* (``spam_frames``): a framed term before the
   headline, a keyword before the first paragraph; cut off the line, not the line removed.
   A term before the headline with a space, and a term no vocabulary knows on a hijacked
   page, are judged by the page's evidence (``spam_lead``).
   *A keyword turned into a search query* (``spam_query``): a short line of a year, a
   keyword and a query frame (``…是什么``, ``…规则是怎样的``), the keyword spam by its
   vocabulary or foreign to the article.  *A search query around a foreign term*
   (``spam_ask``, round 17): an opener, a slot and a tail of frame words (``求X的游戏玩法?``,
   ``X开奖日期是什么时候开始的``), the slot's term spam by the lexicon or foreign to the
   article in a gambling, download or purchase frame.  *A generated line with a slot*
   (``spam_slot``, round 19): a template on several lines, a slot echoed in one line, a
   lexicon term alone in a short line, judged by what the page's article says of it.
   *Spam spun into prose* (``spam_quoted``): a template sentence around a quoted keyword
   (the keyword spam by its vocabulary or foreign to the article, the prose foreign to it
   too), and a tag page's crumb ending in a keyword (``首页 标签:…``); judged last, with
   the verdicts above as the page's evidence.
6. *Spam against byline*: one decision, ``spam_byline.spam_or_byline``, taken after the
   verdicts above (the pipeline's spam step asks ``spam_byline.settle``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.memo import LineCache
from newsclean.filters.spam_appended import appended_lines
from newsclean.filters.spam_ask import query_spam
from newsclean.filters.spam_block import BlockVerdict, judge_run
from newsclean.filters.spam_echo import echo_headers, farm_headers
from newsclean.filters.spam_items import FUNCTION_NOUNS, TERM_HAN
from newsclean.filters.spam_jammer import jammer_lines
from newsclean.filters.spam_line import score_probe
from newsclean.filters.spam_pitch import pitch_lines
from newsclean.filters.spam_query import query_lines
from newsclean.filters.spam_question import question_lines
from newsclean.filters.spam_runs import is_item, last_own_line, runs
from newsclean.filters.spam_shapes import framed_keyword, spam_shaped
from newsclean.filters.spam_signs import (
    COLON,
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    SEPARATORS,
    SpamLexicon,
    counter_lexicon,
    han_count,
    lexicon,
)
from newsclean.filters.spam_slot import slot_spam
from newsclean.filters.spam_spun import apposed_candidates, apposed_spam, verdicts_of_prose
from newsclean.filters.spam_ui import site_headers
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.filters.spam_wrapper import wrapper_lines

__all__ = ["SpamLexicon", "SpamVerdict", "lexicon", "score_line", "score_probe", "spam_verdicts"]


#: A line with one sentence mark is still a candidate with this many separators.
CANDIDATE_SEPARATORS = 4


def is_candidate(text: str) -> bool:
    """Cheap pre-check: prose (sentence marks and few separators) is never spam."""
    body = text.rstrip("。.!！ ")
    mark = SENTENCE_MARKS.search(body)
    if mark is None:
        return True
    if SENTENCE_MARKS.search(body, mark.end()) is not None:
        return False  # two sentence marks: the search stops there, no list of them is built
    for count, _ in enumerate(SEPARATORS.finditer(body), 1):
        if count == CANDIDATE_SEPARATORS:
            return True
    return False


def score_line(text: str, *, simplify: Callable[[str], str] | None = None) -> SpamVerdict:
    """Score one line; ``simplify`` converts it to simplified Chinese before lexicon look-up.

    >>> score_line("澳门百家乐,六合彩开奖结果,代开发票,www.example.com,2024最新").is_spam
    True
    >>> score_line("警方捣毁一个色情网站，抓获嫌疑人3名。").is_spam
    False
    """
    stripped = text.strip()
    if not stripped or not is_candidate(stripped):
        return NOT_SPAM
    return score_probe((simplify(stripped) if simplify else stripped).lower())


#: Candidate lines simplified per OpenCC call (a page's, unless it has very many).
CANDIDATE_CHUNK = 1 << 13


@LineCache
def _verdict_only(probe: str) -> SpamVerdict:
    return score_probe(probe, verdict_only=True)


def spam_verdicts(
    texts: Sequence[str],
    *,
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
    probes_out: dict[int, str] | None = None,
) -> list[SpamVerdict]:
    """The spam verdict on every line of a page: each line alone, then runs of short lines
    as blocks (``spam_block``).

    ``simplify_lines`` converts many lines in one call (one crossing into OpenCC per page,
    not per line).  A line whose score cannot reach the bar gets ``NOT_SPAM`` without the
    lexicon scan, so a line-level verdict ``is_spam`` always equals
    ``score_line(text).is_spam``, but a non-spam verdict's score is 0; a line of a spam
    block is spam besides.  ``tests/test_spam.py`` checks both.

    ``probes_out``, when given, holds the probes the verdicts read when they are made: each
    candidate line's (stripped, simplified, lower-cased), and a few other lines' (a farm
    header's, a framed keyword's: stripped and lower-cased alone, no candidates); a caller
    judging the candidates again needs not make them again.  The one dict, no copy: a
    page of 50,000 short lines holds 50,000 probes (``tests/test_memory.py``).

    >>> page = ["正文第一段，说的是援藏。", "", "澳门赌场", "威尼斯人娱乐", "", "av在线", "办证"]
    >>> [v.is_spam for v in spam_verdicts(page)]
    [False, False, True, True, False, True, True]
    """
    verdicts = [NOT_SPAM] * len(texts)
    probes: dict[int, str] = {} if probes_out is None else probes_out  # no copy: see docstring
    # Short lines repeat (a page of one-character lines): equal probes share one string and
    # each distinct one is scored once (``_verdict_only``, across pages); candidates are
    # simplified a chunk at a time.
    shared: dict[str, str] = {}
    where: list[int] = []
    candidates: list[str] = []

    def judge_chunk() -> None:
        simplified = simplify_lines(candidates) if simplify_lines is not None else candidates
        for index, candidate in zip(where, simplified, strict=True):
            probe = candidate.lower()
            probe = probes[index] = shared.setdefault(probe, probe)
            verdicts[index] = _verdict_only(probe)  # remembered across pages, in C
        where.clear()
        candidates.clear()

    for i, text in enumerate(texts):
        stripped = text.strip()
        # A line without any sentence mark is a candidate: is_candidate's first test, inline.
        if stripped and (SENTENCE_MARKS.search(stripped) is None or is_candidate(stripped)):
            where.append(i)
            candidates.append(stripped)
            if len(where) == CANDIDATE_CHUNK:
                judge_chunk()
    if where:
        judge_chunk()
    for i, (keyword, why) in echo_headers(texts, probes, verdicts).items():
        if not verdicts[i].is_spam:  # a line spam alone keeps its own verdict
            verdicts[i] = SpamVerdict(True, 0.0, (keyword,), 1, why, sure=True)
    for i, why in farm_headers(texts, [k for k, v in enumerate(verdicts) if v.is_spam]).items():
        if not verdicts[i].is_spam:
            probes.setdefault(i, texts[i].strip().lower())  # a keyword line may have a mark
            verdicts[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    framed = _lone_shapes(texts, probes, verdicts)
    spam_terms = {i: v.terms for i, v in enumerate(verdicts) if v.is_spam}
    items = bytearray(len(texts))
    # Joined lists of keywords (not spam alone): items too, since next to a link list they
    # are part of one injection (the block judges them with its neighbours).
    keyword_lines: dict[int, tuple[str, ...]] = {}
    for i, probe in probes.items():
        if i in spam_terms:
            items[i] = 1
            continue
        known = is_item(probe)  # remembered across pages (lru_cache, in C)
        if not known and len(probe) >= MIN_KEYWORD_LINE:
            terms = keyword_line(probe)
            if terms is not None:
                keyword_lines[i] = terms
                known = True
        if known:
            items[i] = 1
    # A hijacked page carries several injections: once a line or a block is spam, a run of
    # keywords or a joined keyword line elsewhere on the page needs less evidence of its own.
    spam_lines = sorted(spam_terms)
    undecided: list[list[int]] = []
    links = page_links(probes, spam_terms)
    own_end = last_own_line(texts)
    for run in runs(texts, items):
        block = judge_run(run, probes, spam_terms, at_foot=run[-1] >= own_end, page_links=links)
        if block is None:
            undecided.append(run)
        else:
            _take(verdicts, block)
            spam_lines.extend(block.removed)
    if spam_lines:
        for run in undecided:
            inside = set(run)
            if any(i not in inside for i in spam_lines):
                block = judge_run(
                    run,
                    probes,
                    spam_terms,
                    hijacked=True,
                    at_foot=run[-1] >= own_end,
                    page_links=links,
                )
                if block is not None:
                    _take(verdicts, block)
                    spam_lines.extend(block.removed)
        for i, keyword in framed.items():
            if not verdicts[i].is_spam and any(j != i for j in spam_lines):
                why = f"keyword framed by pictographs on a page with spam elsewhere: {keyword}"
                verdicts[i] = SpamVerdict(True, 0.0, (keyword,), 1, why, sure=True)
        where_spam = f"lines {', '.join(str(i + 1) for i in sorted(set(spam_lines))[:6])}"
        for i, terms in keyword_lines.items():
            if not verdicts[i].is_spam and any(j != i for j in spam_lines):
                why = f"keyword list on a page with spam elsewhere ({where_spam}): " + (
                    ", ".join(terms[:6]) or "no term"
                )
                verdicts[i] = SpamVerdict(True, 0.0, terms, 1, why)
    for i, verdict in appended_lines(texts, probes, verdicts).items():
        verdicts[i] = verdict  # 英文维基 | 中文维基 | 日文维基 | 彩48彩票 (round 28)
    for i, verdict in site_headers(texts, probes, verdicts).items():
        verdicts[i] = verdict
    for i, verdict in wrapper_lines(texts, verdicts, simplify_lines).items():
        verdicts[i] = verdict
    for i, verdict in query_lines(texts, probes, verdicts).items():
        verdicts[i] = verdict
    appositions = apposed_candidates(texts)  # asked once: judged again below
    if verdicts_of_prose(texts, verdicts, simplify_lines, appositions):
        # a spun sentence or a tag crumb is spam elsewhere for a short query line
        for i, verdict in query_lines(texts, probes, verdicts).items():
            verdicts[i] = verdict
    for i, verdict in question_lines(texts, verdicts, simplify_lines).items():
        verdicts[i] = verdict
    for i, verdict in pitch_lines(texts, verdicts, simplify_lines).items():
        verdicts[i] = verdict  # a keyword pitched twice in one line (round 42)
    for i, verdict in (asked := query_spam(texts, verdicts, simplify_lines)).items():
        verdicts[i] = verdict
    for i, verdict in (slots := slot_spam(texts, verdicts, simplify_lines, probes)).items():
        verdicts[i] = verdict
    for i, verdict in (query_lines(texts, probes, verdicts) if slots or asked else {}).items():
        verdicts[i] = verdict  # a generated or asked line is spam elsewhere for a short query
    if (slots or asked) and any(not verdicts[i].is_spam for i in appositions):
        # an apposed answer judged before the generated lines read them as the article
        # (round 29: 私彩平臺这款游戏… under a colon title naming 平台), judged again without them
        for i, verdict in apposed_spam(texts, verdicts, simplify_lines, appositions).items():
            verdicts[i] = verdict
    for i, verdict in appended_lines(texts, probes, verdicts).items():
        verdicts[i] = verdict  # a row's odd term again, once the page is found hijacked
    return verdicts


def _lone_shapes(
    texts: Sequence[str], probes: dict[int, str], verdicts: list[SpamVerdict]
) -> dict[int, str]:
    """Jammer noise and spam-shaped framed keywords (``spam_jammer``, ``spam_shapes``)
    judged spam in place; the framed keywords left, which need spam elsewhere on the page,
    returned."""
    for i, term in jammer_lines(texts).items():
        if not verdicts[i].is_spam:
            probes.setdefault(i, texts[i].strip().lower())  # not a candidate: "!" is a mark
            why = "jammer noise" + (f" around {term}" if term else "")
            verdicts[i] = SpamVerdict(True, 0.0, (term,) if term else (), 1, why, sure=True)
    framed: dict[int, str] = {}
    for i, probe in probes.items():
        keyword = framed_keyword(probe) if not verdicts[i].is_spam else None
        if keyword is None:
            continue
        if spam_shaped(keyword):
            why = f"keyword framed by pictographs: {keyword}"
            verdicts[i] = SpamVerdict(True, 0.0, (keyword,), 1, why, sure=True)
        else:
            framed[i] = keyword
    return framed


def page_links(probes: dict[int, str], spam_terms: dict[int, tuple[str, ...]]) -> frozenset[str]:
    """The keyword-shaped segments of the page's joined spam lines (two to ``TERM_HAN``
    Han characters, no function character), which a link could repeat: an injection
    repeats its keywords, as a line and as a list.  A stolen headline joined into a
    hijacked title is longer, and is no link."""
    return frozenset(
        segment
        for i in spam_terms
        for segment in SEPARATORS.split(probes[i])
        if 2 <= han_count(segment) <= TERM_HAN and not FUNCTION_CHARS.search(segment)
    )


def _take(verdicts: list[SpamVerdict], block: BlockVerdict) -> None:
    for i, why in block.removed.items():
        if verdicts[i].is_spam:
            continue  # judged alone already; its own evidence says more
        verdicts[i] = SpamVerdict(True, block.score, block.terms[i], 1, why)


KANA_PARTICLES = lazy_re(r"[のをにがはで]")
#: A joined keyword line has at least this many segments ...
KEYWORD_LINE_SEGMENTS = 4
#: ... so at least this many characters (a character a segment and the separators).
MIN_KEYWORD_LINE = 2 * KEYWORD_LINE_SEGMENTS - 1


def keyword_line(probe: str) -> tuple[str, ...] | None:
    """The lexicon terms of a line that is a list of keywords (at least
    ``KEYWORD_LINE_SEGMENTS`` segments, each keyword-shaped, no sentence mark (a stray
    ``?`` ending the line is a lost character), colon or word of the reports about spam, and
    at least one lexicon term), else None.  Evidence enough
    only on a page that carries spam elsewhere.

    >>> keyword_line("红运娱乐，伟德国际，博虎堂，18dy电影，身份生成器")
    ('娱乐',)
    >>> keyword_line("北京,上海,广州,深圳"), keyword_line("警方打击网络赌博,抓获3人,娱乐")
    (None, None)
    >>> keyword_line("乱伦都市|一肖|夜色导航|全新yhk"), keyword_line("成都,娱乐都是,免费,看")
    (('乱伦',), None)
    """
    # A stray "?" ending the line is a character the hijacker's encoding lost, as in the
    # line model (``利赢彩票,mm美图,夜夜舔,乐点娱乐 ?``), not a question.
    probe = probe.rstrip("? ")
    if SENTENCE_MARKS.search(probe) or COLON.search(probe):
        return None
    segments = [s for s in SEPARATORS.split(probe) if s]
    if len(segments) < KEYWORD_LINE_SEGMENTS:
        return None
    # No separator is a function character: one search of the line finds one in any segment.
    # Kana particles are Japanese function words (a Japanese edition's reprint notice:
    # …に掲載の記事・写真…を禁じます), never the glue of a Chinese keyword list.
    if FUNCTION_CHARS.search(FUNCTION_NOUNS.sub("", probe)) or KANA_PARTICLES.search(probe):
        return None
    han_segments = 0  # Chinese keywords: the words of an English footer (www...) are not
    for segment in segments:
        han = han_count(segment)
        if han > TERM_HAN:
            return None
        han_segments += han > 0
    if han_segments < KEYWORD_LINE_SEGMENTS:
        return None
    if counter_lexicon().find(probe):
        return None
    weights = lexicon().terms
    found = {term for _, _, term in lexicon().find(probe)}
    if not found:
        return None
    return tuple(sorted(found, key=lambda t: (-weights[t], t)))
