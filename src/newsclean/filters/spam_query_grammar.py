"""The grammar of a search query line (split from ``spam_query`` in round 35, which judges
the lines it reads with the page's article).

A keyword farm prints each keyword as the search query that led to it: a *term* with a
*query frame* glued after it (``六月婷婷丁香规则是怎样的``, ``bt成人是什么``, ``大b私服
每小時新聞數量``), sometimes a year before it (``2023年葡京网上赌场什么时候开始``,
``2021hotsex规则``).  The grammar of such a line (``parse``):

* *short and alone*: at most ``MAX_QUERY`` characters, a line of its own with no sentence
  mark, comma or colon (the farm's line carries no question mark: a writer's question does);
* an optional *year prefix* (``2021``, ``2023年``), then the *term*: a keyword of
  ``MIN_TERM``-``MAX_TERM`` Han characters, Latin letters and digits, no function
  character (的 了 是 …), then at most one space (ASCII or ideographic), then
* a *query frame* from ``data/spam_query_frames.txt`` (是什么, 规则是怎样的, 什么时候开始,
  怎么样, 哪里买, 多少钱 …), the longest that ends the line; a frame that is a noun a
  heading or a link uses (kind ``noun``: ``规则``, ``官网``) is marked so (``frames``).

*The open tail* (round 13, ``open_splits``).  A closed list of frames does not carry: farms
compose their tails from the words of search suggestions (``规则最新消息``, ``销售时间规定``,
``赛程2023年时间``, ``开奖结果实时查询``).  The same short line alone reads as an optional
year, a *term* (as above) and a *tail* of ``MIN_TAIL``-``MAX_TAIL`` Han characters and
digits, no function character, that is not the article's prose: *query words*
(``query_tail``): the tail opens with a word of ``data/spam_query_words.txt`` (the nouns
search suggestions append: 最新消息, 时间, 规定, 查询, 实时 …) or a year, holds at least
``MIN_WORDS`` of them (one alone is the noun a heading or a link ends with:
``国家统计局官网``, ``积分兑换规则``) and they are at least half its characters; the term
ends with none of them (the words are the tail, they do not lengthen the term).
*Interface words* (round 14): or the tail is composed only of a template's interface words
(``spam_ui.ui_tail``: ``什么意思``, ``标签下的内容``), its joining characters (下 的 是)
the only function characters the line may hold, in the tail, never in the term.  Or (round
21) the line is a control's label, a space and the keyword (``展开 X``,
``spam_ui.ui_head``).  A cut never parts a number from its unit (``高铁迎来15`` |
``岁生日``).  Every reading of the line (each place the term may end) is returned, the
longest term first; a year glued before a weak word alone is read as its brand's number
too (round 24: ``1980娱乐``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import DECIMAL_DIGIT, HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import FUNCTION_CHARS
from newsclean.filters.spam_ui import ui_head, ui_starts, ui_tail, ui_word_end

#: A query line is at most this long (a year, a keyword of MAX_TERM and the longest frame).
MAX_QUERY = 28
MIN_TERM = 2
MAX_TERM = 12
YEAR = lazy_re(f"^(?:19|20)[{DECIMAL_DIGIT}][{DECIMAL_DIGIT}]年?")
TERM = lazy_re(f"[{HAN_SCRIPT}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: Anything that makes the line a sentence, a list or a label: it is no query.
NOT_QUERY = lazy_re(r"[。！？!?，,、；;：:“”\"「」《》()（）\[\]【】|｜/]")
#: The open tail after a term: Han characters and digits (a year, a count), a few of them.
TAIL = lazy_re(f"[{HAN_SCRIPT}0-9]+")
MIN_TAIL, MAX_TAIL = 2, 12
#: Query words (a year counts as one) a tail holds: a composed suggestion, not one noun.
MIN_WORDS = 2
SPACE = lazy_re(r"[ \u3000]")
#: What an open query line is made of, once its year and its one space are set aside.
WORDS = lazy_re(f"[{HAN_SCRIPT}a-z0-9]+")
#: A term ending in a number glued after Han: the cut parts a count from its unit
#: (高铁迎来15 | 岁生日); a number after Latin is a code of the term (pk10).  A cut at the
#: line's space parts no unit: the number is the term's (``X1788 标签下的内容``, round 35).
CUT_NUMBER = lazy_regex(r"\p{Han}\d+$")
#: An open query line read one way: term, year prefix printed, tail.
Split = tuple[str, bool, str]


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


def noun_frame(frame: str) -> bool:
    return dict(frames())[frame]


def open_splits(probe: str, *, named: bool = False) -> list[Split]:
    """The ways ``probe`` (simplified, lower-cased, stripped) reads as an open query line:
    ``(term, year prefix printed, tail)``, the tail made of query words, the longest term
    first.

    >>> [s[2] for s in open_splits("身份证生成销售时间规定")]
    ['时间规定']
    >>> open_splits("高铁迎来15岁生日"), open_splits("新规明年起实施。")
    ([], [])
    >>> open_splits("某某啪啪1788 标签下的内容")
    [('某某啪啪1788', False, '标签下的内容')]
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
            or (len(spaced) == 1 and CUT_NUMBER.search(term))
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
