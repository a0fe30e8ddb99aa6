"""A joint label's value and a bulleted byline's empty item (split from ``byline_values`` by
job in round 42; the grammar: byline.py).

**A joint label.**  Two labels of a person and an outlet joined by a slash with no value
between (``作者/来源: 海涵 中评社``, ``来源/作者：``) label one value holding both.  The
names that open it (2-4 Han characters each, ``·`` allowed, no media name; or names
listed with 、 in one token, ``张三、李四 新华社``) are the author, the rest is the source, a
URL in it the site; an outlet that is a media name (``title.is_site_name``) may come first
instead (``新华社 张三``).  A value of names only is the author (``作者/来源: 海涵``), one
with no name the source, whole (``作者/来源: 人民日报海外版``).

**An empty item of a bulleted byline.**  A CMS that prints its byline as a bullet list
(``• 文章`` / ``• 时间:2018-12-11 10:00`` / ``• 人已阅读``) keeps the items whose value it
failed to fill: a bullet and a byline label or a word labels are made of (文章, 作者,
来源, an optional colon) with nothing after it, or a page counter whose number was not
printed (a counter noun, ``furniture_grammar``'s, after 人/次 and 已: 人已阅读).  Such an
item is read as part of the byline and not stored (``empty_item``); a bullet item with
any other text is not one.  So is a question page's answer count alone on its line under
the poster's row (``共1个回答``: ``byline_interface.is_answer_count``, round 16).

**A value whose label was printed empty** (round 45).  A CMS template prints each field as
``LABEL: VALUE``; when the label's own string is empty in the site's language pack (or the
template never fills it), the line opens with the colon and a space: ``: 屬會動態`` over the
date (hksichuan.org: the section a member association's news is filed under).  A colon
opens no headline and no sentence (Chinese prose puts the colon after what it introduces),
so a line that opens with a colon and holds a short value (``MAX_UNLABELLED`` letters, at
least two of them Han, no sentence mark nor bracket) is a field of the desk's record whose
name was lost: read as part of the byline and not stored (``unlabelled_value``); a line
opening with a colon and going on as a clause (``:因为…，…``) is not one.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_interface import is_answer_count
from newsclean.filters.byline_pieces import (
    BULLET,
    BULLET_MARKS,
    MAX_LISTED,
    URL_PIECE,
    Metadata,
)
from newsclean.filters.furniture_grammar import phrase_grammar
from newsclean.filters.labels import label_parts, label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name

# A name of a joint label's value: 2-4 Han characters (海涵, 欧阳修, 弗朗茲·蓋蒂).
JOINT_NAME = lazy_regex(r"^[\p{Han}·]{2,4}$")
#: Fields a joint label (作者/来源) joins: a person's and an outlet's.
PERSON_FIELDS, OUTLET_FIELDS = frozenset(("author", "reporter")), frozenset(("source",))


def is_joint(first: str, second: str) -> bool:
    """Whether two labels' fields are a person's and an outlet's, in either order."""
    fields = {first, second}
    return len(fields & PERSON_FIELDS) == 1 and len(fields & OUTLET_FIELDS) == 1


def _is_name(token: str) -> bool:
    """A person's name, or names listed with 、 (张三、李四、王五: co-authors as printed)."""
    names = token.split("、")
    return len(names) <= MAX_LISTED and all(
        JOINT_NAME.match(name) is not None and not is_site_name(name) for name in names
    )


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


#: The longest value after an empty label: a section's or column's name, not a clause.
MAX_UNLABELLED = 16
#: A Han letter of the value, compiled once (round 47: a module-level
#: ``regex`` call looks the pattern up in its cache at some 25 us).
HAN_LETTER = lazy_regex(r"\p{Han}")
# A colon (half, full width, or the vertical form) opening the line, then the short value.
UNLABELLED = lazy_regex(r"^[:：︰][ \t\u3000]*([\p{Han}\p{Latin}\p{N}·・ ]+)$")


def unlabelled_value(line: str) -> Metadata | None:
    """A field's value after a label printed empty (module docstring), else None.

    >>> unlabelled_value(": 屬會動態").labels, unlabelled_value("：新闻中心").labels
    ([':'], [':'])
    >>> unlabelled_value("麥美娟:區會履職制"), unlabelled_value(": 他说，明天再来")
    (None, None)
    """
    found = UNLABELLED.match(line.strip())
    if found is None:
        return None
    value = found.group(1).strip()
    if len(value) > MAX_UNLABELLED or len(HAN_LETTER.findall(value)) < 2:
        return None
    return Metadata(labels=[":"])


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
    if (unlabelled := unlabelled_value(line)) is not None:
        return unlabelled
    if line[:1] not in BULLET_MARKS:
        return Metadata(labels=[line.strip()]) if is_answer_count(line) else None
    item = BULLET.sub("", line).strip().rstrip(":：").rstrip()
    if not item or item == line:
        return None
    parts = label_parts()
    if item in label_table() or item in parts["stem"] or item in parts["prefix"]:
        return Metadata(labels=[item])
    return Metadata(labels=[item]) if _empty_counter().fullmatch(item) else None
