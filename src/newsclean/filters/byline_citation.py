"""A print paper's citation closing a byline: the paper, the day and the page (round 36).

**Model.**  A paper's site that posts its print edition cites, after the writer, where the
story ran: the paper's name as a title, and in one pair of brackets the day of the issue
and the page (``作者：本报记者 姚亚奇 《光明日报》（ 2023年10月19日 12版）``, the layout of
guangming.com's pages and their copies).  The title is the source, the day the date; the
page is where the copy ran, no field.  The evidence is the whole citation closing the line:
a name in 《》, then brackets holding a full date (year, month, day) and perhaps a page
mark (``12版``, ``第5版``, ``A3版``) and nothing else.  What stands before it is read as any
byline is (``metadata.parse_metadata``); a title in a sentence (``据《光明日报》报道``), or
brackets holding anything but the day and the page, is no citation.

Round 36, the same citation padded and stamped: the brackets padded with spaces inside
(``《 中评社 》( 2024年02月03日 第 06 版)``, a mirror's template) and the day written as
the page's other date forms, numeric with a clock (``《 央视新闻 》( 2023-05-27 18:03:00
第 06 版)``): the title, a full date and a page mark are still all the brackets hold.

Round 44, the day *auto-spaced*: a page passed through an auto-spacing script (pangu.js and
its ports, which put a space wherever Han text meets a digit or a Latin letter) prints the
day as ``2025 年 1 月 13 日`` (``《 總統府 》( 2025 年 1 月 13 日 第 06 版)``); one optional
space on either side of 年, 月 and 日 is that script's, the day is the same.

Round 46, the page's *section* after the page mark (``《中国科学报》 (2016-04-06 第4版 综合)``,
sciencenet.cn's credit under a story and its copies): a print edition files each page under
a section, and the section is where the copy ran (``byline_paper``'s model of
``第A15版:烟台街`` and ``P08 | 澳門新聞``), so a short Han label (2-8 Han) after the page mark,
a space between, is read and set aside: the one piece the citation's grammar did not know,
the rest of the row being one it knows.  Only after a page mark, and never a word of the
copy's standing or a report's (``转载``, ``原创``, ``报道``: kinds ``status`` and ``report``
of ``data/provenance_words.txt``): ``( 2022-11-08 第 06 版 转载)`` says how the copy came,
and stays unread as before.  The title in 《》 is the source whatever it names, a host
included (``《jrntv.com》``): a copy's template prints its own outlet there.
"""

from __future__ import annotations

from functools import cache

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_paper import PAGE
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import provenance_words

#: The citation closing the line: the paper's title, then the day and the page in brackets.
CITATION = lazy_regex(
    r"《[ \t\u3000]{0,2}(?P<paper>[^《》\s]{2,20})[ \t\u3000]{0,2}》"
    r"[ \t\u3000]{0,2}[（(][ \t\u3000]{0,2}"
    r"(?P<date>(?:19|20)\d\d(?: ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2})"
    r"(?:[ \t]{1,2}\d{1,2}:\d\d(?::\d\d)?)?)[ \t\u3000]{0,2}"
    rf"(?:(?:{PAGE})(?:[ \t\u3000]{{1,2}}(?P<section>\p{{Han}}{{2,8}}))?)?"
    r"[ \t\u3000]{0,2}[）)][ \t\u3000]*$"
)


@cache
def _not_sections() -> frozenset[str]:
    """Words after a page mark that name no section: a copy's standing (``转载``, ``原创``)
    and a report's word (``报道``), kinds ``status`` and ``report`` of
    ``data/provenance_words.txt``."""
    words = provenance_words()
    return frozenset(words["status"] + words["report"])


def split_citation(line: str) -> tuple[str, dict[str, str]] | None:
    """The text before a paper's citation closing ``line`` and the citation's fields (the
    paper as the source, its day as the date), or None when no citation closes the line.

    >>> split_citation("作者：本报记者 姚亚奇 《光明日报》（ 2023年10月19日 12版）")
    ('作者：本报记者 姚亚奇', {'source': '光明日报', 'published_at': '2023-10-19'})
    >>> split_citation("《人民日报》(2024年1月5日 第5版)")[1]["source"]
    '人民日报'
    >>> split_citation("《 央视新闻 》( 2023-05-27 18:03:00 第 06 版)")[1]["published_at"]
    '2023-05-27T18:03:00+08:00'
    >>> split_citation("据《光明日报》报道，今年粮食丰收"), split_citation("《论语》(2023年版)")
    (None, None)
    """
    if "《" not in line or (found := CITATION.search(line)) is None:
        return None
    section = found["section"]
    if section and section in _not_sections():
        return None  # 转载, 原创: the copy's standing or a report's word, no page's section
    date = find_byline_date(found["date"])
    if date is None or not date.iso:
        return None
    fields = {"source": found["paper"], "published_at": date.iso}
    return line[: found.start()].rstrip(), fields
