"""A byline row's reader count printed without its label: no field (round 45).

**Model (layout).**  A copy farm's or a blog's template prints the story's record on one
row under the headline: the poster or the site, the date, the section, and the page's
count of readers, then the source.  Two ways the count stands in the row with no label
the label grammar reads (``阅读: 159`` is read by the label grammar already):

- *the count with its verb* (a number, 人/次/人次, 已 or 已经, and a verb of reading:
  ``1552人已围观``, ``300次阅读``; the verbs are ``byline_read_counter.READ_VERB``'s, round 22's
  reader counters), glued or spaced between the row's fields
  (``神夜2021-06-05 03:18:23PHP教程1552人已围观文章来源:PHP中文网``, a programmer's blog,
  https://syxz6.com/show/503.html).  The count is the page's statistic, no part of the
  section before it nor of the label after it.
- *the bare count closing the row*: the row's pieces parted by gaps (two spaces or more, a
  tab, an ideographic space), the date the last field and then a number alone
  (``符法    道教网    2022-10-21    140``, a copy farm,
  https://daojiaowz.com/index.php/post/69824.html): the template printed the count's
  value and dropped its label.

- *a shared document's record* (round 45): a document-sharing site prints under the
  title the upload date, then the document's pages, its file format, its size and its
  reads, spaces between (``2017-10-26 7页 doc 21KB 54阅读``, 爱问共享资料,
  http://m.ishare.iask.sina.com.cn/f/31VjbZmf5YN.html): pieces of the file's record, each
  a kind (a count of 页, a format's extension, a size in KB/MB/GB, a count of reads), two
  or more of them closing the row after its date; the row is its date.

The row is read without the count (``without_row_counter``) when it does not read as
printed (``metadata.parse_metadata``: a row the grammar reads with its count, round 22's
``新华网 已有1024人阅读``, keeps its reading); the line itself is untouched and the count
stored nowhere.  Only a row is asked: the line must hold a byline date
(``find_byline_date``) and, for the counted verb, the count must close at a field's
boundary (the line's end, a label, a space); prose quoting a count (``该视频已有1552人
围观，网友纷纷留言``) has no date before its count or runs on into words, and is left as
printed.  A date and a number parted by one space (``2022-10-21 140``) may be a date and
a time or a measure: only a gap parts a bare count.
"""

from __future__ import annotations

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_read_counter import READ_VERB
from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.lazy_pattern import lazy_regex

#: The count with its verb: digits, the measure word, 已/已经, the verb of reading.
COUNTED = lazy_regex(r"(?<![\d:：])\d{1,10}[ \t]?(?:人次|人|次)(?:已经|已經|已)?" + READ_VERB)
#: What may follow the counted verb: the line's end or a space (the next field).
COUNTED_END = lazy_regex(r"[ \t\u3000]*$|[ \t\u3000|｜丨/／]")
#: A shared document's record after the date: pages, format, size, reads (two or more).
FILE_RECORD = lazy_regex(
    r"(?:[ \t\u3000]+(?:\d{1,5}[页頁]|(?i:docx?|pdf|pptx?|xlsx?|txt|wps)"
    r"|\d{1,6}(?:\.\d{1,3})?(?i:[KMG]B?)|\d{1,10}[ \t]?(?:人次|人|次)?(?:已经|已經|已)?"
    + READ_VERB
    + r")){2,6}[ \t\u3000]*$"
)
#: The date's clock when the date grammar's match stops before it (a slash after the day).
CLOCK_AFTER = lazy_regex(r"[/／]?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?")
#: A bare count after a gap, closing the line.
BARE_COUNT = lazy_regex(r"(?:[ \t]{2,}|[\t\u3000]+)\d{1,9}[ \t\u3000]*$")


def without_row_counter(line: str) -> str:
    """``line`` without the row's unlabelled reader count (module docstring).

    >>> without_row_counter("孙灿芬19-08-2014PHP教程1552人已围观文章来源:人民网")
    '孙灿芬19-08-2014PHP教程文章来源:人民网'
    >>> without_row_counter("符法    道教网    2022-10-21    140")
    '符法    道教网    2022-10-21'
    >>> without_row_counter("2017-10-26 7页 doc 21KB 54阅读")
    '2017-10-26'
    >>> without_row_counter("2022-10-21 140"), without_row_counter("已有1552人围观，网友留言")
    ('2022-10-21 140', '已有1552人围观，网友留言')
    """
    if (
        COUNTED.search(line) is None
        and BARE_COUNT.search(line) is None
        and FILE_RECORD.search(line) is None
    ):
        return line  # no count of any form in the line: the date grammar is not asked
    date = find_byline_date(line)
    if date is None:
        return line
    clock = CLOCK_AFTER.match(line, date.end)  # 2017/10/24/ 11:02: the grammar reads it
    end = clock.end() if clock is not None else date.end
    if FILE_RECORD.match(line, end) is not None:
        return line[:end]
    bare = BARE_COUNT.search(line, date.end)
    if bare is not None and not line[date.end : bare.start()].strip():
        return line[: bare.start()]
    counted = COUNTED.search(line, end)  # after the clock: 14:050次浏览 is byline_asides'
    if counted is None or not _field_closed(line, counted.end()):
        return line
    return line[: counted.start()] + line[counted.end() :]


def _field_closed(line: str, end: int) -> bool:
    """Whether the count ending at ``end`` closes a field: the end, a space, a label."""
    if COUNTED_END.match(line, end) is not None:
        return True
    label = label_pattern().match(line[end:])  # glued after the verb: read from its start
    return label is not None and is_label(label)
