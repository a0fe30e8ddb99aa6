"""A listing's crumb on a short line, and a headline's shape, judged by the page (round 20).

Model.  A keyword farm prints the pieces of its *listing pages* into the pages it hijacks:
the title of a tag page with its page number (``<keyword>汇总 第3页``), or a list item's
meta crumb glued to its tag words (``06-29`` the item's date, ``4`` its count, then the
keywords with no space: ``06-294<keyword><keyword>``).  The keywords change with every
farm, so no lexicon knows them (round 19: the slots were words no list held); what
carries is the *crumb's grammar* and the *page*:

* a page number (``第N页``) closing a short line is a listing's title, whose keyword
  part a line of the article would print (a series' part heading names the article's
  subject); a date whose day runs on into more digits (``MM-DDN``, the day and a count
  glued) opening a line is a list item's crumb, which no sentence or dateline writes
  (a dateline parts the date from the text, ``06-29 某地``, and a day has two digits);
* the rest, the keyword part, is keyword-shaped (``MIN_HAN`` Han or more, no function
  character) and *foreign to the article*: at most ``ECHO`` of its Han pairs occur in the
  page's other lines.  A real tag row or page heading names the article's words and stays.

A *bare query* (``bare_query``): an interrogative inside a line with no question mark,
a frame of ``MIN_HAN // 2`` Han or more after it (``X怎么标口诀大全集``, ``X赛制什么原理``):
the search string a farm prints whole, not a question a writer asks (who closes it with a
mark or ends on the interrogative).  Like the headline's shape below, it is read as a
foreign question on any page; a heading of that form its article answers shares its words.
Round 42, a *closing query* (``closing_query``): the query may close on its interrogative
(a measure or a noun at most after it, ``X中八个号是几等奖``, ``X多少钱``) behind a keyword of
``MIN_HAN`` Han or more, no question mark, when it is the page's last line of its own
(``spam_runs.last_own_line``): a farm appends it under the article, where a writer's
question heading has nothing left to head and a writer closes a question with its mark.
Between paragraphs such a line may head what follows and is read only on a hijacked page.

A *headline's shape* (``headline``): a question, then a clause closed by an exclamation
(``X是什么?网络热议内容曝光!``), two clauses of a click-bait title in one line.  A page's
own headline of that shape shares its words with the article that answers it; one whose
words the article never prints is the farm's title (``spam_slot.foreign_question`` reads
it on any page, hijacked or not).

A *colon title* (``foreign_title``, round 21): a headline's other click-bait shape, a topic,
a colon and its promise (``X平台全解析:安全合法观看指南``), no other mark, naming a lexicon
term (``data/spam_terms.txt``; a strong one, weight 2 or more, or any on a page that
carries spam elsewhere), whose words the article never prints (at most ``TITLE_ECHO`` of
its Han pairs): a farm's generated title.  A page's own headline of that shape
(``外交部:深化与日伙伴关系``, ``警方:捣毁一个赌博网站`` over the crackdown's report) shares its
words with the article under it, and stays.  The term is asked for as well as the echo: on
a mirror that glosses every character (``區(qū)議(yì)會``) the article's pairs are broken,
and a real headline (``某某:区会履职制 市民可监察议员``) echoes nothing; it names no term.
A colon after a field's label is no topic's: a byline (``24/06/2007 來源:浙江在線 …``,
the label grammar's ``来源``, ``labels.label_pattern``) or a wire story's title line
(``中新社香港九月十四日电 题:史上最高六合彩奖金…``: the dispatch, then 题) names fields, and
its words need not be the article's.
"""

from __future__ import annotations

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_question import question_word
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    counter_lexicon,
    han_count,
    lexicon,
    prose_sign,
)

#: The fewest Han characters of a crumb's keyword part.
MIN_HAN = 4
#: The most of the keyword part's Han pairs the article may print.
ECHO = 1 / 3
#: A page number closing a line (the listing's title): 第3页, 第 12 頁 (no leading space
#: class: a search from every position of a run of spaces would be quadratic).
PAGE_NUMBER = lazy_regex(r"第\s*\d{1,4}\s*[页頁]$")
#: A list item's date whose day runs on into a count, glued to the text: 06-294 (linear:
#: one digit class each, anchored).
DATE_COUNT = lazy_regex(r"^\d{1,2}[-/.]\d{3,8}(?=[\p{Han}a-z])")
#: A question, then a clause closed by an exclamation; neither clause holds another mark.
HEADLINE = lazy_re(
    r"^[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]+[?？]"
    r"[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]+[!！]$"
)
#: A question, then a guide's headline closed by no mark (round 23); neither holds another.
QUESTION_HEAD = lazy_re(
    r"^[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]{2,}[?？]"
    r"[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]{4,}$"
)
#: A topic, a colon and its promise; neither side holds another mark.
COLON_TITLE = lazy_re(
    r"^[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]{2,}[:：]"
    r"[^?？!！。，,；;：:“”\"「」《》()（）\[\]【】]{2,}$"
)
#: The word right before a line's first colon, spaced from what stands before it, and
#: whether a wire's dispatch (``…电``) stands there: a label's place (module docstring).
FIELD_BEFORE_COLON = lazy_regex(
    r"^[^:：]*?(?:(?P<dispatch>[电電])\s{1,3}|\s{1,6}|^)(?P<word>[^\s:：]{1,6})\s{0,2}[:：]"
)
#: A wire story's title label after its dispatch (``…日电 题:``).
WIRE_TITLE = ("题", "題")
#: A colon title's fewest Han pairs, and the share of them the article may print.
MIN_TITLE_PAIRS = 6
TITLE_ECHO = 1 / 5
#: A lexicon weight that names spam by itself (``spam_slot.STRONG_WEIGHT``).
STRONG = 2.0
#: What every verdict's evidence opens with (``spam_slot.GENERATED``, then the reading).
GENERATED_TITLE = "generated line with a slot, a colon title foreign to the article"
CRUMB = "generated line with a slot, a listing's crumb with keywords foreign to the article"


def headline(line: str) -> bool:
    """Whether ``line`` has a click-bait headline's shape: a question, then an exclamation.

    >>> headline("某某是什么?网络热议内容曝光!"), headline("冲啊!女排夺冠")
    (True, False)
    """
    return HEADLINE.match(line.strip()) is not None


def question_head(line: str) -> bool:
    """Whether ``line`` is a question then a headline with no closing mark (round 23: a
    farm's title, ``某某真有那么神奇吗?某某种类揭秘及风险规避指南``): standalone for the
    head-line reading (``spam_head_line``), no evidence by itself.

    >>> question_head("某某真的有用吗?种类揭秘及避坑指南"), question_head("某某真的有用吗?")
    (True, False)
    """
    return QUESTION_HEAD.match(line.strip()) is not None


def bare_query(line: str, probe: str) -> bool:
    """Whether ``line`` is a bare query: no question mark, an interrogative of ``probe`` with
    a frame of two Han characters or more after it.

    >>> bare_query("某某赛制什么原理", "某某赛制什么原理"), bare_query("某某是什么", "某某是什么")
    (True, False)
    """
    if "?" in line or "？" in line:
        return False
    asked = question_word().search(probe)
    return asked is not None and han_count(probe[asked.end() :]) >= MIN_HAN // 2


def closing_query(line: str, probe: str) -> bool:
    """Whether ``line`` is a query closing on its interrogative (round 42, module docstring):
    no question mark, a measure or a noun at most after the interrogative, a keyword of
    ``MIN_HAN`` Han or more before it.

    >>> closing_query("某某彩中八个号是几等奖", "某某彩中八个号是几等奖")
    True
    >>> closing_query("某某是什么", "某某是什么"), closing_query("某某彩是几等奖?", "某某彩")
    (False, False)
    """
    if "?" in line or "？" in line:
        return False
    asked = question_word().search(probe)
    return (
        asked is not None
        and len(probe[asked.end() :].strip()) <= 1
        and han_count(probe[: asked.start()]) >= MIN_HAN
    )


def listing_crumb(line: str, probe: str, article: Elsewhere) -> str | None:
    """Why the line is a listing's crumb (a page number closing it, a date-count crumb
    opening it) with a keyword part foreign to the article, or None (module docstring).

    ``line`` as printed, ``probe`` read simplified and lower-cased.
    """
    if not probe[:1].isdigit() and not probe.endswith(("页", "頁")):
        return None  # the cheapest question first: most lines end and open otherwise
    closing = PAGE_NUMBER.search(probe)
    opening = DATE_COUNT.match(probe) if closing is None else None
    if closing is not None:
        start, end, what = 0, closing.start(), "a page number"
    elif opening is not None:
        start, end, what = opening.end(), len(probe), "a date with a count glued"
    else:
        return None
    keywords = probe[start:end].strip()
    if han_count(keywords) < MIN_HAN or FUNCTION_CHARS.search(keywords):
        return None
    forms = [probe[start:end]]
    if len(line) == len(probe):
        forms.append(line.lower()[start:end])
    for form in forms:
        pairs = han_pairs(form)
        if not pairs or article.echoes(pairs) > ECHO * len(pairs):
            return None
    return f"{CRUMB} ({what}): {keywords}"


def colon_title(line: str) -> bool:
    """Whether ``line`` has a colon title's shape: a topic, a colon, its promise; the
    topic no field's label (module docstring).

    >>> colon_title("某某平台全解析:安全合法观看指南"), colon_title("记者:")
    (True, False)
    >>> colon_title("24/06/2007   來源:浙江在線   參與互動")
    False
    >>> colon_title("中新社香港九月十四日电 题:史上最高六合彩奖金 掀港人投注热潮")
    False
    """
    stripped = line.strip()
    if COLON_TITLE.match(stripped) is None:
        return False
    topic = FIELD_BEFORE_COLON.search(stripped)
    if topic is None:
        return True
    if topic["word"] in WIRE_TITLE and topic["dispatch"]:
        return False  # …日电 题:… a wire story's title line
    # the label grammar asked of the word and its colon alone: a label spaced from what
    # stands before it (来源:浙江在線) names a field, no topic
    label = label_pattern().fullmatch(stripped, topic.start("word"), topic.end())
    return label is None or not is_label(label)


def foreign_title(line: str, probe: str, article: Elsewhere, hijacked: bool) -> str | None:
    """Why the line is a colon title foreign to the article, or None (module docstring).
    ``line`` as printed, ``probe`` read simplified and lower-cased."""
    if not colon_title(line) or prose_sign(probe):
        return None
    weights = lexicon().terms
    # a Han term: a Latin one matches inside English words (``av`` in ``leave``)
    named = [weights[t] for _, _, t in lexicon().find(probe) if han_count(t)]
    if not named or (max(named) < STRONG and not hijacked) or counter_lexicon().find(probe):
        return None
    forms = [probe] if len(line.strip()) != len(probe) else [probe, line.strip().lower()]
    for form in forms:
        pairs = han_pairs(form)
        if len(pairs) < MIN_TITLE_PAIRS or article.echoes(pairs) > TITLE_ECHO * len(pairs):
            return None
    return f"{GENERATED_TITLE}: {probe}"
