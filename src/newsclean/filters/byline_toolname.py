"""A person's field holds a name, never a tool's link (round 47: *a name is a name*).

**The phenomenon.**  A byline row's template prints its tool links on the row (a share
sheet's ``发给朋友``, ``转发给朋友``, ``分享到``, ``打印本页``, ``收藏本文``); when the writer's
field was left empty or a link is glued behind the name, the link stands where the name
should be (``作者：发给朋友``, ``作者：张三 转发给朋友``), and a grammar that takes the value to
the next label stores the link as the writer.

**Model.**  The value of a person's field (author, reporter, editor, correspondent:
``byline_english.PERSON_FIELDS``) is a person's name, a desk's name or a list of them.  A
tool link is a *verb phrase of the interface grammar*: a tool verb, its modifiers and what
it acts on (``furniture_grammar.is_tool_phrase`` over ``data/furniture_phrases.txt``: 发给
+ 朋友, 转发 + 给 + 朋友, 打印 + 本页), or one of the interface's own items
(``byline_interface.is_interface_item``: 我要评论, 参与互动).  Two sources say what such a
phrase is: the furniture grammar, written from the tool lines of news pages, and the
byline interface table, written from byline rows.  A token of the value that is such a
phrase is the row's toolbar: the value ends before it, and a value that opens with one
holds no name (the field stays empty: a wrong writer is worse than none).

**Negatives.**  A short token that is also a person's name by the name tables
(``byline_pieces.is_person_name``: a family name and a given name, ``关闭`` reads as one)
and is no longer than a Han name (three characters) is left as a name; a desk's name
(``本报评论部``) and an outlet are no verb phrase; the source's field is not asked (its
tools are judged by ``byline_values.is_no_value``).
"""

from __future__ import annotations

from newsclean.filters.byline_english import PERSON_FIELDS
from newsclean.filters.byline_interface import is_interface_item
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.furniture_grammar import is_tool_phrase

#: A Han name is at most this long; a shorter tool word may be a name (关闭: 关 + 闭).
MAX_SHORT_NAME = 3


def is_tool_token(token: str) -> bool:
    """Whether ``token`` is a tool link's verb phrase, no name (module docstring).

    >>> is_tool_token("转发给朋友"), is_tool_token("打印本页"), is_tool_token("王小明")
    (True, True, False)
    """
    if not (is_tool_phrase(token.lower()) or is_interface_item(token)):
        return False
    return len(token) > MAX_SHORT_NAME or not is_person_name(token)


def name_before_tools(target: str, value: str) -> str:
    """A person's ``value`` up to the first tool link among its spaced tokens; empty when
    it opens with one.  Other fields' values are returned as they are.

    >>> name_before_tools("author", "张三 转发给朋友"), name_before_tools("author", "分享到")
    ('张三', '')
    >>> name_before_tools("source", "打印本页"), name_before_tools("editor", "本报评论部")
    ('打印本页', '本报评论部')
    """
    if target not in PERSON_FIELDS:
        return value
    kept: list[str] = []
    for token in value.split():
        if is_tool_token(token):
            break
        kept.append(token)
    return " ".join(kept) if len(kept) < len(value.split()) else value
