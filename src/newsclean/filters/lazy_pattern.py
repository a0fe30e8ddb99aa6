"""A module's patterns compiled at their first use, not at import.

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


class _LazyPattern:
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

    def __getattr__(self, name: str) -> Any:
        # Called only for names not yet in __dict__: the first use of the pattern.
        if name.startswith("_"):  # not a pattern's attribute (copy and pickle ask for some)
            raise AttributeError(name)
        compiled = self._compile(self.pattern, *self._args, **self._kwargs)
        for method in _METHODS:
            if hasattr(compiled, method):
                self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"<{self._compile.__module__} pattern {self.pattern!r}, compiled at first use>"


def lazy_regex(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, done at the first use of the result."""
    return cast("regex.Pattern[str]", _LazyPattern(regex.compile, pattern, (flags,), kwargs))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done at the first use of the result (the standard
    engine, where a grammar needs none of ``regex``'s features and runs faster on it)."""
    return cast("re.Pattern[str]", _LazyPattern(re.compile, pattern, (flags,), {}))
