"""A line's spam verdict: the record every spam reader returns (the line model of
``spam_line``, the block of ``spam_block``, the page's context of ``spam_echo``) and the
one that says not spam; its evidence names the filter (``NAME``).

Split from ``spam_line`` by job (round 46): the record is shared by some fifty readers,
the scoring of a joined keyword list is ``spam_line``'s alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsclean.document import Evidence

NAME = "spam"


@dataclass(frozen=True, slots=True)
class SpamVerdict:
    is_spam: bool
    score: float
    terms: tuple[str, ...]
    segments: int
    #: Why a line went with its block (``spam_block``), or None for a line judged alone.
    block: str | None = None
    #: The page's context settles it (a keyword header, ``spam_echo``): a line that reads
    #: as a byline alone (``赢彩王2023-01-31 16:05``) is not kept as one.
    sure: bool = False
    lone: bool = field(default=False, repr=False)  #: no sign of the page (spam_unused)

    def evidence(self) -> Evidence:
        if self.block is not None:
            return Evidence(NAME, "removed", self.block)
        shown = ", ".join(self.terms[:8]) + (" …" if len(self.terms) > 8 else "")
        return Evidence(NAME, "removed", f"score {self.score:.1f}: {shown}")


NOT_SPAM = SpamVerdict(False, 0.0, (), 0)
