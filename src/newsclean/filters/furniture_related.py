"""Other stories' headlines printed on this page: a related link, a row of headlines.

Model (round 12, moved out of ``site_lines`` in round 34; ``site_lines.foreign_lines``
asks both before the headline is looked for, so neither is taken for it):

* a *related link* (``related_links``): a bulleted short line that reads as the headline of
  a different story (``• 某地地铁站乘客遭袭击(图)``; the model in ``site_lines``);
  Round 39: a bulleted line standing alone between two of the article's paragraphs (a
  paragraph right above it and right under it, neither bulleted) is a heading of the
  article's own sections (``●号称“亚洲赌王”却不给反赌建议`` between paragraphs of a report on
  gambling sites), however few of its words the paragraphs repeat: a related link stands
  in a list of links or under the article, never alone inside its text;
* round 34, a *row of headlines* (``headline_rows``): ``MIN_HEADLINES`` or more headlines
  joined by single spaces on one line, no sentence mark or comma in it (``约1500名海外越侨
  将参加…活动 2023年胡志明市海外越南人委员会十大典型活动 将春节的气息传递给…社群``, under a
  Vietnamese paper's lead), each headline-shaped (``title.is_title_shaped``) with at least
  ``MIN_ROW_HAN`` Han letters, and each foreign to the page: at most a third of its Han
  pairs stand in another line.  A paragraph runs on with its commas and stops; a heading of
  the article's own in parts shares the article's words; a headline in spaced parts
  (``司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花``) has shorter parts: all stay.
* round 34, a *dated list* (``dated_headlines``): ``MIN_DATED`` or more other stories'
  headlines in a run, each on its line with its date alone on the next
  (``外交部:日方仍在要害问题上挤牙膏、埋钉子`` / ``2025-12-17``, a portal's related list
  under the article): each headline title-shaped with ``MIN_RELATED_HAN`` Han letters or
  more and foreign to the page as a row's are, the date a bare date; headlines and dates
  go, and so no date of theirs is the page's (nor a bare date right above the first
  headline: an item's whose headline another filter took).  The article's own headline over its date
  shares the article's words, and one headline with a date is no list: both stay.
* round 46, a *headed related block* (``headed_blocks``): a list's heading alone on its line,
  a relation word and a noun naming what is listed (``相关`` + ``知识``, ``相關`` + ``內容``,
  ``热门`` + ``资讯``: kinds of ``data/related_headings.txt``), then, on the lines under it
  (a line another filter took passed over), one or more *items*: another heading of the kind,
  another story's headline (title-shaped, ``MIN_RELATED_HAN`` Han letters or more, foreign to
  the page as a row's are: ``武汉植物园举行 “中国梦·花艺梦”花艺竞赛``), or a *cut teaser*
  (``cut_teaser``: a headline, a space, the story's opening, cut and closed by an ellipsis,
  ``IDA携东亚银行探索香港稳定币... 香港新闻网12月11日电 … 以支持香港的数字...``), foreign
  to the page.  The heading with at least one story under it goes with its items; a heading
  over the article's own items (sharing its words), or over a paragraph, stays.  A cut teaser
  alone under the article's last paragraph, nothing of the article after it (``乐游趣 瑞里
  紫藤花季起跑 欢迎来赏花、许愿 嘉义县…许愿...``, a tag page's item), goes too: an article's
  paragraph is not cut by an ellipsis after a headline and a space, nor foreign to its page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.byline_names import marked_writer
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.furniture_frames import frame_words
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.head_h1 import line_text as _text
from newsclean.filters.title import is_prose, is_title_shaped

#: Bullets that open an item of a list of links (``◎`` marks a byline, not an item).
BULLETS = "•●·■◆▪▸►◇"
#: A related link is a headline: at most this long with its bullet and mark.
MAX_RELATED = 44
#: ... and at least this many Han characters: fewer is a label of the article's own list.
MIN_RELATED_HAN = 8
#: A media mark closing a headline: (图), （组图）, (视频).
MEDIA_MARK = stdlib(r"[(（]([^()（）]{1,4})[)）]$")
#: A row of headlines: at least this many, the line at most MAX_HEADLINES of them long.
MIN_HEADLINES, MAX_HEADLINES = 3, 6
#: Each headline of a row holds at least this many Han letters: the row is longer than any
#: one headline, whose parts (``司警昨再破跨境運毒 拘機場入境馬籍男子 …``) are shorter.
MIN_ROW_HAN = 16
#: A sentence mark or a comma: a paragraph's, never a row of headlines'.
PROSE_MARK = stdlib(r"[。；;！!？?，,]")
#: A dated list holds at least this many headlines, each over its date.
MIN_DATED = 2
#: A sentence's full stop: a listed headline never prints one (a headline asks or exclaims,
#: it does not state a sentence), a paragraph above the list does.
FULL_STOP = "。"
#: A date alone on its line, perhaps with its time: 2025-12-17, 2025年12月17日 08:30.
BARE_DATE = stdlib(
    r"[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)


def _seen(lines: Sequence[LineLike | None], content: Sequence[int]) -> Counter[str]:
    """In how many lines of the page each Han pair stands."""
    seen: Counter[str] = Counter()
    for k in content:
        seen.update(han_pairs(_text(lines, k)))
    return seen


def _inside_text(lines: Sequence[LineLike | None], content: Sequence[int], i: int) -> bool:
    """Line ``i`` of ``content`` stands between two paragraphs, neither bulleted."""
    at = content.index(i)
    if at == 0 or at + 1 == len(content):
        return False
    around = (_text(lines, content[at - 1]).strip(), _text(lines, content[at + 1]).strip())
    return all(text[:1] not in BULLETS and is_prose(text) for text in around)


def related_links(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The bulleted lines of ``content`` that read as another story's headline."""
    items = [
        i
        for i in content
        if (text := _text(lines, i).lstrip())[:1] in BULLETS and len(text) <= MAX_RELATED
    ]
    if not items:
        return []  # most pages: no bulleted short line
    # In how many lines of the page each pair stands: counted when a headline-shaped item
    # first asks (few get that far: 3 items in the 500 corpus pages), not for every page
    # with a bulleted short line.
    seen: Counter[str] | None = None
    found = []
    for i in items:
        if _inside_text(lines, content, i):
            continue  # ●网友遇到“兑付”难 between two paragraphs: a section heading (round 39)
        bare = _text(lines, i).strip().lstrip(BULLETS + " \u3000")
        mark = MEDIA_MARK.search(bare)
        media = mark is not None and mark.group(1).strip().lower() in frame_words()["media"]
        headline = bare[: mark.start()].strip() if mark is not None and media else bare
        if len(HAN.findall(headline)) < MIN_RELATED_HAN or not is_title_shaped(headline):
            continue
        if marked_writer(bare):
            continue  # 梁婉琦 雷翠雲 記者: the writers and their role, no headline
        if seen is None:
            seen = _seen(lines, content)
        own = han_pairs(headline)
        shared = sum(1 for pair in own if seen[pair] > 1)
        if shared == 0 or (media and 3 * shared < len(own)):
            found.append(i)
    return found


def headline_rows(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The lines of ``content`` that are rows of other stories' headlines (module
    docstring)."""
    rows: dict[int, list[str]] = {}
    for i in content:
        text = _text(lines, i).strip()
        if " " not in text or len(text) > MAX_HEADLINES * MAX_RELATED or PROSE_MARK.search(text):
            continue  # most lines: no space, or a paragraph's marks
        parts = text.split(" ")
        if len(parts) < MIN_HEADLINES or not all(_headline(part) for part in parts):
            continue
        rows[i] = parts
    if not rows:
        return []
    seen = _seen(lines, content)
    found = []
    for i, parts in rows.items():
        if all(_foreign(part, seen) for part in parts):
            found.append(i)
    return found


def _headline(part: str) -> bool:
    return (
        len(part) <= MAX_RELATED and len(HAN.findall(part)) >= MIN_ROW_HAN and is_title_shaped(part)
    )


def _foreign(headline: str, seen: Counter[str]) -> bool:
    """At most a third of the headline's pairs stand in a line besides its own."""
    own = han_pairs(headline)
    return 3 * sum(1 for pair in own if seen[pair] > 1) <= len(own)


def dated_headlines(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The headlines among ``content`` and their dates (the next printed line, perhaps
    already read as a byline's) of the dated lists on the page (module docstring)."""
    # The bare dates first, each under the printed line before it (the line whose next
    # printed line it is): one pass over the page's lines, most of which open with no
    # digit, instead of a walk to each content line's next printed line (round 47).
    under: dict[int, int] = {}
    for j, line in enumerate(lines):
        if line is None or not "0" <= (text := line.text.strip())[:1] <= "9":
            continue
        if BARE_DATE.fullmatch(text) is not None:
            above = _previous_printed(lines, j)
            if above is not None:
                under[above] = j
    if len(under) < MIN_DATED:
        return []  # fewer bare dates than a list needs
    dated: dict[int, int] = {}
    for i in content:
        after = under.get(i)  # a line that prints nothing is above no date: not a headline
        if after is None:
            continue
        text = _text(lines, i).strip()
        if FULL_STOP in text:
            continue  # a written sentence: the article's paragraph over a list it lost a line of
        if MIN_RELATED_HAN <= len(HAN.findall(text)) <= MAX_RELATED and is_title_shaped(text):
            dated[i] = after
    if len(dated) < MIN_DATED:
        return []  # most pages: no headline over a bare date, or one (the article's)
    seen = _seen(lines, content)
    found: list[int] = []
    run: list[int] = []
    for i in dated:
        if not _foreign(_text(lines, i).strip(), seen):
            continue
        if run and _next_printed(lines, dated[run[-1]]) != i:
            found.extend(_dated_run(lines, run, dated))
            run = []
        run.append(i)
    found.extend(_dated_run(lines, run, dated))
    return found


def _next_printed(lines: Sequence[LineLike | None], i: int) -> int | None:
    """The next line after ``i`` that prints something."""
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line is not None and line.text.strip():
            return j
    return None


def _dated_run(
    lines: Sequence[LineLike | None], run: list[int], dated: dict[int, int]
) -> list[int]:
    """A run's headlines and dates, when it is a list, and a bare date right above its
    first headline: an item's date whose headline went before (another filter's)."""
    if len(run) < MIN_DATED:
        return []
    found = [j for i in run for j in (i, dated[i])]
    above = _previous_printed(lines, run[0])
    if above is not None and BARE_DATE.fullmatch(_text(lines, above).strip()):
        found.append(above)
    return found


def _previous_printed(lines: Sequence[LineLike | None], i: int) -> int | None:
    """The last line before ``i`` that prints something."""
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if line is not None and line.text.strip():
            return j
    return None


#: A field's colon: a footer's labelled rows (``指导单位:…``, ``网址: …``) end a related
#: block; a listed headline with a colon is given up (the block then ends before it).
LABEL_COLON = stdlib(r"[:：]")
#: An ellipsis closing a cut summary: ``...``, ``…``, ``……``, ``。。。``.
CUT_END = stdlib(r"(?:\.{3,}|…+|。{3,})$")
#: The same ends as plain suffixes: ``str.endswith`` answers for every line of the page
#: without the search trying each position of a long paragraph.
CUT_ENDS = ("...", "…", "。。。")
#: The headline of a teaser ends at its first space, within this many characters.
MAX_TEASER_HEAD = 48
#: A sentence mark or comma: never in a teaser's headline before its first space.
HEAD_MARK = stdlib(r"[。；;！!？?，,:：]")


def related_heading(text: str) -> bool:
    """A related list's heading: a relation word and a listed noun, nothing else (module
    docstring, ``data/related_headings.txt``)."""
    text = text.strip()
    return len(text) <= 8 and text in _headings()


@cache
def _headings() -> frozenset[str]:
    """Every relation word joined to every listed noun: one set lookup a line (the
    heading test is asked of every line of every page)."""
    kinds = data_kinds("related_headings.txt")
    return frozenset(relation + noun for relation in kinds["relation"] for noun in kinds["noun"])


def cut_teaser(text: str) -> bool:
    """A headline, a space and the story's opening cut by an ellipsis (module docstring)."""
    text = text.strip()
    if not text.endswith(CUT_ENDS) or " " not in text[:MAX_TEASER_HEAD]:
        return False
    head = text[: text.index(" ")]
    head = CUT_END.sub("", head)
    return (
        HAN.search(head) is not None
        and HEAD_MARK.search(head) is None
        and len(HAN.findall(text)) >= 2 * MIN_RELATED_HAN
    )


def _story(text: str) -> bool:
    """Shaped as another story's headline or cut teaser (its foreignness asked apart)."""
    text = text.strip()
    if cut_teaser(text):
        return True
    return (
        len(HAN.findall(text)) >= MIN_RELATED_HAN
        and len(text) <= MAX_RELATED
        and FULL_STOP not in text
        and LABEL_COLON.search(text) is None
        and is_title_shaped(text)
    )


def headed_blocks(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The headed related blocks among ``content`` and the lone cut teasers under the
    article (module docstring)."""
    heads: list[int] = []
    teasers: list[int] = []
    headings = _headings()
    for i in content:  # one pass: ``related_heading`` and ``cut_teaser``'s first tests inline
        text = _text(lines, i).strip()
        if len(text) <= 8 and text in headings:
            heads.append(i)
        if text.endswith(CUT_ENDS) and cut_teaser(text):
            teasers.append(i)
    if not heads and not teasers:
        return []  # most pages: neither a related heading nor a cut teaser
    kept = set(content)
    found: list[int] = []
    for h in heads:
        items: list[int] = []
        j: int | None = h
        while (j := _next_printed(lines, j)) is not None:  # type: ignore[arg-type]
            if j not in kept:
                continue  # a line another filter took (a label, spam): passed over
            text = _text(lines, j)
            if not (related_heading(text) or _story(text)):
                break
            items.append(j)
        # foreign to the page's other lines: the list's own items share words (two posts
        # of one garden), the article's do not
        block = {h, *items}
        seen = _seen(lines, [k for k in content if k not in block])
        block_items: list[int] = []
        for j in items:  # the block ends at a line the page's other lines echo
            text = _text(lines, j)
            if not (related_heading(text) or _unseen(text.strip(), seen)):
                break
            block_items.append(j)
        if any(not related_heading(_text(lines, j)) for j in block_items):
            found.extend([h, *block_items])
    seen = _seen(lines, content)
    taken = set(found)
    for i in teasers:
        if i in taken or not _foreign(_text(lines, i).strip(), seen):
            continue
        after = [k for k in content if k > i and k not in taken]
        before = [k for k in content if k < i and is_prose(_text(lines, k))]
        if before and not any(is_prose(_text(lines, k)) for k in after):
            found.append(i)
    return found


def other_stories(lines: Sequence[LineLike | None], content: Sequence[int]) -> dict[int, str]:
    """Every line of ``content`` this module reads as other stories', with its reason."""
    found = dict.fromkeys(related_links(lines, content), "a related link: another story's headline")
    for i in headline_rows(lines, content):  # round 34
        found.setdefault(i, "a row of other stories' headlines joined by spaces")
    for i in dated_headlines(lines, content):  # round 34
        found.setdefault(i, "a list of other stories' headlines, each over its date")
    for i in headed_blocks(lines, content):  # round 46
        found.setdefault(i, "a related block: its heading over other stories' headlines or teasers")
    return found


def _unseen(headline: str, seen: Counter[str]) -> bool:
    """At most a third of the headline's pairs stand in the lines counted in ``seen``."""
    own = han_pairs(headline)
    return 3 * sum(1 for pair in own if seen[pair] > 0) <= len(own)
