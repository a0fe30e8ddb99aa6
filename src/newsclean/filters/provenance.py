"""Lines that say where the text came from: provenance statements, how-to-cite lines,
the address of the original.

Model.  A page copied from elsewhere often prints, in a short line of its own above or
under the article, where the text first ran.  The words come from one table
(``data/provenance_words.txt``), which ``notice`` and ``metadata`` both read:

* **where it first ran**: subject (本文, 原文, 此文) + optional adverb (原, 首, 最初, 已) + a
  verb of publishing (刊登, 刊载, 发表, 刊, 载, 发…) + 于/於/在 (``PUBLISHED``, a prefix;
  ``notice`` adds the conditions of a reprint, ``本文原刊於…,轉載請註明…``); ``metadata``
  reads the same words with the subject and the preposition optional, then a publication
  in 《》 and a bare date (``原文刊登于《联合早报》2023年1月9日``: the source and the date);
* a **provenance statement** (``is_provenance_statement``): the subject, then either a verb
  of publishing with its preposition or a verb naming the periodical the text is part of
  (为, 系, 选自, 摘自, 转自: kind ``identity``), the periodical in 《》, and a place in it
  (an issue word: 期, 卷, 版, 篇, 号, 页): ``本文为《城乡规划》2025年期刊…的第39篇论文``,
  ``本文选自《读者》2023年第5期``.  It is one clause (no ，；： inside, a sentence end
  only at its end) of at most ``MAX_STATEMENT`` characters: ``原文刊登于《人民日报》第5版的
  这篇评论，引起了广泛讨论。`` goes on after a comma and is a sentence of the article.  A
  line naming only the publication and a date is ``metadata.published_in``'s, and a
  line without the 《》 (``本文首发于微信公众号“侠客岛”``) is judged by notice vocabulary;
* a **provenance notice naming an issue** (round 11, same function): the subject, a verb
  saying where the text comes from (kind ``from``: 出自, 原载, 来自, no preposition; or a
  verb of publishing with its preposition; or an identity verb ending in 自: 选自, 摘自,
  转自), a publication named bare (``人民网``, ``jrntv.com``, ``华龙网-重庆晨报``: no clause
  mark, at most ``MAX_NAME`` characters a piece; round 24: up to ``MAX_PIECES`` pieces set
  apart by a space, the name, its section and its host, ``自由时报 娱乐 ent.ltn.com.tw``,
  each perhaps with its Latin abbreviation in brackets, ``新闻局(GCS)``), then its *issue*
  ending the line: a
  number with an issue word (``324期``, ``2023年第5期``, ``第12号``; a bare number only
  with 期: ``建国路88号`` is an address) and optionally the
  date of issue in brackets, or a date of issue said to be one (kind ``issued``:
  ``(2014/06/01出刊)``, ``2023年6月出版``).  Without the 《》 the issue is what makes the
  line a notice: ``本文转载自新华网`` names only a source (``metadata``'s), and a
  sentence of the story saying where a saying or a policy came from (``这句话出自《论语》``,
  ``该政策出自2019年的会议``) has no 本文 subject;
* a **how-to-cite line** (``is_citation``): a citation label opening the line (本文索引:,
  引用本文:, 引用格式:, kind ``cite``) and the shape of a reference in the Chinese
  standard (GB/T 7714): a document-type mark in brackets (``[J]``, ``[N]``, ``[EB/OL]``)
  or a year with its issue in brackets (``2024(11)``);
* a **picture-provenance notice** (``is_pictures_provenance``, round 12): where all the
  page's pictures, or all its content, come from, the whole line: an optional *scope*
  (本文, 本站, 文中), a quantity word (*all*: 所有, 全部) with at most ``MAX_KIND``
  characters saying what kind (报纸图片), the *picture* noun (图片, 照片, 内容), optionally
  an adverb (*each*: 均, 皆), a from-verb (来自, 来源于, 选自), the publication (bare, as
  above: ``新加坡眼 xinjiapo.news``, or in 《》) and optionally its address
  (``本文所有报纸图片皆来自厦门晚报:http://…/index.html``).  The line opens with the scope
  or the quantity word and says *all* (the quantity word or the adverb): ``这些图片均来自
  新华社`` speaks of some pictures, and a paragraph saying its pictures came from an agency
  goes on past the source (``…均来自新华社，展期…``).  Round 27: a *share* of them
  (kind ``share``: 部分, 大部分) says it of the page's pictures as a set too, the whole
  line: ``部分圖片來自Shutterstock`` (a magazine's masthead), ``部分图片来自网络``; a
  demonstrative (这些, 该) points at pictures of the story and opens no such line;
* the **address of the original** (``is_document_address``): a line that is only a web
  address naming one document, not a site: a path that ends in a page's file name
  (``.html``, ``.cfm``, ``.php``…), carries a query (``?id=…``), or holds an article
  number (five digits or more): ``http://www.x.cn/cfm/content_archive.cfm?id=150…``.  A
  bare domain or a section's address (``http://www.sina.com.cn/``, ``…/china/``) names the
  site and stays furniture (``navigation``).

All of these are notices wherever they stand (``notice.opens_as_notice``), so no such line
is taken for the headline.

>>> is_provenance_statement("本文为《城乡规划》2025年期刊以飨读者的第39篇论文")
True
>>> is_citation("本文索引:张跃.<变量 2>[J].中国商论,2024(11):-034.")
True
>>> is_document_address("http://www.sina.com.cn/")
False
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import CLAUSE_MARKS, COLONS
from newsclean.filters.word_trie import longest_first

#: A provenance statement is one clause: the longest seen runs to about 30 characters.
MAX_STATEMENT = 60
#: A publication named bare in a provenance notice: 华龙网-重庆晨报, Yahoo奇摩新闻.
MAX_NAME = 30
#: A publication named bare is at most three pieces: the name, its section, its host.
MAX_PIECES = 3
#: A section's name after the publication's (娱乐, 国际版).
MAX_SECTION = 6
#: A host after the publication's name (lowered text): ent.ltn.com.tw, xinjiapo.news.
HOST = r"(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12}"
#: A how-to-cite line is one reference.
MAX_CITATION = 200
MAX_ADDRESS = 300
#: A picture-provenance notice: a clause and an address; the kind of picture (报纸图片).
MAX_PICTURES = 360
MAX_KIND = 4
BRACKETS = "【】[]「」()（）<>"
#: Marks and spaces before a notice's first word (``notice`` strips the same).
BULLETS = "·•●■◆▪*＊-—※☆★ \u3000"
CLAUSE_OR_COLON = lazy_re(f"[{CLAUSE_MARKS}{COLONS}]")
SENTENCE_END_INSIDE = lazy_re(r"[。！？!?](?=.)")
# GB/T 7714: a document-type mark ([J] journal, [N] newspaper, [M] book, [EB/OL] web page)
# or a year with its issue in brackets (2024(11), 2020,12(3)).
CITATION_SHAPE = lazy_re(
    r"\[(?:[JNMCDRSPGZ]|EB|[JNM]/OL|EB/OL)\]|(?:19|20)\d\d\s?[,，]?\s?\d{0,3}\s?[(（]\d{1,3}[)）]"
)
CITE_SEPARATOR = lazy_re(r"\s?[:：]")
DOCUMENT_EXTENSIONS = (
    ".html",
    ".htm",
    ".shtml",
    ".xhtml",
    ".cfm",
    ".php",
    ".asp",
    ".aspx",
    ".jsp",
    ".pdf",
)
ARTICLE_NUMBER = lazy_re(r"\d{5}")
HOST_LABEL = lazy_re(r"[a-z0-9-]{1,63}")
TOP_LEVEL = lazy_re(r"[a-z]{2,12}")
#: A dotted run that may be a host name (ent.ltn.com.tw), checked by ``is_host``.
#: A host name, or a mailbox at one (gdtb2020@163.com): one token of a notice either way.
HOST_RUN = lazy_re(r"(?:[A-Za-z0-9_+-]{1,64}@)?[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.-]{2,200}")


@cache
def provenance_words() -> dict[str, tuple[str, ...]]:
    """kind -> the words of ``data/provenance_words.txt``, longest first."""
    found: dict[str, list[str]] = {}
    for kind, word in data_lines("provenance_words.txt"):
        found.setdefault(kind, []).append(word.lower())
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in found.items()}


def unattributed(text: str) -> str:
    """``text`` without a word of attribution before a bare name (kind ``attribution``:
    据人民网 -> 人民网, 转自X -> X): "according to X" names X, the word is no part of it."""
    word = next((w for w in provenance_words()["attribution"] if text.startswith(w)), "")
    return text[len(word) :].lstrip() if word and len(text) > len(word) else text


def alternation(kind: str) -> str:
    """The words of one kind as a regex group, longest first."""
    return "(?:" + longest_first(provenance_words()[kind]) + ")"


@cache
def published_pattern() -> str:
    """subject + adverb? + verb + preposition: 本文原刊於, 原文刊登于, 本文首发于."""
    words = alternation
    return f"{words('subject')}{words('adverb')}?{words('verb')}{words('prep')}"


@cache
def _statement() -> re.Pattern[str]:
    words = alternation
    return re.compile(rf"^{words('subject')}{_from_verb()}\s?《[^《》]{{1,30}}》(?P<rest>.*)$")


@cache
def _from_verb() -> str:
    """A verb saying where the text comes from: 刊登于, 出自, 原载, 选自, 为 (module docstring)."""
    words = alternation
    published = f"{words('adverb')}?{words('verb')}{words('prep')}"
    return f"(?:{published}|{words('from')}|{words('identity')})"


@cache
def _issue_notice() -> re.Pattern[str]:
    """subject + from-verb (not the copula) + a bare name + its issue, ending the line."""
    words = alternation
    verb = f"(?:{words('adverb')}?{words('verb')}{words('prep')}|{_from_verbs()})"
    number = r"[0-9０-９一二三四五六七八九十百零〇]{1,6}"
    year = r"(?:19|20)\d\d"
    day = rf"{year}\s?[/.\-年]\s?\d{{1,2}}(?:\s?[/.\-月]\s?\d{{1,2}}\s?日?)?"
    # 第 + a number + any issue word (第12号, 第3版); a bare number only with 期 (324期):
    # 建国路88号 is an address
    place = rf"(?:第\s?{number}\s?{words('issue')}|{number}\s?(?:期|期刊))"
    numbered = rf"(?:{year}\s?年\s?)?{place}"
    dated = rf"[(（]?\s?{day}\s?{words('issued')}?\s?[)）]?"
    issued = rf"[(（]?\s?{day}\s?{words('issued')}\s?[)）]?"
    return re.compile(
        rf"^{words('subject')}{verb}\s?{_name()}\s?(?:{numbered}\s?(?:{dated})?|{issued})[。.]?$"
    )


def _name() -> str:
    """A publication named bare: its name, perhaps with its Latin abbreviation in brackets
    (``新闻局(GCS)``), then up to two pieces set apart by a space, each a section's short
    name or a host (``自由时报 娱乐 ent.ltn.com.tw``); a clause after a space is longer
    than a section and no host (``…来自新华社 记者在现场看到…``)."""
    abbreviation = r"(?:[(（][a-z]{2,8}[)）])?"
    section = rf"(?:{NAME_CHAR}{{1,{MAX_SECTION}}}?|{HOST})"
    return rf"{NAME_CHAR}{{1,{MAX_NAME}}}?{abbreviation}(?:\s{section}){{0,{MAX_PIECES - 1}}}"


#: A character of a publication's name: no space, clause mark or bracket.
NAME_CHAR = r"[^\s，,。；;：:！!？?《》()（）]"


def _from_verbs() -> str:
    """The from-verbs (来自, 出自) and the identity verbs ending in 自 (选自, 摘自), as one
    alternation."""
    verbs = [w for w in provenance_words()["identity"] if w.endswith("自")]
    return f"{alternation('from')}|{'|'.join(map(re.escape, verbs))}"


@cache
def provenance_bracket_opening() -> re.Pattern[str]:
    """A bracket opening with a verb of provenance (round 27): ``(原载于``, ``（转自``,
    ``(译自``: the start of a provenance bracket after a writer's name, whose publication
    ``byline_provenance`` reads; a bracket printed a space after the name is the same."""
    words = alternation
    verb = f"{words('adverb')}?{words('verb')}{words('prep')}|{_from_verbs()}|{words('translated')}"
    return re.compile(rf"^[(（](?:{verb})")


@cache
def _issue() -> re.Pattern[str]:
    return re.compile(alternation("issue"))


def _bare(text: str) -> str:
    return text.strip().lstrip(BRACKETS).lstrip(BULLETS)


def is_provenance_statement(text: str) -> bool:
    """The text names the periodical it is part of, and its place there (module docstring).

    >>> is_provenance_statement("本文选自《读者》2023年第5期")
    True
    >>> is_provenance_statement("原文刊登于《人民日报》第5版的这篇评论，引起了广泛讨论。")
    False
    >>> is_provenance_statement("原文刊登于《联合早报》2023年1月9日")  # metadata's
    False
    >>> is_provenance_statement("本文出自人民网324期(2014/06/01出刊)")
    True
    >>> is_provenance_statement("本文转载自新华网")  # a source: metadata's
    False
    """
    line = _bare(text)
    if len(line) > MAX_STATEMENT or not line.startswith(provenance_words()["subject"]):
        return False
    lowered = line.lower()
    found = _statement().match(lowered)
    if found is None:
        return _issue_notice().match(lowered) is not None
    rest = found.group("rest")
    return (
        _issue().search(rest) is not None
        and CLAUSE_OR_COLON.search(rest) is None
        and SENTENCE_END_INSIDE.search(rest) is None
    )


@cache
def _pictures() -> re.Pattern[str]:
    """scope? + all? + pictures + each? + from-verb + a source + its address? (docstring)."""
    words = alternation
    verb = f"(?:{_from_verbs()})"
    run = NAME_CHAR
    # what kind of picture (报纸图片, 新闻照片): a short run, after the quantity word only
    kind = rf"{run}{{0,{MAX_KIND}}}?"
    quantity = rf"(?:(?P<all>{words('all')})|(?P<share>{words('share')}))"
    opening = rf"(?:(?P<scope>{words('scope')})的?)?(?:{quantity}的?{kind})?"
    name = rf"(?:《[^《》]{{1,{MAX_NAME}}}》|{_name()})"
    address = rf"(?:https?://|www\.)[!-~]{{1,{MAX_ADDRESS}}}"
    return re.compile(
        rf"^{opening}{words('picture')}(?P<each>{words('each')})?{verb}\s?{name}"
        rf"(?:\s?[:：]?\s?{address})?[。.]?$"
    )


def is_pictures_provenance(text: str) -> bool:
    """Where all the page's pictures (or all its content) come from, the whole line
    (module docstring).

    >>> is_pictures_provenance("本文所有报纸图片皆来自厦门晚报:http://x.cn/index.html")
    True
    >>> is_pictures_provenance("这些图片均来自新华社")  # no scope, no quantity word
    False
    >>> is_pictures_provenance("部分圖片來自Shutterstock")  # a share of them
    True
    """
    line = _bare(text).rstrip(BRACKETS)
    if len(line) > MAX_PICTURES:
        return False
    found = _pictures().match(line.lower())
    if found is not None and found.group("share"):
        return True  # 部分图片来自X: a share of the page's pictures, the whole line
    if found is None or not (found.group("scope") or found.group("all")):
        return False  # 这些图片均来自…: a sentence about some pictures
    return bool(found.group("all") or found.group("each"))


def is_citation(text: str) -> bool:
    """A how-to-cite line: a citation label, then a reference's shape (module docstring).

    >>> is_citation("引用格式：李四.城市更新[J].规划师,2021,37(3):5-12.")
    True
    >>> is_citation("本文索引了三百篇文献")
    False
    """
    line = _bare(text)
    if len(line) > MAX_CITATION:
        return False
    lowered = line.lower()
    label = next((c for c in provenance_words()["cite"] if lowered.startswith(c)), None)
    if label is None or CITE_SEPARATOR.match(lowered, len(label)) is None:
        return False
    return CITATION_SHAPE.search(line) is not None


def is_document_address(text: str) -> bool:
    """A line that is only the address of one document (module docstring).

    >>> is_document_address("http://www.x.cn/cfm/content_archive.cfm?id=1502353370204")
    True
    >>> is_document_address("https://news.example.com/china/")
    False
    """
    line = text.strip()
    # the scheme first: almost every line fails there, before its characters are walked
    opening = line[:8].lower()
    if opening.startswith(("http://", "https://")):
        rest = line.split("://", 1)[1]
    elif opening.startswith("www."):
        rest = line
    else:
        return False
    if len(line) > MAX_ADDRESS or any(c.isspace() for c in line):
        return False
    host, slash, path = rest.partition("/")
    if not slash or not is_host(host.lower()):
        return False
    page, _, query = path.partition("?")
    if "=" in query:
        return True
    name = page.rstrip("/").rsplit("/", 1)[-1].lower()
    return name.endswith(DOCUMENT_EXTENSIONS) or ARTICLE_NUMBER.search(page) is not None


def is_host(host: str) -> bool:
    """``www.x.cn`` or ``x.cn:8080``: labels split at the dots, a port after a colon."""
    name, colon, port = host.partition(":")
    if colon and not (port.isdigit() and len(port) <= 5):
        return False
    labels = name.split(".")
    return (
        len(labels) >= 2
        and TOP_LEVEL.fullmatch(labels[-1]) is not None
        and all(HOST_LABEL.fullmatch(label) for label in labels[:-1])
    )


def _host_token(found: re.Match[str]) -> str:
    host = found.group().rpartition("@")[2]  # a mailbox stands or falls with its host
    return "@" if is_host(host.rstrip(".").lower()) else found.group()


def host_tokens(text: str) -> str:
    """``text`` with each host name (or mailbox) as one character: a notice's token, not
    its prose.

    >>> host_tokens("政务司司长办公室 cso.gov.hk严正声明")
    '政务司司长办公室 @严正声明'
    >>> host_tokens("台湾事务办公室 邮箱:gdtb2020@163.com 版权所有")
    '台湾事务办公室 邮箱:@ 版权所有'
    """
    return HOST_RUN.sub(_host_token, text) if "." in text else text


#: A proper name in Latin letters (two capitalised words or more: The Online Citizen) or a
#: date in digits (2019/02/19): one token of a notice each, as its address is (round 34).
NAME_OR_DATE = lazy_re(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+|\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2}")


def notice_tokens(text: str) -> str:
    """``text`` with each host name, Latin proper name and date as one character: the
    tokens a notice's length is measured in (a site's English name is no prose).

    >>> notice_tokens("※ 网络公民 The Online Citizen, x.com (最后浏览日:2019/02/19)")
    '※ 网络公民 @, @ (最后浏览日:@)'
    """
    return NAME_OR_DATE.sub("@", host_tokens(text))
