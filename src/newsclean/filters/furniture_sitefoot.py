"""The site's own foot: lines about the site itself, read by their fields and their block.

Model (round 32; ``furniture_contact.footer_lines`` asks ``site_foot_lines`` beside
the registry footer, over the content lines and the lines read as a record's dates; its
lines go with a reason of their own since round 33). A
campus or government site closes every page with a run of short lines about the site
itself, not about the story: who keeps it, which unit built it, when it was last
updated, how many read it now, which browser it wants. A line is the site's own when it
is made of ``label: value`` fields (parted by a spaced slash, a bar or a semicolon; a
value may hold a slash, ``2025/1/9``) whose labels all name the site's keeper, maker,
update or visitors (kind ``site`` of ``data/contact_words.txt``: 管理者, 建置, 網站維護, 更新日期,
最後更新, 線上人數, 瀏覽人次, 最佳瀏覽; a registry's label may stand among them), or of a *browser
advice* covering the line (an advice word, 建議使用 or 最佳瀏覽, a browser's name or the browser
noun, a resolution, versions and joiners: ``建議使用 Chrome 瀏覽器``, ``最佳瀏覽解析度 1024x768``),
perhaps after a bullet; no sentence mark. Such a line goes when it stands in a run of
adjacent footer lines (the site's own, contact or registry lines, blank lines between)
that holds a contact or registry line, or two of the site's own, under most of the
article's paragraphs (the foot). Another site prints other labels of the same kinds and
reads the same. A one-line paragraph with an update time in a story, a sentence
recommending a browser (its marks, its subject), and a record's fields over the article
(``• 發布日期`` / ``• 更新日期`` / ``• 瀏覽人次``, the byline's place) stay.

Round 36 (second wave), the *maker's credit with no label* (``maker_line``; ``furniture_leaks``
asks it, so the line goes anywhere): a firm's name alone, closed by the trade of building
sites (kind ``maker``: 網頁設計, 网站建设) and a firm's word (kind ``firm``: 公司, 工作室),
``Bingo網頁設計公司``.  The name is a few letters with no mark and no function character
(``他成立了网页设计公司`` is a sentence), and nothing follows the firm's word.  Round 37
mend: a name opened by a list number (``1. 星辰网站建设公司``, ``(3)``, ``③``) is an item of
the article's list (an award's winners) and stays.

Every pattern is bounded (labels, values, the line): no nested quantifier on user text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.realign import LINE_MARKS
from newsclean.filters.word_trie import word_pattern

#: What may stand before the first field: a line's bullet mark, spaces.
LEAD = "".join(sorted(LINE_MARKS)) + " \u3000"
#: A label: at most this long (a registry's may be long, 網站標識碼).
MAX_LABEL = 16
#: Round 32, the site's own foot: a line of its fields is short, holds a colon or a
#: browser or screen word, and no sentence mark.
MAX_SITE_LINE = 80
SITE_SIGN = lazy_re(r"[:：]|瀏覽|浏览|[Bb]rowser|解析度|分辨率")
SITE_SENTENCE = lazy_re(r"[。！？!?；;]")
#: Its fields are parted by a spaced slash or bar, or a semicolon (a value may hold a
#: slash: 2025/1/9).
SITE_SPLIT = lazy_re(r"\s+[/|｜]\s+|\s*[;；｜|]\s*")
SITE_FIELD = lazy_regex(rf"([\p{{Han}}A-Za-z]{{1,{MAX_LABEL}}})\s?[:：]\s?([^,，。；;|｜]{{1,40}})")
#: A screen's resolution in an advice: 1024x768, 1920 × 1080.
RESOLUTION = r"[0-9]{3,4}\s?[x×*X]\s?[0-9]{3,4}"
#: A paragraph of the article: longer than a headline may be (``title.MAX_TITLE_LENGTH``,
#: the same 80), or a closed sentence.  This leaf holds the one test (``is_paragraph``) for
#: every reader that places a line against the article's paragraphs: ``foot_notices``
#: (which caches it) and the modules after it read the spam reader, which reads furniture,
#: so the test cannot live there.
MAX_HEADLINE = 80
PARAGRAPH_ENDS = ("。", "！", "？", "”", "……")
#: A run of two of the site's own lines is its foot block without a contact line beside.
MIN_SITE_RUN = 2


def is_paragraph(text: str) -> bool:
    """Prose: long, or a complete sentence."""
    return len(text) > MAX_HEADLINE or text.endswith(PARAGRAPH_ENDS)


@cache
def contact_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``data/contact_words.txt``, lower case."""
    return frozenset(w.lower() for k, w in data_lines("contact_words.txt") if k == kind)


def site_foot_lines(
    texts: Sequence[str], footer: Callable[[int], bool], site: list[int] | None = None
) -> list[int]:
    """The positions in ``texts`` (content lines in page order) of the site's own fields
    in its footer block (module docstring): a site line in a run of adjacent footer lines
    (site lines, or lines ``footer`` takes: contact or registry lines) holding one that
    ``footer`` takes, or two site lines, under most of the article's paragraphs; ``site``,
    the positions of the site lines when the caller has read them."""
    if site is None:
        site = [k for k, text in enumerate(texts) if site_line(text)]
    if not site:
        return []  # most pages: one cheap scan per line
    paragraphs = [k for k, text in enumerate(texts) if is_paragraph(text)]
    # the foot: under most of the article's paragraphs (a record's fields over the
    # article, 發布日期 / 更新日期 / 瀏覽人次, are its byline's)
    site = [k for k in site if 2 * bisect_left(paragraphs, k) > len(paragraphs)]
    own = set(site)
    found: list[int] = []
    for k in site:
        run, anchored = 1, False
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(texts) and (j in own or footer(j)):
                anchored = anchored or j not in own
                run += 1
                j += step
        if anchored or run >= MIN_SITE_RUN:
            found.append(k)
    return found


#: A maker's credit is a short name and the trade (round 36).
MAX_MAKER_LINE = 32
#: Round 37 mend: a name opening with a list number (``1. 星辰网站建设公司``) is an entry
#: of the article's list (an award's winners), no credit of the site's.
LIST_NUMBER = r"[0-9]{1,3}\s?[.)）]|[(（][0-9]{1,3}[)）]|[\u2460-\u2473]"
MAKER_NAME = rf"(?!{LIST_NUMBER})(?![^\n]*[了的是在把被将將和与與])[\w .&'-]{{1,16}}?"


@cache
def _maker() -> re.Pattern[str]:
    trade, firm = word_pattern(contact_words("maker")), word_pattern(contact_words("firm"))
    return re.compile(rf"{MAKER_NAME}\s?(?:{trade})\s?(?:{firm})")


def maker_line(line: str) -> bool:
    """Whether ``line`` is the site maker's name alone (module docstring, round 36).

    >>> maker_line("Bingo網頁設計公司"), maker_line("他成立了网页设计公司")
    (True, False)
    >>> maker_line("1. 星辰网站建设公司"), maker_line("3. 华科网页设计工作室")
    (False, False)
    """
    text = line.strip()
    if not 4 <= len(text) <= MAX_MAKER_LINE:
        return False
    return _maker().fullmatch(text.lower()) is not None


@cache
def _site_label() -> re.Pattern[str]:
    words = contact_words("site") | contact_words("registry")
    return re.compile(word_pattern(words))


@cache
def _advice() -> regex.Pattern[str]:
    advice, browser, joiner = (contact_words(kind) for kind in ("advice", "browser", "joiner"))
    return regex.compile(
        rf"(?P<advice>{word_pattern(advice)})|(?P<browser>{word_pattern(browser)})"
        rf"|{word_pattern(joiner)}|{RESOLUTION}|[0-9]{{1,2}}(?:\.[0-9])?\+?|[\s、,，/:：]+"
    )


def site_line(text: str) -> bool:
    """Whether ``text`` is made of the site's own fields (module docstring, round 32):
    ``label: value`` pieces whose labels name the site's keeper, maker, update or visitors
    (kind ``site``; a registry label may stand among them), or a browser advice.

    >>> site_line("• 管理者:潘劭愷 / 建置單位:淡江大學資訊處"), site_line("• 線上人數:13")
    (True, True)
    >>> site_line("建議使用 Chrome 瀏覽器"), site_line("記者:張三")
    (True, False)
    >>> site_line("他建議使用 Chrome 瀏覽器,因為它比較快。")
    False
    """
    if len(text) > MAX_SITE_LINE or SITE_SIGN.search(text) is None:
        return False  # no colon, no browser noun: most lines
    line = text.strip().lstrip(LEAD)
    if not line or SITE_SENTENCE.search(line):
        return False
    if _browser_advice(line.lower()):
        return True
    own = False
    for piece in SITE_SPLIT.split(line):
        field = SITE_FIELD.fullmatch(piece)
        if field is None or _site_label().search(field.group(1)) is None:
            return False  # a piece of no field, or a label of neither kind: a byline, prose
        label = field.group(1).lower()
        own = own or any(word in label for word in contact_words("site"))
    return own  # at least one label about the site itself (a registry's alone is no site's)


def _browser_advice(lowered: str) -> bool:
    """An advice and a browser (or a resolution) covering the whole line."""
    advised = browser = False
    pos = 0
    for match in _advice().finditer(lowered):
        if match.start() != pos:
            return False
        advised = advised or match.group("advice") is not None
        browser = browser or match.group("browser") is not None
        pos = match.end()
    return pos == len(lowered) and advised and browser
