"""Readings 2-5 of a generated slot line (``spam_slot``, round 19), each asked of one short
standalone line against the article (split from ``spam_slot`` by job, round 22: the page's
pass, its candidates and reading 1, the templates, stay there).

2. *A slot echoed in one line* (``echoed_slot``): two or three spaced pieces opening with
   the same slot of ``MIN_ECHO`` characters or more and each going on with a different
   frame of ``MIN_FRAME`` Han characters or more (``X排名如何计算 X周一掉战力``), the slot
   foreign to the article (a nav row's place name, ``北京新闻 北京天气``, is the article's,
   or too short; a share row's verb before platform names, ``分享到微信 分享到朋友圈``,
   has frames of two or three characters: a tool row's, not a query's).
2b. *A frame repeated in one line* (``echoed_frame``, round 25): two to four spaced pieces
   sharing one frame, a head and a tail of ``MIN_FRAME`` Han characters or more together
   around a slot of their own (``MIN_TERM`` characters or more, keyword-shaped, each a
   different one: ``在X的作用的信息 在Y的作用的信息``).  A farm prints its query template
   once per keyword, and a line that repeats the frame is spam by the repetition: no writer
   says the same phrase twice around two names in one line.  The frame is a *written
   phrase* (a function character or an interrogative in it: 的, 是, 怎么; a nav or tool
   row repeats a noun label, ``北京市天气预报 上海市天气预报``, or a verb too short to be a
   frame, ``分享到微信 分享到朋友圈``), and the article does not print it (at most
   ``REST_ECHO`` of its Han pairs: a real line naming two of the article's places around
   the article's phrase stays).
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
   cuts the prefix and the headline stays.  Round 32: nor is a line holding a date the
   byline grammar reads (``彩神彩票官方网站2025-09-24``): the record's date with a brand
   glued before it, which ``spam_field`` cuts, the date kept.  Round 41: nor is a slot
   opened by a locative preposition (在/于/於) with a place before the term
   (``在蔬菜合作社觀看淨菜包裝``): a clause's adjunct and its verb, a caption's grammar; a term
   opening the line itself (``在线…``) is no preposition.
3b. *A foreign slot in a gambling frame* (``gambling_tail``, round 22): the line is a slot
   (``MIN_TERM`` characters to ``TERM_HAN`` Han, keyword-shaped) and a tail of ``MIN_FRAME``
   Han or more, Han, Latin and digits only, opening with a gambling word
   (``data/spam_ask_frames.txt``, kind gambling: ``X中奖…``, ``X开奖…``, ``X下注…``; a
   contest or watch word, 比赛, 观看, is a caption's or a report's as often: a prize
   picture's ``市少儿绘画比赛一等奖-王某``), no function character in the line, the slot
   foreign to the article and the tail too
   (at most ``REST_ECHO`` of its pairs printed): a farm's template, whatever its slot and
   whatever words follow the frame word (no list of whole frames, which change every few
   days).  A heading naming the lottery its article reports (``体彩中奖规则调整``) names
   the article's slot, and stays; so does a line with a sign of prose or a word of the
   reports about spam.
4. *A short keyword list* (``foreign_list``): three or more items joined by list separators
   (``_``, ``|``, ``、``, commas, spaces), each keyword-shaped, none echoed by the article,
   two of them a name ending in a lexicon term (``博虎娱乐``, ``大b私服``) or, round 24, a
   coined name the vocabulary reads strong by its pieces or its glue of digits and letters
   (``spam_frames.frame_strength`` 2: ``9118dy电影``), or one a strong term: a channel row's
   items are the lexicon's words alone (``娱乐_体育_财经``) and stay.  Round 32: two items
   joined by a bar are such a list when both speak so (``97資源總站|雲頂棋牌``, a farm's
   pair of brands set between two paragraphs): a headline and its column or site
   (``国内|新华网``) has one name the vocabulary knows at most.  Round 33: or one item is
   strong by the vocabulary (``frame_strength`` 2) and the other a keyword of ``MIN_NAME``
   characters or more no vocabulary knows and no site's name (``大陸黃網導航|葡京網上賭場``,
   a farm's two terms): a headline's column or site is short or a site's name, and a
   headline naming a strong term is echoed by its article (both items must be foreign).
   A list that holds a date the byline grammar reads is a record's fields, no keywords
   (``/ 金沙手機網投app / 29 February 2020``: a column's outlet and its date; a spam term in
   a field is cut there).
5. *A question foreign to the article on a hijacked page* (``foreign_question``): once
   the page carries spam (before this pass or in it), a short line with an interrogative
   (``data/question_words.txt``: a closed class of the grammar, not a list of frames) and
   ``MIN_ASKED`` Han pairs besides, at most ``QUESTION_ECHO`` of them printed by the
   article: a farm's query whose slot and frame no vocabulary knows (round 25: the
   copula right before the interrogative is the question's own, ``X是多少``,
   ``X是怎么算的``; a function character earlier is a sentence's; round 28: 等 in a prize's
   grade, ``一等奖``, ``特等奖``, is no function character: ``X一等奖怎么算奖金多少钱``;
   round 35: one 的 after the slot is its possessive, ``X的打赏钱归谁``, and 谁 closing the
   line is the question's last word, no word it opens following it).
   A question the article answers (``新闻发布会什么时候举行``) shares its words and
   stays.  A line of a click-bait headline's shape (a question, then an exclamation:
   ``spam_listing.headline``) or a bare query (an interrogative inside a line with no
   question mark, ``spam_listing.bare_query``) is read here on any page (round 20).
Verdicts are ``sure``; each reading returns why, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.byline_dates import holds_byline_date
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Elsewhere, as_printed
from newsclean.filters.spam_ask_frame import MAX_TERM, MIN_TERM, foreign, kind_pattern
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_items import TERM_HAN
from newsclean.filters.spam_question import question_word
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    SEPARATORS,
    counter_lexicon,
    han_count,
    lexicon,
    prose_sign,
)
from newsclean.filters.spam_unknown_list import unknown_list
from newsclean.filters.title import is_site_name

#: The fewest Han characters of a line read here, and of a template's frame.
MIN_HAN = 6
MIN_FRAME = 4
#: The fewest characters of a slot echoed in its line.
MIN_ECHO = 3
#: The most pieces of a line repeating one frame (a farm's line, not a list).
MAX_REPEATS = 4
#: The most of the rest's Han pairs a lone term's line may share with the article.
REST_ECHO = 1 / 3
#: A dash parting pieces of a glued line.
DASH = lazy_regex(r"\s*[-—–－]+\s*")
SLOT = lazy_regex(rf"^[\p{{Han}}a-z0-9]{{{MIN_TERM},{MAX_TERM}}}$")
STRONG_WEIGHT = 2.0
#: ``frame_strength`` of a keyword strong by its pieces or its glue.
STRONG_PIECES = 2
#: The fewest characters of the unknown name of a bar-joined pair (a column is shorter).
MIN_NAME = 4
#: A locative preposition opening a clause, and the place it needs before the verb (round 41).
LOCATIVE = "在于於"
MIN_PLACE = 2
#: A gambling frame's tail (reading 3b): one run of Han, Latin and digits.
FRAME = lazy_regex(r"[\p{Han}a-z0-9]+")
#: A foreign question's Han pairs besides its interrogative's, and the share the article
#: may print (a pair or two by chance: 大发 in a page's prose).
MIN_ASKED = 6
QUESTION_ECHO = 1 / 5
#: 谁 closing the line is the question's last word (归谁, 是谁): no word 谁 opens (谁家)
#: follows it (round 35).
FINAL_WHO = lazy_regex(r"谁$")
#: A slot of two Han characters or more and its possessive 的, the asked noun after it.
POSSESSIVE = lazy_regex(r"[\p{Han}a-z0-9]{2,12}的[^的]")
#: What every verdict's evidence opens with.
GENERATED = "generated line with a slot"


def echoed(forms: Sequence[str], article: Elsewhere) -> int:
    """How many Han pairs of ``forms`` (read, and as printed) the article prints, at most."""
    return max(article.echoes(han_pairs(form)) for form in forms)


def common_head(texts: Sequence[str]) -> str:
    """The longest head all of ``texts`` share."""
    first = min(texts, key=len, default="")
    for at, char in enumerate(first):
        if any(text[at] != char for text in texts):
            return first[:at]
    return first


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
    if not foreign(as_printed(line, probe, 0, len(slot)), article):
        return None
    return f"{GENERATED}, a slot echoed with {len(frames)} frames: {slot}"


def common_tail(texts: Sequence[str]) -> str:
    """The longest tail all of ``texts`` share."""
    return common_head([text[::-1] for text in texts])[::-1]


def echoed_frame(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line repeats one written frame around two to four slots, or None
    (reading 2b).

    >>> from newsclean.filters.spam_article import Article
    >>> from newsclean.filters.spam_verdict import SpamVerdict
    >>> lines = ["海沧市民节开幕。", "市民节将横跨三大节庆，历时一个月。"]
    >>> story = Article(lines, [SpamVerdict(False, 0.0, (), 0)] * 2)
    >>> farm = "在雅虎搜索系统的作用的信息 在必应搜索系统的作用的信息"
    >>> echoed_frame(farm, farm, story.without(-1))
    'generated line with a slot, a frame repeated with 2 slots: 在 | 搜索系统的作用的信息'
    >>> nav = "北京市天气预报 上海市天气预报"
    >>> echoed_frame(nav, nav, story.without(-1)) is None
    True
    """
    pieces = probe.split()
    if not 2 <= len(pieces) <= MAX_REPEATS or len(set(pieces)) < len(pieces):
        return None
    head, tail = common_head(pieces), common_tail(pieces)
    shortest = min(len(piece) for piece in pieces)
    if len(head) + len(tail) >= shortest:
        return None  # one piece is all frame: no slot of its own
    frame = head + " " + tail
    if han_count(frame) < MIN_FRAME:
        return None
    if not (FUNCTION_CHARS.search(frame) or question_word().search(frame)):
        return None  # a noun label repeated: a nav row's, not a query's
    slots = [piece[len(head) : len(piece) - len(tail)] for piece in pieces]
    if any(len(slot) < MIN_TERM or not SLOT.match(slot) for slot in slots):
        return None
    if counter_lexicon().find(probe) or prose_sign(probe):
        return None
    pairs = han_pairs(head) | han_pairs(tail)
    if article.echoes(pairs) > REST_ECHO * len(pairs):
        return None  # the article's own phrase
    return f"{GENERATED}, a frame repeated with {len(slots)} slots: {head} | {tail}"


def lone_term(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a lexicon term alone with a foreign frame, or None (reading 3)."""
    if " " in probe or han_count(probe) < MIN_HAN:
        return None
    terms = lexicon().find(probe)  # first: most lines hold none, and the tests below only refuse
    if not terms or counter_lexicon().find(probe) or prose_sign(probe):
        return None
    if holds_byline_date(line):
        return None  # the record's date after a glued value (round 32): spam_field's to cut
    weights = lexicon().terms
    for start, end, term in terms:
        weight = weights[term]
        if han_count(probe[end:]) < MIN_FRAME or (weight < STRONG_WEIGHT and start == 0):
            continue
        if han_count(probe[:end]) > TERM_HAN or FUNCTION_CHARS.search(probe[:end]):
            continue  # the slot opens the line: a subject and a verb before it are a headline
        if start >= MIN_PLACE + 1 and probe[0] in LOCATIVE and terms[0][0] > 0:
            continue  # 在<place>观看…: a locative adjunct and its verb, a clause (round 41)
        if not foreign(as_printed(line, probe, start, end), article):
            continue
        if not foreign(as_printed(line, probe, 0, end), article):
            continue  # the name before the term is the article's
        rest = han_pairs(probe[:start]) | han_pairs(probe[end:])
        around = [probe[:start] + " " + probe[end:]]
        if len(line) == len(probe):
            around.append(line.lower()[:start] + " " + line.lower()[end:])
        if rest and echoed(around, article) > REST_ECHO * len(rest):
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


def gambling_tail(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a foreign slot in a gambling frame, or None (reading 3b)."""
    if " " in probe or han_count(probe) < MIN_HAN or FUNCTION_CHARS.search(probe):
        return None
    if counter_lexicon().find(probe) or prose_sign(probe):
        return None
    for word in kind_pattern("gambling").finditer(probe):
        start = word.start()
        slot, tail = probe[:start], probe[start:]
        if not SLOT.match(slot) or han_count(slot) > TERM_HAN or han_count(tail) < MIN_FRAME:
            continue
        if not FRAME.fullmatch(tail):
            break  # a separator in the tail: a caption's credit, a list, not one frame
        if not foreign(as_printed(line, probe, 0, start), article):
            continue
        pairs = han_pairs(tail)
        if echoed(as_printed(line, probe, start, len(probe)), article) > REST_ECHO * len(pairs):
            continue
        return f"{GENERATED}, a foreign slot in a gambling frame: {slot} | {tail}"
    return None


def foreign_list(line: str, probe: str, article: Elsewhere, machine: bool = False) -> str | None:
    """Why the line is a short list of foreign keywords with spam names, or None (reading 4).
    ``machine``: the line stands where a machine puts its lists (spam elsewhere on the page,
    or the page's edge), which lets a list no vocabulary knows speak
    (``spam_unknown_list.unknown_list``, which asks a writer-joined list a narrower place)."""
    items = [s for s in SEPARATORS.split(probe) if s]
    pair = len(items) == 2 and ("|" in probe or "｜" in probe)  # 97资源总站|云顶棋牌 (round 32)
    if (len(items) < 3 and not pair) or any(
        not SLOT.match(s) or FUNCTION_CHARS.search(s) for s in items
    ):
        return None
    weights = lexicon().terms
    named = 0
    silent: list[str] = []  # items the vocabulary does not speak for
    for item in items:
        before = named
        for start, _, term in lexicon().find(item):
            if weights[term] >= STRONG_WEIGHT:
                named += 2
            elif start > 0:
                named += 1
        if named == before and frame_strength(item) >= STRONG_PIECES:
            named += 1  # a coined name the vocabulary reads by its pieces or glue
        if named == before:
            silent.append(item)
    unknown = named < 2  # spoken for by its joins and place alone (spam_unknown_list)
    if (
        (unknown and not (machine and unknown_list(items, probe, article)))
        or counter_lexicon().find(probe)
        or prose_sign(probe)
    ):
        return None
    if pair and silent and not _strong_with_name(items, silent):
        return None  # a pair: both names speak (a headline and its column, 国内|新华网, stay)
    if holds_byline_date(line):
        return (
            None  # a date among the items: a record's fields (/ 金沙手機網投app / 29 February 2020)
        )
    printed = [s for s in SEPARATORS.split(line.lower()) if s]
    if len(printed) != len(items):
        printed = items
    if not all(foreign(pair, article) for pair in zip(items, printed, strict=True)):
        return None
    if unknown:
        return f"{GENERATED}, a list no vocabulary knows, at a machine's place: " + ", ".join(items)
    return f"{GENERATED}, a list of foreign keywords naming spam: " + ", ".join(items)


def _strong_with_name(items: Sequence[str], silent: Sequence[str]) -> bool:
    """Whether a bar-joined pair is a strong keyword and a name no vocabulary knows, no
    site's or column's name (round 33: ``大陆黄网导航|葡京网上赌场``): the farm's two terms,
    the known one spam on its own (``frame_strength`` 2), the other a keyword of
    ``MIN_NAME`` characters or more (the foreignness of both is asked after)."""
    if len(silent) != 1 or len(silent[0]) < MIN_NAME or is_site_name(silent[0]):
        return False
    known = next(item for item in items if item != silent[0])
    return frame_strength(known) >= STRONG_PIECES


def foreign_question(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a question foreign to the article on a hijacked page, or None
    (reading 5): an interrogative (``data/question_words.txt``, a closed class of the
    grammar) and at least ``MIN_ASKED`` Han pairs besides, at most ``QUESTION_ECHO`` of them
    printed by the article."""
    if " " in probe or prose_sign(probe):
        return None
    asked = question_word().search(probe) or FINAL_WHO.search(probe)
    if asked is None:
        return None
    # The copula before the interrogative is the question's (X是怎么算的), and 等 in a
    # prize's grade (一等奖, 特等奖) is no function character (X一等奖怎么算奖金多少钱);
    # one 的 after the slot is its possessive (X的打赏钱归谁, round 35).
    head = probe[: asked.start()].removesuffix("是").replace("等奖", "奖")
    if POSSESSIVE.match(head):
        head = head.replace("的", "", 1)
    if FUNCTION_CHARS.search(head):
        return None
    pairs = han_pairs(probe) - han_pairs(asked.group())
    if len(pairs) < MIN_ASKED:
        return None
    forms = [probe] if len(line) != len(probe) else [probe, line.lower()]
    outside = [han_pairs(form) - han_pairs(form[asked.start() : asked.end()]) for form in forms]
    if any(article.echoes(own) > QUESTION_ECHO * len(own) for own in outside):
        return None
    return f"{GENERATED}, a question foreign to the article on a page with spam elsewhere"
