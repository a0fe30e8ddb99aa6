"""A search query around a foreign term: a keyword farm's query line standing alone.

Model (round 17).  A keyword farm prints each of its keywords as the search query that
led to it, one short line among (or above) the paragraphs of the article it copied:
``求X的游戏玩法?``, ``X中奖规则``, ``X开奖日期是什么时候开始的``, ``X怎么算收益``.  The
farm composes the query from the grammar of queries, not from a list of whole frames, so
the line is read as a *frame* with a *slot*:

* *short and alone*: at most ``MAX_LINE`` characters (read simplified and lower-cased), a
  line of its own, no sentence mark, comma, colon, quote or bracket inside it; question
  marks may end it;
* an optional *opener* (``data/spam_ask_frames.txt``, kind ``opener``: 求, 请问, 如何,
  怎么, 哪里 …), then the *slot*: a term of ``MIN_TERM``-``MAX_TERM`` Han characters,
  Latin letters and digits, no function character (的 了 是 …, ``spam_signs``) and no
  personal pronoun (a writer's question has a subject: 你知道怎么下载吗), then
* the *tail*: the rest of the line made entirely of frame words (the other kinds of the
  data file: gambling, download and purchase words, question words and joints such as
  规则, 日期, 什么时候, 怎么, 的, 是, 吗, 呢), read by a dynamic programme over the line
  (linear: each position tries the few frame words that start there), more than one word
  or asked (a term and one noun, ``网易彩票``, is a name).  The grammar and the foreignness
  test are ``spam_ask_frame``'s (which the title's module may import: it reads no lexicon).

Every cut of the slot from the tail is a reading; one that holds is enough.  The frame
alone is no evidence: ``如何看待…?`` heads a commentary and ``新规是什么`` an article about
the new rules.  A reading holds when its term is spam:

* *by the lexicon*: a strong spam term (``spam_frames.frame_strength`` 2) that does not
  end with a tail word (the frame's words are the tail; the lexicon knows some, 平台, as
  marks, and would make ``新闻发布平台`` a term);
* or *foreign to the article* (``spam_article.Article``: fewer than half of the term's Han
  pairs, as printed or simplified, occur in a line of the page not judged spam and not
  itself such a query; a term without a Han pair, as a whole) and either marked by the
  lexicon (strength 1) or asked in a *suspect frame*: a tail holding a gambling word
  (开奖, 中奖, 下注, 彩票, 比分, 玩法 …), or a download or purchase word (网址, 下载, 收益 …)
  in a line that *asks* (an opener, a question mark, an interrogative or 吗/呢 in the
  tail: a site's own ``旧版网站入口`` or ``请下载某某APP`` asks nothing).  A page about
  a lottery echoes its gambling words and names its lottery: its FAQ line
  (``双色球开奖时间是什么时候?``) asks about a term the article names and stays.  Half, not
  one: an injected term shares a pair with a long article by chance (六月, 电影), a term
  the article names recurs mostly whole.

Round 20: after a link list's *label* (``友情链接X``, a list of one link) the slot foreign
to the article is spam on a page with spam elsewhere (before this pass), whatever its frame:
the label says the line is a link, the page that it was injected; on a clean page a
label's single link stays (a site's own partner link).

A column's name and a word of the reports about spam (``spam_lead.is_column``) are never
the term.  The line is judged where it stands, first on the page too: it is foreign to the
article by construction, so it is never the headline either (``title.echoes`` asks
``spam_ask_frame.is_query_spam`` of a line the title choice weighs).  Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_ask_frame import (
    MAX_LINE,
    MIN_TERM,
    Reading,
    foreign,
    frame_words,
    labels,
    readings,
    suspect_chars,
)
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import is_column
from newsclean.filters.spam_verdict import SpamVerdict

#: How a query line stands in the article its term is looked for in: not there.
QUERY_LINE = SpamVerdict(True, 0.0, (), 0)


def _spam(reading: Reading, printed: str, article: Elsewhere, linked: bool = False) -> str | None:
    """Why the reading's term is spam, or None (module docstring); ``linked``: the term
    follows a link list's label on a page with spam elsewhere."""
    term, suspect = reading
    strength = frame_strength(term)
    if strength < 0 or is_column(term):
        return None
    if strength >= 2 and not tail_word_end(term):
        return "a spam term by the lexicon"
    if linked and foreign((term, printed), article):
        return "a link list's label before a term foreign to the article, spam elsewhere"
    if not (suspect or strength == 1) or not foreign((term, printed), article):
        return None
    return "a term foreign to the article" + (
        " in a gambling, download or purchase frame" * suspect
    )


def tail_word_end(term: str) -> bool:
    """Whether ``term`` ends with a tail word (平台, 彩票): the frame's words are the tail,
    they do not lengthen a lexicon term (the lexicon knows some of them as marks)."""
    tail_words, longest = frame_words()[1:]
    return any(term[-length:] in tail_words for length in range(1, min(longest, len(term)) + 1))


def query_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The query lines of a page whose term is spam (index -> verdict; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["某某丁香中奖规则", "", "海沧市民节开幕。市民同享。"]
    >>> sorted(query_spam(page, [no] * 3))
    [0]
    >>> page = ["双色球开奖时间是什么时候?", "双色球今晚开奖。开奖时间为21时15分。"]
    >>> query_spam(page, [no] * 2)
    {}
    """
    chars = suspect_chars()
    candidates = [
        i
        for i, text in enumerate(texts)
        if not verdicts[i].is_spam
        and MIN_TERM < len(line := text.strip()) <= MAX_LINE
        and any(map(chars.__contains__, line))
    ]
    if not candidates:
        return {}
    lines = [texts[i].strip() for i in candidates]
    simplified = simplify_lines(lines) if simplify_lines is not None else lines
    parsed: dict[int, tuple[str, str, list[Reading]]] = {}
    for i, line, probe in zip(candidates, lines, simplified, strict=True):
        probe = probe.lower()
        found = readings(probe)
        if found:
            # the term as printed (a traditional page): a conversion that kept the length
            parsed[i] = (probe, line.lower() if len(line) == len(probe) else probe, found)
    if not parsed:
        return {}
    article = Article(texts, [QUERY_LINE if k in parsed else v for k, v in enumerate(verdicts)])
    hijacked = any(v.is_spam for v in verdicts)
    judged = _judged(parsed, article, hijacked)
    if judged and not hijacked:  # round 22: a query line of this pass is spam elsewhere
        judged |= _judged({i: p for i, p in parsed.items() if i not in judged}, article, True)
    return judged


def _judged(
    parsed: dict[int, tuple[str, str, list[Reading]]], article: Article, hijacked: bool
) -> dict[int, SpamVerdict]:
    """The parsed query lines whose term is spam, on a page ``hijacked`` or not."""
    judged: dict[int, SpamVerdict] = {}
    for i, (probe, printed, found) in parsed.items():
        linked = hijacked and any(map(probe.startswith, labels()))
        for reading in found:
            at = probe.find(reading[0])
            term = printed[at : at + len(reading[0])]
            why = _spam(reading, term, article.without(i), linked)
            if why is not None:
                reason = (
                    f"keyword turned into a search query (a frame around it), {why}: {reading[0]}"
                )
                judged[i] = SpamVerdict(True, 0.0, (reading[0],), 1, reason, sure=True)
                break
    return judged
