"""Recognise page furniture — crumbs, tool and share lines — and the site they name.

Model.  Furniture is a short line made of the page's *own* vocabulary, not of prose
about the world.  Decorating symbols that open a line (``▶``, ``»``, ``👉``, ``★``) are
no part of it.  Seven shapes, tried in order:

1. a bare domain or URL (``tibet.cn``): navigation, and it names the site (the address
   of one document is where the text came from: ``provenance``, a notice);
2. a lead word that introduces a link (``分享到：…``, ``上一篇：<title>``,
   ``▶延伸閱讀：<title>``, ``【相關新聞】<title>``, ``你还可以阅读:【…】``,
   ``当前位置：…``; the lead words are data, kind ``lead``): what follows is the link's text;
   round 36, a reading lead glued to its headline (``继续阅读<title>``, no clause mark);
3. a row of tool tokens (``【打印】【关闭】``, ``【字号 大 中 小】``, ``A A A``, ``T|T``):
   every token is a known term (``data/nav_terms.txt``) — or, when the row holds a known
   term, a tool phrase, a tool verb with a short product name (``【下载点点通】``) or a
   counter (``阅读 (1234)``, ``点赞 10万+``).  Decorating symbols (``【字體：↑大 ↓小``,
   ``★推荐★``) are separators, never a tool's name; an English conjunction joins two
   known words (``Bookmark and Share``: ``furniture_links.ENGLISH_JOINS``, round 19);
4. a tool *phrase* from the grammar of ``furniture_grammar`` (verb, object, modifier,
   platform, place, click and link words in ``data/furniture_phrases.txt``):
   ``扫一扫|在手机|打开|当前页``, ``歡迎|訂閱|電子報``, ``加入|自由時報|LINE好友``,
   ``請至|Edge官網|下載``, ``在APP內|打開``, ``点击关注|联合早报``.  A line is furniture
   when such phrases and known terms *cover* at least ``MIN_COVERAGE`` of the letters of
   each of its clauses (``furniture_coverage``, clauses split at ，、；): a sentence that
   merely mentions 扫码 or 下載 is mostly other words and stays (``他下載了這個應用程式``:
   an aspect particle or a demonstrative never stands inside a tool phrase), and so does
   a line with one uncovered clause (``打开窗口通风，关闭燃气阀门``).  Beside a covered
   clause, a clause that is a tool verb and a short name counts (``返回搜狐，查看更多``);
5. a bracketed tool phrase and its short label (``[啟動LINE推播] 每日重大新聞通知``); a
   lone tool word in brackets is a section tag (``【关注】…``) and stays;
6. a *link row* of three or more short space-separated segments (``不用抽 不用搶
   現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法``): furniture when at least
   half its segments are tool phrases — links among slogans;
7. a breadcrumb trail (``国内 > 社会``) of short segments; its arrows may be lost to ``?``
   by the page's encoding (``首頁 ? 新聞頻道 ? 國內新聞``): a spaced ``?`` parts the
   trail when its first segment is a home place of the site (``site_speech``: 首页, a
   ``place`` word alone) -- a question mark stands right after its clause, and no
   question opens with 首页; round 31, bars part such a trail too (``首页 | 新闻头条``);
8. a *menu* of short items parted by bars, slashes or spaces, most of them channel names,
   tool terms or an issue number (``要聞 | 時政 | 本網快訊 | …``, ``2023/02/11 第8072期 |
   訂閱/退訂 | 看歷史報份``), and a *reading meter* (``已阅读5页,还剩14页未读``) as a covered
   clause of a tool line; first of all, *residue* (``:::``, empty tags, ``--- 主管 ---``):
   ``furniture_menu`` states the three models and their bounds; and a *labelled row*, a
   label of search words or tags, a colon and a row of short items (``熱門: 黃子佼 徐巧芯
   地震``, ``标签：经济 | 民生``), the label speaking for items no vocabulary knows.

Round 19: a run of three spaces or more is layout padding between a row's links, read as one
wide space (``打印版      [推荐此文给朋友]``); shapes 5 and 6 are in ``furniture_links``.
Round 34: a broadcaster's promotion (``furniture_promos``), anywhere, as a consent notice.
Round 36 (second wave): a picture's source label with an address alone after its colon
(``图片源于:https://…``, ``data/furniture_phrases.txt`` kind ``picture_source``) is a link;
a call to follow the account the click points at (``↑ 點擊上方“某號”關注我們``,
``furniture_click.follow_call``) is a share tool.
Round 38: an empty or young comment box's *call* (``furniture_comment_calls``: ``留言衝人氣
2則留言``, ``無任何留言,趕緊搶頭香!``), asked before the sentence test.
Round 36: a *delivery notice* (``consent.is_delivery``), anywhere, as a consent notice: the
site asking the reader about the page's loading, browser, reading mode or address.

Round 35, split by job: this module is the order the shapes are tried in; the tool rows
and tool lines of shapes 3 and 4 are ``furniture_tools``, the crumb trails of shape 7 (the
where-you-are lead, round 21; the open trail, round 24; the rooted trail, round 30) are
``furniture_crumbs``.

Round 10, what these shapes share.  A furniture line is short and made of tool and
section words and link-sized items: a label, a colon and a row of short items (shape 8);
a row of 2-4 character words parted by spaces or bars, no sentence mark, each a tool of a
reader or a viewer (``目录 索引 查找 书签``: shape 3, the words in ``data/nav_terms.txt``);
a verb of reading, downloading or sharing and its object, a file's format among the
objects (``下载PDF``, ``PDF下载``: shape 4).  It is judged by how much of the line the
furniture vocabulary and the row's shape cover, never by a sentence of the article: a
heading (``一、主要做法``), a one-line paragraph, or names listed in a sentence after a
colon of its own (``出席会议的有：张三 李四``) stay.  Round 11 adds vocabulary, not shapes:
an archive heading (``類別歸檔: 新聞``), a zero counter (``沒有留言:``), a search box or a
medium closing a label (``內文搜尋``, ``完整訪談內容Podcast``), an image's stand-in (``No
Picture``); ``page_head`` takes the site's welcome banner anywhere (``site_speech``).
Round 12 (``furniture_frames``): frames around a word of navigation, a pager's page count
in brackets beside reading words (``在本页阅读全文(共19页)``), a button alone (``[全 文]``),
an item counter (``NEWS 01``); ``site_lines`` judges related links and English chrome.

A *deictic link* — a click verb that points at itself (``点我``, ``按我``, ``点击这里``;
not ``按此``, which reads "according to this" in prose), or a click verb and a tool verb
(``点击关注``) — makes the rest of its segment a link's label: ``按我看活動辦法`` and
``点这里查看详情`` are covered whole.

Round 24: an *open crumb trail*, the path's root (a place word of ``site_speech``, 首页, 新闻首页)
after a list number perhaps and a separator closing the line (``1. 新闻首页 /``): the links after it
were lost. A paywall's *progress meter* (``您已閱讀5%(411字),剩余95%(7488字)…訂閱以繼續…``,
``furniture_meters.progress_line``) is asked before the sentence test, as its offer closes with
a full stop. Round 25: a *tool label closed by a stop* (``廣告。``:
``furniture_grammar.label_with_stop``) is asked before the sentence test; the grammar composes
more pieces (its docstring). Round 30: a trail read from its root to the headline
(``site_speech.rooted_trail``). Round 32: a tool phrase leading a link (``查看完整版本: <title>``,
``furniture_links.tool_lead``). The reason is ``share`` when a share/tool word took part (print,
share, subscribe, open in the app), else ``nav``. Byline labels (``责任编辑：…``) are not furniture:
they are metadata, and this module has no word for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsclean.filters.consent import is_consent, is_delivery
from newsclean.filters.furniture_click import MAX_CLICK_LINE, follow_call
from newsclean.filters.furniture_comment_calls import MAX_CALL_LINE, comment_call
from newsclean.filters.furniture_counters import counter_reason
from newsclean.filters.furniture_crumbs import (
    SITE_NAME,
    arrow_trail,
    lost_arrow_trail,
    menu_cell,
    open_trail,
    where_you_are,
)
from newsclean.filters.furniture_diagnostics import FIRSTS as DIAGNOSTIC_FIRSTS
from newsclean.filters.furniture_diagnostics import diagnostic_line
from newsclean.filters.furniture_frames import unframed
from newsclean.filters.furniture_grammar import (
    LABEL_STOPS,
    furniture_coverage,
    holds_tool,
    label_with_stop,
    lead_openers,
    link_lead,
    nav_terms,
    phrase_grammar,
    spaced_link_lead,
    stdlib,
)
from newsclean.filters.furniture_links import (
    BRACKET_CLOSE,
    MIN_ROW_SEGMENTS,
    Coverage,
    bracketed_tool,
    glued_link_lead,
    link_row,
    tool_lead,
)
from newsclean.filters.furniture_menu import menu_reason
from newsclean.filters.furniture_meters import progress_line
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.furniture_pieces import MAX_PIECES_LINE, pieces_line
from newsclean.filters.furniture_promos import promotion
from newsclean.filters.furniture_repeat import repeated_unit
from newsclean.filters.furniture_residue import residue_reason
from newsclean.filters.furniture_tools import (
    MAX_ROW_LINE,
    MEMBER_OPENINGS,
    covered_line,
    member_call,
    meters_alone,
    tool_row,
)
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.notice import notice_text
from newsclean.filters.provenance import is_document_address

NAME = "navigation"
# nav_terms and furniture_coverage live in furniture_grammar; byline and the tests use them
# from here, the module that applies them.
__all__ = ["MAX_FURNITURE_LINE", "NAME", "SITE_NAME", "Furniture"]
__all__ += ["classify_furniture", "furniture_coverage", "nav_terms"]

DOMAIN_LINE = lazy_regex(rf"(?i)^(?:https?://)?({HOST_NAME})(?::\d{{1,5}})?(?:/\S{{0,200}})?$")
#: Round 36: a picture's source label's colon (``图片源于:``), an address alone after it.
LABEL_COLON = stdlib(r"\s?[:：]\s?")
SENTENCE_MARKS = lazy_re(r"[。！？；]")
#: Layout padding: a run of spaces between a row's links is one wide space (round 19).
PADDING = stdlib(r"[ \u3000]{3,}")
SHARE_LEAD = ("分享到", "分享至", "分享：", "分享:")
# Symbols and bullets that may open a furniture line: ▶ 延伸閱讀 / » 看更多 / 👉 追蹤我們.
LEADING_SYMBOLS = lazy_regex(r"^[\s\p{So}\p{Sm}\p{Sk}※*＊•·●■◆▪►▸>»]+")
# The font-size row: 字号：大 中 小 / A A A / 字号：T|T / 字體: 放大 還原 縮小.
FONT_SIZE_ROW = lazy_regex(
    r"^[【\[]?(?:字号|字號|字体|字體|文字大小)?\s*[:：]?\s*(?:[AaＡTＴ][+\-＋－]?[\s|｜]*){2,3}[】\]]?$"
)
MAX_FONT_ROW = 16
MAX_COUNTER_LINE = 24

#: No furniture line is longer than this (stripped): longer is content.
MAX_FURNITURE_LINE = 200
#: Tool phrases are judged on short lines only: a tool line is a few words.
MAX_PHRASE_LINE = 40
#: Longest line that a lead word (上一篇：…) may introduce.
MAX_LINK_LINE = 100


@dataclass(frozen=True, slots=True)
class Furniture:
    reason: str  # "nav" or "share"
    site: str | None = None


@cache
def _picture_labels() -> tuple[str, ...]:
    return tuple(phrase_grammar()["picture_source"])


def _picture_address(lowered: str) -> bool:
    """A picture's source label and an address alone after its colon (round 36)."""
    label = next((label for label in _picture_labels() if lowered.startswith(label)), None)
    colon = None if label is None else LABEL_COLON.match(lowered, len(label))
    return colon is not None and DOMAIN_LINE.fullmatch(lowered[colon.end() :]) is not None


def classify_furniture(text: str) -> Furniture | None:
    """The kind of page furniture ``text`` is, or None for content.

    >>> classify_furniture("tibet.cn")
    Furniture(reason='nav', site='tibet.cn')
    >>> classify_furniture("分享到：微信 微博") .reason
    'share'
    >>> classify_furniture("返回顶部").reason, classify_furniture("打开APP阅读全文").reason
    ('nav', 'share')
    >>> classify_furniture("湖北援藏企业的工人正在组装制氧机。") is None
    True
    """
    line = text.strip()
    if not line:
        return None
    if ("(" in line or "（" in line) and (read := notice_text(line)) != line:
        return classify_furniture(read)  # a mirror's toned gloss on a tool word: 舉報(bào)
    if repeated_unit(line):
        return Furniture("nav")  # one label printed again and again, at any length
    if line[0] in DIAGNOSTIC_FIRSTS and diagnostic_line(line):
        return Furniture("nav")  # Notice: … in /var/www/…/functions.php on line 6114, any length
    if len(line) > MAX_FURNITURE_LINE:
        return None
    if "   " in line or "\u3000" in line:
        line = PADDING.sub("  ", line)  # 打印版                  [推荐此文给朋友]
    if (residue := residue_reason(line)) is not None:
        return Furniture(residue)  # no text of its own: ::: , a tag, --- 主管 ---
    if len(line) <= MAX_PIECES_LINE and pieces_line(line):
        return Furniture("nav")  # 阿某 發表在 某站 留言(1), Image hosted by host.com (round 22)
    domain = DOMAIN_LINE.match(line) if "." in line else None  # no dot, no domain
    if domain and not line.replace(".", "").isdigit() and not is_document_address(line):
        return Furniture("nav", domain.group(1).lower())
    lowered = line.lower()
    if lowered.startswith(SHARE_LEAD):
        return Furniture("share")
    if "." in line and _picture_address(lowered):
        return Furniture("nav")  # 图片源于:https://…: where a picture came from, a link
    if where_you_are(line):
        return Furniture("nav")  # 当前位置：… (furniture_crumbs)
    if len(line) <= MAX_LINK_LINE:
        openers = lead_openers()
        bare = line
        if line[0] not in openers and not line[0].isalnum():  # ▶延伸閱讀：…
            bare = LEADING_SYMBOLS.sub("", line, count=1)
        if bare[:1] in openers and (
            link_lead().match(bare)
            or spaced_link_lead().fullmatch(bare)
            or glued_link_lead().fullmatch(bare)
        ):
            return Furniture("nav")  # 延伸閱讀：<title>, 繼續閱讀 <title> (round 23), glued (36)
        if tool_lead(bare):  # 查看完整版本: <title> (round 32)
            return Furniture("nav")
    if len(line) <= MAX_FONT_ROW and FONT_SIZE_ROW.match(line):
        return Furniture("share")
    if (rest := unframed(line)) is not None and (not rest or (inner := classify_furniture(rest))):
        return inner if rest else Furniture("nav")  # a pager, [全文], NEWS 01, 相关文章Related
    if is_consent(lowered) or promotion(line) or is_delivery(line):
        return Furniture("nav")  # a cookie or browser notice, a promotion, a delivery notice
    if progress_line(line):
        return Furniture("nav")  # 您已閱讀5%(411字),剩余95%…訂閱…: a paywall's meter (round 24)
    if line[-1] in LABEL_STOPS and label_with_stop(line):
        return Furniture("nav")  # 廣告。, Advertisement.: a slot's label closed by a stop
    if len(line) <= MAX_CLICK_LINE and follow_call(line):
        return Furniture("share")  # ↑ 點擊上方“某號”關注我們: follow the account (round 36)
    if len(line) <= MAX_CALL_LINE and comment_call(line):
        return Furniture("share")  # 無任何留言,趕緊搶頭香!: a comment box's call (round 38)
    if line[:1] in MEMBER_OPENINGS and member_call(line):
        return Furniture("nav")  # 马上注册,结交更多好友,…社区。: a guest banner (round 39)
    if SENTENCE_MARKS.search(line) is not None:
        return None  # a sentence: no tool row or phrase ends one (and most prose stops here)
    # The tokens, clauses, segments and the link row share pieces: each is measured once.
    coverage = Coverage()
    row = tool_row(lowered, coverage)
    if row is not None:
        return Furniture(row)
    menu = menu_reason(line)
    if menu is not None:
        return Furniture(menu)  # a channel bar, a section or issue row
    if counter_reason(line) is not None:
        return Furniture("nav")  # a page statistic: 點閱數：1234, 2 comments:, a row of counts
    if len(line) <= MAX_COUNTER_LINE and meters_alone(line):
        return Furniture("nav")  # a length and a reading time: 共 5086字,需瀏覽 11分鐘
    # Shapes 4 and 5 need at least one tool phrase or term: one search rules most lines out.
    row_candidate = len(line) <= MAX_ROW_LINE and len(line.split()) >= MIN_ROW_SEGMENTS
    has_tool = (len(line) <= MAX_PHRASE_LINE or row_candidate) and holds_tool(lowered)
    if has_tool and len(line) <= MAX_PHRASE_LINE and (reason := covered_line(line, coverage)):
        return Furniture(reason)  # every clause a tool phrase: 打开网易新闻 查看精彩图片
    if has_tool and line[0] in BRACKET_CLOSE:
        reason = bracketed_tool(line)
        if reason is not None:
            return Furniture(reason)
    if has_tool and row_candidate:
        reason = link_row(line, coverage)
        if reason is not None:
            return Furniture(reason)
    if lost_arrow_trail(line) or open_trail(line) or menu_cell(line):
        return Furniture("nav")  # 首頁 ? 新聞頻道, 1. 新闻首页 /, 看扬中 | (furniture_crumbs)
    trail, site = arrow_trail(line)
    return Furniture("nav", site) if trail else None
