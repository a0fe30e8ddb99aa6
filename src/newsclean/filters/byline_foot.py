"""A publisher's name closing the article (round 12).

Some sites print the byline at the article's foot: hk01 copies end with the writer, the
date and the outlet one a line (``撰文: …`` / ``出版：…`` / ``中國時報``), and a copied story
often keeps only the last of them, the outlet's name alone on the line under the last
paragraph or its picture.  A media name alone (``byline_alone.source_line``: a bare name of
at most eight characters, and with ``headline`` a media name, ``title.is_site_name``,
never a section label) on the last line of the body,
under at least one prose paragraph, is then the source, when no line of the page named
one.  A media name inside the article, or above its last paragraph, stays text; so does
any other short line closing the article (a signature, a place, a heading).

Round 27: the name may be introduced by a word of attribution (据人民网, 據中新網, 转自X:
``byline_alone.source_line`` reads the name without it, ``provenance.unattributed``).

Round 28, *an attributed credit below the article* (``attributed_credit``): a line that
is a word of attribution and a media name and nothing else (``据人民日报``, ``據中評社``,
``据Yahoo奇摩新闻``; an e-paper prints it pushed right under a brief, as a signature) is
the story's source wherever it stands under the article's first prose paragraph, even
when the site's teasers or links follow it: "according to X" alone on its line says
nothing of the story, it names where the story came from.  The name must be a media
name (``title.is_site_name``, never a section label), so ``据悉``, ``据报道``, ``据了解``
(an attribution word before no outlet) and a sentence opening with ``据X报道,`` stay.
The outlet may carry its kind of copy (``据新华社电``, ``据中新网消息``).  Round 34: the
outlet may be named by its host, a domain (``据chinanews.com``, as ``source_line`` reads
it) or, for a site served from its bare address, an IPv4 address (``据 202.62.215.15``):
after a word of attribution the address names where the story came from, as a domain
does (a bare address elsewhere, a poster's IP under a post, is no credit).

Round 38: the closing name may carry the template's comment links after it, as a byline
row does (``香港政府新聞網 | 0條評論 | 查看/發表評論``: ``byline_interface.without_interface``);
they are no part of the name; the tool lines may have taken such a row whole, and right
under the last paragraph it is still the publisher's (``_closing_row``).  A *reprint* word
(``转载自X``, ``轉載自X``: reprinted from X) is no attribution of the story's facts but the
site's notice of where it copied the page from (a notice, as ``本文转载自X`` is; the notices
read it); the credit is 据 (according to) and 转自 alone.

Round 43: the closing name may carry a web address after it, spaced off
(``香港政府新聞網 http://www.ymz120.cn``: a copying host prints the outlet it took the story
from and its own address, as it does in the byline row ``海口網 http://www.ymz120.cn 時間:…``):
the address, ``http://`` or ``www.`` and no space in it, closing the line, is no part of the
name, as the comment links are not; a line that is an address alone names no outlet.

Round 37: the closing name may be set in brackets, a pair or the half of one the page
printed (``【FTNN新闻网``: a bracketed byline whose other half was lost), read as a byline
value's brackets are (``byline_clean.trim_value``): the marks are no part of the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.document import Evidence, Placement
from newsclean.filters.byline_alone import source_line
from newsclean.filters.byline_clean import trim_value
from newsclean.filters.byline_interface import BUTTON_OPEN, without_interface
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.provenance import unattributed
from newsclean.filters.record_pieces import IPV4
from newsclean.filters.title import is_prose

#: A web address closing the line after a space (round 43: the copier's address).
TRAILING_ADDRESS = lazy_re(r"[ \t\u3000]+(?:https?://|www\.)[!-~]{1,200}$")


def closing_source(
    lines: Sequence[LineLike | None], body: list[int], placements: list[Placement]
) -> tuple[int, str] | None:
    """(line, source) when the last body line of ``body`` is a media name alone under the
    article (module docstring), else None."""
    placed = [i for i in body if placements[i] == "body"]
    if len(placed) < 2:
        return None
    last = lines[placed[-1]]
    if last is None or not any(is_prose((lines[i] or last).text) for i in placed[:-1]):
        return None
    # a closing name may open with a bracket: 【FTNN新闻网, （新华社）
    text = trim_value(last.text) if last.text[:1] in BUTTON_OPEN else last.text
    text = without_interface(text)  # 香港政府新聞網 | 0條評論 | 查看/發表評論 (round 38)
    text = TRAILING_ADDRESS.sub("", text)  # 香港政府新聞網 http://www.ymz120.cn (round 43)
    name = source_line(text)  # a bare name's shape: 8 characters at most, no clause
    return (placed[-1], name) if name and source_line(name, headline=True) else None


def _text(line: LineLike | None) -> str:
    return "" if line is None else line.text


def _closing_row(
    lines: Sequence[LineLike | None], body: list[int], placements: list[Placement]
) -> tuple[int, str] | None:
    """(line, source) of the row right under the article's last paragraph that the tool
    lines took whole, a media name and the template's comment links (docstring)."""
    placed = [i for i in body if placements[i] == "body"]
    if len(placed) < 2 or not is_prose(_text(lines[placed[-1]])):
        return None
    at = next((k for k in range(placed[-1] + 1, len(lines)) if _text(lines[k]).strip()), None)
    if at is None or placements[at] != "removed":
        return None
    text = _text(lines[at]).strip()
    rest = without_interface(text)
    if rest == text:
        return None  # no comment link peeled: another tool line
    name = source_line(rest)
    return (at, name) if name and source_line(name, headline=True) else None


def attributed_credit(text: str) -> str | None:
    """The media name of a line that is a word of attribution and that name alone.

    >>> attributed_credit("据人民日报"), attributed_credit("据Yahoo奇摩新闻")
    ('人民日报', 'Yahoo奇摩新闻')
    >>> attributed_credit("据悉"), attributed_credit("人民日报"), attributed_credit("据报道")
    (None, None, None)
    >>> attributed_credit("据 202.62.215.15"), attributed_credit("据 1.2.3")
    ('202.62.215.15', None)
    >>> attributed_credit("转载自人民日报"), attributed_credit("转自人民日报")
    (None, '人民日报')
    """
    line = text.strip()
    if len(line) > MAX_CREDIT or unattributed(line) == line or line.startswith(REPRINT):
        return None
    name = unattributed(line)
    for copy in COPY_WORDS:  # the wire's kind of copy after it: 据新华社电
        if name.endswith(copy) and len(name) > len(copy) + 1:
            name = name[: -len(copy)]
            break
    if IPV4.fullmatch(name):
        return name  # 据 202.62.215.15: the site named by its bare address
    return source_line(name, headline=True)


#: A reprint word: the site's notice of where it copied the page from (docstring).
REPRINT = ("转载", "轉載")
#: An attributed credit is short: the word and an outlet's name.
MAX_CREDIT = 24
#: The kind of copy an outlet's name may carry in a credit (据新华社电, 据中新网消息).
COPY_WORDS = ("消息", "电", "電", "讯", "訊")


def _attributed_below(
    lines: Sequence[LineLike | None], body: list[int], placements: list[Placement]
) -> tuple[int, str] | None:
    """(line, source) of an attributed credit under the article's first prose paragraph."""
    prose_seen = False
    for i in body:
        line = lines[i]
        if line is None or placements[i] not in ("body", "heading"):
            continue
        if not prose_seen:
            prose_seen = placements[i] == "body" and is_prose(line.text)
            continue
        if (name := attributed_credit(line.text)) is not None:
            return i, name
    return None


def place_closing_source(
    lines: Sequence[LineLike | None],
    body: list[int],
    placements: list[Placement],
    evidence: list[Evidence | None],
    fields: dict[str, str],
) -> None:
    """Place the publisher's name closing the article as metadata and store it as the
    source, when no line of the page named one (``structure`` asks after the body)."""
    if "source" in fields:
        return
    closing = closing_source(lines, body, placements)
    if closing is not None:
        at, fields["source"] = closing
        placements[at] = "metadata"
        evidence[at] = Evidence("structure", "metadata", "a publisher's name closing the article")
    elif (row := _closing_row(lines, body, placements)) is not None:
        at, fields["source"] = row
        placements[at] = "metadata"
        evidence[at] = Evidence("structure", "metadata", "a publisher's name and its comment links")
    elif (credit := _attributed_below(lines, body, placements)) is not None:
        at, fields["source"] = credit
        placements[at] = "metadata"
        evidence[at] = Evidence("structure", "metadata", "an attributed credit under the article")
