"""Other stories listed beyond the article's run, with no heading a table knows.

Model (round 47; asked by ``furniture_related.other_stories`` after its readers of one
form each, so by ``site_lines.foreign_lines`` before the headline is looked for):

An article is one run of prose (its headings, captions and credits inside it), opened by
its headline and closed by its last paragraph; a site prints what lies beyond that run
(menus, other stories, footers) in runs of its own.  A *list of other stories* is such a
run: two or more successive content lines, each shaped as another story's headline (title
shaped, ``MIN_RELATED_HAN`` Han letters or more, no full stop, no field colon) or as its cut
teaser (``furniture_related.cut_teaser``: a headline, a space, the story's opening cut by an
ellipsis), and each *foreign* to the page: at most a third of its Han pairs printed by the
page's lines outside the list (the list's items may share words with each other: two posts
on one topic).  Where it stands decides: only *below the article's last paragraph* (prose
by ``title.is_prose``; a cut teaser long enough to look like prose is none), where nothing
of the article follows (no line under the list with a sentence's or a clause's mark: a
how-to's question heading and its short answer run on under short items), and no item opens
with a mark that continues a line (``、写出系统的任务和特点``: the article's list, its
numbers lost).  Any short line right above the run (``MAX_HEADING`` characters at
most, no clause or sentence mark) is the list's heading and goes with it: ``猜你喜欢``,
``相关知识``, a heading no table holds.  The related block ``headed_blocks`` reads needs its
heading known; this reads the list by its place and its foreignness, so the heading may be
anything short.

Why the evidence generalises: the two tests are the two things every site's related list
has and an article's closing lines have not: its items are headlines (no sentence) and
they are about other stories (their words are not the article's).  An article's own
closing list echoes the article and stays; a final heading stands above a paragraph, so
not below the last one, and stays; a one-line closing without a final mark is one line,
no run, and stays; an author's bio line holds a comma or a colon and is no headline.

Left out, measured: a run *between* two paragraphs or above the headline (the tuned pages
and the dump show the article's own section headings and the page head's headline and
deck there: no place evidence separates them from a list without a heading).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_related import _seen, _story, _unseen
from newsclean.filters.head_h1 import line_text as _text
from newsclean.filters.title import is_prose

#: A list of other stories holds at least this many items.
MIN_ITEMS = 2
#: A list's heading is a short line: at most this many characters.
MAX_HEADING = 10
#: A cut teaser holds at least this many characters; a listing cuts with three dots or one
#: ellipsis character.
MIN_CUT, PROGRAM_CUTS = 20, ("...", "…")
#: A clause or sentence mark: a line holding one is a closing sentence, not a heading.
CLAUSE_MARK = stdlib(r"[。；;！!？?，,、:：]")
#: A sentence's or a clause's mark: a line under the list holding one is the article's writing
#: going on (its list, its question), so the list is no list beyond the article's end.
WRITING = stdlib(r"[。；;！!？?，,]")
#: A mark that continues a line: an item opening with one is a fragment of the article's list.
OPENING_MARK = "、，,。；;：:"


def program_cut(text: str) -> bool:
    """A line a listing cut: ``MIN_CUT`` characters or more closed by three dots or one
    ellipsis character (prose writes two, ``……``, and keeps it)."""
    text = text.strip()
    return (
        len(text) >= MIN_CUT
        and text.endswith(PROGRAM_CUTS)
        and not text.endswith(("……", "。。。"))
        and HAN.search(text) is not None
    )


def _paragraph(text: str) -> bool:
    """The article's prose: a paragraph, not a line a listing cut (a teaser long enough to
    look like one)."""
    return is_prose(text) and not program_cut(text)


def _heading(text: str) -> bool:
    """A short line with no clause mark and a letter: a list's heading."""
    text = text.strip()
    return (
        0 < len(text) <= MAX_HEADING
        and CLAUSE_MARK.search(text) is None
        and HAN.search(text) is not None
    )


def _entries(lines: Sequence[LineLike | None], below: list[int]) -> list[list[list[int]]]:
    """The runs of entries among ``below``: each entry a headline, a headline over its cut
    teaser, or a cut teaser with its headline on its line (``cut_teaser``)."""
    runs: list[list[list[int]]] = []
    run: list[list[int]] = []
    at = 0
    while at < len(below):
        i, text = below[at], _text(lines, below[at])
        after = below[at + 1] if at + 1 < len(below) else None
        if _story(text) and after is not None and program_cut(_text(lines, after)):
            run.append([i, after])  # a headline over its teaser, cut (the split entry)
            at += 2
            continue
        if _story(text):
            run.append([i])
        else:
            if run:
                runs.append(run)
            run = []
        at += 1
    if run:
        runs.append(run)
    return runs


def _signed(lines: Sequence[LineLike | None], content: set[int], start: int, end: int) -> bool:
    """A printed line between ``start`` and ``end`` that a rule took: the article's end
    marker (an editor line, a share row, a notice) read before this reader."""
    return any(
        j not in content and (line := lines[j]) is not None and line.text.strip()
        for j in range(start + 1, end)
    )


def story_runs(
    lines: Sequence[LineLike | None], content: Sequence[int], taken: set[int]
) -> list[int]:
    """The lines of the lists of other stories under the article's last paragraph, with
    their headings (module docstring); ``taken`` are lines another reader already took."""
    last = next(
        (at for at in range(len(content) - 1, -1, -1) if _paragraph(_text(lines, content[at]))),
        None,
    )
    if last is None:
        return []  # no article run: nothing stands beyond it
    below = [i for i in content[last + 1 :] if i not in taken]
    runs = [
        run
        for run in _entries(lines, below)
        if len(run) >= MIN_ITEMS or program_cut(_text(lines, run[0][-1]))
    ]
    if not runs:
        return []  # most pages: no two headline-shaped lines under the last paragraph
    kept = set(content) - taken
    found: list[int] = []
    for run in runs:
        flat = [i for entry in run for i in entry]
        if any(_text(lines, i).strip()[:1] in OPENING_MARK for i in flat):
            continue  # 、写出系统的任务和特点: the article's list, its numbers lost
        if any(WRITING.search(_text(lines, k)) for k in below if k > flat[-1]):
            continue  # the article's writing goes on under it: nothing beyond its end
        if len(run) < MIN_ITEMS and not _signed(lines, kept, content[last], flat[0]):
            continue  # one entry alone: only under an end a rule read (module docstring)
        at = below.index(flat[0])
        head = below[at - 1] if at > 0 and _heading(_text(lines, below[at - 1])) else None
        block = {*flat, *([head] if head is not None else [])}
        seen = _seen(lines, [k for k in content if k not in block and k not in taken])
        items = [
            entry
            for entry in run
            if _unseen(" ".join(_text(lines, i).strip() for i in entry), seen)
        ]
        if len(items) < len(run) or not items:
            continue  # the article's own closing list: its items echo the article
        found.extend(i for entry in items for i in entry)
        if head is not None:
            found.append(head)
    return found
