"""Traditional -> simplified conversion with OpenCC's official binding.

Building a converter costs milliseconds and it cannot be pickled, so each
process builds one per configuration on first use and keeps it.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

NAME = "convert"

#: ``--convert`` choices.  t2s keeps regional vocabulary (網路 -> 网路); tw2sp also
#: converts Taiwan phrases (网络).  "none" leaves the text as it is.
CONFIGS = ("t2s", "tw2s", "hk2s", "tw2sp", "none")
#: Conversions applied at most, until the text stops changing.
MAX_PASSES = 3


class Converter(Protocol):
    def convert(self, text: str) -> str: ...


class _Identity:
    def convert(self, text: str) -> str:
        return text


@cache
def converter(config: str = "t2s") -> Converter:
    """The process-wide converter for ``config`` (one of ``CONFIGS``)."""
    if config not in CONFIGS:
        raise ValueError(f"unknown conversion {config!r}; choose from {', '.join(CONFIGS)}")
    if config == "none":
        return _Identity()
    import opencc

    result: Converter = opencc.OpenCC(config)
    return result


def convert_lines(lines: list[str], config: str = "t2s") -> list[str]:
    """Convert many lines in one call: one crossing into C++ per page, not per line."""
    if config == "none" or not lines:
        return list(lines)
    original = "\n".join(lines)
    text = converter(config).convert(original)
    # OpenCC's tables chain for a few characters (薴 -> 苧 -> 苎): convert again until
    # nothing changes, so that cleaning cleaned text changes nothing.
    for _ in range(MAX_PASSES - 1):
        if text == original:
            break
        original, text = text, converter(config).convert(text)
    converted = text.split("\n")
    if len(converted) != len(lines):  # pragma: no cover - OpenCC never maps across newlines
        return [converter(config).convert(line) for line in lines]
    return converted
