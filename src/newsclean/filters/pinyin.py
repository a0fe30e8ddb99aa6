"""Strip the pinyin glosses a mirror glued after Han characters: 發(fā)展 -> 發展.

What a gloss is (brackets, pads, syllables, the reading check) is written down and
implemented in ``pinyin_grammar``; the readings come from ``pinyin_readings``.  Whether a
page's glosses are a mirror's (all come off) or real pinyin (all stay) is decided for the
whole page (``pinyin_verdict``: a mirror's habit, or a note on a reading); this module finds
each line's glosses (``scan_page``), asks for the verdict and applies it line by line
(``PageGlosses``), recording why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsclean.document import Evidence
from newsclean.filters.pinyin_grammar import (
    ANNOTATION,
    Gloss,
    PinyinResult,
    find_glosses,
    remove_glosses,
    strip_annotations,
)
from newsclean.filters.pinyin_lost import hostless
from newsclean.filters.pinyin_orphans import cut_head, may_hold, without_orphans
from newsclean.filters.pinyin_readings import TONE_MARKED
from newsclean.filters.pinyin_toneless import (
    MANY_POSITIONS,
    SHORT_POSITIONS,
    spaced_after,
    with_space_after,
)
from newsclean.filters.pinyin_verdict import PageVerdict, judge_page

NAME = "pinyin"

__all__ = [
    "ANNOTATION",
    "NAME",
    "TONE_MARKED",
    "Gloss",
    "PageGlosses",
    "PageVerdict",
    "PinyinResult",
    "evidence",
    "find_glosses",
    "scan_page",
    "strip_annotations",
]


@dataclass(frozen=True, slots=True)
class PageGlosses:
    """The glosses of each line of a page, and the page-level verdict on them."""

    texts: tuple[str, ...]
    found: tuple[tuple[Gloss, ...], ...]
    verdict: PageVerdict
    simplify: Callable[[str], str] | None = None
    spaced: str = ""  # the mirror writes a space after each gloss (來(lai) 源)
    #: The toned syllables of the page's glosses (a toneless mirror's: all), which every
    #: line's orphans are read against: gathered once per page (``scan_page``), not per line.
    used: frozenset[str] = frozenset()
    #: The lines as they came in (before an earlier filter cut a line's start), or ().
    originals: Sequence[str] = ()

    def clean_revealed(self, text: str, before: str = "") -> PinyinResult:
        """A line once a codec re-read it (``before``: as first read), under the page's
        verdict: the glosses its misread bytes hid (a Big5 mirror read as Latin-1) go as the
        page's others do, and so do those whose host the codec lost (尾號?(w?i))."""
        glosses = _line_glosses(text, self.simplify) if self.verdict.strip else ()
        if self.verdict.strip and may_hold(text, glosses):
            return self._without_orphans(text, glosses, before=before)
        if not glosses:
            return PinyinResult(text, ())
        glosses = with_space_after(text, glosses, self.spaced) if self.spaced else glosses
        shown = tuple(g.shown for g in glosses)
        return PinyinResult(remove_glosses(text, glosses), shown, (), self.verdict.reason)

    def clean_line(self, index: int) -> PinyinResult:
        text, glosses = self.texts[index], self.found[index]
        if self.verdict.strip and may_hold(text, glosses):
            cut = cut_head(text, self.originals[index]) if index < len(self.originals) else ""
            return self._without_orphans(text, glosses, cut)
        if not glosses:
            return PinyinResult(text, ())
        if self.verdict.strip:
            shown = tuple(g.shown for g in glosses)
            return PinyinResult(remove_glosses(text, glosses), shown, (), self.verdict.reason)
        kept = tuple(g.shown for g in glosses if g.toned)
        return PinyinResult(text, (), kept, self.verdict.reason)

    def _without_orphans(
        self, text: str, glosses: tuple[Gloss, ...], cut: str = "", before: str = ""
    ) -> PinyinResult:
        """A mirror page's line without its glosses, nor the glosses whose host was lost,
        cut or rewritten (``pinyin_orphans``): the page's habit stands for them."""
        cleaned, shown = without_orphans(text, glosses, self.used, self.simplify, cut, before)
        return PinyinResult(cleaned, shown, (), self.verdict.reason)


#: (line, simplify) -> its glosses.  Mirror pages of one site repeat their furniture and
#: boilerplate lines, and a batch sees them again and again; ``find_glosses`` is pure.
_LINE_CACHE: dict[tuple[str, Callable[[str], str] | None], tuple[Gloss, ...]] = {}
#: Emptied when it holds this many lines; longer lines are not kept (at most ~4 M
#: characters held, ~8 MB).
LINE_CACHE_LIMIT = 1 << 12
LINE_CACHE_LENGTH = 1000


def _line_glosses(text: str, simplify: Callable[[str], str] | None) -> tuple[Gloss, ...]:
    if "(" not in text and "（" not in text:
        return ()
    if len(text) > LINE_CACHE_LENGTH:
        return tuple(find_glosses(text, simplify))
    key = (text, simplify)
    found = _LINE_CACHE.get(key)
    if found is None:
        if len(_LINE_CACHE) >= LINE_CACHE_LIMIT:
            _LINE_CACHE.clear()
        found = _LINE_CACHE[key] = tuple(find_glosses(text, simplify))
    return found


def scan_page(
    texts: Sequence[str],
    *,
    simplify: Callable[[str], str] | None = None,
    judged_on: Sequence[str] | None = None,
    originals: Sequence[str] = (),
) -> PageGlosses:
    """Find the glosses of every line of a page and decide, for the page, whether they go.

    ``texts`` are the page's lines (pass ``""`` for a line the filter must not see, such
    as spam); ``clean_line(i)`` gives line ``i``'s result.  ``judged_on``: the lines the
    verdict reads instead (misread paragraphs read again: the glosses their bytes hid).
    ``originals``: the lines as they came in, where an earlier filter's cut shows.

    >>> mirror = scan_page(["發(fā)布時間: 2025-07-02", "產業(yè)發(fā)展很快。"]).clean_line(1)
    >>> mirror.text, mirror.reason
    ('產業發展很快。', 'mirror page: 3 glosses on 2 characters, 3 of 3 occurrences glossed')
    >>> note = scan_page(["六安的六讀作六(lù)，不讀六。"]).clean_line(0)
    >>> note.text, note.reason
    ('六安的六讀作六(lù)，不讀六。', 'kept: page has 1 gloss, no mirror pattern')
    """
    found = tuple(_line_glosses(text, simplify) for text in texts)
    basis = texts if judged_on is None else judged_on  # the page as a reader reads it
    seen = found if judged_on is None else tuple(_line_glosses(t, simplify) for t in basis)
    verdict = judge_page(basis, seen, simplify) if any(seen) else PageVerdict(*hostless(basis))
    toned = any(g.toned for line in seen for g in line)  # a toneless verdict may be a short one
    least = MANY_POSITIONS if toned else SHORT_POSITIONS  # 來(lai) 源: the space goes too
    spaced = spaced_after(basis, seen, least) if verdict.strip else ""
    if spaced:
        found = tuple(with_space_after(t, f, spaced) for t, f in zip(texts, found, strict=True))
    lines = found if toned else (*found, *seen)  # a toneless mirror's, as read or re-read
    used = (
        frozenset(s for line in lines for g in line if g.toned or not toned for s in g.syllables)
        if verdict.strip
        else frozenset()
    )
    return PageGlosses(tuple(texts), found, verdict, simplify, spaced, used, originals)


def evidence(result: PinyinResult) -> Evidence | None:
    """What the filter did to a line, or why it left the line's glosses."""
    if result.stripped:
        shown = " ".join(result.stripped[:5]) + (" …" if len(result.stripped) > 5 else "")
        detail = f"{shown} ({result.reason})" if result.reason else shown
        return Evidence(NAME, "stripped", detail, count=len(result.stripped))
    if result.kept:
        shown = " ".join(result.kept[:5]) + (" …" if len(result.kept) > 5 else "")
        return Evidence(NAME, "kept", f"{shown} ({result.reason})", count=len(result.kept))
    return None
