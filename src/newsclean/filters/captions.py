"""Recognise image captions: by their photo credit, or by a layout unlike the paragraphs'.

Model.  A caption is the text a page set under (or over) a picture that the scrape
lost.  Two independent kinds of evidence make a line a caption:

1. **Wording** (``caption_cue``), in any layout: a *credit grammar* at the end of the
   line, or a caption *opening*.

   * credit := [label sep] [agency | role] [name] credit-word [date], closing the line
     bare (``… 新华社记者 陈晔华摄``, ``王小明／记者摄``, ``中央社記者裴禛攝 111年12月31日``)
     or in a bracket of either width (``（记者 张三 摄）``, ``(资料图片;余俊亮摄)``,
     ``（中央社記者王小明攝 113年5月27日）``).  Credit words (``data/caption_cues.txt``):
     摄/攝/摄影, 供图, 提供, 翻攝, 截圖, 示意圖, 資料照/资料图, 新华社发…; a bracket may
     also open with a picture label and a separator (``(圖/路透社)``,
     ``（示意圖／Getty Images）``, ``(攝影/REUTERS/Ann Wang/達志影像)``), end with a
     picture noun (``（澳廣視圖片）``, ``（中央社檔案照片）``, ``（作者提供）``), name a
     source a picture was taken from (``（取自張三臉書）``), or name an agency
     (``data/caption_agencies.txt``): a photo agency or foreign wire anywhere
     (``（视觉中国）``, ``（路透社）``, ``(SAUL LOEB/AFP)``), a Chinese-language wire,
     paper or press office (``（中央社）``, ``（政府新聞處）``) only inside the article,
     since the same bracket closing the
     article's last line is its source tag.  A label with a name closes the line too
     (``摄:Imagine China``, ``图片来源：受访者``), and a social-media page after the
     caption's sentence (``檢獲的證物。司警教室FB``), and a photographer's name alone in
     the bracket closing a caption line of one sentence, at most 60 characters
     (``…幾乎喪命。(南平)``: two or three Han characters, not an aside or end mark such
     as ``（综合）``, ``（掌声）`` nor an organisation's name).  A bracketed reporter credit
     without a picture word closes a caption when it follows a description whose stop
     was dropped (round 14, ``caption_reporter``: ``华侨新村入口(南海网记者 骆云飞)``),
     not a paragraph's last sentence (``…。（记者 崔虹）``), a source of figures
     (``（資料來源：…）``, ``（数据由…提供）``) and end marks (``（完）``, ``（編按：…）``)
     are not credits.
   * an *opening*: 图为, 图：, ▲ ▼ △, 资料图：, and a picture's position or number
     (上图：, 左下圖：, 图1：, and, round 11, a figure number in a circled digit or closed
     by a semicolon, after a bullet: ``●图①;…。图②;…``, one line for two pictures; a
     numbered list item of the article, ``1、…``, ``①…``, and a figure cited in prose,
     ``图2显示，…``, are not openings);
   * what a caption carries in Latin script (round 11, ``caption_sources.english_tail``):
     its English translation after a short Han description (``花车迎接游客. trishaw
     decorated with flowers awaiting customers.``), or a desk's picture date code closing
     it (``… in Kwun Tong. 26MAR24.``);
   * a *prize picture* (round 13, ``caption_prize``): a photo contest's prize standing
     as the photographer's role, a separator, the name and the picture's title in a
     bracket (``“…”攝影比賽冠軍-林國權(高蹺喜洋洋)``), a label line with no sentence mark;
   * the paper and the photographer after slashes (``…,兒童最歡喜/國語日報/高修民``) and
     作者 with the name glued after a one-sentence caption (``…的牌匾。作者:趙海燕``),
     round 13, ``caption_tail``;
   * a *photo act* (round 21, ``caption_order.photo_act_caption``): people joined and
     合影/合照/留影 closing an unmarked line of one clause (``某某主任及理事与某某合影``);
   * a *portrait's label* (``caption_order``): the sitter's name in two scripts (round 29)
     or the sitter's name and office alone (round 33, ``王宗颖总领事``); round 38, an
     *office-holder's act* where captions stand (``caption_act``, asked by
     ``caption_group``: ``…会长郑秀琴主持晚会仪式``) and a gallery's
     *alt text*, a headline and the picture's number (``caption_alt``: ``… - 1``);
   * round 39, a *photo diary's* caption (``caption_clock``): the clock time the picture
     was taken, the place and the scene, no stop (``16:02,马金镇霞山村,4位女孩…``);
   * a *scene*: an event's name and a scene noun (``新书发布会现场。``;
     ``caption_scene.scene_caption``), or the place it was taken at alone
     (``在…工程现场``, no stop; ``caption_scene.site_caption``, round 23), or a gathering
     by its place and name (``丁任村群众大会``; ``caption_scene.place_gathering``, round 33),
     or an opening by its quoted name and act (``我县“三中心”揭牌``; round 35,
     ``caption_scene.ceremony_caption``), or a count of what the article counts
     (``其中四條``; round 36, ``caption_scene.part_caption``), or a view of a place
     (``现场一角``; round 39, second wave, ``caption_scene.view_caption``);
   * a credit followed, after a space, by where the picture came from: a source label
     and its value, or a link's label (round 25, ``caption_sources.credit_then_source``:
     ``网络截图 来源:《世界报》网站``, ``本期《这就是中国》视频截图 视频地址``);
   * round 35: a credit set off by a space after the caption's sentence, read as the
     bracketed credit whose brackets were not printed, when it holds a credit word
     (``…酱油间。 陈纹洁摄/光明图片``; ``caption_tail.spaced_credit``);
   * round 36: a credit a person signs (``caption_credit.signed_credit``), read before the
     caption's stop too (``…记者 赵东辉 摄。``), and a photo story's (``胡俊英 摄影报道``);
   * round 34: a credit whose line lost a character to the page's encoding after it
     (``… 通讯员供图?``: a half-width ``?`` after a Han letter) is read without it;
   * the picture's *source*: a source sentence closing the line (``…。图片来源:《人民日报》
     等媒体的公开报道。``), a taken-from line (``照片取自民进党官网``), a data-source
     bracket closing a figure's caption (``华侨新村入口 (资料来源:…)``), a platform's
     picture (``…。Twitter图片``), a credit and a desk code: ``caption_sources``.

   Final punctuation is not required.  拍摄 at the end of a sentence is a verb, not a
   credit.  Round 39: a line opening with the article's source label (``来源:``,
   ``稿件来源：``) is the article's record whatever it credits
   (``来源:北京晚报北晚新视觉网 本报记者 曹小彧文 陈风檩 摄``: the writer and the
   photographer of the whole article); a picture's source is labelled as a picture's
   (``图片来源:…``).

2. **Layout** (``caption_layout``): the page's paragraphs share an indentation and a
   spacing (the norm of its long lines; of all its lines when it has fewer than two long
   ones), and a short line that breaks the norm — unindented among indented
   paragraphs, indented among flush ones, or set apart by more blank lines than
   paragraphs are — is a caption, when nothing else (heading, byline, notice,
   furniture) claimed it first.  A line without final punctuation qualifies only in a
   group of such lines (captions grouped above the body), since a lone unpunctuated
   line is as likely a subtitle.  A line that only layout marks must also be shaped
   like a caption line, not a paragraph set apart (``caption_layout.
   layout_caption_shaped``): at most ``MAX_LAYOUT_CAPTION`` (60) characters, shorter
   than the page's typical paragraph (the median of its lines of 40 characters or
   more), and no sentence end before its last character.

3. **Runs**: on a page whose paragraphs are spaced apart, a short line glued (no blank
   line) to a caption, above or under it, belongs to the caption block — a caption
   under a caption, a credit line under its caption.

A page whose paragraphs and short lines all share one indentation and one spacing has
*no layout signal*: there, only wording makes a caption, and ``--explain`` says so
instead of guessing.

Lines of other kinds need positive caption evidence (round 11): above the article's first
paragraph, layout alone is no evidence (``caption_layout``: the head's own norm), so a
headline, a byline, a notice or a category there stays what its filter makes of it.

Captions are decided last, among the short lines no other class (furniture, notice,
byline, headline) claimed, and only on positive evidence: wording, or a layout
difference measured against the page's paragraphs.  Layout is no evidence for (round
10): a line *above the article* on a page whose head named no headline (the head, down to
the first byline or the first line long enough to set the norm, is laid out unlike
paragraphs: tool rows, hot searches, a headline with a word glued on;
``structure_body.headless_end``); a line *speaking to the reader* in the second person
outside quoted speech (``如果你想了解更多…，欢迎联系…``: a notice; a caption describes its
picture; ``caption_rejects.addresses_reader``); a byline's *slash field* (``译/…``,
``文/…``).
"""

from __future__ import annotations

from functools import cache

from newsclean.filters.caption_alt import numbered_alt
from newsclean.filters.caption_brackets import (
    DATE_TAIL,
    WIRE,
    agencies,
    bracket_credit,
    caption_cues,
    dated_caption,
    name_only,
)
from newsclean.filters.caption_cell import cell_caption
from newsclean.filters.caption_clock import clock_caption
from newsclean.filters.caption_credit import (
    PERSON_CREDITS,
    bare_credit,
    label_credit,
    reporter_picture,
    signed_credit,
    slash_provider,
    social_page,
)
from newsclean.filters.caption_label import label_caption
from newsclean.filters.caption_layout import (
    LAYOUT_SAMPLE_LENGTH,
    MAX_CAPTION_LENGTH,
    RUN,
    SPACED,
    LineLike,
    PageLayout,
    caption_run,
    ends_as_sentence,
    is_caption_sized,
    layout_caption_shaped,
    layout_differences,
    typical_paragraph,
)
from newsclean.filters.caption_order import (
    order_caption,
    photo_act_caption,
    sitter_caption,
    titled_sitter,
)
from newsclean.filters.caption_prize import prize_credit
from newsclean.filters.caption_reporter import reporter_credit_caption
from newsclean.filters.caption_scene import (
    GATHERING_LAST,
    SITE_OPENINGS,
    bracketed_label,
    ceremony_caption,
    part_caption,
    place_gathering,
    scene_caption,
    seen_label,
    site_caption,
)
from newsclean.filters.caption_sign import credit_before_sign, sign_credit
from newsclean.filters.caption_sources import (
    bulleted_source,
    credit_then_source,
    desk_coded,
    english_tail,
    figure_source,
    is_figure_name,
    platform_picture,
    source_sentence,
    taken_from_line,
)
from newsclean.filters.caption_tail import (
    author_after_stop,
    label_after_stop,
    reporter_label_after_stop,
    reporter_spaced,
    slash_credit,
    spaced_credit,
)
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.realign import LINE_MARKS

__all__ = [
    "LAYOUT_SAMPLE_LENGTH",
    "MAX_CAPTION_LENGTH",
    "RUN",
    "SPACED",
    "WIRE",
    "LineLike",
    "PageLayout",
    "agencies",
    "caption_cue",
    "caption_run",
    "credited_source",
    "ends_as_sentence",
    "is_caption_sized",
    "layout_caption_shaped",
    "layout_differences",
    "typical_paragraph",
]

#: A credited caption may run long (Hong Kong papers).
MAX_CREDITED_CAPTION_LENGTH = 250

# The marks a line opens with as layout (realign.LINE_MARKS: • ● ■ ◆ ◎ ★ ▲…), and stars and
# spaces: stripped before a caption opening is looked for (the ▲ △ ▼ openings are also
# read on the line as printed).
BULLETS = "".join(sorted(LINE_MARKS)) + "*＊ \u3000"
#: Single characters: the line's last character is looked up in them.
CLOSING_BRACKETS = frozenset((")", "）", "】", "]"))
SENTENCE_ENDS = frozenset(("。", "！", "？", "，", "；", "”", "」", "…"))
DATE_REACH = 24
# A picture's position opening the caption: 上图：, 左下圖:, 图1：, 圖二／.
POSITION_OPENING = lazy_regex(
    r"^(?:[上下左右中]{1,2}[图圖]|[图圖](?:[一二三四五六七八九十\d]{1,2}|[①-⑳]))\s*[:：/／;；]"
)
SOURCE = "a figure's caption and the source of its data"
#: The article's source label opening a line: the article's record, not a caption (round 39).
ARTICLE_SOURCE_LABEL = lazy_regex(r"^(?:稿件|信息|文章|新闻|新聞)?[来來]\s?源\s?[:：]")
POSITION_FIRST = frozenset("上下左右中图圖")
DATE_LAST = frozenset("0123456789０１２３４５６７８９日")


@cache
def opening_firsts() -> frozenset[str]:
    """The characters a caption opening can start with."""
    return frozenset(cue[0] for cue in caption_cues()["start"]) | POSITION_FIRST


def caption_cue(text: str) -> str | None:
    """Why ``text`` reads as a caption by its wording, or None.

    >>> caption_cue("7月1日，游客在景区游览。（新华社发）")
    'photo credit at the end: 新华社发'
    >>> caption_cue("在武汉天河机场，医护人员为医疗队送行。新华社记者 陈晔华摄")
    'photo credit at the end: 摄'
    >>> caption_cue("他从小就喜欢拍摄") is None
    True
    """
    line = text.strip()
    if not line or len(line) > MAX_CREDITED_CAPTION_LENGTH:
        return None
    if line[0] in "来來稿信文新" and ARTICLE_SOURCE_LABEL.match(line):
        return None  # 来源:某某网 本报记者 某某文 某某 摄: the article's record (round 39)
    # One mark after a credit read without it: a ? where the encoding lost a letter (供图?,
    # round 34), the caption's stop after a credit a person signs (…记者 赵东辉 摄。, round 36).
    lost = line[-1] == "?" and "\u4e00" <= line[-2:-1] <= "\u9fff"
    stopped = line[-1] == "。" and line[:-1].rstrip().endswith(PERSON_CREDITS)
    if (lost or stopped) and (credit := caption_cue(line[:-1].rstrip())):
        if lost and credit.startswith("photo credit"):
            return credit
        if stopped and (signed := signed_credit(line[:-1].rstrip())) is not None:
            return f"photo credit before the stop: {signed}"
    # The start and credit cues are Han words; only brackets may hold Latin names.
    opening = line.lstrip(BULLETS)
    # One set lookup on the first character before the opening cues are tried.
    firsts = opening_firsts()
    if opening[:1] in firsts or line[:1] in firsts:
        starts = caption_cues()["start"]
        if opening.startswith(starts) or line.startswith(starts):
            cue = next(c for c in starts if opening.startswith(c) or line.startswith(c))
            return f"caption opening: {cue}"
        if POSITION_OPENING.match(opening):
            return "caption opening: picture position"
    if (order := order_caption(opening)) is not None:  # 左起:…、…; 某某(右4)与…合影
        return order
    if (act := photo_act_caption(opening)) is not None:  # 某某主任及理事与某某合影 (round 21)
        return act
    if (sitter := sitter_caption(line) or titled_sitter(line)) is not None:  # 王宗颖总领事
        return sitter  # a portrait's name label (rounds 29, 33)
    if (label := label_caption(opening)) is not None:  # 图说 …, 【照片说明】…
        return label
    if (prize := prize_credit(line)) is not None:  # 攝影比賽冠軍-林國權(高蹺喜洋洋)
        return prize
    if ("/" in line or "／" in line) and slash_credit(line):  # …/國語日報/高修民
        return "photo credit at the end: an outlet and a name after slashes"
    if ("/" in line or "／" in line) and slash_provider(line):  # 華僑新村入口/嘉義縣府提供
        return "photo credit at the end: a provider after a slash"
    if "作者" in line[-10:] and author_after_stop(line):  # ……的牌匾。作者:趙海燕
        return "photo credit at the end: 作者 after the caption's sentence"
    if label_after_stop(line):  # ……会面。 Photo: RNZ, ……。图自越通社
        return "photo credit at the end: a picture label after the caption's sentence"
    if reporter_label_after_stop(line):  # ……欢迎。某某社记者王大明照片 (round 20)
        return "photo credit at the end: a reporter and a picture noun after the sentence"
    if reporter_spaced(line):  # ……绒布冰川。 某某社全媒体记者 张三 李四 (round 28)
        return f"{WIRE}a reporter's credit spaced after the caption"
    if (" " in line or "\u3000" in line) and (credited := credited_source(line)):
        return credited  # 网络截图 来源:《世界报》网站, …视频截图 视频地址 (round 25)
    # Cheap tests first: most lines end with neither a bracket nor a credit word.
    last = line[-1]
    if last in "|｜" and (cell := cell_caption(line)) is not None:  # 某某交流 | (round 30)
        return cell
    if last in CLOSING_BRACKETS:
        inner = bracket_credit(line.lower())
        figure = figure_source(line) if inner is None else None
        if figure is not None:  # a figure's caption, then where its data came from
            return SOURCE if is_figure_name(figure) or caption_cue(figure) else None
        if inner is None:  # a name alone, or an outlet's reporter (caption_reporter)
            if (label := bracketed_label(line)) is not None:  # (顾小杰总领事致辞) (rounds 35, 36)
                return f"a scene: {label}"
            return name_only(line) or reporter_credit_caption(line) or dated_caption(line)
        return inner if inner.startswith(WIRE) else f"photo credit at the end: {inner}"
    if source_sentence(line) or taken_from_line(line) or platform_picture(line):
        return "the picture's source at the end"
    if bulleted_source(line):  # ■……童工。互聯網 (round 29)
        return "the picture's bare source after the caption's sentence"
    if last == "." or "0" <= last <= "9":
        english = english_tail(line)  # a date code, a translation (caption_sources)
        if english is not None:
            return english
        if (alt := numbered_alt(line)) is not None:  # <headline> - 1 (round 38)
            return alt
    if last == "。" and line[-2:-1] in CLOSING_BRACKETS:  # …冰川(无人机照片)。 (round 19)
        inner = bracket_credit(line[:-1].lower())
        if inner is not None and not inner.startswith(WIRE):
            return f"photo credit before the stop: {inner}"
    if (clock := clock_caption(line)) is not None:  # 上午7:30,县城…旁,垂钓… (round 39)
        return clock
    if (seen := seen_label(line)) is not None:  # 现场一角 (r39), 简陋的平房是…办公室 (r42)
        return seen
    if line[:1] == "其" and part_caption(line):  # 其中四條 (round 36)
        return "a scene: a count of what the article counts"
    if line[:1] in SITE_OPENINGS and site_caption(line):  # 在…工程现场 (round 23)
        return "a scene: the place where the picture was taken"
    if last in GATHERING_LAST and place_gathering(line):  # 丁任村群众大会 (round 33)
        return "a scene: a gathering named by its place"
    if ("”" in line or "」" in line or "』" in line or '"' in line) and ceremony_caption(line):
        return "a scene: an opening's act and the quoted name"  # 我县“三中心”揭牌 (round 35)
    if last in SENTENCE_ENDS:  # no credit ends a sentence: 摄:Imagine China, 新华社记者 张三摄
        return "a scene: an event's name" if scene_caption(line) else None
    if last in DATE_LAST:
        if (coded := desk_coded(line)) is not None:  # (图片:…) T02 (caption_sources)
            return caption_cue(coded)
        tail = line[-DATE_REACH:]
        if "摄" in tail or "攝" in tail:  # 中央社記者裴禛攝 111年12月31日
            line = line[:-DATE_REACH] + DATE_TAIL.sub("", tail, count=1)
    if (picture := reporter_picture(line)) is not None:  # …记者彭大伟照片 (round 36)
        return f"photo credit at the end: {picture}"
    if line.endswith(caption_cues()["credit"]):
        credit = bare_credit(line)
        if credit is not None:
            return f"photo credit at the end: {credit}"
    if label_credit(line):  # 摄:Imagine China, 图片来源：新华社 (caption_credit)
        return "photo credit at the end"
    if "©" in line or "Ⓒ" in line:
        if sign := sign_credit(line):
            return sign  # …绒布冰川 © AP (round 22, caption_sign)
        parted = credit_before_sign(line)  # …原因。记者林佳彣／摄影 © AP (round 39, second wave)
        credit = caption_cue(parted[0]) if parted is not None else None
        if parted is not None and credit is not None and credit.startswith("photo credit"):
            return f"{credit}, then the rights holder after the sign: {parted[1]}"
    if social_page(line):  # 檢獲的證物。司警教室FB (caption_credit)
        return "photo credit at the end: a social-media page"
    if (spaced := spaced_credit(line)) is not None:  # ……酱油间。 陈纹洁摄/光明图片 (round 35)
        return f"photo credit spaced after the caption: {spaced}"
    return None


def credited_source(line: str) -> str | None:
    """Why ``line`` is a caption by its credit followed by where the picture came from
    (``caption_sources.credit_then_source``), or None: the part before the space must
    close with a photo credit of its own.

    >>> credited_source("网络截图 来源:《世界报》网站")
    'photo credit at the end: 截图, then where the picture came from'
    >>> credited_source("据新华社报道 来源:新华网") is None
    True
    """
    head = credit_then_source(line)
    if head is None:
        return None
    cue = caption_cue(head)
    if cue is None or not cue.startswith("photo credit at the end"):
        return None
    return f"{cue}, then where the picture came from"
