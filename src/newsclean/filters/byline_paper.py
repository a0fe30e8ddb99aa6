"""A paper's place in a byline row: the page and the page's section (round 31).

**Model.**  A print edition's row, reposted with its story, prints the paper, the page
the story ran on, the section that page is filed under, then the date, in that order
(``華龍網-重慶晨報 P08 | 澳門新聞 2012-01-12 15:48:00``).  The page mark is the evidence,
on any site: ``P08`` (P for page), ``A3版``, ``第5版``, ``第A15版``, ``12版``, ``第四版``.
A short Han label right after it (2-8 Han, after a space, a bar or a colon), the date
right after the label, is that page's section: where the copy ran, never a source (a
section may be a place's news, ``澳門新聞``, which no word list of sections holds).  The
page and section are read and set aside, and the byline of pieces reads the rest (the
paper is the source).  Only when a date follows: a label after the page with no date
after it (``A3版 记者张三``) is left to the pieces, and a page mark in a sentence, or a
product code (``iPhone P8 发布会``), takes no date after it as a row does.

**A periodical's issue** (round 35, ``is_issue_lead``): a journal's row opens with the
issue, the year and the issue's number (``2022年NO.1``, ``2022年第3期``, ``2021 Vol.5
No.2``), and perhaps the column the piece ran in (2-8 Han after a space: ``研究与探讨``),
before its labels (``2022年NO.1 研究与探讨 作者:何青 王诗颖``).  The issue dates no day and
the column is where the copy ran, never a source: both are read and set aside.  Only the
whole lead before the first label: an issue number inside a sentence is left alone.

**A picture story's page links** (round 47, ``is_page_links``): a story printed over
several pages prints its page links, numbers counting up by one, each perhaps in brackets,
spaced (``【1】 【2】 【3】 【4】 【5】 【6】``), on the left of the foot's editor line
(``… (责编:张玥)``; people.com.cn's picture stories as reposted by hijacked copies and by
hn.rednet.cn's 湖南频道).  The links are the pager's (``furniture_frames.page_run``'s
numbers), where the reader is among the story's pages, never an issuing body: read and
set aside as the lead.  Two numbers at least, each one more than the one before: a lone
bracketed number, a year or a score is no such run.
"""

from __future__ import annotations

from itertools import pairwise

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.lazy_pattern import lazy_regex

#: Round 32: a paper's numbered place, 第 and a number, before its page's word (``版``,
#: ``页``) or its issue's (``期``): a space perhaps, a page's letter perhaps, Arabic or
#: Chinese numerals (``第A15版``, ``第 38 期``, ``第四版``, ``第〇三版``).  The one spelling
#: ``PAGE_MARK``, ``byline_values.EDITION`` and ``byline_pieces.PERIODICAL_PLACE`` read.
NUMBERED = r"第\s?[A-Z]?[\d〇零一二两三四五六七八九十百]{1,4}\s?"
#: The words of a paper's page after its number.
PAGE_WORDS = "版页頁"
#: A page's number and word (``A3版``, ``12版``, ``第5版``, ``第A15版``): the fragment
#: ``PAGE_MARK`` and ``byline_citation.CITATION`` share.
PAGE = rf"[A-Z]{{0,2}}\d{{1,3}}[{PAGE_WORDS}]|{NUMBERED}[{PAGE_WORDS}]"
#: Round 31: a paper's page, as a print edition's row prints it between the paper and the
#: date: ``P08`` (P for page), ``A3版``, ``第5版``, ``第A15版``, ``12版``, ``第四版``.
PAGE_MARK = lazy_regex(
    r"(?:(?<=^)|(?<=[ \t\u3000|｜丨]))"
    rf"(?:P\d{{1,3}}|{PAGE})"
    r"(?P<section>(?:[ \t\u3000]{0,3}[|｜丨:：][ \t\u3000]{0,3}|[ \t\u3000]{1,3})\p{Han}{2,8}"
    r"(?=[ \t\u3000|｜丨]{1,6}\d))?"
    r"(?=[ \t\u3000|｜丨]|$)"
)
#: Every page mark holds one of these (a cheap test before the pattern).
PAGE_CUES = ("P", "版", "页", "頁")


def without_paper_place(line: str) -> str:
    """``line`` without a paper's page and the page's section (round 31): a print
    edition's row prints the paper, the page, the section the page is filed under, then
    the date (``華龍網-重慶晨報 P08 | 澳門新聞 2012-01-12 15:48:00``).  The page mark is
    the evidence: a short Han label right after it, the date right after the label, is
    that page's section, where the copy ran and never a source.  A label after the page
    with no date after it (``A3版 记者张三``) is left to the pieces; without a page mark a
    label is judged as any piece.

    >>> without_paper_place("华龙网-重庆晨报 P08 | 澳门新闻 2012-01-12 15:48:00")
    '华龙网-重庆晨报 2012-01-12 15:48:00'
    >>> without_paper_place("重庆晨报 A3版 2012-01-12"), without_paper_place("iPhone P8 发布")
    ('重庆晨报 2012-01-12', 'iPhone P8 发布')
    """
    if not any(cue in line for cue in PAGE_CUES):
        return line
    found = PAGE_MARK.search(line)
    if found is None or find_byline_date(line[found.end() :]) is None:
        return line  # the row's date follows the paper's place, or it is no such row
    return (
        line[: found.start()].rstrip(" \t\u3000|｜丨")
        + " "
        + line[found.end() :].lstrip(" \t\u3000|｜丨")
    ).strip()


#: A journal's issue opening a row: the year, then 第N期, NO.N or Vol.N (No.N), then
#: perhaps the issue's column; the whole lead before the row's first label.
ISSUE_LEAD = lazy_regex(
    r"(?:19|20)\d\d\s?年?\s?"
    r"(?:第\s?\d{1,3}\s?期|[Nn][Oo]\.?\s?\d{1,3}|[Vv][Oo][Ll]\.?\s?\d{1,3}(?:\s?[Nn][Oo]\.?\s?\d{1,3})?)"
    r"(?:[ \t\u3000|｜丨]{1,3}\p{Han}{2,8})?"
)


def is_issue_lead(lead: str) -> bool:
    """Whether ``lead`` (the text before a row's first label) is a periodical's issue and
    perhaps its column (module docstring).

    >>> is_issue_lead("2022年NO.1 研究与探讨"), is_issue_lead("2022年第3期")
    (True, True)
    >>> is_issue_lead("2022年3月5日"), is_issue_lead("新华社 2022年NO.1")
    (False, False)
    """
    return ISSUE_LEAD.fullmatch(lead.strip()) is not None


#: Round 47: a page link, a number perhaps in brackets (【1】, [2], 3), spaced from the next.
PAGE_LINKS = lazy_regex(
    r"[【\[〔(（]?\d{1,3}[】\]〕)）]?(?:[ \t\u3000]{1,3}[【\[〔(（]?\d{1,3}[】\]〕)）]?){1,23}"
)
#: What frames a page link's number.
LINK_FRAME = "【】[]〔〕()（）"


def is_page_links(lead: str) -> bool:
    """Whether ``lead`` is a picture story's page links, numbers counting up by one, each
    perhaps bracketed, spaced (module docstring, round 47).

    >>> is_page_links("【1】 【2】 【3】 【4】 【5】 【6】"), is_page_links("[1] [2] [3]")
    (True, True)
    >>> is_page_links("【1】"), is_page_links("2019 2020 2022"), is_page_links("【3】 【1】")
    (False, False, False)
    """
    lead = lead.strip()
    if PAGE_LINKS.fullmatch(lead) is None:
        return False
    numbers = [int(link.strip(LINK_FRAME)) for link in lead.split()]
    return all(after == before + 1 for before, after in pairwise(numbers))
