"""A name glued to the date after it in a labelled source slot (round 33).

**Model.**  A template that prints ``来源:{source}{date}`` with no space between leaves the
date glued to the slot's value (``来源:创世大发04/01/2012``, ``來源:創世大發28/05/2025``,
``来源:创世大发2022-11-19 17:48``).  The date is the record's, read as every date is (a
slashed date whose order the numbers leave open is read later with the page's evidence,
``record_dates.page_order``).  The name before it is the source only when it reads as an
outlet's name (``byline_values.outlet``: a media ending or a known outlet: ``新华网``,
``人民日报``, ``BBC中文``): a copy farm fills that slot with its own brand or a term it
ranks for (a lottery brand, 创世大发), which is nobody's source.  A name spaced from its
date (``来源: 新华社 2023-05-05``) is not this layout and is left to the value grammar.
"""

from __future__ import annotations

from newsclean.filters.byline_values import outlet
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_dates import DAY_LAST, open_order

#: A run of letters glued to the digits of a date: a year-first or a year-last date head.
GLUED = lazy_regex(
    r"^(?P<name>[\p{Han}A-Za-z]{2,24})"
    r"(?P<date>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)(?:19|20)\d\d(?!\d))"
)


def unglued_source(value: str) -> str:
    """``value`` with the name glued to its date judged (module docstring): an outlet is
    spaced from the date, any other name is dropped (and a date whose order the numbers
    leave open with it: the page orders it); other values are returned as they are.

    >>> unglued_source("创世大发2022-11-19 17:48"), unglued_source("新华网2023-05-05")
    ('2022-11-19 17:48', '新华网 2023-05-05')
    >>> unglued_source("新华社 2023-05-05"), unglued_source("创世大发04/01/2012")
    ('新华社 2023-05-05', '')
    """
    if not value[:1].isalpha() or (match := GLUED.match(value)) is None:
        return value
    rest = value[match.start("date") :]
    if outlet(match["name"]):
        return f"{match['name']} {rest}"
    return "" if glued_date_only(rest) else rest  # 04/01/2012: the page orders it


def glued_date_only(value: str) -> bool:
    """Whether what is left of a glued source is a slashed date alone whose order the
    numbers leave open (``04/01/2012``): nothing to store, the date is read with the
    page's evidence (``record_dates.page_order``).

    >>> glued_date_only("04/01/2012"), glued_date_only("28/05/2025"), glued_date_only("新华网")
    (True, False, False)
    """
    match = DAY_LAST.fullmatch(value.strip())
    return match is not None and open_order(match)
