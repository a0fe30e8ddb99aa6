"""A credit's role printed after the name, behind a slash (round 42).

**Model.**  A credit names a person and what the person made.  Two orders are printed: the
role first, as a label (``文/张三``, ``图:李四``), or the name first and the role after a
slash glued to it (``张劲松/文 金月全/图``, ``李晓辉/整理``: a paper's row under its
headline, ``□晚报记者 张劲松/文 金月全/图``).  The slash binds the role to the name
*before* it, so a label word right behind ``NAME/`` is that name's role, never a label
opening the next value (the labelled grammar read ``文 金月全/图`` as the writer's label
and its value, and made the photographer the author).

The evidence is structural: a person's name (``credit_names.person_name``: a family name
of ``data/surnames.txt`` and one to three Han letters) glued before a slash, and after the
slash one of the label table's own words (``data/metadata_labels.txt``) whose field is a
writer's or a picture's (author, reporter, photographer), closed by a space, a list mark,
a bracket or the line's end.  What the role says decides where the name goes: a writer's
role (``文``, ``撰文``) makes the name the text's author, a picture's (``图``, ``摄``) leaves
the name to the pictures (no author).  Nothing here is a list of names or of pages.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex

#: A name, a slash and a role of one or two Han letters closed by a space, a list mark,
#: a bracket or the end (linear: bounded runs, no nesting).
POSTFIX = lazy_regex(
    r"(?<![\p{Han}·])(?P<name>[\p{Han}·]{2,4})[/／](?P<role>\p{Han}{1,2})"
    r"(?=[ \t\u3000、,，)）】\]]|$)"
)
#: A name's letters and its longest run (as ``POSTFIX`` reads it).
NAME_CHAR, MAX_NAME = lazy_regex(r"[\p{Han}·]"), 4
#: The fields a postfix role may name: a writer's, or a picture's.
WRITER_FIELDS = frozenset({"author", "reporter"})
PICTURE_FIELDS = frozenset({"photographer"})


def is_postfix_role(text: str, start: int, field: str) -> bool:
    """Whether the label word at ``start`` of ``text``, filling ``field`` in the label table
    (``labels.label_table``, asked by ``labels.is_label``), is the role of the name glued
    before its slash (``张劲松/文 …``), not a label.

    >>> is_postfix_role("张劲松/文 金月全/图", 4, "author")
    True
    >>> is_postfix_role("文/张劲松", 0, "author"), is_postfix_role("新华社/文 张三", 4, "author")
    (False, False)
    >>> is_postfix_role("记者张劲松/文", 6, "author")
    False
    """
    if start < 3 or text[start - 1] not in "/／" or field not in WRITER_FIELDS | PICTURE_FIELDS:
        return False
    begins = start - 1  # the name's run of Han letters ends at the slash
    while begins > 0 and start - 1 - begins < MAX_NAME and NAME_CHAR.match(text[begins - 1]):
        begins -= 1
    found = POSTFIX.match(text, begins)
    return found is not None and found.end("name") == start - 1 and person_name(found["name"])


def without_postfix_roles(text: str, table: Mapping[str, str]) -> str:
    """``text`` with each ``NAME/ROLE`` credit read, ``table`` the label table (a role's
    field): a writer's name kept bare, a picture's credit dropped (the pictures' maker is
    no author); unchanged when there is none.

    >>> table = {"文": "author", "图": "photographer"}
    >>> without_postfix_roles("□晚报记者 张劲松/文 金月全/图", table)
    '□晚报记者 张劲松'
    >>> without_postfix_roles("记者 张三", table), without_postfix_roles("新华社/图", table)
    ('记者 张三', '新华社/图')
    """
    out, last = [], 0
    for found in POSTFIX.finditer(text):
        field = table.get(found["role"])
        if field not in WRITER_FIELDS | PICTURE_FIELDS or not person_name(found["name"]):
            continue
        out.append(text[last : found.start()])
        if field in WRITER_FIELDS:
            out.append(found["name"])
        last = found.end()
    if not out:
        return text
    return (("".join(out)) + text[last:]).strip()
