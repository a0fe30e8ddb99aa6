"""A portal's name before the outlet it carries, on one byline row (round 25).

A portal that carries other outlets' copy prints its own name first, then the outlet
the story came from, then the date, joined by slashes: ``砍柴網 / 零壹財經 / 2017-11-08
16:22`` (a tech portal carrying a finance column), ``砍柴網 / 中新网 / 2012-04-01 15:41``.
*Model (composition)*: an outlet's name (``title.is_site_name``: a known name or a media
ending) then, after a slash, a second name (an outlet's, or three Han letters or more
that are no person's name: a column's, 零壹財經), nearer the date: the second is who wrote
the copy, the source; the first names the portal that carried it, no field.  Two names apart by
spaces alone (``国际日报 巴厘之窗 2022-06-08``: an outlet and the account that posted it,
``byline_pieces``) or a second piece that is no outlet's name (a column, an account) are
left to the piece grammar, which keeps the first.

The account after an outlet (``is_account``, round 23's model, moved here): a name right
after the source piece, before the date and apart by spaces, is the channel or account the
outlet's story was posted by, read and not kept.

A site's self-name glued before the date (round 32, ``self_named_site``): a name that ends
in the word a site calls itself by (``data/brand_suffixes.txt`` kind ``site``: 官方网站, 官网,
官方网) names a website, the one that prints the page, as its URL would (``彩神彩票官方网站
2025-09-24``: a hijacker's brand glued before the page's own date line); an outlet names
itself by its own name (新京报, 人民网), never as "the official site of".  Such a piece is
read and not kept, glued before a date that ends the line (a date line: no clause goes on
after it): no source, no author; the date is the page's.  A name
that merely ends in 网 (人民网) or in 网站 with no self-name word is left to the outlet
grammar.

Round 32: a copy site's row prints the author's slot of an unsigned article as 佚名 or 匿名
(``http://www.newdu.com 2020-11-21 中国网 佚名 参加讨论``: ``byline_interface.is_unsigned``,
no one, read and not stored) and its comment link after it; a dated reporter row's names
after the role are co-authors in a row (``記者 梁婉琦 雷翠雲 報導  2020/08/12``), the lone
report word closes the credit (never an outlet), and the piece before it after a slash is
the dateline's place (``記者 何美玲 / 高雄市 報導``); a site's self-name glued before the
date of a date line is no field (``self_named_site``).

Round 32: a whole labelled field framed in title marks (``《資料來源:臺視新聞》``) is read
as one framed in 【】; an outlet printed in the author's slot (``来源:文汇网 作者:文汇网``, a
feed template filling every field; ``作者:新京报``) is no author, the source when no label
names one (``outlet_as_author``, asked by ``byline``): an outlet is never an author.

Round 41, *a department of an unnamed body* (``organ_unit``): a unit's name that opens
with a party organ's word (``data/section_labels.txt`` kind ``organ``: 党委, 校党委) and
ends in an issuer word (办公室, 部), nothing naming a body before it (``党委办公室``,
``校党委宣传部``), is an office inside the organisation the page or its masthead names
(a hospital's bulletin: ``中日友好医院`` / ``党委办公室 2013年4月28日``; a college's notice
signed ``校党委宣传部``): the issuer of an internal document, as a press release's section
(新闻科) is, never the outlet that published the story.  An unlabelled row's such piece is
read and not kept (the row's date stays the page's); a body named before the organ
(北京市委宣传部, 国务院新闻办公室) is a public body, the source as before, and a label
(``来源:党委宣传部``) is the page's own word, left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import pairwise

import regex

from newsclean.filters.byline_asides import section_words
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_brand import suffixes
from newsclean.filters.title import is_site_name
from newsclean.filters.wire_signoff import without_release_code

#: A short name piece of a byline row: an outlet's, an account's (byline_pieces reads it).
SOURCE_PIECE = lazy_regex(r"^[\p{Han}A-Za-z][\p{Han}A-Za-z0-9·-]{1,11}$")

#: A name of three Han letters or more (a column's: 零壹財經), no outlet ending needed.
NAME = lazy_regex(r"^\p{Han}{3,10}$")

#: The slash between the two names, spaces around it optional.
SLASH = r"[ \t\u3000]{0,3}[/／][ \t\u3000]{0,3}"


def copied_outlet(line: str, first: str, second: str) -> bool:
    """Whether ``second`` is the outlet that ``first``, a portal, carries on ``line``
    (a person's name the caller, ``byline_pieces``, has ruled out)
    (module docstring).

    >>> copied_outlet("砍柴網 / 零壹財經 / 2017-11-08 16:22", "砍柴網", "零壹財經")
    True
    >>> copied_outlet("国际日报 巴厘之窗 2022-06-08", "国际日报", "巴厘之窗")
    False
    """
    if "/" not in line and "／" not in line:
        return False
    if not is_site_name(first):
        return False
    if not (is_site_name(second) or NAME.match(second)):
        return False
    pattern = regex.escape(first) + SLASH + regex.escape(second)
    return regex.search(pattern, line) is not None


def is_account(
    pieces: list[tuple[int, str]], source: tuple[int, str], piece: tuple[int, str], glued: str
) -> bool:
    """Whether ``piece`` is the channel or account an outlet's story was posted by: a name
    right after the source piece, before the date (``国际日报 巴厘之窗 2022-06-08``, a
    WeChat account's copy), not a label and not glued to the date."""
    index = pieces.index(source)
    return (
        index + 1 < len(pieces)
        and pieces[index + 1] == piece
        and piece[0] == source[0] == 0
        and SOURCE_PIECE.match(piece[1]) is not None
        and piece[1] not in label_table()
        and piece[1] != glued
    )


#: A site's self-name follows a name of this many characters at least (X官网) and at
#: most (a brand's name; a clause is longer: 游客可登录景区官方网站).
MIN_SITE_NAME, MAX_SITE_NAME = 2, 6
#: The name before the self-name word: Han, Latin letters, digits.
SITE_NAME = lazy_regex(r"^[\p{Han}A-Za-z0-9]+$")


def self_named_site(piece: str) -> bool:
    """Whether ``piece`` is a site's self-name: a name, then 官方网站/官网 (module docstring).

    >>> self_named_site("彩神彩票官方网站"), self_named_site("彩神彩票官方網站")
    (True, True)
    >>> self_named_site("人民网"), self_named_site("官网"), self_named_site("新京报")
    (False, False, False)
    """
    if not piece.endswith(("网", "網", "站")):
        return False  # every self-name word ends so: one test spares most pieces the rest
    word = next((w for w in suffixes("site") if piece.endswith(w)), None)  # longest first
    if word is None:
        return False
    name = piece[: -len(word)]
    return MIN_SITE_NAME <= len(name) <= MAX_SITE_NAME and SITE_NAME.match(name) is not None


# The report word alone after a reporter's credit (记者 孙灿芬 报导  2014-08-19, round 32):
# the dateline with no place printed, the credit's end, never an outlet.  The one spelling
# of the report words: ``byline`` reads them as a row's lead, ``byline_clean`` glued after
# names and closing an aside (a tuple: ``str.endswith`` takes it).
REPORT_WORDS = ("报导", "报道", "報導", "報道")
#: The report words as a pattern's group, for the grammars that write them in a pattern.
REPORT = "(?:" + "|".join(REPORT_WORDS) + ")"


def report_places(pieces: list[str], line: str, person: Callable[[str], bool]) -> set[str]:
    """The pieces right before a lone report word that are the dateline's place: a person's
    name there is a co-author unless a slash parts it from the names (記者 梁婉琦 雷翠雲 報導
    / 記者 何美玲 / 高雄市 報導).  Only a dated row is read so; an undated credit is the
    reporter line's."""
    return {
        p
        for p, q in pairwise(pieces)
        if q in REPORT_WORDS and (not person(p) or _after_slash(line, p))
    }


def _after_slash(line: str, piece: str) -> bool:
    """Whether ``piece`` follows a slash or bar on ``line``, spaces between."""
    at = line.find(piece)
    return at > 0 and line[:at].rstrip(" \u3000")[-1:] in "/／|｜"


def outlet_as_author(fields: dict[str, str], person: Callable[[str], bool]) -> None:
    """An outlet printed in the author's slot is no author (round 32): a template that
    fills every field from the feed prints the outlet twice (``来源:文汇网 作者:文汇网``),
    and an outlet's name alone under an author label (``作者:新京报``) names who published,
    not who wrote: the source when no label names one.  A person's name is never moved.

    >>> person = "王小明".__eq__
    >>> f = {"source": "人民日报", "author": "人民日报"}; outlet_as_author(f, person); f
    {'source': '人民日报'}
    >>> f = {"author": "新京报"}; outlet_as_author(f, person); f
    {'source': '新京报'}
    >>> f = {"source": "新华社", "author": "王小明"}; outlet_as_author(f, person); f
    {'source': '新华社', 'author': '王小明'}
    """
    author = fields.get("author")
    if author is None:
        return
    if author == fields.get("source"):
        del fields["author"]
    elif is_site_name(author) and not person(author):
        fields.setdefault("source", fields.pop("author"))


# An officer's telephone number glued after the name: 李俊平037-559825.
OFFICER_PHONE = lazy_regex(r"(?<=\p{Han})[(（]?0\d{1,3}[)）]?[-－]?\d{5,8}$")


@cache
def _release_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A release's issuer (苗栗縣政府新聞稿) and its issuing section (行政處新聞科)."""
    words = section_words()
    release = "|".join(sorted(map(regex.escape, words["release"]), key=len, reverse=True))
    unit = "".join(sorted(set(words["unit"])))
    return (
        regex.compile(r"^(?P<issuer>\p{Han}{2,10}?)(?:" + release + r")$"),
        regex.compile(r"\p{Han}{1,10}?[" + unit + r"]"),
    )


@cache
def _organ_unit() -> regex.Pattern[str]:
    """A party organ's word, at most four Han letters and an issuer word (``organ_unit``)."""
    words = section_words()
    organs = "|".join(sorted(map(regex.escape, words["organ"]), key=len, reverse=True))
    issuers = "|".join(sorted(map(regex.escape, words["issuer"]), key=len, reverse=True))
    return regex.compile(rf"^(?:{organs})\p{{Han}}{{0,4}}?(?:{issuers})$")


def organ_unit(name: str) -> bool:
    """Whether ``name`` is a department of an organisation it does not name (module
    docstring, round 41): an office of the body's party committee.

    >>> organ_unit("党委办公室"), organ_unit("黨委辦公室"), organ_unit("校党委宣传部")
    (True, True, True)
    >>> organ_unit("国务院新闻办公室"), organ_unit("北京市委宣传部"), organ_unit("党委")
    (False, False, False)
    """
    return len(name) <= 12 and _organ_unit().match(name) is not None


def press_release_piece(piece: str, persons: Callable[[str], bool]) -> tuple[str, str] | None:
    """(field, value) of a press release's piece: the issuer before a release word is the
    source, a section with the officer's name (and telephone) glued on gives the author,
    a section alone ("", "") nothing (``byline_pieces``'s docstring: a press release);
    None for any other piece.

    >>> person = "李俊平".__eq__
    >>> press_release_piece("苗栗縣政府新聞稿", person), press_release_piece("行政處新聞科", person)
    (('source', '苗栗縣政府'), ('', ''))
    >>> press_release_piece("行政處新聞科李俊平037-559825", person)
    ('author', '李俊平')
    """
    if organ_unit(piece):
        return "", ""  # 党委办公室 2025-9-24: a department of the masthead's body (round 41)
    issuer_pattern, unit_pattern = _release_patterns()
    issuer = issuer_pattern.match(piece)
    if issuer is not None:
        return "source", issuer["issuer"]
    name = OFFICER_PHONE.sub("", piece)
    for end in range(len(name), 1, -1):  # the longest section, then the officer after it
        if unit_pattern.fullmatch(name, 0, end) is None:
            continue
        officer = name[end:]
        if not officer and name == piece:
            return "", ""
        if officer and persons(officer):  # 李俊平, or 向志强、杨绍功 listed with 、
            return "author", officer
    return None


def without_title_frame(line: str) -> str:
    """``line`` without the title marks framing it whole (round 32: ``《資料來源:臺視新聞》``,
    a labelled field framed as others frame it in 【】); round 44, without a wire's release
    code glued after its bracketed credit (``wire_signoff``: ``（編輯：黃世雅）1141226``);
    any other line as it is.

    >>> without_title_frame("《资料来源:中新社》"), without_title_frame("《人民日报》与《新京报》")
    ('资料来源:中新社', '《人民日报》与《新京报》')
    """
    line = without_release_code(line)
    if line[:1] == "《" and line[-1:] == "》" and line.count("《") == 1 == line.count("》"):
        return line[1:-1]
    return line
