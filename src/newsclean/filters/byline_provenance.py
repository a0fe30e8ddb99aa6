"""A writer's name followed by a bracket saying where the text came from (round 17).

A byline may print the provenance of the text in a bracket after the writer's name:
the publication it first ran in (``作者: X(原载于《商报》)``), a source label and its
value (``作者: X（来源：中央社）``), or an outlet and its word of reporting
(``記者: X（路透社報導）``).  The bracket names the SOURCE, the text before it the
author.  The model is a composition of the byline grammar's parts, not a list of forms:
a value (a name: no bracket, no clause mark, at most ``MAX_NAME`` characters), one bracket
pair ending the value, and inside it exactly one of three provenance shapes:

- a *from-verb* and the publication, in 《》 or bare: adverb? + publishing verb + prep?
  (原载于, 首发于, 刊于) or a from-word (出自, 来自, 原载, 源自, 取自) or a reprint
  verb ending in 自 (转自, 摘自, 选自, 转载自) or, round 27, a verb of translating with
  自 (``作者:曹智(译自新华社)``: a translation credit names the paper it was translated
  from, whose name the source is; kind ``translated``); the words are
  ``data/provenance_words.txt``'s
  (the table ``notice`` and ``metadata.published_in`` read), so a copula (``(系新华社
  记者)``: an affiliation) is none;
- a *source label* and its value, read by the labelled grammar (``(来源:X)``, ``(稿源 X)``):
  a source and nothing else;
- an *outlet* (``title.is_site_name``: a known name or a media ending) glued to a word
  of reporting (``REPORTED``: 报道, 报导, 讯, 电, 供稿, 消息).

The name may carry one bracket of its own before the provenance bracket (its original
spelling: ``张兴曼(Herman Tiu Laurel)(译自每日论坛报)``); the name keeps it.  Any other
bracket (``张三(实习生)``, ``李四(右)``, ``王五(原名王伍)``) leaves the value as
it was.  Only the values of an author or reporter field are read: the line was already
read as a byline, so a paragraph that opens with a name and a bracket never comes here.
A source the line labels itself wins over the bracket's.

Round 27, a *periodical's issue line*: a publication's name, a space, and the issue the
text ran in, nothing else (``江西社会科学 2013年6期``, ``人民网 2013年6期``: a journal
portal's line under the date and author): the name is the source (``issue_line``).  The
name is one token of letters (no digit, no mark, no space: a sentence or a count is
none), the issue a year and an issue number closed by 期 (``2013年第6期`` too).

Round 29, *a provenance bracket alone*: a template that leaves the writer's name out
prints the bracket alone on its line (``(译自新京报)``, ``(譯自通說)``): the from-verb
shape names the source as after a name (``bracket_line``).  A *syndication line*
says which channel the text came from and who wrote it (``本文来自格隆汇专栏:福州新闻网,
作者:欧阳进权``): subject, from-word, platform and a channel's kind (kinds column and
platform), the channel's name (the source) and the labelled rest (``column_credit``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline import Metadata, parse_labelled
from newsclean.filters.byline_dates import relative_post
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.byline_values import is_no_value
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import alternation, provenance_words
from newsclean.filters.title import is_site_name

#: The longest name before the bracket, and the longest publication inside it.
MAX_NAME, MAX_SOURCE = 20, 20
#: An outlet's word of reporting after its name: (路透社报道), (新华社电), (中央社讯).
REPORTED = ("报道", "报导", "報道", "報導", "讯", "訊", "电", "電", "供稿", "消息")
#: The provenance bracket: one pair, half- or full-width, its text in ``a`` or ``b``.
BRACKET = r"(?:\((?P<a>[^()（）]{2,40})\)|（(?P<b>[^()（）]{2,40})）)"
#: The value: a name, then one bracket pair ending it.
BRACKETED = lazy_regex(
    rf"^(?P<name>[^()（）\[\]【】,，。;；:：]{{1,{MAX_NAME}}}?"
    rf"(?:\s?[(（][^()（）,，。;；:：]{{1,{MAX_NAME}}}[)）])?)\s?"
    rf"{BRACKET}$"
)


@cache
def _from_verb() -> regex.Pattern[str]:
    words = alternation
    reprint = "|".join(
        regex.escape(word) for word in provenance_words()["identity"] if word.endswith("自")
    )
    verb = (
        f"(?:{words('adverb')}?{words('verb')}{words('prep')}?|{words('from')}"
        f"|{words('translated')}|{reprint})"
    )
    return regex.compile(
        rf"^{verb}\s?(?:《(?P<book>[^《》]{{2,{MAX_SOURCE}}})》"
        rf"|(?P<bare>[^\s《》「」“”]{{2,{MAX_SOURCE}}}))[。.]?$"
    )


def bracket_source(inner: str) -> str | None:
    """The source a provenance bracket's text names, or None (module docstring).

    >>> [bracket_source(text) for text in ("原载于《商报》", "来源:中央社", "路透社报道")]
    ['商报', '中央社', '路透社']
    >>> bracket_source("实习生") is None, bracket_source("系新华社记者") is None
    (True, True)
    """
    text = inner.strip()
    found = _from_verb().match(text)
    if found is not None:
        return (found["book"] or found["bare"]).strip()
    for word in REPORTED:
        outlet = text.removesuffix(word)
        if outlet != text and is_site_name(outlet):
            return outlet
    labelled = parse_labelled(text)
    if labelled is not None and set(labelled.fields) == {"source"}:
        return labelled.fields["source"]
    return None


def provenance_bracket(parsed: Metadata) -> Metadata:
    """``parsed`` with a provenance bracket after its author's (or reporter's) name read
    as the source (module docstring).

    >>> provenance_bracket(Metadata({"author": "蒲公英(原载于《商报》)"})).fields
    {'author': '蒲公英', 'source': '商报'}
    >>> provenance_bracket(Metadata({"author": "张三(实习生)"})).fields
    {'author': '张三(实习生)'}
    """
    for field in ("author", "reporter"):
        value = parsed.fields.get(field, "")
        if not value.endswith((")", "）")):
            continue
        found = BRACKETED.match(value)
        if found is None:
            continue
        source = bracket_source(found["a"] or found["b"])
        if source is None:
            continue
        parsed.fields[field] = found["name"].strip()
        parsed.fields.setdefault("source", source)
    return parsed


#: A publication's name, a space, its issue: ``江西社会科学 2013年6期``.
ISSUE_LINE = lazy_regex(
    r"^(?P<name>[\p{Han}A-Za-z·]{2,16})[ \t\u3000]+(?:19|20)\d\d\s?年\s?第?\s?\d{1,3}\s?期$"
)


def issue_line(line: str) -> Metadata | None:
    """The source of a periodical's issue line (module docstring), else None.

    >>> issue_line("江西社会科学 2013年6期").fields, issue_line("人民网 2013年第6期").fields
    ({'source': '江西社会科学'}, {'source': '人民网'})
    >>> issue_line("截至2013年6期"), issue_line("共发行 2013年6期 3000册")
    (None, None)
    """
    if "期" not in line:
        return None
    found = ISSUE_LINE.match(line.strip())
    return None if found is None else Metadata({"source": found["name"]})


#: A language's name (德语, 英文, 日語) or the original (原文): what a text is translated
#: from when no publisher is named.
LANGUAGE = lazy_regex(r"\p{Han}{1,2}[语語文]")
#: A provenance bracket alone on its line: one pair around the whole line.
WHOLE_BRACKET = lazy_regex(rf"^\s?{BRACKET}\s?$")


def bracket_line(line: str) -> Metadata | None:
    """Round 29: the source of a provenance bracket printed alone on its line, the name
    before it left out (``(译自新京报)``, ``（原载于《商报》）``): only the from-verb shape
    (a source label or an outlet's report word alone in brackets is a caption's credit or
    a dateline's), else None.

    >>> bracket_line("(译自新京报)").fields, bracket_line("（原载于《商报》）").fields
    ({'source': '新京报'}, {'source': '商报'})
    >>> bracket_line("(实习生)"), bracket_line("(新华社电)"), bracket_line("(译自新京报)的报道")
    (None, None, None)
    >>> bracket_line("(原载《商报》)").fields, bracket_line("（首发于澎湃新闻）").fields
    ({'source': '商报'}, {'source': '澎湃新闻'})
    >>> bracket_line("(译自德语)"), bracket_line("(译自原文)")
    (None, None)
    """
    bare = line.strip()
    if not bare.startswith(("(", "（")) or not bare.endswith((")", "）")):
        return None  # most lines: no bracket around the whole line (the grammar's verbs vary)
    found = WHOLE_BRACKET.match(line)
    if found is None:
        return None
    verb = _from_verb().match((found["a"] or found["b"]).strip())
    if verb is None or (verb["bare"] and LANGUAGE.fullmatch(verb["bare"])):
        return None  # (译自德语), (译自原文): a language or the original, no publisher
    return Metadata({"source": (verb["book"] or verb["bare"]).strip()})


@cache
def _column_credit() -> regex.Pattern[str]:
    """本文 + from-word + platform + a channel's kind, the channel's name after a colon or
    in quotes (an ``(ID:…)`` bracket after it), a comma and the rest (``作者:X``)."""
    words = alternation
    kinds = f"{alternation('column')}|{alternation('platform')}"
    return regex.compile(
        rf"^(?:编者按|編者按)?[:：]?\s?{words('subject')}{words('from')}[\p{{Han}}A-Za-z0-9]{{0,12}}?(?:{kinds})\s?"
        r"(?:[:：]\s?(?P<bare>[^,，:：。;；“”「」\s]{2,20})|[“「](?P<quoted>[^“”「」]{2,20})[”」])"
        r"(?:\s?[(（](?:ID|微信号)[:：][^()（）]{1,30}[)）])?\s?[,，]\s?(?P<rest>[^。]{2,40})[。]?$"
    )


def column_credit(line: str) -> Metadata | None:
    """Round 29: a syndication line saying which channel the text came from and who wrote
    it (``本文来自格隆汇专栏:福州新闻网,作者:欧阳进权``, ``本文来自微信公众号“刺猬公社”
    (ID:ciweigongshe),作者:张三``): the channel's name is the source, the rest is read by
    the labelled grammar (its author); else None.

    >>> column_credit("本文来自格隆汇专栏:福州新闻网,作者:欧阳进权").fields
    {'author': '欧阳进权', 'source': '福州新闻网'}
    >>> column_credit("本文来自微信公众号“刺猬公社”(ID:ciweigongshe),作者:张三").fields
    {'author': '张三', 'source': '刺猬公社'}
    >>> column_credit("本文来自格隆汇专栏的一篇文章,作者认为市场见底") is None
    True
    """
    if "自" not in line:
        return None
    found = _column_credit().match(line.strip())
    if found is None or (rest := parse_labelled(found["rest"])) is None:
        return None
    rest.fields.setdefault("source", found["bare"] or found["quoted"])
    return rest


def provenance_line(line: str) -> Metadata | None:
    """The source of a line that says where the text came from and nothing else: a
    periodical's issue line, a provenance bracket alone, or a feed card's relative post
    line (``byline_dates.relative_post``: a person's name there is the author); asked by
    ``metadata``."""
    found = issue_line(line) or bracket_line(line) or column_credit(line)
    if found is not None or (name := relative_post(line)) is None or is_no_value("source", name):
        return found
    return Metadata({"author" if is_person_name(name) else "source": name})
