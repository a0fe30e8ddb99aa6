"""Memos for pure per-line judgements: across pages (``LineCache``: a site's pages
repeat their furniture and boilerplate lines) and within one page (``PageMemo``: short
lines repeat).  Both are bounded, so a hostile input cannot grow them for ever."""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class LineCache(Generic[T]):
    """Across pages, the judgement of each distinct probe up to ``LENGTH`` characters,
    made once: a site's pages repeat their furniture and boilerplate lines, and a batch
    sees them again and again.  ``judge`` must be pure.  Holds at most ``LIMIT`` probes
    (at most ~4 M characters); when full, the one unused longest goes (least recently
    used): on a stream of distinct pages most probes are never seen again, and emptying
    the whole memo would drop the repeated ones with them."""

    LENGTH = 1000
    LIMIT = 1 << 12
    #: For the memos of whole-line results (a line's conversion, its mojibake verdict):
    #: each entry holds a line and an object the size of one, and at ``LIMIT`` the memos
    #: of a stream of distinct pages grew a worker by about 40 MB; a site's repeated
    #: lines are a few hundred.
    SMALL = 1 << 10

    def __init__(self, judge: Callable[[str], T], limit: int | None = None) -> None:
        self.judge = judge
        self.limit = self.LIMIT if limit is None else limit
        self.known: OrderedDict[str, T] = OrderedDict()

    def __call__(self, probe: str) -> T:
        known = self.known
        found = known.get(probe)
        if found is None:
            found = self.judge(probe)
            if len(probe) <= self.LENGTH:
                if len(known) >= self.limit:
                    known.popitem(last=False)
                known[probe] = found
        else:
            known.move_to_end(probe)
        return found

    def many(self, probes: list[str], judge_all: Callable[[list[str]], list[T]]) -> list[T]:
        """The judgement of each of ``probes``, those not known made by one call of
        ``judge_all`` on them (in order, each distinct one once)."""
        known = self.known
        done: dict[str, T] = {}
        missing: list[str] = []
        for probe in dict.fromkeys(probes):
            found = known.get(probe)
            if found is None:
                missing.append(probe)
            else:
                known.move_to_end(probe)
                done[probe] = found
        for probe, found in zip(missing, judge_all(missing) if missing else (), strict=True):
            done[probe] = found
            if len(probe) <= self.LENGTH:
                if len(known) >= self.limit:
                    known.popitem(last=False)
                known[probe] = found
        return [done[probe] for probe in probes]


def per_switch(judge: Callable[..., T]) -> Callable[..., T]:
    """``judge(probe, *, repair)`` remembered across pages as a ``LineCache`` does, one
    memo for each value of the switch.  ``judge`` must be pure."""
    memos = {
        flag: LineCache(functools.partial(judge, repair=flag), LineCache.SMALL)
        for flag in (False, True)
    }

    @functools.wraps(judge)
    def remembered(probe: str, *, repair: bool) -> T:
        return memos[repair](probe)

    return remembered


class PageMemo(Generic[T]):
    """Per page, the judgement of each distinct short probe, made once: short lines repeat
    (a page of one-character lines holds a few thousand distinct ones).  Bounded, so a
    hostile page cannot grow it for ever."""

    LENGTH = 16
    LIMIT = 1 << 14

    def __init__(self) -> None:
        self.known: dict[str, T] = {}

    def get(self, probe: str, judge: Callable[[str], T]) -> T:
        if probe in self.known:
            return self.known[probe]
        found = judge(probe)
        if len(probe) <= self.LENGTH and len(self.known) < self.LIMIT:
            self.known[probe] = found
        return found
