"""Lines of other kinds that their layout alone must not make captions (the rejects of
``caption_layout.layout_caption_shaped``): a caption describes its picture, in the third
person, as one description crediting the picture alone.

*The reader addressed* (``addresses_reader``): 你, 您 outside quoted speech (a notice's
voice); round 13: the writer with the reader, ``当我们谈论…时``, and the site naming
itself, ``本部落格的文章…``.  *A byline*: a label crediting the text and the pictures
together (``JOINT_CREDIT``, ``图、文:吴升儒、王定传,…``), a byline's slash field
(``LABEL_SLASH``, ``译/…``), a row of role credits (round 30, ``ROLE_ROW``, ``文‧海涵 图‧岳雷``).
*A theme's words*: a run of kana (``KANA_RUN``).  *A discourse connective* opening the
line (``connectives``, kind ``connective`` of ``data/caption_cues.txt``: the article's
argument goes on).

Round 16: a *row of fields* (``FIELD_SEPARATOR``: items joined by a separator set between
spaces, ``中外网 - 关注中外最新动态!``, ``评论提交者 | Posted by 雪梅 (IP: …)``): a site's title
bar or a comment's record, where a caption is one description.

Round 14: a line of a page's *record fields* (``record_fields``): two or more metadata
labels of ``labels`` with their values (``海涵 (发表日期:… 阅读人次:1003 回复数:0)``, a forum
post's byline row) are the page's metadata; a caption carries one label at most
(``图:…``).  Round 22: so are two or more *counts in brackets*, each after a short word
(``留言(1) 人气(68)``, a post's activity); a person's place in a bracket, ``(右2)``, is no count.

Round 37 (second wave): the site *inviting the reader to act on the page* (欢迎 and an act
on it: 分享, 订阅, 关注, 转载: ``即起免費看《蘋果新聞網》 歡迎分享``) is the reader addressed; and
a *notice* (``notice.is_notice`` as at the foot: ``…转载请保留快递新闻网链接。``) states the
site's terms, whatever the layout (``caption_layout``).

Round 36 (second wave): *a question* (``QUESTION_ENDS``, a line closed by a question
mark: ``重庆的美,美在哪里?``): the writer asking the reader, a dek's or a section's
rhetoric; a caption says what its picture shows.  An *edition line* (``edition_line``):
a print edition's page (``byline_paper``'s page mark, ``第 06 版``, ``A3版``) and a date,
with no clause mark (``《 中评社 》( 2024年02月03日 第 06 版)``): where and when the text
ran in print, a byline's record; a caption saying a page carried a story has its verb
and its commas.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.byline_paper import NUMBERED, PAGE_WORDS
from newsclean.filters.charmodel import KANA
from newsclean.filters.labels import is_label, label_pattern
from newsclean.filters.lazy_pattern import HAN_SCRIPT, WHITE_SPACE, lazy_re, lazy_regex
from newsclean.filters.marks import CLAUSE_MARKS, STOP_MARKS

# A credit label for the text and the pictures together (图、文:, 文/图:, 文字/摄影:): the
# article's byline.  A caption credits its picture alone.
JOINT_CREDIT = lazy_regex(
    r"^(?:(?:图|圖|摄影|攝影)\s?[、/／与與和及]?\s?(?:文字|文)"
    r"|(?:文字|文)\s?[、/／与與和及]?\s?(?:图片|圖片|图|圖|摄影|攝影))\s?[:：/／]"
)
# A caption describes its picture and never speaks to the reader: a line in the second
# person (你, 您, 妳) outside quoted speech is a notice or the site's speech
# (如果你想了解更多…，欢迎联系…).  A label and a slash opening the line is a byline's
# field (文/, 译/, 记者／; a picture's label, 图/, is a caption cue and read before).
# Round 13: the writer speaking with the reader (我们, 咱们: 当我们谈论…时, a spun
# sentence's voice) and the site naming itself (本站, 本网站, 本文, 本部落格: a notice)
# are the same voice; a caption says what its picture shows in the third person (我国,
# 我市 are places, not a voice; 本网记者 is the site's reporter at work, no voice).
# Round 37: the site inviting the reader to act on the page (欢迎分享, 歡迎訂閱: 即起免費看
# 《某某新聞網》 歡迎分享) is the same voice, the reader its object unnamed.
SECOND_PERSON = lazy_re(
    r"[你您妳]|大家好|我们|我們|咱们|咱們|本站|本網站|本网站|本文|本部落格|本博客"
    r"|(?:欢迎|歡迎)(?:分享|转发|轉發|转载|轉載|订阅|訂閱|关注|關注|留言|收看|收听|收聽|点击|點擊)"
)
QUOTED = lazy_regex(r"[“「『《][^“”「」『』《》]*[”」』》]")
# Round 30: a row of role credits (``文‧海涵 图‧岳雷``: the byline of the text and the
# pictures) and a run of kana (a theme's ``…故事 はコメントを受け付けていません。``): no caption.
ROLE = r"(?:文字|文|图片|图|圖|摄影|攝影)\s?"
ROLE_PIECE = lazy_regex(r"(?:^|\s)" + ROLE + r"[‧·・/／]")
ROLE_ROW = lazy_regex(rf"^(?:{ROLE}[‧·・/／:：]\s?\p{{Han}}{{2,4}}(?:\s{{1,3}}|$)){{2,4}}$")
KANA_RUN = lazy_re(f"[{KANA}]{{3}}")  # three kana letters; ・・・ is an ellipsis
LABEL_SLASH = lazy_re(f"^[{HAN_SCRIPT}]{{1,4}}[{WHITE_SPACE}]?[/／]")
# Round 16: a caption is one description; a separator set between spaces (|, -, _)
# joins the fields of a row: a site's title bar (中外网 - 关注中外最新动态!), a comment's
# record (评论提交者 | Posted by 雪梅 (IP: …)).
FIELD_SEPARATOR = lazy_regex(r"\s[|｜_-]\s")
BRACKETED_COUNT = lazy_regex(r"[^\s\d()（）]{1,6}\s?[(（]\s?\d{1,9}\s?[)）]")

#: A record of the page's fields carries this many labels at least (发表日期:…阅读人次:…).
MIN_RECORD_FIELDS = 2


def record_fields(text: str) -> bool:
    """Two or more metadata labels with their values: a record's fields (docstring).

    >>> record_fields("海涵 (发表日期:Sat Feb  3 00:20:17 2024 阅读人次:1003 回复数:0)")
    True
    >>> record_fields("图:蕾特诺与蓬佩奥资料图片"), record_fields("华侨新村入口")
    (False, False)
    """
    if counts_record(text):
        return True  # 留言(1) 人气(68): the post's counts (round 22)
    found = 0
    for match in label_pattern().finditer(text):
        if match.group("punct") is not None and is_label(match):
            found += 1
            if found >= MIN_RECORD_FIELDS:
                return True
    return False


def counts_record(text: str) -> bool:
    """Two or more counts in brackets after short words: a post's activity (round 22)."""
    if ")" not in text and "）" not in text:
        return False  # most lines hold no bracket: no regex run
    return len(BRACKETED_COUNT.findall(text)) >= MIN_RECORD_FIELDS


def addresses_reader(text: str) -> bool:
    """The line speaks to the reader in the second person, as the writer with the reader
    (我们) or as the site (本站, 本文), outside quoted speech and titles (round 13).

    >>> addresses_reader("如果你想了解更多关于本网，欢迎联系本网。")
    True
    >>> addresses_reader("市民高呼「你好，香港」迎接选手。")
    False
    >>> addresses_reader('当我们谈论"国产精品"时,总绕不开"产区"这个核心概念。')
    True
    >>> addresses_reader("本部落格的文章及其回复，不代表本所的正式法律意见。")
    True
    >>> addresses_reader("我国首艘国产航母在大连下水。")
    False
    >>> addresses_reader("即起免费看《苹果新闻网》 欢迎分享")
    True
    >>> addresses_reader("市民夹道欢迎选手归来")
    False
    """
    return SECOND_PERSON.search(text) is not None and (
        SECOND_PERSON.search(QUOTED.sub("", text)) is not None
    )


@cache
def connectives() -> tuple[str, ...]:
    """Discourse connectives (``data/caption_cues.txt``, kind ``connective``)."""
    return tuple(cue for kind, cue in data_lines("caption_cues.txt") if kind == "connective")


#: A question closes the line with one of these (round 36): the question marks, either width.
QUESTION_ENDS = ("?", "？")
#: A print edition's page: 第 06 版, 第A15版, A3版, 12版.
EDITION_PAGE = lazy_regex(rf"(?:{NUMBERED}|[A-Z]{{0,2}}\d{{1,3}}\s?)[{PAGE_WORDS}]")
EDITION_DATE = lazy_regex(r"\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}")
#: An edition line has no clause: none of the marks that part clauses or close
#: sentences (``marks``).
CLAUSE = lazy_regex(f"[{CLAUSE_MARKS}{STOP_MARKS}]")


def edition_line(text: str) -> bool:
    """A print edition's page and a date with no clause (module docstring, round 36).

    >>> edition_line("《 中评社 》( 2024年02月03日 第 06 版)")
    True
    >>> edition_line("人民日报 2024-02-03 A3版")
    True
    >>> edition_line("2月3日,《人民日报》第5版刊登了这张照片。")
    False
    """
    return (
        ("版" in text or "页" in text or "頁" in text)
        and EDITION_PAGE.search(text) is not None
        and EDITION_DATE.search(text) is not None
        and CLAUSE.search(text) is None
    )
