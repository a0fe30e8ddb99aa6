"""A mirror that glosses without tones: 來(lai) 源:正報(bao), 個(ge) 人.

A toneless gloss is no evidence on its own (``pinyin``: 北京(Beijing) is how a travel
piece names a place), so a page whose glosses are all toneless is judged by a stricter
picture of the mirror habit: at least ``MANY_POSITIONS`` glossed positions on at least
``MANY_CHARACTERS`` different characters, at least ``SINGLE_SHARE`` of the glosses on one
character each (a mirror glosses character by character; a romanised name glues its
syllables over a word), every syllable a reading of its host (the grammar's reading
check), and the habit's reach: the glossed characters glossed wherever they occur (at
least ``MIN_COVERAGE`` of their occurrences on the page, title, byline and captions
included: a mirror glosses a fixed set of characters everywhere, a text that romanises a
few words glosses each where it first names it) or the page dense (at least
``DENSE_PER_MILLE`` glossed characters per 1000 Han characters: a mirror that glosses
every second character skips some occurrences).  The signs of a note weigh against it as
they do for toned glosses: half the glosses or more on lines that talk about reading
(``talk``, ``data/pinyin_talk_cues.txt``), or fewer than half in running text (a list of
characters, 妈(ma)、麻(ma)、马(ma)).  A light mirror (two glosses a line, 35 per 1000
characters) is a mirror all the same: density alone missed it, and it left every gloss
on the page, the headline's too.  The verdict is the page's, so every line of it, a
short head line as a paragraph, loses its glosses alike.

A short page carries a short mirror: a notice of five paragraphs glossed 並(bing)在,
拘捕(bu)五名, 停止(zhi)違法, 來(lai)自 holds six glosses, too few for the habit above.
What makes them a mirror's all the same is what they gloss and how (``short_mirror``):
at least ``SHORT_POSITIONS`` glosses on at least ``SHORT_CHARACTERS`` different
characters, every one a single lower-case syllable on a single character inside
running text (more Han text right after it: 來(lai)自 cuts the word it sits in; round 33:
or a word's last character glossed before its mark, 情況(kuang) 。), every
glossed character an everyday one (in at least ``COMMON_PHRASES`` of pypinyin's phrases: nobody
explains how to read 並 or 來) read its first, plain reading, and at least
``MIN_COVERAGE`` of the glossed characters' occurrences glossed.  A note that gives a
reading glosses what a reader might misread: a rare character (亳(bo)州), a place
name's special reading (六(lu)安, not 六's first reading liù), a surname (单(shan)), or
names a word in romanisation (北京(Beijing), capitalised, several syllables over one
bracket); each of those fails one condition, and the page keeps its glosses.
A bracket holding only ``?`` (惡(?), a one-vowel syllable a legacy encoding lost whole:
``pinyin_grammar``) is never evidence here: it goes only with a mirror judged on its
other glosses.

Such a mirror also writes a space after each gloss (個(ge) 人, a short one too: 問(wen)
問(wen) 他): when at least
``SPACED_SHARE`` of a mirror page's glosses that stand before more text are followed by
one space (and not a second one), that space is the mirror's too and goes with the gloss
(``spaced_after``), so 來(lai) 源:正報 reads 來源:正報 again.  It goes with the gloss
before closing or pausing punctuation too (副縣(xian) 長(zhang) ：徐, 處(chu) :http), which
Chinese type never sets a space before, and before a second space, the writer's,
which stays.  Before a figure or a Latin letter (接見(jian) 113年) the space is the
mirror's as well unless the page's own text spaces a Han character from a figure or a
letter elsewhere (於 1949 年, 在 CNN 上: ``WRITER_SPACING``), the page's evidence of the
writer's habit; then it stays (``SPACED_ALL`` against ``SPACED``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsclean.filters.charmodel import HAN_RUN
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.pinyin_grammar import Gloss
from newsclean.filters.pinyin_readings import LOST_VOWEL, phrases, readings, simplified, strip_tone

#: The mirror habit's thresholds, shared with ``pinyin``'s page verdict: glossed
#: positions, distinct characters, and glossed characters per 1000 Han characters.
MANY_POSITIONS = 10
MANY_CHARACTERS = 4
SINGLE_SHARE = 0.8
DENSE_PER_MILLE = 100
MIN_COVERAGE = 0.5
#: A short mirror (``short_mirror``): glossed positions, distinct characters, and the
#: phrases of pypinyin that make a character an everyday one.
SHORT_POSITIONS = 4
SHORT_CHARACTERS = 4
COMMON_PHRASES = 5
#: Running text after a gloss: a Han character, past one space (來(lai) 源).
FOLLOWED = lazy_regex(r"[ \u3000\u00a0]?\p{Han}")


def toneless_mirror(
    texts: Sequence[str],
    found: Sequence[Sequence[Gloss]],
    simplify: Callable[[str], str] | None = None,
    talk: re.Pattern[str] | None = None,
) -> str | None:
    """Why the page's toneless glosses are a mirror's (see the module docstring), or None.
    ``simplify`` gives a glossed character's other form (its occurrences count too);
    ``talk`` finds a line that talks about reading.

    >>> from newsclean.filters.pinyin_grammar import find_glosses
    >>> line = "来(lai) 源(yuan):正报(bao) 本报(bao) 讯(xun) 澳(ao) 门(men) 大(da) 学(xue) 迁(qian)"
    >>> toneless_mirror([line], [find_glosses(line)])[:48]
    'mirror page: 10 toneless glosses on 9 characters'
    >>> toneless_mirror(["北京(bei)很大"], [find_glosses("北京(bei)很大")]) is None
    True
    """
    found = [[g for g in line if g.syllables != (LOST_VOWEL,)] for line in found]
    glosses = [gloss for line in found for gloss in line]
    if len(glosses) < MANY_POSITIONS:
        return short_mirror(texts, found, simplify, talk)
    singles = sum(len(gloss.host) == 1 for gloss in glosses)
    characters = {char for gloss in glosses for char in gloss.host}
    if singles < SINGLE_SHARE * len(glosses) or len(characters) < MANY_CHARACTERS:
        return None
    page = "\n".join(texts)
    han = sum(map(len, HAN_RUN.findall(page))) or 1
    glossed = sum(len(gloss.host) for gloss in glosses)
    per_mille = glossed * 1000 // han
    forms = characters | ({simplified(c, simplify) for c in characters} if simplify else set())
    occurrences = max(glossed, sum(page.count(c) for c in forms if len(c) == 1))
    coverage = glossed / occurrences
    if per_mille < DENSE_PER_MILLE and coverage < MIN_COVERAGE:
        return None
    if _noted(texts, found, talk):
        return None
    return (
        f"mirror page: {len(glosses)} toneless glosses on {len(characters)} characters, "
        f"one character each, {glossed} of {occurrences} occurrences glossed, "
        f"{per_mille} per 1000 characters"
    )


def short_mirror(
    texts: Sequence[str],
    found: Sequence[Sequence[Gloss]],
    simplify: Callable[[str], str] | None = None,
    talk: re.Pattern[str] | None = None,
) -> str | None:
    """Why a short page's few toneless glosses are a mirror's (the module docstring's
    short mirror), or None.

    >>> from newsclean.filters.pinyin_grammar import find_glosses
    >>> line = "並(bing)於現場拘捕(bu)五名人士，警方警告停止(zhi)違法，圖片來(lai)自網絡"
    >>> short_mirror([line], [find_glosses(line)])[:47]
    'mirror page: 4 toneless glosses on 4 characters'
    >>> line = "安徽六(lu)安、亳(bo)州和蚌(beng)埠的六安人"
    >>> short_mirror([line], [find_glosses(line)]) is None
    True
    """
    glosses = [gloss for line in found for gloss in line]
    characters = {gloss.host for gloss in glosses}
    if len(glosses) < SHORT_POSITIONS or len(characters) < SHORT_CHARACTERS:
        return None
    for text, line in zip(texts, found, strict=True):
        for gloss in line:
            if len(gloss.host) != 1 or not gloss.shown[1:].islower():
                return None
            if not _running(text, gloss):
                return None
            if not _plain_reading(gloss.host, gloss.syllables[0], simplify):
                return None
    page = "\n".join(texts)
    forms = characters | ({simplified(c, simplify) for c in characters} if simplify else set())
    occurrences = max(len(glosses), sum(page.count(c) for c in forms))
    if len(glosses) < MIN_COVERAGE * occurrences or _noted(texts, found, talk):
        return None
    return (
        f"mirror page: {len(glosses)} toneless glosses on {len(characters)} characters, "
        f"each an everyday character's first reading in running text, "
        f"{len(glosses)} of {occurrences} occurrences glossed"
    )


def _running(text: str, gloss: Gloss) -> bool:
    """Whether ``gloss`` stands inside running text: more Han text right after it (past
    the mirror's space: 來(lai)自 cuts the word it sits in), or, round 33, a word's last
    character glossed before a mark (情況(kuang) 。: Han right before the host)."""
    if FOLLOWED.match(text, gloss.end) is not None:
        return True
    return gloss.host_start > 0 and HAN_RUN.match(text, gloss.host_start - 1) is not None


def _plain_reading(char: str, syllable: str, simplify: Callable[[str], str] | None) -> bool:
    """Whether ``char`` (or its simplified form) is an everyday character whose first
    reading, without its tone, is ``syllable``."""
    table = readings()
    if phrases(char, simplify) < COMMON_PHRASES:
        return False
    for one in {char, simplified(char, simplify) if simplify else char}:
        first = table.of(one).readings[:1]
        if first and strip_tone(first[0]) == syllable:
            return True
    return False


def _noted(
    texts: Sequence[str], found: Sequence[Sequence[Gloss]], talk: re.Pattern[str] | None
) -> bool:
    """Whether the glosses read as a note: half or more on lines that talk about reading,
    or fewer than half in running text (a Han character before the host or after the
    gloss, past the space a spacing mirror writes; after a run of glosses of one host,
    發(fa)(fa)展, after the run's last)."""
    total = talking = inline = 0
    for text, glosses in zip(texts, found, strict=True):
        if not glosses:
            continue
        total += len(glosses)
        talking += len(glosses) if talk is not None and talk.search(text) else 0
        run_end = {g.host_start: g.end for g in glosses}  # a run's last gloss (發(fa)(fa))
        inline += sum(
            1
            for g in glosses
            if (g.host_start > 0 and HAN_RUN.match(text, g.host_start - 1))
            or FOLLOWED.match(text, run_end[g.host_start]) is not None
        )
    return talking * 2 >= total or inline * 2 < total


#: Of the glosses standing before more text, this share at least is followed by one
#: space and a Han character when that space is the mirror's habit (來(lai) 源).
SPACED_SHARE = 0.8
PAD = " \u3000\u00a0"


#: What ``spaced_after`` finds: no mirror's space, the space before Han text and
#: punctuation, or before figures and Latin letters too.
NOT_SPACED, SPACED, SPACED_ALL = "", "han", "all"
#: The writer's own space between a Han character and a figure or Latin letter (於 1949
#: 年, 在 CNN 上): a Han character right before it is no gloss's host.
WRITER_SPACING = lazy_regex(r"\p{Han}[ \u00a0][0-9A-Za-z]|[0-9A-Za-z][ \u00a0]\p{Han}")


def spaced_after(
    texts: Sequence[str], found: Sequence[Sequence[Gloss]], least: int = MANY_POSITIONS
) -> str:
    """Whether the page's mirror writes a space after each gloss (177job.com: 個(ge) 人):
    then that space is part of the gloss, and goes with it (``SPACED``; ``SPACED_ALL``
    when the page's own text never spaces Han from figures or letters).  ``least``: the
    glosses before more text it takes to read the habit (``SHORT_POSITIONS`` on a page
    judged by its toneless glosses alone, a short mirror: 問(wen) 問(wen) 他, 如(ru) 今)."""
    followed = spaced = 0
    for text, glosses in zip(texts, found, strict=True):
        for gloss in glosses:
            if gloss.end + 1 >= len(text):
                continue
            followed += 1
            spaced += text[gloss.end] in PAD and text[gloss.end + 1] not in PAD
    if followed < least or spaced < SPACED_SHARE * followed:
        return NOT_SPACED
    return SPACED if any(WRITER_SPACING.search(text) for text in texts) else SPACED_ALL


#: Punctuation that closes or pauses, full-width or ASCII: never set after a space in
#: Chinese text (處(chu) :http, 長(zhang) ：徐).
CLOSING_PUNCTUATION = "，。、：；！？）」』》〉】〕”’…,.:;!?)]"


def with_space_after(
    text: str, glosses: Sequence[Gloss], spacing: str = SPACED
) -> tuple[Gloss, ...]:
    """``glosses`` of ``text``, each taking the one space after it when Han text, closing
    punctuation or the writer's own space follows (a figure or a Latin letter too, when
    ``spacing`` is ``SPACED_ALL``)."""
    return tuple(
        gloss._replace(end=gloss.end + 1)
        if gloss.end + 1 < len(text)
        and text[gloss.end] in PAD
        and (
            HAN_RUN.match(text, gloss.end + 1) is not None
            or text[gloss.end + 1] in CLOSING_PUNCTUATION + PAD
            or (spacing == SPACED_ALL and text[gloss.end + 1] in FIGURE_OR_LETTER)
        )
        else gloss
        for gloss in glosses
    )


FIGURE_OR_LETTER = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
