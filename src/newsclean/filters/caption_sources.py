"""Captions that say where the picture (or a figure's data) came from, not who took it.

Model.  Beside the photographer's credit (``captions``), a caption often names the
picture's *source*; three shapes, each read in any layout (``captions.caption_cue``):

1. a **source sentence** closing a caption line (``source_sentence``): after the
   caption's one sentence, or alone, a picture-source label (``SOURCE_LABEL``: 图片来源,
   图源, 照片来源, 图片来自…) with a separator, then the sources, to the end of the line:
   ``疫情期间的数据新闻。图片来源:《人民日报》、央视新闻等媒体的公开报道。``.  The caption
   before it is one sentence of at most ``MAX_SOURCE_CAPTION`` characters and the sources
   one clause of at most ``MAX_SOURCES``; a paragraph that ends by naming its picture's
   source is longer or holds more sentences, and stays;
2. a **taken-from line** (``taken_from_line``): a picture noun (照片, 图片, 图, 截图) and a
   verb of taking (取自, 来自, 翻摄自, 截自, 撷取自…), then where, and nothing else (no
   clause or sentence mark inside, at most ``MAX_TAKEN_FROM`` characters):
   ``照片取自民进党官网``.  A sentence that goes on (``图片来自网友爆料，记者核实后…``)
   is prose;
3. a **data-source bracket** closing a figure's caption (``figure_source``): a bracket
   opening with 资料来源/数据来源 and a separator (``(資料來源:2012中華民國科學技術年鑑)``).
   What stands before it is judged alone: a caption by its own wording
   (``刚建成时的华侨新村。图/越秀区华乐街道提供``), or a figure's *name*, a short label
   with no clause or sentence mark (``华侨新村入口``, at most ``MAX_FIGURE_NAME``).  A
   sentence of the article that cites where its figures came from has a clause or a
   full stop before the bracket (``去年出生人口为13万人，创下新低（资料来源：内政部）``)
   and stays: ``captions`` never calls a figures' source a photo credit.

4. a **platform's picture** closing a caption's sentence (``platform_picture``): after
   the sentence end, a Latin name (a platform or an agency: Twitter, Facebook, AFP) and a
   picture noun (图片, 照片), nothing else (``■巴士车窗被砸碎。Twitter图片``): the caption
   is one sentence of at most ``MAX_SOURCE_CAPTION`` characters.  A Han phrase before the
   noun (``…。他展示了一些照片``) is a sentence of the article and stays;
5. a **desk code** after a credit (``desk_coded``): a picture's page code printed after
   its credit bracket, one or two capitals and a number, parted by a space (``(图片:温哥华
   警队) T02``); the line is judged without it, so only a credit before it makes a caption.

Round 11: what else a caption carries beside its description (``english_tail``, read
when the line ends with a Latin full stop or a digit):

6. its **English translation** on the same line (``translated_caption``): a short Han
   description, one clause of at most ``MAX_TRANSLATED_HAN`` characters (no clause
   mark, no Latin), closed by a full stop of either width, then one English sentence of
   three words or more closed by ``.``, one clause like the Han (no Han, no clause mark)
   (``花车迎接游客. trishaw decorated with flowers awaiting customers.``).  A bilingual
   paragraph of the article is longer in Chinese or holds clause marks (``本届论坛吸引了…
   代表参加，共商合作。The forum…``, ``…英文谚语。Rome was not built in a day, he said.``)
   and stays;
7. a **picture code and date** closing the caption (``date_coded``): after the caption's
   sentence end, a press desk's date stamp, day, English month abbreviation in
   capitals, two-digit year (``…in Kwun Tong. 26MAR24.``).  A date written out in a
   sentence (``The show runs until 26 March 2024.``) is prose.

Round 25: where the picture came from, after its credit:

8. a **credit and its source** (``credit_then_source``): a caption closed by its credit
   (``captions``' credit grammar, judged on the part before the space: a picture noun such
   as 截图 or 资料图, or a name and 摄), then, after one to three spaces, where the picture
   came from, in either of two forms: a source label (kind ``source`` of
   ``data/caption_cues.txt``: 来源, 图源, 出处) with its value, one short name with no
   clause or sentence mark (``网络截图 来源:《世界报》网站``, ``页面截图 来源网络。``), or a
   link's label (kind ``link``: 视频地址, 原视频链接, 网址) alone, the link having been
   markup the scrape lost, or with its address (``本期《这就是中国》视频截图 视频地址``).  What
   makes the line a caption is the credit before the space: a source line alone
   (``来源: 乡土``) or a sentence naming a source (``据新华社报道 来源:新华网``, no credit
   closing its first part) is the byline's.

Round 29: a caption printed as a *bulleted picture line*:

9. a **bulleted caption and its source** (``bulleted_source``): a line opening with a
   picture bullet (``PICTURE_BULLETS``: ■ □ ▲ △ ▼ ● ◆, the mark a Hong Kong paper's
   print layout sets before a picture's caption), one sentence of caption size closed by
   its stop, then after it a short bare tail with no mark, digit or space inside: who
   took the picture or where it came from, written with no label or picture noun
   (``■印度有不少兒童要在工地當童工。互聯網``, ``■…。資料圖片``, ``■…。法新社``).  Prose
   never leaves a fragment after a paragraph's last stop, and a bulleted list item ends
   at its stop (``■港府宣布放寬限聚令。``) or goes on as a sentence (a clause mark, a
   longer tail) and stays.  With no bullet, the same bare tail credits the picture when
   it is an agency of ``data/caption_agencies.txt`` and nothing more (udn.com's
   ``…首度戴著口罩公開亮相。美聯社``): a sentence of the article naming the agency goes on
   (``…之舉。美聯社報導``) and stays, and so does a paragraph citing the same agency as
   its source (``据路透社报道，…仍在进行中。路透社``: the wire's credit for the text).

>>> source_sentence("疫情期间的数据新闻。图片来源:《人民日报》、央视新闻等媒体的公开报道。")
True
>>> taken_from_line("照片取自民进党官网"), taken_from_line("图片来自网友爆料，记者核实后发现")
(True, False)
>>> platform_picture("■巴士车窗被砸碎。Twitter图片"), platform_picture("…。他展示了一些照片")
(True, False)
>>> bulleted_source("■印度有不少儿童要在工地当童工。互联网")
True
>>> bulleted_source("■港府宣布放宽限聚令。")
False
>>> desk_coded("(图片:温哥华警队) T02")
'(图片:温哥华警队)'
>>> figure_source("华侨新村入口 (资料来源:2012中华民国科学技术年鉴)")
'华侨新村入口'
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.caption_brackets import agencies, caption_cues
from newsclean.filters.charmodel import HAN
from newsclean.filters.furniture_mirrors import WEB_ADDRESS
from newsclean.filters.lazy_pattern import WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.word_trie import word_pattern

MAX_SOURCE_CAPTION = 60
MAX_SOURCES = 40
MAX_TAKEN_FROM = 30
MAX_FIGURE_NAME = 24
MIN_FIGURE_HAN = 2

SOURCE_LABEL = (
    r"(?:图片来源|圖片來源|照片来源|照片來源|图片来自|圖片來自|图片出处|圖片出處|图源|圖源)"
)
SOURCE_SENTENCE = lazy_regex(
    rf"^(?:[^。！？!?]{{1,{MAX_SOURCE_CAPTION}}}[。！？!?]\s?)?{SOURCE_LABEL}\s?[:：]\s?"
    rf"[^。！？!?；;]{{1,{MAX_SOURCES}}}[。.]?$"
)
TAKEN_FROM_LINE = lazy_re(
    rf"^(?:照片|相片|图片|圖片|图|圖|截图|截圖|影像)[{WHITE_SPACE}]?"
    r"(?:取自|来自|來自|翻摄自|翻攝自|截自|撷取自|擷取自|摘自|引自|源自)"
    r"[^。！？!?，,；;：:]{2,24}[。]?$"
)
DATA_SOURCE = lazy_regex(
    r"\s?[（(](?:资料来源|資料來源|数据来源|數據來源|资料|資料)\s?[:：][^（()）]{1,40}[)）]$"
)
PLATFORM_PICTURE = lazy_re(
    rf"^[^。！？!?]{{1,{MAX_SOURCE_CAPTION}}}[。！？!?][{WHITE_SPACE}]?"
    r"[A-Za-z][A-Za-z0-9 .]{0,19}"
    r"(?:图片|圖片|照片|相片|图|圖)$"
)
#: The bullets a print layout sets before a picture's caption (round 29).
PICTURE_BULLETS = "■□▲△▼●◆"
MAX_BULLETED_TAIL = 10
BULLETED_SOURCE = lazy_regex(
    rf"^[{PICTURE_BULLETS}][ \u3000]?[^。！？!?]{{4,{MAX_SOURCE_CAPTION}}}[。！？!?][ \u3000]?"
    rf"[^\s\d，,。！？!?；;：:、()（）「」“”『』《》]{{2,{MAX_BULLETED_TAIL}}}$"
)
#: A caption's one sentence, then an agency's bare name after its stop.
MAX_AGENCY_TAIL = 13
ONE_SENTENCE = lazy_regex(r"^[^。！？!?]+$")
MAX_TRANSLATED_HAN = 24
MAX_TRANSLATION = 160
TRANSLATED = lazy_regex(
    rf"^[^\sA-Za-z，,、；;：:。.！？!?]{{2,{MAX_TRANSLATED_HAN}}}[.。]\s?"
    rf"[A-Za-z][^\p{{Han}}。,;:!?]{{8,{MAX_TRANSLATION}}}\.$"
)
STOP = lazy_regex(r"[.。]")
MIN_TRANSLATION_WORDS = 3
MIN_TRANSLATED_HAN = 2
MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
DATE_CODE = lazy_regex(rf"[.。!?！？]\s?[0-3]?\d(?:{MONTHS})\d\d\.?$")
MIN_DATED_CAPTION = 8
DESK_CODE = lazy_regex(r"[)）】\]]\s[A-Z]{1,2}\d{1,3}$")
NOT_FIGURE_NAME = lazy_regex(r"[。！？!?，,；;：:、]")


def source_sentence(line: str) -> bool:
    """The line ends with a sentence naming its picture's source (module docstring)."""
    if len(line) > MAX_SOURCE_CAPTION + MAX_SOURCES + 12 or ("源" not in line and "自" not in line):
        return False
    return SOURCE_SENTENCE.match(line) is not None


def taken_from_line(line: str) -> bool:
    """The line is a picture noun, a verb of taking and where (module docstring)."""
    return len(line) <= MAX_TAKEN_FROM and TAKEN_FROM_LINE.match(line) is not None


def figure_source(line: str) -> str | None:
    """What stands before a data-source bracket closing ``line``, or None."""
    if "源" not in line[-48:] and "料" not in line[-48:]:
        return None
    found = DATA_SOURCE.search(line[-48:])
    if found is None:
        return None
    return line[: len(line) - len(found.group())].rstrip()


def is_figure_name(text: str) -> bool:
    """A figure's name: a short label, no clause or sentence mark (华侨新村入口)."""
    return (
        len(text) <= MAX_FIGURE_NAME
        and NOT_FIGURE_NAME.search(text) is None
        and len(HAN.findall(text)) >= MIN_FIGURE_HAN
    )


def platform_picture(line: str) -> bool:
    """A caption's sentence, then a Latin source name and a picture noun (module docstring)."""
    return len(line) <= MAX_SOURCE_CAPTION + 24 and PLATFORM_PICTURE.match(line) is not None


def bulleted_source(line: str) -> bool:
    """A bulleted caption's sentence, then its bare source or credit (module docstring, 9)."""
    if line[:1] in PICTURE_BULLETS:
        return BULLETED_SOURCE.match(line) is not None
    stop = line.rfind("。")  # C-level: most lines end at their stop or hold a long tail
    if stop < 4 or not 2 <= len(line) - stop - 1 <= MAX_AGENCY_TAIL:
        return False
    tail = line[stop + 1 :].strip().lower()
    names = agencies()
    if tail not in names["picture"] and tail not in names["wire"]:
        return False
    if tail in line[:stop].lower():  # 据路透社报道，…。路透社: the text's source, no picture's
        return False
    return stop <= MAX_SOURCE_CAPTION * 2 and ONE_SENTENCE.match(line, 0, stop) is not None


def desk_coded(line: str) -> str | None:
    """``line`` without the desk code closing it after a bracket, or None (module docstring)."""
    found = DESK_CODE.search(line[-12:])
    return None if found is None else line[: len(line) - len(found.group()) + 1]


def translated_caption(line: str) -> bool:
    """A short Han caption, then its English translation (module docstring, 6).

    >>> translated_caption("花车迎接游客. trishaw decorated with flowers awaiting customers.")
    True
    >>> translated_caption("本届论坛吸引了代表参加，共商合作。The forum drew many delegates.")
    False
    """
    found = TRANSLATED.match(line) if len(line) <= MAX_TRANSLATION + 40 else None
    if found is None:
        return False
    head = STOP.split(line, maxsplit=1)[0]
    english = line[len(head) + 1 :].strip()
    return (
        len(HAN.findall(head)) >= MIN_TRANSLATED_HAN
        and english.count(" ") >= MIN_TRANSLATION_WORDS - 1
    )


def date_coded(line: str) -> bool:
    """A caption's sentence closed by a desk's date stamp (module docstring, 7).

    >>> date_coded("A worker's clothes caught on fire in Kwun Tong. 26MAR24.")
    True
    >>> date_coded("The show runs until 26 March 2024.")
    False
    """
    found = DATE_CODE.search(line[-12:])
    return found is not None and len(line) - len(found.group()) >= MIN_DATED_CAPTION


def english_tail(line: str) -> str | None:
    """Why ``line`` is a caption by what closes it in Latin script (6, 7), or None."""
    if date_coded(line):
        return "a picture's date code at the end"
    if translated_caption(line):
        return "a caption and its English translation"
    return None


#: A credit and its source: the source's value is one short name; the whole line a caption's.
MAX_CREDITED_SOURCE = 24
MAX_CREDIT_THEN_SOURCE = 80


@cache
def _source_tail() -> regex.Pattern[str]:
    """What follows a credit and its space: a source label and its value, or a link's label
    alone or with its address (module docstring, 8)."""
    cues = caption_cues()
    value = rf"[^\s\u3000。，,！？!?；;：:]{{1,{MAX_CREDITED_SOURCE}}}"
    return regex.compile(
        rf"(?i)^(?:{word_pattern(cues['source'])})\s{{0,2}}(?:[:：]\s{{0,3}})?{value}[。.]?$"
        rf"|^(?:{word_pattern(cues['link'])})(?:\s{{0,2}}[:：]\s{{0,3}}(?:{WEB_ADDRESS})?)?$"
    )


SPACES = lazy_regex(r"[ \u3000]{1,3}")


def credit_then_source(line: str) -> str | None:
    """The part of ``line`` before where its picture came from (module docstring, 8), for
    the caller to judge as a credited caption; None when no source or link label follows a
    space.

    >>> credit_then_source("网络截图 来源:《世界报》网站")
    '网络截图'
    >>> credit_then_source("本期《这就是中国》视频截图 视频地址")
    '本期《这就是中国》视频截图'
    >>> credit_then_source("来源: 乡土") is None, credit_then_source("记者 张三") is None
    (True, True)
    """
    if len(line) > MAX_CREDIT_THEN_SOURCE:
        return None
    for space in SPACES.finditer(line):
        if space.start() and _source_tail().match(line[space.end() :]):
            return line[: space.start()]
    return None
