"""Traditional -> simplified conversion with OpenCC's official binding: one pass, OpenCC's answer.

The model: OpenCC's configurations are the reference, so newsclean applies the chosen one
exactly once and gives OpenCC's answer on OpenCC's own test cases (``tests/data/opencc``).
Converting again until nothing changes is wrong: ``tw2sp`` turns 程式 into 程序 and a
second pass turns that into 进程 (OpenCC issue 714).  A few characters are left
convertible by one pass because OpenCC's character tables chain (薴 -> 苧 -> 苎): where
the character a pass leaves is not a simplified character at all (outside GB2312), it is
taken to its fixed point (``data/opencc_chains.txt``, generated from OpenCC's tables and
checked against the installed binding), so that cleaning cleaned text changes nothing.
Which configuration ``auto`` picks is ``filters/script.py``'s job.

Building a converter costs milliseconds and it cannot be pickled, so each process builds
one per configuration on first use and keeps it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cache
from typing import Protocol

import regex

from newsclean.data import data_lines
from newsclean.filters.memo import LineCache

NAME = "convert"

#: ``--convert`` choices.  ``auto`` picks t2s, tw2s or hk2s from the page's own evidence;
#: t2s keeps regional vocabulary (網路 ->
#: 网路); tw2sp also converts Taiwan phrases (网络); "none" leaves the text as it is.
CONFIGS = ("auto", "t2s", "tw2s", "hk2s", "tw2sp", "none")
#: The configurations a converter can be built for.
OPENCC_CONFIGS = ("t2s", "tw2s", "hk2s", "tw2sp")


class Converter(Protocol):
    def convert(self, text: str) -> str: ...


class _Identity:
    def convert(self, text: str) -> str:
        return text


@cache
def converter(config: str = "t2s") -> Converter:
    """The process-wide converter for ``config`` (one of ``OPENCC_CONFIGS`` or "none")."""
    if config == "none":
        return _Identity()
    if config not in OPENCC_CONFIGS:
        raise ValueError(
            f"unknown conversion {config!r}; choose from {', '.join(OPENCC_CONFIGS)}, none"
        )
    import opencc

    result: Converter = opencc.OpenCC(config)
    return result


@cache
def chains(config: str) -> dict[str, str]:
    """Character a pass of ``config`` leaves -> its fixed point, for non-simplified ones."""
    found: dict[str, str] = {}
    for name, once, final in data_lines("opencc_chains.txt"):
        if name == config and once not in gb2312_han():
            found[once] = final
    return found


@cache
def gb2312_han() -> frozenset[str]:
    """The Han characters of GB2312: the simplified repertoire."""
    chars: list[str] = []
    for high in range(0xB0, 0xF8):  # the Han rows
        # A whole row in one call (all but row D7 are full); a short row pair by pair.
        row = bytes(byte for low in range(0xA1, 0xFF) for byte in (high, low))
        try:
            chars.extend(row.decode("gb2312"))
            continue
        except UnicodeDecodeError:
            pass
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@cache
def _chain_pattern(config: str) -> regex.Pattern[str] | None:
    table = chains(config)
    return regex.compile("[" + "".join(sorted(table)) + "]") if table else None


def convert_text(text: str, config: str = "t2s") -> str:
    """One OpenCC pass, then the chained characters it left to their fixed point.

    >>> convert_text("寫一個解算器程式", "tw2sp")
    '写一个解算器程序'
    >>> convert_text("薴麻", "t2s")
    '苎麻'
    """
    if config == "none" or not text:
        return text
    converted = converter(config).convert(text)
    pattern = _chain_pattern(config)
    if pattern is not None and pattern.search(converted) is not None:
        table = chains(config)
        converted = pattern.sub(lambda m: table[m.group()], converted)
    return converted


@cache
def kept_in_phrases(config: str) -> frozenset[str]:
    """The characters ``config`` writes inside a phrase of its own output but converts on
    their own (乾 in 旋乾转坤, 麽 in 幺麽, 昇 in 陈志昇; ``data/opencc_kept.txt``)."""
    return frozenset(
        "".join(chars for name, chars in data_lines("opencc_kept.txt") if name == config)
    )


@cache
def _kept_phrases(config: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Kept character -> (phrase, its offset in the phrase) for every phrase of ``config``'s
    output that holds it (``data/opencc_kept_phrases.txt``)."""
    found: dict[str, list[tuple[str, int]]] = {}
    kept = kept_in_phrases(config)
    for name, phrase in data_lines("opencc_kept_phrases.txt"):
        if name == config:
            for offset, char in enumerate(phrase):
                if char in kept:
                    found.setdefault(char, []).append((phrase, offset))
    return {char: tuple(places) for char, places in found.items()}


def _in_kept_phrase(text: str, index: int, config: str) -> bool:
    places = _kept_phrases(config).get(text[index], ())
    return any(
        index >= offset and text.startswith(phrase, index - offset) for phrase, offset in places
    )


def keep_own_output(before: str, after: str, config: str) -> str:
    """``after`` (``before`` converted) with the characters ``config`` keeps in its own
    phrases put back as ``before`` had them where ``before`` holds such a phrase: on a
    page that is already simplified, that is OpenCC's own output (旋乾转坤), and
    converting it again is the non-idempotent second pass (旋干转坤).  Outside those
    phrases the character is converted (於 -> 于 in 并於本月).  Only where the conversion
    kept the length.

    >>> keep_own_output("旋乾转坤，幺麽小丑", convert_text("旋乾转坤，幺麽小丑"), "t2s")
    '旋乾转坤，幺麽小丑'
    >>> keep_own_output("并於本月21日", convert_text("并於本月21日"), "t2s")
    '并于本月21日'
    """
    kept = kept_in_phrases(config)
    if before == after or len(before) != len(after) or kept.isdisjoint(before):
        return after
    return "".join(
        b if b in kept and _in_kept_phrase(before, i, config) else a
        for i, (b, a) in enumerate(zip(before, after, strict=True))
    )


def convert_lines(lines: list[str], config: str = "t2s", *, plain: bool = False) -> list[str]:
    """Convert many lines in one call: one crossing into C++ per page, not per line.
    ``plain``: OpenCC's pass alone, no chained character taken further."""
    if config == "none" or not lines:
        return list(lines)
    convert = _plain if plain else convert_text
    joined = functools.partial(_convert_joined, config=config, convert=convert)
    return _converted(config, plain).many(lines, joined)


def _plain(text: str, config: str) -> str:
    return converter(config).convert(text)


@cache
def _converted(config: str, plain: bool) -> LineCache[str]:
    """Lines converted with ``config`` before, remembered across pages (a site's pages
    repeat lines): converting lines joined is converting each (no phrase holds a newline)."""
    return LineCache(
        functools.partial(_plain if plain else convert_text, config=config), LineCache.SMALL
    )


def _convert_joined(
    lines: list[str], config: str, convert: Callable[[str, str], str] = convert_text
) -> list[str]:
    converted = convert("\n".join(lines), config).split("\n")
    if len(converted) != len(lines):  # pragma: no cover - OpenCC never maps across newlines
        return [convert(line, config) for line in lines]
    return converted
