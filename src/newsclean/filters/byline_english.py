"""The value of an English byline label on a Chinese page (round 12).

Chinese pages made with an English CMS template, a HOWTO mirror's section head or an
overseas portal print the template's English label before a Chinese value:
``Contributed by 李晓辉``, ``By 张三``, ``Edited by 王五``, ``Last Update: 2012年9月9日``,
``Posted on 2020年1月2日`` (``data/metadata_labels.txt``).  A date label's value is held to the
date grammar as any other.  A person's label (author, reporter, editor) in English is an
ordinary English word too (By 2030, …; By the end of the year …), so its value must be a
*name*: one to eight Han names (2-8 characters with ·) separated by spaces, 、 or commas,
or a romanised name of one to five capitalised words (``KhoGuan Phuann``).  Anything else
is the English sentence it is, and the line stays prose.

Both alternatives are linear: each repetition opens with a separator the name before it
cannot hold, and a value longer than ``MAX_NAME_VALUE`` is refused before matching.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

#: Fields whose value names a person.
PERSON_FIELDS = frozenset(("author", "reporter", "editor", "correspondent"))
#: A byline value is at most this long (``byline_store.MAX_VALUE_LENGTH``).
MAX_NAME_VALUE = 40
NAME_VALUE = lazy_regex(
    r"^(?:[\p{Han}·]{2,8}(?:(?:[ \t\u3000]+|[ \t\u3000]*[、,，][ \t\u3000]*)[\p{Han}·]{2,8}){0,7}"
    r"|[A-Z][A-Za-z'’.\-]{0,20}(?:[ \t]+[A-Z][A-Za-z'’.\-]{0,20}){0,4})$"
)


def is_english_label(label: str) -> bool:
    """Whether a byline label is written in English (Latin letters)."""
    return label.isascii() and any(char.isalpha() for char in label)


def english_value_ok(target: str, raw: str, value: str) -> bool:
    """Whether ``value`` (``raw`` cleaned) may follow an English label of field ``target``:
    a name for a person's field (see the module docstring); any value the grammar accepts
    otherwise.  Words the cleaning took away whole (a tool word: Posted on Facebook by …)
    leave an English sentence, not an empty field.

    >>> english_value_ok("author", "李晓辉", "李晓辉")
    True
    >>> english_value_ok("author", "2030, the city will", "2030, the city will")
    False
    """
    if not value:
        return not raw.strip(" \t\u3000:：")
    if target not in PERSON_FIELDS:
        return True
    return len(value) <= MAX_NAME_VALUE and NAME_VALUE.match(value) is not None
