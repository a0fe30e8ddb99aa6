"""What a byline value may not be, and how the value of a joint label splits (the line
grammar is ``byline.py``'s).

**No value.**  Two kinds of words stand in a field's place without filling it.  A
*section label* (``byline_pieces.is_section_label``, ``data/section_labels.txt``:
本地新闻, 国际要闻, 要闻) names where the story is filed, never who published it: it is
no source.  A *placeholder* (``data/placeholder_values.txt``) is what a site's content
management system prints in a field the editor left empty (作者:admin, 来源:未知,
作者：暂无), matched whole and case-insensitive: it is no value of any field.  Both are
read as part of the byline and not stored; a word that credits someone, even vaguely
(佚名, 网络), is a value.

**A joint label.**  Two labels of a person and an outlet joined by a slash with no value
between (``作者/来源: 海涵 中评社``, ``来源/作者：``) label one value holding both.  The
names that open it (2-4 Han characters each, ``·`` allowed, no media name) are the
author, the rest is the source, a URL in it the site; an outlet that is a media name
(``title.is_site_name``) may come first instead (``新华社 张三``).  A value of names only
is the author (``作者/来源: 海涵``), one with no name the source, whole
(``作者/来源: 人民日报海外版``).

**An empty item of a bulleted byline.**  A CMS that prints its byline as a bullet list
(``• 文章`` / ``• 时间:2018-12-11 10:00`` / ``• 人已阅读``) keeps the items whose value it
failed to fill: a bullet and a byline label or a word labels are made of (文章, 作者,
来源, an optional colon) with nothing after it, or a page counter whose number was not
printed (a counter noun, ``furniture_grammar``'s, after 人/次 and 已: 人已阅读).  Such an
item is read as part of the byline and not stored (``empty_item``); a bullet item with
any other text is not one.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_pieces import (
    BULLET,
    BULLET_MARKS,
    URL_PIECE,
    Metadata,
    is_section_label,
)
from newsclean.filters.dates import with_variants
from newsclean.filters.furniture_grammar import phrase_grammar
from newsclean.filters.labels import label_parts, label_table
from newsclean.filters.title import is_site_name

# A name of a joint label's value: 2-4 Han characters (海涵, 欧阳修, 弗朗茲·蓋蒂).
JOINT_NAME = regex.compile(r"^[\p{Han}·]{2,4}$")
#: Fields a joint label (作者/来源) joins: a person's and an outlet's.
PERSON_FIELDS, OUTLET_FIELDS = frozenset(("author", "reporter")), frozenset(("source",))


@cache
def placeholders() -> frozenset[str]:
    """A CMS's values for an empty field (``data/placeholder_values.txt``), every script."""
    return frozenset(
        form.lower()
        for (word,) in data_lines("placeholder_values.txt")
        for form in with_variants(word)
    )


def is_no_value(target: str, value: str) -> bool:
    """Whether ``value`` leaves field ``target`` empty: a placeholder, or a section label
    in the source.

    >>> is_no_value("author", "admin"), is_no_value("source", "本地新闻")
    (True, True)
    >>> is_no_value("author", "佚名"), is_no_value("source", "台视新闻")
    (False, False)
    """
    if value.lower() in placeholders():
        return True
    return target == "source" and is_section_label(value)


def is_joint(first: str, second: str) -> bool:
    """Whether two labels' fields are a person's and an outlet's, in either order."""
    fields = {first, second}
    return len(fields & PERSON_FIELDS) == 1 and len(fields & OUTLET_FIELDS) == 1


def _is_name(token: str) -> bool:
    return JOINT_NAME.match(token) is not None and not is_site_name(token)


def split_joint(value: str) -> tuple[str, str, str | None]:
    """(names, outlet, site) of a joint label's value (module docstring).

    >>> split_joint("海涵 中评社"), split_joint("人民日报海外版")
    (('海涵', '中评社', None), ('', '人民日报海外版', None))
    >>> split_joint("新华社 张三 李四")
    ('张三 李四', '新华社', None)
    """
    tokens = value.split()
    urls = [token for token in tokens if "." in token and URL_PIECE.match(token)]
    site = urls[0].split("://")[-1].split("/")[0].lower() if urls else None
    tokens = [token for token in tokens if token not in urls]
    names = 0
    while names < len(tokens) and _is_name(tokens[names]):
        names += 1
    persons, outlet = tokens[:names], tokens[names:]
    if not persons:  # 新华社 张三: the outlet first, when it is a media name
        last = len(tokens)
        while last > 1 and _is_name(tokens[last - 1]):
            last -= 1
        if last < len(tokens) and is_site_name(" ".join(tokens[:last])):
            persons, outlet = tokens[last:], tokens[:last]
    return " ".join(persons), " ".join(outlet), site


@cache
def _empty_counter() -> regex.Pattern[str]:
    """A page counter without its number: 人已阅读, 次浏览."""
    nouns = "|".join(sorted(map(regex.escape, phrase_grammar()["counter"]), key=len, reverse=True))
    return regex.compile(r"(?:已有)?[人次]?已?(?:" + nouns + r")")


def empty_item(line: str) -> Metadata | None:
    """A bulleted byline item left empty (module docstring), else None.

    >>> empty_item("• 文章").labels, empty_item("• 人已阅读").labels
    (['文章'], ['人已阅读'])
    >>> empty_item("• 文章列表") is None, empty_item("文章") is None
    (True, True)
    """
    if line[:1] not in BULLET_MARKS:
        return None
    item = BULLET.sub("", line).strip().rstrip(":：").rstrip()
    if not item or item == line:
        return None
    parts = label_parts()
    if item in label_table() or item in parts["stem"] or item in parts["prefix"]:
        return Metadata(labels=[item])
    return Metadata(labels=[item]) if _empty_counter().fullmatch(item) else None
