"""Memos for pure per-line judgements: across pages (``LineCache``: a site's pages
repeat their furniture and boilerplate lines) and within one page (``PageMemo``: short
lines repeat).  Both are bounded, so a hostile input cannot grow them for ever."""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import compress, repeat
from operator import is_
from typing import TYPE_CHECKING, Any, Generic, TypeVar

T = TypeVar("T")

#: A ``LineCache`` entry's marker for "not known" (a judgement may be None).
_ABSENT: Any = object()


class LineCache(dict[str, T]):
    """Across pages, the judgement of each distinct probe up to ``LENGTH`` characters,
    made once: a site's pages repeat their furniture and boilerplate lines, and a batch
    sees them again and again.  ``judge`` must be pure.  Holds two generations of at most
    ``LIMIT`` probes each (at most ~8 M characters): the probes asked since the last
    turnover (the memo itself, a dict) and the generation before (``old``).  A probe of
    the old generation asked again moves into the current one; when the current one is
    full it becomes the old one, and the probes not asked since go: on a stream of
    distinct pages most probes are never seen again, and emptying the whole memo would
    drop the repeated ones with them.  A probe asked again within ``LIMIT`` new ones
    survives, as in a list of the ``LIMIT`` least recently used.

    Why two generations and not that list: a probe of the current generation is answered
    by ``dict.__getitem__`` in C, no Python frame and no reordering (round 38: the memos
    are asked ~350,000 times on 600 corpus pages, most of them answered; halving each
    generation to keep the old bound made ``spam_signs``' scans 2.4 times as many).  A
    judgement is pure, so which probes are held changes how often a judgement is made,
    never its answer."""

    __slots__ = ("judge", "limit", "old")

    LENGTH = 1000
    LIMIT = 1 << 12
    #: For the memos of whole-line results (a line's conversion, its mojibake verdict):
    #: each entry holds a line and an object the size of one, and at ``LIMIT`` (one list
    #: of 4,096) the memos of a stream of distinct pages grew a worker by about 40 MB; a
    #: site's repeated lines are a few hundred.
    SMALL = 1 << 10

    def __init__(self, judge: Callable[[str], T], limit: int | None = None) -> None:
        super().__init__()
        self.judge = judge
        self.limit = self.LIMIT if limit is None else limit
        self.old: dict[str, T] = {}

    if TYPE_CHECKING:

        def __call__(self, probe: str) -> T: ...

    else:
        #: A known probe's answer in C; an unknown one goes through ``__missing__``.
        __call__ = dict.__getitem__

    def __hash__(self) -> int:  # type: ignore[override]
        return id(self)  # a memo is one object (held in sets, compared by identity)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __missing__(self, probe: str) -> T:
        found: T = self.old.pop(probe, _ABSENT)
        if found is _ABSENT:
            found = self.judge(probe)
            if len(probe) > self.LENGTH:
                return found
        self._keep(probe, found)
        return found

    def _keep(self, probe: str, found: T) -> None:
        if len(self) >= self.limit:  # turnover: the current generation becomes the old
            self.old = dict(self)
            self.clear()
        self[probe] = found

    @property
    def known(self) -> dict[str, T]:
        """The probes held, both generations (for tests and inspection)."""
        return {**self.old, **self}

    def many(self, probes: list[str], judge_all: Callable[[list[str]], list[T]]) -> list[T]:
        """The judgement of each of ``probes``, those not known made by one call of
        ``judge_all`` on them (in order, each distinct one once).

        Only the probes the current generation lacks are walked in Python (a page's lines
        are mostly known: of a page asked about a dozen times, each call lacks a few); the
        known ones are looked up, and the answers merged, in C (``map`` of ``dict.get``)."""
        found_all: list[T] = list(map(self.get, probes, repeat(_ABSENT)))  # looked up in C
        if _ABSENT not in found_all:  # (the marker equals nothing but itself)
            return found_all  # all known in the current generation: most pages' lines
        done: dict[str, T] = {}
        missing: list[str] = []
        lacking = compress(probes, map(is_, found_all, repeat(_ABSENT)))
        for probe in dict.fromkeys(lacking):
            found = self.old.pop(probe, _ABSENT)
            if found is _ABSENT:
                missing.append(probe)
                continue
            self._keep(probe, found)
            done[probe] = found
        for probe, found in zip(missing, judge_all(missing) if missing else (), strict=True):
            done[probe] = found
            if len(probe) <= self.LENGTH:
                self._keep(probe, found)
        # A probe in ``done`` lacked an answer; any other was answered by the lookup.
        return list(map(done.get, probes, found_all))


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
        found: T = self.known.get(probe, _ABSENT)
        if found is not _ABSENT:
            return found
        found = judge(probe)
        if len(probe) <= self.LENGTH and len(self.known) < self.LIMIT:
            self.known[probe] = found
        return found
