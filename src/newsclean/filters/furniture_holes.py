"""The software's interface lines with holes: a template printed with its fields filled.

Model (round 44b, issue 10).  Beside its fixed strings (``furniture_ui``: ``找回密码``,
``继续阅读``), publishing software prints lines whose *template* has holes that a field fills:
Discuz! stamps an edited post ``本帖最后由 {editor} 于 {edittime} 编辑`` (its language pack,
``lang_misc.php`` ``post_edit``), an e-paper system heads each story with its page
``第{page}版:{section}`` (``【第 B1 版:要闻】``, ``第01版:头版``), a comment form counts what
is left ``最大长度:{count} 还剩:{count}``.  The literal parts are the software's and the
same on every site; the holes are the site's and change.  ``data/ui_templates.txt`` lists
the templates by kind as the software writes them; the holes are grammar here:

* ``{name}``: a user's name, one token (no space), at most 30 characters;
* ``{time}``: a date with its clock or not (``2020-7-24 10:02``, as Discuz!'s ``dgmdate``
  prints it): where the date grammar (``dates.find_dates``) reads a date, not a grammar of
  its own;
* ``{page}``: an edition's page, a letter or not and one to three digits, spaces about them
  (``B1``, `` B1 ``, ``01``, ``A05``);
* ``{section}``: the page's section name, one to eight letters, no mark (``要闻``, ``澳聞``);
* ``{count}``: a counter's hole as the interface rows print it (``furniture_ui.COUNT_HOLE``:
  digits, bracketed or not, a percent sign or not).

A line is the template's when it is the template *whole*, each hole filled by its grammar
(spaces about the literals passed over, a colon of either width).  What keeps the article's
lines: the literals must all be there in order and nothing else (``他于2020年编辑出版`` has
none of the stamp's words; ``第一版:序言`` gives its page in words, no number, and a
section name longer than eight letters or with a mark is a sentence).
"""

from __future__ import annotations

import re
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.dates import find_dates
from newsclean.filters.furniture_ui import COUNT_HOLE

TEMPLATES = "ui_templates.txt"
#: A template line is short: the literals and a few fields.
MAX_HOLED = 80

#: What stands for a date the date grammar read, in the line a template with a time hole
#: is matched against (``_dates_marked``).
DATE_MARK = "\x00"
HOLES = {
    "name": r"[^\s]{1,30}",
    "time": DATE_MARK,
    "page": r"[ \t]{0,2}[A-Za-z]?[ \t]?\d{1,3}[ \t]{0,2}",
    "section": r"[\p{Han}A-Za-z]{1,8}",
    "count": COUNT_HOLE.pattern,
}
HOLE = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> tuple[tuple[str, regex.Pattern[str], bool], ...]:
    """Each template of the table as a pattern: its literals (spaces loose, a colon of
    either width) and its holes' grammar; linear (no quantifier nests over the text); and
    whether it has a time hole (matched against the line with its dates marked)."""
    found = []
    for kind, template in data_lines(TEMPLATES):
        parts: list[str] = []
        last = 0
        for hole in HOLE.finditer(template):
            parts.append(_literal(template[last : hole.start()]))
            parts.append(f"(?:{HOLES[hole.group(1)]})")
            last = hole.end()
        parts.append(_literal(template[last:]))
        timed = "{time}" in template
        found.append((kind, regex.compile("(?i)" + "".join(parts)), timed))
    return tuple(found)


def _dates_marked(text: str) -> str:
    """``text`` with each date the date grammar reads in it (``dates.find_dates``) as one
    ``DATE_MARK``: a template's time hole is where a date was read."""
    for date in reversed(find_dates(text)):
        text = text[: date.start] + DATE_MARK + text[date.end :]
    return text


def _literal(text: str) -> str:
    out = []
    for char in text:
        if char == " ":
            out.append(r"[ \t\u3000]{0,3}")
        elif char in ":：":
            out.append(r"[ \t]{0,2}[:：][ \t]{0,2}")
        else:
            out.append(regex.escape(char))
    return "".join(out)


def holed_kind(line: str) -> str | None:
    """The kind of the interface template ``line`` is whole (module docstring), or None.

    >>> holed_kind("本帖最后由 东门社区服务中心 于 2020-7-24 10:02 编辑")
    'edit'
    >>> holed_kind("【第 B1 版:要闻】"), holed_kind("第01版:头版")
    ('edition', 'edition')
    >>> holed_kind("他于2020年编辑出版"), holed_kind("第一版:序言")
    (None, None)
    """
    text = line.strip()
    if not text or len(text) > MAX_HOLED:
        return None
    marked = ""  # the line with its dates marked, made for the first template with a time
    for kind, pattern, timed in _patterns():
        if timed and not marked:
            marked = _dates_marked(text)
        if pattern.fullmatch(marked if timed else text):
            return kind
    return None
