"""A credit's names: what a name is and how a credit lists them (the names half of the
grammar in ``credits``' docstring, shared by ``credit_implied``, the credits with no role word).

A name is 2-4 Han characters (``·`` allowed: ``NAME``); names are separated by spaces,
``、``, ``，``, 和 or 及 (``NAME_SEPARATORS``), at most ``MAX_NAMES`` in one credit; names the
page lists with ``、`` only are kept so (``LISTED_NAMES``: ``何玉華、陸運鋒``).  Words of a
caption, a dateline or an agency are no part of a name (``NOT_NAME``: 图, 综合, 报道, 完,
an outlet's last character 社 网 报 台), nor are function characters (``NOT_IN_NAMES``:
``（记者了解到）`` is prose).  Family names of every script (``surnames``,
``data/surnames.txt``) tell a name's length where it is glued to a place.  A credit stands
in a bracket group (``BRACKET_GROUP``) opening before the first sentence mark
(``SENTENCE_MARK``).

Round 38: *a two-character name typeset to three characters' width* (``谢乃龙 华 骁``,
``张　三``: a space between family and given name, so the names line up in a list):
two single characters in a row, the first a family name, are one name
(``with_spaced_names_joined``).  A single character alone is none.

Round 39: *a place where a name would stand* (``马来西亚海内外传媒集团记者吉隆坡报道``,
``本报记者北京报道``: the role, then the place filed from and the report word; the
reporter unnamed): a run that is wholly a place a newsroom files from
(``dateline_place``, ``data/dateline_places.txt``) is the dateline, never a name.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.date_vocab import with_variants
from newsclean.filters.lazy_pattern import lazy_regex

#: A credit names a handful of people per role.
MAX_NAMES = 6
BRACKET_GROUP = lazy_regex(r"[【\[〔(（]([^【\[〔(（】\]〕)）]{1,60})[】\]〕)）]")
SENTENCE_MARK = lazy_regex(r"[，。！？；,]")
NAME = lazy_regex(r"^[\p{Han}·]{2,4}$")
# Names listed with 、 only, kept so: the author reads as the page wrote it.
LISTED_NAMES = lazy_regex(r"[\p{Han}·]{2,4}(?:、[\p{Han}·]{2,4})+")
NAME_SEPARATORS = lazy_regex(r"[\s\u3000、，,]+|(?<=\p{Han}{2})[和及](?=\p{Han}{2})")
# Words that are no part of a name: a caption's, a dateline's, an agency's; round 38, a
# reporter's column (（记者手记）, 记者观察: the role names the column, no writer).
NOT_NAME = lazy_regex(
    r"图|圖|视频|視頻|更新|综合|綜合|报道|报导|報導|報道|快讯|快訊|完|续|續|摄|攝|编|編|译|譯"
    r"|记者|記者|通讯|通訊|新闻|新聞|手记|手記|观察|觀察|[社网網报報台臺]$"
)
#: Function characters that make a closing bracket prose, not names: （记者了解到）.
NOT_IN_NAMES = frozenset("了的到说說称稱是在将將")


@cache
def surnames() -> frozenset[str]:
    """Family names, every script (``data/surnames.txt``)."""
    return frozenset(form for forms in data_lines("surnames.txt") for form in forms)


@cache
def _dateline_places() -> frozenset[str]:
    return frozenset(
        form for (place, *_) in data_lines("dateline_places.txt") for form in with_variants(place)
    )


def dateline_place(run: str) -> bool:
    """Whether ``run`` is wholly a place a newsroom files from (module docstring).

    >>> dateline_place("吉隆坡"), dateline_place("臺北"), dateline_place("吉星文")
    (True, True, False)
    """
    return run in _dateline_places()


def person_name(name: str) -> bool:
    """A family name of one or two letters and one or two given-name characters (the shape
    every reader of a person's name asks: ``byline_pieces.is_person_name``, the captions'
    names, ``byline_lead``).

    >>> person_name("王小明"), person_name("欧阳修"), person_name("王"), person_name("新华社")
    (True, True, False, False)
    """
    return any(name[:n] in surnames() and 1 <= len(name) - n <= 2 for n in (1, 2))


def with_spaced_names_joined(tokens: list[str]) -> list[str]:
    """``tokens`` with each single family-name character and the single character after
    it joined (module docstring).

    >>> with_spaced_names_joined(["谢乃龙", "华", "骁"]), with_spaced_names_joined(["的", "人"])
    (['谢乃龙', '华骁'], ['的', '人'])
    """
    if all(len(token) > 1 for token in tokens):
        return tokens
    joined: list[str] = []
    for token in tokens:
        if len(token) == 1 and joined and len(joined[-1]) == 1 and joined[-1] in surnames():
            joined[-1] += token
        else:
            joined.append(token)
    return joined
