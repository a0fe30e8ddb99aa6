"""A brand's signature echoed on a line of its own: a hijack template's logo and title.

Model (round 39).  A hijack template prints its brand as a company or a site signs
(``spam_brand``: a name, then a site's self-name or a company's legal form, bracketed regions
between them: ``某某娱乐(中国)官方网站``, ``某某官方网站(中国)有限公司``) and prints it
*again*, glued or parted by spaces or list separators, on the same line: the logo's text and
the page's title run together (``96彩票(中国)官方网站96彩票(中国)官方网站``).  The line holds
nothing but that one signature, two to ``MAX_ECHOES`` times.  The echo is the evidence, not
the vocabulary: an unknown brand (``德发娱乐``, ``18dy影院``) is caught as a known one is.

No real line has this shape: a company's name closing a press release, or a site's name
quoted in a sentence, is printed once (``华为技术有限公司`` alone stays); a headline printed
twice by a scrape holds no signature at its end; a name with a signature inside a sentence
has other words around it.  The verdict is ``sure``.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.spam_brand import brand_name, suffixes

#: A signature printed this many times at most on the line.
MAX_ECHOES = 4
#: What may part the echoes: spaces and the separators of a list or a title.
JOINERS = lazy_re(r"[\s|_丨/\-—–·,，、]+")


def _signed(probe: str) -> bool:
    """The cheap precondition: the line ends with a signature's word (simplified)."""
    tail = probe.rstrip()
    return any(tail.endswith(word) for word in suffixes())


def echoed_brand(probe: str) -> str | None:
    """The brand's name when ``probe`` (simplified, lower-cased) is one signature printed two
    to ``MAX_ECHOES`` times and nothing else, else None.

    >>> echoed_brand("96彩票(中国)官方网站96彩票(中国)官方网站")
    '96彩票'
    >>> echoed_brand("大b私服(中国)官方网站 大b私服(中国)官方网站")
    '大b私服'
    >>> echoed_brand("华为技术有限公司"), echoed_brand("华为技术有限公司 中兴通讯有限公司")
    (None, None)
    """
    if not _signed(probe):
        return None
    joined = JOINERS.sub("", probe)
    size = len(joined)
    for times in range(MAX_ECHOES, 1, -1):  # the shortest unit first
        unit = joined[: size // times]
        if not size % times and unit * times == joined:
            return brand_name(unit)
    return None


def brand_echoes(probes: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """The lines that are one brand's signature echoed (index -> brand, why)."""
    found: dict[int, tuple[str, str]] = {}
    for i, probe in probes.items():
        name = echoed_brand(probe)
        if name is not None:
            found[i] = (name, f"a brand's signature printed twice on its line: {name}")
    return found
