"""A copy farm's tag words glued into the article after its stops, one at a time.

Model (round 34).  A farm that copies an article glues the tag words of its own site into
the text, one at a time, right after the full stop that ends a sentence or a paragraph
(``…炒粿條。html他們對福南街的記憶…``, ``…的實際情況等。mysql``) or after the colon of a
heading (``背景:html…``).  The sentences are the article's and stay; the word is cut out
of the line (``spam cut``, as ``spam_pictographs`` cuts a pictograph).  The evidence is its
shape and the page, not a list of tags:

* a *site* is a word of lower-case Latin letters (``MIN_WORD`` to ``MAX_WORD``: html,
  java, mysql, web) glued after a full stop, right before a Han character or at the line's
  end, or glued after a colon right before a Han character (a label's value, ``语言:java``
  closing its line, is the label's);
* the word is no pinyin syllable (``例如:ji知,qi次``: a lesson spells a reading), and
  each word is printed nowhere else on the page (a story about vivo or jQuery names them
  in its sentences too);
* the page holds ``MIN_SITES`` sites or more, one of them closing its line after the stop
  (the farm's mark: no sentence ends on a bare lower-case word): sentences may open with a
  product written in lower case (``。ipad新款…。iphone销量…``), a tutorial's steps name
  their tools after a colon (``方法一：pip安装…方法二：conda安装``).

Round 36, the *random id*: a copy's tracking mark glued after its full stops is a token of
lower-case letters and digits together (``MIN_ID`` to ``MAX_ID``: ``zc1b0j``, ``f2bf``,
``1iw2l1k``), glued where the site would be, or before a quote's mark (``。jxrq7”``):
a digit inside lower-case letters is no word, no syllable, no unit (units and counts are
written after the number: ``5公里``; ``3d`` is two characters).  Its digits closing it
before a count's unit stay with the text (``。vofrqj26名议员`` cuts ``vofrqj``; the units
are ``data/count_units.txt``).  Ids are counted with the sites, printed nowhere else as
they are, and two distinct ids stand for the line-closing mark (no sentence opens with two
different random codes).

Round 36 mend, the *named* id: a word then its number (``iphone15``, ``win11``,
``mate60``) is a product's or a model's name, the subject of the sentence it opens
(``。iphone15的销量在国内市场下滑…``), not a code: its letters are pronounceable (a vowel
and a consonant, no three consonants or three vowels running, ``ch``/``ph``/``sh``/``th``/
``ck``/``ng`` one sound) and its digits close it.  A named id glued before running Han stays
unless the page's tag words include one closing its line or standing before a quote's mark
(the farm's mark, which no sentence's subject leaves); ``bnq020``, ``ldk0099``, ``jxrq7``
(no vowel), ``vofrqj26`` (four consonants running) and ``7a5d050`` (digits first) are codes.

A capitalised or mixed-case word (``iPhone``, ``Java``), a word spaced from the stop, a
word followed by Latin text (an English sentence) or a tag word the article uses stays.
Tag words in Han (安全, 算法) carry no such shape and are left to the reader.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.pinyin_readings import toneless_syllables
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_verdict import SpamVerdict

#: Sites on the page at least.
MIN_SITES = 2
#: A tag word's length, in letters.
MIN_WORD, MAX_WORD = 2, 10
#: A site: a lower-case word after a full stop (before Han or the line's end) or after a
#: colon (before Han).
SITE = lazy_regex(
    rf"(?<=[。．])[a-z]{{{MIN_WORD},{MAX_WORD}}}(?=\p{{Han}}|\s*$)"
    rf"|(?<=[:：])[a-z]{{{MIN_WORD},{MAX_WORD}}}(?=\p{{Han}})"
)
#: A random id's length, letters and digits, a letter and a digit at least.
MIN_ID, MAX_ID = 4, 16
#: A random id after a full stop, before Han, a quote or the line's end.
RANDOM_ID = lazy_regex(
    rf"(?<=[。．])(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{{{MIN_ID},{MAX_ID}}}"
    r"(?=\p{Han}|[“”「」『』]|\s*$)"
)
#: A word then its number: a product's or a model's name when the word is pronounceable.
NAMED = re.compile(r"([a-z]+)[0-9]+")
#: Two letters read as one consonant.
DIGRAPH = re.compile(r"ch|ph|sh|th|ck|ng")
#: Three consonants or three vowels running: no word's letters.
UNSPOKEN = re.compile(r"[^aeiouy]{3}|[aeiou]{3}")
#: The quote marks an id stands before when it is the farm's (``。jxrq7”``).
QUOTES = "“”「」『』"
#: The digits closing an id (group 1 the id without them) and the Han after them.
ID_DIGITS = re.compile(r"(.*[a-z])([0-9]+)$")
#: A Latin word anywhere: how often the page prints each.
WORD = re.compile(r"[A-Za-z]+")
#: A Latin word with its digits: how often the page prints each id.
TOKEN = re.compile(r"[A-Za-z0-9]+")
#: A mark then a lower-case letter or digit, for a quick test (speed only).
MARK_THEN_TOKEN = re.compile(r"[。．:：][a-z0-9]")


@cache
def count_units() -> frozenset[str]:
    """The units and measure words a count is written before (``data/count_units.txt``)."""
    return frozenset(fields[0] for fields in data_lines("count_units.txt"))


def _ids(text: str) -> list[tuple[int, int, str]]:
    """The random ids of one line (module docstring): start, end and the id; an id's
    closing digits before a count's unit are the count's."""
    found = []
    for m in RANDOM_ID.finditer(text):
        start, end = m.span()
        split = ID_DIGITS.fullmatch(m.group())
        if split and text[end : end + 1] in count_units():
            end = start + len(split.group(1))
        found.append((start, end, text[start:end]))
    return found


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """A line's sites and random ids (start, end, word), in order."""
    sites = [
        (m.start(), m.end(), m.group())
        for m in SITE.finditer(text)
        if m.group() not in toneless_syllables()
    ]
    return sorted(sites + _ids(text))


def tag_word_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The farm's tag words cut out of the page's lines (line index -> cut; module
    docstring).

    >>> page = ["他們對福南街的記憶。html福南街曾經是我用餐的地方。java", "他當過工人。mysql"]
    >>> cut = tag_word_cuts(page, [SpamVerdict(False, 0.0, (), 0)] * 2)[0]
    >>> cut.cut, cut.rest
    ('html java', '他們對福南街的記憶。福南街曾經是我用餐的地方。')
    """
    del simplify_lines  # a Latin word is in no Han script
    found = {
        i: pieces
        for i, text in enumerate(texts)
        if not verdicts[i].is_spam and MARK_THEN_TOKEN.search(text)
        if (pieces := _pieces(text))
    }
    if sum(len(pieces) for pieces in found.values()) < MIN_SITES:
        return {}
    at_sites = Counter(word for pieces in found.values() for _, _, word in pieces)
    printed = Counter(
        word.lower()
        for i, text in enumerate(texts)
        if text and not verdicts[i].is_spam
        for word in WORD.findall(text)
    )
    printed.update(  # ids as tokens of letters and digits, counted apart from the words
        token.lower()
        for i, text in enumerate(texts)
        if text and not verdicts[i].is_spam
        for token in TOKEN.findall(text)
        if not token.isalpha()
    )
    kept = {
        i: [(start, end, word) for start, end, word in pieces if _alone(word, printed, at_sites)]
        for i, pieces in found.items()
    }
    if not any(_closes(texts[i], end) for i, pieces in kept.items() for _, end, _ in pieces):
        kept = {  # no farm's mark on the page: a named id is the sentence's subject
            i: [(start, end, word) for start, end, word in pieces if not is_named(word)]
            for i, pieces in kept.items()
        }
    ids = {word for pieces in kept.values() for _, _, word in pieces if not word.isalpha()}
    if sum(len(pieces) for pieces in kept.values()) < MIN_SITES or not (
        len(ids) >= MIN_SITES
        or any(not texts[i][end:].strip() for i, pieces in kept.items() for _, end, _ in pieces)
    ):
        return {}  # too few, or none closing its line: a tutorial's or a product's words
    cuts: dict[int, HeadCut] = {}
    for i, pieces in kept.items():
        if not pieces:
            continue
        text = texts[i]
        rest = remove_spans(text, [(start, end) for start, end, _ in pieces])
        words = " ".join(word for _, _, word in pieces)
        why = "a farm's tag words or ids glued after the article's stops, printed nowhere else"
        cuts[i] = HeadCut(words, rest, why)
    return cuts


def is_named(token: str) -> bool:
    """A word then its number, the word pronounceable: a product's or a model's name
    (``iphone15``, ``win11``), not a random id (``bnq020``, ``ooi9``; module docstring)."""
    m = NAMED.fullmatch(token)
    if not m:
        return False
    letters = DIGRAPH.sub("c", m.group(1))
    return (
        re.search("[aeiouy]", letters) is not None
        and re.search("[^aeiou]", letters) is not None
        and not UNSPOKEN.search(letters)
    )


def _closes(text: str, end: int) -> bool:
    """The tag word at ``end`` closes its line or stands before a quote's mark."""
    rest = text[end:].strip()
    return not rest or rest[0] in QUOTES


def _alone(word: str, printed: Counter[str], at_sites: Counter[str]) -> bool:
    """The word is printed nowhere but where it is glued: a site as a Latin word, an id
    as a token of letters and digits (``WORD`` reads ``zc1b0j`` as ``zc``, ``b``, ``j``)."""
    if word.isalpha():
        return printed[word] == at_sites[word]
    return printed[word] <= at_sites[word]
