"""The one place the learned line model (``line_model``) is asked: a short line the rules
left in the body, where the page's furniture sits, that reads as a site's tool line (round 46),
and a run of such lines judged as a unit (round 47).

**Model (evidence where the rules are silent).**  Each round's rules know the tool lines of the
sites read so far; a new site's tool line is a new string of the same kind (an interface's
words, separators, counts, short pieces side by side).  ``line_model`` learned what a tool line
and a body line are made of from every labelled real line the project holds; this filter asks
it only where three structural tests already say "this may be furniture", and removes the
line as navigation only when the model's margin is wide.  The tests, all of them needed:

* **the rules had their say**: the line is placed ``body`` after every rule ran (``structure``
  asks this filter last, after the foot's zone); a line a rule placed (removed, heading,
  caption, byline, notice, title) keeps that rule's decision and is never asked;
* **short and no sentence** (``line_model.is_candidate_text``): at most ``MAX_CANDIDATE`` (30)
  characters, no sentence-final punctuation at its end, no clause comma inside, no label
  colon at its end, no list or section number opening it;
* **where furniture sits**: above the page's first prose paragraph or below its last (prose:
  ``title.is_prose``, longer than a headline or closed by 。), or between them only in a
  block of furniture: its nearest printed neighbour above or below is a line the rules
  removed as the site's (``removed``, not spam) or another line this filter takes.  A page
  with no prose paragraph has no zones: nothing is asked;
* **the model's reading**: of the five classes, the tool line is the likeliest (a line that
  reads more as a byline row, a notice or a caption is left to their readers), and
  ``line_model.tool_margin`` (log P(tool) - log P(body)) is above ``THRESHOLD``,
  chosen by leave-one-host-out validation on the training set
  (``tools/build_line_model.py --loho``: each host's rows scored by a table refitted without
  them, on the tool and body rows the filter may ask): held-out precision is at least 0.985
  at every margin from 11 up (0.982 at 10); the dump of 3,145 pages then showed one of the
  article's own lines (an issue kicker, ``· 读懂广州第一六六期 ·``, margin 14.6) taken, and the
  bar was raised past it, never an exception written; the suite's must-stay lines then showed
  a constructed slogan row (``看新闻 学知识 用手机 扫码乘车``, tests/data/furniture_variants.tsv,
  19.5) taken at the foot, and the bar was raised past that too: at 20 the held-out precision
  is 1.000, the recall 0.350 of the tool rows the filter may ask.

**Runs (round 47: the page as a sequence).**  A new site's furniture comes in runs (a tab
and its channel's name, a hotline label over the crumb, a publisher's name over its contact
line), and a line of a run often leans tool below the single line's bar: its neighbours are
the evidence its string alone is not.  A *run* is a stretch of consecutive printed lines each
either *leaning tool* (still ``body``; ``line_model.is_run_text``: headline-shaped, up to
``MAX_RUN_LINE`` (60) characters, no sentence-final mark, no clause comma in either width, a
comma inside a bracketed note aside; the tool class the likeliest and its margin above
``RUN_MEMBER``) or removed by the rules as the site's (not spam).  Its leaning lines go
together when there are ``RUN_MIN`` (2) of them or more, their margins summed above
``RUN_THRESHOLD``, and they all stand outside the article's prose (above its first prose
paragraph or below its last) or the run holds a line the rules removed.  A longer line
(31-60 characters, ``is_run_text``) alone goes above ``LONG_THRESHOLD``.  The bars, by
``tools/build_line_model.py --runs`` (each page scored by a table refitted without its host's
rows and without every row whose text it prints; the eval pages' gold lines and the foot
harvests' half-A fragments, cleaned whole): with the rules as they are, the tool lines they
leave are 11 and precision stays 1.000 at every bar tried; with the rules silent on furniture
(every line they removed as the site's put back, a new site's case), the single-line decision
takes 0.118 of 380 tool lines, runs at member 6 / sum 20 take 0.268 and the long line alone at
40 brings 0.274, precision 1.000 at every member bar from 0 to 10 and every sum from 10 to
30.  A member alone is no verdict (the training rows' leave-one-host-out precision of a line
leaning above 6 is 0.964); the run is the unit.  The bars are the validation's middle, not
its edge: member 6 and sum 20 (the single line's own bar), long line 40 (the training rows'
held-out long body lines never lean past 10).  A line a rule placed is never a member, so a
heading, caption, byline or title keeps the rule's decision.  Naive Bayes stays the model:
against a logistic regression over the same features (``--compare``, ten folds by host) it
reaches as far or further at matched precision, and its five classes leave a byline-, notice-
or caption-like line to those readers.

The evidence records the model and its margin, and for a run its length, its leaning lines
and their summed margin (``--explain``); the removal's reason is ``nav``, the project's reason
for a site's furniture.  When in doubt the line stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.line_model import is_candidate_text, is_run_text, tool_margin
from newsclean.filters.title import is_prose

NAME = "line_model"
#: The margin (nats, tool over body) above which a candidate goes: chosen by
#: leave-one-host-out validation (tools/build_line_model.py --loho; docs/filters.md).
THRESHOLD = 20.0
#: A line of a run (round 47): the tool class likeliest and its margin above this.
RUN_MEMBER = 6.0
#: A run's evidence: its leaning lines' margins summed above this.
RUN_THRESHOLD = 20.0
#: A longer line (``line_model.is_run_text``, up to 60 characters) asked alone: its margin
#: above this.
LONG_THRESHOLD = 40.0
#: A run holds at least this many leaning lines.
RUN_MIN = 2


def learned_tools(
    text_of: Callable[[int], str],
    count: int,
    placements: Sequence[Placement],
    reasons: Sequence[str | None],
    margin_of: Callable[[str], float | None] = tool_margin,
) -> dict[int, str]:
    """The body lines the model takes as the site's tool lines, with what it read (alone,
    then in runs).  ``margin_of`` is ``line_model.tool_margin``; the build tool's
    validation passes a table refitted without the page's host."""
    body = [i for i in range(count) if placements[i] == "body"]
    prose = [i for i in body if is_prose(text_of(i))]
    if not prose:
        return {}
    first, last = prose[0], prose[-1]
    bar = min(RUN_MEMBER, THRESHOLD)
    leaning: dict[int, float] = {}
    runnable: set[int] = set()
    for i in body:
        text = text_of(i)
        run_text = is_run_text(text)
        if run_text or is_candidate_text(text):
            score = margin_of(text)
            if score is not None and score > bar:
                leaning[i] = score
                if run_text:
                    runnable.add(i)
    if not leaning:
        return {}  # most pages: no line leans tool
    asked = {
        i: s
        for i, s in leaning.items()
        if s > THRESHOLD
        and (is_candidate_text(text_of(i)) or (i in runnable and s > LONG_THRESHOLD))
    }
    printed = [i for i in range(count) if text_of(i).strip() and placements[i] != "blank"]
    where = {line: k for k, line in enumerate(printed)}
    taken: dict[int, str] = {}
    for i, score in asked.items():
        outside = i < first or i > last
        if not outside:
            k = where.get(i)
            if k is None:
                continue
            near = [printed[j] for j in (k - 1, k + 1) if 0 <= j < len(printed)]
            outside = any(
                j in asked or (placements[j] == "removed" and reasons[j] != "spam") for j in near
            )
        if outside:
            taken[i] = f"learned line model: tool over body by {score:.1f} (> {THRESHOLD:g})"
    leaning = {i: s for i, s in leaning.items() if s > RUN_MEMBER and i in runnable}
    for run in _runs(printed, leaning, placements, reasons):
        members = [i for i in run if i in leaning]
        evidence = sum(leaning[i] for i in members)
        furniture = len(members) < len(run)
        outside = all(i < first or i > last for i in members)
        if len(members) < RUN_MIN or evidence <= RUN_THRESHOLD or not (outside or furniture):
            continue
        for i in members:
            taken.setdefault(
                i,
                f"learned line model: a run of {len(run)} lines"
                f" ({len(members)} leaning tool, margins {evidence:.1f} > {RUN_THRESHOLD:g}),"
                f" this one by {leaning[i]:.1f}",
            )
    return taken


def _runs(
    printed: list[int],
    leaning: dict[int, float],
    placements: Sequence[Placement],
    reasons: Sequence[str | None],
) -> list[list[int]]:
    """The runs of consecutive printed lines each leaning tool or removed by the rules as the
    site's (not spam), holding at least one leaning line."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i in printed:
        if i in leaning or (placements[i] == "removed" and reasons[i] != "spam"):
            current.append(i)
            continue
        if any(j in leaning for j in current):
            runs.append(current)
        current = []
    if any(j in leaning for j in current):
        runs.append(current)
    return runs


def place_learned(
    text_of: Callable[[int], str],
    count: int,
    placements: list[Placement],
    reasons: list[str | None],
    evidence: list[Evidence | None],
) -> None:
    """Remove the lines ``learned_tools`` takes, as navigation, recording the margin."""
    for i, why in learned_tools(text_of, count, placements, reasons).items():
        placements[i], reasons[i] = "removed", "nav"
        evidence[i] = Evidence(NAME, "nav", why)
