"""A spam keyword turned into a search query: a short line standing alone.

Model.  A keyword farm that has learnt that keyword lists are caught prints each keyword as
the search query that led to it: a *term* with a *query frame* glued after it
(``六月婷婷丁香规则是怎样的``, ``bt成人是什么``, ``大b私服 每小時新聞數量``), sometimes a year
before it (``2023年葡京网上赌场什么时候开始``, ``2021hotsex规则``).  It stands alone, at
the top of the copied article (where it is then taken as the headline) or between its
paragraphs.  The grammar of such a line:

* *short and alone*: at most ``MAX_QUERY`` characters, a line of its own with no sentence
  mark, comma or colon (the farm's line carries no question mark: a writer's question does);
* an optional *year prefix* (``2021``, ``2023年``), then the *term*: a keyword of
  ``MIN_TERM``-``MAX_TERM`` Han characters, Latin letters and digits, no function
  character (的 了 是 …), then at most one space (ASCII or ideographic), then
* a *query frame* from ``data/spam_query_frames.txt`` (是什么, 规则是怎样的, 什么时候开始,
  怎么样, 哪里买, 多少钱 …), the longest that ends the line.

The frame alone is no evidence (``新规是什么`` heads an article about the new rules): the
*term* must be spam, either

* by its *vocabulary* (``spam_frames.frame_strength`` at least 1: a lexicon term,
  spam-sign characters or morphemes, digits or Latin glued to Han: ``18dy影院``), or
* *foreign to the article*: none of its pairs of Han characters (a term without one, as a
  whole: ``hotsex``) occurs in a line of the page not judged spam
  and not itself such a query line (a real heading asks about the article's subject, which
  the article names again; a template's other lines do not vouch for each other).

*The open tail* (round 13).  A closed list of frames does not carry: farms compose their
tails from the words of search suggestions (``规则最新消息``, ``销售时间规定``,
``赛程2023年时间``, ``开奖结果实时查询``).  The same short line alone reads as an optional
year, a *term* (as above) and a *tail* of ``MIN_TAIL``-``MAX_TAIL`` Han characters and
digits, no function character, that is not the article's prose:

*query words*: the tail opens with a word of ``data/spam_query_words.txt`` (the nouns
search suggestions append: 最新消息, 时间, 规定, 查询, 实时 …) or a year, holds at least
``MIN_WORDS`` of them (one alone is the noun a heading or a link ends with:
``国家统计局官网``, ``积分兑换规则``) and they are at least half its characters; the term
ends with none of them (the words are the tail, they do not lengthen the term).  A tail
merely foreign to the article is no evidence: a crackdown report's related headlines
(``网络赌博黑幕调查``) have a vocabulary term and a tail the article never uses.

*interface words* (round 14): or the tail is composed only of a template's interface words
(``spam_ui.ui_tail``: ``什么意思``, ``标签下的内容``), its joining characters (下 的 是)
the only function characters the line may hold, in the tail, never in the term.
Or (round 21) the line is a control's label, a space and the keyword (``展开 X``,
``spam_ui.ui_head``): the keyword is the term, long or spam by its vocabulary.

The term must be *foreign to the article* whatever its vocabulary (a heading naming the
article's crime or product, ``假证件案告破``, ``信用卡提现规则调整``, ``中超联赛2023赛程公布``,
names what the article names), and spam by its vocabulary (``frame_strength`` ≥ 1), or
unknown and ``MIN_FOREIGN`` characters or more or coined (round 22, ``spam_signs.coined``:
a lower-case letter glued before Han, ``k他命``), or unknown and shorter on a page that
carries spam elsewhere.  A cut never parts a number from its unit
(``高铁迎来15`` | ``岁生日``).  Every reading of the line (each place the term may end) is
tried; one that holds is enough.  The line is judged wherever it stands: between paragraphs,
at the foot, or first on the page, where it would be taken for the headline.

The page's other evidence includes the spun sentences and tag crumbs judged after the query
lines (``spam_quoted``): the page asks again about the short terms once they are in.

A frame that is a noun a heading or a link uses (``规则``, ``官网``: ``比赛规则``; round 24,
a gambling site's account frames, ``9号彩票开户``, a bank's too) counts only after a year
prefix or behind a vocabulary term; a year glued before a weak word alone is read as its
brand's number too (round 24: ``1980娱乐``).  A term the spam-report vocabulary knows
(``spam_counter_terms.txt``: 扫黄打非 …) and a weak word alone (a column's name) are no
vocabulary evidence.  Verdicts are ``sure``: the line is never a byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Article, Printed
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_signs import FUNCTION_CHARS, coined
from newsclean.filters.spam_ui import (
    glued_only,
    ui_head,
    ui_starts,
    ui_tail,
    ui_word_end,
)

#: A query line is at most this long (a year, a keyword of MAX_TERM and the longest frame).
MAX_QUERY = 28
MIN_TERM = 2
MAX_TERM = 12
#: A term foreign to the article this short needs spam elsewhere on the page.
MIN_FOREIGN = 4
YEAR = lazy_regex(r"^(?:19|20)\d\d年?")
TERM = lazy_regex(rf"[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: Anything that makes the line a sentence, a list or a label: it is no query.
NOT_QUERY = lazy_regex(r"[。！？!?，,、；;：:“”\"「」《》()（）\[\]【】|｜/]")
#: The open tail after a term: Han characters and digits (a year, a count), a few of them.
TAIL = lazy_regex(r"[\p{Han}0-9]+")
MIN_TAIL, MAX_TAIL = 2, 12
#: Query words (a year counts as one) a tail holds: a composed suggestion, not one noun.
MIN_WORDS = 2
SPACE = lazy_regex(r"[ \u3000]")
#: What an open query line is made of, once its year and its one space are set aside.
WORDS = lazy_regex(r"[\p{Han}a-z0-9]+")
#: A term ending in a number glued after Han: the cut parts a count from its unit
#: (高铁迎来15 | 岁生日); a number after Latin is a code of the term (pk10).
CUT_NUMBER = lazy_regex(r"\p{Han}\d+$")
#: An open query line read one way: term, year prefix printed, tail.
Split = tuple[str, bool, str]
#: Terms without a Han pair searched whole in the article, at most this many a page.
MAX_SEARCHES = 64


@cache
def frames() -> tuple[tuple[str, bool], ...]:
    """The query frames (``data/spam_query_frames.txt``), longest first, each with whether it
    is a noun that needs a year prefix or a vocabulary term."""
    found = [(f[0], len(f) > 1 and f[1] == "noun") for f in data_lines("spam_query_frames.txt")]
    return tuple(sorted(found, key=lambda f: -len(f[0])))


@cache
def frame_ends() -> frozenset[str]:
    """The last characters of the query frames: a line ending otherwise is no query."""
    return frozenset(frame[-1] for frame, _ in frames())


def parse(probe: str) -> tuple[str, bool, str] | None:
    """``(term, year prefix printed, frame)`` when ``probe`` (simplified, lower-cased,
    stripped) is a query line by its grammar, else None.

    >>> parse("2023年葡京网上赌场什么时候开始")
    ('葡京网上赌场', True, '什么时候开始')
    >>> parse("大b私服 每小时新闻数量"), parse("新规是什么？")
    (('大b私服', False, '每小时新闻数量'), None)
    >>> parse("中国经济下一步的重点是什么")
    """
    if len(probe) > MAX_QUERY or NOT_QUERY.search(probe):
        return None
    for frame, _noun in frames():
        if probe.endswith(frame):
            head = probe[: -len(frame)].removesuffix(" ").removesuffix("\u3000")
            break
    else:
        return None
    year = YEAR.match(head)
    term = head[year.end() :] if year else head
    if not TERM.fullmatch(term) or FUNCTION_CHARS.search(term):
        return None
    return term, year is not None, frame


def _noun(frame: str) -> bool:
    return dict(frames())[frame]


#: How a query line stands in the article the terms are looked for in: not there (a
#: template's other lines do not vouch for each other).
QUERY_LINE = SpamVerdict(True, 0.0, (), 0)


def query_lines(
    texts: Sequence[str], probes: dict[int, str], verdicts: Sequence[SpamVerdict]
) -> dict[int, SpamVerdict]:
    """The query lines of a page (index -> verdict), judged with the page's other verdicts;
    ``probes`` holds the candidate lines simplified and lower-cased (module docstring).

    >>> page = ["紫藤萝花园规则是怎样的", "", "海沧市民节开幕", "市民节将横跨三大节庆。"]
    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> sorted(query_lines(page, {0: page[0], 2: page[2]}, [no] * 4))
    [0]
    >>> page = ["新规是什么", "", "新规明年起实施", "新规将保护消费者。"]
    >>> query_lines(page, {0: page[0], 2: page[2]}, [no] * 4)
    {}
    """
    parsed: dict[int, tuple[str, bool, str]] = {}
    opened: dict[int, list[Split]] = {}
    ends = frame_ends()
    for i, probe in probes.items():
        # a term and a frame or tail of two characters each at least: a shorter line is no
        # query (a page of one-character lines asks nothing more of it)
        if not MIN_TERM + MIN_TAIL <= len(probe) <= MAX_QUERY or verdicts[i].is_spam:
            continue
        # the last character first: one set look-up for most lines
        found = parse(probe) if probe[-1:] in ends else None
        if found is not None:
            parsed[i] = found
        splits = open_splits(probe)
        if splits:
            opened[i] = splits
    if not parsed and not opened:
        return {}
    marked = [
        QUERY_LINE if k in parsed or k in opened else verdict for k, verdict in enumerate(verdicts)
    ]
    article = Printed(texts, marked)
    judged: dict[int, SpamVerdict] = {}
    short: list[int] = []
    for i, (term, year, frame) in parsed.items():
        strength = frame_strength(term)
        if strength >= 1:
            why = f"keyword turned into a search query ({frame}): {term}"
        elif strength < 0 or (_noun(frame) and not year):
            continue
        elif len(term) < MIN_FOREIGN:
            short.append(i)  # judged once the page's other evidence is in
            continue
        elif _foreign(term, texts[i], probes[i], article):
            why = f"keyword turned into a search query ({frame}), foreign to the article: {term}"
        else:
            continue
        judged[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    if short and (judged or any(v.is_spam for v in verdicts)):
        for i in short:
            term, _, frame = parsed[i]
            if _foreign(term, texts[i], probes[i], article):
                why = f"keyword turned into a search query ({frame}), foreign to the article"
                why += f" on a page with spam elsewhere: {term}"
                judged[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    # the open lines: first on their own evidence, then the short unknown terms when the
    # page carries spam elsewhere (a verdict, a query line)
    waiting = [i for i in opened if i not in judged]
    for elsewhere in (False, True):
        if elsewhere and not (judged or any(v.is_spam for v in verdicts)):
            break
        for i in waiting:
            if i not in judged:
                taken = _open_verdict(texts[i], probes[i], opened[i], article, elsewhere)
                if taken is not None:
                    judged[i] = taken
    return judged


def open_splits(probe: str, *, named: bool = False) -> list[Split]:
    """The ways ``probe`` (simplified, lower-cased, stripped) reads as an open query line:
    ``(term, year prefix printed, tail)``, the tail made of query words, the longest term
    first.

    >>> [s[2] for s in open_splits("身份证生成销售时间规定")]
    ['时间规定']
    >>> open_splits("高铁迎来15岁生日"), open_splits("新规明年起实施。")
    ([], [])
    """
    if len(probe) > MAX_QUERY or NOT_QUERY.search(probe):
        return []
    year = None if named else YEAR.match(probe)  # named: the number is the term's
    rest = probe[year.end() :] if year else probe
    spaced = SPACE.split(rest)
    if len(spaced) > 2:
        return []
    rest = "".join(spaced)
    if not WORDS.fullmatch(rest):
        return []  # one test for most lines: a mark, a space too many
    if len(spaced) == 2 and year is None and ui_head(spaced[0]):
        return _headed(*spaced)
    # a function character only in an interface tail (spam_ui: 标签下的内容)
    linked = FUNCTION_CHARS.search(rest)
    # an interface tail ends with an interface word (one search: most lines end otherwise)
    ui_end = ui_word_end(rest)
    if linked is not None and (linked.start() < MIN_TERM or not ui_end):
        return []
    last = min(MAX_TERM, len(rest) - MIN_TAIL)
    if len(spaced) == 2:
        cuts = [len(spaced[0])]
    else:  # the tail opens with a query or interface word: cut only where one starts
        starts: set[int] = set()
        if linked is None:  # query words never hold a function character
            starts.update(m.start() for m in query_word_pattern().finditer(rest, overlapped=True))
        if ui_end:
            starts.update(ui_starts(rest))
        if linked is not None:  # the term holds no function character
            last = min(last, linked.start())
        cuts = sorted((c for c in starts if MIN_TERM <= c <= last), reverse=True)
    found: list[Split] = []
    for cut in cuts:
        term, tail = rest[:cut], rest[cut:]
        if (
            not MIN_TERM <= len(term) <= MAX_TERM
            or CUT_NUMBER.search(term)
            or not MIN_TAIL <= len(tail) <= MAX_TAIL
            or not TAIL.fullmatch(tail)
            or (linked is not None and linked.start() < cut)
        ):
            continue
        # the query words are the whole run of them ending the line: it starts the tail;
        # or the tail is made only of interface words (a template's label: spam_ui)
        if (linked is None and query_tail(tail) and not query_word_end().search(term)) or (
            ui_end and ui_tail(tail) and not ui_word_end(term)
        ):
            found.append((term, year is not None, tail))
    if year and not year.group().endswith("年") and any(frame_strength(t) < 0 for t, *_ in found):
        found += open_splits(probe, named=True)  # a weak word after a number: a brand's name
    return found


def _headed(head: str, term: str) -> list[Split]:
    """A control's label, then the keyword (``spam_ui.ui_head``): the label is the split's
    tail, printed first."""
    if not TERM.fullmatch(term) or FUNCTION_CHARS.search(term) or ui_word_end(term):
        return []
    return [(term, False, head)]


def query_tail(tail: str) -> bool:
    """Whether ``tail`` opens with a query word or a year, holds two of them at least (one
    alone is the noun a heading or a link ends with: 国家统计局官网) and at least half of its
    characters are query words or years (module docstring): the words a search suggestion
    appends, not a clause of prose.

    >>> query_tail("2023年赛程时间"), query_tail("实时查询"), query_tail("官网")
    (True, True, False)
    """
    if not query_word_pattern().match(tail):
        return False
    words = [m.group() for m in query_word_pattern().finditer(tail)]
    return len(words) >= MIN_WORDS and 2 * sum(map(len, words)) >= len(tail)


@cache
def query_words() -> tuple[str, ...]:
    """The query words (``data/spam_query_words.txt``), longest first."""
    return tuple(sorted((f[0] for f in data_lines("spam_query_words.txt")), key=lambda w: -len(w)))


@cache
def query_word_pattern() -> regex.Pattern[str]:
    """A query word or a year."""
    return regex.compile(r"(?:19|20)\d\d年?|\L<words>", words=query_words())


@cache
def query_word_end() -> regex.Pattern[str]:
    """A query word or a year ending a term: the tail would start there."""
    return regex.compile(r"(?:(?:19|20)\d\d年?|\L<words>)$", words=query_words())


def _open_verdict(
    text: str,
    probe: str,
    splits: list[Split],
    article: Printed,
    elsewhere: bool,
) -> SpamVerdict | None:
    """The verdict on an open query line: the first split whose term is foreign to the
    article and spam by its vocabulary or, unknown, long enough or on a page with spam
    elsewhere (module docstring)."""
    for term, _year, tail in splits:
        strength = frame_strength(term)
        headed = probe.startswith(tail)  # a control's label before the keyword (spam_ui)
        short = (
            len(term) < MIN_FOREIGN
            and not (elsewhere and not headed)
            and not coined(term, text, probe)
        )
        if strength < 0 or (strength == 0 and short):
            continue
        if _foreign(term, text, probe, article):
            words = f"a control's label before it ({tail})" if headed else f"query words ({tail})"
            why = f"keyword turned into a search query, {words}"
            why += f", foreign to the article: {term}"
            return SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    return None


def _foreign(term: str, text: str, probe: str, article: Printed) -> bool:
    """Whether the article names ``term`` neither as printed nor simplified (or only glued
    before commas, ``spam_ui.glued_only``), its captions left out (``spam_article.Printed``:
    the clean text prints none)."""
    printed = text.strip().lower()
    forms = {term}
    if len(printed) == len(probe):  # the term as printed (traditional, say)
        start = probe.find(term)
        forms.add(printed[start : start + len(term)])
    for page, searched in article.readings():  # the captions read only when asked
        named = [form for form in forms if _names(page, form, searched)]
        # a spun copy's glue is no naming: the term only ever glued before a comma (spam_ui)
        if all(glued_only(form, page.lowered.text) for form in named):
            return True
    return False


def _names(article: Article, form: str, searched: dict[str, bool]) -> bool:
    """Whether the article (lower-cased) names ``form``: one of its Han pairs recurs
    (``Article.counts``: counted pair by pair, the whole page at once past a few hundred,
    so a page of many query lines stays linear), or the form itself (Latin runs, a lone
    Han character) when it has none (module docstring)."""
    own = han_pairs(form)
    if own:
        return any(article.counts[pair] > 0 for pair in own)
    if form not in searched:
        if len(searched) >= MAX_SEARCHES:
            return True  # enough asked: the rest stays
        searched[form] = form in article.lowered.text
    return searched[form]
