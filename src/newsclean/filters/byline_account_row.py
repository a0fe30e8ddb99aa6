"""An aggregator's account row: the posting account, the kind of account, empty fields and
the date, parted by middle dots (round 44).

**Model.**  Aggregators of platform accounts' articles (今天看啥, jintiankansha.me, which
copies WeChat official accounts' posts) print under the headline the posting account's
row: its name, the kind of account it is, the fields the account left empty, and the date,
each parted by a middle dot (``公益慈善论坛  · 公众号  ·  · 2025-02-17 21:20``).  The kind
of account is a word of kind ``channel`` of ``data/provenance_words.txt`` (公众号, 头条号,
百家号, 企鹅号: the kind of outlet an account lives on), standing alone as the row's second
piece.  That word says the name before it is the account that posted the copy, never the
story's source (the story names its paper or agency in its own text), so the row dates the
page and stores no source.  A name that holds the word (人民日报公众号) is an outlet's
account and is left to the pieces' grammar; a row whose pieces between the kind and the
date hold anything is left to it too.
"""

from __future__ import annotations

from functools import cache

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import Metadata
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.provenance import provenance_words

#: The middle dots an account row is parted by (U+00B7, U+2022, U+30FB, U+FF65).
DOTS = lazy_re(r"[·•・･]")
#: Longest account name read: a WeChat account's name is at most 30 characters.
MAX_NAME = 30
#: No sentence mark inside an account's name.
SENTENCE_MARK = lazy_re(r"[。！？!?，,；;：:]")


@cache
def _kinds() -> frozenset[str]:
    return frozenset(provenance_words()["channel"])


def account_row(line: str) -> Metadata | None:
    """The date of an account row (module docstring), else None.

    >>> account_row("公益慈善论坛  · 公众号  ·  · 2003-11-16").fields
    {'published_at': '2003-11-16'}
    >>> account_row("公益慈善论坛 · 2003-11-16") is None
    True
    """
    if "·" not in line and "•" not in line and "・" not in line and "･" not in line:
        return None
    pieces = [piece.strip() for piece in DOTS.split(line.strip())]
    if len(pieces) < 3 or pieces[1].lower() not in _kinds() or any(pieces[2:-1]):
        return None
    name, date = pieces[0], pieces[-1]
    if not name or len(name) > MAX_NAME or SENTENCE_MARK.search(name) is not None:
        return None
    found = find_byline_date(date)
    if found is None or found.start != 0 or found.end != len(date):
        return None
    return Metadata(fields={"published_at": found.iso})
