"""Other stories listed after the article: a block of items that repeat one shape.

Model (round 32; ``structure.classify`` asks ``listing_lines`` over the page's lines
before it reads any of them, so an item's date is never taken for the article's).  After
the article (or beside it, printed after it by the scrape) a site lists its other pages:
each item is the *title* of another story, prose-like (a headline of ``MIN_TITLE``
characters or more, not closed by a full stop), with the item's *machinery* on lines of
its own under it: its date (``2025-12-17``), a currency sign, a price and a rating
(``¥`` / ``268.00`` / ``4.9分``), or the start of its story cut by the listing's
program (``…應付通脹。...``, ``furniture_teasers.cut_teaser``).  Or the item is one line,
the date glued before the title (``112019-05東盟新聞周報速覽``: a template joins its
fields with nothing between them), between rules of dashes; or (round 33) one line with
the date *after* the title, a space or brackets between, a bullet perhaps before it
(``- 第八届世界福建同乡恳亲大会举行 2015-10-9``, ``· 标题 (2019-05-21)``): the same item
read in the other order, its day of one digit or two.  What makes such a block
another site's list, on any site, is the page's structure, not the titles' words:

* its place: the block stands in the page's *tail*, the run of short lines (at most
  ``MAX_TAIL_LINE`` characters, or cut teasers) that ends the page, with the article above
  it (``furniture_teasers.holds_article``: Han letters enough before the tail);
* the shape repeats: two items or more in a row with the same machinery (a title over a
  date, twice); one item is enough when its machinery is a program's cut (a summary
  cut by ``...``) or when it is a glued-date item under a *list label* (a short line of
  Han letters alone, ``相關·資訊``, ``产品推荐``: removed with the block it heads);
* the article does not echo it (``furniture_teasers.unechoed``): at most ``MAX_ECHO`` of
  a title's distinct Han pairs are printed by the lines above the tail (a headline of the
  article itself stays).

What stays: a chronology that closes the article (its dates stand *above* their
paragraphs: the line before the first title is a date, so the items read offset), a
price list of products (their names are short: under ``MIN_TITLE`` characters), a
paragraph ending in ``...`` under a paragraph (no title above it), a last short paragraph
(closed by its stop, or no machinery under it).

Round 42: a *notice* standing where an item's title would (``免责声明:本文由用户上传,如有侵权请
联系删除!``, ``本文未經同意不得轉載`` over the cut teasers of other stories) is the site's
statement closing the article, not another story's headline: a line the notice model reads
as a notice wherever it stands (``notice.is_notice``, ``near_foot=False``) is left out of
the block, and structure places it as the copyright it is; the items under it stay in the
block.

>>> article = "新控烟措施下月起实施，违者罚款一千五百元。记者昨日走访多个巴士站。" * 3
>>> page = [article, "外交部:日方仍在要害问题上挤牙膏、埋钉子", "2025-12-17",
...         "江门实现进口生鲜“口岸直达”项目正式启用", "2025-12-16"]
>>> sorted(listing_lines(len(page), page.__getitem__))
[1, 2, 3, 4]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.date_pattern import NUMERIC_DAY, SLOT_CLOCK
from newsclean.filters.furniture_teasers import cut_teaser, holds_article, unechoed
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.notice import is_notice
from newsclean.filters.spam_article import Texted

#: A line of the page's tail: longer is the article's prose (a cut teaser may be longer).
MAX_TAIL_LINE = 60
#: A cut teaser in the tail: longer is a paragraph.
MAX_CUT_LINE = 300
#: The tail is looked at over this many lines at most (a foot's lists are short).
MAX_TAIL = 80
#: An item's title: a headline, prose-like (a product's name in a price list is shorter).
MIN_TITLE = 10
MIN_TITLE_HAN = 6
#: A list label: Han letters alone (a middle dot or a space between words), this many.
MAX_LABEL_HAN = 8
#: List labels stacked above a block (推荐内容 / 精彩推荐 / 产品推荐), dashes between.
MAX_LABELS = 3

#: A value on a line of its own: an item's machinery, by kind.
VALUE = lazy_regex(
    rf"(?P<date>{NUMERIC_DAY}(?:[ \u3000]+{SLOT_CLOCK})?"
    r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:[ \u3000]*\d{1,2}:\d\d)?|\d{1,2}[-/]\d{1,2})"
    r"|(?P<sign>[¥￥$€£])"
    r"|(?P<price>[¥￥$€£]?[ \u3000]?\d[\d,]*\.\d{1,2}元?|\d+元)"
    r"|(?P<rating>\d(?:\.\d)?[ \u3000]?[分星])"
    r"|(?P<dash>[-–—_·•|]{1,10})"
)
#: A date glued before a title (a day glued before a year and month too: ``112019-05``).
DATED = lazy_regex(
    r"\d{0,2}?(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?(?:[ \u3000]\d{1,2}:\d\d(?::\d\d)?)?"
    r"(?=[\p{Han}“「《])"
)
#: A date printed after a title on the item's line (``- 标题 2015-10-9``: a template
#: joins title and date with a space or puts the date in brackets, ``标题(2019-05-21)``;
#: a bullet perhaps before the title).
DATED_AFTER = lazy_regex(
    r"(?P<title>.+?)(?:[ \u3000]+|[ \u3000]*[(（\[【])"
    rf"{NUMERIC_DAY}(?:[ \u3000]+\d{{1,2}}:\d\d)?[)）\]】]?"
)
#: A bullet before an item's title.
BULLET = lazy_regex(r"[-–—•·*][ \u3000]*")
#: A title's close that makes it a sentence: a paragraph, not a headline.
CLOSED = lazy_regex(r"[。；;:：,，、][”’」』)）]*$")
#: Han words, a middle dot or a space between two, each perhaps with a reading glossed.
LABEL = lazy_regex(r"\p{Han}+(?:\([a-zà-ǜ]+\))?(?:[ \u3000·・|｜]\p{Han}+(?:\([a-zà-ǜ]+\))?)?")
#: An item: its first and end positions in the tail, and the kinds of its machinery.
Item = tuple[int, int, tuple[str, ...]]
#: The kinds of the lines under an item's title.
MACHINERY = ("date", "sign", "price", "rating", "cut", "cutoff")
#: Marks inside a story's text (a summary is prose): not ``marks.CLAUSE_MARKS``, which
#: holds no stop and takes the ASCII semicolon.
STORY_MARKS = ("，", ",", "。", "；", "！", "？")
#: The kinds of a value on a line of its own.
VALUES = ("date", "sign", "price", "rating", "dash")


def line_kind(text: str) -> str:
    """``date``, ``sign``, ``price``, ``rating``, ``dash``, ``cut``, ``dated`` (a date glued
    before a title), ``title`` or ``other``."""
    value = VALUE.fullmatch(text)
    if value is not None:
        return value.lastgroup or "other"
    if len(text) > MAX_CUT_LINE:
        return "other"
    if cut_teaser(text):
        return "cut"
    dated = DATED.match(text)
    if dated is not None:
        title = text[dated.end() :]
        if len(HAN.findall(title)) >= 4 and CLOSED.search(title) is None:
            return "dated"  # a title, or a title and its story cut mid-clause
        return "other"
    if (text[-1:].isdigit() or text[-1:] in ")）]】") and _dated_after(text):
        return "dated"
    if len(text) > MAX_TAIL_LINE:
        return "cutoff" if cut_off(text) else "other"
    if (
        len(text) >= MIN_TITLE
        and CLOSED.search(text) is None
        and len(HAN.findall(text)) >= MIN_TITLE_HAN
    ):
        return "title"
    return "other"


def _dated_after(text: str) -> bool:
    """An item on one line, its date after its title: a headline (Han letters enough, not
    closed as a sentence) then a space and a full date, a bullet perhaps before it."""
    dated = DATED_AFTER.fullmatch(text)
    if dated is None:
        return False
    title = dated.group("title")
    bullet = BULLET.match(title)
    if bullet is not None:
        title = title[bullet.end() :]
    return (
        len(title) <= MAX_TAIL_LINE
        and len(HAN.findall(title)) >= MIN_TITLE_HAN
        and CLOSED.search(title) is None
    )


def cut_off(text: str) -> bool:
    """A story's start the listing cut mid-clause without a mark: prose (a clause mark
    inside) whose last character is a letter or a digit, no stop after it.  Callers ask it
    of lines of at most ``MAX_CUT_LINE`` characters (a longer line is a paragraph)."""
    if not text[-1:].isalnum():
        return False
    return any(mark in text for mark in STORY_MARKS)


def _tail(count: int, text_of: Callable[[int], str]) -> list[tuple[int, str, str]]:
    """The page's tail: its last non-empty lines, (number, text, ``line_kind``) in page
    order, while they are short (or cut teasers, cut stories or dated lines); only the
    page's end is read, and each line's kind once."""
    tail: list[tuple[int, str, str]] = []
    number = count - 1
    while number >= 0 and len(tail) < MAX_TAIL:
        text = text_of(number)
        if text:
            kind = line_kind(text)
            if (
                len(text) > MAX_TAIL_LINE
                and kind not in ("cut", "cutoff", "dated")
                and not (len(text) <= MAX_CUT_LINE and (DATED.match(text) or cut_off(text)))
            ):
                break  # the article's prose (a dated line whose title fails stays, as other)
            tail.append((number, text, kind))
        number -= 1
    tail.reverse()
    return tail


def _items(kinds: list[str]) -> list[Item]:
    """The items among the tail's kinds: (first, end, machinery) for a title and the values
    under it, or a dated line and the dashes around it."""
    items: list[Item] = []
    at = 0
    while at < len(kinds):
        kind = kinds[at]
        if kind == "dated":
            end = at + 1
            while end < len(kinds) and kinds[end] == "dash":
                end += 1
            items.append((at, end, ("dated",)))
            at = end
            continue
        if kind == "title":
            end = at + 1
            while end < len(kinds) and kinds[end] in MACHINERY:
                end += 1
            if end > at + 1:
                items.append((at, end, tuple(kinds[at + 1 : end])))
                at = end
                continue
        at += 1
    return items


def page_listing(lines: Sequence[Texted | None]) -> set[int]:
    """``listing_lines`` over ``structure``'s lines (None for a blank or removed line)."""

    def text_of(number: int) -> str:
        line = lines[number]
        return line.text.strip() if line is not None else ""

    return listing_lines(len(lines), text_of)


def listing_lines(count: int, text_of: Callable[[int], str]) -> set[int]:
    """The line numbers of the listing blocks in the page's tail (module docstring) among
    lines ``0 .. count - 1``; ``text_of`` gives a line's stripped text, empty for a blank
    or removed line."""
    tail = _tail(count, text_of)
    if len(tail) < 2:
        return set()  # most pages end in a paragraph
    texts = [text for _, text, _ in tail]
    kinds = [kind for _, _, kind in tail]
    if "title" not in kinds and "dated" not in kinds:
        return set()
    items = _items(kinds)
    if not items:
        return set()
    accepted: list[tuple[int, int]] = []
    starts = {item[0] for item in items}
    # the labels above an item, read once: a run's first item is asked twice
    labels = cache(partial(_labels, kinds, texts))
    for run in _runs(items):
        first, end, shape = run[0][0], run[-1][1], run[0][2]
        if shape[0] == "date" and first and kinds[first - 1] == "date" and end not in starts:
            continue  # a chronology: its dates stand above its paragraphs, the last alone
        if len(run) > 1 or "cut" in shape or (shape == ("dated",) and labels(first)):
            accepted.extend((item[0], item[1]) for item in run)
    if not accepted:
        return set()
    above = [text for text in map(text_of, range(tail[0][0])) if text]
    if not holds_article(above):
        return set()
    printed: set[str] = set()
    for text in above:
        printed |= han_pairs(text)
    kept: list[int] = []  # tail positions of the block
    for first, end in accepted:
        if not unechoed(han_pairs(texts[first]), printed):
            continue  # the article's own headline
        kept.extend(range(first, end))
        kept.extend(labels(first))
    if not kept:
        return set()
    low, high = min(kept), max(kept)
    inside = set(kept)
    for at in range(low, len(tail)):  # a value orphaned between items, labels at the foot
        if at in inside:
            continue
        if at < high and kinds[at] in VALUES:
            inside.add(at)
        elif at > high and (kinds[at] == "dash" or _is_label(texts[at])):
            if all(kinds[k] == "dash" or _is_label(texts[k]) for k in range(at, len(tail))):
                inside.update(range(at, len(tail)))  # a label whose items the scrape lost
            break
    # a notice in a title's place is the site's, not a story's (round 42)
    return {tail[at][0] for at in inside if not is_notice(texts[at], near_foot=False)}


def _runs(items: list[Item]) -> list[list[Item]]:
    """The items grouped in runs: consecutive items (each starting where the one before
    ends) of one shape; an item that read the next item's value as its own (a title lost
    above that value) is cut to the run's shape."""
    runs: list[list[Item]] = []
    for item in items:
        if runs and runs[-1][-1][1] == item[0]:
            shape = runs[-1][-1][2]
            if item[2] == shape:
                runs[-1].append(item)
                continue
            if item[2][: len(shape)] == shape:  # the next item's value read as this one's
                runs[-1].append((item[0], item[0] + 1 + len(shape), shape))
                continue
        runs.append([item])
    return runs


def _labels(kinds: list[str], texts: list[str], first: int) -> list[int]:
    """The tail positions of the dashes and list labels right above position ``first``
    (none when no label stands there): at most ``MAX_LABELS`` labels stacked, a rule of
    dashes between stacks."""
    found = []
    stacked = 0
    at = first - 1
    while at >= 0:
        if kinds[at] == "dash":
            found.append(at)
            stacked = 0
        elif stacked < MAX_LABELS and kinds[at] == "other" and _is_label(texts[at]):
            found.append(at)
            stacked += 1
        else:
            break
        at -= 1
    while found and kinds[found[-1]] == "dash":
        found.pop()  # a rule above the top label is the article's
    return found if any(kinds[at] != "dash" for at in found) else []


def _is_label(text: str) -> bool:
    return LABEL.fullmatch(text) is not None and len(HAN.findall(text)) <= MAX_LABEL_HAN
