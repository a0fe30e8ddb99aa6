"""The foot of the page: notices by their vocabulary and their place (split from
``structure.py``, which asks it), and what counts as a prose paragraph there.

A line whose notice vocabulary is strong enough for its length is a notice when it stands
at the foot — after the last body paragraph, or in the last ``FOOT_SHARE`` of the content
(``notice.is_notice``).  A paragraph is prose: long, or a complete sentence.

Round 30: the walk up ends at a paragraph *of the article*; a line in a script the
article is not written in (a run of kana under a Chinese story: a WordPress theme's
``…三地启动 はコメントを受け付けていません。``, "comments are closed" after the headline's
words) is the page's template, so a site's notice above it (``注意:本站部分文字内容、图片由
网友投稿,如侵权请联系删除,…``) is still at the foot.  The notice's vocabulary and length
rules judge it as any foot line; a paragraph mentioning copyright once stays.

Round 24, the top: a reader notice (``notice_reader``: a translation note, the site's
terms the reader accepts) is printed above the article as often as under it, so a line of
the body before its first real paragraph, or in the first ``FOOT_SHARE`` of the content (a
leftover line of the page's pollution may stand above it), is one when it reads as one:
``top_notices``.  Only that judge: the vocabulary's weights alone do not speak at the top,
where a lede about copyright (``…要求各网站未经授权不得转载新闻作品。``) opens a story.  A
paragraph further down about AI translation or a user agreement is in neither place and
stays.

Round 32 (issue 9, clean once): the fifths are those of the lines structure has not
placed, captions among them, and the clean text prints no caption: cleaning it again
counts the fifths over fewer lines, and a notice the first cleaning left in the body just
outside its fifth fell inside the second's.  The caller passes ``printed``, the lines
without a caption's wording, and the foot (the top) is the larger of the two fifths; the
notices found are left out of ``printed`` too (the text prints none), and the foot grows
until that changes nothing.  So the first cleaning finds every notice the second would,
and none it found before is lost.
Round 40, *the page's foot as a zone* (``foot_furniture``, asked by ``structure`` once the
body is placed): the article is a contiguous run of lines, from its headline to the last
line that reads as its text; every line after it is the page's foot, and a site prints its
furniture there (a section's menu, a channel's name, a more-link) without any wording a
vocabulary must know.  A line reads as the article's when it is a paragraph (prose: long,
or a complete sentence, ``is_paragraph``), carries a mark of writing (a sentence or clause
mark, a colon, quotes), opens with a list number or a bracket (an item, a credit), holds a
date, is longer than the page's short line (half the page's typical paragraph, at most
``FOOT_SHORT``), or *echoes* the article (half of its Han pairs printed by the article's
lines above: a signature ``中共荣成市委宣传部`` under a story of 荣成's 市委宣传部).  The
article ends at the last such line; the lines after it that read as none of these (two Han
letters at least) are site furniture, but only on a page whose foot the site has already
signed: another line after the article's end that the furniture or notice readers removed
(a copyright line, a more-link; round 41: anywhere under the article's last paragraph,
above the foot's lines too, as a copyright notice over ``头条推荐`` / ``图文推荐``; the
injected spam is no signature of the site).  So ``部门概况`` over ``环境专刊`` /
``更多>>`` goes; a short closing under the last paragraph on a page with no such foot, a
references heading with its list under it (the list reads as the article, so the heading
is above the end), and a colon's lead-in with its items stay.  When in doubt the line
stays.  Round 41: the empty label may be in Latin letters, a bracketed word among them (a
WordPress theme's empty ``Tags (Categories):``).
Round 47, *the end marker signs the foot*: the article's closing record, a line read as
metadata (an editor line ``（责任编辑：陈双焱）``, a source line) standing between the
article's last paragraph and the foot's lines, says the article ended there as a removed
line does, so the short unknown lines under it (``热点图片`` / ``头条新闻``, a widget's
headings) go; a record *under* a short closing line signs nothing above it, and the closing
line stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from newsclean.filters.caption_rejects import KANA_RUN
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.furniture_sitefoot import is_paragraph as paragraph
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import LIST_NUMBER
from newsclean.filters.notice import FOOT_SHARE, is_notice, is_reader_notice
from newsclean.filters.notice_vocabulary import notice_words


class Lined(Protocol):
    """A line as structure sees it: its text."""

    @property
    def text(self) -> str: ...


#: Prose: long, or a complete sentence (``furniture_sitefoot.is_paragraph``, cached: the
#: readers after structure ask it of the same lines again and again).
is_paragraph = lru_cache(maxsize=1 << 13)(paragraph)


def last_paragraph(text_of: Callable[[int], str], placements: Sequence[str]) -> int | None:
    """The index of the article's last paragraph (a line placed in the body and prose), or
    None: where the site's foot begins for ``foot_colophon`` and ``foot_lists``."""
    return next(
        (
            i
            for i in range(len(placements) - 1, -1, -1)
            if placements[i] == "body" and is_paragraph(text_of(i).strip())
        ),
        None,
    )


def foot_notices(
    lines: Sequence[Lined | None], body: list[int], printed: list[int] | None = None
) -> dict[int, list[str]]:
    """Lines among ``body`` that are notices by their vocabulary and their place at the foot.
    The last fifth is that of ``body`` or of ``printed`` (its lines the clean text prints,
    the notices found left out), whichever starts higher (round 32, module docstring).

    Walks up from the last line: the foot ends at the last real paragraph (a paragraph
    that is not a notice candidate) once the last fifth of the content is behind.
    """
    if not body:
        return {}
    printed = printed or body
    foot_from = min(_edge(body, 1 - FOOT_SHARE), _edge(printed, 1 - FOOT_SHARE))
    candidates = _walk_up(lines, body, foot_from)
    while candidates:  # the clean text prints no notice either: count without those found
        found = set(candidates)
        shown = [i for i in printed if i not in found] or printed
        higher = min(foot_from, _edge(shown, 1 - FOOT_SHARE))
        if higher == foot_from:
            break
        foot_from, candidates = higher, _walk_up(lines, body, higher)
    return {i: notice_words(lines[i].text)[:4] for i in reversed(candidates)}  # type: ignore[union-attr]


def _walk_up(lines: Sequence[Lined | None], body: list[int], foot_from: int) -> list[int]:
    """The notice candidates from the last line up (``foot_notices``), last first."""
    candidates: list[int] = []
    past_paragraph = False  # a real paragraph stands below the line being looked at
    # A page of short lines has no paragraph to end the walk: is_notice judges each
    # distinct text once (across pages).
    for i in reversed(body):
        text = lines[i].text  # type: ignore[union-attr]
        if is_notice(text, near_foot=True):
            if not past_paragraph or i >= foot_from:
                candidates.append(i)
        elif is_paragraph(text) and not KANA_RUN.search(text):
            past_paragraph = True
            if i < foot_from:
                break
    return candidates


def _edge(counted: list[int], share: float) -> int:
    """The line at ``share`` of ``counted``."""
    return counted[min(len(counted) - 1, int(len(counted) * share))]


def top_notices(
    lines: Sequence[Lined | None], body: list[int], printed: list[int] | None = None
) -> dict[int, list[str]]:
    """Lines among ``body`` that are reader notices at the top (module docstring): the
    walk down ends at the first real paragraph once the first fifth of the content
    (of ``body`` or of ``printed``, whichever ends lower, as ``foot_notices``) is behind."""
    if not body:
        return {}
    top_to = max(_edge(body, FOOT_SHARE), _edge(printed or body, FOOT_SHARE))
    candidates: list[int] = []
    for i in body:
        text = lines[i].text  # type: ignore[union-attr]
        if is_reader_notice(text):
            candidates.append(i)
        elif is_paragraph(text) and i >= top_to:
            break
    return {i: ["reader notice"] for i in candidates}


#: The longest line the foot reads as furniture, whatever the page's paragraphs.
FOOT_SHORT = 30
#: Marks of writing: a sentence's or a clause's end, a colon, quotes (a menu item has none).
WRITING_MARKS = frozenset("。！？!?；;，,、：:“”‘’「」『』…")
#: A list number or a bracket opening the line (an item of the article's list, a credit),
#: or a date anywhere in it (a signature's date).
ARTICLE_SHAPE = lazy_regex(
    rf"^\s*(?:{LIST_NUMBER}|[(（【\[〔])"  # marks.LIST_NUMBER (round 42: one list grammar)
    r"|\d{4}\s*[年/.-]\s*\d|\d{1,2}\s*月\s*\d{1,2}\s*日"
)
#: An empty label: a bullet perhaps, a field's name of 2-8 Han letters and its colon, no value;
#: round 41, or of Latin words, a bracketed word among them (``Tags (Categories):``).
EMPTY_LABEL = lazy_regex(
    r"^[•·・*-]?\s*(?:\p{Han}{2,8}|[A-Za-z]{2,16}(?: \(?[A-Za-z]{2,16}\)?){0,3})\s*[:：]$"
)
#: What an empty label in the foot says in ``--explain``.
EMPTY_DETAIL = "an empty label in the page's foot: a field's name and its colon, nothing after it"
#: What the foot's furniture says in ``--explain``.
FOOT_DETAIL = (
    "a short line in the page's foot, after the article's last paragraph, "
    "that shares {shared} of its {pairs} Han pairs with the article"
)


def foot_furniture(
    text_of: Callable[[int], str],
    body: list[int],
    placements: Sequence[str],
    title: int | None,
    spam: Callable[[int], bool] = lambda i: False,
) -> dict[int, str]:
    """The site's furniture in the page's foot (module docstring, round 40): ``body``, the
    content lines structure placed, in page order; ``text_of`` a line's text by its index;
    ``placements`` every line's placement so far; ``title`` the headline's index (its words
    and the paragraphs' are the article's); ``spam`` whether a removed line is the
    injected pollution's (no signature of the site). Returns each furniture line's evidence."""
    for i in reversed(body):  # most pages: their last text line is a paragraph, no foot
        if placements[i] in ("body", "heading"):
            if placements[i] == "body" and is_paragraph(text_of(i)):
                return {}
            break
    else:
        return {}
    prose = [i for i in body if placements[i] == "body" and is_paragraph(text_of(i))]
    if len(prose) < 2 or prose[-1] == body[-1]:
        return {}  # no article to measure against, or it ends the page: no foot
    lengths = sorted(len(text_of(i)) for i in prose)
    short = min(FOOT_SHORT, lengths[len(lengths) // 2] // 2)
    joined: list[str] = []  # the article's text, joined when a line needs it

    def article_text() -> str:
        if not joined:  # a new line between texts makes no Han pair of its own
            article = [] if title is None else [title]  # the headline, then the writing
            article += (i for i in body if placements[i] in ("body", "heading"))
            joined.append("\n".join(text_of(i) for i in article if i <= prose[-1]))
        return joined[0]

    foot: dict[int, str] = {}
    pictures = False  # a caption under the line: a label over pictures is not empty
    for i in reversed(body):
        if i <= prose[-1]:
            break
        if placements[i] not in ("body", "heading"):
            pictures = pictures or placements[i] == "caption"
            continue
        why = _furniture(text_of(i).strip(), short, article_text)
        if why is None or (pictures and why == EMPTY_DETAIL):
            break  # the article's last line: the foot is below it
        foot[i] = why
    if not foot:
        return {}
    signed = EMPTY_DETAIL in foot.values() or any(
        placements[j] == "copyright" or (placements[j] == "removed" and not spam(j))
        for j in range(prose[-1] + 1, len(placements))
    )  # round 41: anywhere under the article's last paragraph, not only among the foot's lines
    # round 47: the article's closing record (an editor line, a source line) read as metadata
    # between its last paragraph and the foot's lines: the article ended there
    signed = signed or any(placements[j] == "metadata" for j in range(prose[-1] + 1, min(foot)))
    return foot if signed else {}


def _furniture(text: str, short: int, article_text: Callable[[], str]) -> str | None:
    """Why ``text`` in the foot reads as none of the article's lines, or None."""
    if EMPTY_LABEL.match(text):
        return EMPTY_DETAIL  # nothing under it continues it: the foot is below the article
    if len(text) > short or is_paragraph(text) or len(HAN.findall(text)) < 2:
        return None
    if not WRITING_MARKS.isdisjoint(text) or ARTICLE_SHAPE.search(text):
        return None
    pairs = han_pairs(text)
    printed = article_text()
    shared = sum(pair in printed for pair in pairs)
    if pairs and shared * 2 >= len(pairs):
        return None  # it echoes the article
    return FOOT_DETAIL.format(shared=shared, pairs=len(pairs))
