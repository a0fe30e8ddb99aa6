"""Lines in a script foreign to the page: interface text and template filler in Latin
letters on a Chinese page.

Model (round 15; ``site_lines.foreign_lines`` asks it before the headline is looked for,
so none of these is taken for it).  The page is the evidence: on a page whose letters are
mostly Han (a character a codec lost, U+FFFD, counts as Han: only multibyte text loses
characters that way) in its lines holding Han, with at least one Han paragraph and no
fewer Han paragraphs than distinct Latin ones, a line with no Han character and no lost
one, in Latin letters, is judged by where it stands and what it is.  Bylines, dates and
credits are read by the byline grammar before this is asked, and a URL line is
navigation's; what is left is:

1. an *interface string*: one to ``MAX_UI_TOKENS`` English words or bare counts, closed by
   at most ``!`` or an ellipsis (``Loading``, ``No menu items!``, ``Found 802 results``),
   standing in the page's head, above its first Han paragraph.  Two words or more with no
   name in them (no capital past the first word) are the site's interface on their own;
   one word, or words naming someone, only beside other foreign-script furniture or
   opening the page: an English source credit (``Reuters``) or an English subtitle under
   the headline (``Xi Meets the Press``) stands between the headline and the article, and
   stays;
2. *template filler*: Latin prose (``MIN_FILLER_WORDS`` words or more) a theme prints as a
   placeholder (``We must explain to you how all this mistaken idea…``), in the head with
   no name and no number in it (it is about nothing on the page), or printed twice or more
   anywhere (an article does not print its English quote twice).  An English paragraph
   quoted once in the body (a speech's words after the Chinese lead), or an English
   abstract naming people and places, stays.

Round 33, a *menu in kana* after the article: a site built for Japanese readers (or a
template copied from one) prints its menu's items on a Chinese page (``メインメニュー`` /
``タイの中華文化一覧`` / ``携帯サイト``).  What makes such a line the site's, on any site,
is its script and its place, not its words: a short line (at most ``MAX_KANA_LINE``
characters, no clause or sentence mark: a label, never a sentence) holding kana, standing
under the article's last Han paragraph, two or more such lines there (a menu, never one
quoted title), on a Chinese page whose paragraphs hold no kana (a Japanese article keeps
its lines).  A Japanese quotation inside a story stands between its paragraphs, or is a
sentence with its marks, and stays; the katakana middle dot and the long-vowel mark
(``・``, ``ー``) are Chinese typography too and count as no kana.

Every test is a length bound and a pattern of words separated by single spaces: no
nested quantifier runs on a line longer than ``MAX_UI_LINE`` or ``MAX_FILLER_LINE``.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from newsclean.filters.charmodel import HAN, HAN_RUN, KANA_LETTERS
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.memo import LineCache
from newsclean.filters.title import is_prose

#: An English word: letters, joined inside by an apostrophe or a hyphen.
ENGLISH_WORD = r"[A-Za-z]+(?:['’-][A-Za-z]+){0,3}"
#: An interface string: a few words or bare counts, closed by at most ! or an ellipsis.
MAX_UI_TOKENS = 6
MAX_UI_LINE = 48
UI_PHRASE = stdlib(
    rf"(?:{ENGLISH_WORD}|[0-9]{{1,7}})(?: (?:{ENGLISH_WORD}|[0-9]{{1,7}})){{0,{MAX_UI_TOKENS - 1}}}"
    r"(?:!|\.\.\.|…)?"
)
WORD_OF_TWO = stdlib(r"[A-Za-z]{2}")
#: Template filler: Latin prose of at least this many words.
MIN_FILLER_WORDS = 8
MAX_FILLER_LINE = 2000
LATIN = stdlib(r"[A-Za-z]")
#: The Latin letters as bytes: a page's ASCII characters (``str.encode`` dropping the rest)
#: less these are its Latin letters, counted in C without a search (round 47).
LATIN_BYTES = string.ascii_letters.encode("ascii")
LOST = "\ufffd"
#: Kana: hiragana and katakana letters (not the middle dot U+30FB nor the long-vowel mark
#: U+30FC, which Chinese typesetting uses too).
KANA = stdlib(f"[{KANA_LETTERS}]")
#: A menu item in kana: a label, short, without a clause or sentence mark.
MAX_KANA_LINE = 32
CLAUSE_OR_STOP = stdlib(r"[，。、；：！？,;:!?]")
#: Kana menu items under the article: fewer is a quoted title.
MIN_KANA_ITEMS = 2
#: A sentence's end before a capital: the capital opens a sentence, it names no one.
SENTENCE_CLOSE = (".", "!", "?", ":", ";", '"', "”")


def mostly_han(texts: Iterable[str]) -> bool:
    """Whether the page's letters are mostly Han (lost characters counted as Han)."""
    han, latin = _letters("\n".join(texts))
    return han > latin


def chinese_page(rest: Iterable[str], latin_prose: int) -> bool:
    """Whether the page's paragraphs are Chinese: the lines holding Han (``rest``) are
    mostly Han, one at least is a paragraph, and Han paragraphs are no fewer than the
    ``latin_prose`` distinct Latin ones (a page of English paragraphs keeps them)."""
    lines = list(rest)
    han, latin = _letters("\n".join(lines))
    han_prose = sum(map(is_prose, lines))
    return han_prose > 0 and han_prose >= latin_prose and han > latin


def _letters(page: str) -> tuple[int, int]:
    """The Han characters (lost ones counted as Han) and the Latin letters of ``page``, the
    lines joined by a line feed, which is neither: one search over the page, not one a
    line, and runs matched, not characters (the same counts, 3x faster on a page); the
    Latin letters are the page's ASCII bytes less those that are no letter (15x faster
    than a search for Latin runs over a Chinese page)."""
    han = sum(map(len, HAN_RUN.findall(page))) + page.count(LOST)
    ascii_only = page.encode("ascii", "ignore")  # the Latin letters are among these
    return han, len(ascii_only) - len(ascii_only.translate(None, LATIN_BYTES))


def _foreign(text: str) -> bool:
    """In Latin letters, with no Han character and no lost one."""
    return LOST not in text and HAN.search(text) is None and LATIN.search(text) is not None


#: ``_foreign``, asked of every content line and remembered across pages (pure).
_foreign_of: LineCache[bool] = LineCache(_foreign, LineCache.SMALL)


def names_someone(text: str) -> bool:
    """A capital past the first word that opens no sentence (``I`` aside): a name."""
    words = text.split()
    for k in range(1, len(words)):
        word = words[k]
        if word[:1].isupper() and word != "I" and not words[k - 1].endswith(SENTENCE_CLOSE):
            return True
    return False


def ui_string(text: str) -> bool:
    """One to ``MAX_UI_TOKENS`` English words or counts, at least one a word."""
    return (
        len(text) <= MAX_UI_LINE
        and UI_PHRASE.fullmatch(text) is not None
        and WORD_OF_TWO.search(text) is not None
    )


def filler_prose(text: str) -> bool:
    """Latin prose of ``MIN_FILLER_WORDS`` words or more."""
    return len(text) <= MAX_FILLER_LINE and len(text.split()) >= MIN_FILLER_WORDS


def script_lines(content: Sequence[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """The interface strings and template filler among ``content`` (module docstring),
    each with the reason it goes; empty on a page mostly in Latin letters.  Only the
    Latin lines are kept aside: a page of many short lines pays nothing a line."""
    at = {i: k for k, i in enumerate(content) if _foreign_of(text_of(i))}  # Latin: position
    if not at:
        return {}  # most pages: every line holds Han
    texts = {i: text_of(i).strip() for i in at}
    latin_prose = len({text for text in texts.values() if is_prose(text)})
    if not chinese_page((text_of(i) for i in content if i not in at), latin_prose):
        return {}
    head_end = next(
        (k for k, i in enumerate(content) if i not in at and is_prose(text_of(i).strip())),
        len(content),
    )  # the first Han paragraph
    copies = Counter(text for text in texts.values() if filler_prose(text))
    found: dict[int, str] = {}
    pending: list[int] = []
    for i, k in at.items():
        text = texts[i]
        if filler_prose(text):
            if copies[text] > 1:
                found[i] = "template filler: Latin prose printed again"
            elif k < head_end and not names_someone(text) and not any(c.isdigit() for c in text):
                found[i] = "template filler: Latin prose about nothing in the page head"
        elif k < head_end and ui_string(text):
            if len(text.split()) > 1 and not names_someone(text):
                found[i] = "interface text in Latin letters on a Chinese page"
            else:
                pending.append(i)
    for i in pending:  # one word or a name: only beside furniture, or opening the page
        k = at[i]
        beside = [content[j] for j in (k - 1, k + 1) if 0 <= j < len(content)]
        if k == 0 or any(j in found for j in beside):
            found[i] = "interface text in Latin letters beside the page's furniture"
    return found


def foreign_script_lines(content: Sequence[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """``script_lines`` and the kana menu (``kana_menu``): every line in a script foreign
    to the page, each with the reason it goes."""
    found = script_lines(content, text_of)
    for i in kana_menu(content, text_of):
        found.setdefault(i, "a menu in kana under the article of a Chinese page")
    return found


def kana_menu(content: Sequence[int], text_of: Callable[[int], str]) -> list[int]:
    """The kana menu's items under the article's last Han paragraph among ``content``
    (module docstring, round 33); empty on most pages, whose text holds no kana (one
    search over the joined page before any line is read)."""
    if KANA.search("\n".join(map(text_of, content))) is None:
        return []
    texts = [text_of(i).strip() for i in content]
    labels = {k for k, text in enumerate(texts) if _kana_label(text)}
    prose = [k for k, text in enumerate(texts) if k not in labels and is_prose(text)]
    if not prose or any(KANA.search(texts[k]) for k in prose):
        return []  # no article, or a Japanese one
    items = [content[k] for k in sorted(labels) if k > prose[-1]]
    return items if len(items) >= MIN_KANA_ITEMS else []


def _kana_label(text: str) -> bool:
    """A short line holding kana, with no clause or sentence mark: a label."""
    return (
        len(text) <= MAX_KANA_LINE
        and KANA.search(text) is not None
        and CLAUSE_OR_STOP.search(text) is None
    )
