"""A generated line with a slot, judged by what its page says of it (round 19).

Model.  A keyword farm writes its keywords into *frames* (``X打排位有什么要求嘛``, ``X排名如何
计算``) that change every few days, so no list of frames carries to the next farm's lines
(rounds 16-18).  What carries is the *page*: the farm's line is short and alone among the
paragraphs of an article it copied, and neither its slot nor its frame is the article's.
Five readings, each asked of short standalone lines (at most ``MAX_LINE`` characters read
simplified and lower-cased, at least ``MIN_HAN`` Han; no sentence mark, comma, colon,
quote or bracket inside; question marks may end it) not judged spam yet:

1. *A template written several times on the page* (``templates``): two or more such lines
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
   too on a page with spam elsewhere.
2. *A slot echoed in one line* (``echoed_slot``): two or three spaced pieces opening with
   the same slot of ``MIN_ECHO`` characters or more and each going on with a different
   frame of ``MIN_FRAME`` Han characters or more (``X排名如何计算 X周一掉战力``), the slot
   foreign to the article (a nav row's place name, ``北京新闻 北京天气``, is the article's,
   or too short; a share row's verb before platform names, ``分享到微信 分享到朋友圈``,
   has frames of two or three characters: a tool row's, not a query's).
3. *A lexicon term alone in a short line* (``lone_term``): the line carries a spam term
   (``data/spam_terms.txt``) foreign to the article, and the rest of the line is foreign
   too (at most ``REST_ECHO`` of its Han pairs occur in the article), whatever the frame's
   words are.  The term ends the *slot*, which opens the line (at most ``TERM_HAN`` Han, no
   function character: a subject and a verb before the term, ``某国打掉跨境赌博平台``, are
   another story's headline), and a frame of ``MIN_FRAME`` Han or more follows it.  A weak
   term (weight 1: 娱乐, 手枪, 银行卡) needs a name before it in the slot (a brand or a
   compound, ``华斯顿娱乐``, not the channel word alone).  A heading naming the crime its
   article reports (``警方捣毁一个赌博网站``) names a term the article names, and stays;
   a line with a sign of prose (``spam_signs.prose_sign``: a date, a word of reporting,
   ``6月起严打网络赌博``) is news, here and in reading 4.  A piece a dash parts from the term's
   that the article echoes is the headline with spam glued before it: ``spam_glued``
   cuts the prefix and the headline stays.
4. *A short keyword list* (``foreign_list``): three or more items joined by list separators
   (``_``, ``|``, ``、``, spaces), each keyword-shaped, none echoed by the article, two of
   them a name ending in a lexicon term (``博虎娱乐``, ``大b私服``) or one a strong term: a
   channel row's items are the lexicon's words alone (``娱乐_体育_财经``) and stay.
5. *A question foreign to the article on a hijacked page* (``foreign_question``): once
   the page carries spam (before this pass or in it), a short line with an interrogative
   (``data/question_words.txt``: a closed class of the grammar, not a list of frames) and
   ``MIN_ASKED`` Han pairs besides, at most ``QUESTION_ECHO`` of them printed by the
   article: a farm's query whose slot and frame no vocabulary knows.  A question the
   article answers (``新闻发布会什么时候举行``) shares its words and stays.  A line of a
   click-bait headline's shape (a question, then an exclamation:
   ``spam_listing.headline``) or a bare query (an interrogative inside a line with no
   question mark, ``spam_listing.bare_query``) is read here on any page (round 20).
6. *A listing's crumb* (``spam_listing.listing_crumb``, round 20): a page number closing
   the line or a date-count crumb opening it, the keyword part foreign to the article.
7. *A colon title* (``spam_listing.foreign_title``, round 21): a topic, a colon and its
   promise naming a lexicon term (a strong one, or any on a hijacked page), its words
   foreign to the article; such a line is read by this reading only.

The article is ``spam_article.Article`` of the page's lines not judged spam and not read
as one of these lines.  Readings 3, 4 and 5 and the listing crumbs rest on the line being
foreign to it, so they ask for an article of ``MIN_ARTICLE_HAN`` Han characters: on a page
whose body a codec lost (GBK read as UTF-8, bytes dropped) nothing is foreign to nothing.
Verdicts are ``sure``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import regex

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_ask_frame import MAX_LINE, MAX_TERM, MIN_TERM, foreign
from newsclean.filters.spam_crumb import crumb_spam
from newsclean.filters.spam_gap import gap_spam
from newsclean.filters.spam_head_line import foreign_heads
from newsclean.filters.spam_items import TERM_HAN
from newsclean.filters.spam_line import SpamVerdict
from newsclean.filters.spam_listing import (
    bare_query,
    colon_title,
    foreign_title,
    headline,
    listing_crumb,
)
from newsclean.filters.spam_question import question_word
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    SEPARATORS,
    counter_lexicon,
    han_count,
    lexicon,
    prose_sign,
)

#: The fewest Han characters of a line read here, and of a template's frame.
MIN_HAN = 6
MIN_FRAME = 4
#: The fewest characters of a slot echoed in its line.
MIN_ECHO = 3
#: The fewest Han characters of the article for "foreign to the article" to be evidence.
MIN_ARTICLE_HAN = 60
#: The most of the rest's Han pairs a lone term's line may share with the article.
REST_ECHO = 1 / 3
#: What a standalone short line never holds inside (spaces allowed: an echoed slot's).
NOT_ALONE = regex.compile(r"[。！!？?，,；;：:“”\"「」《》()（）\[\]【】]")
#: A dash parting pieces of a glued line.
DASH = regex.compile(r"\s*[-—–－]+\s*")
SLOT = regex.compile(rf"^[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}$")
STRONG_WEIGHT = 2.0
#: A foreign question's Han pairs besides its interrogative's, and the share the article
#: may print (a pair or two by chance: 大发 in a page's prose).
MIN_ASKED = 6
QUESTION_ECHO = 1 / 5
#: What every verdict's evidence opens with.
GENERATED = "generated line with a slot"
#: How a line read here stands in the article: not there.
READ = SpamVerdict(True, 0.0, (), 0)


def _alone(text: str) -> bool:
    line = text.strip().rstrip("?？")
    return (
        0 < len(line) <= MAX_LINE
        and (NOT_ALONE.search(line) is None or headline(line) or colon_title(line))
        and han_count(line) >= MIN_HAN - 2
    )


def _printed(line: str, probe: str, start: int, end: int) -> tuple[str, ...]:
    """A piece of the probe, and as printed when the conversion kept the length."""
    piece = probe[start:end]
    if len(line) == len(probe):
        return (piece, line.lower()[start:end])
    return (piece,)


def _echoed(forms: Sequence[str], article: Elsewhere) -> int:
    """How many Han pairs of ``forms`` (read, and as printed) the article prints, at most."""
    return max(article.echoes(han_pairs(form)) for form in forms)


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
    candidates = [i for i, text in enumerate(texts) if not verdicts[i].is_spam and _alone(text)]
    known = known or {}
    if not candidates:
        return crumb_spam(texts, verdicts, simplify_lines, known)
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
    for i, (line, probe) in probes.items():
        if colon_title(line):
            continue  # read as a colon title only, below (spam_listing.foreign_title)
        elsewhere = article.without(i)
        why = echoed_slot(line, probe, elsewhere)
        if why is None and readable:
            why = (
                lone_term(line, probe, elsewhere)
                or foreign_list(line, probe, elsewhere)
                or listing_crumb(line, probe, elsewhere)
            )
        if why is not None:
            judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    hijacked = bool(judged) or any(v.is_spam for v in verdicts)
    for i, (line, probe) in probes.items():
        if not readable or i in judged:
            continue
        if titled := foreign_title(line, probe, article.without(i), hijacked):
            judged[i] = SpamVerdict(True, 0.0, (), 1, titled, sure=True)
            continue  # a colon title needs spam elsewhere or a strong term (spam_listing)
        if not (hijacked or headline(line) or bare_query(texts[i], probe)):
            continue  # a headline's or a bare query's shape is evidence of its own
        if why := foreign_question(line, probe, article.without(i)):
            why = why if hijacked else f"{GENERATED}, a foreign question by its shape"
            judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    for i, why in templates(probes, article, hijacked).items():
        judged[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    marked = [judged.get(k, v) for k, v in enumerate(verdicts)]  # spam_head_line, spam_crumb
    for i, why in foreign_heads(texts, marked, probes).items():
        judged[i] = marked[i] = SpamVerdict(True, 0.0, (), 1, why, sure=True)
    judged |= crumb_spam(texts, marked, simplify_lines, known)
    return judged | gap_spam(texts, [judged.get(k, v) for k, v in enumerate(verdicts)])


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


def templates(
    probes: dict[int, tuple[str, str]], article: Article, hijacked: bool
) -> dict[int, str]:
    """Lines sharing a frame foreign to the article, each with a foreign slot (reading 1)."""
    by_affix: dict[tuple[bool, str], list[int]] = defaultdict(list)
    seen: dict[str, list[int]] = defaultdict(list)
    for i, (_, probe) in probes.items():
        if " " in probe or han_count(probe) < MIN_HAN:
            continue
        seen[probe].append(i)
        if len(seen[probe]) > 1:
            continue
        for tail in (True, False):
            affix = probe[-MIN_FRAME:] if tail else probe[:MIN_FRAME]
            if han_count(affix) == MIN_FRAME:
                by_affix[tail, affix].append(i)
    found: dict[int, str] = {}
    for (tail, _), members in by_affix.items():
        if len(members) < 2:
            continue
        texts = [probes[i][1] for i in members]
        frame = common_head([t[::-1] for t in texts])[::-1] if tail else common_head(texts)
        if han_count(frame) < MIN_FRAME or not _foreign_frame(frame, members, probes, article):
            continue
        spans = {
            i: (0, len(probes[i][1]) - len(frame)) if tail else (len(frame), len(probes[i][1]))
            for i in members
        }
        slots = [probes[i][1][a:b] for i, (a, b) in spans.items()]
        if not _slots(slots):
            continue
        if all(foreign(_printed(*probes[i], *spans[i]), article.without(i)) for i in members):
            for i in members:
                for j in seen[probes[i][1]]:
                    found[j] = f"{GENERATED}, a template's: the frame {frame}, other slots"
    if hijacked:
        for probe, printed_at in seen.items():
            if len(printed_at) > 1 and printed_at[0] not in found:
                line = probes[printed_at[0]][0]
                if foreign(_printed(line, probe, 0, len(probe)), article.without(printed_at[0])):
                    for j in printed_at:
                        found[j] = f"{GENERATED}, printed twice, foreign to the article"
    return found


def _slots(slots: list[str]) -> bool:
    """Whether each slot is a term of its own: keyword-shaped, and the slots' distinct cores
    (their shared head and tail left out) terms too, not one character of a series of
    headings (``全国人大常委会第一次会议`` / ``第二次会议``)."""
    if any(not SLOT.match(slot) or FUNCTION_CHARS.search(slot) for slot in slots):
        return False
    head = len(common_head(slots))
    tail = len(common_head([slot[::-1] for slot in slots]))
    return all(len(slot) - head - tail >= MIN_TERM for slot in slots)


def common_head(texts: Sequence[str]) -> str:
    """The longest head all of ``texts`` share."""
    first = min(texts, key=len, default="")
    for at, char in enumerate(first):
        if any(text[at] != char for text in texts):
            return first[:at]
    return first


def _foreign_frame(
    frame: str, members: list[int], probes: dict[int, tuple[str, str]], article: Article
) -> bool:
    """Whether no line outside the template prints the frame whole (as read or printed)."""
    elsewhere = article.without(members[0])
    forms = {frame}
    line, probe = probes[members[0]]
    at = probe.find(frame)
    if len(line) == len(probe):
        forms.add(line.lower()[at : at + len(frame)])
    return not elsewhere.names(forms)


def echoed_slot(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a slot echoed with two frames, or None (reading 2)."""
    pieces = probe.split()
    if not 2 <= len(pieces) <= 3:
        return None
    slot = common_head(pieces)
    if len(slot) < MIN_ECHO or not SLOT.match(slot) or FUNCTION_CHARS.search(slot):
        return None
    frames = [piece[len(slot) :] for piece in pieces]
    if any(han_count(f) < MIN_FRAME for f in frames) or len(set(frames)) < len(frames):
        return None
    if not foreign(_printed(line, probe, 0, len(slot)), article):
        return None
    return f"{GENERATED}, a slot echoed with {len(frames)} frames: {slot}"


def lone_term(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a lexicon term alone with a foreign frame, or None (reading 3)."""
    if " " in probe or han_count(probe) < MIN_HAN:
        return None
    weights = lexicon().terms
    if counter_lexicon().find(probe) or prose_sign(probe):
        return None
    for start, end, term in lexicon().find(probe):
        weight = weights[term]
        if han_count(probe[end:]) < MIN_FRAME or (weight < STRONG_WEIGHT and start == 0):
            continue
        if han_count(probe[:end]) > TERM_HAN or FUNCTION_CHARS.search(probe[:end]):
            continue  # the slot opens the line: a subject and a verb before it are a headline
        if not foreign(_printed(line, probe, start, end), article):
            continue
        if not foreign(_printed(line, probe, 0, end), article):
            continue  # the name before the term is the article's
        rest = han_pairs(probe[:start]) | han_pairs(probe[end:])
        around = [probe[:start] + " " + probe[end:]]
        if len(line) == len(probe):
            around.append(line.lower()[:start] + " " + line.lower()[end:])
        if rest and _echoed(around, article) > REST_ECHO * len(rest):
            continue
        if _glued_before_echo(probe, start, article):
            continue
        return f"{GENERATED}, a spam term alone, the rest foreign to the article: {term}"
    return None


def _glued_before_echo(probe: str, start: int, article: Elsewhere) -> bool:
    """Whether a piece the dash parts from the term's is one the article echoes: spam
    glued before a headline (``X銀行卡-某某-两交通意外两人送院``), whose prefix
    ``spam_glued`` cuts and whose headline stays."""
    for piece in DASH.split(probe[start:])[1:]:
        pairs = han_pairs(piece)
        if pairs and article.echoes(pairs) > REST_ECHO * len(pairs):
            return True
    return False


def foreign_list(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a short list of foreign keywords with spam names, or None (reading 4)."""
    items = [s for s in SEPARATORS.split(probe) if s]
    if len(items) < 3 or any(not SLOT.match(s) or FUNCTION_CHARS.search(s) for s in items):
        return None
    weights = lexicon().terms
    named = 0
    for item in items:
        for start, _, term in lexicon().find(item):
            if weights[term] >= STRONG_WEIGHT:
                named += 2
            elif start > 0:
                named += 1
    if named < 2 or counter_lexicon().find(probe) or prose_sign(probe):
        return None
    printed = [s for s in SEPARATORS.split(line.lower()) if s]
    if len(printed) != len(items):
        printed = items
    if not all(foreign(pair, article) for pair in zip(items, printed, strict=True)):
        return None
    return f"{GENERATED}, a list of foreign keywords naming spam: " + ", ".join(items)


def foreign_question(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a question foreign to the article on a hijacked page, or None
    (reading 5): an interrogative (``data/question_words.txt``, a closed class of the
    grammar) and at least ``MIN_ASKED`` Han pairs besides, at most ``QUESTION_ECHO`` of them
    printed by the article."""
    if " " in probe or prose_sign(probe):
        return None
    asked = question_word().search(probe)
    if asked is None or FUNCTION_CHARS.search(probe[: asked.start()]):
        return None
    pairs = han_pairs(probe) - han_pairs(asked.group())
    if len(pairs) < MIN_ASKED:
        return None
    forms = [probe] if len(line) != len(probe) else [probe, line.lower()]
    outside = [han_pairs(form) - han_pairs(form[asked.start() : asked.end()]) for form in forms]
    if any(article.echoes(own) > QUESTION_ECHO * len(own) for own in outside):
        return None
    return f"{GENERATED}, a question foreign to the article on a page with spam elsewhere"
