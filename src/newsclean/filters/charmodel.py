"""A character model of Chinese text: how likely a run of characters is as written language.

Learned from jieba's dictionary (``data/charmodel.txt``, built by
``tools/build_charmodel.py``; see its header for the source and licence): a unigram
probability for 10,999 simplified characters and, for the 61,766 character pairs seen
inside words (ten times or more, with a probability of 0.15 % or more), the probability
that the second follows the first.  Text is judged in simplified
form: a traditional character counts as the character OpenCC t2s makes of it, so 發 is as
common as 发, while a character with no simplified form (偼, 撠) or whose simplified form
is itself rare stays rare.

The probability of a character after the one before it is

    P(b | a) = P_word(b | a) + 1/2 * P(b)

where ``P_word(b | a)`` is the within-word pair probability (zero for pairs the table has
not seen) and the unigram term stands for a word boundary, which falls after about half of
all characters.  Characters outside the table get fixed log-probabilities by class (see
``OTHER_LOGPROB``): CJK punctuation is common, kana, Greek, Cyrillic, pinyin letters, box
drawing and full-width Latin letters are about as rare in Chinese news as the rarest Han
characters, and an unseen Han character gets ``UNSEEN_HAN``.

Letters of one alphabet stand together: a letter of the Latin alphabet (with or without
a diacritic: pinyin, Pe̍h-ōe-jī, French), of zhuyin (bopomofo and its tone marks),
kana, Greek or Cyrillic right after a letter of the same alphabet continues a word of
it and gets ``ALPHABET_RUN`` (about one letter of forty), not the class price of a
letter alone among Han characters: "sòa" and "ㄇㄚㄇㄚ" are written words, while a
shifted pair lands in one of these rows about once in twenty and two in a row almost
never.  (The realignment test judges runs of two-byte characters, so the letter before
a run is handed to ``score`` as ``before``.)
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import regex

from newsclean.data import data_lines
from newsclean.filters.convert import converter
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex

#: log P of a Han character the table has never seen: below the rarest seen (about -17.3).
UNSEEN_HAN = -18.0
#: A character is common when log P >= this (about 4,650 simplified characters, GB2312's
#: first level and the most frequent of the second); tools/build_charmodel.py lists them
#: with their traditional forms (COMMON_COST there is -2 * COMMON_LOGPROB).
COMMON_LOGPROB = -12.5

OTHER_LOGPROB: tuple[tuple[regex.Pattern[str], float], ...] = (
    (lazy_regex(r"[，。、；：？！“”‘’（）《》〈〉「」『』【】—…·　]"), -4.5),
    (lazy_regex(r"[０-９]"), -8.0),
    (lazy_regex(r"[0-9]"), -6.0),
    (lazy_regex(r"[A-Za-z]"), -9.0),
    (lazy_regex(r"[!-/:-@\[-`{-~]"), -8.0),
)
#: Anything else: kana, Greek, Cyrillic, box drawing, pinyin letters, circled numbers,
#: full-width Latin letters, symbols.
OTHER_SYMBOL = -16.0
#: log P of a letter after a letter of the same alphabet (an alphabet of about forty).
ALPHABET_RUN = -4.0
#: The kana letters: hiragana and katakana with the prolonged sound mark and the iteration
#: marks, not the middle dot ・ (a Chinese page sets it between the parts of a foreign name
#: and in an ellipsis ・・・) nor the voicing marks alone.
KANA = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe"
#: The kana letters alone: KANA without the prolonged sound mark and the iteration marks,
#: which Chinese typesetting uses too (ー as a dash): a line is Japanese only by its letters
#: (``furniture_script``'s kana menus).
KANA_LETTERS = "\u3041-\u3096\u30a1-\u30fa"
#: The alphabets whose letters continue a word of their own (see the module doc).
ALPHABETS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "latin",
        lazy_re("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff\u207f]"),
    ),
    ("zhuyin", lazy_re("[\u3105-\u312f\u31a0-\u31bf\u02c7\u02c9-\u02cb\u02d9]")),
    ("kana", lazy_re(f"[{KANA}]")),
    ("greek", lazy_re("[\u0386-\u03ce]")),
    ("cyrillic", lazy_re("[\u0400-\u04ff]")),
)


@functools.lru_cache(maxsize=4096)
def alphabet(char: str) -> str:
    """The alphabet ``char`` is a letter of ("latin", "zhuyin", ...), or ""."""
    for name, pattern in ALPHABETS:
        if pattern.match(char):
            return name
    return ""


@functools.lru_cache(maxsize=4096)
def continues(previous: str, char: str) -> bool:
    """Whether the non-ASCII letter ``char`` continues a word of its alphabet after
    ``previous``.  A Latin letter with a diacritic continues a word only after a plain
    letter ("sòa", "ação"): runs of them side by side are what a single-byte decoder
    makes of two-byte text ("ÀïÈë¾Ö", codec_misread), and ASCII is scored as before."""
    kind = alphabet(char)
    if not kind or char.isascii():
        return False
    if kind == "latin":
        return previous.isascii() and previous.isalpha()
    return alphabet(previous) == kind


@functools.lru_cache(maxsize=4096)
def _other_logprob(char: str) -> float:
    if is_han(char):
        return UNSEEN_HAN
    for pattern, value in OTHER_LOGPROB:
        if pattern.match(char):
            return value
    return OTHER_SYMBOL


def is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\U00020000"


#: One Han character: the pattern every filter counts Han text with.
HAN = lazy_re(f"[{HAN_SCRIPT}]")
#: Two adjacent Han characters: the smallest piece of a name or a word.
HAN_PAIR = lazy_regex(r"\p{Han}{2}")
#: A pair of Han characters read ahead of every position (the standard engine's findall of it
#: gives the overlapping pairs ``HAN_PAIR`` finds with ``overlapped=True``, at about two
#: thirds of the cost: round 44).
HAN_PAIR_AHEAD = lazy_re(f"(?=([{HAN_SCRIPT}]{{2}}))")
#: A run of Han characters.
HAN_RUN = lazy_re(f"[{HAN_SCRIPT}]+")
#: What stands between Han runs: a line's Han letters alone are what it leaves.
NOT_HAN_RUN = lazy_re(f"[^{HAN_SCRIPT}]+")


def han_pairs(text: str) -> set[str]:
    """The distinct pairs of adjacent Han characters of ``text`` (overlapping: 卫星发 holds
    卫星 and 星发): the evidence two texts name the same thing (a headline and its article,
    a term and the page around it).

    >>> sorted(han_pairs("卫星发射 GDP 2.3吨"))
    ['卫星', '发射', '星发']
    """
    return set(HAN_PAIR_AHEAD.findall(text))


@dataclass(frozen=True, slots=True)
class CharModel:
    unigram: dict[str, float]  # simplified character -> log P
    #: a -> (the characters b seen after it inside words, a cost letter for each)
    followers: dict[str, tuple[str, str]]

    def logprob(self, char: str) -> float:
        """log P of one (simplified) character, without context."""
        found = self.unigram.get(char)
        return found if found is not None else _other_logprob(char)

    def score(self, text: str, before: str = "") -> list[float]:
        """log P of each character of ``text`` (simplified) given the one before it.

        >>> m = model()
        >>> [round(x, 1) for x in m.score("总投入")]  # 入 after 投: a word
        [-7.7, -8.2, -2.0]
        >>> m.logprob("偼") < COMMON_LOGPROB < m.logprob("投")
        True
        """
        # ``pair`` inlined and the look-ups bound once: the same arithmetic in the same
        # order (the sums codec_choice compares are bit-identical), 2x faster on a page.
        scores: list[float] = []
        append = scores.append
        unigram_get = self.unigram.get
        followers_get = self.followers.get
        previous = before
        for char in text:
            found = unigram_get(char)
            if found is None:
                if previous and continues(previous, char):
                    append(ALPHABET_RUN)  # a letter continuing a word of its alphabet
                    previous = char
                    continue
                found = _other_logprob(char)
            pair = 0.0
            if previous and (entry := followers_get(previous)) is not None:
                index = entry[0].find(char)
                if index >= 0:
                    pair = PAIR_PROBABILITY[entry[1][index]]
            append(math.log(pair + 0.5 * math.exp(found)) if pair else found + LOG_HALF)
            previous = char
        return scores

    def step(self, char: str, before: str = "") -> float:
        """log P of one (simplified) character given the one before it: ``score(char,
        before)[0]``, the same arithmetic, without the list.  A lattice asks it of
        thousands of pairs, nearly all unseen: those cost the price alone (a dict look-up
        and a sum).

        >>> m = model()
        >>> m.step("入", "投") == m.score("入", "投")[0] > m.step("入")
        True
        """
        found = self.unigram.get(char)
        if found is None:
            if before and continues(before, char):
                return ALPHABET_RUN  # a letter continuing a word of its alphabet
            found = _other_logprob(char)
        if before and (entry := self.followers.get(before)) is not None:
            index = entry[0].find(char)
            if index >= 0:
                return math.log(PAIR_PROBABILITY[entry[1][index]] + 0.5 * math.exp(found))
        return found + LOG_HALF

    def pair(self, first: str, second: str) -> float:
        """P_word(second | first): zero for a pair not seen inside words."""
        entry = self.followers.get(first)
        if entry is None:
            return 0.0
        index = entry[0].find(second)
        return PAIR_PROBABILITY[entry[1][index]] if index >= 0 else 0.0


LOG_HALF = math.log(0.5)
#: The cost letters of the pair table: "a" + round(-2 ln P).
PAIR_PROBABILITY = {chr(ord("a") + cost): math.exp(-cost / 2) for cost in range(26)}


@functools.cache
def _tables() -> tuple[dict[str, float], dict[str, tuple[str, str]]]:
    unigram: dict[str, float] = {}
    followers: dict[str, tuple[str, str]] = {}
    for fields in data_lines("charmodel.txt"):
        if fields[0] == "u":
            unigram.update(dict.fromkeys(fields[2], -int(fields[1]) / 2))
        elif fields[0] == "b":
            followers[fields[1]] = (fields[2], fields[3])
    return unigram, followers


def unigram() -> dict[str, float]:
    """log P of each simplified character the table knows."""
    return _tables()[0]


@functools.cache
def model() -> CharModel:
    return CharModel(unigram(), _tables()[1])


def simplified(text: str) -> str:
    """``text`` in simplified characters, one for one (OpenCC t2s, per character where a
    phrase rule would change the length)."""
    converted = converter("t2s").convert(text)
    if len(converted) == len(text):
        return converted
    convert = converter("t2s").convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


@functools.lru_cache(maxsize=16384)
def simplified_char(char: str) -> str:
    """One character in simplified form (itself where t2s would make several)."""
    converted = converter("t2s").convert(char)
    return converted if len(converted) == 1 else char


class _SimplifiedTable(dict[int, str]):
    """``str.translate``'s table of ``simplified_char``, filled as characters are met: a
    page's characters are few and repeat, so each is converted once (round 47: the
    scattered keyword's probe of every page, ``"".join(map(simplified_char, page))``, was
    a third of that filter's cost)."""

    def __missing__(self, code: int) -> str:
        self[code] = found = simplified_char(chr(code))
        return found


_SIMPLIFIED_TABLE = _SimplifiedTable()


def simplified_chars(text: str) -> str:
    """``text`` with each character in simplified form by itself (``simplified_char`` of
    each, no phrase rule: the same length and the same positions)."""
    return text.translate(_SIMPLIFIED_TABLE)


@functools.cache
def common_characters() -> frozenset[str]:
    """Han characters whose simplified form is common (log P >= COMMON_LOGPROB), in
    simplified and traditional form (computed by tools/build_charmodel.py, with t2s).

    Read on its own (the table's first entry): every page's mojibake gate needs it,
    while the probabilities are needed only once a line holds an uncommon character."""
    return frozenset(next(f for f in data_lines("charmodel.txt") if f[0] == "c")[2])


#: What a decoder leaves for bytes it could not read: "?" (a legacy transcoder) or U+FFFD.
MARKS = "?\ufffd"
#: Non-ASCII characters of ordinary Chinese text that are not Han characters, with the
#: masks news pages write for a name or a word they withhold (Taiwan's anonymised 陳○○,
#: 王○明; censored □□): a slip may produce one, but such a mark alone is no sign of it.
ORDINARY = (
    "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕—…·～　．％＋－／＝＜＞０-９×÷±°℃•–‧・®©™€£¥○〇□"
)
#: Characters of the symbol rows of GBK (lead bytes A1-A9) and Big5 (A1-A3) that ordinary
#: Chinese prose never writes between two Han characters: enumerated and circled numbers,
#: kana, Cyrillic, pinyin and bopomofo letters and tone marks, box drawing, math
#: operators, vertical forms and a few signs.  A shifted pair is read from a trail byte and
#: a lead byte, and about one trail byte in twenty falls in A1-A9 (9 of 190 values).  Left
#: out because real pages do write them between Han characters: ○ 〇 Ｏ □ ■ × (Taiwan's
#: anonymised names 王○明, censored characters, Chinese zero), arrows (北京→上海), Roman
#: numerals (Ⅱ型), small-form punctuation (明報's ﹕) and the vertical two-dot leader
#: Hong Kong bylines set as a colon (撰文︰張國財), stars, ※, full-width letters, the
#: division slash of Taiwan bylines (記者王超群∕台北報導) and the box rules used as dashes.
SYMBOL_ROW = (
    "\u2460-\u249b\u3220-\u3229"  # ①-⑳ ⑴-⒇ ⒈-⒛ ㈠-㈩
    "\u3041-\u30fa\u30fc-\u30ff"  # kana, not the middle dot ・ of foreign names
    "\u0401-\u0451"  # Cyrillic (not Greek: 和β射线, α粒子)
    "\u00e0-\u01dc\u0251\u0261\u0144\u0148\u01f9"  # pinyin letters
    "\u3105-\u3129\u02c7\u02c9-\u02cb\u02d9"  # bopomofo and tone marks
    "\u2504-\u257f\u2581-\u2595"  # box drawing (not the rules ─ ━ │ ┃), blocks
    "\u2208-\u2214\u2216-\u2299\u2312"  # math operators, not the slash ∕ of bylines
    "\ufe31-\ufe44\ufe49-\ufe4f"  # vertical forms (not ︰), overlines and low lines
    "\u25e2-\u25e5\u3297\u2105\u203e\u02cd\ufe5f-\ufe66\u22bf\u33d2\u33d1"
    "\u2641\u2609\u2196-\u2199\u3012\u2109\ufe69-\ufe6b\u3021-\u3029"
    "\u3395\u339c-\u339e\u33ce\u33a1\u338e\u338f\u33c4\u33d5"  # Big5 row A1-A2
    "\u2640\u2642\u00a4\u00a7\u2116\u3013\uffe0\uffe1\uff04\u00a8\u2032\u2033\u2035"
)
#: log P(c | previous) below which a character is out of place (about one character in
#: 22,000 of running text).  At -9 a writer's "?" after ordinary words in real Taiwan
#: pages starts to be flagged as mojibake; -10 keeps a nat of margin.
IMPROBABLE = -10.0


def is_rare(char: str) -> bool:
    """A character seldom seen in Chinese text, judged on its simplified form (偼, 撠, 矲,
    kana, full-width letters), not a common character in traditional form (發)."""
    if char.isascii() or char in MARKS:
        return False
    if "\u4e00" <= char <= "\u9fff":
        return char not in common_characters()
    return model().logprob(simplified_char(char)) < COMMON_LOGPROB


def is_common(char: str) -> bool:
    return is_han(char) and not is_rare(char)


def out_of_place(text: str, index: int) -> bool:
    """Whether the Han character ``text[index]`` is improbable after the one before it."""
    if index < 0 or not is_han(text[index]):
        return False
    before = simplified_char(text[index - 1]) if index > 0 and is_han(text[index - 1]) else ""
    return model().step(simplified_char(text[index]), before) < IMPROBABLE


@functools.cache
def uncommon() -> re.Pattern[str]:
    """One C-level scan for a character outside the common set and ordinary punctuation."""
    common = "".join(sorted(common_characters()))
    return re.compile(rf"[^\x00-\x7f{common}{ORDINARY}]")
