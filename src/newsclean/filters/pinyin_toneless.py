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

Such a mirror also writes a space after each gloss (個(ge) 人): when at least
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
from newsclean.filters.pinyin_readings import simplified

#: The mirror habit's thresholds, shared with ``pinyin``'s page verdict: glossed
#: positions, distinct characters, and glossed characters per 1000 Han characters.
MANY_POSITIONS = 10
MANY_CHARACTERS = 4
SINGLE_SHARE = 0.8
DENSE_PER_MILLE = 100
MIN_COVERAGE = 0.5
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
    glosses = [gloss for line in found for gloss in line]
    if len(glosses) < MANY_POSITIONS:
        return None
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


def _noted(
    texts: Sequence[str], found: Sequence[Sequence[Gloss]], talk: re.Pattern[str] | None
) -> bool:
    """Whether the glosses read as a note: half or more on lines that talk about reading,
    or fewer than half in running text (a Han character before the host or after the
    gloss, past the space a spacing mirror writes)."""
    total = talking = inline = 0
    for text, glosses in zip(texts, found, strict=True):
        if not glosses:
            continue
        total += len(glosses)
        talking += len(glosses) if talk is not None and talk.search(text) else 0
        inline += sum(
            1
            for g in glosses
            if (g.host_start > 0 and HAN_RUN.match(text, g.host_start - 1))
            or FOLLOWED.match(text, g.end) is not None
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


def spaced_after(texts: Sequence[str], found: Sequence[Sequence[Gloss]]) -> str:
    """Whether the page's mirror writes a space after each gloss (177job.com: 個(ge) 人):
    then that space is part of the gloss, and goes with it (``SPACED``; ``SPACED_ALL``
    when the page's own text never spaces Han from figures or letters)."""
    followed = spaced = 0
    for text, glosses in zip(texts, found, strict=True):
        for gloss in glosses:
            if gloss.end + 1 >= len(text):
                continue
            followed += 1
            spaced += text[gloss.end] in PAD and text[gloss.end + 1] not in PAD
    if followed < MANY_POSITIONS or spaced < SPACED_SHARE * followed:
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
