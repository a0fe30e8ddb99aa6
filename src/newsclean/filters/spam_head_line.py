"""A head line foreign to the article on a hijacked page (round 21).

Model.  A farm puts its own title over the article it copies (``<brand>开挂处罚机制``, a
keyword and a frame no vocabulary knows).  Above the article's first paragraph, the page's
lines are its headline, its record (date, source, author) and the site's furniture; the
headline speaks of the article (``title.echoes``: it shares pairs of Han characters with
it), a record holds a date or a label.  On a page that already carries spam (a verdict of
this pass or an earlier one), a *short standalone line of the page head* (``MIN_HAN`` Han
characters or more, no space, no colon, no sign of prose, no word of the reports about
spam) *heading a spam line* (the next line below, blank lines aside, is spam: the
injection goes on under its title) of which *no* Han pair occurs in the article is the
farm's title, not the page's.  A caption or a record line of the head stands apart from the
injection, and so do a real headline over a body a codec garbled (nothing echoes it),
between the site's furniture and its record, and the page's own line right under a link
list (``点击量突破十万次``, the article begins under it).

The article must hold ``MIN_ARTICLE_HAN`` Han characters: a headline of a short story
may share no pair with two sentences of it (``暴雨蓝色预警信号发布`` over a paragraph on the
rain), not with a whole article.  The article is read without its mirror's glosses
(``spam_unused.unglossed``: ``區(qū)議(yì)會`` breaks every pair of a glossed paragraph), as
printed and simplified: a real headline over a glossed article shares its names with it
once the glosses are set aside.  Only lines *above the
first paragraph* (a line with a sentence mark and ``PARAGRAPH_HAN`` Han characters) are
asked: between paragraphs, a short line is a heading or a caption, whose words another
reading weighs.  Verdicts are ``sure``.

Round 23: the farm's title need not head the injection.  A head line holding a term of the
spam lexicon (``外挂``, ``私服``, ``彩票``: the farm's topic) of which no Han pair occurs in
the article is the farm's title wherever it stands in the head, on a page with spam
elsewhere or none (the term is the spam): a template written over many pages with its
term changed (``外挂真有那么神奇吗?<term>外挂种类揭秘及风险规避指南``), a question then a
guide's headline (``spam_listing.question_head`` lets it be read as a standalone line).
A real headline naming such a term speaks of its article, which prints the term
(``外挂真的有用吗？`` over a story on game cheats shares 外挂 with it) and stays.

Round 32: a head line holding a date the byline grammar reads is the record's line, not a
farm's title (``彩神彩票官方网站2025-09-24``: a brand glued before the story's date, which
``spam_field`` cuts, the date kept).

Round 27, a *bracketed pair of terms* (``bracket_title``): a farm titles its page with its
keyword and a second keyword in brackets, nothing else (``X(Y)``: ``大型黃站(身份證生成)``,
``马来西亚文来(马来西亚文德甲)``, the breadcrumb's last item too).  The bracket would make
the line no standalone line (a bracket is a caption's or a headline's note, ``(图)``), so
this shape is read as one: two keyword-shaped terms of ``BRACKET_TERM`` characters (no
space, no function character, no mark), each holding two Han characters, asked as any head
line is (a lexicon term, or heading a spam line on a hijacked page; no pair of the whole
line in the article).  A headline with its note (``李家超(右)``, ``暴雨来袭(组图)``) has a
note of one character or a headline its article echoes (``暴雨来袭(组图)``).
Round 28: the pair's shape is the farm's, so it is asked with two Han characters a term
(``MIN_PAIR_HAN``, not a head line's ``MIN_HAN``) and its vocabulary may speak through
either term alone (``spam_frames.frame_strength`` 1 or 2: ``代炼(四件套yhk)``, a piece of the
lexicon's terms glued to Latin); no pair of it in the article still decides.

Round 34, a *title with its site's name* (``site_title``): a page's title is printed with
the site's name behind a spaced dash (``TITLE - SITE``), and a farm's title is too, the
name an encyclopedia's or a portal's it borrows (``萬豪彩票 - -(中国)互动百科``).  The
spaces around the dash part the title from the name, no words of prose, so the line is read
as one head line; its title (``MIN_PAIR_HAN`` Han characters or more, no space, no mark,
no function character) is what is asked: no pair of it in the article, and a lexicon term
in it or the line heading a spam line on a hijacked page.  The site's name is the site's
(``中国`` in any article), not the farm's, and is not asked.  A real headline with its
site's name speaks of its article, which echoes the title, and stays.

Round 37, the *pair scattered between paragraphs*: the farm prints its bracketed pair
below the first paragraph too, alone on a line.  There a short line is mostly a heading or
a one-line paragraph with a note (``王毅(中共中央政治局委员)``, ``村(社区)``), so the pair
is asked with more signs: its vocabulary marks a term (``frame_strength`` 1 or 2), or the
farm's pairs are found on the page (round 37 mend, below) and a Han character of it occurs
nowhere in the article; the article holds ``MIN_SCATTERED_ARTICLE_HAN`` Han
characters; no pair of the line in it, or, when a term is strong by the vocabulary, at most
``PAIR_ECHOED`` of them (the farm's first term may be a common word: ``性色社区``).  A
note about the article's own matter shares its words and stays.

Round 37 (mend): a scattered pair's vocabulary is the spam word lists' only (a lexicon term
or morpheme); Latin and digits glued to Han are a product's model number there
(``华为Mate60(华为技术有限公司)``), no mark.  An unmarked pair needs the farm's pairs found
on the page (a marked pair or a foreign head line of this reading: the template prints
several), not spam elsewhere alone: a place and its region (``横琴(广东珠海)``) stays on a
page whose foot carries a link list.  The article and its unused characters are
``spam_unused``'s (shared with ``spam_channel``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.byline_dates import holds_byline_date
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import unused_char
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    counter_lexicon,
    han_count,
    holds_morpheme,
    lexicon,
    prose_sign,
)
from newsclean.filters.spam_verdict import SpamVerdict

#: The fewest Han characters of a head line read here, and of a paragraph.
MIN_HAN = 6
#: A bracketed pair of terms holds two Han characters in each term (round 28).
MIN_PAIR_HAN = 4
PARAGRAPH_HAN = 20
#: The fewest Han characters of the article (glosses aside) for "no pair" to be evidence.
MIN_ARTICLE_HAN = 200
WHY = "generated line with a slot, a head line foreign to the article on a page with spam"
SCATTERED = "generated line with a slot, a bracketed pair of terms between paragraphs"
#: The fewest Han characters of the article a scattered pair is foreign to (round 37).
MIN_SCATTERED_ARTICLE_HAN = 60
#: A scattered pair with a strong term may have this share of its pairs echoed (round 37).
PAIR_ECHOED = 0.25
#: A bracketed pair of terms: a term, a second term in half- or full-width brackets.
BRACKET_TITLE = lazy_re(rf"[^{WHITE_SPACE}()（）]{{2,16}}[(（][^{WHITE_SPACE}()（）]{{2,16}}[)）]")
_BRACKET_TERMS = lazy_regex(r"[(（)）]")
#: A title, a spaced dash (one or more), a site's name (round 34).
SITE_TITLED = lazy_regex(r"(\S{2,16})[ \u3000]+[-–—](?:[ \u3000]*[-–—])*[ \u3000]*[^\s\-–—]{2,16}")
#: A mark inside a term: a clause, a quotation, a label's colon.
NOT_TERM = lazy_regex(r"[。！!？?，,；;：:“”\"「」《》【】\[\]|｜、]")


def bracket_title(line: str) -> bool:
    """A farm's title of two terms, the second in brackets (module docstring, round 27).

    >>> bracket_title("大型黃站(身份證生成)"), bracket_title("何记娱乐（身份证生成）")
    (True, True)
    >>> bracket_title("李家超(右)"), bracket_title("香港新闻界庆祝国庆(图)")
    (False, False)
    >>> bracket_title("中国的航天梦(上)"), bracket_title("记者:张三(实习)")
    (False, False)
    """
    if BRACKET_TITLE.fullmatch(line) is None:
        return False
    terms = [t for t in _BRACKET_TERMS.split(line) if t]
    return len(terms) == 2 and all(
        han_count(t) >= 2 and not FUNCTION_CHARS.search(t) and not NOT_TERM.search(t) for t in terms
    )


def site_title(line: str) -> str | None:
    """The title of a line printed ``TITLE - SITE`` (module docstring, round 34), else None.

    >>> site_title("萬豪彩票 - -(中国)互动百科"), site_title("天天干綜合 - 新浪网")
    ('萬豪彩票', '天天干綜合')
    >>> site_title("香港 - 澳门 - 台湾"), site_title("习近平会见 外宾 - 新华网")
    (None, None)
    """
    if (found := SITE_TITLED.fullmatch(line)) is None:
        return None
    title = found.group(1)
    if han_count(title) < MIN_PAIR_HAN or FUNCTION_CHARS.search(title) or NOT_TERM.search(title):
        return None
    return title


def _marked_pair(probe: str, *, glue: bool = True) -> bool:
    """A bracketed pair of terms one of which the vocabulary marks (``frame_strength`` 1 or
    2: ``代炼(四件套yhk)``, pieces of the lexicon's terms glued to Latin), round 28.
    ``glue=False``: the spam word lists only (a lexicon term or morpheme), not Latin glued
    to Han (``华为Mate60``, a product's model number), round 37."""
    if not bracket_title(probe):
        return False
    return any(
        frame_strength(term) >= 1 and (glue or bool(lexicon().find(term)) or holds_morpheme(term))
        for term in _BRACKET_TERMS.split(probe)
        if term
    )


def bracket_lines(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    known: dict[int, str],
    simplify_lines: Callable[[list[str]], list[str]] | None,
) -> dict[int, tuple[str, str]]:
    """The page's bracketed pairs of terms not yet judged spam, as ``foreign_heads`` reads
    its lines (as printed, and simplified lower-cased); a plain ``(`` test first."""
    found = [
        i
        for i, text in enumerate(texts)
        if not verdicts[i].is_spam
        and (
            (("(" in text or "（" in text) and bracket_title(text.strip()))
            or (" - " in text and site_title(text.strip()) is not None)
        )
    ]
    if not found:
        return {}
    missing = [i for i in found if i not in known]
    read = {i: known[i] for i in found if i in known}  # never a copy of the page's probes
    if missing:
        asked = [texts[i].strip() for i in missing]
        done = simplify_lines(asked) if simplify_lines is not None else asked
        read.update(zip(missing, done, strict=True))
    return {i: (texts[i].strip(), read[i].strip().lower()) for i in found}


def foreign_heads(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], probes: dict[int, tuple[str, str]]
) -> dict[int, str]:
    """The head lines foreign to the article (index -> why; module docstring).  ``probes``:
    the short standalone lines, as printed and simplified lower-cased; ``verdicts`` include
    the pass's own.  Round 37: bracketed pairs below the first paragraph too."""
    whole = Article(texts, verdicts)
    hijacked = whole.hijacked
    first = next(
        (
            k
            for k, text in enumerate(texts)
            if k not in probes and SENTENCE_STOP.search(text) and han_count(text) >= PARAGRAPH_HAN
        ),
        len(texts),
    )
    heads = [
        i for i in probes if i < first and _head_asked(texts, verdicts, probes[i][1], i, hijacked)
    ]
    pairs = [i for i in probes if i >= first and _scattered(verdicts[i], probes[i][1])]
    if not heads and not pairs:
        return {}
    article = whole.without(probes)
    found: dict[int, str] = {}
    han = article.han()
    if han >= MIN_ARTICLE_HAN:  # a short story may not name its headline
        for i in heads:  # a few lines, a few pairs each: searched in the text, not all counted
            line, probe = probes[i]
            if " " in probe:  # a title with its site's name: the title is asked (round 34)
                line, probe = site_title(line) or line, site_title(probe) or probe
            if not article.names(han_pairs(probe) | han_pairs(line.lower())):
                found[i] = f"{WHY}: {probe}"
    if han < MIN_SCATTERED_ARTICLE_HAN:
        return found
    for marked_only in (True, False):  # an unmarked pair once the farm's pairs are found
        if marked_only is False and not found:
            break
        for i in pairs:
            line, probe = probes[i]
            if i in found or (marked_only and not _marked_pair(probe, glue=False)):
                continue
            if _foreign_pair(line, probe, article) and (
                marked_only or unused_char((probe,), "", article)
            ):
                found[i] = f"{SCATTERED}: {probe}"
    return found


def _head_asked(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], probe: str, i: int, hijacked: bool
) -> bool:
    """Whether head line ``i`` is asked: its shape, and a sign of spam (module docstring)."""
    return (
        not verdicts[i].is_spam
        and (" " not in probe or site_title(probe) is not None)
        and ":" not in probe
        and "：" not in probe
        and han_count(probe) >= (MIN_PAIR_HAN if bracket_title(probe) else MIN_HAN)
        and (
            (hijacked and _beside_spam(texts, verdicts, i))
            or bool(lexicon().find(probe))
            or _marked_pair(probe)
        )
        and not prose_sign(probe)
        and not counter_lexicon().find(probe)
        and not holds_byline_date(probe)
    )


def _scattered(verdict: SpamVerdict, probe: str) -> bool:
    """Whether a line below the first paragraph is a bracketed pair asked (round 37)."""
    return (
        not verdict.is_spam
        and bracket_title(probe)
        and not prose_sign(probe)
        and not counter_lexicon().find(probe)
    )


def _foreign_pair(line: str, probe: str, article: Elsewhere) -> bool:
    """A scattered pair is foreign: no pair of it in the article, or a term of it strong by
    the vocabulary and at most ``PAIR_ECHOED`` of its pairs there (round 37)."""
    pairs = {pair for form in (probe, line.lower()) for pair in han_pairs(form)}
    echoed = article.echoes(pairs)
    if not echoed:
        return True
    strong = any(frame_strength(term) == 2 for term in _BRACKET_TERMS.split(probe) if term)
    return strong and echoed <= PAIR_ECHOED * len(pairs)


def _beside_spam(texts: Sequence[str], verdicts: Sequence[SpamVerdict], index: int) -> bool:
    """Whether the next line below line ``index`` (blank lines aside) is spam: the
    injection goes on under its title, which heads it, not the page's lines under a link
    list (``点击量突破十万次`` above the first paragraph)."""
    k = index + 1
    while k < len(texts) and not texts[k].strip():
        k += 1
    return k < len(texts) and verdicts[k].is_spam
