"""A writer's signature line: the name, perhaps a title and the writer's class or post in
brackets, perhaps the date, perhaps framed between two dash runs (round 28).

**Model (composition).**  An essay reposted by an alumni site or a blog signs itself on
a line of its own under the headline: the writer's name (``byline_pieces.is_person_name``;
two or more parted by spaces or 、), perhaps a form of address glued after it
(``data/writer_titles.txt``: 教授, 博士), perhaps an aside in brackets saying who the
writer is by a class (a class word: 届, 级, 毕业) and a post after a comma
(``(数学系第一届, 前南大研究院院长)``), perhaps the essay's date after it
(``byline_dates.find_byline_date`` reading the rest whole), nothing else.  A newsletter or
a portal may frame the signature between two runs of dashes (``── 符懋濂 ──``,
``── 梁婉琦 雷翠云 ──``, ``── 朱永安 (南大数学系第八届) ──``): the frame says the line is
a signature, so the names alone make it one.  Unframed, a name with no aside and no
date is left to the other readings (a heading, a name the article speaks of).

What stays: a bracket with no class word (``张三 (右)``, a caption's position); a
sentence (a stop, a verb's clause) in the aside; a frame around words that are no names
(``── 完 ──``, ``—— 记某某 ——``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

#: Two dash runs framing the line (box drawing, em or en dashes, hyphens).
FRAME = lazy_regex(r"^[─━—–\-]{2,}\s{0,3}(?P<inner>[^─━—–]{2,60}?)\s{0,3}[─━—–\-]{2,}$")
#: An aside saying who the writer is: a class word inside, no sentence stop.
ASIDE = lazy_regex(
    r"\s{0,2}[(（](?P<aside>[^()（）。！？!?]{1,40}?(?:届|屆|级|級|毕业|畢業)[^()（）。！？!?]{0,30})[)）]"
)
NAMES_SPLIT = lazy_regex(r"[\s、]+")
MAX_NAMES = 4


@cache
def _titled() -> regex.Pattern[str]:
    titles = [fields[0] for fields in data_lines("writer_titles.txt")]
    return regex.compile(rf"^(?P<name>\p{{Han}}{{0,4}}?)(?:{word_pattern(titles)})?$")


def _names(text: str) -> str | None:
    """The writers' names of ``text`` (names parted by spaces or 、, a title glued to the
    last name or spaced after it read over), or None when a piece is no person's name.
    Round 43: the title may close a list (``林佳彣、戴永華教授``, ``林佳彣、戴永華 教授``) as it
    closes one name, and names listed with 、 keep the 、 as the page lists them.

    >>> _names("林佳彣、戴永華 教授"), _names("郑奋兴教授"), _names("梁婉琦 雷翠云")
    ('林佳彣、戴永華', '郑奋兴', '梁婉琦 雷翠云')
    """
    pieces = [piece for piece in NAMES_SPLIT.split(text.strip()) if piece]
    if len(pieces) > 1 and (alone := _titled().match(pieces[-1])) and not alone["name"]:
        pieces = pieces[:-1]  # 林佳彣、戴永華 教授: the title spaced after the names
    if not 1 <= len(pieces) <= MAX_NAMES:
        return None
    if not is_person_name(pieces[-1]):
        titled = _titled().match(pieces[-1])  # 郑奋兴教授, 戴永華教授: a title glued to the last
        if titled is None or not is_person_name(titled["name"]):
            return None
        pieces[-1] = titled["name"]
    if not all(map(is_person_name, pieces)):
        return None
    return ("、" if "、" in text else " ").join(pieces)


def signature(line: str) -> Metadata | None:
    """A signature line's fields (module docstring), else None.

    >>> signature("── 梁婉琦 雷翠云 ──").fields
    {'author': '梁婉琦 雷翠云'}
    >>> signature("戴小橦教授 (數學系第一屆, 前南大研究院院長) 2022-09-23").fields
    {'author': '戴小橦', 'published_at': '2022-09-23'}
    >>> signature("── 完 ──") is None, signature("张三 (右)") is None
    (True, True)
    """
    text = line.strip()
    framed = FRAME.match(text) if text[:1] in "─━—–-" else None
    if framed is not None:
        text = framed["inner"].strip()
    aside = ASIDE.search(text) if "(" in text or "（" in text else None
    if aside is None and framed is None:
        return None
    head, rest = (text[: aside.start()], text[aside.end() :].strip()) if aside else (text, "")
    names = _names(head)
    if names is None:
        return None
    fields = {"author": names}
    if rest:
        found = find_byline_date(rest)
        if found is None or found.start > 0 or rest[found.end :].strip():
            return None
        fields["published_at"] = found.iso
    return Metadata(fields=fields)
