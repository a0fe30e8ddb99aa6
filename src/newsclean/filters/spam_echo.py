"""A hijacked page's keyword header: one keyword echoed on consecutive lines.

Model.  A hijack template prints its keyword as a header of short consecutive lines, each
the keyword (``K``) with little else: ``K-K`` (or ``K- - 新版APP下载``, ``K_ - (中国)百度搜索``),
``K2023-01-31 16:05`` (the keyword glued to a fixed timestamp) and ``K`` alone.  Lines are
judged together, not alone (each is too short to be a list):

* ``K`` is a line of its own, two to ``MAX_KEYWORD`` characters, one word (no separator,
  function character or sentence mark);
* at least ``MIN_ECHOES`` consecutive lines (no blank line between them; ``K``'s own
  among them) open with ``K``, and what follows ``K`` on each is short (at most
  ``MAX_REST_HAN`` Han characters, or ``MAX_TITLE_HAN`` behind a separator: the page
  title's site slogan, ``K|在线用户注册首页登录平台``) and holds no sentence mark;
* one of them is an *echo*: ``K`` twice on the line, or glued to a number (a date), or
  to a word of at most ``MAX_GLUED_WORD`` Han characters glued to a number
  (``K客户端2023-01-31 16:05``: the template's app label before its timestamp);
* ``K`` is spam-shaped — it holds a lexicon term or one of its morphemes (``彩票宝``), or
  has a number or Latin glued on (``大发快三8888``) — or the header bears both echoes
  (``K-K`` and ``K2023-01-31``): the template's structure alone then speaks for an
  unknown brand (``赢彩王``, ``博乐国际``), as two agreeing signs do in the line model.

A headline printed twice (the page ``<title>`` and the ``<h1>``) is longer than a keyword,
holds function characters and is never glued to a timestamp; a short section name
repeated (``体育`` / ``体育新闻``) holds no spam term.  The header's dated line reads as a
byline alone (a site name and a time); its verdict is ``sure``, so the pipeline does not
keep it as one.

*A farm's header* (``farm_headers``) is the same template with a machine id instead of the
keyword on its middle line: the keyword line, a *stamp line*, the keyword line again
(``葡京网上赌场`` / ``FyCtKsGqNr2024-05-07 12:35:36567`` / ``葡京网上赌场``).

* A stamp line is a random id glued to a timestamp and a count, nothing else: the id is
  ``MIN_ID``-``MAX_ID`` ASCII letters and digits that a generator drew, not a word or a
  code: it swaps letter case at least ``MIN_ID_SWAPS`` times (``FyCtKsGqNr``,
  ``Odwl8H5fCj``, ``DFW7MjWz8E``); a date and a clock follow with no space, then digits
  (the view count).  No byline glues an id to its date, and no article prints one.
* The lines right above and right below it (no blank line between) are its keyword lines
  when they are the same line, or the same words reworded (most Han and Latin character
  pairs of the shorter one, ``SAME_WORDS``, recur in the other: the template prints its
  keyword as the page's title and again as its heading), and neither is longer than
  ``MAX_FARM_KEYWORD`` characters.  A stamp line without such neighbours is still the
  generator's and goes alone.

The evidence is the page's structure, not the keyword's vocabulary, so a brand no
lexicon holds (``赢彩王``, ``借记卡四件套``) goes; the verdict is ``sure`` (the stamp line
reads as a byline alone).  Round 35: the template's *site title* (its keyword as an
encyclopedia entry's or a brand's agent page's title, ``spam_templates``) is a line of the
farm's header too, judged with it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from newsclean.filters.charmodel import han_pairs, is_han
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_brand_echo import brand_echoes, title_echoes
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import unused_char
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    SENTENCE_MARKS,
    SEPARATORS,
    han_count,
    holds_morpheme,
    is_glued,
    lexicon,
)
from newsclean.filters.spam_templates import template_titles
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: A keyword is at most this many characters.
MAX_KEYWORD = 12
#: Lines that must open with the keyword.
MIN_ECHOES = 3
#: What follows the keyword on a line of the header: at most this many Han characters.
MAX_REST_HAN = 8
#: How far (in lines) the header may reach on either side of the keyword's own line.
REACH = 4
#: ... or this many behind a separator (a page title's site slogan).
MAX_TITLE_HAN = 12
#: A word glued between the keyword and its timestamp has at most this many Han characters.
MAX_GLUED_WORD = 4
GLUED_DIGIT = lazy_re(rf"^[\u3400-\u9fff]{{0,{MAX_GLUED_WORD}}}\d")
TITLE_SEPARATOR = lazy_re(r"^\s*[|｜_\-—]")
#: A title's rest naming this many Han pairs of the article is a headline (round 37).
MIN_REST_ECHOES = 2
#: A farm's stamp line: a random id (letters and digits) glued to a date, a clock and a count.
MIN_ID, MAX_ID = 6, 16
STAMP_LINE = lazy_re(
    rf"^([A-Za-z0-9]{{{MIN_ID},{MAX_ID}}}?)\d{{4}}-\d{{1,2}}-\d{{1,2}}[ T]\d{{1,2}}:\d{{2}}"
    r"(?::\d{2})?\d{0,9}$"
)
#: The id swaps letter case at least this many times (a word or a code does not).
MIN_ID_SWAPS = 2
#: A keyword line of a farm's header is at most this many characters.
MAX_FARM_KEYWORD = 80
#: Share of the shorter keyword line's character pairs the other must hold.
SAME_WORDS = 0.5
_NOT_WORD = lazy_re(r"[^0-9a-z\u3400-\u9fff\U00020000-\U0003134f]+")


def _spam_shaped(keyword: str) -> bool:
    return bool(lexicon().find(keyword)) or holds_morpheme(keyword) or is_glued(keyword)


def _opens(probe: str, keyword: str) -> bool:
    if not probe.startswith(keyword):
        return False
    rest = probe[len(keyword) :]
    limit = MAX_TITLE_HAN if TITLE_SEPARATOR.match(rest) else MAX_REST_HAN
    return SENTENCE_MARKS.search(rest) is None and han_count(rest) <= limit


def _echo(probe: str, keyword: str) -> str | None:
    """The kind of echo ``probe`` is of ``keyword``: ``twice`` or ``dated``, else None."""
    rest = probe[len(keyword) :]
    if keyword in rest:
        return "twice"
    return "dated" if GLUED_DIGIT.match(rest) is not None else None


def keyword_echoes(texts: Sequence[str], probes: dict[int, str]) -> dict[int, tuple[str, str]]:
    """The lines of keyword headers (line index -> keyword, why), judged as the model says.

    >>> keyword_echoes(["彩票宝-彩票宝", "彩票宝2023-01-31 16:05", "彩票宝", "", "正文"],
    ...     {0: "彩票宝-彩票宝", 1: "彩票宝2023-01-31 16:05", 2: "彩票宝", 4: "正文"})[2]
    ('彩票宝', 'keyword echoed on 3 lines: 彩票宝')
    >>> keyword_echoes(["体育", "体育新闻", "体育2023"], {0: "体育", 1: "体育新闻", 2: "体育2023"})
    {}
    >>> len(keyword_echoes(["赢彩王-赢彩王", "赢彩王2023-01-31", "赢彩王"],
    ...     {0: "赢彩王-赢彩王", 1: "赢彩王2023-01-31", 2: "赢彩王"}))
    3
    """
    found: dict[int, tuple[str, str]] = {}
    for i, keyword in probes.items():
        if i in found or not 2 <= len(keyword) <= MAX_KEYWORD:
            continue
        if SEPARATORS.search(keyword) or FUNCTION_CHARS.search(keyword):
            continue
        if SENTENCE_MARKS.search(keyword):
            continue
        lo = i
        while lo > max(0, i - REACH) and texts[lo - 1].strip() and lo - 1 in probes:
            lo -= 1
        hi = i
        while hi < min(len(texts) - 1, i + REACH) and texts[hi + 1].strip() and hi + 1 in probes:
            hi += 1
        header = [j for j in range(lo, hi + 1) if _opens(probes[j], keyword)]
        if len(header) < MIN_ECHOES:
            continue
        echoes = {_echo(probes[j], keyword) for j in header} - {None}
        if not echoes or (len(echoes) < 2 and not _spam_shaped(keyword)):
            continue
        why = f"keyword echoed on {len(header)} lines: {keyword}"
        for j in header:
            found[j] = (keyword, why)
    return found


def echo_headers(
    texts: Sequence[str], probes: dict[int, str], verdicts: Sequence[SpamVerdict]
) -> dict[int, tuple[str, str]]:
    """The lines of keyword headers, of three lines or more and of two, and the lines of a
    brand's signature echoed (``spam_brand_echo``; index -> keyword, why)."""
    headers = keyword_echoes(texts, probes) | dated_headers(texts, probes, verdicts)
    return headers | brand_echoes(probes) | title_echoes(texts, probes, verdicts)


#: A keyword glued to a date (and a clock), nothing else: a two-line header's dated line.
DATED_KEYWORD = lazy_re(
    rf"^(\S{{2,{MAX_KEYWORD}}}?)\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)


def dated_headers(
    texts: Sequence[str],
    probes: dict[int, str],
    verdicts: Sequence[SpamVerdict] | None = None,
) -> dict[int, tuple[str, str]]:
    """A keyword header of two lines (round 37): the keyword behind a separator and a short
    rest (``K-(2023已更新(搜狗/知乎)``, a title), and right under it or above it the keyword
    glued to a date, nothing else (``K2023-07-20``).  Two lines are fewer than
    ``MIN_ECHOES``, so the keyword must be spam by its vocabulary (a lexicon term or
    morpheme): the structure and the vocabulary agree.  A source glued to its date under a
    headline (``新华社2023-07-20``) has no title line opening with it.

    Round 37 (mend): a section's headline over its byline has the same shape (``体育彩票-
    大乐透第26025期开奖结果`` over ``体育彩票2026-03-04 18:00``, a lottery story), and a
    section's name is often a lexicon morpheme's.  The farm's keyword is foreign to the
    article it is pasted over (``spam_unused``: no Han pair of it in the page's other lines
    not judged spam, and a Han character of it nowhere there) unless the vocabulary calls
    it strong (``frame_strength`` 2), and the title's rest is the farm's slogan, not a
    headline: fewer than ``MIN_REST_ECHOES`` Han pairs of it apart (not overlapping; the
    keyword aside) in the article (``明星公益行走进福彩中心`` under ``娱乐圈-`` speaks of a 福彩
    story; one common word, ``已更新``, is no echo).  ``verdicts``: the lines judged so far.

    >>> sorted(dated_headers(["免费色站-(2023已更新(搜狗/知乎)", "免费色站2023-07-20", "正文"],
    ...     {0: "免费色站-(2023已更新(搜狗/知乎)", 1: "免费色站2023-07-20", 2: "正文"}))
    [0, 1]
    >>> page = ["新华社-新闻", "新华社2023-07-20"]
    >>> dated_headers(page, dict(enumerate(page)))
    {}
    """
    found: dict[int, tuple[str, str]] = {}
    headers: list[tuple[int, int, str]] = []
    for i, probe in probes.items():
        if probe[:1].isdigit() or (dated := DATED_KEYWORD.match(probe)) is None:
            continue  # a cheap test first: the line ends in a date or a clock
        keyword = dated.group(1)
        if SEPARATORS.search(keyword) or SENTENCE_MARKS.search(keyword):
            continue
        for k in (i - 1, i + 1):
            title = probes.get(k)
            if (
                title is not None
                and title.startswith(keyword)
                and TITLE_SEPARATOR.match(title[len(keyword) :])
                and _opens(title, keyword)
                and _spam_shaped(keyword)
            ):
                headers.append((i, k, keyword))
    if not headers:
        return found
    apart = {j for i, k, _ in headers for j in (i, k)}  # the headers are no article
    article = Article(texts, verdicts or [NOT_SPAM] * len(texts)).without(apart)
    for i, k, keyword in headers:
        if not _own_header(article, (keyword, texts[k].strip().lower())):
            why = f"keyword echoed on 2 lines, a title and a dated line: {keyword}"
            found[i] = found[k] = (keyword, why)
    return found


def _own_header(article: Elsewhere, header: tuple[str, str]) -> bool:
    """Whether a two-line header (its keyword read simplified, its title line as printed,
    lower-cased) is the page's own: a section's headline and its byline (``dated_headers``,
    round 37).  ``article``: without every two-line header's lines (a farm prints several:
    one's slogan echoes another's)."""
    keyword, title = header
    printed = title[: len(keyword)]  # the article is read as printed
    foreign = not article.names(han_pairs(keyword) | han_pairs(printed)) and unused_char(
        (printed,), "", article
    )
    if not foreign and frame_strength(keyword) != 2:
        return True  # the keyword is the article's: a section's name
    rest = title[len(keyword) :].replace(printed, " ")
    echoes, at = 0, 0
    while at < len(rest) - 1 and echoes < MIN_REST_ECHOES:  # pairs apart: 已更新 is one word
        pair = rest[at : at + 2]
        if is_han(pair[0]) and is_han(pair[1]) and article.prints(pair):
            echoes, at = echoes + 1, at + 2
        else:
            at += 1
    return echoes >= MIN_REST_ECHOES


def stamp_id(line: str) -> str | None:
    """The random id of a farm's stamp line (module docstring), else None.

    >>> stamp_id("FyCtKsGqNr2024-05-07 12:35:36567"), stamp_id("DFW7MjWz8E2026-09-23 15:32:36236")
    ('FyCtKsGqNr', 'DFW7MjWz8E')
    >>> stamp_id("COVID2024-05-07 12:35"), stamp_id("赢彩王2023-01-31 16:05")
    (None, None)
    """
    if len(line) > MAX_ID + 40:
        return None
    found = STAMP_LINE.match(line)
    if found is None:
        return None
    ident = found.group(1)
    letters = [ch for ch in ident if ch.isalpha()]
    swaps = sum(1 for a, b in pairwise(letters) if a.isupper() != b.isupper())
    return ident if swaps >= MIN_ID_SWAPS else None


def _pairs(line: str) -> set[str]:
    bare = _NOT_WORD.sub("", line.lower())
    return {bare[i : i + 2] for i in range(len(bare) - 1)}


def same_words(first: str, second: str) -> bool:
    """Whether two lines are one keyword line printed twice, reworded or not.

    >>> same_words("葡京网上赌场", "葡京网上赌场"), same_words("葡京网上赌场", "本报讯 记者李晓辉")
    (True, False)
    """
    if first == second:
        return True
    a, b = _pairs(first), _pairs(second)
    if not a or not b:
        return False
    return len(a & b) >= SAME_WORDS * min(len(a), len(b))


def farm_headers(texts: Sequence[str], spam: Collection[int] = ()) -> dict[int, str]:
    """The lines of farms' headers (line index -> why), judged as the module docstring says;
    ``spam``: the lines judged spam already (``spam_templates.template_titles``).

    >>> sorted(farm_headers(["赢彩王", "Odwl8H5fCj2023-03-19 01:19:11848", "赢彩王", "", "正文。"]))
    [0, 1, 2]
    """
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        if not line or line[0] not in _ID_OPENERS or stamp_id(line) is None:
            continue
        found[i] = "a spam farm's header: a random id glued to a timestamp"
        if 0 < i < len(texts) - 1:
            above, below = texts[i - 1].strip(), texts[i + 1].strip()
            if (
                above
                and below
                and max(len(above), len(below)) <= MAX_FARM_KEYWORD
                and same_words(above, below)
            ):
                why = f"a spam farm's header: keyword line around the stamp line {line}"
                found[i - 1] = found[i + 1] = why
    for i, why in template_titles(texts, spam).items():
        found.setdefault(i, why)  # the template's site title (spam_templates, round 35)
    return found


_ID_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
