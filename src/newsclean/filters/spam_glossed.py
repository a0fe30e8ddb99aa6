"""A mirror's line read again without its glosses (round 34): ``spam_line.score_probe``
lets a line go for its toned mirror glosses (article text a mirror annotated), but a
mirror glosses the spam glued to a headline too; a line left whole by the cuts is judged
as the clean text prints it, the glosses taken out.

Split from ``spam_line`` by job (round 46): ``spam_line`` scores a joined keyword list,
this module chooses the lines to read a second time and what to read of them.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from newsclean.filters.pinyin_grammar import remembered_glosses
from newsclean.filters.spam_line import MIN_GLOSSES, list_score
from newsclean.filters.spam_verdict import SpamVerdict


def glossed_lines(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    passed: Container[int],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """Round 34: the lines ``score_probe`` let go for their mirror glosses, left whole by
    the cuts (``passed``: the lines cut or settled), that are spam read as the clean text
    prints them, without the glosses.  A mirror glosses the spam glued to a headline too
    (``某某娱乐 台湾声(shēng)耕世界(jiè)… 乱伦小荡妇``); when no cut takes the terms off
    the headline, a second cleaning reads the bare line, and so must the first."""
    asked = [
        i
        for i, text in enumerate(texts)
        if ("(" in text or "（" in text) and not verdicts[i].is_spam and i not in passed
    ]
    if not asked:
        return {}  # most pages: no bracket
    lines = [texts[i].strip() for i in asked]
    read = simplify_lines(lines) if simplify_lines is not None else lines
    found = {}
    for i, probe in zip(asked, (r.lower() for r in read), strict=True):
        if probe.count("(") + probe.count("（") < MIN_GLOSSES:
            continue  # each gloss holds an opening bracket of its own (``pinyin_grammar``)
        glosses = remembered_glosses(probe)
        if (
            sum(g.toned for g in glosses) < MIN_GLOSSES
            or not list_score(probe, verdict_only=True).is_spam
        ):
            continue  # no mirror's line, or one score_probe did not let go for its glosses
        ends = [0, *(edge for g in glosses for edge in (g.start, g.end)), len(probe)]
        verdict = list_score(
            "".join(probe[a:b] for a, b in zip(ends[::2], ends[1::2], strict=True))
        )
        if verdict.is_spam:
            found[i] = verdict
    return found
