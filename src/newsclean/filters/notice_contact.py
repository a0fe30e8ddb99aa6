"""An outlet's contact foot: the desk asking the reader for news, by the grammar of its fields.

Model (round 38).  A news site or one of its channels closes a story with the ways to
reach its newsroom: a *desk's* contact fields and nothing else, each a label and its value,
the first label perhaps led by the outlet's or the channel's name, the whole line perhaps
set in brackets of either width and closed by a full stop:
``(中原经济网驻马店频道新闻热线:13703713839,投稿邮箱yxwzmdpd@163.com。)``.  It is the site
speaking about itself under the article, so the gold keeps it as the notice (copyright).

* a field: a label ending in a word of contact (``data/notice_contact.txt`` kind
  ``contact``: 热线, 电话, 邮箱, 信箱, QQ, 微信, E-mail), an optional colon or space, and a
  value that is a way of contact: a mailbox (``name@host.tld``) or a telephone number
  (a mobile, an area code and a number, a 400/800 line);
* fields parted by a comma, a semicolon, an enumeration comma, a bar or a space;
* the desk: one label at least names the newsroom's errand (kind ``desk``: 新闻, 投稿,
  报料, 爆料, 线索), since an article's own service line (``咨询电话:0371-12345678``,
  ``报名邮箱:…``, ``举报电话:12345``) names the story's errand, not the outlet's, and stays.

Asked at the foot only (``notice.is_notice`` with ``near_foot``): a contact line at the
top or inside the article is ``furniture_contact``'s (the site's header, a form).

>>> contact_foot("(中原经济网驻马店频道新闻热线:13703713839,投稿邮箱yxwzmdpd@163.com。)")
True
>>> contact_foot("新闻热线：0371-65795710  投稿邮箱：news@example.cn")
True
>>> contact_foot("咨询电话:0371-12345678"), contact_foot("市民可拨打新闻热线13703713839反映。")
(False, False)
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import longest_first

#: A contact foot is one line of a few fields.
MAX_CONTACT_FOOT = 120
#: The name and label before a value: the outlet's or channel's name and the label.
MAX_LABEL = 24
MAILBOX = r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"
TELEPHONE = (
    r"(?:\+?86[ -]?)?(?:1[3-9][0-9]{9}|0[0-9]{1,3}[ -]?[0-9]{7,8}(?:-[0-9]{1,4})?"
    r"|[48]00[ -]?[0-9]{3}[ -]?[0-9]{3,4})"
)
BETWEEN = r"[\s,，;；、|｜/]{1,4}"
_BETWEEN = lazy_regex(BETWEEN)
OPEN = "(（【["
CLOSE = ")）】]"


def _words(kind: str) -> str:
    words = data_kinds("notice_contact.txt")[kind]
    return longest_first(words)


@cache
def _field() -> regex.Pattern[str]:
    label = rf"[\p{{Han}}A-Za-z·]{{0,{MAX_LABEL}}}?(?:{_words('contact')})"
    value = rf"(?:{MAILBOX}|{TELEPHONE})(?![0-9A-Za-z@])"
    return regex.compile(rf"(?P<label>{label})\s?[:：]?\s?{value}", regex.IGNORECASE)


@cache
def _desk() -> regex.Pattern[str]:
    return regex.compile(_words("desk"))


def contact_foot(text: str) -> bool:
    """The line is a desk's contact fields and nothing else (module docstring)."""
    line = text.strip()
    if len(line) > MAX_CONTACT_FOOT or ("@" not in line and not any(c.isdigit() for c in line)):
        return False  # no value of contact: the cheap test first
    if line[:1] in OPEN and line[-1:] in CLOSE:
        line = line[1:-1].strip()
    line = line.rstrip("。.")
    pos, desk = 0, False
    pattern, between, desk_words = _field(), _BETWEEN, _desk()
    while pos < len(line):
        field = pattern.match(line, pos)
        if field is None:
            return False
        desk = desk or desk_words.search(field.group("label")) is not None
        pos = field.end()
        if (gap := between.match(line, pos)) is not None:
            pos = gap.end()
    return desk
