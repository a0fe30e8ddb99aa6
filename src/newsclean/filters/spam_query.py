"""A spam keyword turned into a search query: a short line standing alone.

Model.  A keyword farm that has learnt that keyword lists are caught prints each keyword as
the search query that led to it, a term and a query frame or an open tail of query words,
standing alone at the top of the copied article (where it is then taken as the headline)
or between its paragraphs: the line's grammar is ``spam_query_grammar`` (split from this
module in round 35); this module judges the lines it reads with the page's article.

The frame alone is no evidence (``新规是什么`` heads an article about the new rules): the
*term* must be spam, either

* by its *vocabulary* (``spam_frames.frame_strength`` at least 1: a lexicon term,
  spam-sign characters or morphemes, digits or Latin glued to Han: ``18dy影院``), or
* *foreign to the article*: none of its pairs of Han characters (a term without one, as a
  whole: ``hotsex``) occurs in a line of the page not judged spam
  and not itself such a query line (a real heading asks about the article's subject, which
  the article names again; a template's other lines do not vouch for each other).

*The open tail* (round 13: query words or a template's interface words after the term,
``spam_query_grammar.open_splits``): a tail merely foreign to the article is no evidence: a
crackdown report's related headlines (``网络赌博黑幕调查``) have a vocabulary term and a tail
the article never uses.  After a control's label (``展开 X``) the keyword is the term,
long or spam by its vocabulary, or (round 39) of ``MIN_HEADED`` Han characters on a page with
spam elsewhere (``展开 保收益``).

The term must be *foreign to the article* whatever its vocabulary (a heading naming the
article's crime or product, ``假证件案告破``, ``信用卡提现规则调整``, ``中超联赛2023赛程公布``,
names what the article names), and spam by its vocabulary (``frame_strength`` ≥ 1), or
unknown and ``MIN_FOREIGN`` characters or more or coined (round 22, ``spam_signs.coined``:
a lower-case letter glued before Han, ``k他命``), or unknown and shorter on a page that
carries spam elsewhere.  Every reading of the line (each place the term may end) is
tried; one that holds is enough.  The line is judged wherever it stands: between paragraphs,
at the foot, or first on the page, where it would be taken for the headline.

The page's other evidence includes the spun sentences and tag crumbs judged after the query
lines (``spam_quoted``): the page asks again about the short terms once they are in.

A frame that is a noun a heading or a link uses (``规则``, ``官网``: ``比赛规则``; round 24,
a gambling site's account frames, ``9号彩票开户``, a bank's too) counts only after a year
prefix or behind a vocabulary term.  A term the spam-report vocabulary knows
(``spam_counter_terms.txt``: 扫黄打非 …) and a weak word alone (a column's name) are no
vocabulary evidence.  Verdicts are ``sure``: the line is never a byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Article, Printed
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_query_grammar import (
    MAX_QUERY,
    MIN_TAIL,
    MIN_TERM,
    Split,
    frame_ends,
    noun_frame,
    open_splits,
    parse,
)
from newsclean.filters.spam_signs import coined
from newsclean.filters.spam_ui import glued_only
from newsclean.filters.spam_verdict import SpamVerdict

#: A term foreign to the article this short needs spam elsewhere on the page.
MIN_FOREIGN = 4
#: After a control's label, a Han term this long at least with spam elsewhere (round 39:
#: ``展开 保收益``); a shorter one is a real page's link (``查看 原文``, ``展开 全文``), and a
#: short name with a Latin letter an acronym's or a model's (``展开 B超单``).
MIN_HEADED = 3
HAN_TERM = lazy_regex(r"\p{Han}+")


def _headed_word(term: str) -> bool:
    return len(term) >= MIN_HEADED and HAN_TERM.fullmatch(term) is not None


#: Terms without a Han pair searched whole in the article, at most this many a page.
MAX_SEARCHES = 64


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
        elif strength < 0 or (noun_frame(frame) and not year):
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
            and not (elsewhere and (not headed or _headed_word(term)))
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
