"""Where the headline stands: the search among the head's lines (``page_head``'s
decision, 2; split from ``page_head`` in round 24, which places every other head line).

The head ends at the first paragraph (``ends_head``), the site's header above it at its
last header-speech line (``header_end``).  The headline is the line a byline of the head
hangs under (``_hung_under``: page speech passed over, and, round 24, a line with no Han
letter: the outlet's name in Latin letters between headline and byline, ``The Young
Reporter``), else the first headline-shaped line under the header that an article
follows (``_first_headline``: round 27, a label its colon leaves open, ``文章详情介绍:``,
and a record's field, ``- 格式:pdf``, passed over like a crumb), else, when that one
speaks of none of the article, the later candidate the article echoes most
(``best_echoed``, ``head_echo``'s model), when it echoes beyond chance (``head_chance``).

Round 27: a short *label left open by its colon* (``is_open_label``: ``文章详情介绍:``,
``验证码:``) names no event: its value is what stands under it.  Nor does a *field line*
(``is_field_line``: ``- 格式:pdf``, ``大小:123KB``: perhaps a bullet, a short key, a colon
and a value without a Han letter): a file's or a record's field names a format, a size,
a count.  A headline with a colon of its own goes on in words (``麦美娟:区会履职制…``).
Round 37: a *lone letter* (``head_lists.is_lone_letter``: ``字`` over the font-size buttons)
is a control's word, neither headline nor paragraph: passed over like markup; an e-book's
running title (``Page 716 - <book>``) is the page's frame (``head_lists.head_part``): the
site's header ends at it (a tool's label with an empty value, ``【更改字体样式: 】``, is
navigation's furniture before the head is read: ``data/nav_terms.txt``).

Round 32: a *dek* (a line opening with a dash, ``——国家主席…讲话侧记``) right under a
candidate is that headline's subtitle, written of the same article: it echoes the article
as its headline's line, never as a rival headline (``best_echoed`` passes over it).

Round 28: a *publisher's name alone* (``head_names.publisher_alone``: a media name, short
as names are: ``天津北方网`` over an article whose first paragraph opens with the reporter's
credit) names who printed the story, not its event, with or without a byline under it:
it is passed over like a crumb, and with no headline under it ``page_head`` reads it as
the source (its rule 4).  The length bound keeps a headline that happens to end in a
media word (``建设全国统一大市场的数字新闻``) a headline: names are short.

Round 34: a *lifted sentence* is no headline: a line whose closing ``MIN_LIFTED`` letters,
a comma among them, a paragraph under it prints again word for word is the article's
sentence printed over a picture (``…表示留意到三盏灯一带今日人头涌涌,更直言请市民「…!」``),
not a headline written for it; a headline quoting a short phrase of the article heads.
Round 42: the paragraph's opening cut at a count inside a clause lifted no sentence
(``caption_lifted.opening_cut``: a post titled with its first words) and may head.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache, partial
from itertools import islice

from newsclean.filters.byline_pieces import PERIODICAL_PLACE, is_section_label
from newsclean.filters.byline_tail import headline_and_byline
from newsclean.filters.caption_credit import credit_alone
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.caption_lifted import lifted_tail, opening_cut
from newsclean.filters.captions import caption_cue
from newsclean.filters.charmodel import HAN
from newsclean.filters.head_echo import keeps_head
from newsclean.filters.head_h1 import line_text
from newsclean.filters.head_lists import (
    head_part,
    is_head_furniture,
    is_keyword_line,
    is_lone_letter,
    is_page_counter,
    is_term_list,
)
from newsclean.filters.head_names import (
    echoed_name,
    is_publisher_name,
    media_name,
    publisher_alone,
)
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import CLAUSE_MARKS, COLONS, STOP_MARKS
from newsclean.filters.notice import is_notice
from newsclean.filters.record_line import is_record_row
from newsclean.filters.site_speech import (
    CRUMB_ARROW,
    echo_keyword,
    header_speech,
    is_welcome,
    page_speech,
    speech,
)
from newsclean.filters.title import (
    DEK_DASH,
    MAX_SECTION_HAN,
    OPEN_END,
    echoes,
    is_citation,
    is_prose,
    is_site_name,
    is_title_shaped,
    list_runs,
)

#: A label left open (round 27): its colon closes it, its value is what follows.
LABEL_COLONS = (":", "：")
#: A label left open is at most this long, and holds no other clause or sentence mark.
MAX_OPEN_LABEL = 16
PROSE_MARK = lazy_regex(f"[{CLAUSE_MARKS}{STOP_MARKS}{COLONS}]")  # site_speech's but 、
#: A field line: a bullet perhaps, a key of one to six Han letters, a colon, a value.
FIELD_LINE = lazy_regex(r"(?:[-–—•·*]\s{0,3})?\p{Han}{1,6}\s{0,2}[:：]\s{0,3}(?P<value>\S.{0,40})")
#: The head parts that are the page's frame: the site's header ends at them (round 37).
PAGE_FRAME = ("running",)
#: Page-speech lines (tool rows) passed over between a headline and its byline, at most.
MAX_PASSED = 3


def ends_head(text: str) -> bool:
    """A paragraph (``title.is_prose``) ends the head; a welcome banner, a closed sentence
    too (``大家好,欢迎来到某某网。``), is the site's header speech and does not; nor, round
    35, does a list of short terms longer than a headline (``head_lists.is_keyword_line``: the
    page's keywords, ``四川,成都,蓉城,…``): a list is no paragraph, whatever its length."""
    return (
        is_prose(text)
        and not (("欢" in text or "歡" in text) and is_welcome(text))
        and not ("。" not in text and is_keyword_line(text))
    )


def header_end(lines: Sequence[LineLike | None], content: list[int], bylines: list[int]) -> int:
    """The position in ``content`` right under the site's header (0 when it has none):
    under its last header-speech line above the first paragraph and the first byline."""
    end = 0
    echoed: tuple[str, ...] = ()
    stop = bylines[0] if bylines else len(lines)
    for position, i in enumerate(content):
        text = line_text(lines, i)
        if i > stop or ends_head(text):
            break
        if (
            header_speech(text)
            or (echoed and text.strip().startswith(echoed))
            or head_part(text) in PAGE_FRAME  # Page 716 - <book> (round 37)
        ):
            end = position + 1
            echoed += (keyword,) if (keyword := echo_keyword(text)) else ()
    return end


def find_title(
    lines: Sequence[LineLike | None], content: list[int], head_bylines: list[int]
) -> tuple[int | None, list[int]]:
    """The index of the headline among ``content`` (module docstring, 2), or None, and the
    lines weighed above it that speak of no part of the article (another story's)."""
    if not content:
        return None, []
    under = content[header_end(lines, content, head_bylines) :]
    for byline in head_bylines:
        if content[-1] < byline and not any(ends_head(line_text(lines, i)) for i in content):
            return None, []  # a page head with no article under it: nothing says which is the title
        above = _hung_under(lines, under, byline)
        if not above or not headline_shaped(lower := line_text(lines, above[-1])):
            continue
        upper = line_text(lines, above[-2]) if len(above) >= 2 else ""
        # its source, its section, or (round 36) the outlet signing the headline over it
        if media_name(lower) is not None or is_section_label(lower) or echoed_name(lower, upper):
            if (
                headline_shaped(upper)
                and not is_section_label(upper)
                and not is_publisher_name(upper)
            ):
                return above[-2], []
            continue
        if len(above) >= 2 and lower.startswith(DEK_DASH):
            upper = line_text(lines, above[-2])
            if headline_shaped(upper) and not _is_section(upper):
                return above[-2], []  # the headline, with its dek (——记…) under it
        return above[-1], []
    in_list = list_runs(lines, content)
    article_of = cache(partial(article_under, lines, under))  # built once, when first asked
    first = _first_headline(lines, under, in_list, article_of)
    if first is None:
        return None, []
    article = article_of()
    if echoes(line_text(lines, under[first]), article):
        return under[first], []
    # A headline speaks of its article: the later candidate it echoes most (head_echo).
    best, weighed = best_echoed(
        first,
        under,
        lambda i: line_text(lines, i),
        article,
        lambda start: _first_headline(lines, under, in_list, article_of, start),
    )
    return under[best], weighed


def best_echoed(
    first: int,
    under: list[int],
    text: Callable[[int], str],
    article: str,
    next_candidate: Callable[[int], int | None],
) -> tuple[int, list[int]]:
    """The position in ``under`` of the candidate that heads, from ``first`` (which the
    article does not echo) on, and the candidates weighed above it (``head_echo``'s
    docstring, round 15).  Round 32 (``head_chance``): a later line's echo at chance does
    not unseat a first line that is a headline of its own (``head_echo.keeps_head``).
    ``text(i)`` is line ``i``'s text; ``next_candidate(p)`` the next candidate from
    position ``p`` on, or None."""
    best, best_share = first, 0
    weighed = [under[first]]
    later = next_candidate(first + 1)
    while later is not None:
        if best_share and _names_a_picture(later, under, text):
            later = next_candidate(later + 1)
            continue  # the picture's name under an echoed headline: a caption's line
        if under[later - 1] in weighed and text(under[later]).lstrip().startswith(DEK_DASH):
            later = next_candidate(later + 1)
            continue  # the dek under its headline (round 32): it echoes the headline's article
        weighed.append(under[later])
        share = echoes(text(under[later]), article)
        if share > best_share:
            best, best_share = later, share
        later = next_candidate(later + 1)
    if best != first and keeps_head(text(under[first]), text(under[best]), article):
        return first, []  # a chance echo does not unseat a headline of its own (round 32)
    return best, [i for i in weighed if i < under[best]]


def _names_a_picture(position: int, under: list[int], text: Callable[[int], str]) -> bool:
    """The next line under the candidate at ``position`` has a caption's wording (round 38:
    a credit alone, ``head_site.credit_alone``, names no picture)."""
    if position + 1 >= len(under):
        return False
    below = text(under[position + 1])
    return caption_cue(below) is not None and not credit_alone(below)


def article_under(lines: Sequence[LineLike | None], indices: Sequence[int]) -> str:
    """The article of ``indices`` (lines of ``lines``): its paragraphs (``ends_head``),
    joined.  The head's callers build it once per page, when first asked
    (``functools.cache`` over a ``partial``): most pages never ask."""
    texts = (line_text(lines, i) for i in indices)
    return "\n".join(text for text in texts if ends_head(text))


#: A crumb trail's steps: two of its arrows or more (``首页 > 源码编译 > X``).
MIN_PATH_STEPS = 2


def crumb_path(text: str) -> bool:
    """A crumb trail: the path down to the page, its last step perhaps the headline's words
    (round 30); the headline is printed again under it, on its own line.

    >>> crumb_path("导航:首页 > 源码编译 > 大运中国女足力克日本队 18年后再度夺冠")
    True
    >>> crumb_path("人工智能 > 人类? 专家这样说")
    False
    """
    return len(CRUMB_ARROW.findall(text)) >= MIN_PATH_STEPS  # site_speech's arrows: >> is one


def _first_headline(
    lines: Sequence[LineLike | None],
    under: list[int],
    in_list: set[int],
    article_of: Callable[[], str],
    start: int = 0,
) -> int | None:
    """The position in ``under`` of the first headline from ``start`` on (module
    docstring, 2, without a byline), or None; ``article_of()`` is the article under it."""
    for position in range(start, len(under)):
        i = under[position]
        text = line_text(lines, i)
        if is_notice(text, near_foot=True) or is_citation(text):
            continue  # a disclaimer above the article (不代表本网立场): no headline, look under
        if ends_head(text):
            return None
        if (
            i in in_list
            or is_term_list(text)
            # a menu the article does not speak of, a tag, a staff or contact line (round 34, 35)
            or is_head_furniture(text, article_of)
            or is_page_counter(text)
            or text.rstrip().endswith(OPEN_END)  # a crumb or a row left open (round 24)
            or crumb_path(text)  # 导航:首页 > 源码编译 > the headline (round 30)
            or is_open_label(text)  # a label its colon leaves open (round 27)
            or is_field_line(text)  # a record's field: - 格式:pdf (round 27)
            or PERIODICAL_PLACE.fullmatch(text.strip()) is not None  # 第 38 期, 第A15版:烟台街
            or publisher_alone(text)  # 天津北方网: who printed it, no event (round 28)
            or speech(text) is not None
            or HAN.search(text) is None  # markup, ?, ::: left in the head: no words at all
            or is_lone_letter(text)  # 字 over 大 / 小: a control's word (round 37)
        ):
            continue  # furniture above the article: look under it
        following = next(  # the article's first line: not the headline again, no caption
            (
                line
                for j in islice(under, position + 1, None)
                if (line := line_text(lines, j)) != text and caption_cue(line) is None
            ),
            None,
        )
        if following is None or not headline_shaped(text):
            return None
        if _lifted(text, lines, under[position + 1 :]):
            return None  # a sentence of the article printed again: a caption's, no headline
        if is_publisher_name(text):  # a media name alone names no event: no headline
            if headline_shaped(following):
                continue  # the site's name printed above the headline
            return None  # the site or the source over the article (structure says which)
        return position
    return None


def _hung_under(lines: Sequence[LineLike | None], under: list[int], byline: int) -> list[int]:
    """The two nearest lines of ``under`` above ``byline`` that are no page speech, in page
    order: the line a byline hangs under and the one above it.  At most ``MAX_PASSED``
    page-speech lines are passed over, so a long head costs a few lines per byline."""
    found: list[int] = []
    passed = 0
    for k in range(bisect_left(under, byline) - 1, -1, -1):
        text = line_text(lines, under[k])  # a name in Latin letters alone (The Young Reporter)
        if page_speech(text) is None and HAN.search(text) is not None:
            found.insert(0, under[k])
            if len(found) == 2:
                break
        elif (passed := passed + 1) > MAX_PASSED:
            break
    return found


def _is_section(text: str) -> bool:
    """A section or site name standing above a headline: 国内新闻, 港闻, 新华网."""
    return len(HAN.findall(text)) <= MAX_SECTION_HAN or is_site_name(text)


def is_open_label(text: str) -> bool:
    """A short label closed by its colon, nothing after it (``文章详情介绍:``, ``摘要：``):
    the value it introduces stands under it, and the label names no event (round 27)."""
    label = text.strip()
    if len(label) > MAX_OPEN_LABEL or not label.endswith(LABEL_COLONS):
        return False
    return PROSE_MARK.search(label, 0, len(label) - 1) is None


def is_field_line(text: str) -> bool:
    """A field of a record on a line of its own: perhaps a bullet, a short key before a
    colon, and a value without a Han letter (``- 格式:pdf``, ``- 大小:38.27 KB``, ``页数：2``).
    A value names no event (a format, a size, a count): no headline (round 27); a headline
    with a colon goes on in words after it (``麦美娟:区会履职制…``)."""
    found = FIELD_LINE.fullmatch(text.strip())
    return found is not None and HAN.search(found.group("value")) is None


def headline_shaped(text: str) -> bool:
    """``title.is_title_shaped``, and no record row (``record_line.is_record_row``, round 28:
    a masthead's date, lunar date, permit and price; a theme's icons, the poster and the
    date): a row recording the issue names no event, whatever its length.  Round 41: a
    byline glued after the headline by a wide gap (``byline_tail.headline_and_byline``)
    is left out before the shape is judged."""
    if (glued := headline_and_byline(text)) is not None:
        text = glued[0]  # the byline glued after a wide gap is no part of it (round 41)
    return is_title_shaped(text) and not (any(ch.isdigit() for ch in text) and is_record_row(text))


def _lifted(text: str, lines: Sequence[LineLike | None], below: list[int]) -> bool:
    """Whether ``text``'s closing clause stretch (``caption_lifted.lifted_tail``) is printed
    again in a paragraph under it: a sentence of the article lifted (a picture's caption)."""
    tail = lifted_tail(text)
    return tail is not None and any(
        tail in (t := line_text(lines, i)) and ends_head(t) and not opening_cut(text, t)
        for i in below
    )
