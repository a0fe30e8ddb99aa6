"""A web firm's card in the page head: its name printed beside its telephone number.

Model (round 38; ``site_lines.foreign_lines`` asks ``firm_cards`` over the page head).  A
small web company's own site carrying a story prints its card over it: the telephone
number alone on a line and, next to it, the firm's name alone, a place and a name closed
by its trade (kind ``web`` of ``data/contact_words.txt``: 网络, 网络科技; or a site maker's
trade and a firm word, ``furniture_sitefoot.maker_line``): ``0543-5070686`` /
``山东滨州无棣伍思网络``.  The name holds no mark and no function character (a headline
``我市加快建设5G网络`` has a verb and stays), and only the telephone beside it makes it a
card: a name alone may be the story's subject.  ``firm_name`` is the one test of a web
firm's name, and kind ``web`` its one list: ``head_site.site_part`` asks it of a
masthead's parts (mend, round 38).

>>> firm_name("山东滨州无棣伍思网络"), firm_name("我市加快建设5G网络")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.furniture_contact import TELEPHONE
from newsclean.filters.furniture_sitefoot import contact_words, maker_line
from newsclean.filters.word_trie import word_pattern

#: A firm's name: a place and a name, a few letters.
MAX_FIRM = 20
#: No function character or verb of prose inside a firm's name.
PROSE = re.compile(r"[了的是在把被将將和与與为為加建设設]")


@cache
def _firm() -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]{{2,14}}(?:{word_pattern(contact_words('web'))})")


def firm_name(text: str) -> bool:
    """A web firm's name alone (module docstring)."""
    line = text.strip()
    if not 4 <= len(line) <= MAX_FIRM:
        return False
    if maker_line(line):
        return True
    return _firm().fullmatch(line) is not None and PROSE.search(line) is None


def firm_cards(lines: Sequence[LineLike | None], head: Sequence[int]) -> list[int]:
    """The head's lines that are a firm's card: its name and its telephone number alone
    printed right above or under it (blank lines skipped)."""
    found = []
    for i in head:
        line = lines[i]
        if line is None or not firm_name(line.text):
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not _printed(lines[j]):
                j += step
            beside = lines[j] if 0 <= j < len(lines) else None
            if beside is not None and TELEPHONE.fullmatch(beside.text.strip()):
                found += [i, j]  # the card: the name and its telephone number
                break
    return found


def _printed(line: LineLike | None) -> bool:
    return line is not None and bool(line.text.strip())
