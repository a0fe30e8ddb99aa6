"""A keyword asked as a question in the page head: a search query standing above the headline.

Model (round 15).  A keyword farm prints its keywords above the copied article as the
questions a searcher typed (``信用卡提現?``, ``大发盘口?``, ``六月婷婷丁香怎么玩法规则``,
``18dy影院怎么玩 什么是五花``), one line or a block of them, where the page's headline is
looked for.  A closed list of tails (``spam_query``'s frames) does not carry: the farm
composes its question from the grammar of questions, not from a list.  Such a line is

* *in the page head*: above the first sentence (the first line with a sentence mark
  besides the question marks ending it), among its first ``MAX_HEAD`` lines with text;
* *short and a question by its grammar*: at most ``MAX_LINE`` characters, read simplified
  and lower-cased, a *term* (``MIN_TERM``-``MAX_TERM`` Han characters, Latin letters and
  digits; no function character, no interrogative) and then either a question mark alone
  (half- or full-width, once or more) or a *question tail*: one or two segments
  (one space between them), each of Han characters only, at most ``MAX_SEGMENT`` of
  them, each opening with an interrogative word (``data/question_words.txt``: 什么, 怎么,
  如何, 哪个, 多少 …, the closed class of Mandarin's question words), a question mark
  after it or not;
* *a term foreign to the article*: no Han pair of the term (as printed and simplified; a
  term without one, as a whole) occurs in a line of the page that is not judged spam and is
  not itself such a question line (``spam_article.Article``: a template's questions do not
  vouch for each other).  A real headline that is a question asks about the article's
  subject, which the article names again (``中国经济还能增长多久?``: 中国, 经济, 增长
  recur): it stays.  A column's name (``spam_lead.is_column``) and a line holding a word of
  the reports about spam (``spam_counter_terms.txt``: a crackdown's own heading) stay.

The question alone is no proof; with the foreign term, the line is spam when one more thing
speaks: the term's vocabulary (``spam_frames.frame_strength`` at least 1), or a term of
``MIN_FOREIGN`` characters or more, or the page's other evidence: spam elsewhere on the page,
or a *block* (another such foreign question line in the head), or a Han character of the
term the article never uses (``spam_lead.unused_char``: a term of the article's own words,
abbreviated, uses its characters; a keyword injected from elsewhere does not).
Verdicts are ``sure``.

Round 29, two more ways a farm asks.  *A keyword, a comma and a farm's question*
(``除夕,为什么世界各地的华人会同时看到春节联欢晚会?``): a question-and-answer farm titles its
page with the keyword it was made for, a comma and a whole question of its own (an
interrogative in it, a question mark ending it; Han letters only, ``COMMA_QUESTION`` of them
at least), ``MAX_ASKED`` characters in all.  Such a line is spam when its term is foreign
and judged as above *and* the question is foreign too: at most a fifth of its Han pairs
(as printed or simplified) recur in the article.  A headline that puts its subject before a
comma and asks about it (``春运首日,为什么高铁票这么难买?``) is echoed by its article on
both sides of the comma and stays.  *An adverb before the interrogative* (``莫达非尼一般几点合``,
a tag farm's ``一般几点合适`` cut short): a question may open with a two-letter adverb before
its interrogative (一般, 到底, 通常); when the term read up to the interrogative is not
foreign, the term without its last two letters is asked (a prefix of a foreign term is
foreign; the converse fails when the adverb is a common word the article prints).
``几点`` (what time) is an interrogative of ``data/question_words.txt``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs, simplified_char
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.spam_article import Article, Elsewhere, as_printed
from newsclean.filters.spam_frames import PARAGRAPH_MARK, frame_strength
from newsclean.filters.spam_lead import is_column, unused_char
from newsclean.filters.spam_signs import FUNCTION_CHARS, counter_lexicon
from newsclean.filters.spam_verdict import SpamVerdict

#: A question line is this many characters at most (a term and two short segments).
MAX_LINE = 28
MIN_TERM, MAX_TERM = 2, 12
#: A segment of a question tail: an interrogative and a few characters after it.
MAX_SEGMENT = 8
#: The page head holds this many lines with text at most (a page of short lines is no head).
MAX_HEAD = 40
#: A foreign term this long is spam with its question alone; a shorter one needs more.
MIN_FOREIGN = 4
TERM = lazy_regex(rf"[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: Question marks ending the line (half- or full-width).
MARKS = lazy_regex(r"[?？]+$")
SEGMENT = lazy_regex(rf"\p{{Han}}{{2,{MAX_SEGMENT}}}")
SPACE = lazy_re(r"[ \u3000]")
#: Anything else a question line never holds: sentence marks, commas, colons, quotes, brackets.
NOT_QUESTION = lazy_regex(r"[。！!，,、；;：:“”\"「」《》()（）\[\]【】|｜/]")
#: A term, a comma and a farm's whole question: this many characters at most.
MAX_ASKED = 40
#: The farm's question after the comma holds this many Han letters at least.
COMMA_QUESTION = 6
#: At most this share of the comma question's Han pairs recur in the article.
QUESTION_ECHO = 0.2
#: A two-letter adverb may open a question tail before its interrogative (一般几点).
ADVERB = 2
COMMA = lazy_regex(r"[,，]")
#: The farm's question after the comma: Han letters, then its question marks.
ASKED = lazy_regex(rf"\p{{Han}}{{{COMMA_QUESTION},{MAX_ASKED}}}[?？]+")
#: How a question line stands in the article its terms are looked for in: not there.
QUESTION_LINE = SpamVerdict(True, 0.0, (), 0)


@cache
def question_words() -> tuple[str, ...]:
    """The interrogatives (``data/question_words.txt``), longest first."""
    words = {fields[0] for fields in data_lines("question_words.txt")}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def question_word() -> regex.Pattern[str]:
    """An interrogative word."""
    return regex.compile(r"\L<words>", words=question_words())


@cache
def question_starts() -> frozenset[str]:
    """The first characters of the interrogatives, as printed simplified or traditional: of
    them only 为 (為, checked with ``charmodel.simplified_char``) differs between scripts."""
    firsts = {word[0] for word in question_words()}
    return frozenset(firsts | {c for c in ("為",) if simplified_char(c) in firsts})


def parse(probe: str) -> tuple[str, str] | None:
    """``(term, question)`` when ``probe`` (simplified, lower-cased, stripped) is a keyword
    asked as a question by its grammar (module docstring), else None.

    >>> parse("信用卡提现?"), parse("赢彩王怎么玩 什么是五花")
    (('信用卡提现', '?'), ('赢彩王', '怎么玩 什么是五花'))
    >>> parse("六月婷婷丁香怎么玩法规则")
    ('六月婷婷丁香', '怎么玩法规则')
    >>> parse("海沧市民节:幸福海沧 市民同享"), parse("这个冬天怎么过"), parse("如何看待新规")
    (None, None, None)
    >>> parse("除夕,为什么世界各地的华人会同时看到春节联欢晚会?")
    ('除夕', ',为什么世界各地的华人会同时看到春节联欢晚会?')
    """
    if "," in probe or "，" in probe:
        return _comma(probe)
    if len(probe) > MAX_LINE or NOT_QUESTION.search(probe):
        return None
    marks = MARKS.search(probe)
    body = probe[: marks.start()] if marks else probe
    if marks and TERM.fullmatch(body) and not question_word().search(body):
        term, question = body, probe[marks.start() :]
    else:
        term, question = _tail(body) or ("", "")
    if not term or FUNCTION_CHARS.search(term) or question_word().search(term):
        return None
    return term, question


def _comma(probe: str) -> tuple[str, str] | None:
    """The term and the farm's question of ``probe``: ``term,question?`` (module docstring)."""
    if len(probe) > MAX_ASKED:
        return None
    parts = COMMA.split(probe)
    if len(parts) != 2:
        return None
    term, asked = parts
    if NOT_QUESTION.search(asked) or not ASKED.fullmatch(asked):
        return None
    if not TERM.fullmatch(term) or FUNCTION_CHARS.search(term) or question_word().search(term):
        return None
    if not question_word().search(asked):
        return None
    return term, probe[len(term) :]


def _tail(body: str) -> tuple[str, str] | None:
    """The term and the question tail of ``body``: the tail starts at the first interrogative
    after the term's least length."""
    for found in question_word().finditer(body, overlapped=True):
        start = found.start()
        if start < MIN_TERM:
            continue
        term, tail = body[:start], body[start:]
        if not TERM.fullmatch(term):
            return None
        segments = SPACE.split(tail)
        if len(segments) <= 2 and all(
            SEGMENT.fullmatch(s) and question_word().match(s) for s in segments
        ):
            return term, tail
        return None
    return None


def head_lines(texts: Sequence[str]) -> list[int]:
    """The lines of the page head with text: above the first sentence (a line with a sentence
    mark besides the question marks ending it), ``MAX_HEAD`` of them at most."""
    found: list[int] = []
    for i, text in enumerate(texts):
        line = text.strip()
        # rstrip, not MARKS.sub: a pattern anchored at the end is retried from every mark
        # of a long run of question marks (quadratic on a line of 100,000 of them).
        if PARAGRAPH_MARK.search(line.rstrip("?？")) is not None:
            break  # the first sentence: a question line stands above it
        if line:
            found.append(i)
            if len(found) == MAX_HEAD:
                break
    return found


def question_lines(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The keywords asked as questions in the page head (index -> verdict; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["大发盘口?", "海沧市民节:幸福海沧 市民同享", "海沧市民节开幕。市民同享。"]
    >>> sorted(question_lines(page, [no] * 3))
    [0]
    >>> page = ["中国经济还能增长多久?", "中国经济今年增长5%。增长放缓。"]
    >>> question_lines(page, [no] * 2)
    {}
    """
    starts = question_starts()
    candidates = [
        i
        for i in head_lines(texts)
        if not verdicts[i].is_spam
        and len(texts[i].strip()) <= MAX_ASKED
        # a question mark or an interrogative's first character, in either script: the
        # page's conversion is asked only for lines that may be questions
        and ("?" in texts[i] or "？" in texts[i] or any(map(starts.__contains__, texts[i])))
    ]
    lines = [texts[i].strip() for i in candidates]
    if not lines:
        return {}
    simplified = simplify_lines(lines) if simplify_lines is not None else lines
    parsed: dict[int, tuple[tuple[str, ...], str]] = {}
    for i, line, probe in zip(candidates, lines, simplified, strict=True):
        probe = probe.lower()
        found = parse(probe)
        if found is None or counter_lexicon().find(probe) or is_column(found[0]):
            continue
        # the term, and as printed (a traditional page): a conversion that kept the length
        start = probe.find(found[0])
        parsed[i] = (as_printed(line, probe, start, start + len(found[0])), found[1])
    if not parsed:
        return {}
    hijacked = any(v.is_spam for v in verdicts)
    marked = [QUESTION_LINE if k in parsed else v for k, v in enumerate(verdicts)]
    article = Article(texts, marked)
    forms: dict[int, tuple[str, ...]] = {}
    foreign: dict[int, str] = {}
    for i, (form, question) in parsed.items():
        elsewhere = article.without(i)
        term = form[0]
        if question.startswith((",", "，")):
            asked = (lines[candidates.index(i)][len(term) + 1 :], question[1:])
            if not _foreign_question(asked, elsewhere):
                continue
        if not _foreign(form, elsewhere):
            if question[0] in "?？,，":
                continue
            # an adverb opening the question (一般几点): the term without it
            form = tuple(piece[:-ADVERB] for piece in form)
            question = term[-ADVERB:] + question
            if len(form[0]) < MIN_TERM or not _foreign(form, elsewhere):
                continue
        forms[i], foreign[i] = form, question
    block = len(foreign) >= 2
    judged: dict[int, SpamVerdict] = {}
    for i, question in foreign.items():
        term = forms[i][0]
        strength = frame_strength(term)
        if strength < 0:
            continue
        if strength >= 1:
            why = "by its vocabulary"
        elif len(term) >= MIN_FOREIGN:
            why = "named nowhere in the article"
        elif hijacked:
            why = "on a page with spam elsewhere"
        elif block:
            why = "in a block of such questions"
        elif unused_char(forms[i], "", article.without(i)):
            why = "with a character the article never uses"
        else:
            continue
        reason = f"keyword asked as a question ({question}) above the headline, {why}: {term}"
        judged[i] = SpamVerdict(True, 0.0, (term,), 1, reason, sure=True)
    return judged


def _foreign_question(asked: tuple[str, str], article: Elsewhere) -> bool:
    """Whether the article echoes at most ``QUESTION_ECHO`` of the Han pairs of the farm's
    question (as printed or simplified, the higher share)."""
    for form in asked:
        pairs = set(han_pairs(form))
        if not pairs or article.echoes(pairs) > QUESTION_ECHO * len(pairs):
            return False
    return True


def _foreign(forms: tuple[str, ...], article: Elsewhere) -> bool:
    """Whether the article names none of ``forms``: no Han pair of them recurs (a form
    without one, as a whole)."""
    for form in forms:
        pairs = han_pairs(form)
        if article.names(pairs or [form]):
            return False
    return True
