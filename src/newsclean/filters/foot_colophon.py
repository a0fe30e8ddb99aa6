"""The site's colophon in the page's foot, read as one block (round 42; ``structure`` asks it
with the foot's zone, before ``foot_notices.foot_furniture``).

**Model (layout and the registry's fields).**  A mainland site closes every page with its
colophon: who guides, sponsors and runs it (``指导单位:…``, ``主办单位:…``, ``承办单位:…``),
how to reach it (``联系方式:… 电话:…``, ``QQ群:…``) and, last, the state's filing of the site
(``京公网安备11011502038427``, ``京ICP备…号``).  The line readers know each kind alone
(``furniture_contact.registry_fields``: a registry line beside a licence line goes), but a
colophon is printed over several lines, a field's value running on to lines of its own (a
list of organs under ``指导单位:``) and a contact line between the sponsor and the filing;
what makes the lines one block is their place, between the sponsor's field and the filing:

* the *filing*: a licence line (``registry_fields`` reads a licence field in it) after the
  article's last paragraph (prose: ``foot_notices.is_paragraph``), whatever structure placed
  it (the copyright notice, or removed);
* the *sponsor*: the topmost registry field line (``主办单位:X``, ``指导单位:X``: a sponsor's
  or a seat's label, ``registry_fields``) in the run of lines right above the filing;
* every line between them is the colophon's when it is a registry field line, a *contact
  field* (a label of at most ``MAX_LABEL`` letters holding a contact word of
  ``data/contact_words.txt`` or 联系/聯繫, its colon, a value; no sentence stop), a line a
  reader already took (removed, copyright, metadata), or a *running value*: a unit's name
  alone (letters only, at most ``MAX_NAME``, ending in a word of ``data/organ_endings.txt``:
  a state organ's level, an institution's kind, a firm's legal form) right under a registry
  line or another running value (``国家电网公司农电工作部`` under ``指导单位:国家能源局…``).
  A line of any other kind ends the run: the colophon is not there.

What stays: an event's organisers closing its story (roles alone, ``主办:全国政协办公厅
承办:人民大会堂管理局``, naming bodies the article's paragraphs name: the registry reader's
round-37 test, ``furniture_contact.MIN_SPONSOR_ECHO`` pairs), which ends the run as a line of
another kind; an article's closing contact lines above the sponsor (``联系人:张三`` /
``联系电话:…``: the block starts at the sponsor, so they are above it), a paragraph, a
colophon with no filing under it (the registry readers judge its lines alone), and any
line between the sponsor and the filing that is none of the kinds (the run is then not read
at all).  When in doubt a line stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.credit_unit import unit_endings
from newsclean.filters.foot_notices import is_paragraph, last_paragraph
from newsclean.filters.furniture_contact import MIN_SPONSOR_ECHO, ROLE, SPONSOR, registry_fields
from newsclean.filters.furniture_sitefoot import contact_words
from newsclean.filters.lazy_pattern import lazy_regex

#: A contact field's label: at most this many letters before its colon.
MAX_LABEL = 8
#: A running value: a name alone, at most this long.
MAX_NAME = 30
#: A label and its colon opening the line (a bullet or spaces before it).
LABEL = lazy_regex(rf"^[\s•·・*-]*([\p{{Han}}A-Za-z]{{2,{MAX_LABEL}}})\s?[:：]\s?\S")
#: A name alone: Han letters, Latin letters and digits, nothing else.
NAME = lazy_regex(rf"[\p{{Han}}A-Za-z0-9]{{2,{MAX_NAME}}}")
#: A sentence's stop: no field of a colophon holds one.
STOP = lazy_regex(r"[。！？!?；;]")
#: The general word of contact a label may hold besides the channels (联系方式, 聯繫電話).
CONTACT_STEMS = ("联系", "聯繫", "聯系")
#: What the colophon's lines say in ``--explain``.
DETAIL = "a line of the site's colophon, between its sponsor's field and its filing"


@cache
def _contact_words() -> tuple[str, ...]:
    return (*sorted(contact_words("contact")), *CONTACT_STEMS)


def unit_name(text: str) -> bool:
    """A unit's name alone: letters and digits only, ending in an organ's, an institution's
    or a firm's word.

    >>> unit_name("国家电网公司农电工作部"), unit_name("北京国宇出版有限公司")
    (True, True)
    >>> unit_name("相关报道")
    False
    """
    return NAME.fullmatch(text) is not None and text.endswith(unit_endings())


def contact_field(text: str) -> bool:
    """A contact field: a label holding a word of contact, its colon and a value, no stop.

    >>> contact_field("联系方式:北京市大兴区地盛北街2号院17号楼 电话:010-63231594")
    True
    >>> contact_field("QQ群:11979641(已满) 173615127  122166702"), contact_field("记者:张三")
    (True, False)
    """
    label = LABEL.match(text)
    if label is None or STOP.search(text) is not None:
        return False
    lowered = label.group(1).lower()
    return any(word in lowered for word in _contact_words())


def colophon_lines(
    text_of: Callable[[int], str],
    placements: Sequence[str],
    reasons: Sequence[str | None],
) -> dict[int, str]:
    """The content lines of the site's colophon (module docstring), each with its evidence;
    ``text_of`` gives any line's text (a line the spam step removed reads blank),
    ``placements`` and ``reasons`` every line's so far."""
    count = len(placements)
    last = last_paragraph(text_of, placements)
    if last is None:
        return {}
    filing = next(
        (i for i in range(count - 1, last, -1) if _licence(text_of(i).strip())),
        None,
    )
    if filing is None:
        return {}  # most pages: no filing under the article
    run: list[tuple[int, str]] = []  # (line, kind) upwards from the filing
    story: list[str] = []  # the article's paragraphs, joined when a sponsor line asks
    for i in range(filing - 1, last, -1):
        text = text_of(i).strip()
        if not text or placements[i] == "blank" or reasons[i] == "spam":
            continue
        kind = _kind(text, placements[i])
        if kind == "registry" and _organisers(text, story, last, text_of, placements):
            kind = "other"  # an event's organisers closing the story (round 37's test)
        run.append((i, kind))
        if run[-1][1] == "other":
            break
    sponsor = max((k for k, (_, kind) in enumerate(run) if kind == "registry"), default=None)
    if sponsor is None or any(kind == "other" for _, kind in run[:sponsor]):
        return {}
    block = list(reversed(run[: sponsor + 1]))  # page order, the sponsor first
    for (_, above), (_, kind) in pairwise(block):
        if kind == "name" and above not in ("registry", "name"):
            return {}  # a name alone is a running value only under a field
    return {i: DETAIL for i, kind in block if kind != "taken" and placements[i] in CONTENT}


#: The placements a colophon line may still hold, to be taken.
CONTENT = ("body", "heading")


def _organisers(
    text: str,
    story: list[str],
    last: int,
    text_of: Callable[[int], str],
    placements: Sequence[str],
) -> bool:
    """Roles alone (主办, 承办) naming bodies the article's paragraphs name: the story's."""
    fields = registry_fields(text)
    if fields is None or fields[1] or not all(ROLE.fullmatch(label) for label in fields[0]):
        return False
    if not story:
        story.append(
            "\n".join(
                text_of(i)
                for i in range(last + 1)
                if placements[i] == "body" and is_paragraph(text_of(i).strip())
            )
        )
    names = han_pairs(SPONSOR.sub(" ", text))
    return sum(pair in story[0] for pair in names) >= MIN_SPONSOR_ECHO


def _licence(text: str) -> bool:
    fields = registry_fields(text) if text else None
    return fields is not None and fields[1]


def _kind(text: str, placement: str) -> str:
    """``taken`` (a reader's), ``registry``, ``contact``, ``name`` or ``other``."""
    if placement in ("removed", "copyright", "metadata"):
        return "taken"
    if registry_fields(text) is not None:
        return "registry"
    if contact_field(text):
        return "contact"
    if unit_name(text):
        return "name"
    return "other"
