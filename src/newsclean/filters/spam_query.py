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

A frame that is a noun a heading or a link uses (``规则``, ``官网``: ``比赛规则``) counts
only after a year prefix or behind a vocabulary term.  A term the spam-report vocabulary knows
(``spam_counter_terms.txt``: 扫黄打非 …) and a weak word alone (a column's name) are no
vocabulary evidence.  Verdicts are ``sure``: the line is never a byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_signs import FUNCTION_CHARS

#: A query line is at most this long (a year, a keyword of MAX_TERM and the longest frame).
MAX_QUERY = 28
MIN_TERM = 2
MAX_TERM = 12
#: A term foreign to the article this short needs spam elsewhere on the page.
MIN_FOREIGN = 4
YEAR = regex.compile(r"^(?:19|20)\d\d年?")
TERM = regex.compile(rf"[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: Anything that makes the line a sentence, a list or a label: it is no query.
NOT_QUERY = regex.compile(r"[。！？!?，,、；;：:“”\"「」《》()（）\[\]【】|｜/]")
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
    ends = frame_ends()
    for i, probe in probes.items():
        # the last character first: one set look-up for most lines
        if probe[-1:] in ends and len(probe) <= MAX_QUERY and not verdicts[i].is_spam:
            found = parse(probe)
            if found is not None:
                parsed[i] = found
    if not parsed:
        return {}
    marked = [QUERY_LINE if k in parsed else verdict for k, verdict in enumerate(verdicts)]
    article = Article(texts, marked)
    searched: dict[str, bool] = {}
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
        elif _foreign(term, texts[i], probes[i], article, searched):
            why = f"keyword turned into a search query ({frame}), foreign to the article: {term}"
        else:
            continue
        judged[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    if short and (judged or any(v.is_spam for v in verdicts)):
        for i in short:
            term, _, frame = parsed[i]
            if _foreign(term, texts[i], probes[i], article, searched):
                why = f"keyword turned into a search query ({frame}), foreign to the article"
                why += f" on a page with spam elsewhere: {term}"
                judged[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    return judged


def _foreign(term: str, text: str, probe: str, article: Article, searched: dict[str, bool]) -> bool:
    """Whether the article names ``term`` neither as printed nor simplified."""
    printed = text.strip().lower()
    forms = {term}
    if len(printed) == len(probe):  # the term as printed (traditional, say)
        start = probe.find(term)
        forms.add(printed[start : start + len(term)])
    return not any(_names(article, form, searched) for form in forms)


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
