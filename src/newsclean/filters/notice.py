"""Recognise copyright, reprint and disclaimer notices.

Model.  A notice is a short line written *by the site about the page*: its words
come from a small vocabulary (``data/notice_terms.txt``: 版权所有, 未经授权不得转载,
转载请注明, 原创, 声明：, ©, Copyright, All Rights Reserved, ICP备, 免责声明, 本网站所有内容,
凡注明…的作品, each with a weight), and it stands at the foot of the page.  Three
things are weighed:

* **vocabulary** — the sum of the weights of the distinct notice terms anywhere in the
  line, prose signs (a reporting verb, a court story's words) weighing against, in the
  languages Chinese news sites print their notices in: Chinese, Japanese (無断転載, を禁じます,
  掲載の記事), Korean (무단 전재, 재배포 금지, 저작권자) and English (All rights reserved, may
  not be reproduced).  Structure runs after conversion, so the table holds every term's
  OpenCC t2s form too (a Japanese 無断転載 arrives as 无断転载; a test keeps the table closed
  under t2s).  The weights and the prose signs: ``notice_vocabulary`` (round 35, split from
  this module);
* **length** — a notice is a sentence or two; a long line must carry proportionally more
  vocabulary (``notice_vocabulary.needed_score``), so a paragraph that mentions 版权 once is
  prose, however near the foot;
* **position** — the score alone decides only near the foot: after the last body
  paragraph, or in the last ``FOOT_SHARE`` of the page's content lines.  A news story
  about copyright law keeps its paragraphs, because in the middle of an article they
  are not at the foot.

A line that *opens* with a notice formula (``data/notice_cues.txt``: 版权声明, 凡本网注明,
Copyright, ©…) is a notice wherever it stands: some sites put the photo-copyright
notice under the lead picture, above the article.  So is a *provenance notice*: a line
that opens by saying where the text first ran (``本文原刊於…``, ``本文首发于…``,
``原文刊登於…``) and sets the conditions of a reprint in the same line (``轉載請註明:1)原出刊
日期;2)原文鏈接…``); a provenance line alone (``本文首发于微信公众号``) sets no condition and
is judged by its vocabulary as any line.  The words of provenance are one table shared with
``metadata`` (``data/provenance_words.txt``, model in ``provenance``), and three more
lines that say where the text came from are notices anywhere: a *provenance statement*
naming the periodical and the text's place in it (``本文为《X》2003年期刊…的第39篇论文``,
``本文选自《读者》2023年第5期``; a publication named bare needs its issue to end the line:
``本文出自X324期(2014/06/01出刊)``, the grammar in ``provenance``), a *how-to-cite
line* (``本文索引:作者.题名[J].刊名,2024(11):-034.``: a citation label and a reference's
shape), and a line that is only the
*address of one document* (``http://…/content_archive.cfm?id=…``; a bare domain is
furniture).  A *disowning disclaimer* stands anywhere too: a
short line (at most ``ONE_SENTENCE`` characters) carrying notice vocabulary in which the
site says the text does not speak for it, and ends saying so (``…不代表本网立场。``:
``DISOWN``; a headline about a disclaimer goes on, ``…立场引争议``), printed above the
article as often as below it; a report quoting such a sentence is longer and reports (its
verbs weigh against).  A web address or a host name (``ent.ltn.com.tw``) counts as one
character of a line's length: it is a token of the notice, not prose.  An access date in
a citation of the page's source (``最后浏览日``, ``访问日期``) is notice vocabulary.
Five more notices stand anywhere (``notice_kinds``): a *statement heading* under a rule
of stars (``南方晨报严正声明******``; a host name in it, ``X cso.gov.hk严正声明******``, is one
character), a *comments disclaimer* (``本评论观点只代表网友个人观点,不代表东方网立场。``), a
*reprint statement* pointing back at the text above (``【以上新闻转载自新华社】``), an
*upload statement* and a *reader address*: the site speaking to the reader about the page
and naming its source, every clause made of its words (``data/notice_address.txt``) and one
name, the same in every clause (``本篇文章为你整理了X的详细内容，希望能帮助你了解X。``,
``如果你想了解更多关于X，欢迎联系X。``), at the top of a copied article as often as at its
foot.  In each the line's whole grammar is the notice's, so its place does not matter; a
paragraph of the story quoting a statement (声明) or citing copyright law has more words
than the notice's grammar holds and is judged by the foot's vocabulary and length rules.
Round 12 adds three notices recognised by their grammar of parts, anywhere when the line
is the whole notice (a short line with no narrative of its own): an *ownership statement*
(owner word + rights noun + belongs verb + holder: ``本网站著作权属于X``,
``notice_kinds``), a *reprint request* (original-article word + reprint request +
keep/mark the source + an address: ``[原创文章,转载请保留或注明出处:http://…]``, printed
above the text as often as below, ``notice_kinds``) and a *picture-provenance notice*
(all-pictures word + from-verb + publication + an address: ``本文所有报纸图片皆来自X:
http://…``, ``provenance``).  Near the foot the weaker evidence of their words suffices
(著作权属于, 转载请保留, 注明出处 in ``notice_terms.txt``).  A court story's
``法院认定该作品著作权属于原告`` has no owner word; a sentence saying pictures came from an
agency, or a paragraph about reprint rules, goes on past the notice's grammar.
Round 13 (``notice_statement``): a *statement about the site's content* by the grammar
of its sentence, anywhere: subject (owner + what of it: 本网站的所有内容, 本部落格的文章及其
回覆), an enumeration or a condition optionally (包括但不限于…, 未经许可), a rights or
responsibility predicate ending the line (受…保护, 不代表…意见, 仅供参考, 不构成…建议,
不得转载); disclaimers go to the copyright field with the rights notices.
Round 15 (``notice_reprint``): a reprint statement naming the channel and the quoted
account it came from (``本文转载自公众号“X”。``) and a source-link line (a bullet, perhaps a
pictograph, a source label and the original's address alone: ``🔗资料来源: https://…``),
anywhere.
Round 24 (``notice_reader``), at the top or the foot only: a *reader notice*, the site
telling the reader what the text is (``中文内容为AI翻译,仅供参考``) or on what terms it is
read (``…用户注册协议…,点击下方按钮即视为您接受``), by self-reference and a pair of its words
anywhere in the line.
Round 26 (``notice_english``), at the foot only: an English *use notice*, an archive's,
a library's or a blog's line governing the use of the text (``Contact X Archives for access
… and for reproduction requests (fee for reproductions). This material is made available
… for research and private study only.``), by the share of its words that are rights,
use, purpose, terms and disclaimer words and the number of those kinds, no narrative sign.
Round 27 (``notice_use``), anywhere: a *use note* (provenance, then version and rule clauses:
``注:本文发表于《X》2022年第2期,此为作者Word版,引用请以该刊为准。``).
Round 38, at the foot only: a *bare reprint credit* (``notice_reprint.reprint_credit``:
``轉載自澳門日報``) and an *outlet's contact foot* (``notice_contact``: the desk's hotline and
mailbox, ``(X频道新闻热线:…,投稿邮箱…。)``).
Round 42b, at the foot only: a *rights grant* (``notice_grant``: the whole of the rights, a
verb of granting and an act of protection, ``…已将其所有的版权统一授予…进行保护、维权…``).
Round 39, anywhere: a *reposter's statement* (``notice_reprint.reposted_by``: the reposter
names itself, perhaps with its address, and the origin, ``本文由X(http://…)转自Y``).
Round 44, anywhere: an *origin label* (``notice_reprint.origin_label``: the piece, a word of
first appearance and an origin noun as a label, ``此篇文章最開始出處爲: <headline>``).
Round 39 besides, anywhere: an *item of the site's numbered statement* (``notice_items``:
an item number, an owner word such as 本网, and the foot's measure of vocabulary:
``1.本网(X网)稿件下…均属X网所有,…不得转载…``).
Round 17 (``notice_editorial``): an *editor's note on this text* (``PS:小标题为编者所加,
内容未经本人审核``: who titled, cut, checked or supplied a part of it), anywhere.
A notice is the site's formula and glosses none of its characters: a toned pinyin reading
in a line placed as a notice is a mirror's, even on a page with too few glosses for the
page-level pinyin decision to strip them: a line is judged, and a notice's text given,
without it (``notice_text``: ``版权(quán)所有`` → ``版权所有``).

Round 46, *an outlet named in two scripts*: a bilingual masthead prints its Han name and,
spaced, its Latin name (``网络公民 The Online Citizen``, ``故事 StoryStudio``); a notice
naming it so says what it says with the Han name alone, so a line that is no notice as
printed is judged again without the Latin names after Han ones (``without_latin_names``).
The Latin name never makes a notice by itself: the reading without it must be one.

>>> notice_score("本网站所有内容，未经授权不得转载。") >= 1
True
>>> is_notice("Copyright © 2024 Example News. All Rights Reserved.", near_foot=True)
True
>>> is_notice("法院认为，被告未经授权使用原告作品，侵犯其版权。", near_foot=False)
False
"""

from __future__ import annotations

import re
from functools import cache, partial

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.memo import LineCache
from newsclean.filters.notice_contact import contact_foot
from newsclean.filters.notice_editorial import editorial_note
from newsclean.filters.notice_english import use_notice
from newsclean.filters.notice_grant import rights_grant
from newsclean.filters.notice_items import statement_item
from newsclean.filters.notice_kinds import (
    MAX_FRAME,
    comments_disclaimer,
    ownership_statement,
    reader_address,
    reprint_request,
    reprint_statement,
    statement_heading,
    upload_statement,
)
from newsclean.filters.notice_reader import MIN_READER_NOTE, reader_notice
from newsclean.filters.notice_reprint import (
    first_published,
    origin_label,
    reposted_by,
    reprint_credit,
    reprint_from_channel,
    source_link,
)
from newsclean.filters.notice_statement import is_statement, origin_disowned
from newsclean.filters.notice_use import labelled_pictures, use_note
from newsclean.filters.notice_vocabulary import (
    BRACKETS,
    MAX_NOTICE_LENGTH,
    ONE_SENTENCE,
    by_words,
    needed_score,
    notice_score,
    reports,
)
from newsclean.filters.pinyin_grammar import find_glosses, remove_glosses
from newsclean.filters.pinyin_readings import COMBINING_TONES, LOST_VOWEL, TONE_MARKED
from newsclean.filters.provenance import (
    BULLETS,
    is_citation,
    is_document_address,
    is_pictures_provenance,
    is_provenance_statement,
    provenance_words,
    published_pattern,
)

NAME = "notice"

#: The last part of the page's content lines that counts as its foot.
FOOT_SHARE = 0.2


@cache
def notice_openings() -> tuple[str, ...]:
    return tuple(fields[0].lower() for fields in data_lines("notice_cues.txt"))


def opens_as_notice(text: str) -> bool:
    """The line starts with a notice formula (版权声明, Copyright, ©, 凡本网注明…).

    >>> opens_as_notice("【版权声明】本文为原创")
    True
    >>> opens_as_notice("版权保护的新挑战")
    False
    >>> opens_as_notice("本文原刊於今周刊,轉載請註明:1)原出刊日期;2)原文鏈接")
    True
    >>> opens_as_notice("本文首发于微信公众号“侠客岛”")
    False
    """
    if len(text) > MAX_NOTICE_LENGTH:
        return False  # before the strips and the lowering: most long lines are prose
    line = text.strip().lstrip(BRACKETS).lstrip(BULLETS)
    # The lowered line starts with its first character lowered: one set test before
    # the whole line is lowered (most lines start with no formula's first character).
    if line[:1].lower()[:1] not in _opening_firsts():
        return False
    lowered = line.lower()
    if lowered.startswith(notice_openings()):
        return True
    if _provenance().match(lowered) is not None and REPRINT.search(lowered) is not None:
        return True
    return is_provenance_statement(line) or is_citation(line) or is_pictures_provenance(line)


@cache
def _provenance() -> re.Pattern[str]:
    return re.compile(published_pattern())


#: The site disowns the text's views (不代表本网立场, 不代表本台觀點).
DISOWN = lazy_re(
    r"不代表(?:本|我)(?:网|網|站|台|报|報|刊|社|平台)(?:的)?(?:立场|立場|观点|觀點|意见|意見)"
    r"[。.！!\s)）】]*$"
)
#: Where the text first ran (本文原刊於, 本文首发于, 原文刊登於: ``provenance.published_pattern``)
#: ... and the conditions of a reprint (转载请…, 请勿转载), in the same line.
REPRINT = lazy_re(
    r"(?:转载|轉載|转贴|轉貼|转发|轉發)(?:请|請|须|須|时|時|务必|務必|应|應)"
    r"|(?:如需|如欲|欢迎|歡迎|请勿|請勿|禁止|不得|谢绝|謝絕)(?:转载|轉載|转贴|轉貼|转发|轉發)"
)


@cache
def _opening_firsts() -> frozenset[str]:
    words = provenance_words()  # a provenance statement's subject, a citation's label
    starts = (
        *notice_openings(),
        *words["subject"],
        *words["cite"],
        *words["scope"],
        *words["all"],
        *words["share"],
    )
    return frozenset(start[:1] for start in starts)


def _stands_anywhere(line: str) -> bool:
    """A statement heading, a comments disclaimer, a reprint or an upload statement, a
    reader address (``notice_kinds``)."""
    if len(line) > 2 * ONE_SENTENCE:
        # only the compile frame runs longer: a title named twice
        return len(line) <= MAX_FRAME and reader_address(line, reports=reports)
    if statement_heading(line) or reprint_statement(line) or upload_statement(line):
        return True
    if reader_address(line, reports=reports):
        return True
    if "不代表" not in line:
        return False
    return comments_disclaimer(line, reports=reports(line))


def is_notice(text: str, *, near_foot: bool) -> bool:
    """A copyright, reprint or disclaimer notice, given where the line stands; each
    distinct line judged once across pages (``_REMEMBERED``): the head and foot of every
    page ask it, a page of no paragraph is all head, and a site repeats its notices.

    >>> is_notice("原创", near_foot=True), is_notice("原创", near_foot=False)
    (True, False)
    >>> is_notice("版权声明:凡注明“来源:中国西藏网”的所有作品……", near_foot=False)
    True
    """
    return _REMEMBERED[near_foot](text)


#: Round 46: an outlet's name in Latin letters printed after its Han name, spaced (a
#: bilingual masthead: ``网络公民 The Online Citizen``, ``故事 StoryStudio``): capitalised
#: words, up to six, closed by a space, a bracket or the line's end.
LATIN_NAME = lazy_regex(
    r"(?<=\p{Han})[ \u3000][A-Z][A-Za-z&'.-]*(?: [A-Z][A-Za-z&'.-]*){0,5}(?=[ \u3000】\])）]|$)"
)


def without_latin_names(text: str) -> str:
    """``text`` without the Latin names printed after Han names (``LATIN_NAME``): a notice
    naming an outlet in both scripts says what it says with the Han name alone.

    >>> without_latin_names("【以上新闻转载自网络公民 The Online Citizen】")
    '【以上新闻转载自网络公民】'
    """
    return LATIN_NAME.sub("", text) if " " in text or "\u3000" in text else text


def _judge_notice(text: str, *, near_foot: bool) -> bool:
    if "(" in text or "（" in text:
        read = notice_text(text)  # a mirror's gloss may split a notice word: 版权(quán)所有
        if read != text:
            return _judge_notice(read, near_foot=near_foot)
    if (named := without_latin_names(text)) != text and _judge_notice(named, near_foot=near_foot):
        return True  # 转载自网络公民 The Online Citizen: the outlet in two scripts (round 46)
    if opens_as_notice(text) or is_document_address(text):
        return True
    line = text.strip()
    if reprint_from_channel(line) or source_link(line) or first_published(line):  # reposts
        return True
    if reposted_by(line) and not reports(line):  # 本文由X(URL)转自Y (round 39)
        return True
    if origin_label(line):  # 此篇文章最开始出处为: X (round 44)
        return True
    if use_note(line, reports=reports) or labelled_pictures(line):  # notice_use
        return True
    if len(line) <= ONE_SENTENCE and DISOWN.search(line) and notice_score(line) >= 1:
        return True
    if _stands_anywhere(line):
        return True
    if ownership_statement(line, is_notice=by_words) and not reports(line):
        return True  # a holder in parts may not be a story's clause (…该局表示…)
    if reprint_request(line):
        return True
    if is_statement(line, reports=reports) or origin_disowned(line, reports=reports):
        return True  # the site's statement about its content, or its origin disowned
    if editorial_note(line):  # PS:小标题为编者所加 (notice_editorial)
        return True
    if statement_item(line, by_words=_weighs_as_notice):  # 1.本网稿件…不得转载… (round 39)
        return True
    if not near_foot:
        return False
    if reprint_credit(line) or contact_foot(
        line
    ):  # 轉載自澳門日報; 新闻热线:…,投稿邮箱… (round 38)
        return True
    if reader_notice(line, reports=reports):  # 中文内容为AI翻译,仅供参考 (notice_reader)
        return True
    if use_notice(line):  # …made available for research and private study only. (English)
        return True
    if rights_grant(line) and not reports(line):  # 其所有的版权统一授予…进行保护 (round 42b)
        return True
    score = notice_score(text)  # 0 past MAX_NOTICE_LENGTH: the length is not measured
    return score > 0 and score >= needed_score(text)


def _weighs_as_notice(line: str) -> bool:
    """The foot's measure of vocabulary and length, and no prose sign."""
    return by_words(line) and not reports(line)


def is_reader_notice(text: str) -> bool:
    """A reader notice (``notice_reader``), its prose signs weighed, read without a mirror's
    toned glosses: the judge of the page's top (``foot_notices.top_notices``)."""
    if len(text.strip()) < MIN_READER_NOTE:  # stripping glosses only shortens a line
        return False
    return reader_notice(notice_text(text).strip(), reports=reports)


#: What a toned gloss holds one of at least (``pinyin_grammar``: a tone mark, a combining
#: tone, a vowel lost to ``?``): a line without any has no toned gloss.
TONE_SIGN = lazy_re(f"[{TONE_MARKED}{TONE_MARKED.upper()}{COMBINING_TONES}{re.escape(LOST_VOWEL)}]")


def notice_text(text: str) -> str:
    """A notice line without the toned pinyin glosses a mirror put in it (module docstring).

    >>> notice_text("版权(quán)所有 香港中通社")
    '版权所有 香港中通社'
    >>> notice_text("Copyright (c) 2024 Example News")
    'Copyright (c) 2024 Example News'
    """
    if ("(" not in text and "（" not in text) or TONE_SIGN.search(text) is None:
        return text  # no bracket, or no tone sign for a toned gloss to hold
    toned = [gloss for gloss in find_glosses(text) if gloss.toned]
    return remove_glosses(text, toned) if toned else text


#: ``_judge_notice`` is pure in its text: one memo for the head and body, one for the foot.
_REMEMBERED = {
    flag: LineCache(partial(_judge_notice, near_foot=flag), LineCache.SMALL)
    for flag in (False, True)
}
