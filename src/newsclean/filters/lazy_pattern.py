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
