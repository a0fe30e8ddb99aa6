"""Two notices saying where a reposted text came from, by their grammar, anywhere on the page.

Model.  An aggregator, a forum or a small paper reposting an article prints one line
saying where it took it from; the line's grammar, not its place, makes it a notice (it
stands at the top as often as at the foot, and the gold keeps it as the copyright field):

* a **reprint statement naming a channel** (``reprint_from_channel``): the text's subject
  (``provenance_words`` kinds ``subject`` or ``piece``: 本文, 此文, 文章, 内容), a verb saying
  where from (kinds ``from`` and the ``identity`` verbs ending in 自: 转载自, 转自, 来自,
  摘自, 出自), the *channel* the source lives on (kind ``channel``: 公众号, 微信公众号, 微博,
  网站, 客户端, app) and the account's name *in quotes or brackets* (“X”, 「X」, 《X》, 【X】:
  at most ``MAX_NAME`` characters), perhaps a full stop, nothing else:
  ``本文转载自公众号“华龙网-重庆晨报”。``.  Without the channel and the quotes the line names a
  source (``本文转载自新华网`` is ``metadata``'s), and a sentence of the story reporting a
  repost (``该文被多家公众号转载后引发热议``) has no subject opening it and goes on past the name;
* a **source-link line** (``source_link``): an optional bullet (``provenance.BULLETS``,
  ``realign.LINE_MARKS``, or a pictograph: a character of Unicode category So, such as the
  link emoji 🔗), a label naming the original (kind ``link``: 资料来源, 原文链接, 出处,
  Source), a colon or a space, and the original's address alone (a host name,
  ``furniture_mirrors.HOST_NAME``, with its scheme and path): ``🔗資料來源: https://x.com/``;
  round 24: a server named by its number names a page as a host does
  (``網址:https://202.62.215.15/News_Content.aspx?n=105&s=245349``).
  A source label with an outlet's name (``来源: 新华社``) is the byline's source, and a
  label with a name and an address is left to the byline too; round 25: so is a label
  with a host alone, no scheme before it and no path after it (``来源: fonfmedia.com``):
  the site's name written as its host, a source statement, not a link to the original;
* a **first-published notice** (``first_published``, round 16): the line says where the
  text first ran and when or where to read it there, in one clause, the whole line perhaps
  set in a bracket of its own: an optional subject (kind ``subject``: 本文, 原文), a verb
  saying where it ran (a verb of publishing with its preposition, 原刊于, 首发于, 原载于,
  刊登于; a from-verb, 原载, 转载自; or a verb pointing the reader at the original, kind
  ``see``: 见, 详见, 参见, after the subject only), the outlet's name *in quotes or
  brackets* (《X》, 「X」, “X”) and then its evidence: a date after a clause mark
  (``原刊于《文汇网》,2011年6月15日``) or the original's address (``(原文见「厦门晚报」
  https://…/36556.html)``).  A date glued to the outlet, or the outlet alone, is the
  article's own dateline and source (``metadata.published_in``: ``原文刊登于《联合早报》
  2023年1月9日``); a sentence of the story reporting where a report first ran has no verb
  opening it or goes on past the evidence (``该报道原刊于《人民日报》后引起关注，…``).
  Round 18, the *printed-in* order: the subject may be a demonstrative and a piece noun
  (这篇报道, 此篇文章, 本则消息: kind ``piece``), the date may stand between the verb and
  the outlet, and the place in the paper is evidence too: an edition or a page, a few
  letters closed by 版 or 刊 (``这篇报道刊登于5月11日《侨报》波士顿版头版。``, ``本文原载于
  《某某日报》第A3版``).  One clause only: ``…头版后引起热议`` goes on past the evidence;
  ``他的报道刊登于…`` has no subject of the notice;
* round 18 besides, a source-link line's label may be a bare address word (kind ``address``:
  网址, 链接, URL) when the address names a page: a path after the host
  (``網址:https://x.gov.tw/News_Content.aspx?n=105``); an address word and a host alone
  is the site's contact line, not a source.

Round 38, a **bare reprint credit** at the foot (``reprint_credit``, asked by ``notice``
with ``near_foot``): the reprint verb glued to the outlet's name and nothing else, no
subject, no frame, perhaps a stop: ``轉載自澳門日報``, ``转载自Yahoo奇摩新闻``.  转载 is the
word of reprint rights (转载请注明, 授权转载, 禁止转载): the site says under the story that it
reprinted it, as ``【以上新闻转载自X】`` says, so the line is its notice, not a byline.  A
word of attribution alone (``据X``, ``转自X``: ``byline_foot.attributed_credit``) names the
source; a label (``转载自:X``, the byline grammar's) and a clause going on after the name
(``转载自人民日报的评论指出,…``) are no such credit.

Round 39, a **reposter's statement** (``reposted_by``, anywhere): the text's subject
(kind ``subject``, or 本/此 and a piece noun: 本文, 此文, 本篇文章), 由 and the *reposter*
naming itself, a short name perhaps followed by its own address in brackets, a repost
verb (the ``identity`` verbs ending in 自, 转载自, 转自, 摘自; a translating one, kind
``translated``, 编译自; 转载于) and the *origin*, a name or a host (two at most, spaced),
perhaps a stop, nothing else: ``本文由蚌埠华迅网络(http://www.lujiapack.com)转自
fonfmedia.com``.  The site says who reposted the text and from where, the notice of a
repost; without a reposter (``本文转自新华网``) the line names a source (``metadata``'s), and
a sentence going on after the origin (``…转自微博,随后…``) or a third person's text
(``该文由网友转自…``) is the story's.

Round 44, an **origin label** (``origin_label``, anywhere): the aggregator's line under a
reposted story naming where it first appeared, a label and its value: the piece (kind
``subject``, or 这/此/本/该 and a piece noun: 此篇文章, 本文), a word of first appearance
(kind ``first``: 最开始, 最初, 最早), a label noun of origin (kind ``origin``: 出处, 来源,
来处), a copula (为, 為, 爲) or a colon, and the original named by its headline, outlet or
host, one line of at most ``MAX_ORIGIN_VALUE`` characters with no sentence mark in it:
``此篇文章最開始出處爲: 重慶居民感受到的幸福很真實``, ``本文最初来源:新京报 bjnews.com.cn``.
The first-word is the evidence: where a text *first* ran is said of a repost only; without
it only 出处 (the word of reprint rights, 转载请注明出处) is read so (``本文出处:X``), for
``本文来源:新华社`` is the byline's source label.  A clause after the label (``本文最早来源于
一篇微博,…``: a verb, no copula or colon; a sentence mark) is the story's.  Round 47: a
headline's tone mark inside the value, the headline going on after it
(``此篇文章最开始出处为: 台南木瓜台风过后大缺货!价格飙涨逾3倍 回稳…``), is the headline's: only a
stop or a semicolon anywhere, or a tone mark closing the value, makes it a sentence.

>>> origin_label("此篇文章最开始出处为: 新京报 bjnews.com.cn"), origin_label("本文来源:新华社")
(True, False)
>>> reprint_credit("轉載自澳門日報"), reprint_credit("转载自Yahoo奇摩新闻")
(True, True)
>>> reprint_credit("轉載自malaiedu.com"), reprint_credit("转载自malaiedu.com的文章")
(True, False)
>>> reprint_credit("转自中新网"), reprint_credit("转载自:人民日报")
(False, False)
>>> reprint_from_channel("本文转载自公众号“华龙网-重庆晨报”。")
True
>>> reprint_from_channel("该文被多家公众号转载后引发热议")
False
>>> source_link("🔗资料来源: https://pltyw.com/"), source_link("来源: 新华社")
(True, False)
>>> reposted_by("本文由蚌埠华迅网络(http://www.lujiapack.com)转自香港经济日报 hket.com")
True
>>> reposted_by("本文转自新华网"), reposted_by("该文由网友转自微博")
(False, False)
>>> first_published("原刊于《文汇网》,2011年6月15日")
True
>>> first_published("原文刊登于《联合早报》2023年1月9日")  # metadata's dateline
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from newsclean.filters.dates import find_date
from newsclean.filters.furniture_mirrors import HOST_NAME, PAGE_ADDRESS
from newsclean.filters.provenance import BULLETS, alternation, provenance_words
from newsclean.filters.realign import LINE_MARKS
from newsclean.filters.word_trie import longest_first

#: A reprint statement is one clause; the account's name, like a publication's, is short.
MAX_REPRINT = 60
MAX_NAME = 30
#: A bare reprint credit: the verb and a name (letters, digits, a middle dot; no clause).
#: Round 41: the outlet's name may be followed by its own host, spaced (``转载自点新闻
#: dotdotnews.com``): the site names the outlet as readers find it, still nothing else.
#: Round 43: or the outlet is named by its host alone (``轉載自malaiedu.com``), as an
#: attribution may name it (``据chinanews.com``, ``byline_foot``): the address is the name.
REPRINT_CREDIT = re.compile(
    r"(?:转载自|轉載自|转载于|轉載於)(?:(?P<name>[^\s,，。.;；:：!！?？、“”「」()（）]{2,24})"
    rf"(?: (?:https?://)?(?:www\.)?{HOST_NAME}/?)?|(?:https?://)?(?:www\.)?{HOST_NAME}/?)[。.]?"
)
#: A source-link line: a label and one address.
MAX_LINK = 320
#: Quotes and brackets around an account's name: opening -> closing.
QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"', "《": "》", "【": "】", "[": "]", "‘": "’"}
#: Joiners a pictograph bullet may carry (the emoji presentation selector, the joiner).
EMOJI_JOINERS = "\ufe0f\ufe0e\u200d"


@cache
def _reprint() -> re.Pattern[str]:
    words = alternation
    verbs = [w for w in provenance_words()["identity"] if w.endswith("自")]
    verbs += list(provenance_words()["from"])
    verb = "(?:" + longest_first(set(verbs)) + ")"
    names = "|".join(
        f"{re.escape(left)}[^{re.escape(left + right)}\\n]{{1,{MAX_NAME}}}{re.escape(right)}"
        for left, right in QUOTES.items()
    )
    return re.compile(
        rf"^(?:{words('subject')}|{words('piece')})(?:均|皆|已|系|係)?{verb}"
        rf"{words('channel')}\s?[:：]?\s?(?:{names})\s?[。.！!]?$"
    )


def _opening(text: str) -> str:
    """The line without its leading bullets (the sets of ``provenance`` and ``realign``,
    or pictographs) and spaces."""
    line = text.strip()
    start = 0
    while start < len(line) and (
        line[start] in BULLETS
        or line[start] in LINE_MARKS
        or line[start] in EMOJI_JOINERS
        or unicodedata.category(line[start]) == "So"
    ):
        start += 1
    return line[start:]


def reprint_from_channel(text: str) -> bool:
    """subject + from-verb + channel + a quoted account's name, the whole line."""
    if len(text) > MAX_LINK:
        return False  # before the bullets are walked: a long line is no statement
    line = _opening(text)
    if len(line) > MAX_REPRINT:
        return False
    if line[:1] in "【[" and line[-1:] in "】]":
        line = line[1:-1].strip()  # the statement set in a bracket of its own
    return _reprint().match(line.lower()) is not None


#: A server named by its number (a government site's ``https://202.62.215.15/…``) names a
#: page as a host name does: round 24.
NUMBERED_PAGE = r"(?:https?://)?(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?[/?][!-~]{1,320}"


#: A source label's address names the original when it is written as a link: a scheme
#: before the host, or a path after it.  A host alone (``来源: fonfmedia.com``) is the
#: name of the site the text came from, written as its host: the byline's source, round 25.
LINKED_HOST = rf"https?://{HOST_NAME}(?:[/?#:][!-~]{{0,{MAX_LINK}}})?"


@cache
def _link() -> re.Pattern[str]:
    colon = r"(?:\s{0,2}[:：]\s{0,3}|\s{1,3})"
    return re.compile(
        rf"^(?:{alternation('link')}{colon}(?:{LINKED_HOST}|{PAGE_ADDRESS}|{NUMBERED_PAGE})"
        rf"|{alternation('address')}{colon}(?:{PAGE_ADDRESS}|{NUMBERED_PAGE}))$"
    )


def source_link(text: str) -> bool:
    """An optional bullet, a source label and the original's address alone."""
    if len(text) > MAX_LINK or "." not in text:
        return False
    line = _opening(text)
    return _link().match(line.lower().rstrip()) is not None


#: Quotes and brackets around the outlet in a first-published notice: opening -> closing.
OUTLET_QUOTES = {"《": "》", "「": "」", "『": "』", "“": "”", '"': '"'}
#: Brackets a whole notice line may be set in: opening -> closing.
LINE_BRACKETS = {"(": ")", "（": "）", "【": "】", "[": "]"}
#: Clause marks between the outlet and the date of first publication.
DATE_SEPARATORS = ",，、;；"
#: A month and day before the outlet (刊登于5月11日《X》): the year is the page's.
MONTH_DAY = r"[0-9]{1,2}月[0-9]{1,2}[日号號]"
#: A place in the paper: an edition or page, a few letters closed by 版 or 刊 (头版,
#: 波士顿版头版, 第A3版, 副刊).
PAPER_PLACE = r"[^\s,，。；;《》「」“”]{0,10}[版刊]"


@cache
def _first_published() -> re.Pattern[str]:
    words = alternation
    published = f"{words('adverb')}?{words('verb')}{words('prep')}"
    verbs = [w for w in provenance_words()["identity"] if w.endswith("自")]
    moved = longest_first(verbs)
    subject = words("subject")
    verb = rf"(?:(?:{subject}\s?)?(?:{published}|{words('from')}|{moved})|{subject}{words('see')})"
    outlets = "|".join(
        f"{re.escape(left)}[^{re.escape(left + right)}\n]{{1,{MAX_NAME}}}{re.escape(right)}"
        for left, right in OUTLET_QUOTES.items()
    )
    address = rf"(?:https?://|www\.){HOST_NAME}(?:[/?#:][!-~]{{0,{MAX_LINK}}})?"
    piece = rf"(?:这|這|此|本|该|該)(?:篇|则|則|份)?{words('piece')}"
    return re.compile(
        rf"^(?:{verb}|{piece}\s?{published})\s?(?P<before>{MONTH_DAY}|[0-9]{{4}}年{MONTH_DAY})?"
        rf"\s?(?:{outlets})\s?(?:(?P<address>[:：]?\s?{address})"
        rf"|[{DATE_SEPARATORS}]\s?(?P<date>.{{4,30}})|(?P<place>{PAPER_PLACE}))$"
    )


def first_published(text: str) -> bool:
    """Where the text first ran, with its date or address, the whole line (docstring)."""
    if len(text) > MAX_LINK or not any(quote in text for quote in OUTLET_QUOTES):
        return False  # a long line, or no outlet named in quotes
    line = _opening(text).rstrip()
    if line[:1] in LINE_BRACKETS and line[-1:] == LINE_BRACKETS[line[0]]:
        line = line[1:-1].strip()  # the notice set in a bracket of its own
    line = line.rstrip("。.")
    found = _first_published().match(line.lower())
    if found is None:
        return False
    if found.group("address") or found.group("place"):
        return True  # the original's address, or its edition and page
    if found.group("before") is not None:
        return False  # a date before the outlet and another after: not this grammar
    date = find_date(found.group("date"))
    return date is not None and date.start == 0 and not found.group("date")[date.end :].strip()


def reprint_credit(text: str) -> bool:
    """A bare reprint credit (round 38, module docstring): 转载自 and a name alone."""
    line = text.strip()
    return len(line) <= MAX_REPRINT and REPRINT_CREDIT.fullmatch(line) is not None


#: A reposter's statement (round 39): the reposter's name and its origin's are short.
MAX_REPOSTER = 20
MAX_ORIGIN = 30
#: What a name holds no one of: a space, a clause or sentence mark, a quote or bracket.
#: A clause's words no outlet's name holds (a sentence going on past the origin:
#: ``…转自微博后引发热议``).
CLAUSE_WORD = re.compile(r"[了后後被并並将將把是]")
NAME_CHARACTER = r"[^\s,，。.;；:：!！?？、“”「」()（）\[\]【】]"


@cache
def _reposted() -> re.Pattern[str]:
    words = provenance_words()
    verbs = [w for w in words["identity"] if w.endswith("自")]
    verbs += [*words["translated"], "转载于", "轉載於"]
    verb = "(?:" + longest_first(set(verbs)) + ")"
    subject = rf"(?:{alternation('subject')}|(?:本|此)(?:篇|则|則)?{alternation('piece')})"
    # the reposter's own address in brackets: a scheme or www, a host, a path perhaps
    address = rf"\s?[(（](?:https?://|www\.){HOST_NAME}/?(?:[!-(*-~]{{0,{MAX_LINK}}})?[)）]"
    name = rf"(?:{HOST_NAME}|{NAME_CHARACTER}{{1,{MAX_ORIGIN}}})"
    return re.compile(
        rf"^{subject}\s?由\s?(?P<reposter>{NAME_CHARACTER}{{2,{MAX_REPOSTER}}}?)"
        rf"(?:{address})?\s?{verb}\s?(?P<origin>{name}(?: {name})?)[。.]?$"
    )


def reposted_by(text: str) -> bool:
    """subject + 由 + the reposter (its address perhaps) + a repost verb + the origin, the
    whole line (round 39, module docstring)."""
    line = text.strip()
    if len(line) > MAX_LINK or "由" not in line:
        return False
    found = _reposted().match(line.lower())
    return found is not None and not CLAUSE_WORD.search(found.group("origin"))


#: An origin label's value: a headline, an outlet or a host, one line.
MAX_ORIGIN_VALUE = 60
#: What a label's value holds no one of: a sentence mark (the line is a sentence).
#: Round 47: a headline's tone marks, an exclamation or a question mark *inside* the
#: original's headline, followed by more of it (``台南木瓜台风过后大缺货!价格飙涨逾3倍 回稳…``,
#: ``…代理县长不忍了！下令警加速处理``), are the headline's, not a sentence's end: the
#: value may hold them when no stop or semicolon is in it (a headline has none) and the
#: value does not close on one.
HEADLINE_TONE = re.compile(r"[！!？?]")
STOP_MARK = re.compile(r"[。；;]")


@cache
def _origin() -> re.Pattern[str]:
    words = alternation
    piece = rf"(?:{words('subject')}|(?:这|這|此|本|该|該)(?:篇|则|則|份)?{words('piece')})"
    return re.compile(
        rf"^{piece}\s?(?P<first>{words('first')})?(?P<label>{words('origin')})"
        rf"(?:(?:为|為|爲)\s?[:：]?|\s?[:：])\s?(?P<value>\S.{{1,{MAX_ORIGIN_VALUE}}})$"
    )


def origin_label(text: str) -> bool:
    """piece + a first-word + an origin noun + 为 or a colon + the original, the whole
    line (round 44, module docstring)."""
    line = _opening(text).rstrip()
    if len(line) > MAX_LINK:
        return False
    found = _origin().match(line.lower())
    if found is None or _sentence_value(found.group("value")):
        return False
    return found.group("first") is not None or found.group("label") in ("出处", "出處")


def _sentence_value(value: str) -> bool:
    """The label's value reads as a sentence: a stop or semicolon anywhere, or a tone mark
    closing it (round 47: a tone mark inside, with the headline going on, is the
    headline's)."""
    if STOP_MARK.search(value):
        return True
    return HEADLINE_TONE.search(value[-1:]) is not None
