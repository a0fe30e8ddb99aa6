"""A label the table does not know, read by its position, its separator and its value
(round 22): ``起源 | 人民網``.

A rewriting tool ("spinner") that mirrors a page puts a synonym for each word it can,
and the source's label comes out as 起源, 出處, 源頭, 根源... while the line keeps its
layout: a short word opening the line, a separator, one value.  The table of labels
(``data/metadata_labels.txt``) cannot list every synonym a tool may pick; the layout
says it is a label all the same.  *Model*: a line of exactly ``WORD SEP VALUE`` where

- WORD is two to four Han characters at the line's opening, not a label of the table
  (those are read by ``byline.py``), not a navigation word (首页 | 人民网 is a crumb,
  ``data/nav_terms.txt``), not itself a site's or a person's name (新华网 | 人民网,
  张三 | 新华社: two names, no label);
- SEP is a bar or a colon (``|`` ``｜`` ``丨`` ``:`` ``：``), spaces around it optional;
  spaces alone are no separator here (prose words are spaced too);
- VALUE is one outlet's name (``title.is_site_name``), not a media ending alone (新闻,
  网: a channel's word, no outlet), no space inside it, not opening with a navigation
  word (``本頁位置:首頁新聞中心臺灣新聞``: a crumb trail glued, ending in a media word);

is the source line: the value is the source and the word is its label.  A line whose
value is anything else (a person, a phrase, a date) is left to the other readers: only
an outlet's name makes an unknown word a source's label.

Round 25, a *status marker*: a word saying how the copy stands (``data/provenance_words.txt``
kind ``status``: 原创, 转载, 独家, 首发), spaces, then one outlet's name (``原創 人民日報``, a
portal's source line for an original or a reposted story): the marker is no part of the
name, the outlet is the source.  The marker needs the outlet: ``原创 张三`` or ``转载 请注明``
is left to the other readers.  Round 29: or an outlet's account on a platform
(``原創 新华社“新华视点”微博``: the outlet, its column in quotes, a platform word:
``outlet_account``).
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.furniture_grammar import nav_terms
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.provenance import provenance_words
from newsclean.filters.title import MEDIA_ENDING, is_site_name
from newsclean.filters.word_trie import word_pattern

SEPARATOR = lazy_re(r"[|｜丨:：]")
SPUN_LINE = lazy_regex(
    r"^[ \t\u3000]{0,4}(?P<word>\p{Han}{2,4})[ \t\u3000]{0,3}[|｜丨:：]"
    r"[ \t\u3000]{0,3}(?P<value>[^\s|｜丨:：]{2,20})[ \t\u3000]{0,4}$"
)

MARKED_LINE = lazy_regex(
    r"^[ \t\u3000]{0,4}(?P<word>\p{Han}{2})[ \t\u3000]{1,6}"
    r"(?P<value>[^\s|｜丨:：]{2,20})[ \t\u3000]{0,4}$"
)

CHANNEL_SHAPE = lazy_regex(r"^\p{Han}{1,2}$")


def _opens_with_nav(value: str) -> bool:
    """Whether ``value`` opens with a navigation word (首頁新聞中心…: a glued crumb trail)."""
    terms = nav_terms()
    return any(value[:size].lower() in terms for size in range(2, min(len(value), 6) + 1))


def is_channel_word(text: str) -> bool:
    """A media name's ending alone (新闻, 新聞, 网): what a channel or a section is called,
    no outlet's name (``title.MEDIA_ENDING`` needs a name before it).

    >>> is_channel_word("新闻"), is_channel_word("台视新闻")
    (True, False)
    """
    found = MEDIA_ENDING.search(text)
    return found is not None and found.start() == 0


def is_channel_lead(lead: str) -> bool:
    """A lead before a line's first label that names a channel, no outlet: a media ending
    alone (``新闻关键词:…``: the news channel's keywords) or a word of one or two Han
    characters that is neither a site's nor a person's name (``百家 作者:李晓辉``: a
    portal's column).  An outlet's name (央视, 新华社) or a poster's (张三) stays a lead.

    >>> is_channel_lead("新闻"), is_channel_lead("百家"), is_channel_lead("央视")
    (True, True, False)
    >>> is_channel_lead("张三"), is_channel_lead("香港電臺")
    (False, False)
    """
    if is_channel_word(lead):
        return True
    return (
        CHANNEL_SHAPE.match(lead) is not None
        and not is_site_name(lead)
        and not is_person_name(lead)
    )


def spun_label(line: str) -> Metadata | None:
    """The source of a line ``WORD SEP OUTLET`` whose word the label table does not know
    (module docstring), else None.

    >>> spun_label("起源 | 人民網").fields
    {'source': '人民網'}
    >>> spun_label("首页 | 人民网") is None, spun_label("起源 | 张三") is None
    (True, True)
    """
    if SEPARATOR.search(line) is None:
        return _marked_outlet(line)  # cheapest first: no separator, no such line
    found = SPUN_LINE.match(line)
    if found is None:
        return None
    word, value = found["word"], found["value"]
    if word in label_table() or word.lower() in nav_terms():
        return None
    if is_site_name(word) or is_person_name(word) or is_channel_word(value):
        return None
    if not is_site_name(value) or _opens_with_nav(value):
        return None  # 本頁位置:首頁新聞中心臺灣新聞: a crumb trail glued, no outlet
    return Metadata(fields={"source": value}, labels=[word])


def spun_source(line: str) -> str | None:
    """The outlet of a ``WORD SEP OUTLET`` line (``spun_label``), for the page head: such a
    line over the article is its record, never a headline of one word and its site.

    >>> spun_source("起源 | 新华网"), spun_source("国际油价大跌 | 新华网")
    ('新华网', None)
    """
    found = spun_label(line)
    return None if found is None else found.fields["source"]


def _marked_outlet(line: str) -> Metadata | None:
    """The source of a line ``MARKER OUTLET`` (module docstring: 原創 人民日報), else None.

    >>> _marked_outlet("原創 人民日報").fields, _marked_outlet("原创 张三") is None
    ({'source': '人民日報'}, True)
    """
    found = MARKED_LINE.match(line)
    if found is None or found["word"] not in provenance_words().get("status", ()):
        return None
    value = found["value"]
    if is_channel_word(value) or is_person_name(value):
        return None
    if not is_site_name(value) and not outlet_account(value):
        return None
    return Metadata(fields={"source": value}, labels=[])


#: An outlet's account: the outlet, perhaps its column in quotes, a platform's word.
ACCOUNT_COLUMN = lazy_regex(r"(?:“[^“”]{1,10}”|「[^「」]{1,10}」|《[^《》]{1,10}》)$")


def outlet_account(value: str) -> bool:
    """Round 29: whether ``value`` is an outlet's account on a platform: the outlet's name
    (``title.is_site_name``), perhaps its column in quotes, and a platform's word closing
    it (``data/provenance_words.txt`` kind ``platform``: ``新华社“新华视点”微博``,
    ``人民日报微信公众号``): the outlet's own copy, a source.

    >>> outlet_account("新华社“新华视点”微博"), outlet_account("人民日报客户端")
    (True, True)
    >>> outlet_account("张三微博"), outlet_account("微博"), outlet_account("新华社")
    (False, False, False)
    """
    platform = next((w for w in provenance_words().get("platform", ()) if value.endswith(w)), None)
    if platform is None:
        return False
    outlet = value[: -len(platform)]
    if (column := ACCOUNT_COLUMN.search(outlet)) is not None:
        outlet = outlet[: column.start()]
    return len(outlet) >= 2 and is_site_name(outlet)


@cache
def _image_words() -> tuple[str, ...]:
    """Words naming a picture (``data/provenance_words.txt`` kind ``image``: 截图, 图片)."""
    return provenance_words().get("image", ())


def is_picture_lead(lead: str) -> bool:
    """A lead naming a picture (``網絡截圖``, ``资料图片``) before a source label: the label
    credits that picture, no source of the article (round 25, ``byline.py``).

    >>> is_picture_lead("網絡截圖"), is_picture_lead("新华社")
    (True, False)
    """
    return lead.endswith(_image_words())


#: A photographer's credit after an agency and a slash (``SBS / Yifan Gan``, ``Getty Images /
#: 张三``): the agency, a slash, a person's name in Latin (two or three capitalised words)
#: or in Han (``byline_pieces.is_person_name``).
AGENCY_PHOTOGRAPHER = lazy_regex(
    r"^\s*(?P<agency>[^/／\s][^/／]{0,30}?)\s?[/／]\s?"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}|\p{Han}{2,4})\s*$"
)


@cache
def _given() -> regex.Pattern[str]:
    """A handed-out picture's word (``data/caption_cues.txt`` kind ``given``), perhaps
    with its giver after ``by`` or ``of``: the whole value, lower-cased."""
    given = word_pattern(data_kinds("caption_cues.txt")["given"])
    return regex.compile(rf"\s*{given}(?:\s+(?:by|of)\s+\S.{{0,40}})?\s*")


def is_picture_credit(lead: str, value: str) -> bool:
    """A source label's value naming an agency and its photographer, after a lead (round
    27): ``华侨新村入口 Source: SBS / Yifan Gan``, a picture's description and the
    picture's credit, so no source of the article; a byline names the publisher alone, and
    a label opening the line (``来源: 新华社``) has no picture before it.  Round 35: the
    word of a handed-out picture is such a credit too (``… Source: Supplied``, kind
    ``given`` of ``data/caption_cues.txt``): no outlet supplies an article.

    >>> is_picture_credit("华侨新村入口", " SBS / Yifan Gan")
    True
    >>> is_picture_credit("Turnbull at the event", " Supplied"), is_picture_credit("", "Supplied")
    (True, False)
    >>> is_picture_credit("", "SBS / Yifan Gan")
    False
    >>> is_picture_credit("华侨新村入口", "新华社"), is_picture_credit("图片", "新华社/北京")
    (False, False)
    """
    if not lead.strip():
        return False
    if _given().fullmatch(value.lower()) is not None:
        return True
    if "/" not in value and "／" not in value:
        return False
    found = AGENCY_PHOTOGRAPHER.match(value)
    if found is None:
        return False
    name = found["name"]
    return name[:1].isascii() or is_person_name(name)


def credits_picture(lead: str, line: str, matches: list[regex.Match[str]]) -> bool:
    """Whether a source label (the first of ``matches``) after ``lead`` credits a picture
    (``byline.parse_labelled``): a lead naming a picture (round 25: ``網絡截圖 來源:X``)
    or, round 27, the label's one value an agency and its photographer
    (``華僑新村入口 Source: SBS / Yifan Gan``); the line is then no source of the article,
    set aside where the caption reader (``caption_sources.credit_then_source``) has not
    taken it."""
    if label_table()[matches[0]["label"]] != "source":
        return False
    if is_picture_lead(lead):
        return True
    return len(matches) == 1 and is_picture_credit(lead, line[matches[0].end() :])
