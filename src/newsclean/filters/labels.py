"""The label table and label pattern of the byline grammar (the grammar is in
``byline.py``'s docstring).

``label_table`` lists every label, in every script, with the field it fills: each
``[prefix] stem [suffix]`` of one field of ``data/metadata_labels.txt`` and each whole
label, with the traditional forms of every part (``data/traditional_variants.txt``).
``label_pattern`` finds a label candidate and what follows it in one pass: the words of
all fields as tries (``label | prefix? stem suffix?``), a few hundred words instead of
every combination; ``is_label`` then keeps a candidate only when the table has it and
its separator suits it.

Two boundaries beyond ``byline.py``'s separators (round 10): a label may follow a date's
last character, 日/号 after a digit, when a colon follows it (``2020年1月1日来源:警务处``:
a date ends at 日 as it ends at a digit; without the colon, 1月1日记者… is prose); and a
verb + 于 label of the publication time may end the line after a lead, its time not
printed (``杨思瑞 发表于``: a forum archive's poster line).  A lower-case ``l`` between
spaces after a label is its bar separator as a mirror retyped it (``作者 l Hollis``).
Round 33: a verb + 于 label of a time may be glued to the digits of its date, no colon
or space between (``发布于09/09/2012``, ``發佈於2025-10-24``, a Myanmar portal's row): the
preposition says a time follows, as a colon would; a label of any other kind glued to a
digit stays text (``时间20分钟``).  Round 36: or to its English month (``發佈於Jan 30,
2016``, a Myanmar portal's row after 文章類型:), which a date's English head opens.
Round 31: a Latin label glued to the date's 日 needs no colon, a space after it is
enough (``2025年11月12日By 聯合報``): the change of script parts it from the date as the
colon parts a Han label.  Round 15: a colon is read in any of its code points
(``COLON_FORMS``: ``撰文︰顧青玄``);
the posting preposition alone (``於``, its verb left out) after a lead and a
space, the date after it (``鳥羽  於 2002/08/12 22:37``, a web BBS's poster line); an
English label of a person (By, Written by) is read in lower case too, as a
blog theme prints it mid-line (``December 12, 2019 by Hao Yi Xu``); the English entry
line's connectives, ``on`` (the date) and ``in`` (the category, not stored), are labels
only on a line an English label of the table opens (``Posted by 张三 on April 10, 2020 in
新闻``): elsewhere they are English words (``Report on April 10, 2020`` stays prose).
Round 38: the writer's one-character label 文 may be followed by spaces when a person's
name follows it whole, ended by the line's end or a gap (``文 王辛``, ``文 上官文静  来源于
…``, ``文 熊家余 姚亚奇``, and one space before a date or the next label: ``文 韩丹 编辑
冯凯``): each a family name and one or two given characters (``credit_names.person_name``);
a word after it is prose or a heading (``文 明 城 市``, ``文 化``).  Round 42: a writer's or
picture's word right behind a person's name and a slash is that name's role, printed after
it (``张劲松/文 金月全/图``, ``byline_postfix``), no label opening the next value.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

import regex

from newsclean.data import data_lines
from newsclean.filters.byline_english import PERSON_FIELDS
from newsclean.filters.byline_postfix import is_postfix_role
from newsclean.filters.credit_names import person_name
from newsclean.filters.date_vocab import date_words
from newsclean.filters.dates import with_variants
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

#: A colon's other code points, read as the full-width colon: the vertical presentation
#: form ︰ (U+FE30, Hong Kong sites), the small colon ﹕ (U+FE55) and the ratio sign ∶
#: (U+2236, Word's colon): a reading copy only, one character for one, so the line and
#: the widths it prints are untouched.
COLON_FORMS = str.maketrans({"\ufe30": "：", "\ufe55": "：", "\u2236": "："})
OTHER_COLONS = lazy_re("[\ufe30\ufe55\u2236]")


def with_colons_read(line: str) -> str:
    """``line`` with a colon's other code points read as ``：`` (``COLON_FORMS``); a line
    without one is returned as it is, after one search."""
    return line.translate(COLON_FORMS) if OTHER_COLONS.search(line) else line


#: A place's clock as a time label (round 38): 2-6 Han glued to 时间, a colon, a date's
#: first character.  Checked by a substring test first: most lines hold no 时间/時間.
PLACE_TIME = lazy_regex(
    r"(?:^|(?<=[ \t\u3000|｜]))(?P<label>\p{Han}{2,6}?(?:时间|時間))[ \t]{0,2}[:：][ \t]{0,2}"
    r"(?=\d|星期|民)"
)
#: A label of another field on the line: a Han word and a colon.
OTHER_LABEL = lazy_regex(r"(?P<word>\p{Han}{1,6})[ \t]{0,2}[:：]")
LOCAL_TIME = "当地时间"


def with_place_time_read(line: str) -> str:
    """``line`` with a place's time label read as the time label and the place's clock as
    the date's zone (round 38): ``意大利时间:2017-02-02 05:00 作者:admin`` is read as
    ``时间:当地时间 2017-02-02 05:00 作者:admin``.  A zone word of ``data/date_words.txt``
    (北京时间, 美东时间) keeps its offset; another place's clock is local time (its
    offset not printed), and is read so only on a byline: another field's label on the
    line (``作者:``), since an event's time (``活动时间:``) is no label of a place.  A label of
    the table (``发布时间``, and a name glued before one: ``新华网發布時間``) is left to it.

    >>> with_place_time_read("意大利時間:2014年08月19日 作者:admin 閱讀:")
    '時間:当地时间 2014年08月19日 作者:admin 閱讀:'
    >>> with_place_time_read("北京时间:2017-02-02"), with_place_time_read("活动时间:2024-05-01")
    ('时间:北京时间 2017-02-02', '活动时间:2024-05-01')
    """
    if "时间" not in line and "時間" not in line:
        return line
    found = PLACE_TIME.search(line)
    if found is None:
        return line
    label = found["label"]
    if any(label[k:] in label_table() for k in range(len(label) - 2)):
        return line  # 发布时间, 新华网發布時間: a label of the table, a name glued before it
    zone = label if label in date_words()["zone"] else None
    if zone is None:
        rest = line[found.end() :]
        table = label_table()
        words = [m["word"] for m in OTHER_LABEL.finditer(rest)]
        if not any(word in table or word[-2:] in table for word in words):
            return line
    stem = label[-2:]
    return f"{line[: found.start()]}{stem}:{zone or LOCAL_TIME} {line[found.end() :]}"


#: English connective labels (on DATE, in CATEGORY, not stored) and their fields: labels
#: only on a line an English label opens (``connective_labels``), kept out of the label
#: trie so that no other line pays for two-letter English words.
CONNECTIVES = {"on": "published_at", "in": "ignore"}
CONNECTIVE = lazy_regex(r"(?<=[ \t])(?P<label>on|in)(?P<space>[ \t]{1,6})(?=\S)")
ENGLISH_OPENING = lazy_regex(r"[ \t]{0,3}[A-Z][a-z]{1,12}(?: [a-z]{2,3})?")

#: The dots a text or picture label may take for its separator (``文.张三``; round 30, a
#: magazine's hyphenation point or katakana middle dot: ``文‧陳淑美 圖‧岳雷``, Taiwan
#: Panorama): only 文 and 图 take one (``label_pattern``, ``is_label``).  The middle dot
#: U+00B7 joins a foreign name's parts (马克·吐温) and is none of them.
DOTS = ".．‧・"
#: Round 38: a person's name whole after a one-character writer's label and its spaces,
#: ended by the line's end or a gap (two spaces, an ideographic space, a bar).
#: The names are read word by word; the first word that is no name must end them.
SPACED_WRITER = lazy_regex(r"[\p{Han}·]{2,4}(?:[ 、][\p{Han}·]{2,4}){0,3}")
#: What ends the names: the line's end, a gap, a bar or slash, or one space before a date.
WRITER_END = lazy_regex(r"$|[ \t]{2}|\u3000|[ \t]?[|｜/／]|[ \t]\d")
WRITER_LABELS = frozenset(("文",))
#: The longest label asked after the names and one space (责任编辑, 发表时间).
MAX_NEXT_LABEL = 6
#: The fields whose value is a date.
TIME_FIELDS = frozenset(("published_at", "updated_at"))
#: Name-like fields, whose labels may be followed by spaces instead of a colon.
SPACED_FIELDS = frozenset(("published_at", "updated_at", "source", "author", "reporter", "editor"))


@cache
def label_parts() -> dict[str, set[str]]:
    """kind (stem, prefix, suffix, label) -> its words in every script, all fields together:
    the label pattern is built from these small sets, and ``label_table`` says which
    combinations are labels."""
    parts: dict[str, set[str]] = {"stem": set(), "prefix": set(), "suffix": set(), "label": set()}
    for target, kind, word in data_lines("metadata_labels.txt"):
        parts[kind].update(_forms(target, word))
    return parts


def _forms(target: str, word: str) -> tuple[str, ...]:
    """``word`` in every script; an English label of a person's field also in lower case
    (``by Hao Yi Xu``: a blog theme's entry line prints the credit mid-line; its value is
    held to a name, ``byline_english.py``)."""
    forms = with_variants(word)
    if target in PERSON_FIELDS and word.isascii() and word.lower() != word:
        return (*forms, word.lower())
    return forms


@cache
def label_table() -> dict[str, str]:
    """Every label, in every script, and the field it fills (see the module docstring)."""
    parts: dict[str, dict[str, list[str]]] = {}
    whole: list[tuple[str, str]] = []
    for target, kind, word in data_lines("metadata_labels.txt"):
        if kind == "label":
            whole.append((word, target))
        else:
            parts.setdefault(target, {"stem": [], "prefix": [], "suffix": []})[kind].append(word)
    table: dict[str, str] = dict(CONNECTIVES)
    for word, target in whole:
        for form in _forms(target, word):
            table.setdefault(form, target)
    for target, lists in parts.items():
        for prefix, stem, suffix in product(
            ["", *lists["prefix"]], lists["stem"], ["", *lists["suffix"]]
        ):
            for forms in product(
                *(with_variants(p) if p else ("",) for p in (prefix, stem, suffix))
            ):
                table.setdefault("".join(forms), target)
    return table


#: Round 36: an English month and its day, glued after a verb + 于 label (發佈於Jan 30).
GLUED_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d"


@cache
def label_pattern() -> regex.Pattern[str]:
    """A label candidate and what follows it; ``is_label`` decides whether the separator
    suits the label (one pass of the label trie per position: every line is searched).
    A label word glued behind a template's sigil (``$editor``, ``{author``, ``%EDITOR``,
    ``site_editor``) is part of a variable's name, no label."""
    return regex.compile(
        r"(?P<open>[【\[〔]\s{0,2})?(?:(?<![\p{Han}A-Za-z$%{_])|(?<=\d[日号號])(?P<dated>))"
        r"(?P<label>" + _label_words() + r")"
        rf"(?:(?P<punct>\s{{0,3}}(?:[:：/／|｜丨]|[{DOTS}](?=\s{{0,2}}\p{{Han}}))"
        r"|[ \t]{1,3}l(?=[ \t]))"
        r"|(?P<close>\s{0,2}[】\]〕])"
        r"|(?P<space>[ \t\u3000]{1,6})(?=[^\s:：/／|｜丨])"
        # glued to a name, which a colon would make a label instead (发布时间 :)
        r"|(?=[\p{Han}·]{2,4}(?:[\s\u3000/／|｜丨、)）】\]〕]|$))(?![\p{Han}·]{2,4}\s{0,3}[:：])"
        # nothing after it: the value was not printed (杨思瑞 发表于)
        r"|(?P<end>[ \t\u3000]{0,6}$)"
        # glued to the digits of its date (发布于09/09/2012): a verb + 于 time label; round
        # 36, or to its English month (發佈於Jan 30, 2016)
        r"|(?P<digit>(?=\d|" + GLUED_MONTH + ")))"
    )


@cache
def glued_label_pattern() -> regex.Pattern[str]:
    """A label glued behind the value before it and followed by a colon
    (``来源 :河北新闻网责任编辑 :韩晓寒``): the colon, not a space, says where the value
    ends.  Searched only inside the value of a label found by ``label_pattern``."""
    return regex.compile(r"(?<=[\p{Han}A-Za-z])(?P<label>" + _label_words() + r")\s{0,3}[:：]")


@cache
def label_start() -> regex.Pattern[str]:
    """Where a ``label_pattern`` match can begin its label: a first character of a label,
    prefix or stem not glued to a letter.  A line without one holds no label, and this
    character-class search is far cheaper than the label trie at every position."""
    parts = label_parts()
    words = parts["label"] | parts["prefix"] | parts["stem"]
    if "" in words:  # an empty word would let a label begin anywhere
        return regex.compile(r"")
    chars = "".join(regex.escape(char) for char in sorted({word[0] for word in words}))
    return regex.compile(r"(?:(?<![\p{Han}A-Za-z$%{_])|(?<=\d[日号號]))[" + chars + "]")


@cache
def label_context() -> regex.Pattern[str]:
    """What every labelled line contains: a separator, a bracket, a space, or a reporter
    stem (the only labels that may be glued to their value)."""
    stems = [
        form
        for target, kind, word in data_lines("metadata_labels.txt")
        if target == "reporter" and kind == "stem"
        for form in with_variants(word)
    ]
    return regex.compile(rf"[:：/／|｜丨【\[〔{DOTS}\s]|" + word_pattern(stems))


def _label_words() -> str:
    """prefix? stem suffix? over all fields, or whole labels (which combinations are real
    labels is checked against ``label_table``): a pattern of a few hundred words instead
    of every combination, so it compiles several times faster.  The combinations come
    first: a whole label that opens a longer combination (发布 of 发布时间) would otherwise
    be taken with the glued-name branch after it, and the longer label, spaced from its
    date (``發佈時間 2020-06-25``, round 27), never tried."""
    parts = label_parts()
    return (
        f"{word_pattern(parts['prefix'])}?{word_pattern(parts['stem'])}"
        + f"{word_pattern(parts['suffix'])}?"
        + "|"
        + word_pattern(parts["label"])
    )


def connective_labels(line: str, found: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The connective labels (``on``, ``in``) of ``line`` outside the labels ``found``
    when an English label of the table opens it (Posted by, Posted on, By), else none."""
    opening = ENGLISH_OPENING.match(line) if line[:1].isascii() else None
    if opening is None or not any(
        label_table().get(opening.group()[:end]) for end in range(len(opening.group()), 1, -1)
    ):
        return []
    return [
        match
        for match in CONNECTIVE.finditer(line)
        if not any(label.start() <= match.start() < label.end() for label in found)
    ]


def _bare_posting(match: regex.Match[str]) -> bool:
    """The posting preposition alone (``於``) after a lead and spaces: a poster line."""
    start = match.start()
    return match["label"] in ("于", "於") and start > 1 and match.string[start - 1] in " \u3000"


def _spaced_writer(match: regex.Match[str]) -> bool:
    """文 and spaces before a person's name, whole (``文 王辛``; round 38)."""
    if match["label"] not in WRITER_LABELS:
        return False
    text, start = match.string, match.end()
    found = SPACED_WRITER.match(text, start)
    if found is None:
        return False
    end = start
    for word in re.split("[ 、]", found.group()):
        if word in label_table() or not person_name(word):
            break
        end += len(word) + 1
    if end == start:
        return False
    end -= 1  # the separator after the last name
    if WRITER_END.match(text, end) is not None:
        return True
    after = text[end + 1 : end + 1 + MAX_NEXT_LABEL]  # one space, then the next label
    return text[end] == " " and any(after[:n] in label_table() for n in range(2, len(after) + 1))


def is_label(match: regex.Match[str]) -> bool:
    """Whether a label candidate is a label of the grammar and the separator after it
    suits it (see the module docstring)."""
    # All five groups in one call (each named look-up costs as much as the lot).
    opening, dated, label, punct, close, space, end, digit = match.groups()
    target = label_table().get(label)
    if target is None:
        return False  # prefix and stem of different fields: 本报来源
    if is_postfix_role(match.string, match.start("label"), target):
        return False  # 张劲松/文 金月全/图: the role of the name before the slash (round 42)
    if dated is not None:  # glued behind a date's 日 (2020年1月1日来源:): a colon says so,
        # or the change of script a Latin label makes (2025年11月12日By 联合报, round 31)
        if label.isascii() and space and target in SPACED_FIELDS:
            return True
        return bool(punct) and punct.strip() in ":："
    if end is not None:  # 杨思瑞 发表于: a verb + 于 whose time was not printed
        return (
            target == "published_at"
            and label[-1] in "于於"
            and len(label) > 1
            and match.start() > 0
        )
    if close:
        return bool(opening)
    if digit is not None:  # 发布于09/09/2012: the verb + 于 says a time follows
        return target in TIME_FIELDS and label[-1] in "于於" and len(label) > 1
    if punct:
        return punct.strip()[0] not in DOTS or label in ("文", "图", "圖")
    if space:  # 鳥羽  於 2002/08/12: the bare posting 於 needs the poster before it
        return target in SPACED_FIELDS and (
            len(label) > 1 or _bare_posting(match) or _spaced_writer(match)
        )
    return target == "reporter" and len(label) > 1
