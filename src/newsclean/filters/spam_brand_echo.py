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

*A keyword's title echo* (``title_echoes``): the same template fills a page title's two
slots, the headline's and the site name's, with one keyword: ``K-K`` (a title separator
between), alone on its line or behind a reading page's label (``正在阅读:K-K``: a few Han
characters and a colon).  ``K`` is one word (two to ``MAX_KEYWORD`` Han, Latin letters or
digits, no separator); alone on a line it says nothing, so it must be *foreign to the
article*: no Han pair of it, as printed or simplified, in the page's other lines not judged
spam.  A site's real title names the site after the headline, not the headline again, and a
headline is named again by its article.  A keyword must hold a Han pair to be judged so: a
tie's score (``第二节:20-20``, ``108-108``) has none, and no article names it again, so a
keyword with no Han pair is never an echo (round 39 review).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import HAN_SCRIPT, WHITE_SPACE, lazy_re
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_brand import brand_name, suffixes
from newsclean.filters.spam_verdict import SpamVerdict

#: A signature printed this many times at most on the line.
MAX_ECHOES = 4
#: What may part the echoes: spaces and the separators of a list or a title.
JOINERS = lazy_re(r"[\s|_丨/\-—–·,，、]+")
#: A title echo's keyword is at most this many characters.
MAX_KEYWORD = 12
#: ``K-K``, behind a reading page's label or not (module docstring); bounded, no nesting.
TITLE_ECHO = lazy_re(
    rf"^(?:[{HAN_SCRIPT}]{{2,6}}[:：][{WHITE_SPACE}]*)?([{HAN_SCRIPT}a-z0-9]{{2,{MAX_KEYWORD}}})"
    rf"[{WHITE_SPACE}]*[-_|｜—–][{WHITE_SPACE}]*\1$"
)


def _signed(probe: str) -> bool:
    """The cheap precondition: the line ends with a signature's word (simplified)."""
    tail = probe.rstrip()
    return tail.endswith(suffixes())  # a tuple: every suffix tried in C


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


def title_echoes(
    texts: Sequence[str], probes: Mapping[int, str], verdicts: Sequence[SpamVerdict]
) -> dict[int, tuple[str, str]]:
    """The lines that are one keyword's title echo, foreign to the article (module
    docstring; index -> keyword, why).

    >>> page = ["正在阅读:金鼎娱乐-金鼎娱乐", "", "  台风外围云系带来明显降水。"]
    >>> title_echoes(page, {0: page[0]}, [SpamVerdict(False, 0.0, (), 0)] * 3)[0][0]
    '金鼎娱乐'
    """
    article: Article | None = None
    found: dict[int, tuple[str, str]] = {}
    for i, probe in probes.items():
        echo = TITLE_ECHO.match(probe.strip())
        if echo is None or verdicts[i].is_spam:
            continue
        if not han_pairs(echo.group(1)):
            continue  # a tie's score, 20-20: nothing to judge foreign (module docstring)
        printed = TITLE_ECHO.match(texts[i].strip().lower())
        forms = {echo.group(1)} | ({printed.group(1)} if printed else set())
        article = article or Article(texts, verdicts)
        if not any(article.without(i).names(han_pairs(form)) for form in forms):
            keyword = echo.group(1)
            found[i] = (keyword, f"a keyword's title echo, foreign to the article: {keyword}")
    return found
