"""A feed reposter's 'from' line: a provenance word, an outlet, its address, nothing else.

Model (round 15; ``site_lines.foreign_lines`` asks it for every line of the page, so the
line is never the headline nor a heading).  A relay that reposts other outlets' stories
(an IFTTT-style feed relay, a content farm's auto-poster, a blog's syndication plug-in)
prints, between the paragraphs or at the foot, the outlet it took the text from and the
address it took it at: ``from 《某某電子報》娛樂 http://ift.tt/2AbCdE``, ``via 某某網
https://…``, ``转自 某某日报 http://…``.  The line is three parts and nothing else:

1. a *provenance word* opening the line (``data/syndication_words.txt``: from, via, 转自,
   來自, 摘自…; English without case), perhaps with a colon;
2. an *outlet*: a short name (at most ``MAX_OUTLET`` characters) with no sentence mark
   and no comma: it names, it says nothing;
3. an *address* closing the line: the last token is a bare domain or URL (navigation's
   ``DOMAIN_LINE``, the one host-name grammar), perhaps in brackets or after a colon.

A line mark opening the line (``provenance.BULLETS``) and brackets around the whole line
(``(via 某某網 https://…)``) are no part of it.

Round 41: a *reprint credit* with the outlet's host (``轉載自點新聞 dotdotnews.com``:
``notice_reprint.reprint_credit``, 转载 and the outlet glued, its host spaced after it) is
the site's notice that it reprinted the story, not a relay's line: 转载 is the word of
reprint rights, and the notice reader keeps the line as the copyright field.

A sentence that says where a thing came from (``转自新华网的报道称,…``) has marks and
words of its own; an outlet named with its provenance word and no address (``转自 人民日报``
at the top: the byline grammar's source) has no address; a labelled source (``来源:
某某网 http://…``) is read by the byline grammar before this is asked.  All stay.

>>> syndication_line("from 《中時電子報》娛樂 http://ift.tt/2EQiflL")
True
>>> syndication_line("转自 人民日报"), syndication_line("转自新华网的报道称,会议于今日召开 http://x.cn")
(False, False)
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.navigation import DOMAIN_LINE
from newsclean.filters.notice_reprint import reprint_credit
from newsclean.filters.provenance import BULLETS

#: An outlet's name: a few words, no sentence mark, no comma.
MAX_OUTLET = 30
MAX_SYNDICATION_LINE = 300
#: What an outlet's name may not hold: a sentence mark or a comma (it would say something).
NOT_NAME = lazy_regex(r"[。！？!?，,；;：:]")
OPEN, CLOSE = "(（[【<〈", ")）]】>〉"


@cache
def syndication_words() -> tuple[str, ...]:
    """The provenance words, lower case, longest first (``data/syndication_words.txt``)."""
    words = {fields[0].lower() for fields in data_lines("syndication_words.txt")}
    return tuple(sorted(words, key=len, reverse=True))


def syndication_line(text: str) -> bool:
    """Whether ``text`` is a provenance word, an outlet and its address, nothing else."""
    line = text.strip()
    if len(line) > MAX_SYNDICATION_LINE or "." not in line:
        return False  # most lines: no address
    line = line.lstrip(BULLETS)  # a mark opening the line is no part of it
    if line[:1] in "转轉" and reprint_credit(line):
        return False  # 轉載自點新聞 dotdotnews.com: the site's reprint notice (round 41)
    if line[:1] in OPEN and line[-1:] in CLOSE:  # (from X http://…): the whole line bracketed
        line = line[1:-1].strip()
    head, _, address = line.rpartition(" ")
    if not head and (cut := max(line.rfind(":http"), line.rfind("：http"))) > 0:
        head, address = line[:cut], line[cut + 1 :]  # 转自某某网：http://…
    address = address.strip(OPEN + CLOSE)  # an address in brackets: (http://…)
    if not head or DOMAIN_LINE.match(address) is None:
        return False
    lowered = head.lower()
    word = next((w for w in syndication_words() if lowered.startswith(w)), None)
    if word is None:
        return False
    rest = head[len(word) :]
    if word.isascii() and rest[:1].isalpha() and rest[:1].isascii():
        return False  # "fromage", "sourced": the word runs on
    outlet = rest.lstrip(" :：\u3000").strip()
    return 0 < len(outlet) <= MAX_OUTLET and NOT_NAME.search(outlet) is None
