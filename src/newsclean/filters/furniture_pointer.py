"""A read-on pointer and its target: the page's link to the whole text printed elsewhere.

Model (round 43b).  A summary page (a school's news list, a portal's digest, a blog's
excerpt) closes its item with a link to the whole report on another page: a *label* naming
the whole text or its details (``data/pointer_words.txt``: a whole-text word, 全文, 详情,
更多, read more, perhaps with a reading verb, 阅读, 查看, 点击, and a noun saying what the text
is, 报道, 新闻, 文章: ``报道全文``, ``阅读全文``, ``查看详情``), closed by a *pointing mark*
(a dash, an arrow, an ellipsis, a colon: ``报道全文 -``, ``Read more »``) or by nothing, and
the link's *address*.  When the scraper keeps the link's text and its address, the address
lands on the next line (blank lines between), alone: ``报道全文 -`` /
``https://xapp.southcn.com/node_fb07388412?k=…&is_app=1``.  Both lines are the page's
furniture: the address is where the pointer leads, not the article's source, so it is no
notice (``provenance.is_document_address`` reads a lone address as the source's, which
the label above it overrules) and it is not glued to the copyright above it.

What is read:

* ``pointer_label``: the line is covered whole by at most ``MAX_WORDS`` words of the table,
  one of them a whole-text word, and then only the pointing mark (spaces passed over).  A
  label closed by a dash, an arrow or an ellipsis points on wherever it stands (a link's
  label alone, its address lost); a colon or no mark only over an address (``详情:`` may
  head the details that follow in the article).
* ``pointer_lines``: such a label (any closing) and the next non-blank line when it is a
  web address alone (a scheme or ``www.``, a host, no space): both go.

* ``box_more``: a list box's *head and its more-link* on one line: the box's name (a few
  letters, no mark: a section, ``新闻快报``, ``社会万象``), a space, and a pointer's label
  holding a reading verb (``阅读全部``, ``查看更多 >``): the label is the box's link to its
  whole list, the name its title; the list itself the scraper did not keep.  A name with a
  whole-text word alone (``公报 全文``) has no verb and stays.

What keeps the article's lines: the coverage (``全文如下:``, ``公报全文`` name a document the
article prints: 如下 and 公报 are no words of the table), the closing (a heading ``新闻详情``
over a paragraph has no pointing mark), and the address (an address alone under any other
line is judged as before, the source's at the top of a copy).  原文 (the original) is no
word of the table: ``原文链接:`` over an address names the source, a notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.provenance import is_host
from newsclean.filters.word_cover import covering_kind

WORDS = "pointer_words.txt"
#: A label is a few words: a verb, a noun, the whole-text word.
MAX_WORDS = 3
MAX_LABEL = 24
#: The marks that point on by themselves (a dash, an arrow, an ellipsis), and a colon.
POINTING = lazy_re(
    f"(?:[{WHITE_SPACE}]{{0,3}}(?:[-–—>»→▶…]{{1,3}}|\\.{{3}}))[{WHITE_SPACE}]{{0,3}}"
)
COLON = lazy_re(f"[{WHITE_SPACE}]{{0,3}}[:：][{WHITE_SPACE}]{{0,3}}")
#: A web address alone: a scheme or www., then no space.
ADDRESS = lazy_regex(r"(?i)(?:https?://|www\.)[^\s/?#]{1,100}(?:[/?#]\S{0,400})?")
SKIPPED = frozenset(" \u3000")


class Texted(Protocol):
    @property
    def text(self) -> str: ...


def pointer_label(line: str, *, over_address: bool = False) -> bool:
    """Whether ``line`` is a read-on pointer's label (module docstring); ``over_address``:
    an address alone stands under it, so a colon or no mark closes it too.

    >>> pointer_label("报道全文 -")
    True
    >>> pointer_label("报道全文:"), pointer_label("报道全文:", over_address=True)
    (False, True)
    >>> pointer_label("公报全文 -")
    False
    """
    text = line.strip()
    if not text or len(text) > MAX_LABEL:
        return False
    cut = len(text)
    while cut > 0 and not (text[cut - 1].isalnum()):
        cut -= 1  # the closing marks
    words, closing = text[:cut].lower(), text[cut:]
    pointing = POINTING.fullmatch(closing) is not None
    if not pointing and not (over_address and (not closing or COLON.fullmatch(closing))):
        return False
    found = covering_kind(words, WORDS, SKIPPED)
    if not found or len(found) > MAX_WORDS:
        return False
    return "whole" in found


#: A box's name: a few letters (Han, Latin, digits), no mark.
BOX_NAME = lazy_regex(r"[\p{Han}A-Za-z0-9]{2,8}")
BOX_SPLIT = lazy_regex(r"\s{1,8}")


def box_more(line: str) -> bool:
    """A box's name and its more-link (module docstring).

    >>> box_more("新闻快报 阅读全部"), box_more("公报 全文"), box_more("新闻快报")
    (True, False, False)
    """
    text = line.strip()
    if len(text) > MAX_LABEL + 10:
        return False
    parts = BOX_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2 or BOX_NAME.fullmatch(parts[0]) is None:
        return False
    if not pointer_label(parts[1], over_address=True):
        return False
    return "verb" in (covering_kind(parts[1].lower().rstrip(_CLOSING), WORDS, SKIPPED) or ())


_CLOSING = "-–—>»→▶….:： "


def address_alone(line: str) -> bool:
    """A line that is only a web address (a scheme or ``www.``, a host, no space)."""
    text = line.strip()
    if ADDRESS.fullmatch(text) is None:
        return False
    rest = text.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return is_host(host.lower())


def pointer_lines(lines: Sequence[Texted | None]) -> set[int]:
    """The labels over an address and their addresses (module docstring) among ``lines``
    (None for a blank or removed line)."""
    found: set[int] = set()
    label: int | None = None
    for i, line in enumerate(lines):
        if line is None or not line.text.strip():
            continue
        text = line.text
        if label is not None and address_alone(text):
            found.update((label, i))
        label = i if len(text) <= 2 * MAX_LABEL and pointer_label(text, over_address=True) else None
    return found
