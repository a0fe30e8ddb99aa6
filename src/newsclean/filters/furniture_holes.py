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
from newsclean.filters.charmodel import HAN
from newsclean.filters.dates import find_dates
from newsclean.filters.furniture_ui import COUNT_HOLE

TEMPLATES = "ui_templates.txt"
#: A template line is short: the literals and a few fields.
MAX_HOLED = 80

#: What stands for a date the date grammar read, in the line a template with a time hole
#: is matched against (``dates_marked``).
DATE_MARK = "\x00"
HOLES = {
    "name": r"[^\s]{1,30}",
    "page": r"[ \t]{0,2}[A-Za-z]?[ \t]?\d{1,3}[ \t]{0,2}",
    "section": r"[\p{Han}A-Za-z]{1,8}",
    "count": COUNT_HOLE.pattern,
}
HOLE = re.compile(r"\{(\w+)\}")


#: A time hole before the date grammar is asked: any stretch of the short line (the
#: date grammar is asked only of a line whose other parts are the template's).
ANY_TIME = rf".{{1,{MAX_HOLED}}}"


@cache
def _patterns() -> tuple[tuple[str, regex.Pattern[str], regex.Pattern[str] | None], ...]:
    """Each template of the table as a pattern: its literals (spaces loose, a colon of
    either width) and its holes' grammar; linear (no quantifier nests over the text); and,
    for a template with a time hole (matched against the line with its dates marked), the
    same with the hole any stretch (``ANY_TIME``), which a line must match first."""
    found = []
    for kind, template in data_lines(TEMPLATES):
        timed = "{time}" in template
        found.append((kind, _compiled(template), _compiled(template, ANY_TIME) if timed else None))
    return tuple(found)


def _compiled(template: str, time: str = DATE_MARK) -> regex.Pattern[str]:
    return template_pattern(template, time)


def template_pattern(template: str, time: str = DATE_MARK, lost: str = "") -> regex.Pattern[str]:
    """``template`` (a row of the table) as a pattern: its literals (spaces loose, a colon of
    either width) and its holes' grammar, the time hole ``time``.  With ``lost`` (the
    character a codec printed for a lost one, ``codec_partial``), each literal Han character
    may be it, captured as ``lit``, and each hole is captured as ``field``."""
    parts: list[str] = []
    last = 0
    group = "(?P<field>" if lost else "(?:"
    for hole in HOLE.finditer(template):
        parts.append(_literal(template[last : hole.start()], lost))
        name = hole.group(1)
        parts.append(f"{group}{time if name == 'time' else HOLES[name]})")
        last = hole.end()
    parts.append(_literal(template[last:], lost))
    return regex.compile("(?i)" + "".join(parts))


def dates_marked(text: str) -> str:
    """``text`` with each date the date grammar reads in it (``dates.find_dates``) as one
    ``DATE_MARK``: a template's time hole is where a date was read."""
    for date in reversed(find_dates(text)):
        text = text[: date.start] + DATE_MARK + text[date.end :]
    return text


def _literal(text: str, lost: str = "") -> str:
    out = []
    for char in text:
        if char == " ":
            out.append(r"[ \t\u3000]{0,3}")
        elif char in ":：":
            out.append(r"[ \t]{0,2}[:：][ \t]{0,2}")
        elif lost and HAN.fullmatch(char):
            out.append(f"(?P<lit>[{regex.escape(char)}{lost}])")
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
    marked = ""  # the line with its dates marked, made for the first template that needs it
    for kind, pattern, any_time in _patterns():
        if any_time is None:
            subject = text
        elif any_time.fullmatch(text):
            subject = marked = marked or dates_marked(text)
        else:
            continue  # most lines: the template's literals are not there
        if pattern.fullmatch(subject):
            return kind
    return None
