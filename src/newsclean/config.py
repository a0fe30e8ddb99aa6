"""The switches of one cleaning run: which filters run, and the conversion to apply."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.filters.convert import CONFIGS


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """One switch per filter, and the conversion to apply."""

    convert: str = "auto"
    remove_spam: bool = True
    strip_pinyin: bool = True
    repair_mojibake: bool = True

    def __post_init__(self) -> None:
        if self.convert not in CONFIGS:
            raise ValueError(
                f"unknown conversion {self.convert!r}; choose from {', '.join(CONFIGS)}"
            )
