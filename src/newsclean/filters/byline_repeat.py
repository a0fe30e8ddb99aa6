"""A byline's date printed twice, in two scripts or forms: one date, not two fields.

**Model (round 20).**  A bilingual template prints the day of publication in Chinese and
again in English (``2026年1月30日(週五)(Friday) January 30, 2026``), or in two numeric forms
(``2024-05-06 / 06.05.2024``).  Two dates on a byline line that read the same calendar
day (``dates.find_dates``, the day compared, a clock ignored; each copy prints its year)
are one field printed twice: the second copy is no piece of the byline and is read over
(``without_repeated_date``), so the byline grammar sees one date among its pieces.  The
copy follows the first with only a weekday, brackets, spaces or a separator between them
(``GAP``): a copy after a label (``上傳日期: 2020.3.21   更新日期: 2020.3.21``) is another
field's value and stays.  Two different days (an event's and the publication's, a range)
are left as printed: the grammar decides what they are.
"""

from __future__ import annotations

from newsclean.filters.dates import find_dates
from newsclean.filters.lazy_pattern import lazy_regex

#: A byline line is short; only lines of this length are asked.
MAX_LINE = 120
#: A year: each copy of a byline's date prints one (the cheap question asked first).
YEAR = lazy_regex(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: Between a date and its copy: spaces, brackets, separators and a weekday, nothing else.
GAP = lazy_regex(r"[\s()（）\[\]/／|｜·,，A-Za-z周週星期礼禮拜一二三四五六日天]{0,30}")


def without_repeated_date(line: str) -> str:
    """``line`` without the later copies of its first date (module docstring).

    >>> without_repeated_date("2026年1月30日(週五) January 30, 2026   某某網")
    '2026年1月30日(週五)    某某網'
    >>> without_repeated_date("2024年5月6日至2024年5月9日")
    '2024年5月6日至2024年5月9日'
    >>> without_repeated_date("上傳日期: 2020.3.21   更新日期: 2020.3.21")
    '上傳日期: 2020.3.21   更新日期: 2020.3.21'
    """
    if len(line) > MAX_LINE or len(YEAR.findall(line)) < 2:
        return line  # a copy of the date prints its year again
    found = find_dates(line)
    if len(found) < 2:
        return line
    day = found[0].iso[:10]
    repeats, end = [], found[0].end
    for match in found[1:]:
        if match.iso[:10] != day or not GAP.fullmatch(line, end, match.start):
            break
        repeats.append(match)
        end = match.end
    for match in reversed(repeats):
        line = line[: match.start] + line[match.end :]
    return line
