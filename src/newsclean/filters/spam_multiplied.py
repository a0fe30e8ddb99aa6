"""A copy farm's multiplied punctuation: every full stop (or comma) printed k times.

Model (round 46).  A farm that spins an article against duplicate detection may print a
clause mark several times wherever the article has it: ``澳門橫琴優質生涯圈日漸成型。。。。。。。。
首屆…`` (http://www.dongpogou.com/info/3470.html: every full stop eight times, every comma
eight times, half-width), in every paragraph.  The sentences are the article's and stay;
the extra marks are cut (``spam cut``, the partial removal of ``spam_pictographs`` and
``spam_tag_words``), one mark kept where the writer put it.  The evidence is the page's,
not a length alone:

* a *run* is one clause mark of ``MARKS`` (the full stop, the commas, the enumeration
  comma, the semicolons: the marks a farm multiplies; never the ellipsis ``…``, the ASCII
  dot of a table of contents' leaders, ``!`` or ``?``, which a byte slip repeats) printed
  ``MIN_TIMES`` times or more in a row right after a word (a letter, a digit, a closing
  quote or bracket);
* the farm's multiplier is constant: every run of that mark on the page (two or more of it
  in a row) has the same length, and there are ``MIN_RUNS`` runs or more;
* the runs are at least ``MIN_SHARE`` of that mark's sites on the page (runs and single
  marks): a farm multiplies the marks it reaches by the dozen, a writer's emphatic
  ``。。。。。。`` stands among their many single full stops.

A writer's ``。。。`` ellipsis (three marks), ``……``, one ``!!!``, a row of dots in a table
of contents, or two emphatic runs of different lengths, stay.  Collapsing a run changes no
character's width (the mark kept is the one printed); the change is recorded as the line's
``spam cut`` evidence with its reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_verdict import SpamVerdict

#: The clause marks a farm multiplies (full-width and half-width: never changed in width).
MARKS = "。，,、；;"
#: A run holds this many marks at least: three is a writer's ellipsis (``。。。``).
MIN_TIMES = 4
#: Runs on the page at least (of one mark, one length).
MIN_RUNS = 2
#: The runs' share of that mark's sites on the page at least.
MIN_SHARE = 1 / 3

#: A run: a mark repeated after a word's last character (its first copy kept).
RUN = lazy_regex(rf"(?<=[\p{{L}}\p{{N}}）)”」』】》\"'])([{MARKS}])\1{{{MIN_TIMES - 1},}}")
#: Any repeated mark (two or more in a row): the page's multiplier must be constant.
REPEATED = lazy_regex(rf"([{MARKS}])\1+")
#: The gate: a page without a run of ``MIN_TIMES`` is not read further (plain substrings:
#: ``str`` finds them in every page at C speed, where a grammar would step through each
#: character).
GATE = tuple(mark * MIN_TIMES for mark in MARKS)


def _multiplied(page: str) -> dict[str, int]:
    """The marks the page multiplies, each with its multiplier (module docstring)."""
    runs = Counter((m.group(1), len(m.group(0))) for m in RUN.finditer(page))
    lengths: dict[str, set[int]] = {}
    for m in REPEATED.finditer(page):
        lengths.setdefault(m.group(1), set()).add(len(m.group(0)))
    found: dict[str, int] = {}
    for (mark, times), count in runs.items():
        if count < MIN_RUNS or lengths.get(mark) != {times}:
            continue  # too few, or runs of several lengths: a writer's emphasis
        sites = page.count(mark) - count * (times - 1)  # each run one site
        if count >= MIN_SHARE * sites:
            found[mark] = times
    return found


def multiplied_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict] | None = None,
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """Each line holding the farm's runs, with each run cut to one mark (line index ->
    cut; module docstring).  Read as printed, before the lines are judged.

    >>> page = ["澳門橫琴優質生涯圈日漸成型。。。。。。。。首屆嘉年華舉行。。。。。。。。"]
    >>> multiplied_cuts(page)[0].rest
    '澳門橫琴優質生涯圈日漸成型。首屆嘉年華舉行。'
    """
    del verdicts, simplify_lines  # the farm's marks are cut before any line is judged
    page = "\n".join(texts)
    if not any(run in page for run in GATE):
        return {}
    marks = _multiplied(page)
    if not marks:
        return {}
    cuts: dict[int, HeadCut] = {}
    for i, text in enumerate(texts):
        pieces: list[str] = []
        at = sites = 0
        for m in RUN.finditer(text):
            mark = m.group(1)
            if marks.get(mark) != len(m.group(0)):
                continue
            pieces.append(text[at : m.start() + 1])
            at = m.end()
            sites += 1
        if not sites:
            continue
        rest = "".join(pieces) + text[at:]
        shown = " ".join(f"{mark}×{times}" for mark, times in sorted(marks.items()))
        why = f"a copy's multiplied marks, each run cut to one mark, {sites} here"
        cuts[i] = HeadCut(shown, rest, why)
    return cuts
