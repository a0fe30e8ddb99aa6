"""Another story's listing entry: a section label, a date and a teaser the page cuts.

Model (round 28; ``furniture_menu.stacked_menus`` asks ``teaser_lines`` over the page's
content lines, so the line is removed as ``nav`` before the page head and the body are
placed).  A news site lists its other stories under, beside or after the article, each
entry on one line: the story's *section* (a short label: ``本地``, ``[国际]``, ``社会 |``),
its *date* (``2026-01-01``, ``2026/01/01 09:30``, ``2026年1月1日``, ``01-01``), then the
start of its text.  The listing prints a fixed number of characters of that text and
*cuts* it: the entry is never closed by a stop of its own, it ends in a cut mark (``...``,
``…``), in a character broken by the cut (U+FFFD, a legacy page cut inside a two-byte
character) or in the middle of a sentence after closed sentences (a long teaser cut
mid-clause).  What makes it another story's, on any site, is the line's composition and
the page around it, never the teaser's words:

* the composition: the label and the date open the line, 1-6 Han letters perhaps in
  brackets, then the date after a space or a bar (a byline's field labels never come
  first: ``来源 2026-01-01`` is the byline's, read elsewhere), then at least
  ``MIN_TEASER`` characters of text, cut as above;
* the article does not continue it: at most ``MAX_ECHO`` of the teaser's distinct Han
  pairs are printed by the page's other content lines (a teaser of the article itself,
  echoed by it, stays for the page head to read);
* its place: the article stands above it (``MIN_ARTICLE_HAN`` Han letters of other
  content lines before it) and nothing of the article comes after it: every content line
  under it is short (``MAX_AFTER`` characters: a foot's furniture) or another entry.

Its *split* form: a listing may print each entry's label and date on lines of their own
(``港聞 2025年07月18日`` under the teaser, ``- 2022年4月11日`` above it: the byline reader
takes those) and the cut teaser alone; a line of ``MIN_TEASER`` characters or more ending
in a program's cut (three dots, one ellipsis character ``…``: prose writes two, ``……``;
either in square brackets, ``[…]``, the excerpt mark of WordPress's post lists: round 29;
a broken character ends a damaged paragraph as often, and counts only on an entry's line)
is an entry when two such lines or more stand on the page, each under
the article with nothing of the article after it and not echoed by it: a listing.  One cut
line alone (a paywall's cut of the article itself) is left as it is -- unless the cut is
followed by the listing's *link* to the story (round 35: ``山打根... Read more``, a theme's
excerpt and its read-more label, ``READ_MORE``): the link names another page, so that
line is an entry alone, under the same conditions of place and echo.

Round 39, the *buttoned teaser* (``buttoned_cut``): a portal's teaser of another story, its
summary cut mid-clause with no mark (``…位于北京市,是 [详细]``) and closed by a link button
alone in brackets after a space (kind ``button`` of ``data/furniture_frames.txt``: 详细,
全文, 更多), is an entry alone like a linked cut; a summary closed by its own stop before
the button is no cut and stays.  The teaser's *headline* stands right above it on lines of
its own, once or twice (``X 考上人大算学霸吗?`` / ``X    考上人大算学霸吗?``): a short line
whose first part (up to its first space, ``MIN_TITLE_HEAD`` characters or more) opens the
teaser (the summary repeats its headline's head) goes with the entry, and is no article
line echoing the teaser.

A listing printed as a *block* in the page's tail, each item a title over its machinery on
lines of its own (a date, a price, a cut summary), is read by ``furniture_listing`` (round
32) before any line is placed.

What stays: a report's own lead (``本报北京1月1日电 …``: no space or bar between a label
and an ISO date, and closed), a chronology's dated item (``2020-01-01 公司成立``: no label,
not cut; ``大事记 2020-01-01 公司成立。``: closed), a dated paragraph in the article's
middle (text of the article comes after it), an entry the article echoes.

>>> article = "新控烟措施下月起实施，违者罚款一千五百元。记者昨日走访多个巴士站。" * 3
>>> entry = "本地 2026-01-01 消防处今日公布去年火警数字,全年共发生火警八千宗。住宅火警占三成..."
>>> page = [article, entry]
>>> teaser_lines([0, 1], page.__getitem__)
{1: 'nav'}
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate

from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.date_pattern import NUMERIC_DAY, SLOT_CLOCK
from newsclean.filters.furniture_frames import frame_words
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

#: A teaser's text after its date: shorter is a headline of a list (other modules).
MIN_TEASER = 20
#: A cut teaser with no cut mark: closed sentences, then a clause the cut broke.
MIN_UNMARKED_TEASER = 60
#: Share of the teaser's distinct Han pairs that the page's other lines may print.
MAX_ECHO = 0.4
#: The article above the entry: at least this many Han letters of other content lines.
MIN_ARTICLE_HAN = 80
#: A content line under an entry that is no paragraph of the article (a foot's furniture).
MAX_AFTER = 40
#: No entry is shorter than its label, date and teaser; a page's prose is far longer.
MIN_ENTRY = 30

ENTRY_HEAD = lazy_regex(
    r"[\[【(（]?(?P<label>\p{Han}{1,6})[\]】)）]?(?:[ \u3000]*[|｜/·][ \u3000]*|[ \u3000]+)"
    rf"(?P<date>{NUMERIC_DAY}(?:[ \u3000]+{SLOT_CLOCK})?"
    r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日|\d{1,2}[-/]\d{1,2})"
    r"(?:[ \u3000]*[|｜·][ \u3000]*|[ \u3000]+)(?=\S)"
)
#: A listing of entries whose labels and dates stand on lines of their own: this many cut
#: lines at least under the article (one cut line alone may be the article's own paywall).
MIN_RUN = 2
#: The last characters a program's cut leaves (a cheap test before the pattern).
CUT_LAST = (".", "…", "…]", "...]")
#: The tail a cut is looked for in: three dots and an ellipsis, with room to spare.
CUT_WINDOW = 8
CUT_OR_SPACE = ".…] \t\r"
#: A program's cut: three dots, one ellipsis character (prose's is two), or either in square
#: brackets (WordPress's excerpt, ``[…]``: no prose brackets its ellipsis).  A broken character
#: ends a damaged paragraph as often as a cut one: only an entry's composition reads it.
PROGRAM_CUT = lazy_regex(r"(?:\.{3,}…?|(?<!…)…|\[(?:…|\.{3})\])$")
#: The end a listing's cut leaves: a cut mark (perhaps bracketed), or a character the cut broke.
CUT_END = lazy_regex(r"(?:\.{2,}|…+|\ufffd|\[(?:…|\.{3})\])\s*$")
#: A sentence's own end (a closing quote or bracket may follow the stop).
CLOSED_END = lazy_regex(r"[。！？!?；;.][”’」』)）\]】\"']*\s*$")
SENTENCE_STOP = lazy_regex(r"[。！？!?]")
#: A label and a date's first digit opening a line of the joined page: one C-level search
#: over the page finds the lines worth asking (content lines are stripped).
HEAD_HINT = lazy_re(r"(?m)^[\u4e00-\u9fff\[【(（][\u4e00-\u9fff]{0,5}[\]】)）]?[ \u3000|｜/·]+\d")
#: A program's cut closing a line of the joined page (plain substring searches).
CUT_HINTS = ("…\n", "...\n", "…]\n", "...]\n")
#: Round 35: the link label a listing prints after an excerpt's cut (WordPress's
#: ``the_content_more_link`` default ``Read more``, themes' ``Continue reading``, portals'
#: 阅读全文 / 閱讀全文 / 阅读更多 / 閱讀更多), perhaps with an arrow; matched lower-cased.
READ_MORE = lazy_regex(
    r"[ \u3000]*[\[【(（]?(?:read more|continue reading|阅读全文|閱讀全文|阅读更多|閱讀更多)"
    r"[\]】)）]?[ \u3000]*[»›>→]*$"
)
#: The labels' last characters closing a line of the joined page (plain substring searches).
READ_MORE_HINTS = (
    "more\n",
    "More\n",
    "MORE\n",
    "eading\n",
    "全文\n",
    "更多\n",
    "»\n",
    "›\n",
    "→\n",
)
SPACES = " \t\u3000"
#: Round 39: a link button alone in brackets after a space closing a line (``… [详细]``).
BUTTON_END = lazy_regex(r"[ \u3000]+[\[【]\s*(\p{Han}{2})\s*[\]】]$")
BUTTON_HINTS = ("]\n", "】\n")
#: The first part of a buttoned teaser's headline that the teaser opens with.
MIN_TITLE_HEAD = 6
#: A buttoned teaser's headline is a headline: at most this long.
MAX_TITLE = 60
#: The label (6 Han letters at most, perhaps bracketed) ends within this many characters.
LABEL_WINDOW = 10
LABEL_ENDS = (" ", "\u3000", "|", "｜", "/", "·")
#: Words that label a byline's fields, never a listing's section.
FIELD_LABELS = frozenset(
    ("来源", "來源", "时间", "時間", "日期", "发布", "發布", "发布时间", "發布時間", "更新")
)


def entry_text(line: str) -> str | None:
    """The teaser of ``line`` when it is composed as a listing's cut entry (module
    docstring: label, date, cut text), else None."""
    if len(line) < MIN_ENTRY:
        return None
    start = 0
    while line[start] in SPACES and start < MIN_ENTRY:
        start += 1
    first = line[start]
    if not ("\u4e00" <= first <= "\u9fff" or first in "[【(（"):
        return None
    window = line[start + 1 : start + LABEL_WINDOW]  # the label's separator is near
    if not any(mark in window for mark in LABEL_ENDS):
        return None  # most paragraphs: no space or bar after their first words
    text = line.strip()
    head = ENTRY_HEAD.match(text)
    if head is None or head.group("label") in FIELD_LABELS:
        return None
    teaser = text[head.end() :]
    if len(teaser) < MIN_TEASER:
        return None
    if CUT_END.search(teaser) is not None:
        return teaser
    if CLOSED_END.search(teaser) is not None:
        return None
    if (
        len(teaser) >= MIN_UNMARKED_TEASER
        and HAN.match(teaser[-1])
        and SENTENCE_STOP.search(teaser)
    ):
        return teaser  # closed sentences, then one cut mid-clause
    return None


def holds_article(texts: Iterable[str]) -> bool:
    """The article stands in ``texts`` (the content lines above an entry or a listing): at
    least ``MIN_ARTICLE_HAN`` Han letters."""
    return sum(len(HAN.findall(text)) for text in texts) >= MIN_ARTICLE_HAN


def unechoed(pairs: set[str], printed: set[str]) -> bool:
    """A teaser or a listed title the article does not echo: it holds Han pairs, and at most
    ``MAX_ECHO`` of them are among ``printed`` (the pairs the article's lines print)."""
    return bool(pairs) and len(pairs & printed) <= MAX_ECHO * len(pairs)


def cut_teaser(line: str) -> bool:
    """A line a listing's program cut: ``MIN_TEASER`` characters or more ending in three
    dots or in one ellipsis character (prose writes two, ``……``)."""
    text = line.rstrip()
    if len(text) < MIN_TEASER or not text.endswith(CUT_LAST):
        return False
    return PROGRAM_CUT.search(text, len(text) - CUT_WINDOW) is not None  # its tail only


def linked_cut(line: str) -> bool:
    """A cut teaser followed by the listing's read-more link (round 35, ``READ_MORE``).

    >>> linked_cut("沙巴今日新增14宗确诊,比昨日的18宗减少了4宗。各区数据:山打根... Read more")
    True
    >>> linked_cut("沙巴今日新增14宗确诊,比昨日的18宗减少了4宗。Read more")
    False
    """
    link = READ_MORE.search(line.rstrip().lower())
    return link is not None and link.start() > 0 and cut_teaser(line.rstrip()[: link.start()])


def buttoned_cut(line: str) -> str | None:
    """The summary of a teaser cut mid-clause and closed by a link button (round 39,
    module docstring), else None.

    >>> buttoned_cut("人民大学是985还是211人民大学既是985大学,也是211大学,位于北京市,是 [详细]")
    '人民大学是985还是211人民大学既是985大学,也是211大学,位于北京市,是'
    >>> buttoned_cut("市政府今日公布新的交通安排,市民可到官方网站查阅全部内容。 [详细]")
    """
    text = line.strip()
    button = BUTTON_END.search(text)
    if button is None or button.group(1).lower() not in frame_words()["button"]:
        return None
    summary = text[: button.start()].strip()
    if len(summary) < MIN_TEASER or CLOSED_END.search(summary) is not None:
        return None
    return summary


def _titles_above(
    content: list[int], number: int, teaser: str, text_of: Callable[[int], str]
) -> list[int]:
    """The lines right above a buttoned teaser that print its headline (round 39)."""
    found = []
    at = content.index(number)
    while at > 0:
        above = text_of(content[at - 1]).strip()
        head = above.split()[0] if above else ""
        if len(above) > MAX_TITLE or len(head) < MIN_TITLE_HEAD or not teaser.startswith(head):
            break
        at -= 1
        found.append(content[at])
    return found


def teaser_lines(content: list[int], text_of: Callable[[int], str]) -> dict[int, str]:
    """Line number -> ``nav`` for the listing entries among ``content`` (content line
    numbers in page order; ``text_of`` gives a line's text): module docstring."""
    texts = [text_of(number) for number in content]
    page = "\n".join(texts) + "\n"
    hinted = [match.start() for match in HEAD_HINT.finditer(page)]
    for hint in CUT_HINTS + READ_MORE_HINTS + BUTTON_HINTS:
        at = page.find(hint)
        while at >= 0:
            hinted.append(at)
            at = page.find(hint, at + 1)
    if not hinted:
        return {}  # most pages: no date after a label opening a line, no cut closing one
    starts = list(accumulate(len(text) + 1 for text in texts))
    asked = sorted({content[bisect_right(starts, at)] for at in hinted})
    candidates: dict[int, str] = {}
    bare: dict[int, str] = {}
    titles: dict[int, list[int]] = {}
    for number in asked:
        text = text_of(number)
        teaser = entry_text(text)  # most lines: a length test and one anchored match
        if teaser is not None:
            candidates[number] = teaser
        elif text[-1:] in CUT_OR_SPACE and cut_teaser(text):
            bare[number] = text.strip()  # an entry whose label and date stand on other lines
        elif linked_cut(text):
            candidates[number] = text.strip()  # 山打根... Read more: a link to another page
        elif text[-1:] in "]】" and (summary := buttoned_cut(text)) is not None:
            candidates[number] = summary  # …位于北京市,是 [详细] (round 39)
            titles[number] = _titles_above(content, number, summary, text_of)
    if len(candidates) + len(bare) >= MIN_RUN:
        candidates.update(bare)  # a listing: two cut entries or more
    if not candidates:
        return {}
    found: dict[int, str] = {}
    headlines = {n for above in titles.values() for n in above}
    others = [n for n in content if n not in candidates and n not in headlines]
    for number, teaser in candidates.items():
        if not holds_article(text_of(n) for n in others if n < number):
            continue
        if any(len(text_of(n).strip()) > MAX_AFTER for n in others if n > number):
            continue  # the article goes on under it
        pairs = han_pairs(teaser)
        if not pairs:
            continue
        printed: set[str] = set()
        for n in others:
            printed |= han_pairs(text_of(n)) & pairs
        if unechoed(pairs, printed):
            found[number] = "nav"
            found.update(dict.fromkeys(titles.get(number, ()), "nav"))
    return found
