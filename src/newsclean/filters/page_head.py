"""The page head: every line above the first paragraph, placed in one decision.

**What a page head is.**  Top down: the *site's header* (its furniture: banners, menus,
welcome lines, a hijacker's keyword header), then the *headline* (perhaps with a kicker
above it or a dek under it), then the *byline and metadata lines*, then the body.  The
head ends at the first paragraph (``title.is_prose``: longer than a headline, or a
closed sentence).  Line-level furniture (``navigation``), notices that open as one and
bylines (``metadata``) are placed before this model runs, and spam before them all; a
line another filter claimed is not the page head's to place.

**The evidence that places a line.**  Its position: above or under the first paragraph,
above or under the site's header, right above a byline of the head.  Its shape: length,
sentence punctuation, the headline shape (``title.is_title_shaped``: no list, no page
counter, no caption, no dateline lead).  The site-speaking vocabulary
(``site_speech``, ``data/site_speech.txt``): *header speech* — a keyword echoed ``X-X``
and the lines under it opening with ``X``, a banner between decoration, a place of the
site (``旧版网站入口``), a welcome banner (``欢迎来到某某网站!``) — says the site's header
runs at least down to it; *page speech* — a row of bracketed links or of tool items, a
line where the page names itself (``本文索引:…``) — says only that the line is no headline.
And whether a byline stands under a line (the byline grammar read the lines below).

**The decision.**

1. *The header* runs down to the last header-speech line above the first paragraph and
   above the first byline of the head.  No headline stands in it.
2. *The headline* is the line a byline of the head hangs under: the nearest line above
   the byline that is not page speech (a tool row may stand between), when it is
   headline-shaped and under the header.  A line printed above a headline is a kicker
   or a section name, so the line right above the byline wins, unless it opens with a
   dash (``——记湖南援藏干部的三年``): then it is the dek and the headline is the line
   above it, when that one is headline-shaped and more than a section or site name; or
   unless it is a publisher's name alone (``media_name``: a media name, or a wire, paper
   or press office of ``data/caption_agencies.txt``: ``光明日报``, ``总统府``): then it is
   the byline's source, printed over it, and the headline is the line above it, when that
   one is headline-shaped and no section label or publisher (a name names no event; with
   nothing above it, the name is no headline either).  Round 22: a story's section label
   (``byline_pieces.is_section_label``: 地方新闻, 國際要聞, a column's name) right above the
   byline is read the same way: the section the story is filed under, the headline above.
   Without such a byline, the headline is the first line under the header that is no
   site or page speech, no list and no site name, when it is headline-shaped and an
   article follows (a line that is neither the headline again nor a caption); a notice
   above the article (``不代表本网立场。``) is passed over.  A candidate that is site
   speech is never the headline.  A page ``<title>`` above a different ``<h1>`` (the
   ``<title>`` with a site after it, the ``<h1>`` right under it) is furniture and the
   ``<h1>`` heads: a hijacked page wraps a mirrored article in a stolen headline.
3. *Above the headline*, a line without a sentence mark is the site's furniture (a
   section name, a crumb, an issue line), and so is site speech; the headline printed
   again above it or right under it (the page ``<title>`` and the ``<h1>``) is furniture,
   and names the ``site`` when one follows it; so is the headline and a site's name
   anywhere (``site_lines``: an image's alt text), and a welcome banner
   anywhere.  A
   publisher's name alone right under the headline (``media_name``: 香港政府新聞網) is the
   source.  A bulleted label (``site_speech``: ``• 文章``, ``• 人已阅读``; not ◎ before a
   person's name, the writer's mark: ``byline_names.marked_writer``) anywhere in the
   head is furniture.  Before the headline is looked for, a related link (another story's
   headline, bulleted) anywhere and English chrome in the head (``site_lines``) go.
4. *No headline*: the header and the short lines of the head down to its last header
   speech or link row (round 31: a row of bulleted link words, ``·中文 ·English ·Партнеры ·``,
   ``site_speech.page_speech``'s ``links``) are furniture (lines with a sentence mark
   stay, site speech goes); a media name alone over the article is the source.

5. *A notice above the article* (round 19): a head line above the headline (or above the
   first paragraph of a page without one) whose notice vocabulary is strong enough for its
   length, as at the foot (``notice.is_notice`` near the foot: the site's terms about its
   texts, back issues to download, 欢迎订阅), is the page's copyright, not furniture.

6. *Round 24*: the search for the headline (2) lives in ``head_search``; it runs over the
   page without the closed sentences standing over the head that speak of none of the
   article (``head_over.sentences_over_head``).  Once a line is chosen, the same line
   printed bare under a copy with a label glued heads (``head_chosen.bare_headline``), and
   a writer's name alone that the article credits is its author (``head_chosen.
   credited_writer``).  On a page with no headline, a crumb left open (``CRUMB_END``,
   ``1. 新闻首页 /``) is a row of links: the head's short lines down to it are furniture.
   Round 28: a head label that is no headline (``head_echo.speaking_headline``: a
   section's word, ``即时新闻`` / ``最新``) closes the site's header: the head's short lines
   with no sentence mark above it, and the word stacked with it, are furniture.
   Round 32: so does an issue's masthead (``head_lists.is_page_counter``: ``第33期``, a
   newsletter's issue number under its name, ``新聞資訊`` / ``OUT NEWS`` / ``第33期``), no
   headline: it and the short lines over it are furniture, not the article's first lines.
   Round 35: a chosen line that is a crumb trail ending in the headline (``head_crumb``:
   ``300字范文 > <headline>``) gives way to the headline printed bare, the trail furniture;
   with no bare copy the trail is cut off the title.
   A list of short terms (``head_lists.is_keyword_line``: the page's keywords) is no paragraph
   however long: it does not end the head (``head_search.ends_head``), and above the
   headline it is furniture.
   Round 36: a wire's dateline naming its story's title (``title.wire_title``:
   ``中新社北京7月29日電題:X``) is no headline line, but when its article echoes the title it
   names and the page prints no headline the article echoes over it (none, or a hijacker's
   title over the mirrored story), it heads with that title; the line over it goes when it
   stands right over the dateline, in the headline's place (a hijacker's title). Round 36,
   second wave: the page head's furniture is what stands above the *printed* headline; the
   printed headline with the page's own lines under it (a dated credit,
   ``参考消息网2026-03-04号报道``) and over the dateline stay content, never furniture.
   The byline's items glued before the headline by bars (``head_names.glued_credits``:
   ``中新网 | <headline>``) are cut off the title when the article echoes the rest; an
   e-paper's page title and a tag row (``head_lists.is_head_furniture``) are no headline.
   Round 41: a head label that is no headline closes the header; the headline is looked
   for again under it (``head_label``); a line opening with the name a crumb trail under it
   starts with is the site's banner, and the trail's headline printed bare heads (``head_crumb``);
   a glued byline is cut off (``byline_tail``); a masthead never heads (``head_masthead``).

Every other head line (a dek, a lead line, a notice the notice filter did not take)
stays content: ``structure`` places it with the body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial

from newsclean.document import Placement
from newsclean.filters.byline_names import marked_writer
from newsclean.filters.byline_pieces import is_section_label
from newsclean.filters.byline_spun import spun_source
from newsclean.filters.byline_tail import headline_credit
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.captions import caption_cue
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.head_chosen import bare_headline, credited_writer
from newsclean.filters.head_crumb import BANNER, banner_headline, trail_cut
from newsclean.filters.head_echo import (
    article_prose,
    site_suffix,
    speaking_headline,
    stacked_word,
)
from newsclean.filters.head_glued import glued_spam
from newsclean.filters.head_h1 import headline_under_title, line_text
from newsclean.filters.head_label import headline_under_label, placed_between
from newsclean.filters.head_lists import is_head_furniture, is_keyword_line, is_page_counter
from newsclean.filters.head_masthead import place_masthead
from newsclean.filters.head_names import echoed_name, glued_credits, lone_tag, media_name
from newsclean.filters.head_over import sentences_over_head
from newsclean.filters.head_search import article_under, ends_head, find_title
from newsclean.filters.head_share import echo_share, echoed_below
from newsclean.filters.head_wire import MIN_WIRE_ECHO, wire_headline
from newsclean.filters.navigation import SITE_NAME
from newsclean.filters.notice import is_notice
from newsclean.filters.site_lines import foreign_lines, site_lines_anywhere
from newsclean.filters.site_speech import (
    echo_keyword,
    header_speech,
    page_speech,
    speech,
)
from newsclean.filters.title import (
    MAX_TITLE_LENGTH,
    SENTENCE_END,
    echoes,
    split_site_suffix,
)

#: Where a head line goes: (placement, reason, evidence detail).
Decision = tuple[Placement, str | None, str]
#: A line above the headline with none of these is the site's furniture.
SENTENCE_MARK = stdlib(r"[。！？；]")
#: A crumb trail left open at its end (``1. 新闻首页 /``) is a row of links (round 24).
CRUMB_END = ("/", "／", ">", "＞", "»", "›")


def head_lines(lines: Sequence[LineLike | None], content: list[int]) -> list[int]:
    """The lines of ``content`` above the first paragraph."""
    head: list[int] = []
    for i in content:
        if ends_head(line_text(lines, i)):
            break
        head.append(i)
    return head


def headless_furniture(
    lines: Sequence[LineLike | None], content: list[int], tools: frozenset[int] = frozenset()
) -> list[int]:
    """On a page with no headline, the head's lines down to its last header-speech line
    or row of links, a crumb left open included (module docstring, 4): short lines
    without a sentence mark, and site speech whatever its punctuation.  Round 36: a tool
    line the line pass removed (``tools``) is such a row too."""
    last: int | None = None
    echoed: tuple[str, ...] = ()
    article_of = cache(partial(article_under, lines, content))  # built once, when first asked
    order = sorted(tools.union(content)) if tools else content
    for i in order:
        if i in tools:
            last = i  # ↑ 點擊上方“某號”關注我們, removed already: the head runs down to it
            continue
        text = line_text(lines, i)
        if ends_head(text):
            break
        if (
            header_speech(text)
            or page_speech(text) == "links"
            or text.endswith(CRUMB_END)
            or ("第" in text and is_page_counter(text))  # 第33期: an issue's masthead
            # a 、 menu the article does not speak of, a tag, a contact line (round 34, 35);
            # a picture's label is the caption's (【资料图】, round 39)
            or (is_head_furniture(text, article_of) and not caption_cue(text))
        ):
            last = i
            echoed += (keyword,) if (keyword := echo_keyword(text)) else ()
        elif echoed and text.strip().startswith(echoed):
            last = i
    if last is None:
        return []
    return [
        i
        for i in content
        if i <= last
        and (SENTENCE_END.search(text := line_text(lines, i)) is None or header_speech(text))
    ]


def place_head(
    lines: Sequence[LineLike | None],
    content: list[int],
    head_bylines: list[int],
    fields: dict[str, str],
    heading_shaped: Callable[[str], bool],
    tools: frozenset[int] = frozenset(),
) -> tuple[int | None, dict[int, Decision]]:
    """The headline and where each other head line goes (module docstring); ``fields``
    gains the title, site and source the head names; ``tools``, the tool lines the line
    pass removed."""
    decided: dict[int, Decision] = {}
    head = head_lines(lines, content)
    for i in head:
        text = line_text(lines, i)  # • 文章: the head's list, no content; ◎崔虹: the writer
        if page_speech(text) == "label" and not marked_writer(text):
            decided[i] = ("removed", "nav", "a bulleted label in the page head")
    if foreign := foreign_lines(lines, content, head):  # never the headline (site_lines)
        decided.update((i, ("removed", "nav", why)) for i, why in foreign.items())
        content = [i for i in content if i not in foreign]
    # a line's text by its index, listed once and read in C (``line_text``'s reading, round 41)
    text_at: Callable[[int], str] = [line_text(lines, i) for i in range(len(lines))].__getitem__
    over = sentences_over_head(content, text_at)  # no first paragraph (head_echo)
    prose = cache(partial(article_prose, content, text_at))  # joined once, when first asked
    mast, hung, furniture = place_masthead(head, content, text_at, head_bylines, prose)
    decided.update((i, ("removed", "nav", why)) for i, why in furniture.items())  # head_masthead
    searched = [i for i in content if i not in over and i not in mast]
    title, passed = find_title(lines, searched, hung)
    skip = set(decided) | set(head_bylines)  # the headline speaks of its article (head_echo)
    chosen, title = (
        title,
        speaking_headline(
            title, content, text_at, skip, partial(placed_between, lines), head_bylines
        ),
    )
    note = ""  # the headline the article echoes over a line it echoes weakly (head_share)
    if title is not None and (most := echoed_below(title, content, text_at, skip, head_bylines)):
        chosen, title = title, most[0]
    if chosen is not None and title is not None and chosen != title:
        shared, pairs = echo_share(line_text(lines, title), prose())
        note = f"the line the article echoes most: {shared} of {pairs} pairs"
    if chosen is not None and chosen != title:
        decided[chosen] = ("removed", "nav", "a head label the article does not echo")
    if chosen is not None and title is None:  # 即时新闻 / 最新, 勵志 / 勵志人生知識庫 (round 28)
        for i in _header_over_label(lines, content, chosen):
            decided.setdefault(i, ("removed", "nav", "a head line stacked with a head label"))
        title = headline_under_label(lines, content, chosen, over, set(decided), head_bylines)
    if title is not None and (bare := bare_headline(title, content, text_at)):
        decided[title], title = ("removed", "nav", "the headline again, a label glued"), bare
    if title is not None and (banner := banner_headline(title, content, lines)) is not None:
        decided[title], title = ("removed", "nav", BANNER), banner  # head_crumb, round 41
    trail = None if title is None else trail_cut(title, content, text_at)
    if title is not None and trail is not None and trail[0] is not None:
        decided[title] = ("removed", "nav", "a crumb trail ending in the headline")
        title, trail = trail[0], None  # the <h1> under its trail heads (head_crumb)
    if title is not None and (writer := credited_writer(title, content, text_at)):
        decided[title], title = ("metadata", None, f"the writer's name alone: {writer}"), None
        fields.setdefault("author", writer)
    for i in passed:
        if i not in decided and SENTENCE_MARK.search(line_text(lines, i)) is not None:
            decided[i] = (
                "removed",
                "nav",
                "a headline above the article that speaks of none of it",
            )
    h1 = headline_under_title(lines, content, title, heading_shaped)
    if h1 is not None and title is not None:  # the <h1> under a stolen <title>
        decided[title] = ("removed", "nav", "a page title above another headline")
        title = h1
    wire = wire_headline(
        text_at, head_lines(lines, content), content, title
    )  # 中新社北京7月29日電題:… (round 36)
    printed_at = title  # the head is furniture above the printed headline, not under it
    if (  # right over the wire's dateline, in the headline's place: a hijacker's title
        wire is not None
        and title is not None
        and all(j in decided for j in content if title < j < wire[0])
    ):
        decided[title] = ("removed", "nav", "a head line over the wire's headline, no echo")
    title = title if wire is None else wire[0]
    if title is not None and (outlet := spun_source(line_text(lines, title))) is not None:
        decided[title] = ("metadata", None, f"a label word and its outlet: {outlet}")
        fields.setdefault("source", outlet)  # 起源 | 某某网: no headline (byline_spun)
        title = None
    if title is None:
        for i in headless_furniture(lines, content, tools):
            decided[i] = ("removed", "nav", "page head line above a page tool line")
        for i in head_lines(lines, content):  # the site's terms at the top (round 19)
            text = line_text(lines, i)  # a caption's credit after ©, …冰川 © AP, is no notice
            if i not in decided and is_notice(text, near_foot=True) and not caption_cue(text):
                decided[i] = ("copyright", None, "notice wording above the article")
        top = next((i for i in content if i not in decided), None)
        top_text = "" if top is None or "source" in fields else line_text(lines, top)
        name = (spun_source(top_text) or media_name(top_text)) if top_text else None
        if top is not None and (writer := credited_writer(top, content, text_at)):  # r45
            decided[top] = ("metadata", None, f"the writer's name alone: {writer}")
            fields.setdefault("author", writer)
        elif top is not None and name is not None:
            decided[top] = ("metadata", None, "a media name over the article")
            fields["source"] = name
        elif top is not None and is_section_label(top_text):  # 影音新闻 (r46): no source
            decided[top] = ("removed", "nav", "a section label over the article")
        _site_lines(lines, content, decided)
        return None, decided
    printed_text = line_text(lines, title)
    trailless = printed_text if trail is None else trail[1]  # a crumb trail cut off (head_crumb)
    headline, site = site_suffix(trailless, content, text_at)
    headline, site = (headline, site) if wire is None else (wire[1], None)
    glued = glued_credits(headline)  # 中新网 | <headline> (head_names, round 36)
    if glued is not None and echoes(glued[0], prose()) >= MIN_WIRE_ECHO:
        headline = glued[0]  # the publisher among the items is the source, as over a byline
        outlets = [name for piece in glued[1].split(" | ") if (name := media_name(piece))]
        fields.setdefault("source", outlets[0])
    else:
        glued = None
    credit = headline_credit(headline)  # a writer (round 35), a byline row (round 41)
    if credit is not None:
        headline = credit[0]
        for name, value in credit[1].items():
            fields.setdefault(name, value)
    headline, spam = glued_spam(headline, prose())  # head_glued, round 41
    decided[title] = ("title", None, note)
    if headline != printed_text:
        fields["title"] = headline
        cut = f"site after the headline: {site}" if site else "decoration after the headline"
        if headline == trailless != printed_text:
            cut = "a crumb trail before the headline"
        cut = credit[2] if credit else cut
        cut = "the headline the wire's dateline names" if wire else cut
        cut = f"the byline's items glued before the headline: {glued[1]}" if glued else cut
        cut = f"{cut}; spam glued to the headline: {spam}" if spam else cut
        decided[title] = ("title", None, cut)
    if site is not None:
        fields.setdefault("site", site)
    for i in content:
        text = line_text(lines, i)
        # the headline again, perhaps with a site after it: it starts as the headline
        repeated, site = split_site_suffix(text) if text.startswith(headline) else ("", None)
        if i > title and repeated != headline:
            if name := spun_source(text) or media_name(text) or echoed_name(text, printed_text):
                # a media name alone right under the headline: the page's source line,
                # whether or not another line named a source first (round 31: a byline
                # between them, which the clean text leaves out, no longer kept it a
                # paragraph on the first cleaning and metadata on the second)
                decided[i] = ("metadata", None, "a media name under the headline")
                fields.setdefault("source", name)
            elif is_section_label(text) or lone_tag(text):  # 地方新闻, #南洋商报: the section
                decided[i] = ("metadata", None, "a section label under the headline")
            break  # the repeats of the headline stand right under it
        if i == title or (printed_at is not None and printed_at <= i < title):
            continue  # between a printed headline and the wire's, the page's lines stay
        if repeated == headline:  # the page <title> and the h1: the headline again
            decided[i] = ("removed", "nav", "the headline printed again")
            if site is not None:
                fields.setdefault("site", site)
        elif is_notice(text, near_foot=True):  # the site's terms at the top (round 19)
            decided[i] = ("copyright", None, "notice wording above the headline")
        elif len(text) <= MAX_TITLE_LENGTH and (kind := speech(text)) is not None:
            decided[i] = ("removed", "nav", f"site speech above the title: {kind}")
        elif (len(text) <= MAX_TITLE_LENGTH or is_keyword_line(text)) and not SENTENCE_MARK.search(
            text
        ):  # round 35: a list of keywords, however long, is no paragraph (ends_head)
            decided[i] = ("removed", "nav", "line of the page head above the title")
            if SITE_NAME.search(text) and "site" not in fields:
                fields["site"] = text
    _site_lines(lines, content, decided)
    return title, decided


def _header_over_label(
    lines: Sequence[LineLike | None], content: list[int], label: int
) -> list[int]:
    """The head's short lines with no sentence mark above a head label that is no headline,
    and the word stacked under it (``head_echo.stacked_word``): the header it closes."""
    text = partial(line_text, lines)
    found = [i for i in head_lines(lines, content) if i < label]
    found = [
        i for i in found if len(t := text(i)) <= MAX_TITLE_LENGTH and not SENTENCE_MARK.search(t)
    ]
    stacked = stacked_word(label, content, text)
    return found + ([stacked] if stacked is not None and stacked > label else [])


def _site_lines(
    lines: Sequence[LineLike | None], content: list[int], decided: dict[int, Decision]
) -> None:
    """The site's lines anywhere on the page, once the head is placed (``site_lines``)."""
    for i, why in site_lines_anywhere(lines, content, decided).items():
        decided[i] = ("removed", "nav", why)
