"""A generated line with a slot, judged by what its page says of it (round 19).

Model.  A keyword farm writes its keywords into *frames* (``X打排位有什么要求嘛``, ``X排名如何
计算``) that change every few days, so no list of frames carries to the next farm's lines
(rounds 16-18).  What carries is the *page*: the farm's line is short and alone among the
paragraphs of an article it copied, and neither its slot nor its frame is the article's.
Five readings, each asked of short standalone lines (at most ``MAX_LINE`` characters read
simplified and lower-cased, at least ``MIN_HAN`` Han; no sentence mark, comma, colon,
quote or bracket inside; question marks may end it) not judged spam yet:

1. *A template written several times on the page* (``spam_slot_templates.templates``,
   split off in round 42): two or more such lines
   sharing a head or a tail of ``MIN_FRAME`` Han characters or more (the frame), each with
   a slot of its own (``MIN_TERM``-``MAX_TERM`` characters, no function character), on
   lines anywhere on the page (scattered between paragraphs, not only a block; the block
   model is ``spam_items.run_templates``).  The slots are terms of their own: their
   shared head and tail left out, each keeps ``MIN_TERM`` characters (a series of
   headings, ``第一次会议`` / ``第二次会议``, differs by one).  The frame is *foreign to
   the article*: no line of the page outside the template's prints it whole; and each
   slot is foreign too (``spam_ask_frame.foreign``).  Two real headings sharing a frame
   (``加快推进乡村振兴`` / ``全面推进乡村振兴``) share it with their article, which names
   it.  A short line printed twice, foreign to the article whole, is a template's line
   too on a page with spam elsewhere, when it is keywords (round 42: no function character)
   or a farm's click-bait title.
2-5. Readings of one line against the article (``spam_slot_readings``): *a slot echoed in
   one line* (``echoed_slot``), *a frame repeated in one line* (``echoed_frame``, round
   25), *a lexicon term alone in a short line* (``lone_term``), *a
   foreign slot in a gambling frame* (``gambling_tail``, round 22), *a short keyword list*
   (``foreign_list``) and *a question foreign to the article on a hijacked page*
   (``foreign_question``; round 35: a line judged in the pass, a question by its shape
   further down, finds the page hijacked for the head lines asked before it, which are
   asked again).  Round 24 (``comma_lists``): a keyword list joined by commas
   (``COMMA_LIST``: three items or more of a keyword's shape, up to ``MAX_LIST``
   characters), which the short lines' test leaves out (a comma is prose's mark there), is
   read by ``foreign_list`` alone, on any page: prose has clauses, not keywords, and a
   channel row's or the article's own words stay by that reading.  Round 37: so is a
   list joined by one bar, underscore or 、 throughout (round 38: or a space), longer than
   a short line (``MARK_LIST``; a hijacker's list of phrases runs past ``MAX_LINE``).
   Round 37 mend: a list no vocabulary knows (``spam_unknown_list.unknown_list``) speaks
   only where a machine puts its lists (``_machine_places``: spam elsewhere, or the page's
   edge) and never from a hard-wrapped paragraph's line; round 38 mend: a writer-joined one
   only above the headline or inside the farm's block (``spam_unknown_list.machine_place``).
6. *A listing's crumb* (``spam_listing.listing_crumb``, round 20): a page number closing
   the line or a date-count crumb opening it, the keyword part foreign to the article.
7. *A colon title* (``spam_listing.foreign_title``, round 21): a topic, a colon and its
   promise naming a lexicon term (a strong one, or any on a hijacked page), its words
   foreign to the article; such a line is read by this reading only.  Round 34: the
   article without its captions (``Printed.bare``), as a second cleaning reads it.

The article is ``spam_article.Article`` of the page's lines not judged spam and not read
as one of these lines.  Readings 3, 4 and 5 and the listing crumbs rest on the line being
foreign to it, so they ask for an article of ``MIN_ARTICLE_HAN`` Han characters: on a page
whose body a codec lost (GBK read as UTF-8, bytes dropped) nothing is foreign to nothing.
Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article, Printed
from newsclean.filters.spam_ask_frame import MAX_LINE
from newsclean.filters.spam_channel import channel_spam
from newsclean.filters.spam_crumb import crumb_spam
from newsclean.filters.spam_foreign_run import foreign_runs
from newsclean.filters.spam_gap import gap_spam
from newsclean.filters.spam_head_line import bracket_lines, foreign_heads
from newsclean.filters.spam_listing import (
    bare_query,
    closing_query,
    colon_title,
    foreign_title,
    headline,
    listing_crumb,
    question_head,
)
from newsclean.filters.spam_runs import last_own_line
from newsclean.filters.spam_signs import han_count
from newsclean.filters.spam_slot_joins import (
    brand_keywords,
    brand_latin_lines,
    digit_joined,
    download_rows,
)
from newsclean.filters.spam_slot_readings import (
    GENERATED,
    MIN_HAN,
    echoed_frame,
    echoed_slot,
    foreign_list,
    foreign_question,
    gambling_tail,
    lone_term,
)
from newsclean.filters.spam_slot_templates import templates
from newsclean.filters.spam_verdict import SpamVerdict

#: The fewest Han characters of the article for "foreign to the article" to be evidence.
MIN_ARTICLE_HAN = 60
#: What a standalone short line never holds inside (spaces allowed: an echoed slot's).
NOT_ALONE = lazy_re(r"[。！!？?，,；;：:“”\"「」《》()（）\[\]【】]")
#: A list joined by commas (round 24): items of a keyword's shape only, three or more (a
#: clause of prose is longer or holds a mark), read as the list it is (``foreign_list``) up
#: to ``MAX_LIST`` characters; and (round 37, ``MARK_LIST``) a list joined by one bar,
#: underscore, 、 or (round 38) space throughout, the same mark each time (a writer's marks
#: are read by ``spam_unknown_list`` only at a machine's place).  Both are built from one
#: item (``LIST_ITEM``).
LIST_ITEM = f"[{HAN_SCRIPT}A-Za-z0-9]{{2,12}}"
COMMA_LIST = lazy_re(rf"{LIST_ITEM}(?:[,，]{LIST_ITEM}){{2,}}")
MARK_LIST = lazy_re(rf"{LIST_ITEM}([|｜_、 ]){LIST_ITEM}(?:\1{LIST_ITEM})+")
MAX_LIST = 120
#: A line's closing stops, and a sentence's end inside a line (``_machine_place``).
STOPS = ("。", "！", "？", "!", "?", "…", "”", "」")
SENTENCE_END = lazy_regex(r"[。！？!?]")
#: How a line read here stands in the article: not there.
READ = SpamVerdict(True, 0.0, (), 0)


def _alone(text: str) -> bool:
    line = text.strip().rstrip("?？")
    return (
        0 < len(line) <= MAX_LINE
        and (
            NOT_ALONE.search(line) is None
            or headline(line)
            or colon_title(line)
            or question_head(line)
        )
        and han_count(line) >= MIN_HAN - 2
    )


def slot_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
    known: dict[int, str] | None = None,
) -> dict[int, SpamVerdict]:
    """The generated slot lines of a page (index -> verdict; module docstring).  ``known``:
    lines already read simplified and lower-cased (the line filter's probes), read again
    only when missing (one conversion a page).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["某甲娱乐打排位有什么要求嘛", "海沧市民节开幕。", "某乙药打排位有什么要求嘛"]
    >>> sorted(slot_spam(page, [no] * 3))
    [0, 2]
    """
    latin = {
        i: SpamVerdict(True, 0.0, (), 1, why, sure=True)
        for i, why in (brand_latin_lines(texts, verdicts) | download_rows(texts, verdicts)).items()
    }
    if latin:  # another script's keywords, a download row: spam elsewhere for the readings below
        verdicts = [latin.get(k, v) for k, v in enumerate(verdicts)]
    judged = latin | _slot_spam(texts, verdicts, simplify_lines, known)
    marked = [judged.get(k, v) for k, v in enumerate(verdicts)]
    return judged | channel_spam(texts, marked, known)  # a keyword posing as a channel


def _slot_spam(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None,
    known: dict[int, str] | None,
) -> dict[int, SpamVerdict]:
    candidates = [i for i, text in enumerate(texts) if not verdicts[i].is_spam and _alone(text)]
    known = known or {}
    if not candidates:
        farm_titles = {
            i: SpamVerdict(True, 0.0, (), 1, why, sure=True)
            for i, why in foreign_heads(
                texts, verdicts, bracket_lines(texts, verdicts, known, simplify_lines)
            ).items()
        }
        if farm_titles:
            verdicts = [farm_titles.get(k, v) for k, v in enumerate(verdicts)]
        crumbs = farm_titles | crumb_spam(texts, verdicts, simplify_lines, known)
        marked = [crumbs.get(k, v) for k, v in enumerate(verdicts)]
        return crumbs | comma_lists(texts, marked, known)
    lines = {i: texts[i].strip().rstrip("?？") for i in candidates}
    missing = [i for i in candidates if i not in known]
    if missing:
        asked = [lines[i] for i in missing]
        read = simplify_lines(asked) if simplify_lines is not None else asked
        known = {**known, **dict(zip(missing, read, strict=True))}
    probes = {i: (lines[i], known[i].lower().rstrip("?？")) for i in candidates}
    article = Article(texts, [READ if k in probes else v for k, v in enumerate(verdicts)])
    judged: dict[int, SpamVerdict] = {}
    readable = _readable_article(texts, verdicts, probes)
    place = _machine_places(texts, verdicts)
    for i, (line, probe) in probes.items():
        if colon_title(line):
            continue  # read as a colon title only, below (spam_listing.foreign_title)
        elsewhere = article.without(i)
        why = echoed_slot(line, probe, elsewhere) or echoed_frame(line, probe, elsewhere)
        if why is None and readable:
            why = (
                lone_term(line, probe, elsewhere)
                or gambling_tail(line, probe, elsewhere)
                or foreign_list(line, probe, elsewhere, place(i, bool(judged)))
                or listing_crumb(line, probe, elsewhere)
                or digit_joined(line, probe, elsewhere)
                or brand_keywords(line, probe, elsewhere)
            )
        elif why is None:
            why = brand_keywords(line, probe, elsewhere, readable=False)
        if why is not None:
            judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    hijacked = bool(judged) or any(v.is_spam for v in verdicts)
    captionless = Printed(texts, article.verdicts)  # the clean text prints no caption
    own_end = last_own_line(texts)
    for i, (line, probe) in _asked_twice(probes, judged, hijacked):
        if not readable or i in judged:
            continue
        hijacked = hijacked or bool(judged)  # a line judged below is spam elsewhere (round 35)
        if titled := foreign_title(line, probe, captionless.bare.without(i), hijacked):
            judged[i] = SpamVerdict(True, 0.0, (), 1, titled, sure=True)
            continue  # a colon title needs spam elsewhere or a strong term (spam_listing)
        if not (
            hijacked
            or headline(line)
            or bare_query(texts[i], probe)
            or (i == own_end and closing_query(texts[i], probe))
        ):
            continue  # a headline's or a bare query's shape is evidence of its own
        if why := foreign_question(line, probe, article.without(i)):
            why = why if hijacked else f"{GENERATED}, a foreign question by its shape"
            judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    for i, why in templates(probes, article, hijacked).items():
        judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    if readable:
        marked = [judged.get(k, v) for k, v in enumerate(verdicts)]
        for i, why in foreign_runs(texts, probes, article, marked).items():
            judged.setdefault(i, SpamVerdict(True, 0.0, (), 1, f"{GENERATED}, {why}", sure=True))
    marked = [judged.get(k, v) for k, v in enumerate(verdicts)]  # spam_head_line, spam_crumb
    heads = probes | bracket_lines(texts, marked, known, simplify_lines)
    for i, why in foreign_heads(texts, marked, heads).items():
        judged[i] = marked[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    judged |= crumb_spam(texts, marked, simplify_lines, known)
    judged |= comma_lists(texts, [judged.get(k, v) for k, v in enumerate(verdicts)], known)
    return judged | gap_spam(texts, [judged.get(k, v) for k, v in enumerate(verdicts)])


def comma_lists(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], known: dict[int, str]
) -> dict[int, SpamVerdict]:
    """Keyword lists joined by commas (``COMMA_LIST``), which the short lines' readings
    leave out (a comma is prose's mark there), or by one other list mark past a short
    line's length (``MARK_LIST``), read as a short keyword list is
    (``foreign_list``: every item foreign to the article, two naming spam, or none at a
    machine's place, ``spam_unknown_list``).  ``known``: the line filter's probes
    (simplified, lower-cased); a list it did not read is no keyword list (it carries a
    sentence mark)."""
    lists = [
        i
        for i, text in enumerate(texts)
        if i in known
        and not verdicts[i].is_spam
        and len(line := text.strip()) <= MAX_LIST
        and (COMMA_LIST.fullmatch(line) or MARK_LIST.fullmatch(line))
    ]
    if not lists:
        return {}
    article = Article(texts, verdicts)
    judged: dict[int, SpamVerdict] = {}
    place = _machine_places(texts, verdicts)
    for i in lists:
        machine = place(i, False)
        if why := foreign_list(texts[i].strip(), known[i].lower(), article.without(i), machine):
            judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    return judged


def _machine_places(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict]
) -> Callable[[int, bool], bool]:
    """Whether line ``i`` stands where a machine puts its lists (asked as ``place(i,
    judged)``, ``judged``: a line judged spam in this pass): the page carries spam
    elsewhere (before this pass or in it), or the line is the page's first or last; and it
    is no hard-wrapped line of a paragraph (no closing stop, the next line, with no blank
    line between, a sentence going on: ``今年以来，全市累计新建改建公园，新增城市绿地`` /
    ``一千二百公顷。``).  The page is read once: asked of every line, it stays linear."""
    spam = [k for k, v in enumerate(verdicts) if v.is_spam][:2]
    filled = [k for k, text in enumerate(texts) if text.strip()]
    edges = (filled[0], filled[-1]) if filled else ()

    def place(i: int, judged: bool) -> bool:
        after = texts[i + 1].strip() if i + 1 < len(texts) else ""
        if after and not texts[i].rstrip().endswith(STOPS) and SENTENCE_END.search(after):
            return False
        return judged or any(k != i for k in spam) or i in edges

    return place


def _asked_twice(
    probes: dict[int, tuple[str, str]], judged: dict[int, SpamVerdict], hijacked: bool
) -> Iterator[tuple[int, tuple[str, str]]]:
    """The probes, and again those above the first line judged in the pass when the page
    was not found hijacked before it: a question judged by its shape further down is spam
    elsewhere for a head line asked before it (round 35)."""
    yield from probes.items()
    if hijacked or not judged:
        return
    first = min(judged)
    yield from ((i, probe) for i, probe in probes.items() if i < first)


def _readable_article(
    texts: Sequence[str], verdicts: Sequence[SpamVerdict], probes: dict[int, tuple[str, str]]
) -> bool:
    """Whether the page's other lines hold an article to be foreign to (``MIN_ARTICLE_HAN``
    Han characters): a page whose body a codec turned to Latin and symbols has none, and
    a headline with spam glued before it would read as a term alone."""
    read = 0
    for k, text in enumerate(texts):
        if k not in probes and not verdicts[k].is_spam:
            read += han_count(text)
            if read >= MIN_ARTICLE_HAN:
                return True
    return False
