"""Contact furniture and forms: lines that give a way to reach the site, or ask for a login.

Model (round 14; the vocabulary is ``data/contact_words.txt``).  The round-13 lines were
taken for the headline because nothing knew their *role*; these grammars read the role
from the line's parts, not from the words a site chose for its label:

* a **contact line** (``contact_line``): one or more ``label: value`` fields and nothing
  else, every value a way of contact: a mailbox (``name@host.tld``) or a telephone number
  (a mobile, an area code and a number, a 400/800 line, an international number) under
  *any* label (``投稿邮箱:x@y.com``, ``爆料:13800138000``, ``E-mail: a@b.org``); under a
  label holding a word of contact (kind ``contact``: 电话, 热线, QQ, 微信 …) also a bare
  number or an account name (``QQ:12345678``, ``微信:newsdesk``).  A label is a short
  word (Han or Latin, at most ``MAX_LABEL``), after a colon or framed in brackets
  (``【投稿邮箱】x@y.com``), or parted from a mailbox or a telephone number by a space
  (``投稿信箱 x@y.com``).  A byline with a mailbox (``作者:张三 邮箱:z@s.com``) has a
  field whose value is a name, and is no contact line;
* judged on its page (``site_lines.contact_lines``, asked by ``foreign_lines`` before the
  headline is looked for, so such a line is never the headline): the line goes when its
  labels are foreign to the article (``spam_article.Article``: at most half of their Han
  pairs recur in the page's other lines; round 34, the lines the clean text prints, no
  caption and no other contact line, ``spam_article.printed_content``).  A story about
  a hotline prints the hotline's name in its paragraphs, and its ``服务热线:12345``
  line stays; a paragraph quoting a number (``市民可拨打热线12345反映。``) has words
  beside its fields and is no contact line at all; round 34, a *keeper's* contact line:
  the organisation's name first (a short name ending in a word of kind ``keeper``: 公司,
  報社, then a stop or a space), a seat's field (kind ``registry``: ``地址:…``) among the
  fields and a bare mailbox as one (``聯統日報有限公司. 地址:花蓮縣… 電話:038356141-3
  x@y.com``), when a mailbox or a telephone number is among them;
* round 22, an **empty contact label** (``contact_fields`` too): a label holding a word of
  contact, its colon and nothing after it, alone on its line (``免费咨询热线:``,
  ``客服QQ：``): the template printed the label and its value failed to print.  Judged on
  its page like any contact line (its label foreign to the article); a story's heading
  about a hotline shares its words with the story and stays, and a label of no contact
  (``记者手记:``, ``他说：``) is none;
* a **form** (``form_line``): the field labels of a login or search form left as text,
  two or more labels each closed by its colon with *no value* (``登录名: 密码: 忘密码了``,
  ``用户名:密码:登录 注册``), beside at most as many short link words; the labels are no
  byline labels (``作者: 来源:`` is an empty byline, the byline grammar's), carry no digit
  and are at most ``MAX_FORM_LABEL`` long.  One empty label alone (``热线电话:``) may have
  its value on the next line and is no form.

Round 31, a **registry footer** (``registry_fields``; ``footer_lines`` judges
it by its block): the state's filing of a site printed at its foot, a line made only of
fields from the registration's vocabulary: a label naming the site's sponsor or seat (kind
``registry``: 主管单位, 主办单位, 承办单位, 地址, 邮编) with any short value (an organ's
name, an address), a label of the filing (kind ``licence``: 备案, 许可证) with its number,
a licence number its filing word opens (``闽ICP备2023009287号-1``, ``京公网安备
11010502030143号``), or a contact field.  A different county's site prints other labels
of the same registry (``主办单位:某县人民政府办公室 网站标识码:3501230001``) and reads the
same.  A line with a licence field is the footer; a line of sponsor or address fields
alone is one when the content line above or under it holds a licence field (the footer's
block).  An event's poster in a story (``主办单位:市文联 承办单位:市图书馆``) has no
licence near it, a story's ``地址:某路1号`` is one field of a listing, and a sentence about
ICP filing has words outside any field: all stay.  Round 37 (second wave): the sponsor's
label may be the role alone (``主办:某市人民政府办公室承办:某市大数据中心``, the operator's
label glued to the sponsor's name), and the footer's block may be shown by a *browser
notice* instead of a licence: a sponsor line whose nearest printed line above or under it
is the site's advice on browsers (``consent.is_consent``: ``为确保最佳浏览效果,建议您使用…``)
stands in the site's foot.  An event's poster in a story has prose around it, no browser
advice beside it.  Round 37 (mend): a line of roles alone
(``主办:全国政协办公厅 承办:人民大会堂管理局``) over the site's licence is the event's
poster still when the story names its sponsor (two Han pairs of the names in its
paragraphs): the site's foot names an operator the story does not.

Round 32, the site's own foot beside these footer lines: ``furniture_sitefoot``.

Every pattern is bounded (labels, values, the line): no nested quantifier on user text.

>>> contact_line("投稿邮箱:uscntv@outlook.com"), contact_line("QQ:12345678")
(True, True)
>>> contact_line("作者:张三 邮箱:zs@example.com"), contact_line("日期:2019-09-20")
(False, False)
>>> form_line("登录名: 密码: 忘密码了"), form_line("作者: 来源:"), form_line("热线电话:")
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import regex

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.consent import is_consent
from newsclean.filters.furniture_directory import phone_directory
from newsclean.filters.furniture_sitefoot import (
    LEAD,
    contact_words,
    is_paragraph,
    site_foot_lines,
    site_line,
)
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_contact import MAILBOX
from newsclean.filters.word_trie import word_pattern

#: A telephone number: a mobile (1 + ten digits), an area code and number, a 400/800 line
#: (``furniture_ads`` closes an advert with one).
PHONE = (
    r"(?:\+?86[- ]?)?"
    r"(?:1[3-9][0-9]{9}|0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}|[48]00[- ]?[0-9]{3}[- ]?[0-9]{4})"
)
#: A contact line is a row of fields: at most this long.
MAX_CONTACT = 120
DIGIT = lazy_regex(r"[0-9]")
#: A label of a field: a short word.
MAX_LABEL = 10
LABEL = rf"[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z/&-]{{0,{MAX_LABEL - 1}}}"
#: A field: a label after a colon or in brackets, then its value (a phone's digit groups
#: may be spaced: +852 2345 6789).
FIELD = lazy_regex(
    rf"(?:[【\[［]({LABEL})[】\]］]|({LABEL})\s?[:：]|({LABEL})[ \u3000](?=[A-Za-z0-9+(（]))\s?"
    r"([^\s|｜;；，,、]{1,60}(?: [0-9]{2,4}){0,3}(?:@[A-Za-z0-9.-]{3,60})?)"
)
#: Round 34: the keeper's name opening its contact line, a stop or a space after it.
KEEPER = lazy_regex(r"[\p{Han}A-Za-z]{1,20}?(?:公司|报社|報社|集团|集團|出版社)[.。．]?\s")
#: Between fields: spaces, bars, semicolons, commas.
BETWEEN = lazy_regex(r"[\s|｜;；，,、/]{1,10}")
EMAIL = lazy_regex(MAILBOX)  # the one mailbox grammar (notice_contact)
#: A telephone number under any label: the mainland shapes, or an international number
#: (+852 2345 6789, (02)2345-6789).
TELEPHONE = lazy_regex(
    rf"{PHONE}|\+[0-9]{{1,3}}[- ]?[0-9]{{1,4}}[- ]?[0-9]{{3,4}}[- ]?[0-9]{{3,4}}"
    r"|[(（]0?[0-9]{1,4}[)）][- ]?[0-9]{3,4}[- ]?[0-9]{4}"
)
#: A contact label left empty: a short label, its colon, nothing after it.
EMPTY_CONTACT = lazy_regex(rf"({LABEL})\s?[:：]")
#: Under a label of contact: a bare number (a QQ number, a short hotline) or an account.
ACCOUNT = lazy_regex(r"[0-9+()（） -]{3,20}|[A-Za-z][A-Za-z0-9_.-]{2,30}")
#: A form's label, closed by its colon with no value.
MAX_FORM_LABEL = 6
FORM_LABEL = lazy_regex(rf"[\p{{Han}}A-Za-z]{{1,{MAX_FORM_LABEL}}}[:：]")
FORM_LINK = lazy_regex(r"[\p{Han}A-Za-z]{1,6}")
MAX_FORM = 60
FORM_GAP = lazy_regex(r"[\s|｜]+")
#: A registry footer's field: a label (longer than a contact label: 闽互联网新闻信息服务备案)
#: and its value, or a licence number its filing word opens, a space perhaps before it.
MAX_REGISTRY_LABEL = 16
REGISTRY_FIELD = lazy_regex(
    rf"([\p{{Han}}A-Za-z]{{1,{MAX_REGISTRY_LABEL}}})\s?[:：]\s?([^\s|｜;；，,、]{{1,60}})"
    r"|([\p{Han}A-Za-z]{1,10}) ?([0-9]{4,20}[号號]?(?:-[0-9]{1,3})?)(?![0-9])"
)
MAX_REGISTRY = 160
#: Round 41: a sponsor's further names after its first, each parted by a space
#: (``主办:中共旺苍县委 旺苍县人民政府``): a short run of Han letters, brackets allowed, no
#: colon after it (that would be the next field's label).
SPONSOR_NAME = lazy_regex(r"[\p{Han}()（）·]{2,30}(?![\p{Han}()（）·]|\s?[:：])")
#: Round 41: the words of rights that make a licence line the site's copyright notice
#: (``高邮市融媒体中心 版权所有 … 苏ICP备05016021号``); a licence line without them, in the
#: colophon's block, is the registry's furniture (``_notice_alone``).
RIGHTS = lazy_regex(r"版权|版權|著作权|著作權|©|\(c\)|copyright|all rights reserved", regex.I)
#: The characters one of which every registry field holds (单位, 地址, 邮编, 备案, 许可证;
#: round 37, a role alone: 主办, 承办, 主管).
REGISTRY_CHARS = lazy_re(r"[单單址编編备備证證办辦管]")
#: The cheap sign of a sponsor's or a seat's field: a unit's or an address's word closing
#: its label (单位:, 地址:, 邮编:), or (round 37) a sponsor's or operator's role alone as the
#: label (主办:, 承办:).
SPONSOR = lazy_regex(r"(?:[单單]位|[址编編]|主[办辦管]|[承协協][办辦])\s?[:：]")
#: A sponsor's or operator's role alone as a label (round 37): the site's foot and an event's
#: poster both print it; the story's own names tell the poster (``_story_sponsor``).
ROLE = lazy_regex(r"主[办辦管]|[承协協][办辦]")
MIN_SPONSOR_ECHO = 2


def _contact_value(label: str, value: str) -> bool:
    if EMAIL.fullmatch(value) or TELEPHONE.fullmatch(value):
        return True
    lowered = label.lower()
    named = any(word in lowered for word in contact_words("contact"))
    return named and ACCOUNT.fullmatch(value) is not None and any(c.isalnum() for c in value)


def contact_fields(text: str) -> list[str] | None:
    """The labels of ``text`` when it is a contact line (module docstring), else None."""
    if len(text) > 2 * MAX_CONTACT or ("@" not in text and DIGIT.search(text) is None):
        empty = _empty_contact_label(text) if text[-1:] in ":：" else None
        return None if empty is None else [empty]  # most lines: no mailbox, no number
    line = text.strip().lstrip(LEAD)
    if not line or len(line) > MAX_CONTACT:
        return None
    if (units := phone_directory(line)) is not None:
        return units  # 崇華小學05-7761390,崇華獨中05-7761484 (round 39, furniture_directory)
    labels: list[str] = []
    keeper = KEEPER.match(line)
    pos = 0 if keeper is None else keeper.end()
    reached = False  # a way of contact among the fields
    while pos < len(line):
        if keeper is not None and (mailbox := EMAIL.match(line, pos)) is not None:
            reached = True  # a keeper's line prints its mailbox bare
            pos = _past_field(line, mailbox.end())
            continue
        field = FIELD.match(line, pos)
        if field is None:
            return None
        label = field.group(1) or field.group(2) or field.group(3)
        value = field.group(4)
        if "@" in value:  # 435 226 40@qq.com: a mailbox's digits spaced (round 39)
            value = value.replace(" ", "")
        strong = EMAIL.fullmatch(value) or TELEPHONE.fullmatch(value)
        if field.group(3) is not None and not strong:
            return None  # a label parted by a space only: its value must say it is contact
        if keeper is not None and label.lower() in contact_words("registry"):
            pass  # the keeper's seat (地址): any short value
        elif not _contact_value(label, value):
            return None
        else:
            reached = True
        labels.append(label)
        pos = _past_field(line, field.end())
    if keeper is not None and not reached:
        return None  # a name and its address: a listing, no way of contact
    return labels or None


def _past_field(line: str, end: int) -> int:
    """Where the next field of ``line`` may open: after the field ending at ``end`` and
    its separator."""
    between = BETWEEN.match(line, end)
    return end if between is None else between.end()


def registry_fields(text: str) -> tuple[list[str], bool] | None:
    """The labels of ``text`` and whether one is a licence's, when it is a registry footer
    line (module docstring), else None."""
    if REGISTRY_CHARS.search(text) is None or len(text) > 2 * MAX_REGISTRY:
        return None  # one scan: no character of a unit, a seat, a filing (备, 证)
    if not (SPONSOR.search(text) or _filed(text)):
        return None  # most lines: no sponsor's unit, no seat, no filing word
    line = text.strip().lstrip(LEAD)
    if not line or len(line) > MAX_REGISTRY:
        return None
    labels: list[str] = []
    licensed = registered = sponsor = False
    pos = 0
    while pos < len(line):
        field = REGISTRY_FIELD.match(line, pos)
        if field is None:
            if sponsor and (name := SPONSOR_NAME.match(line, pos)) is not None:
                pos = _past_field(line, name.end())  # the sponsor's next name (round 41)
                continue
            return None
        sponsor = False
        label = field.group(1) or field.group(3)
        lowered = label.lower()
        if _filed(label):
            licensed = True
        elif any(word in lowered for word in contact_words("registry")):
            if field.group(1) is None:
                return None  # a sponsor's word before a bare number: no field of the footer
            registered = sponsor = True
        elif field.group(1) is None or not _contact_value(label, field.group(2)):
            return None
        labels.append(label)
        pos = _past_field(line, field.end())
    return (labels, licensed) if licensed or registered else None


@cache
def _filing() -> re.Pattern[str]:
    words = contact_words("licence")  # lower case: 京icp备 and 京ICP备 are both printed
    return re.compile(word_pattern(words | {w.upper() for w in words}))


def _filed(text: str) -> bool:
    """Whether ``text`` holds a word of the state's filing of a site (kind ``licence``)."""
    return _filing().search(text) is not None


def _empty_contact_label(text: str) -> str | None:
    """A contact label alone with its colon and no value (``免费咨询热线:``), else None."""
    line = text.strip().lstrip(LEAD)
    label = EMPTY_CONTACT.fullmatch(line)
    if label is None:
        return None
    lowered = label.group(1).lower()
    return label.group(1) if any(w in lowered for w in contact_words("contact")) else None


def contact_line(text: str) -> bool:
    """Whether ``text`` is a row of contact fields alone."""
    return contact_fields(text) is not None


def form_line(text: str) -> bool:
    """Whether ``text`` is a form's field labels with empty values (module docstring)."""
    if len(text) > 2 * MAX_FORM or (":" not in text and "：" not in text):
        return False
    line = text.strip()
    if len(line) > MAX_FORM:
        return False
    labels = links = 0
    for token in FORM_GAP.split(line):
        if not token:
            continue
        if token[-1] in ":：":
            pieces = FORM_LABEL.findall(token)
            if "".join(pieces) != token:
                return False
            if any(piece[:-1] in label_table() for piece in pieces):
                return False  # 作者: 来源: an empty byline
            labels += len(pieces)
        elif FORM_LINK.fullmatch(token):
            links += 1
        else:
            return False  # a value, a digit, a mark: a field filled in, or prose
    return labels >= 2 and links <= labels


def _beside_browser_notice(lines: Sequence[LineLike | None], i: int) -> bool:
    """Whether the nearest printed line above or under ``i`` is a browser notice (round 37)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not ((line := lines[j]) and line.text.strip()):
            j += step
        if 0 <= j < len(lines) and (line := lines[j]) and is_consent(line.text.strip().lower()):
            return True
    return False


def _story_sponsor(texts: list[str], k: int, found: dict[int, tuple[list[str], bool]]) -> bool:
    """Whether ``texts[k]``, roles alone with no licence (``主办:全国政协办公厅 承办:…``),
    names a sponsor the story names too (MIN_SPONSOR_ECHO Han pairs of the names in its
    paragraphs; one, 人民 or 中心, any story may print):
    an event's organisers closing its story (round 37, mend)."""
    labels, licence = found[k]
    if licence or not all(ROLE.fullmatch(label) for label in labels):
        return False
    names = han_pairs(SPONSOR.sub(" ", texts[k]))
    story = "\n".join(t for j, t in enumerate(texts) if j not in found and is_paragraph(t))
    return sum(pair in story for pair in names) >= MIN_SPONSOR_ECHO


def _notice_alone(text: str, k: int, found: dict[int, tuple[list[str], bool]]) -> bool:
    """Whether the registry line ``text`` (``k`` among the content lines) reads as the notice
    reader's: it carries words of rights (``版权所有 … 苏ICP备…``), or no other line of the
    colophon stands beside it (a licence alone at the foot, ``京ICP备12345678号``, issue
    10's list); round 41: beside a sponsor's or a licence's line it is the colophon's."""
    return RIGHTS.search(text) is not None or not (k - 1 in found or k + 1 in found)


#: ``registry_fields`` and ``site_line``, asked of every line of every page and remembered
#: across pages (pure; a site's pages repeat their lines; the fields are only read).
_registry_of: LineCache[tuple[list[str], bool] | None] = LineCache(registry_fields, LineCache.SMALL)
_site_line_of: LineCache[bool] = LineCache(site_line, LineCache.SMALL)


def footer_lines(
    lines: Sequence[LineLike | None], content: Sequence[int]
) -> tuple[list[int], list[int]]:
    """The registry footer lines of ``content`` (round 31, ``furniture_contact``): a line
    of registry fields with a licence field, or beside a content line that has one; and
    (round 32) the site's own fields in a footer block (``site_foot_lines``), apart (round
    33: each goes with its own reason)."""
    texts = [line.text if (line := lines[i]) else "" for i in content]
    found = {k: fields for k, text in enumerate(texts) if (fields := _registry_of(text))}
    kept = [
        content[k]
        for k, (_, licence) in found.items()
        if (
            any(found.get(j, ([], False))[1] for j in (k - 1, k, k + 1))
            or _beside_browser_notice(lines, content[k])
        )
        and not (_notice_alone(texts[k], k, found) and is_notice(texts[k], near_foot=True))
        and not _story_sponsor(texts, k, found)
    ]  # a licence line with words of rights (版权所有 … 苏ICP备…) or alone is the copyright's
    # The site's own lines may have been read as a record's dates (a bulleted 更新日期 is
    # metadata, never content): they stand in the block at their place among the content.
    own = {i for i, line in enumerate(lines) if line is not None and _site_line_of(line.text)}
    if not own:
        return kept, []  # most pages: one cheap scan per line
    spread = sorted(own.union(content))
    texts = [line.text if (line := lines[i]) else "" for i in spread]
    found = {spread.index(content[k]): fields for k, fields in found.items()}

    def footer(k: int) -> bool:  # a registry or a contact line beside the site's own
        return k in found or contact_fields(texts[k]) is not None

    site = [k for k, i in enumerate(spread) if i in own]
    return kept, [spread[k] for k in site_foot_lines(texts, footer, site) if spread[k] not in kept]
