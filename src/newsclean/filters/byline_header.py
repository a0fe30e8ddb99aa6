"""A header line whose label is glued to its value: a bulletin board's post header, as
its web mirrors print it (``作者fatsuko (fa)``, ``時間Thu Jan 12 15:48:00 2012``, one a
line, the labels' separators lost in the copy).

**Model.**  With no separator, the value must say by its own shape which field it fills,
and the line must be nothing else: a time label (``时间``, ``日期``, ``發表時間``... of
``data/metadata_labels.txt``) glued to a date expression (``dates.py``'s grammar,
weekday and clock included) that runs to the end of the line; or an author label glued
to a person's name (a family name and a given name, ``byline_pieces.is_person_name``) or
to a board account (letters and digits, its nickname in brackets after it:
``fatsuko (fa)``, not stored: an account is no writer's name) filling the line; a label
of no field (``看板``, the board) glued to a name of that shape (``看板ChiLing``).  Prose
that opens with a label word (``时间过得真快``, ``作者认为，…``) has no such value and
stays prose; so does a time label glued to a date the line goes on after (``时间2025年
有所调整``).

**A revision stamp** (round 16, ``revision_stamp``).  A wiki prints who changed the page
and when as one sentence of two prepositions: 在 (at) a whole date, 由 (by) the agent, then
what was done (MediaWiki's Chinese messages: ``在2009年4月8日 (三) 02:05由055069 (對話 |
貢獻)所做的修訂版本``, the agent's talk and contribution links in a bracket).  The
sentence holds a time and an agent and nothing else: the date (a weekday before it is
the date's) is the time, the agent (a user name, any script, no space) the author; the
agent may be missing (``在27/08/2022由``), the deed is 所做的修訂版本 or an interface verb
(由张三发布, ``byline_interface``'s action words).  A sentence with more in it (在2009年4月
由政府主导的改革) is prose.
"""

from __future__ import annotations

from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_interface import interface_verbs
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex

#: The longest label glued before its value that is tried.
MAX_LABEL = 6
#: A board account (and its nickname in brackets): a poster, not a name to store.
ACCOUNT = lazy_regex(r"^[A-Za-z][A-Za-z0-9_.\-]{1,19}(?:\s{1,2}[(（][^()（）]{1,20}[)）])?$")
TIME_FIELDS = frozenset({"published_at"})


def glued_header(line: str) -> Metadata | None:
    """The field of a header line whose label is glued to its value, or None.

    >>> glued_header("時間Thu Jan 12 15:48:00 2012").fields
    {'published_at': '2012-01-12T15:48:00+08:00'}
    >>> glued_header("作者詹遙").fields, glued_header("作者认为这是好事") is None
    ({'author': '詹遙'}, True)
    """
    line = line.strip()
    if len(line) < 3 or not ("\u4e00" <= line[0] <= "\u9fff"):
        return None
    table = label_table()
    for size in range(min(MAX_LABEL, len(line) - 1), 1, -1):
        label, value = line[:size], line[size:]
        field = table.get(label)
        if field is None or value[:1] in " \t:：/／|｜":
            continue  # a separator: the labelled grammar reads it
        if field in TIME_FIELDS:
            found = find_byline_date(value)
            if found is not None and found.start == 0 and not value[found.end :].strip():
                return Metadata({"published_at": found.iso}, [label])
            return None
        if field == "ignore":  # 看板ChiLing: the board's name, an account's shape
            return Metadata({}, [label]) if ACCOUNT.match(value) else None
        if field == "author":
            if is_person_name(value):
                return Metadata({"author": value}, [label])
            if ACCOUNT.match(value):
                return Metadata({}, [label])
            return None
        return None
    return None


#: 在 + a date + 由 + an agent + (links) + the deed: a wiki's revision stamp.
STAMP = lazy_regex(
    r"^在\s{0,2}(?P<date>[^由]{6,40})由\s{0,2}(?P<agent>[^\s(（)）|]{1,30})?\s{0,2}"
    r"(?P<links>[(（][^()（）]{0,30}[)）])?\s{0,2}(?P<deed>\p{Han}{0,10})$"
)
REVISION = lazy_regex(r"^(?:所做的?)?(?:修[订訂]版本?|修[订訂]|[编編][辑輯])?$")
WEEKDAY_BEFORE = lazy_regex(r"^(?:星期|禮拜|礼拜|周|週)?[一二三四五六日天]?[\s,，]*$")
HANDLE = lazy_regex(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,29}$")


def _agent_and_deed(agent: str, links: str | None, deed: str) -> tuple[str, str] | None:
    """The agent and the deed of a stamp, a deed glued to the agent peeled (由张三发布);
    None when the agent is no user (a person's name, a handle, or any name its links
    follow) or the deed is no revision or interface verb."""
    if agent and not deed and not links:
        verb = next((v for v in interface_verbs() if agent.endswith(v) and agent != v), "")
        agent, deed = agent[: len(agent) - len(verb)], verb
    if REVISION.match(deed) is None and deed not in interface_verbs():
        return None
    if agent and not links and not is_person_name(agent) and not HANDLE.match(agent):
        return None
    return agent, deed


def revision_stamp(line: str) -> Metadata | None:
    """A wiki's revision stamp (module docstring), else None.

    >>> revision_stamp("在2009年4月8日 (三) 02:05由055069 (對話 | 貢獻)所做的修訂版本").fields
    {'published_at': '2009-04-08T02:05:00+08:00', 'author': '055069'}
    >>> revision_stamp("在27/08/2022由").fields
    {'published_at': '2022-08-27'}
    >>> revision_stamp("在2009年4月由政府主导的改革") is None
    True
    """
    if not line.startswith("在") or "由" not in line:
        return None
    found = STAMP.match(line.strip())
    if found is None:
        return None
    read = _agent_and_deed(found["agent"] or "", found["links"], found["deed"])
    text = found["date"].strip()
    date = find_byline_date(text)
    if read is None or date is None:
        return None
    if text[date.end :].strip() or not WEEKDAY_BEFORE.match(text[: date.start]):
        return None
    fields = {"published_at": date.iso}
    if read[0]:
        fields["author"] = read[0]
    return Metadata(fields)
