"""Seven notices that stand anywhere: a statement heading, a comments disclaimer, a
reprint statement, an upload statement, a reader address, an ownership statement and a
reprint request.  Used by
``notice.is_notice``; each is a statement only a site makes about its page, so no
position is asked: the line's whole grammar is the notice's.

Model.

* a **statement heading** (``statement_heading``): a short line (at most
  ``MAX_HEADING`` characters before its rule, a host name counting as one:
  ``provenance.host_tokens``) that ends in a statement word
  (``data/notice_headings.txt``: 严正声明, 郑重声明, 版权声明…) followed by a *rule*
  of three or more stars, dashes, equals signs or tildes (``南方晨报严正声明******``): a
  notice printed as a heading over its text.  A headline reporting a statement
  (``华为发表严正声明``) carries no rule and is judged as any line: at the foot by its
  vocabulary (``notice_terms``), above the article as a headline;
* a **comments disclaimer** (``comments_disclaimer``): one sentence of at most
  ``MAX_DISCLAIMER`` characters in which the views are said to be someone's own
  (只代表/仅代表 … 个人观点) and not the site's, named or not, the line ending on it
  (``本评论观点只代表网友个人观点,不代表东方网立场。``); round 29: the site's name
  may hold a single space, a template filling in the site and its date stamp
  (``…,不代表新闻自选辑 20260308立场。``); round 34: a host name or a Latin proper name in
  the site's name is one character, as in any notice (``provenance.notice_tokens``:
  ``…,不代表故事 StoryStudio storystudio.tw立场。``).  A report quoting such
  words carries a reporting verb or a court story's words (``notice_terms``' prose
  signs: 他表示，…) and stays;
* a **reprint statement** (``reprint_statement``): a line that points back at the text
  above (kind ``above`` of ``data/provenance_words.txt``: 以上, 上述), optionally names
  what it is (kind ``piece``: 新闻, 文章, 内容), and says where it was reprinted from
  (kind ``identity``, its verbs ending in 自: 转载自, 转自, 摘自; not the
  copula 为: ``以上为个人观点``), then a short source name and nothing else
  (``【以上新闻转载自新华社】``); round 34: the name may go on in Latin letters, its
  English name and its address each after one space (``【以上新聞轉載自故事 StoryStudio
  storystudio.tw】``).  One clause of at most ``MAX_REPRINT`` characters: a
  sentence going on after the name (``以上内容转自网络，经核实…``) is prose.  A line
  opening with 本文 (``本文转载自新华网``) is a byline's source and is left to
  ``metadata``;
* an **upload statement** (``upload_statement``): a document-sharing site's line over
  a document a user uploaded: it opens with the document's title in 《》 and goes on
  with the passive agent 由 + an uploader + a verb of sharing
  (``data/upload_statements.txt``: 会员/用户/网友 × 分享/上传/贡献), in a line of at
  most ``MAX_UPLOAD`` characters (``《X》由会员分享,可在线阅读,更多相关《X》请在…
  上搜索。``).  A sentence about a book shared by its readers does not open with the
  title and the agent (``这本《X》由网友分享到论坛后…`` stays), and a title followed
  by its author (``《X》由张三主编``) names no uploader;
* a **reader address** (``reader_address``): a content aggregator's boilerplate, the site
  speaking to the reader about the page and naming its source, at the top of the copied
  article or at its foot (``本篇文章为你整理了X的详细内容，希望能帮助你了解X。``,
  ``如果你想了解更多关于X，欢迎联系X。``).  Its grammar is the whole line: one to
  ``MAX_CLAUSES`` clauses in at most ``MAX_ADDRESS`` characters (a host name is one),
  each clause made of the words of ``data/notice_address.txt`` (the page: 本篇文章;
  compiling: 为你整理了, 详细内容; helping: 希望能帮助你了解; more: 如果你想了解更多关于;
  contact: 欢迎联系) and at most one *name* (at most ``MAX_NAME`` characters, a trailing
  的 dropped), the same name in every clause: the template's one variable, the source.
  A line naming its source once must say the site compiled the page for the reader
  (kind ``compile``: 为你整理了); 本文 + a name is a byline's source (``本文转载自新华网``,
  ``metadata``).  The compile form is also a *frame* around a slot holding anything, an
  article's title with its own marks (``本篇文章为你整理了噢!查重原来是这样实现的啊!的详细
  内容，希望能帮助你了解噢!查重原来是这样实现的啊!``): a line of at most ``MAX_FRAME``
  characters that opens with the compile words (``page``? + ``compile``), names the slot,
  and closes on a ``help`` word and the same slot again.  A paragraph that goes on
  after the words (``本文为你整理了三个要点，第一是…``), that names two things
  (``如果你想了解更多关于展览，欢迎联系主办方。``) or that reports (a prose sign:
  主办方表示，…) is the story's and stays;
* an **ownership statement** (``ownership_statement``, round 12): the site says whose
  the rights in it are, a grammar of parts (``data/notice_parts.txt``): an *owner* word
  (本网站, 本站, 本刊), optionally what of it (所有内容, 文章), a *rights* noun (著作权,
  版权), optionally 均/皆, a *belongs* verb (属于, 归, 归属于) and the holder's name (at
  most ``MAX_NAME`` characters, no space or clause mark; round 26: perhaps in parts of Han
  letters after a space, 國立雲林科技大學 資訊工程學系, and its short name in brackets closing
  it, 新聞局(GCS)), the line ending there or going
  on, after a separator, with a notice of its own (``本網站著作權屬於X / © All RIGHTS
  RESERVED.``).  A court story (``法院认定该作品著作权属于原告``) has no owner word, and
  a sentence going on after the holder (``…属于人民网，这是…``) is prose;
* a **reprint request** (``reprint_request``, round 12): an *original* word (原创文章,
  本文为原创), a *request* (转载请, 如需转载请), what to do (*keep*: 保留, 注明; two
  joined by 或/和) and what to keep (*source*: 出处, 原文链接, 作者), then optionally the
  original's address after a colon, the whole line, in brackets or not
  (``[原创文章,转载请保留或注明出处:http://…]``), printed above the article as often as
  under it.  A paragraph about reprint rules opens otherwise (``该平台规定，原创文章…``)
  or goes on after the request (``…注明出处，这已是业内共识。``).

>>> statement_heading("南方晨报严正声明******"), statement_heading("华为发表严正声明")
(True, False)
>>> comments_disclaimer("本评论观点只代表网友个人观点,不代表东方网立场。", reports=False)
True
>>> reprint_statement("【以上新闻转载自新华社】"), reprint_statement("本文转载自新华网")
(True, False)
>>> upload_statement("《某某报告.docx》由会员分享,可在线阅读。")
True
>>> upload_statement("《红楼梦》由曹雪芹所著")
False
>>> reader_address("如果你想了解更多关于人民网，欢迎联系人民网。", reports=lambda line: False)
True
>>> reader_address("如果你想了解更多关于展览，欢迎联系主办方。", reports=lambda line: False)
False
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.provenance import (
    alternation,
    host_tokens,
    notice_tokens,
    provenance_words,
)
from newsclean.filters.word_trie import longest_first, word_pattern

#: A statement heading: a site's name and the statement word.
MAX_HEADING = 20
#: A comments disclaimer is one sentence.
MAX_DISCLAIMER = 60
#: A reprint statement: the deixis, the verb and a source's name.
MAX_REPRINT = 40
#: An upload statement: the title (twice, with the site's search hint) and the agent.
MAX_UPLOAD = 80
#: A reader address: a sentence or two, each clause the site's words and one name.
MAX_ADDRESS = 80
MAX_CLAUSES = 3
MAX_NAME = 24
#: The compile frame around a title: the frame's words and a title twice.
MAX_FRAME = 160
#: An ownership statement: the owner, the rights, the holder, maybe an English notice.
MAX_OWNERSHIP = 160
OWNERSHIP_SEPARATORS = " \u3000/|｜，,。.；;、-—"
#: The holder named in parts, each a run of Han letters after one space (a university, its
#: department, its laboratory: 國立雲林科技大學 資訊工程學系 高光譜實驗室).
HOLDER_PARTS = r"(?:[ \u3000][\u4e00-\u9fff]{2,16}){0,3}"
#: The holder's short name in brackets closing it, Latin capitals or digits: 新聞局(GCS).
HOLDER_SHORT = r"(?:\s?[(（][A-Za-z0-9&.\- ]{1,12}[)）])?"
#: A reprint request: its words and the address of the original.
MAX_REQUEST = 260
ADDRESS_CLAUSE = lazy_re(r"[，,；;。！!？?]")
BRACKETS = "【】[]「」()（）<>〈〉"
RULE = lazy_re(r"\s?[*＊\-—=＝~～_]{3,}$")
RULE_LAST = frozenset("*＊-—=＝~～_")
CLAUSE_MARK = lazy_re(r"[，,。；;：:！!？?]")
OWN_VIEW = lazy_re(
    r"(?:只|仅|僅|纯属|純屬)(?:代表|代錶|为|為|系|係)?[^，,。；;]{0,8}"
    r"(?:个人|個人|本人|作者)(?:的)?(?:观点|觀點|意见|意見|看法|立场|立場)"
)
NOT_THE_SITES = lazy_re(
    r"不代表(?:[^，,。；;！!？?\s]|[ \u3000](?=[^\s])){1,24}?(?:的)?"
    r"(?:立场|立場|观点|觀點|意见|意見)[。.！!\s)）】]*$"
)


@cache
def _heading_words() -> tuple[str, ...]:
    return tuple(fields[0] for fields in data_lines("notice_headings.txt"))


def statement_heading(text: str) -> bool:
    """A statement word closing a short line, under a rule of symbols (module docstring)."""
    line = text.strip()
    if len(line) > 2 * MAX_HEADING or line[-1:] not in RULE_LAST:
        return False  # most lines end in no rule: one set test
    rule = RULE.search(line)
    if rule is None:
        return False
    head = line[: rule.start()].strip(BRACKETS + " \u3000")
    return (
        0 < len(host_tokens(head)) <= MAX_HEADING
        and head.endswith(_heading_words())
        and CLAUSE_MARK.search(head) is None
    )


def comments_disclaimer(text: str, *, reports: bool) -> bool:
    """The views are someone's own, not the site's (module docstring); ``reports``: the
    line carries a prose sign (a reporting verb), which rules it out."""
    if reports or "不代表" not in text:
        return False
    line = notice_tokens(text.strip())  # a site's host or English name is one character
    if len(line) > MAX_DISCLAIMER:
        return False
    return OWN_VIEW.search(line) is not None and NOT_THE_SITES.search(line) is not None


@cache
def _reprint() -> re.Pattern[str]:
    words = alternation
    # The verbs that say where from (转载自, 摘自, 选自), not the copula (为, 系).
    verbs = longest_first(w for w in provenance_words()["identity"] if w.endswith("自"))
    return re.compile(
        rf"^{words('above')}{words('piece')}?(?:均|皆)?(?:{verbs})"
        r"[^，,。；;：:！!？?\s]{2,20}(?: [A-Za-z0-9][A-Za-z0-9./-]{1,30}){0,2}[。.]?$"
    )


def reprint_statement(text: str) -> bool:
    """以上 + what + 转载自 + a source's name, the whole line (module docstring)."""
    line = text.strip().strip(BRACKETS).strip()
    if len(line) > MAX_REPRINT or not line.startswith(("以", "上")):
        return False
    return _reprint().match(line) is not None


@cache
def _upload() -> re.Pattern[str]:
    kinds: dict[str, list[str]] = {"uploader": [], "verb": []}
    for word, kind in data_lines("upload_statements.txt"):
        kinds[kind].append(word)
    uploaders = longest_first(kinds["uploader"])
    verbs = "|".join(map(re.escape, kinds["verb"]))
    return re.compile(rf"^《[^《》]{{1,80}}》由(?:{uploaders})(?:{verbs})")


def upload_statement(text: str) -> bool:
    """《title》 + 由 + uploader + verb, opening a short line (module docstring)."""
    line = text.strip()
    if len(line) > MAX_UPLOAD or not line.startswith("《"):
        return False
    return _upload().match(line) is not None


@cache
def _address_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """The words of ``data/notice_address.txt`` as one longest-first pattern, and the
    words in which the site says it compiled the page for the reader (kind ``compile``)."""
    rows = list(data_lines("notice_address.txt"))
    compiling = frozenset(word for word, kind in rows if kind == "compile")
    return stdlib(word_pattern(word for word, _kind in rows)), compiling


@cache
def _frame() -> re.Pattern[str]:
    """The compile frame: page? + compile + X + 的? + content? + a mark + help + X."""
    kinds: dict[str, list[str]] = {}
    for word, kind in data_lines("notice_address.txt"):
        kinds.setdefault(kind, []).append(word)
    page, compiling, content, helping = (
        word_pattern(kinds[k]) for k in ("page", "compile", "content", "help")
    )
    # One slot, named twice: a lazy run of at most MAX_FRAME / 2 characters, matched back.
    slot = rf"(?P<slot>.{{1,{MAX_FRAME // 2}}}?)"
    return re.compile(
        rf"^(?:{page})?(?:{compiling}){slot}的?(?:{content})?[，,；;]\s?(?:{helping})"
        r"(?P=slot)[。.！!]?$"
    )


def _compile_frame(line: str) -> bool:
    """The compile frame around one slot, named twice (module docstring)."""
    return len(line) <= MAX_FRAME and _frame().match(line) is not None


def reader_address(text: str, *, reports: Callable[[str], bool]) -> bool:
    """Every clause the site's words to the reader and one name, the same name
    (module docstring); ``reports(line)``: the line carries a prose sign, which rules it
    out (asked last: most lines fail the words first)."""
    line = text.strip().strip(BRACKETS).strip()
    words, compile_words = _address_words()
    if len(line) > 2 * MAX_FRAME or words.search(line) is None:
        return False  # most lines: none of the words
    if _compile_frame(line):
        return not reports(line)
    if len(host_tokens(line)) > MAX_ADDRESS:
        return False
    clauses = [c.strip() for c in ADDRESS_CLAUSE.split(line) if c.strip()]
    if not clauses or len(clauses) > MAX_CLAUSES:
        return False
    names: set[str] = set()
    slots = 0
    compiled = False
    for clause in clauses:
        found = [m.group() for m in words.finditer(clause)]
        if not found:
            return False  # a clause of the story
        compiled = compiled or not compile_words.isdisjoint(found)
        rest = [r.strip(" \u3000").removesuffix("的").strip() for r in words.split(clause)]
        rest = [r for r in rest if r]
        if len(rest) > 1 or any(len(host_tokens(r)) > MAX_NAME for r in rest):
            return False  # more than a name between the words: a sentence
        names.update(rest)
        slots += len(rest)
    return len(names) == 1 and (slots > 1 or compiled) and not reports(line)


@cache
def _parts() -> dict[str, str]:
    """kind -> the words of ``data/notice_parts.txt`` as a regex group, longest first."""
    kinds: dict[str, list[str]] = {}
    for word, kind in data_lines("notice_parts.txt"):
        kinds.setdefault(kind, []).append(word.lower())
    return {k: word_pattern(words) for k, words in kinds.items()}


@cache
def _firsts() -> frozenset[str]:
    """The first characters of the owner and original words: most lines fail here."""
    rows = data_lines("notice_parts.txt")
    return frozenset(word[:1] for word, kind in rows if kind in ("owner", "original"))


@cache
def _ownership() -> re.Pattern[str]:
    """owner + content? + rights + adverb? + belongs + the holder's name + the rest."""
    p = _parts()
    name = rf"(?:《[^《》]{{1,{MAX_NAME}}}》|[^\s，,。；;：:！!？?/|｜()（）《》]{{1,{MAX_NAME}}})"
    return re.compile(
        rf"^(?:{p['owner']})[的之]?(?:(?:{p['content']})[的之]?)?(?:{p['rights']})"
        rf"(?:{p['adverb']})?(?:{p['belongs']})\s?{name}{HOLDER_PARTS}{HOLDER_SHORT}"
        r"(?P<rest>.*)$"
    )


def ownership_statement(text: str, *, is_notice: Callable[[str], bool]) -> bool:
    """The site says whose the rights in it are, the whole line (module docstring);
    ``is_notice(rest)``: what follows the holder's name is a notice of its own."""
    line = text.strip().strip(BRACKETS).strip()
    if text.rstrip().endswith((")", "）")) and line[-1:] not in (")", "）"):
        line += text.rstrip()[-1]  # the holder's short name closes it: 新聞局(GCS)
    if len(line) > MAX_OWNERSHIP or line[:1] not in _firsts():
        return False
    found = _ownership().match(line.lower())
    if found is None:
        return False
    rest = found.group("rest").strip(OWNERSHIP_SEPARATORS)
    return not rest or is_notice(rest)


@cache
def _reprint_request() -> re.Pattern[str]:
    """original + request + keep (or keep) + source (and source) + an address?"""
    p = _parts()
    keep, source = p["keep"], p["source"]
    address = r"(?:https?://|www\.)[!-~]{1,300}"
    return re.compile(
        rf"^(?:{p['original']})[,，、\s]{{0,2}}(?:{p['request']})\s?(?:{keep})"
        rf"(?:(?:或|或者|和|并|並|及|与|與|/|、)(?:{keep}))?(?:本文|原文|文章)?(?:{source})"
        rf"(?:(?:和|及|与|與|、|或|并|並)(?:{source}))?(?:\s?[:：]\s?{address})?"
        r"(?:[,，]?\s?(?:谢谢|謝謝|谢谢合作|謝謝合作))?[。.!！]?$"
    )


def reprint_request(text: str) -> bool:
    """An original article's reprint request, the whole line (module docstring).

    >>> reprint_request("[原创文章,转载请保留或注明出处:http://www.x.com/zh/a.htm]")
    True
    >>> reprint_request("原创文章转载请注明出处，这已是业内共识。")
    False
    """
    line = text.strip().strip(BRACKETS).strip()
    if len(line) > MAX_REQUEST or line[:1] not in _firsts():
        return False
    return _reprint_request().match(line.lower()) is not None
