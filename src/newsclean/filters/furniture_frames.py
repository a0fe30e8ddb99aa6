"""Furniture lines framed around a word of navigation: pagers, link buttons, item counters.

Model (round 12; ``navigation.classify_furniture`` calls ``unframed`` and judges what a
frame leaves with its other shapes).  Three frames the page prints around its own words,
each judged on the line alone:

1. a *pager*: page numbers and page words (``第1页 共3页``, ``上一页 1 2 3 下一页``); or a
   *page count in brackets* (``(共19页)``, ``[第2页]``) beside reading words: the count is
   cut and the rest must be furniture on its own (``在本页阅读全文(共19页)`` leaves
   ``在本页阅读全文``, a tool phrase); the count alone is furniture.  A sentence that
   gives a page count (``报告全文(共19页)已经公布。``) leaves a sentence, and stays.
   Round 37 (second wave), a pager's *numbers alone* (``15 16``, ``1 2 3 4``): two to
   twenty-four numbers of at most three digits, spaced, each one more than the number before
   it (the links of a run of pages); a row of years (``2019 2020 2021``), a score or any
   other row of numbers is not such a run, and stays.  Round 37 (mend): such a run alone is
   no frame on its line (a table's flattened head, ``1 2 3``, or ages, ``85 86 87``, between
   paragraphs print the same); it is judged by its place (``page_runs``, asked by
   ``furniture_menu.stacked_menus``): a pager under the article (no paragraph after it) or
   beside a page word line (``上一页``, ``尾页``) or a viewer's page marker (``P. 716``) goes,
   one between paragraphs stays.
   Round 32, a *labelled pager*: a page label (页, 页次, 页码, 分页), its colon and the page
   numbers, the current one in brackets or two numbers at least (Discuz's archiver foot
   ``页: [1]``); a citation's one page (``页码: 35``) stays;
2. a *link button*: a word that alone in brackets is a link (``[全文]``, ``【详情】``,
   ``[更多]``: kind ``button`` of ``data/furniture_frames.txt``), its letters perhaps
   spaced (``[全 文]``), on a line of its own.  The same word in brackets before a text
   (``【全文】某某在大会上的讲话``) is a section tag and stays;
3. an *item counter*: the English label of a numbered list item and its number alone
   (``NEWS 01``, ``Item 3``: kind ``item``).  A heading in words (``PART 1``, ``TOP 10``,
   ``COVID 19``: no item label) stays;
4. an *item count* (round 14): the count of a list's items alone, perhaps between bars or
   brackets (``|共21篇|``, ``(共8帖)``: a counter word of kind ``count``), printed by a tag
   or forum page beside its name.  A sentence that gives the count (``全书共21篇。``) has
   words of its own, and stays;
5. an *English gloss* (round 31): a template's bilingual label, a short Han label with its
   English translation glued or spaced after it (``相关文章Related``, ``热点推荐 Hot
   News``): the gloss is cut and the Han label must be furniture on its own (相关文章 is;
   a heading ``中国China`` or ``冬奥会 Beijing 2022`` leaves a word of the story, and
   stays).

   Round 32, the gloss *stacked* (``stacked_gloss``): the Han label on a line of its own
   and its English on the next, both above the article's first paragraph (a school
   site's section head over the headline: ``新聞資訊`` / ``OUT NEWS``), the Han label a
   section's word (its caller's test) of at most 8 letters, the English one to three
   words in capitals (a brand's name under a label, ``PressMega``, is none). A headline
   over its English title has no section word, and a heading between paragraphs is the
   article's.

6. a *body-start marker* (round 31): a label telling the reader where the text begins,
   a text noun (kind ``part``: 正文, 全文) with the word that it begins after it (kind
   ``begins``: 开始, 如下) or a pointer before it (kind ``lead``: 以下为), perhaps framed
   by brackets and closed by a colon, nothing after it: ``正文开始:``, ``以下为正文``,
   ``【正文如下】``.  A sentence that begins so says what follows (``全文如下，请参阅。``,
   ``文章开始就提到…``) and stays.

Every test is a length bound and a fixed-width pattern: no nested quantifier on user
text (the pager pattern bounds its repeats and its line).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import pairwise

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_records import page_marker
from newsclean.filters.furniture_sitefoot import is_paragraph
from newsclean.filters.head_lists import is_lone_letter
from newsclean.filters.lazy_pattern import lazy_regex

# A pager: page numbers, 第1頁 共3頁, 上一頁 下一頁, 首頁 尾頁, arrows; round 41, a jump by
# a number of pages as the step by one (上5页 beside 上一页: ``上5页上一页6``).
PAGER = lazy_regex(
    r"(?:\s*(?:第\s?\d{1,4}\s?[頁页]|共\s?\d{1,4}\s?[頁页]|[上下](?:一|\d{1,3})?[頁页]|[首尾末][頁页]"
    r"|\d{1,4}|[<>«»‹›]|…|\.\.\.)\s*){2,24}"
)
MAX_PAGER = 60
#: Round 37 (mend): a font-size control stacked one letter a line, its label over its
#: buttons (字 / 小 / 大): the letter alone is furniture only over a button.
SIZE_LABELS = frozenset("字")
SIZE_BUTTONS = frozenset("大中小")
#: A pager's page word: 上一页, 下页, 首頁, 尾页, 末页.
PAGE_WORD = stdlib(r"[上下]一?[頁页]|[首尾末][頁页]")
#: Round 37: a pager's numbers alone, spaced (each one more than the one before).
PAGE_RUN = stdlib(r"[0-9]{1,3}(?: [0-9]{1,3}){1,23}")
#: Round 32, a labelled pager: a page label, its colon, then page numbers, the current one
#: in brackets (Discuz's archiver: 页: [1] 2 3) or two numbers at least.
LABELLED_PAGER = lazy_regex(
    r"(?:分[頁页]|[頁页](?:次|码|碼)?)\s?[:：]\s?"
    r"(?:(?:\d{1,4}\s+)*\[\s?\d{1,4}\s?\](?:\s+\d{1,4})*|\d{1,4}(?:\s+\d{1,4}){1,23})"
)
#: A page count in brackets: (共19页), [第2頁], 【共 3 页】.
PAGE_COUNT = stdlib(r"[(（\[【]\s?[共第]?\s?[0-9]{1,4}\s?[页頁]\s?[)）\]】]")
#: A pager's count frames a few reading words: a longer line is prose.
MAX_FRAMED_LINE = 40
BRACKETS = {"[": "]", "【": "】", "〔": "〕", "(": ")", "（": "）", "「": "」"}
#: A button in brackets, its letters perhaps spaced: [全 文], 【 详 情 】.
MAX_BUTTON = 12
#: An item label and its number: NEWS 01, Item 3, No.12 (the label must be of ``item``).
ITEM_COUNTER = stdlib(r"([A-Za-z]{2,10})\.? ?[0-9]{1,3}")
MAX_COUNTER = 16
#: A list's item count alone: |共21篇|, (共8帖), 【共3条】.
ITEM_COUNT = stdlib(r"[|｜(（\[【]?\s?共\s?[0-9]{1,6}\s?([^\s0-9])\s?[|｜)）\]】]?")
#: A Han label and its English gloss after it (1-3 Latin words, nothing else).
GLOSSED = lazy_regex(r"(\p{Han}{2,8}) ?[A-Za-z]{2,12}(?: [A-Za-z]{2,12}){0,2}")
MAX_GLOSSED = 40
#: Round 32: a Han label alone, and an English gloss in capitals alone (a section head's
#: typography: OUT NEWS; a brand's name, PressMega, is no gloss).
HAN_LABEL = lazy_regex(r"\p{Han}{2,8}")
ENGLISH_GLOSS = lazy_regex(r"[A-Z]{2,12}(?: [A-Z]{2,12}){0,2}")
#: A body-start marker is a short label.
MAX_MARKER = 14
MARKER_FRAME = "【】[]〔〕()（）「」<>《》 \u3000:：-—=*"


def body_start(line: str) -> bool:
    """A label telling where the text begins, nothing after it (module docstring, 6)."""
    word = line.strip(MARKER_FRAME)
    if not word or len(word) > MAX_MARKER:
        return False
    words = frame_words()
    for part in words["part"]:
        at = word.find(part)
        if at < 0:
            continue
        before, after = word[:at], word[at + len(part) :]
        if (
            (before or after)
            and (not before or before in words["lead"])
            and (not after or after in words["begins"])
        ):
            return True
    return False


@cache
def frame_words() -> dict[str, frozenset[str]]:
    """kind (button, item, media) -> its words, lower case (``data/furniture_frames.txt``)."""
    kinds: dict[str, set[str]] = {
        "button": set(),
        "item": set(),
        "media": set(),
        "count": set(),
        "part": set(),
        "begins": set(),
        "lead": set(),
    }
    for fields in data_lines("furniture_frames.txt"):
        kinds[fields[0]].add(fields[1].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


def unframed(line: str) -> str | None:
    """What a frame leaves of ``line`` (stripped) to be judged, or None when no frame holds
    it: ``""`` when the frame is the whole line (a pager, a button, an item counter), the
    words beside a bracketed page count otherwise (furniture only if they are).

    >>> unframed("第1页 共3页"), unframed("[全 文]"), unframed("NEWS 01")
    ('', '', '')
    >>> unframed("在本页阅读全文(共19页)")
    '在本页阅读全文'
    >>> unframed("【全文】某某在大会上的讲话") is None, unframed("PART 1") is None
    (True, True)
    >>> unframed("15 16") is None  # judged by its place: page_runs (round 37, mend)
    True
    >>> unframed("|共21篇|"), unframed("全书共21篇。") is None
    ('', True)
    >>> unframed("相关文章Related"), unframed("热点推荐 Hot News")
    ('相关文章', '热点推荐')
    >>> unframed("正文开始:"), unframed("以下为正文"), unframed("文章开始就提到了他") is None
    ('', '', True)
    """
    if len(line) <= MAX_MARKER and "文" in line and body_start(line):  # every part holds 文
        return ""
    if "共" in line and len(line) <= MAX_COUNTER:
        count = ITEM_COUNT.fullmatch(line)
        if count is not None and count.group(1) in frame_words()["count"]:
            return ""
    if "页" in line or "頁" in line:
        if len(line) <= MAX_PAGER and (PAGER.fullmatch(line) or LABELLED_PAGER.fullmatch(line)):
            return ""  # 上一页 1 2 3 下一页; 页: [1] 2 3 (round 32)
        count = PAGE_COUNT.search(line) if len(line) <= MAX_FRAMED_LINE else None
        if count is None:
            return None
        return f"{line[: count.start()]} {line[count.end() :]}".strip()
    close = BRACKETS.get(line[0])
    if close is not None:
        if len(line) > MAX_BUTTON or line[-1] != close:
            return None
        word = "".join(line[1:-1].split()).lower()
        return "" if word in frame_words()["button"] else None
    if len(line) <= MAX_GLOSSED and "A" <= line[-1] <= "z" and not line[0].isascii():
        glossed = GLOSSED.fullmatch(line)
        if glossed is not None:
            return glossed.group(1)  # 相关文章Related: the label alone is judged
    if len(line) <= MAX_COUNTER and line[0].isascii():
        counter = ITEM_COUNTER.fullmatch(line)
        if counter is not None and counter.group(1).lower() in frame_words()["item"]:
            return ""
    return None


def page_run(line: str) -> bool:
    """A pager's numbers alone, each one more than the one before (module docstring).

    >>> page_run("15 16"), page_run("1 2 3 4"), page_run("2019 2020 2021"), page_run("5 6 8")
    (True, True, False, False)
    """
    line = line.strip()
    if not line[:1].isdigit() or len(line) > MAX_PAGER or not PAGE_RUN.fullmatch(line):
        return False
    numbers = [int(number) for number in line.split(" ")]
    return all(after == before + 1 for before, after in pairwise(numbers))


def page_runs(content: list[int], text_of: Callable[[int], str]) -> list[int]:
    """The content lines (in page order) that are a pager's numbers alone under the article
    (no paragraph after them) or beside a page word line (module docstring, round 37).
    ``text_of`` answers for any line of the page (a blank or removed one too): the page
    word's line may have gone before."""
    runs = [k for k, number in enumerate(content) if page_run(text_of(number))]
    if not runs:
        return []  # most pages
    paragraphs = [k for k, number in enumerate(content) if is_paragraph(text_of(number))]
    last = paragraphs[-1] if paragraphs else -1
    end = content[-1]
    return [
        content[k]
        for k in runs
        if k > last or any(map(_page_words, _beside(content[k], end, text_of)))
    ]


def _beside(number: int, end: int, text_of: Callable[[int], str]) -> list[str]:
    """The printed lines right above and under line ``number`` (blank lines skipped), in
    that order; the page's last line ``end`` bounds the search under it."""
    found = []
    for step in (-1, 1):
        other = number + step
        while 0 <= other <= end and not text_of(other).strip():
            other += step
        found.append(text_of(other).strip() if 0 <= other <= end else "")
    return found


def _page_words(text: str) -> bool:
    """上一页, 下一页 尾页, 第1页 共3页: a pager's words, perhaps alone; or a viewer's page
    marker (``P. 716``, ``furniture_records.page_marker``) naming the page the run turns."""
    if len(text) > MAX_PAGER:
        return False
    if PAGE_WORD.search(text) is None:
        return page_marker(text)
    return PAGE_WORD.fullmatch(text) is not None or PAGER.fullmatch(text) is not None


def size_labels(content: list[int], text_of: Callable[[int], str]) -> list[int]:
    """The content lines (in page order) that are a font-size control's label stacked over
    its buttons: a lone letter (``head_lists.is_lone_letter``: ``字``) whose next printed
    line is a size button alone (``大``, ``中``, ``小``; module docstring, round 37).  A
    ``字`` in a poem or a list between paragraphs has words under it, and stays."""
    end = content[-1] if content else -1
    found = []
    for number in content:
        text = text_of(number).strip()
        if text not in SIZE_LABELS:
            continue
        under = _beside(number, end, text_of)[-1:]
        if under and under[0] in SIZE_BUTTONS and is_lone_letter(under[0]):
            found.append(number)
    return found


def stacked_gloss(
    content: list[int], text_of: Callable[[int], str], is_label: Callable[[str], bool]
) -> list[int]:
    """The content lines (in page order) of a section's label and its English gloss on
    the next line, above the first paragraph (module docstring, round 32)."""
    found: list[int] = []
    for k in range(len(content) - 1):
        text = text_of(content[k]).strip()
        if is_paragraph(text):
            break  # the article has begun
        gloss = text_of(content[k + 1]).strip()
        if HAN_LABEL.fullmatch(text) and ENGLISH_GLOSS.fullmatch(gloss) and is_label(text):
            found += [content[k], content[k + 1]]
    return found
