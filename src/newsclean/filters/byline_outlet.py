"""An outlet's name: a bare name under a byline's time, or before a reporter's role.

**Model.**  Some sites print the byline's time on one line and the source, bare, on the
line under it (``2026/02/04`` then ``FTNN新闻网``; ``出版：2025年01月08日`` then
``新闻局(GCS)``).  No label says the line is a source, so its words must: the line has a
bare name's shape (``byline_alone.source_line``: 2-8 Han or Latin characters, an optional
bracketed code, no label, no section label) and reads as a news organisation or a body
that publishes, by one of

- a known outlet or a media ending (``title.is_site_name``: 新华网, 联合早报, 端传媒,
  中央社, 东莞日报, 香港电台);
- a public body's ending (``byline_asides.issuer_ending``: 政府新闻处, 新闻局, 外交部);
- an outlet's ending ``data/outlet_endings.txt`` lists besides (a paper's bare 报, a
  broadcaster's 台, an agency's 社, a county's 融媒体中心, each after a Han letter at least,
  a channel's 频道), unless the name ends in a word that names no outlet (旅行社, 平台,
  舞台, 海报: kind ``not``);
- an outlet's domain alone (``chinanews.com``, ``www.rthk.hk``);

and is neither a media word alone (``电视台``, ``频道``: the kind of outlet, no one's name;
kind ``bare``) nor a place by its last word (``前门大街新闻发布厅``, ``发布会现场``: where news
was given; kind ``place``), whichever reading spoke (round 37 mend).

``byline_pending.outlet_line`` asks it of the line under the time; ``byline_reporter``
of the name before a reporter's role (``香港中通社記者``), three characters at least.
Where the layout itself says an outlet stands (a column header under the headline,
``X- 【专栏】``: ``head_names.media_name``), a media word anywhere in the name is enough
(``names_media``: ``新報人``, a student paper).
Anything else a page prints under the time is no source: a picture's caption (``丁任村群众大会``,
``华侨新村入口``), a person and a title (``王宗颖总领事``), a column's word (``期数``), a
notice (``中央社版权所有``).  The line is then left to the rest of the page's model.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.byline_asides import issuer_ending
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.site_name import is_site_name

__all__ = ["DOMAIN", "desk_outlet", "glued_outlet", "is_outlet_name", "names_media"]

# A bracketed code after the name: 新闻局(GCS).
CODE = lazy_re(r"[(（][A-Za-z]{2,8}[)）]$")
# A media word inside a name (新報人, a student paper): weaker evidence than an ending.
MEDIA_WORD = lazy_regex(r"报|報|网|網|社|台|臺|刊|频道|頻道|传媒|傳媒")
# An outlet's domain alone: a host of letters, digits and hyphens under a common suffix.
DOMAIN = lazy_regex(
    r"^(?:www\.)?[a-z0-9][a-z0-9-]{1,30}(?:\.[a-z0-9-]{2,30})?"
    r"\.(?:com|net|org|cn|tw|hk|mo|sg|my)(?:\.(?:cn|tw|hk|mo|sg|my))?$",
    regex.IGNORECASE,
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))


#: A Han letter, asked of the character before an outlet's ending.
HAN_LETTER = lazy_regex(r"\p{Han}")


@cache
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The outlet endings and the words that end so but name no outlet, as suffixes: a
    name's end is asked by ``str.endswith``, not by a search that tries every position of
    the name for a word anchored at its end (round 47)."""
    kinds = data_kinds("outlet_endings.txt")
    return (*kinds["ending"], *kinds["web"]), tuple(kinds["not"])


def _outlet_ending(bare: str) -> bool:
    """An outlet's ending after a Han letter, and no word that names no outlet last."""
    endings, refused = _endings()
    if not bare.endswith(endings) or bare.endswith(refused):
        return False
    return any(
        bare.endswith(word)
        and len(bare) > len(word)
        and HAN_LETTER.match(bare, len(bare) - len(word) - 1) is not None
        for word in endings
    )


@cache
def _no_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """The media words alone (kind ``bare``) and a place's last words (kind ``place``)."""
    kinds = data_kinds("outlet_endings.txt")
    return frozenset(kinds["bare"]), tuple(kinds["place"])


def is_bare_media_word(name: str) -> bool:
    """A media word alone (kind ``bare``): the kind of outlet, no outlet's name (``晚报``).

    >>> is_bare_media_word("晚报"), is_bare_media_word("周口晚报")
    (True, False)
    """
    return name.strip() in _no_names()[0]


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` reads as a news organisation or a body that publishes.

    >>> is_outlet_name("香港中通社"), is_outlet_name("新闻局(GCS)"), is_outlet_name("县融媒体中心")
    (True, True, True)
    >>> is_outlet_name("丁任村群众大会"), is_outlet_name("旅行社"), is_outlet_name("期数")
    (False, False, False)
    >>> is_outlet_name("电视台"), is_outlet_name("前门大街新闻发布厅"), is_outlet_name("省教育厅")
    (False, False, True)
    """
    bare = CODE.sub("", name).strip()
    media_words, places = _no_names()
    if not bare or bare in media_words or bare.endswith(places):
        return False
    if is_site_name(bare) or issuer_ending().match(bare) or DOMAIN.match(bare) is not None:
        return True
    return _outlet_ending(bare)


@cache
def _web_ending() -> regex.Pattern[str]:
    return regex.compile(
        r"^\p{Han}{2,12}?(?:" + _alternation(data_kinds("outlet_endings.txt")["web"]) + ")$"
    )


def glued_outlet(name: str) -> bool:
    """Round 44: a news site's own name, as one is glued before a date: a site's name
    (``title.is_site_name``: 中新网, 星洲日报) or a web edition's (kind ``web``: 浙江在线);
    an app's or an account's (彩神通客户端) is a brand's, no outlet's, so glued.

    >>> glued_outlet("浙江在線"), glued_outlet("中新网"), glued_outlet("彩神通客户端")
    (True, True, False)
    """
    return is_site_name(name) or _web_ending().match(name) is not None


@cache
def _body_ending() -> regex.Pattern[str]:
    kinds = data_kinds("outlet_endings.txt")
    return regex.compile(r"^\p{Han}{1,16}?(?:" + _alternation(kinds["body"]) + ")$")


def is_body_name(name: str) -> bool:
    """Round 42: an institution that posts its own news by its last word (kind ``body``:
    a school, a kindergarten, a company, an association), or an outlet; a body word alone
    names none.

    >>> is_body_name("大通区幼儿园"), is_body_name("幼儿园"), is_body_name("胡珊珊")
    (True, False, False)
    """
    return is_outlet_name(name) or _body_ending().match(name) is not None


def names_media(name: str) -> bool:
    """Whether ``name`` reads as an outlet, or holds a media word where the layout itself
    says an outlet stands (a column header under the headline: ``新報人- 【亞洲人之聲】``).

    >>> names_media("新報人"), names_media("春节"), names_media("联合早报")
    (True, False, True)
    """
    return is_outlet_name(name) or MEDIA_WORD.search(name) is not None


#: An outlet named before its desk's kind of copy, by its ending alone, is three
#: characters at least: 本报 (the house's own word) is none.
MIN_DESK_OUTLET = 3


def desk_outlet(name: str) -> bool:
    """Round 37: whether ``name``, before the kind of copy its desk printed (``火箭报专稿``,
    ``byline_values.source_name``), is an outlet by ``is_outlet_name`` (a paper by its 报
    no list knows), three characters at least (``本报专稿``: the house, no name).

    >>> desk_outlet("火箭报"), desk_outlet("本报"), desk_outlet("旅行社"), desk_outlet("海报")
    (True, False, False, False)
    """
    return len(name) >= MIN_DESK_OUTLET and is_outlet_name(name)
