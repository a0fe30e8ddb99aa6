"""Reading 1 of ``spam_slot``: a generated line's *template*, written several times on the page.

Model.  A keyword farm fills one frame with several keywords (``X打排位有什么要求嘛``,
``Y打排位有什么要求嘛``): two or more short standalone lines sharing a head or a tail of
``MIN_FRAME`` Han characters or more (the frame), each with a slot of its own
(``MIN_TERM``-``MAX_TERM`` characters, no function character), anywhere on the page.  The
slots are terms of their own: their shared head and tail left out, each keeps ``MIN_TERM``
characters (a series of headings, ``第一次会议`` / ``第二次会议``, differs by one).  The
frame is *foreign to the article*: no line of the page outside the template's prints it
whole; and each slot is foreign too (``spam_ask_frame.foreign``).  Two real headings
sharing a frame (``加快推进乡村振兴`` / ``全面推进乡村振兴``) share it with their article,
which names it.  A short line printed twice, foreign to the article whole, is a template's
line too on a page with spam elsewhere, when it is keywords or a farm's click-bait title
(round 42, ``_keyword``: a function character outside a noun read another way is a
heading's grammar, and a heading printed twice, ``自相矛盾的拚失業和優勢產業外移政策``,
stays).  Split from ``spam_slot`` in round 42 (one job a module).
"""

from __future__ import annotations

from collections import defaultdict

from newsclean.filters.spam_article import Article, as_printed
from newsclean.filters.spam_ask_frame import MIN_TERM, foreign
from newsclean.filters.spam_items import FUNCTION_NOUNS
from newsclean.filters.spam_listing import headline
from newsclean.filters.spam_signs import FUNCTION_CHARS, han_count
from newsclean.filters.spam_slot_readings import GENERATED, MIN_FRAME, MIN_HAN, SLOT, common_head


def templates(
    probes: dict[int, tuple[str, str]], article: Article, hijacked: bool
) -> dict[int, str]:
    """Lines sharing a frame foreign to the article, each with a foreign slot (reading 1)."""
    by_affix: dict[tuple[bool, str], list[int]] = defaultdict(list)
    seen: dict[str, list[int]] = defaultdict(list)
    for i, (_, probe) in probes.items():
        if " " in probe or han_count(probe) < MIN_HAN:
            continue
        seen[probe].append(i)
        if len(seen[probe]) > 1:
            continue
        for tail in (True, False):
            affix = probe[-MIN_FRAME:] if tail else probe[:MIN_FRAME]
            if han_count(affix) == MIN_FRAME:
                by_affix[tail, affix].append(i)
    found: dict[int, str] = {}
    for (tail, _), members in by_affix.items():
        if len(members) < 2:
            continue
        texts = [probes[i][1] for i in members]
        frame = common_head([t[::-1] for t in texts])[::-1] if tail else common_head(texts)
        if han_count(frame) < MIN_FRAME or not _foreign_frame(frame, members, probes, article):
            continue
        spans = {
            i: (0, len(probes[i][1]) - len(frame)) if tail else (len(frame), len(probes[i][1]))
            for i in members
        }
        slots = [probes[i][1][a:b] for i, (a, b) in spans.items()]
        if not _slots(slots):
            continue
        if all(foreign(as_printed(*probes[i], *spans[i]), article.without(i)) for i in members):
            for i in members:
                for j in seen[probes[i][1]]:
                    found[j] = f"{GENERATED}, a template's: the frame {frame}, other slots"
    if hijacked:
        for probe, printed_at in seen.items():
            if len(printed_at) < 2 or printed_at[0] in found:
                continue
            line = probes[printed_at[0]][0]
            if not _keyword(line, probe):
                continue
            if foreign(as_printed(line, probe, 0, len(probe)), article.without(printed_at[0])):
                for j in printed_at:
                    found[j] = f"{GENERATED}, printed twice, foreign to the article"
    return found


def _keyword(line: str, probe: str) -> bool:
    """A template's line is keywords or a farm's click-bait title (round 42): a function
    character outside a noun read another way (``spam_items.FUNCTION_NOUNS``) is a heading's
    grammar, and a heading printed twice (``自相矛盾的拚失業…政策``) is no template's line;
    a question then an exclamation (``spam_listing.headline``) is a farm's title."""
    return FUNCTION_CHARS.search(FUNCTION_NOUNS.sub("", probe)) is None or headline(line)


def _slots(slots: list[str]) -> bool:
    """Whether each slot is a term of its own: keyword-shaped, and the slots' distinct cores
    (their shared head and tail left out) terms too, not one character of a series of
    headings (``全国人大常委会第一次会议`` / ``第二次会议``)."""
    if any(not SLOT.match(slot) or FUNCTION_CHARS.search(slot) for slot in slots):
        return False
    head = len(common_head(slots))
    tail = len(common_head([slot[::-1] for slot in slots]))
    return all(len(slot) - head - tail >= MIN_TERM for slot in slots)


def _foreign_frame(
    frame: str, members: list[int], probes: dict[int, tuple[str, str]], article: Article
) -> bool:
    """Whether no line outside the template prints the frame whole (as read or printed)."""
    elsewhere = article.without(members[0])
    forms = {frame}
    line, probe = probes[members[0]]
    at = probe.find(frame)
    if len(line) == len(probe):
        forms.add(line.lower()[at : at + len(frame)])
    return not elsewhere.names(forms)
