"""Readings 2c and 6 of a generated slot line (``spam_slot``, round 26): a farm's template is
a frame with slots, and a line is spam by how its pieces are joined, whatever fills them.

2c. *Frames joined by a digit* (``digit_joined``): a keyword farm prints its query template
    once per keyword and strings the copies on one line, the later ones opened by a stray
    item number glued to the next slot after a space (``X加时赛进球规则 2Y胜负结果判定``).
    Each piece is a slot (``MIN_TERM`` characters at least) and a frame holding a query
    word (``data/spam_query_words.txt``: 规则, 结果, 规定, 时间 …, the nouns a search
    engine's suggestions append), Han, Latin and digits only, no function character; the
    first piece carries no number (a numbered list numbers its first item too: ``1概述
    2方法``).  The line is foreign to the article (at most ``REST_ECHO`` of its Han pairs
    printed elsewhere: a sports story's heading on overtime rules shares its words), and
    no word of the reports about spam nor a sign of prose is in it.
6.  *A brand leading keywords* (``brand_keywords``): a token of Latin letters and digits
    together (``MIN_BRAND`` characters or more: ``98win``), a space, then a run of keyword
    pieces with no sentence mark or function character (``98win 德發娛樂bt淫色電影大型黃站``):
    a gambling or adult site signs its keyword line with its brand.  The brand is printed
    nowhere else on the page (a product the article is about, ``Win10``, is named by it);
    the keywords are foreign to the article (at most ``REST_ECHO`` of their Han pairs) and
    keyword-shaped by the vocabulary (a lexicon term) or by glue (Latin letters or digits
    between Han, ``彩48彩票``, ``bt淫色``), never by their length alone.
    The same brand leads a line of another script's keywords on a Chinese page
    (``brand_latin_lines``: ``98win cơ cấu giải thưởng xổ số miền bắctải macao99 …``): no
    Han at all, ``MIN_WORDS`` words or more, ``MIN_MARKED`` of them with letters outside
    ASCII (a language written with diacritics: an English subtitle has none), no
    punctuation, the brand printed nowhere else, on a page whose other lines hold an article
    of ``MIN_ARTICLE_HAN`` Han characters: a keyword line in a language the page does not
    speak.

    Round 27, a *brand of letters alone* (``kuwin 免费激情网博乐国际赢彩王大型黄站``, ``kuwin
    bảng xếp hạng …``): a farm's brand is the label of its domain, written in lower case as
    the address is; a product or an outlet the page names writes its capital (``Apple``,
    ``CCTV``, ``iPhone``).  A token of ``MIN_BRAND`` or more lower-case letters, printed so,
    leads the line as a brand of letters and digits does, with stronger evidence behind it
    among Han keywords: a strong lexicon term (weight 2 or more) or glue, not a weak term.

    Round 29, *a brand over an unread article*: when the page's other lines hold no
    article to be foreign to (``spam_slot._readable_article``: a body a codec turned to
    Latin-1 letters, ``¿ï(xuan)Á|…``, read only later by the mojibake filter), the brand's
    keywords are read by their vocabulary alone and must speak twice: ``UNREAD_TERMS``
    distinct lexicon terms, one of them strong (``98win hotsex大陸黃網導航章魚彩票色站導航``:
    sex, 彩票, 色站).  A headline after a brand-like token names no two spam terms.

Round 39, *a download list's row* (``download_rows``): a farm that poses as an app market
prints under a copied article its list of downloads, one row a file: a button's label, the
file's size and its upload time as the machine stamps it (``立即下载376MB/2024-11-24T16:47:29``,
shanyouwang.com).  The row is read by its shape, whatever the app: at most ``MAX_LABEL`` Han
characters (the button), a size in bytes' units (``KB``, ``MB``, ``GB``), a slash, and an
ISO 8601 time with its ``T`` between the day and the hour.  A writer prints neither a size
glued to a time nor the ``T``: no sentence, caption or byline has that shape.

Both readings return why, or None; their verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_ask_frame import MIN_TERM
from newsclean.filters.spam_query_grammar import query_words
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    counter_lexicon,
    han_count,
    lexicon,
    prose_sign,
)
from newsclean.filters.spam_verdict import SpamVerdict

#: The most of a line's (or its keywords') Han pairs the article may print.
REST_ECHO = 1 / 3
#: The fewest Han characters of a joined frame's piece, and of a brand's keywords.
MIN_PIECE_HAN = 6
#: A brand token's fewest characters.
MIN_BRAND = 5
#: A stray item number glued to the next slot after a space (the joint of 2c).
DIGIT_JOIN = lazy_regex(r"\s+\d{1,3}(?=\p{Han})")
#: One piece: Han, Latin letters and digits, nothing else.
PIECE = lazy_regex(r"[\p{Han}a-z0-9]+")
#: A brand (letters and digits together, or lower-case letters: ``_printed_brand``), a
#: space, the rest of the line.
BRAND_LINE = lazy_regex(
    rf"(?P<brand>(?=[a-z0-9]*[a-z])[a-z0-9]{{{MIN_BRAND},16}})\s+"
    r"(?P<rest>[\p{Han}a-z0-9 ]+)"
)
#: The weight of a lexicon term strong enough behind a brand of letters alone.
STRONG_WEIGHT = 2.0
#: Distinct lexicon terms behind a brand when the page has no article to read them by.
UNREAD_TERMS = 2
#: A foreign-language keyword line: its fewest words, and words with non-ASCII letters.
MIN_WORDS = 6
MIN_MARKED = 3
#: The Han characters of the other lines that make an article for a foreign line.
MIN_ARTICLE_HAN = 60
#: A brand, a space, then words of Latin letters (any diacritics) and digits only; a plus
#: joins a word's letters and digits as a channel's or a brand's name writes them (round 39,
#: ``kuwin k+1 trực tiếp bóng đá…``: K+1, a sports channel), never a word's edge.
LATIN_LINE = lazy_regex(
    rf"(?P<brand>(?=[a-z0-9]*[a-z])[a-z0-9]{{{MIN_BRAND},16}})"
    r"(?P<rest>(?: [a-z0-9\u00c0-\u024f\u1e00-\u1eff]+(?:\+[a-z0-9\u00c0-\u024f\u1e00-\u1eff]+)?)+)"
)
MARKED_WORD = lazy_regex(r"[\u00c0-\u024f\u1e00-\u1eff]")
#: Letters or digits glued between Han characters inside a keyword run.
GLUE = lazy_regex(r"\p{Han}[a-z0-9]+\p{Han}")


#: A button's label before a download row is this many Han characters at most.
MAX_LABEL = 6
#: A download list's row: a button's label, a file's size, a slash, an ISO 8601 time.
DOWNLOAD_ROW = lazy_regex(
    rf"\p{{Han}}{{0,{MAX_LABEL}}}\s?\d{{1,5}}(?:\.\d{{1,2}})?\s?[KMG]B\s?/\s?"
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?",
    flags=regex.IGNORECASE,
)


@cache
def _query_word() -> regex.Pattern[str]:
    return regex.compile(r"\L<words>", words=list(query_words()))


def _printed_brand(brand: str, printed: str) -> bool | None:
    """Whether ``brand`` is a brand as the line prints it: True for letters and digits
    together (``98win``), False for letters alone printed in lower case (``kuwin``: it needs
    stronger keywords), None for anything else (a word with its capital, a bare number).

    >>> _printed_brand("98win", "98win x"), _printed_brand("kuwin", "kuwin x")
    (True, False)
    >>> _printed_brand("apple", "Apple x"), _printed_brand("12345", "12345 x")
    (None, None)
    """
    if any(c.isdigit() for c in brand):
        return True if any(c.isalpha() for c in brand) else None
    return False if printed.startswith(brand) else None


def _foreign(text: str, article: Elsewhere) -> bool:
    """At most ``REST_ECHO`` of ``text``'s Han pairs printed by the article."""
    pairs = han_pairs(text)
    return bool(pairs) and article.echoes(pairs) <= REST_ECHO * len(pairs)


def _forms(line: str, probe: str) -> tuple[str, ...]:
    """The probe, and the line as printed when the conversion kept its length."""
    return (probe, line.lower()) if len(line) == len(probe) else (probe,)


def digit_joined(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is query frames joined by a digit, or None (reading 2c).

    >>> from newsclean.filters.spam_article import Article
    >>> from newsclean.filters.spam_verdict import SpamVerdict
    >>> lines = ["海沧市民节开幕。", "市民节将横跨三大节庆，历时一个月。"]
    >>> story = Article(lines, [SpamVerdict(False, 0.0, (), 0)] * 2)
    >>> farm = "体彩加时赛进球规则 2体育彩票胜负结果判定"
    >>> digit_joined(farm, farm, story.without(-1)).split(": ")[1]
    '体彩加时赛进球规则 | 体育彩票胜负结果判定'
    >>> toc = "1概述 2方法规则"
    >>> digit_joined(toc, toc, story.without(-1)) is None
    True
    """
    if not DIGIT_JOIN.search(probe) or probe[:1].isdigit():
        return None
    pieces = DIGIT_JOIN.split(probe)
    if len(pieces) < 2:
        return None
    word = _query_word()
    for piece in pieces:
        if not PIECE.fullmatch(piece) or han_count(piece) < MIN_PIECE_HAN:
            return None
        if FUNCTION_CHARS.search(piece) or word.search(piece, MIN_TERM) is None:
            return None
    if counter_lexicon().find(probe) or prose_sign(probe):
        return None
    if not all(_foreign(form, article) for form in _forms(line, probe)):
        return None
    joined = " | ".join(pieces)
    return f"generated line with a slot, {len(pieces)} query frames joined by a digit: {joined}"


def brand_keywords(line: str, probe: str, article: Elsewhere, readable: bool = True) -> str | None:
    """Why the line is a brand leading keywords, or None (reading 6); ``readable``: whether
    the page holds an article to be foreign to (round 29, module docstring).

    >>> from newsclean.filters.spam_article import Article
    >>> from newsclean.filters.spam_verdict import SpamVerdict
    >>> lines = ["海沧市民节开幕。", "市民节将横跨三大节庆，历时一个月。"]
    >>> story = Article(lines, [SpamVerdict(False, 0.0, (), 0)] * 2)
    >>> farm = "98win 德发娱乐bt淫色电影大型黄站"
    >>> brand_keywords(farm, farm, story.without(-1))
    'generated line with a slot, a brand leading keywords: 98win | 德发娱乐bt淫色电影大型黄站'
    >>> phone = "iphone15 新品发布会现场直击"
    >>> brand_keywords(phone, phone, story.without(-1)) is None
    True
    >>> farm = "kuwin 免费激情网博乐国际赢彩王大型黄站"
    >>> brand_keywords(farm, farm, story.without(-1)).split(": ")[1]
    'kuwin | 免费激情网博乐国际赢彩王大型黄站'
    >>> tv = "Apple 免费激情网博乐国际赢彩王大型黄站"
    >>> brand_keywords(tv, tv.lower(), story.without(-1)) is None
    True
    """
    found = BRAND_LINE.fullmatch(probe)
    if found is None:
        return None
    brand, rest = found.group("brand"), found.group("rest")
    mixed = _printed_brand(brand, line.strip())
    if mixed is None:
        return None
    if han_count(rest) < MIN_PIECE_HAN or FUNCTION_CHARS.search(rest):
        return None
    if counter_lexicon().find(probe) or prose_sign(probe):
        return None
    if article.names([brand]):
        return None  # the article's own product or site
    weights = lexicon().terms
    terms = [term for _, _, term in lexicon().find(rest)]
    if not readable:
        strong = any(weights[t] >= STRONG_WEIGHT for t in terms)
        if not strong or len(set(terms)) < UNREAD_TERMS:
            return None
        return (
            f"generated line with a slot, a brand leading keywords (no article): {brand} | {rest}"
        )
    if not (GLUE.search(rest) or any(weights[t] >= STRONG_WEIGHT or mixed for t in terms)):
        return None
    start = found.start("rest")
    forms = [form[start:] for form in _forms(line, probe)]
    if not all(_foreign(form, article) for form in forms):
        return None
    return f"generated line with a slot, a brand leading keywords: {brand} | {rest}"


def brand_latin_lines(texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> dict[int, str]:
    """The lines of a brand leading another script's keywords (index -> why; reading 6).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["98win kết quả xổ số đài bắc hôm naykết quả đề hôm naysoi cầu", "市民节开幕。" * 12]
    >>> brand_latin_lines(page, [no, no])
    {0: 'generated line with a slot, a brand leading keywords in another script: 98win'}
    >>> brand_latin_lines(["iphone15 launch event live from the keynote hall", page[1]], [no, no])
    {}
    """
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        stripped = text.strip()
        # The lower-cased line's first character is the first character's lower case (a
        # character's case mapping is its own, İ -> i̇): tested before the line is lowered.
        first = stripped[:1] if stripped[:1].isascii() else stripped[:1].lower()[:1]
        if verdicts[i].is_spam or not first.isascii() or not first.isalnum():
            continue  # one character test for most lines
        line = stripped.lower()
        matched = LATIN_LINE.fullmatch(line)
        if matched is None or _printed_brand(matched.group("brand"), text.strip()) is None:
            continue
        words = matched.group("rest").split()
        if len(words) < MIN_WORDS or sum(1 for w in words if MARKED_WORD.search(w)) < MIN_MARKED:
            continue
        found[i] = matched.group("brand")
    if not found:
        return {}
    others = [t for k, t in enumerate(texts) if k not in found and not verdicts[k].is_spam]
    if sum(han_count(t) for t in others) < MIN_ARTICLE_HAN:
        return {}
    page = "\n".join(others).lower()
    return {
        i: f"generated line with a slot, a brand leading keywords in another script: {brand}"
        for i, brand in found.items()
        if brand not in page
    }


def download_rows(texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> dict[int, str]:
    """The rows of a download list (index -> why; module docstring, round 39).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> download_rows(["立即下载376MB/2024-11-24T16:47:29", "安装包大小376MB。"], [no, no])[0]
    "generated line with a slot, a download list's row: 376MB/2024-11-24T16:47:29"
    """
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        if verdicts[i].is_spam or "/" not in line or not line[-1:].isdigit():
            continue  # one character test for most lines
        row = DOWNLOAD_ROW.fullmatch(line)
        if row is not None:
            found[i] = "generated line with a slot, a download list's row: " + _stamp(line)
    return found


def _stamp(line: str) -> str:
    """The size and time of a download row, its button's label left out."""
    k = 0
    while k < len(line) and not line[k].isdigit():
        k += 1
    return line[k:].strip()
