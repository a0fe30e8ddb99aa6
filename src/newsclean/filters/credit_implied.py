"""Credits with no role word before the names: the role implied by a dateline, a slash,
an outlet's name, or an English label (``credits.reporter_credit`` asks these when no
role word credits anyone).

**The role implied by a dateline.**  Agencies print the names bare, in a bracket right
after the dateline, with no role word: ``中新网北京7月2日电 (陈悦 魏源)``,
``【中新社香港9月22日電】(戴小橦)``.  A bracket holding only names (each 2-4 Han, no
word of a caption, a dateline or an agency: ``(综合报道)``, ``(图)``, ``(完)`` are not
names) and standing right after a dateline ending in 电 or 讯 (its bracket closed or not,
``DATELINE_END``) is a credit.  So is a line opening with names, a slash (``/ ／ ∕`` or a
backslash) and a place with a report word, as Taiwan local sites print it (``鄭建勳``
backslash ``臺中報導 臺中市政府…``); an agency or paper (ending in 社 网 报 台) before the
slash is not a name (``中央社/台北报导``).  An outlet's name in Latin letters glued to the
reporter's name and a report word, in a bracket opening the paragraph (``(News
Chinatown徐佩蒂報導)``, round 15): the change of script parts the outlet from the name, no
role word needed.

**English credit labels** (round 19, ``english_credit``): a magazine opens the story with
its English labels, the writer's and the photographer's, one glued after the other's name
(``Text : Nic WongPhoto : Bowy Chan 或許…``; labels of ``data/metadata_labels.txt``
written in Latin letters).  The writer's label opening the paragraph, a colon, and a name
(Han opening with a family name, or capitalised Latin words: ``byline_english.NAME_VALUE``)
ending at the next English label or where the Chinese text starts after a space is the
author.

**A Chinese writer's label** (round 38, ``writer_label_credit``): the same head in Chinese,
the writer's label (a label of the author field, ``data/metadata_labels.txt``: 文, 撰文,
作者), a colon, slash or bar, and persons' names (``credit_names.person_name``; listed with
、), ended by the photographer's label glued or spaced after them (``文:張曉鳴圖:美聯社 2月10日
週一早高峰…``), by a space before the text or by the bracket's end (``(文/张晓鸣 图/美联社)``).
A label before a word that is no person's name (``文:这是…``), or names glued to the text,
are no credit.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_english import NAME_VALUE
from newsclean.filters.credit_names import (
    BRACKET_GROUP,
    LISTED_NAMES,
    MAX_NAMES,
    NAME,
    NAME_SEPARATORS,
    NOT_IN_NAMES,
    NOT_NAME,
    SENTENCE_MARK,
    person_name,
    surnames,
)
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

# A dateline ending right before a bracket of bare names: …7月2日电 (, 【…9月22日電】(.
DATELINE_END = lazy_regex(r"(?:电|電|讯|訊)[】\]〕)）]?\s{0,2}$")
# A place with a report word, what follows a Taiwan local credit's slash: 臺中報導.
_PLACE_WITH_REPORT = r"\p{Han}{2,6}?(?:报导|报道|報導|報道)"
# Names, a slash and a place with a report word opening the paragraph: 鄭建勳\臺中報導.
SLASH_CREDIT = lazy_regex(
    r"^(?P<names>[\p{Han}·]{2,4}(?:、[\p{Han}·]{2,4}){0,5})[/／∕\\]" + _PLACE_WITH_REPORT
)
#: The same place alone, asked where a slash typed as a backslash stands (``mojibake_stray``).
PLACE_REPORTED = lazy_regex(_PLACE_WITH_REPORT)
# An outlet's Latin name glued to the reporter's Han name and a report word, in a bracket
# opening the paragraph: (News Chinatown徐佩蒂報導) (round 15).
OUTLET_GLUED_CREDIT = lazy_regex(
    r"^[(（][ \t]{0,2}[A-Za-z][A-Za-z0-9 .&'’-]{1,30}(?<=[A-Za-z0-9.])"
    r"(?P<names>\p{Han}{2,4}(?:[、 ]\p{Han}{2,4}){0,3})(?:报导|报道|報導|報道)[)）]"
)


@cache
def _english_labels() -> regex.Pattern[str]:
    """A writer's English label opening a paragraph, its name, and where the name ends."""
    table = label_table()
    english = [label for label in table if label.isascii() and label[:1].isupper()]
    writer = word_pattern([label for label in english if table[label] in ("author", "reporter")])
    other = word_pattern(english)
    return regex.compile(
        rf"^(?:{writer})[ \t]{{0,2}}[:：][ \t]{{0,2}}(?P<name>[^:：\n]{{2,40}}?)"
        rf"(?:(?=(?:{other})[ \t]{{0,2}}[:：])|(?<=\p{{Han}})[ \t\u3000]|[ \t\u3000](?=\p{{Han}}))"
    )


def english_credit(head: str) -> str | None:
    """The writer after an English credit label opening the paragraph (module docstring).

    >>> english_credit("Text : Nic WongPhoto : Bowy Chan 或許大家對這個名字有印象")
    'Nic Wong'
    >>> english_credit("Text : the list below shows 全部名单") is None
    True
    >>> english_credit("Text: 以下 为全文") is None
    True
    """
    found = _english_labels().match(head)
    name = found["name"].strip() if found is not None else ""
    if not name or NAME_VALUE.match(name) is None:
        return None
    if NAME.match(name) and name[0] not in surnames() and name[:2] not in surnames():
        return None  # Text: 以下 为全文: a Han name opens with a family name
    return name


def _bare_names(text: str) -> list[str]:
    """``text`` split into names, or [] when any part is no name (see NOT_NAME)."""
    tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    if not tokens or len(tokens) > MAX_NAMES:
        return []
    if not all(NAME.match(t) and NOT_NAME.search(t) is None for t in tokens):
        return []
    if any(NOT_IN_NAMES.intersection(token) for token in tokens):
        return []
    if len(tokens) > 1 and LISTED_NAMES.fullmatch(text.strip()):
        return ["、".join(tokens)]
    return tokens


@cache
def _writer_head() -> regex.Pattern[str]:
    table = label_table()
    writer = word_pattern([k for k, v in table.items() if v == "author" and len(k) <= 4])
    picture = word_pattern([k for k, v in table.items() if v == "photographer"])
    return regex.compile(
        rf"[(（【\[]?(?:{writer})[ \t]{{0,2}}[:：/／|｜][ \t]{{0,2}}"
        rf"(?P<names>\p{{Han}}{{2,4}}(?:、\p{{Han}}{{2,4}}){{0,3}})"
        rf"(?=[ \t\u3000]{{0,2}}(?:{picture})[ \t]{{0,2}}[:：/／|｜]|[ \t\u3000]|[)）】\]])"
    )


def writer_label_credit(head: str) -> str | None:
    """The names after a Chinese writer's label opening the paragraph (docstring).

    >>> writer_label_credit("文:張曉鳴圖:美聯社 2月10日"), writer_label_credit("文/张三 今天")
    ('張曉鳴', '张三')
    >>> writer_label_credit("文:这是一篇 文章"), writer_label_credit("作者:张三认为 如此")
    (None, None)
    """
    if head[:1] not in "文撰作(（【[":
        return None  # every writer's label opens so (文, 撰文, 作者, 文字): most heads stop
    found = _writer_head().match(head)
    if found is None or not all(map(person_name, found["names"].split("、"))):
        return None
    return found["names"]


def implied_role_credit(head: str) -> str | None:
    """Names credited without a role word: in a bracket right after a dateline
    (``【中新社香港9月22日電】(戴小橦)``), or before a slash and a place with a report
    word (``鄭建勳`` backslash ``臺中報導``); see the module docstring."""
    if (writer := writer_label_credit(head)) is not None:
        return writer
    outlet = OUTLET_GLUED_CREDIT.match(head)
    if outlet is not None:  # (News Chinatown徐佩蒂報導): the script change parts them
        return " ".join(_bare_names(outlet["names"])) or None
    slash = SLASH_CREDIT.match(head)
    if slash is not None:
        names = _bare_names(slash["names"])
        return " ".join(names) or None
    first_mark = SENTENCE_MARK.search(head)
    limit = first_mark.start() if first_mark else len(head)
    for group in BRACKET_GROUP.finditer(head, 0, limit):
        if group.start() == 0 or group.group()[0] not in "(（":
            continue
        if DATELINE_END.search(head, 0, group.start()) is None:
            continue
        names = _bare_names(group[1])
        if names:
            return " ".join(names)
    return None
