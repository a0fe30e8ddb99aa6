"""A bulleted list in the page's foot, read as one thing (round 42; ``structure`` asks it
with the foot's zone, ``foot_notices.foot_furniture``).

**Model (layout: one list, one kind of item).**  A site prints the fields of its foot as a
list, each on a line of its own after one bullet: a campus paper's
``• 電話:02-26250584`` / ``• 傳真:02-26214169`` / ``• 建議使用 Chrome 瀏覽器`` /
``• 個資相關問題請洽受理窗口,分機2799`` / ``• 管理者:… / 建置單位:…`` /
``• 更新日期:2025/1/9 下午 07:55:24`` / ``• 線上人數:13``.  The bullet makes the lines one
list, and a list holds one kind of item: when the line readers (furniture, contact,
counters, notices) took most of its items as the site's, the items they did not know (the
phone number, a privacy desk's extension) are the same site's foot, whatever their words.
The evidence, each piece structure and none a vocabulary:

* the place: after the article's last paragraph (prose: ``foot_notices.is_paragraph``),
  so a bulleted list inside the article, above its last paragraph, is never asked;
* the list: ``MIN_ITEMS`` lines or more in a row (blank or removed-by-spam lines between
  them do not part it), each opening with the same bullet character (``BULLETS``), a line
  without it ending the list;
* the majority: more than half of the items already placed as the site's (removed as
  navigation, or the copyright notice) by the readers that know them; a line the spam
  step removed is no item and no signature of the site;
* each item taken is short (at most ``MAX_ITEM`` characters after its bullet) and not a
  paragraph, so a last paragraph printed with a bullet stays.

What stays: an article's list of points under its last paragraph (its items are its
words: the readers remove none, or one in three), a foot list the readers took half of at
most, a bulleted sentence.  When in doubt an item stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.foot_notices import is_paragraph, last_paragraph

#: The bullets a foot list opens its items with (a hyphen or a middle dot too: a template
#: prints its list marker as text).
BULLETS = frozenset("•·・▪▫◆◇■□●○►▶‣∙-*")
#: Bullets that are a bullet only with a space after them.
SPACED = frozenset("-*·")
#: A foot list holds this many items at least (two bulleted lines may be the article's).
MIN_ITEMS = 3
#: An item taken: at most this many characters after its bullet (a field and its value).
MAX_ITEM = 40
#: What the list's items say in ``--explain``.
LIST_DETAIL = "an item of a bulleted list in the page's foot, {site} of its {items} the site's"


def _bullet(text: str) -> str:
    """The bullet opening ``text`` (stripped), or the empty string; an ASCII hyphen or
    star, or a middle dot, only with a space after it (``-5度``, ``·`` inside a name)."""
    first = text[:1]
    if first not in BULLETS:
        return ""
    if first in SPACED and text[1:2] not in (" ", "\u3000"):
        return ""
    return first


def foot_list_items(
    text_of: Callable[[int], str],
    placements: Sequence[str],
    reasons: Sequence[str | None],
) -> dict[int, str]:
    """The items of the site's bulleted foot lists still placed as content (module
    docstring), each with its evidence; ``text_of`` gives any line's text (a line the
    spam step removed reads blank), ``placements`` and ``reasons`` every line's so far."""
    count = len(placements)
    last = last_paragraph(text_of, placements)
    if last is None:
        return {}
    found: dict[int, str] = {}
    run: list[int] = []
    mark = ""
    for i in range(last + 1, count + 1):
        text = text_of(i).strip() if i < count else ""
        if i < count and (not text or placements[i] == "blank" or reasons[i] == "spam"):
            continue  # a blank line, or the injected pollution's, does not part the list
        bullet = _bullet(text) if i < count else ""
        if bullet and (not run or bullet == mark):
            run.append(i)
            mark = bullet
            continue
        found.update(_taken(run, text_of, placements))
        run, mark = ([i], bullet) if bullet else ([], "")
    return found


def _taken(
    run: list[int], text_of: Callable[[int], str], placements: Sequence[str]
) -> dict[int, str]:
    """The content items of one bulleted ``run`` when the site's readers took most of it."""
    if len(run) < MIN_ITEMS:
        return {}
    site = sum(placements[i] in ("removed", "copyright") for i in run)
    if site * 2 <= len(run):
        return {}
    why = LIST_DETAIL.format(site=site, items=len(run))
    return {
        i: why
        for i in run
        if placements[i] in ("body", "heading")
        and len(text_of(i).strip()) - 1 <= MAX_ITEM
        and not is_paragraph(text_of(i).strip())
    }
