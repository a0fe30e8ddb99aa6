"""A keyword line in a gap of a spam list: judged by the company it keeps (round 21).

Model.  A link list is printed as a tight run of short lines (no blank line between them).
The readings of a line alone take most of its lines (a lexicon term, a template's frame,
a query's shape); a link whose words no vocabulary knows and no frame carries (a brand,
``大发网``; a term glued to letters, ``四件套yhk``) is left in a gap.  Within one tight run
holding ``MIN_SPAM`` spam lines or more, a line *between two of them* that is
keyword-shaped (at most ``MAX_LINE`` characters, ``MIN_HAN`` Han or more, no function
character, no mark, colon or space, no sign of prose) is a link of the same list.  A
page's own line there is a label or a sentence (``责编:某某``, a colon; ``请发表评论``
below the list, not between its links), and a run of two spam lines proves no list.
Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_signs import FUNCTION_CHARS, han_count, prose_sign
from newsclean.filters.spam_verdict import SpamVerdict

MIN_SPAM = 3
MAX_LINE = 12
MIN_HAN = 2
#: What a link of a keyword list never holds.
NOT_LINK = lazy_regex(r"[\s。！!？?，,、；;：:“”\"「」《》()（）\[\]【】]")
WHY = "generated line with a slot, a keyword line between the links of a spam list"


def gap_spam(texts: Sequence[str], verdicts: Sequence[SpamVerdict]) -> dict[int, SpamVerdict]:
    """The keyword lines in the gaps of tight spam runs (index -> verdict; module
    docstring)."""
    found: dict[int, SpamVerdict] = {}
    if sum(1 for v in verdicts if v.is_spam) < MIN_SPAM:
        return found  # no run can hold MIN_SPAM spam lines (most pages: none at all)
    start = 0
    while start < len(texts):
        if not texts[start].strip():
            start += 1
            continue
        end = start
        while end < len(texts) and texts[end].strip():
            end += 1
        spam = [k for k in range(start, end) if verdicts[k].is_spam]
        if len(spam) >= MIN_SPAM:
            for k in range(spam[0] + 1, spam[-1]):
                if not verdicts[k].is_spam and _link(texts[k].strip()):
                    found[k] = SpamVerdict(True, 0.0, (), 1, WHY, sure=True)
        start = end
    return found


def _link(line: str) -> bool:
    """Whether ``line`` is keyword-shaped: short, Han, no function character or mark."""
    return (
        len(line) <= MAX_LINE
        and han_count(line) >= MIN_HAN
        and NOT_LINK.search(line) is None
        and FUNCTION_CHARS.search(line) is None
        and not prose_sign(line)
    )
