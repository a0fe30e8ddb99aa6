"""The bracket closing a caption line, and whose picture it credits (the bracket half of
the credit grammar in ``captions``' docstring): a picture label (``(圖/路透社)``), a
picture noun (``（澳廣視圖片）``), a taken-from source (``（取自張三臉書）``), a credit word
(``（记者 张三 摄）``), an agency (``data/caption_agencies.txt``; a Chinese-language wire
only as ``WIRE``, the caller decides by the line's place), or a photographer's name alone
after a one-sentence caption (``…幾乎喪命。(南平)``), or (round 45) after a credit that
closes the caption's sentence already, the reporter's credit then the photographer's
(``…淹水原因。記者林佳彣／攝影(岳雷)``: a Taiwanese paper's caption re-credited by the
magazine that reprints it, 光華's convention of the bare name in brackets; a second
credit stacked after the first, as ``新华社发(张三 摄)`` stacks a release and a
photographer).  A source of figures and end marks
are no credit; 数据 right before the closing picture noun is a phrase converter's 資料
(``（本报数据照片）``, round 15: ``CONVERTED_ARCHIVE``).

Round 17: a bracket that *opens with a picture label* is a credit however long its
attribution runs (``LABELLED_BRACKET``, up to ``MAX_LABELLED_CREDIT`` characters): an
English attribution with the source's address (``(圖片:Designed by X from
http://www.flaticon.com)``, ``（图片来源：Photo by X on Unsplash https://…）``) runs past
the 40 characters of a name or an agency, but the label at its opening already says
what the bracket is.  Without the label a long bracket stays an aside.

Round 31: the *day the picture was taken*, a full date alone in the bracket closing a
line whose description never reached a stop (``…举办新春中国文化巡游表演(2025年2月2日)``,
``dated_caption``).  A paragraph's sentence ends in a stop before any date a page adds;
a caption describes a picture in clauses and stamps it with its day.  The line must
hold a clause mark (a description, not a heading such as ``在大会上的讲话（2025年2月2日）``)
and no sentence stop anywhere (one sentence, not a paragraph with a date after it).

Round 44: the same day *after the caption's one sentence and its stop*, the picture desk's
other placing of the shot date (``…一起庆祝胜利。(2017年5月7日)``, a gallery of wire
pictures; Xinhua's convention puts the same date, with 摄, in the bracket:
``…人工隧道（2015年12月15日摄）。``).  A page adds a date after a paragraph too, so the
stopped form is read only on a line of one sentence (its one stop right before the
bracket), with a clause mark and at most ``MAX_STOPPED_DATED`` characters, a caption's
length, not a paragraph's, and with no reporting verb (kind ``report`` of
``data/caption_cues.txt``: ``会议强调，要…。（2024年12月11日）`` reports words, a picture's
caption describes what it shows).
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.word_trie import longest_first

# A bracket closing the line, and what it holds.
END_BRACKET = lazy_regex(r"[（(【\[]([^（()）【】\[\]]{1,40})[)）】\]]\s*$")
PICTURE_PREFIX = lazy_regex(
    r"^\s*(?:图片来源|圖片來源|图源|圖源|图片|圖片|图文|圖文|示意图|示意圖|资料照|資料照"
    r"|资料图|資料圖|截图|截圖|翻摄|翻攝|摄影师|攝影師|摄影|攝影|绘图|繪圖|摄|攝|图|圖|photo|image)"
    r"\s*[/／:：﹕]"
)
# A bracket ending with a picture noun credits the picture: （澳廣視圖片）, （作者提供）.
PICTURE_SUFFIXES = (
    "图片",
    "圖片",
    "照片",
    "相片",
    "档案照",
    "檔案照",
    "资料照",
    "資料照",
    "提供",
    "翻摄",
    "翻攝",
    "截图",
    "截圖",
    "示意图",
    "示意圖",
    "制图",
    "製圖",
    "供图",
    "供圖",
    # a paper's or agency's picture: （新加坡《联合早报》图）, not （如图）
    "》图",
    "》圖",
    "报图",
    "報圖",
    "社图",
    "社圖",
)
# A headline's tag of what the page holds, made only of media words: 视频+图片, 组图, 高清图片.
CONTENT_TAG = lazy_regex(
    r"^(?:[+＋、/／&和与與及附多组組高清大]|视频|視頻|音频|音頻|文字|图文|圖文|直播)*"
    r"(?:图片|圖片|照片|相片)$"
)
# A bracket naming where the picture was taken from: （取自張三臉書）, （翻攝自YouTube）.
TAKEN_FROM = ("取自", "翻摄自", "翻攝自", "截自", "图取自", "圖取自", "图片取自", "圖片取自")
# Words that make a bracket a source of figures or a note, not a photo credit.
NOT_PICTURE = lazy_regex(r"数据|數據|数字|數字|资料来源|資料來源|来源：|來源：|报道|報導|编按|編按")
# A phrase converter's archive picture: Taiwan's 資料 (archive) is 数据 (data) after
# OpenCC tw2sp, so （本報資料照片） arrives as （本报数据照片）.  Right before the picture noun
# closing the bracket, 数据 is the archive, not a source of figures (（数据来源：…）).
#: Round 38: a photo story's credit word (摄影报道, ``data/caption_cues.txt``) holds 报道, the
#: report NOT_PICTURE refuses; in a bracket after a caption's text it credits its pictures
#: (…酱油间。(本报通讯员 成和平 摄影报道)); alone on its line it is a photo story's byline.
PHOTO_REPORT = lazy_regex(r"(?:摄影|攝影)(?:报道|報道|报导|報導)")
CONVERTED_ARCHIVE = lazy_regex(r"(?:数据|數據)(?=(?:照片|图片|圖片|照|图|圖)$)")
# A date after the credit: 113年5月27日, 五月二十七日, 2024-05-27.
DATE_TAIL = lazy_regex(
    r"[\s\u3000]*(?:(?:民國|民国)?\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日"
    r"|\d{4}[-./]\d{1,2}[-./]\d{1,2})$"
)
# The day a picture was taken, alone in the bracket closing a caption: (2025年2月2日).
# The year is required: a month and day in a bracket is as often prose's aside (今天(2日)).
DATED_BRACKET = lazy_regex(
    r"[\p{Han}。][（(](?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    r"[)）]$"
)
#: A dated caption is one described picture, not a paragraph (caption_layout's bound x2).
MAX_DATED_CAPTION = 120
#: Round 44: a dated caption closed by its stop before the date is one short sentence.
MAX_STOPPED_DATED = 60
#: A comma makes it a description, not a heading or a speech's title.
COMMAS = ("，", ",")
#: A bracket opening with a picture label may hold a long attribution (round 17).
MAX_LABELLED_CREDIT = 120
LABELLED_BRACKET = lazy_regex(
    r"[（(【\[]\s?(?P<inner>(?:图片来源|圖片來源|图源|圖源|图片|圖片|摄影|攝影|图|圖|photo|image)"
    rf"\s?[/／:：﹕][^（()）【】\[\]]{{1,{MAX_LABELLED_CREDIT}}})[)）】\]]\s*$"
)
WIRE = "wire credit at the end: "
#: The closing bracket and its credit sit in the last characters of the line.
END_BRACKET_REACH = 48
# A photographer's name alone in the bracket closing a caption of one sentence:
# …幾乎喪命。(南平) (issuu.com, Australian Chinese Daily).  Two or three Han characters,
# not an aside or end mark (（完）, （综合）, （笑）: kind ``aside`` of caption_cues.txt) and not
# an organisation (…报, …社, …网, …台: a paper's source tag).
NAME_ONLY = lazy_regex(r"^[^。！？]{6,}[。！？][（(](\p{Han}{2,3})[)）]$")
ORGANISATION_ENDS = tuple("报報社网網台刊")
# Round 45: the same name after a credit closing the sentence's line (the stacked credit,
# ``…原因。記者林佳彣／攝影(岳雷)``): the credit between the stop and the bracket, a short
# stretch ending in a credit word (kind ``credit``), the bracket right after it.
STACKED_NAME = lazy_regex(r"^[^。！？]{6,}[。！？]([^()（）。！？]{2,24})[（(](\p{Han}{2,3})[)）]$")
#: A name-only credit closes a caption line, not a paragraph (caption_layout's bound).
MAX_NAME_ONLY_LINE = 60


@cache
def caption_cues() -> dict[str, tuple[str, ...]]:
    """where (start, credit, aside, connective, contest, prize) -> cues, longest first."""
    found: dict[str, list[str]] = {"start": [], "credit": [], "aside": [], "connective": []}
    for fields in data_lines("caption_cues.txt"):
        found.setdefault(fields[0], []).append(fields[1].lower())
    return {kind: tuple(sorted(cues, key=len, reverse=True)) for kind, cues in found.items()}


@cache
def agencies() -> dict[str, frozenset[str]]:
    """kind (picture, wire) -> the agency names of ``data/caption_agencies.txt``."""
    found: dict[str, set[str]] = {"picture": set(), "wire": set()}
    for kind, name in data_lines("caption_agencies.txt"):
        found[kind].add(name.lower())
    return {kind: frozenset(names) for kind, names in found.items()}


@cache
def _credit_words() -> re.Pattern[str]:
    """A credit word anywhere: one C-level scan instead of a substring test per word."""
    return re.compile(longest_first(caption_cues()["credit"]))


def bracket_credit(line: str) -> str | None:
    """The credit in the bracket closing ``line`` (lower-cased), ``WIRE``-prefixed when
    only a wire service, paper or press office is named."""
    match = END_BRACKET.search(line[-END_BRACKET_REACH:])
    if match is None:
        # a long attribution after a picture label: (圖片:Designed by X from http://…)
        labelled = LABELLED_BRACKET.search(line[-(MAX_LABELLED_CREDIT + 12) :])
        return labelled["inner"].strip() if labelled is not None else None
    inner = match.group(1).strip()
    if (inner[-1:].isdigit() or inner.endswith("日")) and ("摄" in inner or "攝" in inner):
        inner = DATE_TAIL.sub("", inner, count=1).strip()  # （中央社記者王小明攝 113年5月27日）
    if PICTURE_PREFIX.match(inner):  # a picture label decides: （图片来源：视觉中国）
        return inner
    credit = _credit_in(inner) if inner else None
    read = CONVERTED_ARCHIVE.sub("", inner) if credit is not None else ""
    if read and line.lstrip()[:1] not in "(（":  # after a caption's text (round 38)
        read = PHOTO_REPORT.sub("", read)
    if credit is None or NOT_PICTURE.search(read):
        return None
    return credit


def _credit_in(inner: str) -> str | None:
    names = agencies()
    if inner in names["picture"]:
        return inner
    if inner.endswith(PICTURE_SUFFIXES):
        # A picture noun credits a picture when something names whose it is: a headline's
        # content tag (视频+图片), (组图) names no one.
        return None if CONTENT_TAG.match(inner) else inner
    if inner in names["wire"]:
        return WIRE + inner
    if inner.startswith(TAKEN_FROM) or _credit_words().search(inner) is not None:
        return inner
    if inner.startswith(("getty", "视觉中国", "photo by ")):
        return inner
    if "/" in inner or "／" in inner:
        # (SAUL LOEB/AFP), (JONATHAN NACKSTRAND/AFP/Getty Images): a photographer, agencies.
        last = inner.replace("／", "/").rsplit("/", 1)[1].strip()
        if last in names["picture"] or last in names["wire"]:
            return inner
    return None


def name_only(line: str) -> str | None:
    """A photographer's name alone closing a one-sentence caption line (``NAME_ONLY``).

    >>> name_only("這位犯罪份子遭其他囚犯用刀襲擊,幾乎喪命。(南平)")
    'photo credit at the end: a name alone (南平)'
    >>> name_only("这是他最后一次公开露面。（完）"), name_only("全场观众报以热烈掌声。（笑）")
    (None, None)
    >>> name_only("宜蘭縣代理縣長林茂盛今赴宜蘭縣災害應變中心，"
    ...           "談及昨天淹水原因。記者林佳彣／攝影(岳雷)")
    'photo credit at the end: a name alone (岳雷)'
    >>> name_only("他說明天再談。記者會上宣布(岳雷)") is None
    True
    """
    if len(line) > MAX_NAME_ONLY_LINE:
        return None
    match = NAME_ONLY.match(line)
    stacked = STACKED_NAME.match(line) if match is None else None
    if stacked is not None and stacked.group(1).endswith(tuple(caption_cues()["credit"])):
        match = stacked  # a credit, then the photographer's name (round 45)
    if match is None:
        return None
    name = match.group(match.lastindex or 1)
    if name.endswith(ORGANISATION_ENDS) or name in caption_cues()["aside"]:
        return None
    return f"photo credit at the end: a name alone ({name})"


def dated_caption(line: str) -> str | None:
    """The day a picture was taken in the bracket closing a caption of one unfinished
    sentence of clauses (``DATED_BRACKET``), or None.

    >>> dated_caption("五星红旗飘扬在巴黎香榭丽舍大街上,这天是2025年农历正月初五,"
    ...               "法国华人贸易促进会等社会团体在此举办新春中国文化巡游表演(2025年2月2日)")
    'a caption dated in a bracket: (2025年2月2日)'
    >>> dated_caption("习近平在中央经济工作会议上的讲话（2024年12月11日）") is None
    True
    >>> dated_caption("巴黎卢浮宫附近,法国当选总统马克龙在台上与他的支持者"
    ...               "一起庆祝胜利。(2017年5月7日)")
    'a caption dated in a bracket: (2017年5月7日)'
    """
    if len(line) > MAX_DATED_CAPTION or not line.endswith((")", "）")):
        return None
    match = DATED_BRACKET.search(line[-20:])
    if match is None:
        return None
    head = line[: -len(match.group()) + 1]
    if head.endswith("。"):  # the stopped form (round 44): one short sentence, then the day
        if len(line) > MAX_STOPPED_DATED:
            return None
        if any(verb in head for verb in caption_cues().get("report", ())):
            return None
        head = head[:-1]
    if not any(mark in head for mark in COMMAS):
        return None
    if SENTENCE_STOP.search(head) is not None or "；" in head:
        return None  # a sentence stop before the date: a paragraph with a date after it
    return f"a caption dated in a bracket: {match.group()[1:]}"
