"""A site's call for news tips: the newsroom asking the reader to report, by its grammar.

Model (round 41; ``furniture_leaks`` asks ``tip_call``, so the line goes anywhere).  A news
site prints under its stories, or between them on a mirror, one short appeal addressed to
the reader: the site invites the reader (an *appeal*: 欢迎, 如果您, 敬请) to bring the
newsroom a tip or a contribution (an *errand*: 新闻线索, 报料, 爆料, 投稿), perhaps promises
a reward once the tip is used (一经采纳有费用酬谢), and names the *channels* to reach it, each
a label holding a word of contact (``data/notice_contact.txt`` kind ``contact``: 微信, QQ,
电话, 热线, 邮箱; the appeal and a verb may open it, 欢迎拨打新闻热线), perhaps closed by a
follow verb (微信关注), a colon and a value (a mailbox,
a telephone or QQ number, an account's handle).  The whole line, its brackets taken off
(``【…】``), is made of such clauses (parted by commas, stops, semicolons), one channel at
least, an appeal and an errand among them (a short clause may hold the errand alone,
如有新闻线索):
``【如果您有新聞線索,歡迎向我們報料,一經采納有費用酬謝。報料微信關注:ihxdsb,報料QQ:3386405712】``.

What it is not: a report that quotes a hotline has a clause of the story beside the
number (``市民可拨打热线12345反映。``, a transcript's ``都欢迎您现在就可以拨打我们广东民声热线
020-36235999``); a story about a paper's tip channels lists them without addressing the
reader (``一是新闻热线:968111;二是微博报料:…``); a report's call to report a crime names no
newsroom's errand (``如发现违法线索,欢迎拨打举报电话:12345``); all stay.  The newsroom's
contact fields alone with no appeal (``新闻热线:…  投稿邮箱:…``) are ``notice_contact``'s.

Every pattern is bounded (labels, values, the line): no nested quantifier on user text.

>>> tip_call("如有新闻线索,欢迎拨打新闻热线:0591-87095555")
True
>>> tip_call("如发现违法线索,欢迎拨打举报电话:12345")
False
>>> tip_call("一是新闻热线:968111;二是报料QQ:800096811")
False
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.notice_contact import MAILBOX, TELEPHONE
from newsclean.filters.word_trie import longest_first

#: A call is one short line.
MAX_TIP_CALL = 160
#: A clause that is no channel (an appeal, a reward) is short.
MAX_CLAUSE = 24
#: The cheap sign: a value of contact (a digit, a mailbox) somewhere on the line.
VALUE_SIGN = lazy_re(r"[0-9@]")
CLAUSES = lazy_regex(r"[,，。;；!！、]+")
OPEN, CLOSE = "【[(（〔", "】])）〕"


@cache
def _words(kind: str) -> regex.Pattern[str]:
    words = data_kinds("tip_call_words.txt")[kind] if kind != "contact" else ()
    if kind == "contact":
        words = data_kinds("notice_contact.txt")["contact"]
    return regex.compile(longest_first(words), regex.IGNORECASE)


@cache
def _channel() -> regex.Pattern[str]:
    """A channel: a short label ending in a word of contact (a follow verb perhaps after
    it), an optional colon, and a value of contact."""
    contact = _words("contact").pattern
    follow = _words("follow").pattern
    label = rf"[\p{{Han}}A-Za-z]{{0,10}}?(?:{contact})(?:{follow})?"
    value = rf"(?:{MAILBOX}|{TELEPHONE}|[0-9]{{5,12}}|[A-Za-z][A-Za-z0-9_-]{{2,30}})"
    return regex.compile(rf"{label}\s?[:：]?\s?{value}", regex.IGNORECASE)


def tip_call(text: str) -> bool:
    """The line is a site's call for news tips (module docstring)."""
    line = text.strip()
    if len(line) > MAX_TIP_CALL or VALUE_SIGN.search(line) is None:
        return False  # most lines: too long, or no value of contact
    if _words("errand").search(line) is None:
        return False  # no newsroom's errand
    if line[:1] in OPEN and line[-1:] in CLOSE:
        line = line[1:-1].strip()
    channel, appeal, reward, errand = (
        _channel(),
        _words("appeal"),
        _words("reward"),
        _words("errand"),
    )
    channels = appealed = 0
    for clause in CLAUSES.split(line):
        clause = clause.strip()
        if not clause:
            continue
        if channel.fullmatch(clause):
            channels += 1  # its label may hold the appeal: 欢迎拨打新闻热线:…
            appealed += appeal.search(clause) is not None
        elif len(clause) > MAX_CLAUSE:
            return False  # a clause of a story
        elif appeal.search(clause):
            appealed += 1
        elif not (reward.search(clause) or errand.search(clause)):
            return False  # a clause neither of the call nor of a channel
    return channels >= 1 and appealed >= 1
