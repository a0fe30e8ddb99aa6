r"""A module's patterns compiled at their first use, not at import.

The filters hold several hundred grammars as module constants.  ``regex`` (and ``re``)
parse and compile a pattern in Python, so compiling them all at import was about a
third of every process's start-up, while one page uses about half of them.
``lazy_regex(r"...")`` (or ``lazy_re`` for the standard engine) returns a stand-in that
compiles the pattern on its first attribute access, then keeps the compiled
pattern's methods on itself: later calls find them in the stand-in's own ``__dict__``
and cost what the compiled pattern's do.

The stand-in is for attribute use only (``P.search(text)``, ``P.pattern``): it is not an
instance of the engine's ``Pattern`` type, so it must not be handed to
``regex.sub(P, ...)`` or checked with ``isinstance``; nothing in the package does.
Patterns of bytes stay compiled at import (two, small).

A grammar on the standard engine that prints ``HAN_SCRIPT`` pays at its compile for what
the class is there: the standard engine builds a class's bitmap by setting one byte per
code point of its BMP ranges in a Python loop, about 28 k code points for the Han class,
some 15 M instructions a class printed, where ``regex`` reads ``\p{Han}`` from its C table.
A process that cleans one page asks each such grammar a few dozen times, and the compile
is most of what it pays for them; a batch asks the hot ones thousands of times, and the
standard engine's cheaper call repays the compile many times over.  So ``lazy_re`` gives
such a grammar a stand-in that starts on ``regex``, reading the same grammar as it was
written before it moved (``\p{Han}``, ``\d``, ``\s`` where it prints ``HAN_SCRIPT``,
``DECIMAL_DIGIT``, ``WHITE_SPACE``: the same sets, tested on every code point), and moves
to the standard engine at its first call on a process's second page (a process that
cleans a second page is a batch), or at its ``WARM_CALLS``-th call on a long first page.
Both engines answer alike on these grammars (tested on the real lines and hostile runs),
so the answers do not depend on when the move happens.

>>> DIGITS = lazy_regex(r"[0-9]+")
>>> DIGITS.pattern
'[0-9]+'
>>> DIGITS.findall("2025年7月2日")
['2025', '7', '2']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import regex

#: ``regex``'s ``\s`` (the Unicode property White_Space, unchanged since Unicode 6.3) as the
#: body of a character class, for grammars moved to the standard engine: the standard
#: engine's own ``\s`` also takes U+001C..U+001F (``str.isspace``'s set), so a grammar
#: moved from ``regex`` prints ``[{WHITE_SPACE}]`` where it printed ``\s``.
WHITE_SPACE = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: ``regex``'s ``\d`` (General_Category Nd, as the ``regex`` module's own Unicode table has
#: it: 770 code points, 110 of them digits to ``regex`` and not to the standard engine's
#: older table) as the body of a character class: a grammar moved from ``regex`` prints
#: ``[{DECIMAL_DIGIT}]`` where it printed ``\d``.
DECIMAL_DIGIT = (
    r"0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f"
    r"\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f"
    r"\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099"
    r"\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99"
    r"\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9"
    r"\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
    r"\U000104a0-\U000104a9\U00010d30-\U00010d39\U00010d40-\U00010d49\U00011066-\U0001106f"
    r"\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9\U000112f0-\U000112f9"
    r"\U00011450-\U00011459\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9"
    r"\U000116d0-\U000116e3\U00011730-\U00011739\U000118e0-\U000118e9\U00011950-\U00011959"
    r"\U00011bf0-\U00011bf9\U00011c50-\U00011c59\U00011d50-\U00011d59\U00011da0-\U00011da9"
    r"\U00011de0-\U00011de9\U00011f50-\U00011f59\U00016130-\U00016139\U00016a60-\U00016a69"
    r"\U00016ac0-\U00016ac9\U00016b50-\U00016b59\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9"
    r"\U0001d7ce-\U0001d7ff\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e4f0-\U0001e4f9"
    r"\U0001e5f1-\U0001e5fa\U0001e950-\U0001e959\U0001fbf0-\U0001fbf9"
)
#: ``regex``'s ``\p{Han}`` (the Script property Han, ``regex``'s table: 103,352 code points)
#: as the body of a character class, the unified ideographs first (the standard engine tries
#: a class's ranges in order, and nearly every Han letter of a page is there): a grammar
#: moved from ``regex`` prints ``[{HAN_SCRIPT}]`` where it printed ``\p{Han}``.
HAN_SCRIPT = (
    r"\u4e00-\u9fff\u3400-\u4dbf\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007"
    r"\u3021-\u3029\u3038-\u303b\uf900-\ufa6d\ufa70-\ufad9\U00016fe2\U00016fe3"
    r"\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    r"\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    r"\U00031350-\U00033479"
)

# What a compiled pattern offers that the filters call; copied onto the stand-in at the
# first use so that no later call goes through ``__getattr__``.
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "splititer",
    "flags",
    "groups",
    "groupindex",
)


class _FirstUse:
    """A compiled pattern's attribute as the stand-in's class holds it: asked on a stand-in
    not yet compiled, it compiles the pattern (``_LazyPattern._load``), which copies the
    pattern's methods into the stand-in's ``__dict__``, and answers; asked again, the
    instance's own entry answers first (a descriptor with no ``__set__`` yields to it).  An
    attribute the engine lacks (``splititer`` on the standard engine) raises, as before."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, owner: _LazyPattern | None, kind: type | None = None) -> Any:
        if owner is None:
            return self
        return getattr(owner._load(), self.name)


class _LazyPattern:
    # No ``__getattr__`` (round 46): a class that defines one has every attribute read go
    # through Python's hook, three type lookups where a plain read asks one; the compiled
    # methods are read from the stand-in's ``__dict__`` tens of thousands of times a batch.
    # The first use is caught instead by a descriptor per attribute of a compiled pattern
    # (``_FirstUse``), which the copied methods shadow.

    def __init__(
        self,
        compile: Callable[..., Any],
        pattern: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        self._compile = compile
        self._args = args
        self._kwargs = kwargs
        self.pattern = pattern  # read by grammars built from other grammars, without compiling

    def _load(self) -> Any:
        """The compiled pattern, compiled at the first use: its methods copied onto the
        stand-in so that no later call goes through a descriptor."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compile(self.pattern, *self._args, **self._kwargs)
            self._keep(compiled)
        return compiled

    def _keep(self, compiled: Any) -> None:
        self.__dict__["_compiled"] = compiled
        for method in _METHODS:
            if hasattr(compiled, method):
                self.__dict__[method] = getattr(compiled, method)

    def __repr__(self) -> str:
        return f"<{self._compile.__module__} pattern {self.pattern!r}, compiled at first use>"


# Every public attribute of a compiled pattern, on either engine, is caught at first use.
for _name in sorted({n for e in (re.Pattern, regex.Pattern) for n in dir(e) if n[:1] != "_"}):
    if _name != "pattern":  # the stand-in's own, read without compiling
        setattr(_LazyPattern, _name, _FirstUse(_name))
del _name


def lazy_regex(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, done at the first use of the result."""
    return cast("regex.Pattern[str]", _LazyPattern(regex.compile, pattern, (flags,), kwargs))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done at the first use of the result (the standard
    engine, where a grammar needs none of ``regex``'s features and runs faster on it); a
    grammar printing ``HAN_SCRIPT`` or the ideographs' range ``\\u4e00-\\u9fff``, with no flag
    and nothing that reads differently on ``regex``, starts there (``_WarmingPattern``)."""
    if not flags and _IDEOGRAPHS in pattern and _ENGINE_BOUND.search(pattern) is None:
        return cast("re.Pattern[str]", _WarmingPattern(pattern, flags))
    return cast("re.Pattern[str]", _LazyPattern(re.compile, pattern, (flags,), {}))


#: Calls a grammar that prints ``HAN_SCRIPT`` (or the ideographs' range) answers on
#: ``regex`` before it moves to the standard engine: twice what one page asked of the
#: busiest of them (125, the benchmark's first page), and what the first 50 pages of a
#: batch ask of every grammar called more than about once a page (the HAN_SCRIPT grammars
#: on the benchmark's 250 pages: 24 of 33 move there, the rest are asked under 1,200 times).
WARM_CALLS = 256

# What makes a class dear to compile on the standard engine: the unified ideographs' range
# (20,992 code points, the head of HAN_SCRIPT), printed alone or in a class.
_IDEOGRAPHS = r"\u4e00-\u9fff"
# A piece that reads differently on the two engines (a Unicode table, a ``regex``-only
# construct, case folding): a grammar printing one stays on the standard engine from the
# start (the same test as ``tests/test_lazy_pattern.py``'s for the moved grammars).
_ENGINE_BOUND = re.compile(r"\\[pPLXdDwWsSbBNGKmM]|\(\?[>iVfr|(&R0-9]|[*+?}]\+|\{e")

# The engine-bound classes written out for the standard engine, and how ``regex`` spells
# each of them (the same code points: ``tests/test_lazy_pattern.py`` checks every one).
_REGEX_SPELLING = ((WHITE_SPACE, r"\s"), (DECIMAL_DIGIT, r"\d"), (HAN_SCRIPT, r"\p{Han}"))


def regex_spelling(pattern: str) -> str:
    r"""The grammar as ``regex`` reads it: ``\s``, ``\d``, ``\p{Han}`` where ``pattern``
    prints ``WHITE_SPACE``, ``DECIMAL_DIGIT``, ``HAN_SCRIPT`` (a class alone or inside one)."""
    for body, escape in _REGEX_SPELLING:
        pattern = pattern.replace(f"[{body}]", escape).replace(body, escape)
    return pattern


# Pages begun in this process (``pipeline.clean`` calls ``page_begun``).  From the second
# page on the process is a batch: a warming grammar moves to the standard engine at its next
# call, so a batch compiles the classes in its first pages and a one-page process never.
_PAGES = [0]


def page_begun() -> None:
    """Count a page begun: from the second, warming grammars move at their next call."""
    _PAGES[0] += 1


class _Counted:
    """A ``regex`` method that counts the calls of its stand-in and moves it on."""

    __slots__ = ("_method", "_owner")

    def __init__(self, owner: _WarmingPattern, method: Callable[..., Any]) -> None:
        self._owner = owner
        self._method = method

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        owner = self._owner
        owner._left -= 1
        if owner._left <= 0 or _PAGES[0] > 1:
            owner._settle()
        return self._method(*args, **kwargs)


class _WarmingPattern(_LazyPattern):
    """A grammar printing ``HAN_SCRIPT`` or the ideographs' range: on ``regex`` for its
    first ``WARM_CALLS`` calls, then on the standard engine (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int) -> None:
        super().__init__(re.compile, pattern, (flags,), {})
        self._left = WARM_CALLS

    def _load(self) -> Any:
        # The first use: compile the ``regex`` spelling and count the calls; in a batch
        # (a page after the first begun) the grammar starts on the standard engine.
        compiled = self.__dict__.get("_compiled")
        if compiled is not None:
            return compiled
        if _PAGES[0] > 1:
            self._settle()
            return self.__dict__["_compiled"]
        early = regex.compile(regex_spelling(self.pattern), *self._args)
        self.__dict__["_compiled"] = early
        for method in _METHODS:
            if hasattr(re.Pattern, method):
                found = getattr(early, method)
                self.__dict__[method] = _Counted(self, found) if callable(found) else found
        return early

    def _settle(self) -> None:
        self._keep(re.compile(self.pattern, *self._args))

    def standard(self) -> re.Pattern[str]:
        """The grammar on the standard engine, compiled now (what the calls move to)."""
        return re.compile(self.pattern, *self._args)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_WarmingPattern, (self.pattern, *self._args))
