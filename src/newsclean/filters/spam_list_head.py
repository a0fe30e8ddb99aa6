"""A keyword list glued before a paragraph: the paragraph's *list head* (round 38).

Model.  A hijack template (or a copier printing the page's ``keywords`` meta) writes a list
of keywords joined by commas at the head of one of the copied article's paragraphs, with no
break between its last keyword and the paragraph's first words
(``假证件,卖qq号码,…,蒙尘药本报讯 (文/…``, ``…,性免費電影【中新社香港9月22日電】…``,
``足彩,体彩,…,六合彩近日,苏州一位市民…``).  The line is neither a keyword line nor a
paragraph alone: removed whole it loses the article's paragraph, kept whole it keeps the
list.  The list is cut off and the paragraph stays.  What makes such a head, on any site:

* *the list*: the line opens with ``MIN_ITEMS`` or more items, each a keyword
  (``MIN_TERM``-``MAX_TERM`` Han, Latin or digits: no space, mark or function character),
  each closed by a comma (``,`` or ``，``);
* *the glued item*: the next piece opens with a keyword run (read without a mirror's
  glosses) whose last keyword runs into *the paragraph's opening*: an opening bracket (a
  desk credit or dateline in brackets: ``【本報訊】``, ``【中新社…電】``) or a heading's dot
  (``·``) where the run ends; inside the run, a lede opener (``data/lede_openers.txt``:
  本报讯, 近日, 昨天 …), a date in digits, a dateline (an outlet and a place before
  ``11月15日电``/``讯``) or a numbered paragraph's number (``土枪1.中美贸易战升级,…``).
  Where the opening sits inside the run, the keyword before it is bounded by the
  vocabulary (lexicon terms and spam morphemes, digits and Latin glued between them, up to
  the opening) or by the article (none of its pairs printed elsewhere and a character the
  article never uses): the first end so bounded is taken, no fixed term.  With no opening
  (``96彩票行政長官辦公室…``, ``色站導航選舉倒數,…``), the article ends the keyword: the
  paragraph begins at the first pair the article prints elsewhere (``彩票`` is the
  lexicon's, ``行政`` the article's), the keyword's start the vocabulary's (its lexicon
  terms and morphemes reach ``MIN_TERM`` characters in at least); or where the
  vocabulary's reach ends when the article prints none of the pairs after it
  (``色站|導航選舉倒數``: a stray character or two of the keyword may stay, no word of
  the paragraph is lost), when what follows is a paragraph by itself (longer than a
  headline, or two sentence marks);
* *the list is spam*: the items and the glued keyword, read alone as a joined line, are
  spam (``spam.score_line``: the lexicon's weights and morphemes against prose), or, on a
  page with spam elsewhere and with ``MIN_FOREIGN_ITEMS`` items or more, every item holds
  a Han character the article never uses (a farm's terms from another trade);
  no word of the reports about spam among them (a crackdown's list of crimes);
* *what follows is the article's*: at least ``MIN_REST_HAN`` Han characters, not spam read
  alone.

Round 46: the glued item may itself close with a comma when the paragraph's first clause
holds no mark (``…,一夜激情,裸聊合法男子涉嫌手持剪刀和刀子,在榜鹅…``): an item closed by its
comma is read as the glued one too, its keyword started by the vocabulary (``裸聊``) and
ended by the article (``男子``, a pair the article prints), when what follows is a paragraph
by itself and not spam read alone (else the list goes on).  An item holding a function
character (``都``, ``的``) is a clause, unless the
vocabulary opens it (a lexicon term or morpheme ``MIN_TERM`` characters long at its start:
``乱伦都市``, xinjiapofuwuqi.cn, a farm's term glued to a word; ``我们都…`` opens none).

A writer's list opening a lede (``北京,上海,广州等地…``, ``华为,小米,OPPO等品牌昨日…``)
fails the glued item (``等地`` opens no lede) or the list (places and products the article
names again are neither spam nor foreign).  A list joined by ``、`` is a writer's: not read.
The head is cut off the line (``spam cut``, as ``spam_cut.HeadCut``); the line's verdict
is cleared, for the rest is the article's.

Round 39, *a brand before the dateline* (``brand_head``): a template glues its site's
name, with no list, before a copied wire story's dateline
(``半岛中国体育官方网站中新社香港11月16日电 (记者 …)``, shanyouwang.com).  A dateline opens
its paragraph (its outlet and place, then the day and 电/讯): nothing of the story stands
before it, and no site signs another outlet's wire copy with its own name.  What makes the
head: the line opens with a *brand* (``spam_brand.brand_name``: a name of ``MIN_TERM``
characters or more, Han, Latin or digits, then a site's self-name, 官方网站, 官网 …:
``data/brand_suffixes.txt``'s kind site), and right after it a dateline whose outlet is a
news outlet's name (``title.is_site_name``: 中新社, 新华社, 闽南网) of at most
``MAX_OUTLET`` characters; the rest holds ``MIN_REST_HAN`` Han characters at least and is
not spam read alone.  A paragraph quoting a site (``据中超官网消息``, ``中超联赛官方网站
显示``) writes no dateline after the site's name, and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import (
    DECIMAL_DIGIT,
    HAN_SCRIPT,
    lazy_re,
    lazy_regex,
)
from newsclean.filters.spam import score_line
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_brand import brand_name, suffix_search, suffixes
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import (
    MAX_HEADLINE,
    OPENER_DATE,
    PARAGRAPH_MARK,
    lede_openers,
)
from newsclean.filters.spam_lead import foreign, unused_char
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    counter_lexicon,
    lexicon,
    morpheme_pattern,
)
from newsclean.filters.spam_unused import MIRROR_GLOSS
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.filters.title import is_site_name

#: Items closed by a comma before the glued one, at least.
MIN_ITEMS = 3
#: A keyword is this many characters.
MIN_TERM, MAX_TERM = 2, 16
#: What follows the list holds this many Han characters at least.
MIN_REST_HAN = 6
#: A keyword closed by a comma; bounded, so linear on any input.
ITEM = lazy_re(f"([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}})[,，]")
#: The glued item's keyword run.
RUN = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")
#: A paragraph's opening mark right after the last keyword: a bracket, a heading's dot (a
#: quote or a title's bracket is a word of the sentence: ``…必须具备「滚动修正」``).
OPENING_MARKS = "【〔［[(（〖·•"
#: A list no vocabulary speaks for has this many items at least (a writer's clauses before
#: a quote or an opener are fewer).
MIN_FOREIGN_ITEMS = 5
HAN = lazy_re(f"[{HAN_SCRIPT}]")
#: A clause's comma inside a sentence.
CLAUSE = lazy_re(r"[,，;；]")
#: A numbered paragraph's number (``1.中美贸易战…``, ``2、``) opens it as a lede opener does.
NUMBERED = lazy_re(f"[{DECIMAL_DIGIT}]{{1,2}}[.．、](?=[{HAN_SCRIPT}])")
#: A dateline: an agency or outlet and a place, then the day and 电/讯 (``新华社北京7月19日电``,
#: ``闽南网12月16日讯``); bounded, so linear.
DATELINE = lazy_regex(r"(\p{Han}{2,12}?)\d{1,2}月\d{1,2}日\s?[电讯]")
#: An outlet's name ends so (新华社, 闽南网, 光明日报, 凤凰卫视台) and is at most this long.
OUTLET_END = lazy_regex(r"[社网網报報台]")
MAX_OUTLET = 6


def list_head_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The keyword lists cut off the paragraphs they are glued before (line index -> cut;
    module docstring); the verdict of a line so cut is cleared.

    >>> page = ["海沧市民节幸福海沧",
    ...         "假证件,卖qq号码,何记娱乐,bt成人,博乐国际,蒙尘药本报讯 昨天上午,"
    ...         "海沧区城市广场锣鼓喧天,一派喜气洋洋的节日气氛。", "市民节历时一个月。"]
    >>> cut = list_head_cuts(page, [NOT_SPAM] * 3)[1]
    >>> cut.cut, cut.rest[:6]
    ('假证件,卖qq号码,何记娱乐,bt成人,博乐国际,蒙尘药', '本报讯 昨天')
    >>> list_head_cuts(["北京,上海,广州,深圳等地昨日迎来降温。", "降温持续。"], [NOT_SPAM] * 2)
    {}
    """
    cuts = _brand_heads(texts, verdicts, simplify_lines)
    found: dict[int, tuple[list[int], list[str]]] = {}
    for i, text in enumerate(texts):
        if i in cuts:
            continue
        if text.count(",") + text.count("，") < MIN_ITEMS:
            continue  # the C-level gate: a list needs its commas
        starts = [len(text) - len(text.lstrip(" \u3000\t"))]
        items: list[str] = []
        while (item := ITEM.match(text, starts[-1])) is not None:
            if FUNCTION_CHARS.search(item.group(1)) and _covered(item.group(1)) < MIN_TERM:
                break  # a clause, not a keyword (乱伦都市: a spam term opens it, round 46)
            items.append(item.group(1))
            starts.append(item.end())
        if len(items) >= MIN_ITEMS:
            found[i] = (starts, items)
    if not found:
        return cuts
    lines = [texts[i] for i in found]
    simplified = simplify_lines(lines) if simplify_lines is not None else lines
    article: Article | None = None
    for (i, (starts, items)), probe in zip(found.items(), simplified, strict=True):
        text = texts[i]
        probe = (probe if len(probe) == len(text) else text).lower()
        if article is None:
            article = Article(texts, verdicts)
        elsewhere = article.without(i)
        for k in range(MIN_ITEMS, len(items) + 1):
            last = k == len(items)
            end = _glued_end(text, probe, starts[k], elsewhere, last=last)
            if end is None or (not last and end >= starts[k + 1] - 1):
                continue  # an item closed by its comma: the list goes on
            if not last and score_line(text[end:], simplify=None).is_spam:
                continue  # what follows is more of the list
            break
        else:
            continue
        rest = text[end:].strip()
        keywords = [*items[:k], text[starts[k] : end]]
        if not _spam_list(keywords, probe[:end], elsewhere):
            continue
        if len(HAN.findall(rest)) < MIN_REST_HAN or score_line(rest, simplify=None).is_spam:
            continue
        why = f"a keyword list glued before a paragraph: {len(keywords)} terms"
        cuts[i] = HeadCut(text[:end], rest, why)
        verdicts[i] = NOT_SPAM  # the paragraph is the article's
        article = None  # a cleared line is the article's again
    return cuts


def _glued_end(
    text: str, probe: str, pos: int, article: Elsewhere, *, last: bool = True
) -> int | None:
    """Where the glued item's keyword ends and the paragraph's opening begins in ``text``
    (module docstring), else None; the item is read without a mirror's glosses.  An item
    closed by a comma (not ``last``) is asked for an opening inside it only
    (``六合彩近日,苏州…``)."""
    plain, where = _unglossed(probe, pos)
    run = RUN.match(plain)
    if run is None or run.end() < MIN_TERM:
        return None
    for end in range(MIN_TERM, min(run.end(), MAX_TERM) + 1):
        term, rest = plain[:end], plain[end:]
        if FUNCTION_CHARS.search(term):
            break
        at_end = end == run.end()
        if not (_opens_lede(rest, article) or (at_end and rest[:1] in tuple(OPENING_MARKS))):
            if at_end:
                break
            continue
        printed = text[pos : where[end]].lower()
        if _covered(term) == end or (
            foreign((printed, term), "", article) and unused_char((printed, term), "", article)
        ):
            return where[end]
    # No opener: the vocabulary starts the keyword and the article ends it, before a
    # paragraph by itself: the paragraph begins at the first pair the article prints.
    end = _covered(plain[: min(run.end(), MAX_TERM)])
    if not MIN_TERM <= end < run.end() or not _paragraph(plain[end:]):
        return None
    lowered = text.lower()
    for k in range(end, min(run.end() - 1, MAX_TERM)):
        pairs = {plain[k : k + 2], lowered[where[k]] + lowered[where[k + 1]]}
        if article.names(pairs):
            return where[k]
    # the article prints none of them: the vocabulary's reach, for the glued item only (an
    # item closed by its comma begins the paragraph only where the article's pair does)
    return where[end] if last else None


def _unglossed(probe: str, pos: int) -> tuple[str, list[int]]:
    """``probe`` from ``pos`` without a mirror's glosses, and where each of its characters
    (and its end) stands in ``probe``."""
    plain: list[str] = []
    where: list[int] = []
    at = pos
    for gloss in MIRROR_GLOSS.finditer(probe, pos):
        plain.append(probe[at : gloss.start()])
        where.extend(range(at, gloss.start()))
        at = gloss.end()
    plain.append(probe[at:])
    where.extend(range(at, len(probe) + 1))
    return "".join(plain), where


def _covered(term: str) -> int:
    """How far from its start ``term`` is the vocabulary's: lexicon terms and spam
    morphemes, with digits and Latin letters glued between them, ending on a piece."""
    covered = bytearray(len(term))
    for start, end, _ in lexicon().find(term):
        covered[start:end] = b"\1" * (end - start)
    for match in morpheme_pattern().finditer(term, overlapped=True):
        covered[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    reach = 0
    for k, char in enumerate(term):
        if covered[k]:
            reach = k + 1
        elif not (char.isascii() and char.isalnum()):
            break
    return reach


def _opens_lede(rest: str, article: Elsewhere | None = None) -> bool:
    """Whether ``rest`` opens with a lede opener, a date in digits, a dateline or a
    paragraph's number."""
    return (
        rest.startswith(lede_openers())
        or OPENER_DATE.match(rest) is not None
        or NUMBERED.match(rest) is not None
        or _dateline(rest, article)
    )


def _dateline(rest: str, article: Elsewhere | None) -> bool:
    """Whether ``rest`` opens with a dateline whose outlet is a news outlet's name
    (``新华社西昌11月15日电``: ``新华社``): the head up to its first outlet ending, at most
    ``MAX_OUTLET`` characters, a lede opener or a site's name whose first pair the page
    prints again (the paragraph's byline, ``福州日报记者``, or the article: ``格福州新闻网``
    and ``王新华社`` hold a keyword's last character)."""
    found = DATELINE.match(rest)
    if found is None:
        return False
    head = found.group(1)
    if head.startswith(lede_openers()):
        return True
    ending = OUTLET_END.search(head)
    if ending is None or ending.end() > MAX_OUTLET or not is_site_name(head[: ending.end()]):
        return False
    first = head[:2]
    return first in rest[found.end() :] or (article is not None and article.names([first]))


def _paragraph(rest: str) -> bool:
    """Whether ``rest`` is a paragraph by itself: longer than a headline, two sentence
    marks, or (round 46) one sentence of clauses closed by its stop (``男子涉嫌…刀子,在榜鹅
    一带…国旗,昨早被控上法庭。``: a headline closes with no full stop)."""
    return (
        len(rest) > MAX_HEADLINE
        or len(PARAGRAPH_MARK.findall(rest)) >= 2
        or (rest.rstrip().endswith(("。", ".")) and len(CLAUSE.findall(rest)) >= 2)
    )


def _spam_list(
    keywords: list[str],
    probe: str,
    article: Elsewhere,
) -> bool:
    """Whether the list is spam (module docstring): ``probe`` is the list simplified and
    lower-cased, ``keywords`` its items as printed."""
    if counter_lexicon().find(probe):
        return False  # a crackdown's list of crimes
    if score_line(probe).is_spam:
        return True
    if not article.hijacked:
        return False  # a list no vocabulary knows needs the farm's other spam on the page
    probes = probe.replace("，", ",").split(",")
    if len(probes) != len(keywords) or len(keywords) < MIN_FOREIGN_ITEMS:
        return False
    return all(
        unused_char((k.lower(), p), "", article) for k, p in zip(keywords, probes, strict=True)
    )


def _brand_heads(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None,
) -> dict[int, HeadCut]:
    """The brands cut off the datelines they are glued before (line index -> cut; module
    docstring, round 39); the verdict of a line so cut is cleared.

    >>> page = ["启德体育园试业", "半岛中国体育官方网站中新社香港11月16日电 (记者 魏华都)"
    ...         "香港启德体育园16日进行第二次试业活动。"]
    >>> _brand_heads(page, [NOT_SPAM] * 2, None)[1].cut
    '半岛中国体育官方网站'
    >>> _brand_heads(["中超联赛官方网站显示,本轮比赛将于周六进行。"], [NOT_SPAM], None)
    {}
    """
    site_word = suffix_search("site")
    found = [
        i
        for i, text in enumerate(texts)
        if site_word.search(text, 0, MAX_TERM + MAX_OUTLET + 8) is not None
    ]
    if not found:
        return {}
    lines = [texts[i].strip() for i in found]
    simplified = simplify_lines(lines) if simplify_lines is not None else lines
    cuts: dict[int, HeadCut] = {}
    for i, line, probe in zip(found, lines, simplified, strict=True):
        probe = probe if len(probe) == len(line) else line
        end = _brand_end(probe)
        if end is None:
            continue
        rest = line[end:].strip()
        if len(HAN.findall(rest)) < MIN_REST_HAN or score_line(rest, simplify=None).is_spam:
            continue
        why = f"a brand glued before a paragraph's dateline: {line[:end]}"
        cuts[i] = HeadCut(line[:end], rest, why)
        verdicts[i] = NOT_SPAM  # the paragraph is the article's
    return cuts


def _brand_end(probe: str) -> int | None:
    """Where a brand opening ``probe`` (simplified) ends right before a news outlet's
    dateline, else None."""
    run = RUN.match(probe)
    if run is None:
        return None
    for word in suffixes("site"):
        at = probe.find(word, MIN_TERM, min(run.end(), MAX_TERM + len(word)))
        if at < 0:
            continue
        end = at + len(word)
        if brand_name(probe[:end]) is None:
            continue
        dateline = DATELINE.match(probe, end)
        if dateline is None:
            continue
        head = dateline.group(1)
        outlet = OUTLET_END.search(head)
        if outlet is not None and outlet.end() <= MAX_OUTLET and is_site_name(head[: outlet.end()]):
            return end
    return None
