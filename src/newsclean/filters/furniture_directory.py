"""A site's own directory lines: its units' telephone numbers, its sites' addresses.

Model (round 39; ``furniture_contact.contact_fields`` asks ``phone_directory``, so
``site_lines.contact_lines`` judges the line against the article like any contact line;
``site_lines.foreign_lines`` asks ``site_link``).  A school's, a company's or an
association's blog prints in its header the ways to reach it, with no labels:

* a *telephone directory* (``phone_directory``): ``MIN_ENTRIES`` or more entries and nothing
  else, each a unit's name of ``MIN_NAME`` to ``MAX_NAME`` Han letters glued to its
  telephone number (or after a space or a colon), the entries parted by commas, enumeration
  commas, semicolons, spaces or a conjunction (及, 和, 与), perhaps closed by a stop
  (``崇華小學05-7761390,崇華獨中05-7761484 及江華幼稚園05-7764299。``).  A number is a
  telephone's: an area code opening with 0 and a dash, or ``furniture_contact.TELEPHONE``.
  A report that names hotlines says something about them (a verb, a clause: an entry's
  shape fails), and a directory whose names the article prints is the article's
  (``contact_lines``'s foreign test);
* a *site's link* (``site_link``): a site's name ending in a site word (``site_speech.
  self_name_ends``: 网站, 部落格, 博客, 网) and its address, with a colon or glued, nothing
  else (``百年校庆网站:http://…``, ``崇华小学部落格http://….blogspot.com/``).  A sentence
  pointing the reader to a site has words of its own before the name: a request or a
  verb of seeing, a function character (``详情请浏览网站:…``, ``SENTENCE_SIGN``); and the
  link is read in the page's head only (above the first paragraph, as ``site_lines`` asks):
  between paragraphs it is the article's pointer (``考试报名网站:http://…``, round 39 review);
* a *site's foot row* (``menu_then_contact``): the foot's links (``關於我們 廣告服務 手機版``,
  furniture by the line model alone) and then, after a space, a contact field
  (``投訴文章:435 226 40@qq.com``, a QQ mailbox whose digits the template spaced in
  groups): the row is the contact line's, its labels judged against the article.

>>> phone_directory("崇華小學05-7761390,崇華獨中05-7761484 及江華幼稚園05-7764299。")
['崇華小學', '崇華獨中', '江華幼稚園']
>>> phone_directory("市民可拨打热线05-7761390查询,或致电05-7761484。") is None
True
>>> site_link("百年校庆网站:http://tsungwah100.com"), site_link("崇华小学部落格http://sjk.blogspot.com/")
(True, True)
>>> site_link("详情请浏览网站:http://tsungwah100.com")
False
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_mirrors import WEB_ADDRESS
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.site_speech import self_name_ends
from newsclean.filters.word_trie import word_pattern

MIN_ENTRIES = 2
MIN_NAME, MAX_NAME = 2, 10
#: A directory is a header line: at most this long.
MAX_DIRECTORY = 160
#: A local number: an area code opening with 0, a dash, the subscriber's digits.
LOCAL = r"0[0-9]{1,3}[-－][0-9]{6,8}"
ENTRY = lazy_regex(
    rf"(?P<name>\p{{Han}}{{{MIN_NAME},{MAX_NAME}}}?)[ :：]?"
    rf"(?:{LOCAL}|(?:\+?86[- ]?)?(?:1[3-9][0-9]{{9}}|0[1-9][0-9]{{1,2}}[- ]?[0-9]{{7,8}}))"
    r"(?![0-9])"
)
#: Between two entries: a mark or spaces, perhaps a conjunction.
PARTING = lazy_regex(r"[ \u3000]*(?:[,，、;；][ \u3000]*|[ \u3000]+)(?:[及和与與][ \u3000]*)?")
CLOSE = "。．."
#: A site's link: at most this long (a name and an address).
MAX_LINK = 100
#: A sentence's sign in a site's name: a request, a verb of seeing or visiting, a particle.
SENTENCE_SIGN = stdlib(r"[请請可见見详詳访訪浏瀏览覽登点點击擊的了是在到]")
#: The site's address: the web-address grammar (``furniture_mirrors.WEB_ADDRESS``, round 40:
#: one grammar of addresses, not a fourth), opened by a scheme or ``www.`` as printed.
ADDRESS = lazy_regex(rf"(?i)(?=https?://|www\.){WEB_ADDRESS}")


def phone_directory(text: str) -> list[str] | None:
    """The units' names of ``text`` when it is a telephone directory (module docstring)."""
    line = text.strip().rstrip(CLOSE)
    if len(line) > MAX_DIRECTORY or ("-" not in line and "－" not in line and "1" not in line):
        return None
    names: list[str] = []
    pos = 0
    while pos < len(line):
        entry = ENTRY.match(line, pos)
        if entry is None:
            return None
        names.append(entry.group("name"))
        pos = entry.end()
        if pos < len(line):
            parting = PARTING.match(line, pos)
            if parting is None:
                return None
            pos = parting.end()
    return names if len(names) >= MIN_ENTRIES else None


@cache
def _site_link() -> regex.Pattern[str]:
    ends = word_pattern(self_name_ends())
    return regex.compile(rf"\p{{Han}}{{1,14}}?(?:{ends})[ \u3000]?[:：]?[ \u3000]?")


def site_link(text: str) -> bool:
    """A site's name and its address, nothing else (module docstring)."""
    line = text.strip()
    if len(line) > MAX_LINK or ("http" not in line and "www." not in line):
        return False  # most lines: no address
    name = _site_link().match(line)
    return (
        name is not None
        and ADDRESS.fullmatch(line, name.end()) is not None
        and SENTENCE_SIGN.search(name.group()) is None
    )


#: A foot row's links and its contact field: at most this long.
MAX_FOOT_ROW = 120


def menu_then_contact(
    text: str, is_menu: Callable[[str], bool], fields: Callable[[str], list[str] | None]
) -> list[str] | None:
    """The contact labels of a site's foot row: links the line model calls furniture
    (``is_menu``), then a contact field (``fields``) after a space (module docstring)."""
    line = text.strip()
    if len(line) > MAX_FOOT_ROW or ("@" not in line and ":" not in line and "：" not in line):
        return None
    parts = line.split()
    for k in range(1, len(parts)):
        labels = fields(" ".join(parts[k:]))
        if labels is not None:
            return labels if is_menu(" ".join(parts[:k])) else None
    return None
