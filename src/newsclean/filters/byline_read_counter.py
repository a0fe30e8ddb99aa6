"""A reader counter behind a byline value (split from ``byline_clean`` in round 47), and
the one table of the verbs a page's counters count with.

**The verbs** (``data/read_verbs.txt``): what readers did to the page, read (阅读), browsed
(浏览), gathered to look (围观), clicked (点击); kind ``read`` holds the verbs both byline
readers know, kind ``reader`` the ones only a value's counter reads (影响, 访问, 看过: round
22's ``本文已影響``), kind ``counter`` the ones only a row's count piece reads after its digits
(评论, 观看, 阅, 看: round 46's ``28评论``).  The two readers read one table; the kinds keep
what each read before (a single union would let ``看`` end a value, ``张三 看`` and the
like, and is left undone: output identical).
"""

from __future__ import annotations

from functools import cache
from itertools import islice

from newsclean.data import data_kinds
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_regex


@cache
def read_verbs(*kinds: str) -> tuple[str, ...]:
    """The verbs of the given kinds of ``data/read_verbs.txt``, longest first (so a
    verb that opens a longer one, 阅 of 阅读, is tried after it).

    >>> read_verbs("read")[:2]
    ('阅读', '閱讀')
    """
    table = data_kinds("read_verbs.txt")
    words = [word for kind in kinds for word in table.get(kind, ())]
    return tuple(sorted(words, key=len, reverse=True))


#: Round 22: a reader counter behind a value (``大洋網 本文已影響 …``, ``新华网 已有1024人阅读``,
#: ``人民网 阅读 56 次``): the page's count of readers, never part of a name; the value ends
#: where it begins, and what follows (the counting site's own link) goes with it.  Round 36:
#: its count word spaced off with no number before it (``微笑刺客D 次阅读``: the template
#: printed the count, the copy lost it) is that counter still.
READ_VERB = "(?:" + "|".join(read_verbs("read", "reader")) + ")"
#: The counter is found from its verb (a stdlib scan of literals: linear and fast on a
#: hostile line), then read backwards in a short window before it: the article word
#: (本文已, 本篇被), or a count of readers (已有1024人, a space and 56次), or forwards
#: after a space (阅读 56 次).  Only the first ``COUNTER_HITS`` verbs are asked.
READ_VERB_AT = stdlib(READ_VERB)
COUNTER_HITS = 8
COUNTER_WINDOW = 24
COUNTER_BEFORE = lazy_regex(
    r"(?:(?:本文|本篇|此文|该文|該文|本帖|本页|本頁)(?:已经|已經|已|共|累计|累計)?被?"
    r"|(?:(?:已有|已经有|已經有|共有|累计|累計)[ \t]?|(?<=[ \t\u3000]))"
    r"\d{1,10}[ \t]?(?:人次|人|次)已?|(?<=[ \t\u3000])(?:人次|次)已?)$"
)
COUNTER_AFTER = lazy_regex(READ_VERB + r"[ \t]?\d{1,10}[ \t]?(?:人次|人|次)")


def reader_counter_start(value: str) -> int | None:
    """Where a reader counter begins in ``value`` (the model: the comment above), or None.

    >>> reader_counter_start("大洋網 本文已影響 雅意學習網手機站"), reader_counter_start("阅读中国")
    (4, None)
    >>> reader_counter_start("微笑刺客D 次阅读"), reader_counter_start("张三 阅读次数")
    (6, None)
    """
    for hit in islice(READ_VERB_AT.finditer(value), COUNTER_HITS):
        at = hit.start()
        window_start = max(0, at - COUNTER_WINDOW)
        before = COUNTER_BEFORE.search(value[window_start:at])
        if before is not None:
            return window_start + before.start()
        if at and value[at - 1] in " \t\u3000" and COUNTER_AFTER.match(value, at):
            return at
    return None
