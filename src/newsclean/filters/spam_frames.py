"""Spam glued to the page's own lines: a framed term before the headline, a keyword before
the first paragraph.  The spam part is cut off; the line stays where structure puts it.

Model.  A hijack template glues its keyword, in lenticular brackets, to the head of the
copied article's headline (``【信用卡提现】“行走新丝路”大型跨国全媒体报道活动…``, one
frame or a stack of them: ``【bt成人】【大发盘口】海沧市民节…``).  A real headline opens
with a bracketed *column name* in the same place (``【深度】``, ``【独家】``, ``【视频】``,
``【两会·声音】``), so the frame alone is no proof; its content must speak:

* *The place*: a line of the page head (above the first paragraph: the first line with
  two sentence marks, or longer than ``MAX_HEADLINE`` characters with one, its pinyin
  glosses not counted: ``spam_lead.head_length``) that opens with one or
  more frames ``【…】`` / ``〖…〗`` of ``MIN_TERM``-``MAX_TERM`` characters each (no
  sentence mark, colon or function character inside: a keyword, not a clause) and goes
  on with at least ``MIN_REST`` characters (the headline).
* *The content of a frame*, simplified and lower-cased, scored with the spam vocabulary
  (``spam_signs``): its pieces are the lexicon terms and, outside them, the spam
  morphemes (bigrams that several terms share: 出售, 电影, 仿真) it holds; glue is a
  number or Latin glued to Han (``bt成人``).

  - *strong*: a term of weight 2 or more, or two pieces (``在线淫电影``: 在线 + 电影;
    ``仿真手枪``), or glue with a piece (``bt成人``): the frame is spam on any page;
  - *marked*: one piece, or glue alone (``彩票预测``, ``信用卡提现``): the frame is spam
    only on a page that carries spam elsewhere (a line or a block already judged spam:
    the template's other injection speaks for it);
  - a frame that is nothing but one weak lexicon word (``【视频】``, ``【娱乐】``: a channel's
    name), or that holds a word of the reports about spam (``【扫黑除恶】``,
    ``spam_counter_terms.txt``), is the page's column and is never cut.

  A headline holding a word of the reports about spam (``【网络赌博】警方破获…``) is a
  crackdown report tagged with its crime: its frame stays.
  In a stack, frames are one injection: a stack holding a spam frame is cut up to its
  last frame that is not a column (``【bt成人】【大发盘口】``: the unknown brand goes with
  the known one); a column after it (a weak word alone, a word of enforcement) stays
  with the headline.

A frame no vocabulary knows on a page without other spam (``【蒙尘药】``) stays: nothing
but its vocabulary could tell it from a column name; round 41, a stack of
``spam_lead.MIN_STACK`` such frames, each judged by the page's evidence, is one injection
without the hijack (``spam_lead``: a column is one tag, or a tag and a format word).  On a
page with spam elsewhere, the page's evidence decides (``spam_lead``: no column, foreign to
the article, the rest its headline), and the same rules judge a term standing before the
headline with a plain space instead of a frame (``某某社区 习近平向…``).  The line stays
where structure puts it, without the frame; its evidence records the frame cut and why
(``spam cut``).

*A keyword glued to the first paragraph* (``苯丙胺最近，阴雨天气…``, ``bob半岛官方正版
下载2024年全国两会正在举行。``): the template writes its keyword, with no space, before the
first words of the article.  The first words of a real lede may be its subject
(``冰毒最近在本市…``), so the glued part must be shown to be foreign:

* *the place*: the first paragraph (the first line with two sentence marks, or longer
  than ``MAX_HEADLINE`` with one) opens with a keyword of ``MIN_TERM``-``MAX_TERM``
  characters (Han, Latin or digits only: no space, mark or function character) followed
  (at least ``MIN_TERM`` of them besides numbers and date units, and not ending in one:
  ``中华民国105年`` before ``7月19日`` is one date) at once by a *lede opener*: a word of
  time or source that news ledes begin with (``data/lede_openers.txt``: 最近, 昨天, 据,
  本报讯 …) or a date in digits (``2024年``, ``5月20日``);
* *evidence that it is no subject*: the keyword is spam by its vocabulary (a strong frame,
  ``frame_strength`` 2; a marked one on a page with spam elsewhere), or the lede's first
  clause is its opener alone (``最近，``, ``2024年9月4日，``, a source formula such as
  ``本报讯``): an adverbial that begins a sentence, which no subject stands before
  (``局长刘江华今日祝贺…`` has its subject before 今日, and no comma after it; round 31:
  the agency's reporter, ``中新社记者``, is no source formula but a noun, the object of a
  verb as often as the subject: ``欧舜华告诉中新社记者,…``);
* *foreign to the article*: none of the keyword's character pairs occurs anywhere else on
  the page (the headline, the other paragraphs, the rest of its own line).  A lede's
  subject is the article's topic, which the headline or the text names again; a
  hijacker's keyword is named once;
* *not a crackdown*: the first sentence holds no word of the reports about spam;
* *not a dateline*: a keyword before ``11月26日电`` is the agency and the place
  (``中新社台北``).

A brand the lexicon does not know is caught this way: the evidence is where it stands and
that nothing else on the page speaks of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters import spam_prefix
from newsclean.filters.byline_pieces import OUTLET_REPORTER
from newsclean.filters.lazy_pattern import DECIMAL_DIGIT, HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_cut import HeadCut, printed_cut
from newsclean.filters.spam_lead import (
    MIN_STACK,
    char_pairs,
    head_length,
    unknown_spam,
)
from newsclean.filters.spam_signs import (
    COLON,
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    counter_lexicon,
    is_glued,
    lexicon,
    morpheme_pattern,
)
from newsclean.filters.spam_unused import page_hijacked, unglossed
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: A line longer than this holding a sentence mark is a paragraph: the page head ends there.
MAX_HEADLINE = 64
#: A framed keyword is this many characters.
MIN_TERM, MAX_TERM = 2, 16
#: What follows the frames (the headline) is at least this many characters.
MIN_REST = 4
#: Weight of a lexicon term that is spam on its own.
STRONG_WEIGHT = 2.0
FRAMES = lazy_regex(
    rf"^(?:【[^【】]{{{MIN_TERM},{MAX_TERM}}}】|〖[^〖〗]{{{MIN_TERM},{MAX_TERM}}}〗)+"
)
FRAME = lazy_regex(r"【([^【】]+)】|〖([^〖〗]+)〗")
PARAGRAPH_MARK = lazy_re(r"[。！？]")
#: ``frame_strength`` of a column name: a weak word alone, a word of enforcement.
COLUMN = -1
#: A glued keyword: Han, Latin and digits only.
KEYWORD = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")
OPENER_DATE = lazy_re(
    f"[{DECIMAL_DIGIT}]{{4}}年|[{DECIMAL_DIGIT}]{{1,2}}月[{DECIMAL_DIGIT}]{{1,2}}日"
)
#: Numbers and date units: a keyword is more than a date (2024年 before 9月4日 is one date).
DATE_PIECE = lazy_regex(r"\d+[年月日号时点分]?")
#: A keyword ending in a number or a date unit after one is a date's first part.
DATE_END = lazy_regex(r"\d[年月日号]?$")
#: The lede's first clause when it is an opener alone: a word or a date, a part of the day.
OPENER_CLAUSE = lazy_regex(
    r"((?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|[^\d，,]{1,4}?)(?:上午|下午|晚上|早上|凌晨|晚|早)?[，,]"
)
#: Openers that only begin a lede (a source formula), comma or not.
SOURCE_OPENERS = ("本报讯", "据悉", "据了解", "据报道", "新华社", "中新社")
#: A wire agency's reporter: a noun phrase, not the source formula opening a lede (the
#: role as a byline reads it after an outlet, ``byline_pieces.OUTLET_REPORTER``).
AGENCY_REPORTER = lazy_regex(r"(?:新华社|中新社)" + OUTLET_REPORTER)
#: A dateline's date (11月26日电): what stands before it is the agency and the place.
DATELINE_DATE = lazy_regex(r"\d{1,2}月\d{1,2}日\s?[电讯]")
SENTENCE_END = lazy_re(r"[。！？]")


def frame_strength(term: str) -> int:
    """2 for a strong frame, 1 for a marked one, 0 for one the vocabulary does not know,
    -1 for a column (module docstring); ``term`` is simplified and lower-cased.

    >>> [frame_strength(t) for t in ("在线淫电影", "bt成人", "彩票预测", "深度", "视频", "打非")]
    [2, 2, 1, 0, -1, -1]
    """
    if counter_lexicon().find(term):
        return COLUMN
    weights = lexicon().terms
    if weights.get(term, STRONG_WEIGHT) < STRONG_WEIGHT:
        return COLUMN  # one weak word alone: a channel's name
    found = lexicon().find(term)
    if any(weights[t] >= STRONG_WEIGHT for _, _, t in found):
        return 2
    covered = bytearray(len(term))
    for start, end, _ in found:
        covered[start:end] = b"\1" * (end - start)
    pieces = len({t for _, _, t in found})
    taken = bytearray(len(term))
    for match in morpheme_pattern().finditer(term, overlapped=True):
        start, end = match.span()
        if not any(covered[start:end]) and not any(taken[start:end]):
            taken[start:end] = b"\1" * (end - start)
            pieces += 1
    glued = is_glued(term)
    if pieces >= 2 or (glued and pieces):
        return 2
    return 1 if pieces or glued else 0


def _keyword(term: str) -> bool:
    return not (SENTENCE_MARKS.search(term) or COLON.search(term) or FUNCTION_CHARS.search(term))


def head_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The framed spam terms glued before headlines of the page head, and the keyword glued
    before its first paragraph (line index -> cut).

    >>> page = ["【在线淫电影】今天下午到夜间 省会将有强降雨", "【深度】两会代表谈民生", "正文。"]
    >>> cuts = head_cuts(page, [SpamVerdict(False, 0.0, (), 0)] * 3)
    >>> sorted(cuts), cuts[0].cut, cuts[0].rest
    ([0], '【在线淫电影】', '今天下午到夜间 省会将有强降雨')
    """
    found: dict[int, list[str]] = {}
    bare: set[int] = set()  # the lines whose term stands before a space, not in a frame
    glue: set[int] = set()  # the lines whose last term is glued to the headline
    judged: set[int] = set()  # the lines of the head judged spam whole
    plains: dict[int, str] = {}  # a line as read: a mirror's glosses left out
    first = -1
    article = Article(texts, verdicts)  # built again when a line judged spam is cleared
    for i, text in enumerate(texts):
        line = text.strip()
        mark = PARAGRAPH_MARK.search(line)
        if mark is not None and (
            head_length(line) > MAX_HEADLINE or PARAGRAPH_MARK.search(line, mark.end()) is not None
        ):
            first = -1 if verdicts[i].is_spam else i
            break  # the first paragraph: the page head ends
        if not line or (verdicts[i].is_spam and line[0] in "【〖"):
            continue
        if verdicts[i].is_spam:
            judged.add(i)  # judged spam whole: its prefix alone may be (``spam_prefix``)
        if line[0] not in "【〖":
            # a mirror's glosses left out, as the article is read (round 29)
            plains[i] = unglossed(line)
            terms, stuck = spam_prefix.candidates(plains[i], article.without(i))
            if stuck is not None:
                terms.append(stuck)
                glue.add(i)
            if terms:
                found[i] = terms
                bare.add(i)
            continue
        frames = FRAMES.match(line)
        if frames is None or len(line) - frames.end() < MIN_REST:
            continue
        if counter_lexicon().find(line[frames.end() :]):
            continue  # a crackdown report tagged with its crime
        terms = [m.group(1) or m.group(2) for m in FRAME.finditer(frames.group())]
        if all(map(_keyword, terms)):
            found[i] = terms
    if not found and first < 0:
        return {}
    flat = [t.strip("【】〖〗") for terms in found.values() for t in terms]
    if first >= 0:
        flat.append(texts[first].strip())
    simplified = simplify_lines(flat) if simplify_lines is not None else flat
    probes = iter(t.lower() for t in simplified)
    hijacked = page_hijacked(verdicts)  # a channel line's verdict is its own
    cuts: dict[int, HeadCut] = {}
    for i, terms in found.items():
        probed = [next(probes) for _ in terms]
        strengths = [frame_strength(p) for p in probed]
        spam = [k for k, s in enumerate(strengths) if s == 2 or (s == 1 and hijacked)]
        line = texts[i].strip()
        if i in bare:
            plain = plains[i]
            lead = spam_prefix.peel(
                article.without(i), terms, probed, strengths, hijacked, i in glue, plain
            )
            if lead is not None and plain != line:
                lead = printed_cut(lead, plain, line)  # None: a gloss inside the stretch
            if lead is not None and (
                i not in judged or spam_prefix.clears(lead, article.without(i))
            ):
                cuts[i] = lead
                cleared, verdicts[i] = verdicts[i].is_spam, NOT_SPAM  # only its prefix was spam
                if cleared:
                    article = Article(texts, verdicts)  # the line is the article's again
            continue
        if i in judged:
            continue
        unknown = False
        if not spam and strengths[0] == 0:
            spans = list(FRAME.finditer(line))
            # the stack is one injection: its other frames are no part of the rest (round 41)
            rest, elsewhere = line[spans[len(terms) - 1].end() :], article.without(i)
            unknown = unknown_spam((terms[0], probed[0]), rest, elsewhere) or (
                len(terms) >= MIN_STACK
                and not any(strengths)
                and all(
                    unknown_spam(pair, rest, elsewhere, stacked=True)
                    for pair in zip(terms, probed, strict=True)
                )
            )
            spam = [0] if unknown else []
        if not spam:
            continue
        spans = list(FRAME.finditer(line))
        last = spam[-1]
        while last + 1 < len(strengths) and strengths[last + 1] != COLUMN:
            last += 1  # an unknown brand stacked after a spam frame goes with it
        end = spans[last].end()
        cut, rest = line[:end], line[end:].strip()
        what = "spam terms framed" if len(spam) > 1 else "a spam term framed"
        why = f"{what} before the headline: {', '.join(terms[k] for k in spam)}"
        if last > spam[-1]:
            why += f", with {', '.join(terms[spam[-1] + 1 : last + 1])} stacked on it"
        if any(strengths[k] == 1 for k in spam):
            why += " (on a page with spam elsewhere)"
        elif unknown:
            why += f" ({UNKNOWN_WHY if hijacked else UNHERALDED_WHY})"
        cuts[i] = HeadCut(cut, rest, why)
    if first >= 0:
        lede = glued_lede(texts, first, next(probes), hijacked=hijacked)
        if lede is not None:
            cuts[first] = lede
    return cuts


#: Why a term the vocabulary does not know was cut (``spam_lead``).
UNKNOWN_WHY = "on a page with spam elsewhere, named nowhere else on the page"
#: Why a stack of unknown frames was cut on a page with no other spam (``spam_lead``).
UNHERALDED_WHY = "a stack of frames the article never speaks of"


@cache
def lede_openers() -> tuple[str, ...]:
    """``data/lede_openers.txt``, longest first."""
    words = {fields[0] for fields in data_lines("lede_openers.txt")}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _opens_lede(rest: str) -> bool:
    return rest.startswith(lede_openers()) or OPENER_DATE.match(rest) is not None


def _opener_alone(rest: str) -> bool:
    """Whether the lede's first clause is nothing but its opener (``最近，``, ``昨天上午，``,
    ``2024年9月4日，``, ``本报讯``): an adverbial that begins a sentence, which no subject
    stands before."""
    if rest.startswith(SOURCE_OPENERS):
        # The agency's reporter (中新社记者) is a noun, the object of a verb before it as
        # often as the subject (欧舜华告诉中新社记者, round 31): no source formula then.
        return AGENCY_REPORTER.match(rest) is None
    found = OPENER_CLAUSE.match(rest)
    return found is not None and (
        found.group(1) in lede_openers() or OPENER_DATE.match(found.group(1)) is not None
    )


def glued_lede(
    texts: Sequence[str], first: int, probe: str, *, hijacked: bool = False
) -> HeadCut | None:
    """The keyword glued before the first paragraph ``texts[first]`` (module docstring),
    ``probe`` being that line simplified and lower-cased, else None.

    >>> page = ["省会将有强降雨", "苯丙胺最近，阴雨天气一直在省会。昨天有雨。"]
    >>> glued_lede(page, 1, page[1]).cut
    '苯丙胺'
    >>> page = ["省会将有强降雨", "局长刘江华今日祝贺运动员夺金。昨天有雨。"]
    >>> glued_lede(page, 1, page[1]) is None
    True
    """
    head = KEYWORD.match(probe)
    if head is None:
        return None
    sentence = SENTENCE_END.split(probe, maxsplit=1)[0]
    if counter_lexicon().find(sentence):
        return None
    line = texts[first].strip()
    if len(line) != len(probe):
        probe = line.lower()  # a conversion that changed the length: read it as printed
    for end in range(MIN_TERM, min(head.end(), MAX_TERM) + 1):
        rest = probe[end:]
        if not _opens_lede(rest):
            continue
        if DATELINE_DATE.match(rest):
            return None  # 中新社台北11月26日电: the agency and the place of a dateline
        keyword = probe[:end]
        if FUNCTION_CHARS.search(keyword):
            return None
        if len(DATE_PIECE.sub("", keyword)) < MIN_TERM or DATE_END.search(keyword):
            continue  # a date's first part (中华民国105年7月19日, 2024年9月4日), a number
        strength = frame_strength(keyword)
        if not (strength == 2 or (strength == 1 and hijacked) or _opener_alone(rest)):
            return None  # the first words may be the lede's subject (局长刘江华今日…)
        # The page's other lines are not converted here: the keyword's pairs are looked
        # for as printed and simplified both, so a traditional page finds its own words.
        own = char_pairs(keyword) | char_pairs(line[:end].lower())
        if any(pair in rest or pair in line[end:].lower() for pair in own):
            return None
        for k, other in enumerate(texts):
            if k != first and other:
                lowered = other.lower()
                if any(pair in lowered for pair in own):
                    return None
        return HeadCut(line[:end], line[end:], f"a keyword glued before the lede: {keyword}")
    return None
