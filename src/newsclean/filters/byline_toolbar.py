"""A byline row's toolbar: the page's tool links printed before its first label or after
its last value (split from ``metadata`` in round 46).

**Model.**  A portal's article template prints its tool links on the byline's row
(``排行榜 收藏 打印 发给朋友 举报 来源: 央视新闻   发布者:webmaster``, a SupeSite portal's
row): the links are the page's, not fields, so the tool phrases of the furniture grammar
(``furniture_grammar.is_tool_phrase``: 排行榜, 收藏, 打印, 举报) are dropped from the row's
edges before it is read again (``metadata._repaired``), and that reading stands only if it
gives a field.

Round 46, *the toolbar's unknown item* (the tolerant reading of issue 10): a toolbar is one
run of links, so an item standing between two of its tool phrases, while the run is being
peeled, is one of its links too, though the grammar does not know its words (``发给朋友``,
a share link sending the page to a friend): a run of links does not hold a writer's name
in its middle.  The item is dropped with the run, never read as the row's author.  Only
inside the run: an item with tools on one side only (``收藏 张三 来源:…``) is where the run
ends, and it is read as the row reads it; an item that is a person's name by the name
tables (``is_person_name``) ends the run wherever it stands.
"""

from __future__ import annotations

from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.furniture_grammar import is_tool_phrase
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re

#: Where a row's items part.
TOOL_SPLIT = lazy_re(rf"[{WHITE_SPACE}]+")
#: The longest unknown item taken inside a toolbar's run (a link's label: 发给朋友).
MAX_RUN_ITEM = 6


def _tool(item: str) -> bool:
    return is_tool_phrase(item.lower())


def _inside_run(items: list[str]) -> bool:
    """The first item stands inside the toolbar's run: a tool phrase after it, the item
    short and no person's name (a tool phrase stood before it: the caller peeled one)."""
    first = items[0]
    return (
        len(items) > 2
        and len(first) <= MAX_RUN_ITEM
        and _tool(items[1])
        and not is_person_name(first)
        and not any(char.isdigit() for char in first)
    )


def without_tools(line: str) -> str:
    """``line`` without page tool phrases before its first or after its last piece, and
    the unknown items inside the run of tools before its first piece (module docstring).

    >>> without_tools("排行榜 收藏 打印 发给朋友 举报 来源: 中新网   发布者:webmaster")
    '来源: 中新网 发布者:webmaster'
    >>> without_tools("收藏 张三 来源: 中新网")
    '张三 来源: 中新网'
    """
    items = TOOL_SPLIT.split(line)
    peeled = False
    while len(items) > 1 and (_tool(items[0]) or (peeled and _inside_run(items))):
        items.pop(0)
        peeled = True
    while len(items) > 1 and _tool(items[-1]):
        items.pop()
    return " ".join(items)
