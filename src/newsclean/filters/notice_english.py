"""An English *use notice* at the foot of a page: the site, an archive or a library
governing the use of the text, recognised by what the line says, not by one sentence.

Model.  A use notice speaks of the use of the text: its rights and their instruments
(copyright, reproduction, permission, licence), what may be done with it (access, use,
copy, redistribute, made available), for what (research, private study, educational,
non-commercial), on what terms (only, must, without prior permission, a fee, contact X
for…) or what it disclaims (the views expressed do not necessarily reflect the official
opinion of…), and names what is governed or who holds it (this material, this site, the
original resource, the archives).  Its words are a grammar of these kinds
(``data/notice_english.txt``), and the line is made of them: of the line's content words
(function words aside, a mail or web address aside), at least ``MIN_COVER`` are the
notice's, and they come from at least ``MIN_KINDS`` kinds among rights, use, purpose,
terms and disclaim (the holder's words count in the cover, never as a kind), or the
disclaimer alone speaks with ``MIN_DISCLAIM`` of its words.  The line is in Latin script
(a Chinese page prints its archive's or its blog's notice in English as it is), a sentence
or three long, and not a narrative: a reporting verb, a past tense of being or a court
(``said``, ``was``, ``ruled``, ``court``: kind ``story``) is a story about copyright, which
stays.  ``notice`` asks this only at the foot of the page, where such notices stand.

What stays: a story's sentence about copyright law (``The court ruled that the site had
reproduced photographs without permission.``: a court, a past tense), a line of one or
two kinds (``Access to the site may not be available without a VPN.``: use and terms, no
right, purpose or disclaimer), a paragraph mentioning an archive's contact among other
words (``Researchers with questions concerning the archival records should contact the
Archivist for additional information.``: too few of its words are the notice's), a row
of links parted by bars (``Terms of Use | Privacy Policy``: furniture, no sentence).

>>> use_notice("Contact UVic Archives for access to the original resource and for "
...     "reproduction requests (fee for reproductions).This material is made available on "
...     "this site for research and private study only.")
True
>>> use_notice("The court ruled that the website had reproduced photographs without permission.")
False
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.lazy_pattern import lazy_re

#: A notice is a sentence or three; the longest seen (a software notice) runs to about 260.
MAX_USE_NOTICE = 400
#: Fewer content words than this say too little to be judged by their composition.
MIN_WORDS = 5
#: The share of the line's content words that are the notice's.
MIN_COVER = 0.5
#: Distinct kinds among rights, use, purpose, terms and disclaim.
MIN_KINDS = 3
#: A disclaimer alone: this many distinct words of its kind.
MIN_DISCLAIM = 3
#: The share of the line's characters that are ASCII: a Latin line.
MIN_ASCII = 0.9
#: The kinds that make the notice's composition (``holder`` only covers).
SAYING = frozenset({"rights", "use", "purpose", "terms", "disclaim"})

WORD = lazy_re(r"[a-z]+(?:[-'’][a-z]+)*")
#: A mail or web address: one token of the notice, no word of it counted.
ADDRESS = lazy_re(r"\S+@\S+|(?:https?://|www\.)\S+")


@cache
def _words() -> dict[str, str]:
    """word -> its kind (``data/notice_english.txt``)."""
    kinds = data_kinds("notice_english.txt")
    return {word: kind for kind, words in kinds.items() for word in words}


def use_notice(text: str) -> bool:
    """The line governs the use of the text, in English (module docstring)."""
    line = text.strip()
    if not line or len(line) > MAX_USE_NOTICE:
        return False
    if len(line.encode("ascii", "ignore")) < MIN_ASCII * len(line):
        return False  # not a Latin line (most lines of a Chinese page end here)
    if "|" in line:
        return False  # a row of links (Terms of Use | Contact Us): the furniture's
    lowered = line.lower()
    if "@" in lowered or "//" in lowered or "www." in lowered:
        lowered = ADDRESS.sub(" ", lowered)
    kinds = _words()
    content = 0
    covered = 0
    said: set[str] = set()
    disclaims: set[str] = set()
    for match in WORD.finditer(lowered):
        word = match.group()
        kind = kinds.get(word)
        if kind == "function":
            continue
        if kind == "story":
            return False  # a narrative: the story's sentence about rights
        content += 1
        if kind is None:
            continue
        covered += 1
        if kind in SAYING:
            said.add(kind)
        if kind == "disclaim":
            disclaims.add(word)
    if content < MIN_WORDS or covered < MIN_COVER * content:
        return False
    return len(said) >= MIN_KINDS or len(disclaims) >= MIN_DISCLAIM
