"""Spam written as prose around a quoted keyword, and a tag page's crumb ending in a keyword.

Model.  A spam farm that has learnt that keyword lists are caught *spins* its keyword into
a sentence: a generated template of generic prose with the keyword in quotes, standing at
the top of the copied article (where it is then taken as the headline) or between its
paragraphs.  The prose is the template's, not the article's: it speaks about "a code", "a
concept", "servers", never about the article's people, places and numbers.  A real
paragraph quotes words too (a slogan, a product's name, the name of the crime the article
is about), so a quote alone is no proof; the line's evidence must say spam on both sides:

* *the quoted term*: a keyword in quotes (``“…”``, ``"…"``, ``「…」``, ``『…』``) of
  ``MIN_TERM``-``MAX_TERM`` characters (Han, Latin, digits: a keyword, not a clause) that
  is spam by the spam vocabulary (``spam_frames.frame_strength`` at least 1: a lexicon term
  or spam-sign characters, a morpheme, glue), or *foreign to the article*: none of its
  character pairs recurs in the rest of its line or in any other line of the page not
  judged spam (a real quote names the article's subject, which the article names again);
* *the prose around it*: a sentence of plain words (Han characters and sentence
  punctuation only, at least ``MIN_PROSE`` Han pairs: no digit, Latin letter, bracket or
  other quote, nor a colon but the one joining two plain parts (below), which a report's
  names, dates, figures and citations bring;
  a written sentence with a function word, 的 了 是 这 们 …: a headline is telegraphic,
  ``“雅江1号”人工智算中心落地山南``); round 25: a click-bait template joins a *hook*
  and its question or claim with one colon, and its clauses with a dash
  (``不热门但很关键:为什么“X”总和信息污染一起出现?``, ``你可能没注意:搜索“X”的人,往往卡在
  同一个坑——信息污染``): two plain parts around one colon are still plain words, judged
  as one sentence (a colon beside names or figures, ``记者 某某:``, ``2024年:``, is not);
  that is itself *foreign to the article*: at most ``MAX_ECHO_SHARE`` of its Han pairs
  recur in the page's other lines (not spam, and not a line printing the same prose around
  another keyword: a template printed twice does not vouch for itself);
* *one sentence spun around one keyword*: at most ``MAX_TERMS`` distinct quoted terms and
  no sentence end before the line's (``“烟火气”在升腾，“消费热”在回归，“忙碌劲”在增长``
  is a writer's parallelism, a paragraph of several sentences a report);
* *not a share box's step* (round 38): a line made whole of an app's steps
  (``furniture_app_steps``: ``使用“扫一扫”即可将网页分享至朋友圈。``) is the site's share
  box, whose control's name is quoted; the furniture reading places it (with the step
  lines broken over the lines above it), so this model leaves it;
* *not a report about spam*: the line holds no word of the reports about spam
  (``spam_counter_terms.txt``: 扫黄打非, 打击 …), which quote crimes' names;
* *strength of the term*: a term the vocabulary knows well (``frame_strength`` 2) suffices;
  a marked or unknown one needs the page's other evidence: the line stands at the page's
  top (no line with text before it: the spun sentence taken as the headline), or the page
  carries spam elsewhere (a template's other injection speaks for it), or (round 39) the
  line is *written in the other script* than the page's article: ``SCRIPT_EVIDENCE``
  characters at least only the simplified script writes (当, 们, 这) and more than twice
  those only the traditional one writes, on a page whose other lines write the traditional
  script (``PAGE_SCRIPT`` of its characters at least, and the simplified-only ones not a
  tenth of them): a mirror converts the whole page it copies to the traditional script,
  and a line injected after it keeps the farm's.  The other way round is no evidence (a
  simplified article quotes a Hong Kong or Taiwan sentence as printed).

*A tag page's crumb* (``首页 标签:身份证生成``): a crumb trail of the site's home page and
a tag label (``data/crumb_tag_labels.txt``) ending in one keyword.  A hijacked page
prints the tag page of its keyword; the keyword is spam when the vocabulary knows it
(``frame_strength`` at least 1) or when it is foreign to the article (no pair recurs in the
page's other lines not judged spam): a real tag names what the article is about.

*A keyword spun into an answer sentence* without quotes, taken up by a demonstrative and
a measure word (round 24), is ``spam_spun`` (split from this module in round 35), which
reads this module's questions of the page (``ProsePage``, ``plain_pairs``).

A line that is not such a sentence (a headline naming a place and a number, a paragraph
quoting a slogan the article discusses) is left to the other models.  Verdicts are
``sure``: the template's line reads as prose, not a list, and is never a byline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_app_steps import app_step_clauses
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.slip_script import SCRIPT_EVIDENCE, line_scripts
from newsclean.filters.spam_article import Article, pair_counts
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import char_pairs
from newsclean.filters.spam_signs import FUNCTION_CHARS, counter_lexicon
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.word_trie import longest_first

#: A quoted term is this many characters (a keyword, not a clause).
MIN_TERM, MAX_TERM = 2, 12
#: The prose around the term has at least this many Han pairs (a sentence, not a label).
MIN_PROSE = 8
#: At most this share of the prose's Han pairs recur in the article.
MAX_ECHO_SHARE = 0.055
#: A spun sentence quotes at most this many distinct terms (its keyword, a generic word).
MAX_TERMS = 2
#: ``frame_strength`` of a term that is spam on any page.
STRONG = 2
#: A spun sentence or a crumb is at most this many characters (a sentence, not a page).
MAX_LINE = 300
#: A tag page's crumb is at most this many characters.
MAX_CRUMB = 40
#: A crumb's tag keyword is this many characters.
MAX_TAG = 16
#: Characters of one script only a page's other lines need to be written in it.
PAGE_SCRIPT = 10
QUOTED = lazy_re(
    rf"“([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})”"
    rf"|\"([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})\""
    rf"|「([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})」"
    rf"|『([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})』"
)
#: A mark a quoted term opens with (``QUOTED``) or a crumb's colon: most lines hold none.
MARKS = lazy_re(r'[“"「『:：]')
#: Plain prose once the quoted terms are taken out: Han and sentence punctuation only, in
#: one part or two joined by a colon (round 25: a click-bait template's hook and question).
PLAIN = r"[\p{Han}，,。.、；;！!？?—\s]+"
PLAIN_PROSE = lazy_regex(rf"{PLAIN}(?:[:：]{PLAIN})?")
COLON = lazy_regex(r"[:：]")
CRUMB_SEPARATOR = r"[\s>›»/|｜\-]*"
TAG_TERM = lazy_regex(rf"[\p{{Han}}A-Za-z0-9]{{2,{MAX_TAG}}}")


@cache
def _crumb() -> regex.Pattern[str]:
    words: dict[str, list[str]] = {"home": [], "tag": []}
    for fields in data_lines("crumb_tag_labels.txt"):
        words[fields[0]].append(fields[1])
    home, tag = (longest_first(words[k]) for k in ("home", "tag"))
    return regex.compile(
        rf"^(?:{home}){CRUMB_SEPARATOR}(?:{tag})\s*[:：]\s*({TAG_TERM.pattern})\s*$"
    )


def short_line(text: str, limit: int) -> bool:
    return len(text) <= limit and len(text.strip()) <= limit


@lru_cache(maxsize=4096)
def term_strength(term: str) -> int:
    """``frame_strength``, once per distinct term of a run (a template repeats its words)."""
    return frame_strength(term)


def _spun_or_crumb_shaped(text: str) -> bool:
    """A short line with a quoted term, or a crumb-sized line with a colon (the characters
    looked for first: most lines hold neither)."""
    mark = MARKS.search(text)
    if mark is None:
        return False
    if short_line(text, MAX_LINE) and QUOTED.search(text, mark.start()):
        return True
    return short_line(text, MAX_CRUMB) and bool(COLON.search(text))


def _terms(line: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in QUOTED.finditer(line)]


class ProsePage:
    """The page's lines and its article (``spam_article.Article``: the lines not judged
    spam), so each question "does this recur elsewhere" is a look-up: linear in the page,
    whatever the number of quoted lines."""

    def __init__(self, texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> None:
        self.texts = texts
        self.article = Article(texts, verdicts)
        self._rest: dict[int, str] = {}
        self._scripts: tuple[int, int] | None = None

    def other_script(self, i: int) -> bool:
        """Whether line ``i`` is written in the other script than the page's other lines
        (module docstring); the page's counts are read once, when first asked."""
        traditional, simplified = line_scripts(self.texts[i])
        if simplified < SCRIPT_EVIDENCE or simplified <= 2 * traditional:
            return False
        if self._scripts is None:
            counts = [line_scripts(text) for text in self.texts]
            self._scripts = (sum(c[0] for c in counts), sum(c[1] for c in counts))
        page_traditional = self._scripts[0] - traditional
        page_simplified = self._scripts[1] - simplified
        return page_traditional >= PAGE_SCRIPT and 10 * page_simplified < page_traditional

    def line(self, i: int) -> str:
        """Line ``i`` as the page's questions read it: stripped and lower-cased."""
        return self.texts[i].strip().lower()

    def foreign(self, forms: Sequence[str], i: int) -> bool:
        """Whether no pair of the term (``forms``: as printed and simplified) occurs in the
        rest of line ``i`` (its text outside quotes, a crumb's before its keyword) or in
        the article outside line ``i`` (a pair is two characters: "a pair of the rest" is a
        substring of it)."""
        rest = self._outside_quotes(i)
        pairs = [pair for form in forms for pair in char_pairs(form)]
        return not any(pair in rest for pair in pairs) and not self.article.without(i).names(pairs)

    def _outside_quotes(self, i: int) -> str:
        """Line ``i``'s text outside quotes (a crumb's before its keyword), computed once."""
        if i not in self._rest:
            line = self.line(i)
            crumb = _crumb().match(line)
            self._rest[i] = line[: crumb.start(1)] if crumb else QUOTED.sub(" ", line)
        return self._rest[i]

    def echo_share(self, pairs: set[str], group: Counter[str]) -> float:
        """The share of a plain sentence's Han ``pairs`` (``plain_pairs``) that occur in a
        line outside ``group`` (the pair counts of the lines printing the same prose; module
        docstring).  Counting stops once the share is past ``MAX_ECHO_SHARE`` (then a share
        past it, not the whole share, is returned)."""
        recurring = 0
        total = self.article.counts
        for pair in pairs:
            if total[pair] > group[pair]:
                recurring += 1
                if recurring > MAX_ECHO_SHARE * len(pairs):
                    break  # over the limit already: the rest cannot bring it back
        return recurring / len(pairs)


def plain_pairs(prose: str) -> set[str] | None:
    """``prose``'s Han pairs if it is a plain written sentence (module docstring), else None."""
    if not PLAIN_PROSE.fullmatch(prose):
        return None
    pairs = han_pairs(prose)
    if len(pairs) < MIN_PROSE or not FUNCTION_CHARS.search(prose):
        return None  # a telegraphic headline (no function word) is no spun sentence
    return pairs


def quoted_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The spun sentences and tag crumbs of a page (line index -> verdict), judged with the
    page's other verdicts (module docstring).

    >>> spun = "一张看似平常的清单“仿真手枪”，悄然指向的并非冷冰冰的库房，而是一幅宏大图景"
    >>> page = [spun, "海沧市民节开幕", "市民节将横跨三大节庆，历时一个月。"]
    >>> sorted(quoted_spam(page, [SpamVerdict(False, 0.0, (), 0)] * 3))
    [0]
    """
    spam = {i for i, v in enumerate(verdicts) if v.is_spam}
    marked = MARKS.search  # most lines hold no mark: they cost one search in C
    where = [
        i for i, t in enumerate(texts) if marked(t) and i not in spam and _spun_or_crumb_shaped(t)
    ]
    if not where:
        return {}  # the page is counted only when a line may be spun or a crumb
    picked = [texts[i].strip() for i in where]
    simple = simplify_lines(picked) if simplify_lines is not None else picked
    probes = {
        i: probe
        for i, probe in ((i, s.lower()) for i, s in zip(where, simple, strict=True))
        if QUOTED.search(probe) or _crumb().match(probe)
    }
    if not probes:
        return {}
    page = ProsePage(texts, verdicts)

    found: dict[int, SpamVerdict] = {}
    for i, probe in probes.items():
        crumb = _crumb().match(probe) if i not in spam else None
        if crumb is None:
            continue
        term = crumb.group(1)
        as_printed = _crumb().match(page.line(i))
        forms = (term, as_printed.group(1)) if as_printed else (term,)
        if term_strength(term) >= 1 or page.foreign(forms, i):
            why = f"tag page crumb ending in a keyword foreign to the article: {term}"
            found[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    candidates: dict[int, tuple[str, int]] = {}
    prose: dict[int, str] = {}
    plain: dict[int, set[str]] = {}  # a candidate's prose's Han pairs, read once
    for i, probe in probes.items():
        if i in found or i in spam:
            continue
        terms = _terms(probe)
        if (
            not terms
            or len(set(terms)) > MAX_TERMS
            # a sentence's end before the line's end: the line holds several sentences
            or SENTENCE_STOP.search(probe.rstrip("。！？!? "))
        ):
            continue  # parallel quotes or several sentences: a writer's paragraph
        if counter_lexicon().find(probe):
            continue  # a report about spam, which quotes the crimes' names
        if app_step_clauses(page.line(i))[0]:
            continue  # 使用“扫一扫”即可将网页分享至朋友圈。: a share box's step (furniture's)
        # Before the foreign test (most quoting paragraphs fail here): a line whose prose is
        # no plain sentence gets no share below, nor do the lines of its group (the same
        # prose), so leaving it out changes no other line's verdict.
        prose[i] = QUOTED.sub(" ", page.line(i))
        pairs = plain_pairs(prose[i])
        if pairs is None:
            continue
        plain[i] = pairs
        printed = _terms(page.line(i))
        pairs_of = zip(terms, printed, strict=True) if len(printed) == len(terms) else None
        best: tuple[str, int] | None = None
        for term, form in dict.fromkeys(pairs_of or ((t, t) for t in terms)):
            strength = term_strength(term)
            forms = (term, form)
            if strength < 1 and not page.foreign(forms, i):
                continue
            if best is None or max(strength, 0) > best[1]:
                best = (term, max(strength, 0))
        if best is not None:
            candidates[i] = best
    # Lines printing the same prose around their keywords are one template's copies.
    groups: dict[str, Counter[str]] = {}
    for i in candidates:
        groups.setdefault(prose[i], Counter()).update(pair_counts(page.line(i)))
    top = next((i for i, t in enumerate(texts) if t.strip()), -1)
    for i, (term, strength) in sorted(candidates.items(), key=lambda c: -c[1][1]):
        if page.echo_share(plain[i], groups[prose[i]]) > MAX_ECHO_SHARE:
            continue
        other = strength >= STRONG or i == top or bool(spam) or any(k != i for k in found)
        if other or page.other_script(i):
            why = f"quoted keyword in template prose foreign to the article: {term}"
            if not other:
                why += " (the line written in the other script than the page's)"
            found[i] = SpamVerdict(True, 0.0, (term,), 1, why, sure=True)
    return found
