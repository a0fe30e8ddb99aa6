"""A spam term appended to a row of real links (round 28): judged by the row's composition.

Model.  A row of links joined by bars (``|``, ``｜``, ``丨``) that a site prints is a run of
items of one shape: a mirror's language links (``英文维基 | 中文维基 | 日文维基``), a
portal's channels (``国内新闻 | 国际新闻 | 社会新闻``).  A hijacker appends its keyword as
one more link, so the row reads as one run and an item at its edge that does not belong
to it (``英文维基 | 中文维基 | 日文维基 | 彩48彩票``, ``… | 远航娱乐``).  The row is spam when:

* the run holds ``MIN_RUN`` items or more, each at most ``MAX_ITEM`` characters, sharing
  a head or a tail of ``MIN_AFFIX`` characters (the run's shape), and the item at the row's
  first or last place does not share it;
* that item is a spam term by the vocabulary (``spam_frames.frame_strength`` 1 or 2: a
  weak word alone, ``彩票``, ``娱乐``, is a channel's name and stays);
* no Han pair of it is printed by the article (``spam_article``): a portal's row whose
  odd channel the article is about (``… | 体育彩票`` over a lottery report) stays.

Round 34, *on a page with spam elsewhere* (another line judged spam: the page is
hijacked and its injections need less evidence each), the odd item needs no vocabulary
when it is foreign by its letters too: a Han character the article never uses
(``英文维基 | 中文维基 | 日文维基 | 一肖``, a lottery's slang), and it is no column's name
(``spam_lead.is_column``: a weak word alone, a section label, stays).

The row's own items are furniture the site prints; only the term makes it spam, so the
line goes whole, as the joined line model's verdicts do.  A row with no odd item (a real
menu, spam-free), a row whose items share no shape (``首页 | 新闻 | 关于我们 | 彩票``)
and prose with bars are left to the other models.

>>> odd_item("英文维基 | 中文维基 | 日文维基 | 彩48彩票")
'彩48彩票'
>>> odd_item("国内新闻 | 国际新闻 | 社会新闻 | 彩票"), odd_item("英文维基 | 中文维基 | 日文维基")
(None, None)
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import is_column, unused_char
from newsclean.filters.spam_verdict import SpamVerdict

#: The run of one shape holds this many items at least ...
MIN_RUN = 3
#: ... each this long at most (a link's label, not a clause) ...
MAX_ITEM = 12
#: ... sharing a head or a tail this long.
MIN_AFFIX = 2
#: The odd item is a keyword: this long at most.
MAX_TERM = 16
BAR = lazy_re(r"\s*[|｜丨]\s*")
WHY = "a spam term appended to a row of links of one shape: "


def _shared(run: list[str]) -> bool:
    head, tail = run[0][:MIN_AFFIX], run[0][-MIN_AFFIX:]
    if len(run[0]) < MIN_AFFIX:
        return False
    return all(item.startswith(head) for item in run) or all(item.endswith(tail) for item in run)


def _fits(item: str, run: list[str]) -> bool:
    return _shared([*run, item])


def odd_item(probe: str, *, hijacked: bool = False) -> str | None:
    """The item at an edge of a bar-joined row that breaks the shape of the rest, when it is
    a spam term by the vocabulary, or any keyword but a column's name on a ``hijacked``
    page (module docstring), else None; ``probe`` is simplified and lower-cased."""
    items = BAR.split(probe.strip(" |｜丨"))
    if len(items) < MIN_RUN + 1 or not all(items):
        return None
    for odd, run in ((items[-1], items[:-1]), (items[0], items[1:])):
        if (
            len(odd) <= MAX_TERM
            and all(len(item) <= MAX_ITEM for item in run)
            and _shared(run)
            and not _fits(odd, run)
            and (frame_strength(odd) >= 1 or (hijacked and _keyword(odd)))
        ):
            return odd
    return None


def _keyword(item: str) -> bool:
    """Whether an odd item with no vocabulary may be a hijacker's keyword: Han letters, no
    column's name (the article's test comes after)."""
    return len(item) >= MIN_AFFIX and len(HAN.findall(item)) == len(item) and not is_column(item)


def appended_lines(
    texts: Sequence[str], probes: dict[int, str], verdicts: Sequence[SpamVerdict]
) -> dict[int, SpamVerdict]:
    """The rows of links with a spam term appended (index -> verdict; module docstring)."""
    odd = {}
    spam = {i for i, verdict in enumerate(verdicts) if verdict.is_spam}
    for i, probe in probes.items():
        if i in spam or not ("|" in probe or "｜" in probe or "丨" in probe):
            continue  # cheap: most lines hold no bar
        if (item := odd_item(probe, hijacked=bool(spam))) is not None:
            odd[i] = item
    if not odd:
        return {}
    article = Article(texts, verdicts)
    found: dict[int, SpamVerdict] = {}
    for i, item in odd.items():
        elsewhere = article.without(i)
        if elsewhere.names(han_pairs(item)):
            continue
        if frame_strength(item) >= 1 or unused_char((item,), "", elsewhere):
            found[i] = SpamVerdict(True, 0.0, (item,), 1, WHY + item)
    return found
