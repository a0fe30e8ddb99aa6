"""A picture label opening a caption, composed rather than listed (round 19).

**Model (a grammar of the label).**  A caption may open with a label that names what
follows as the picture's description: a *picture noun* (图, 图片, 照片, 相片, with 资料
or 组 before it: 资料图, 组图), then an *explaining word* (说, 说明, 注: 图说, 图片说明,
照片注), then a *separator*: a colon, one to three spaces, or the label set in brackets
(``【图说】``, ``[图片说明]``).  Some description must follow.  The listed openings of
``data/caption_cues.txt`` (图说：, 图片说明:) are this grammar's common forms; composed, the
same label with a space (``图说 布里斯本…``) or in another site's brackets is read too.

A column's or a heading's name glued to its topic (图说天下, 图说新闻) has no separator
and stays; an infographic's title (图解：…) has no explaining word of a caption's and
stays.  The first character is asked first: most lines open with none of the label's.

**Round 22: the picture's own label** (``figure_label``).  The same picture noun needs
no explaining word when what follows it can only name a picture: a *figure number*
(``图1``, ``圖二``, ``图③``, ``图 2``) then a separator and a short title with no clause
mark (``图1 某某系统架构``: a figure's title line), or the noun with a colon of either
width then a description (``图片:摄于某地``, ``照片: 会场一角``); a *bracketed picture
noun alone* on its line (``(圖)``, ``【组图】``) marks where a picture stood.  A word
opening with the noun (图书馆…, 图文直播…), a figure cited in prose with no separator
(``图2显示,…``) or a numbered title going on past a clause mark (``图1 显示了…,说明…``)
stays.

**Round 36: the number glued to its title** (``glued_figure``).  A figure number in
Arabic or circled digits glued to a short title of Han characters (``图1志愿者正在打扫街道
卫生``, a volunteer team's report numbering its pictures) is the same label with its
separator dropped, when the title could not go on a sentence citing the figure: it opens
with no citing word (``data/caption_cues.txt`` kind ``cite``: 显示, 所示, 中, 为, 和…, as in
``图2显示…``, ``图1中…``, ``图1和图2…``) and has no clause mark, at most
``MAX_FIGURE_TITLE`` characters.  Round 36 mend: a title that tells what was done
(``caption_scene.told``: the perfective 了, a sequence's 随后) is the predicate of a sentence
whose subject is the figure (``图2按省份列出了销量排名``, ``图1对比了近五年…变化``): a
picture's title shows one moment and stays a noun phrase or a present act.  A number in
Han numerals is left alone: ``图一时之快`` is a phrase.

**Round 37: a book's figure number** (``FIGURE_NUMBER``): a book numbers its figures by
chapter and section, the parts joined by a dash or a point (``圖 5-4-4:…``, ``图2.3 …``),
and its layout may set a bullet before the label (``■ 圖 5-4-4:民國 95 年…合影 資料來源:…``,
an e-book's figure between its paragraphs); the number still needs its separator
(``图5-4显示,…`` cites it in prose).

**A form's row is no caption** (``form_row``, rounds 31 and 33): a caption carries one
label at most, so a line of two or more labels each with its value is a record's row,
whatever the labels: ``head_lists.is_field_row`` (``主管单位:… 地址:…``), or short Han
labels with a space after the colon (``SPACED_FIELDS``: ``信息分类: 通知   发布机构: 文汇网``, a
disclosure page's index block).  ``caption_layout`` asks it before reading layout.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.caption_default import default_media_title
from newsclean.filters.caption_scene import told
from newsclean.filters.head_lists import is_field_row
from newsclean.filters.lazy_pattern import lazy_regex

#: A label of two to six Han characters, its colon, a space perhaps, and a value.
FIELD = r"\p{Han}{2,6}[:：] ?[^\s:：]{1,40}"
SPACED_FIELDS = lazy_regex(rf"^{FIELD}(?:\s+{FIELD})+$")


def form_row(text: str) -> bool:
    """Two or more labels each with its value: a record's row (module docstring).

    >>> form_row("信息分类: 通知   发布机构: 文汇网"), form_row("图: 会场一角")
    (True, False)
    """
    return is_field_row(text) or SPACED_FIELDS.match(text) is not None


LABEL = lazy_regex(
    r"^(?:[【\[(（]\s{0,2})?(?:资料|資料|组|組)?(?:图片|圖片|照片|相片|图|圖)"
    r"(?:说明|說明|说|說|注|註)"
    r"(?:\s{0,2}[】\])）]\s{0,3}|\s{0,2}[:：]\s{0,3}|[ \u3000]{1,3})(?=\S\S)"
)
LABEL_FIRSTS = frozenset("【[(（资資组組图圖照相")
#: A bullet a layout sets before a picture's label (round 37): ■ 圖 5-4-4:…
LABEL_BULLETS = frozenset("■□●○◆◇•")
NOUN = r"(?:资料|資料|组|組)?(?:图片|圖片|照片|相片|图|圖)"
# 图1 title / 圖二：…: a figure number, then a colon or a space before a short title.
# Round 37: a book numbers its figures by chapter and section, 圖 5-4-4, 图2.3 (a number's
# parts joined by a dash or a point); a bullet may stand before the label (■ 圖 5-4-4:…).
FIGURE_NUMBER = lazy_regex(
    rf"^{NOUN}\s?(?:[0-9]{{1,2}}(?:[-－–.][0-9]{{1,3}}){{0,3}}|[一二三四五六七八九十]{{1,2}}|[①-⑳])"
    r"(?:\s{0,2}[:：]\s{0,3}|[ \u3000]{1,3})(?=\S\S)"
)
NOUN_COLON = lazy_regex(rf"^{NOUN}\s{{0,2}}[:：]\s{{0,3}}(?=\p{{L}}\S)")
NOUN_ALONE = lazy_regex(rf"^[(（【\[]{NOUN}[0-9]{{0,2}}[)）】\]]$")
TITLE_BREAK = lazy_regex(r"[，,；;。！？!?]")
MAX_FIGURE_TITLE = 40


def label_caption(line: str) -> str | None:
    """Why ``line`` opens as a caption by its picture label, or None.

    >>> label_caption("图说 布里斯本海外青年文化大使培训结业式")
    'caption opening: a picture label (图说)'
    >>> label_caption("【照片说明】市长与志工在河堤合影")
    'caption opening: a picture label (照片说明)'
    >>> label_caption("图说天下：一周要闻回顾") is None
    True
    >>> label_caption("■ 圖 5-4-4:民國 95 年主席與同鄉會合影 資料來源:福建省政府")
    'caption opening: a figure number (圖 5-4-4)'
    >>> label_caption("■ 图书馆今日起延长开放时间") is None
    True
    >>> label_caption("图5-4显示,销量上升") is None
    True
    """
    if line[:1] in LABEL_BULLETS:
        line = line[1:].lstrip()  # ■ 圖 5-4-4:…: a bullet before the label (round 37)
    if (default := default_media_title(line)) is not None:
        return default  # 图片默认标题: an editor's default title in the slot (caption_default)
    if line[:1] not in LABEL_FIRSTS:
        return None
    label = LABEL.match(line)
    if label is None:
        return figure_label(line)
    return f"caption opening: a picture label ({label.group().strip(' 　:：【】[]()（）')})"


def figure_label(line: str) -> str | None:
    """Why ``line`` is a picture's own label line (round 22, module docstring), or None.

    >>> figure_label("图3 某某平台的系统架构")
    'caption opening: a figure number (图3)'
    >>> figure_label("照片:摄于某地。某某广场"), figure_label("(圖)")
    ('caption opening: a picture noun and a colon', 'caption opening: a picture noun alone')
    >>> figure_label("图书馆今日起延长开放时间") is None, figure_label("图2显示,销量上升") is None
    (True, True)
    """
    if NOUN_ALONE.match(line):
        return "caption opening: a picture noun alone"
    number = FIGURE_NUMBER.match(line)
    if number is not None:
        title = line[number.end() :]
        colon = ":" in number.group() or "：" in number.group()
        if colon or (len(title) <= MAX_FIGURE_TITLE and TITLE_BREAK.search(title) is None):
            return f"caption opening: a figure number ({number.group().strip(' 　:：')})"
        return None
    if NOUN_COLON.match(line):
        return "caption opening: a picture noun and a colon"
    return glued_figure(line)


# 图1志愿者…: a figure number in digits glued to a title of Han characters (round 36).
GLUED_NUMBER = lazy_regex(rf"^{NOUN}(?:[0-9]{{1,2}}|[①-⑳])(?=\p{{Han}})")


@cache
def cite_words() -> tuple[str, ...]:
    """The words a figure cited in prose is followed by (``data/caption_cues.txt``)."""
    return tuple(data_kinds("caption_cues.txt")["cite"])


def glued_figure(line: str) -> str | None:
    """Why ``line`` is a figure number glued to its title (module docstring), or None.

    >>> glued_figure("图1志愿者正在打扫街道卫生")
    'caption opening: a figure number glued to its title (图1)'
    >>> glued_figure("图2显示销量逐年上升") is None, glued_figure("图1中可以看到,销量上升") is None
    (True, True)
    >>> glued_figure("图2按省份列出了销量排名") is None
    True
    """
    number = GLUED_NUMBER.match(line)
    if number is None:
        return None
    title = line[number.end() :]
    if len(title) > MAX_FIGURE_TITLE or TITLE_BREAK.search(title) or title.startswith(cite_words()):
        return None
    if told(title):  # 图2按省份列出了销量排名: the figure is the sentence's subject
        return None
    return f"caption opening: a figure number glued to its title ({number.group()})"
