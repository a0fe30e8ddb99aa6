"""Recognise page furniture — crumbs, tool and share lines — and the site they name.

Model.  Furniture is a short line made of the page's *own* vocabulary, not of prose
about the world.  Decorating symbols that open a line (``▶``, ``»``, ``👉``, ``★``) are
no part of it.  Seven shapes, tried in order:

1. a bare domain or URL (``tibet.cn``): navigation, and it names the site (the address
   of one document is where the text came from: ``provenance``, a notice);
2. a lead word that introduces a link (``分享到：…``, ``上一篇：<title>``,
   ``▶延伸閱讀：<title>``, ``【相關新聞】<title>``, ``你还可以阅读:【…】``,
   ``当前位置：…``; the lead words are data, kind ``lead``): what follows is the link's text;
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

Round 21: the where-you-are lead of a crumb trail is composed, not listed: a reader (您,
你) perhaps, a time word (当前, 现在, 目前) perhaps, 所在 perhaps, 的 perhaps, 位置 and a
colon (``你目前的位置：…``); something stands before 位置 (``位置：…`` alone labels an
address) and the colon is needed (``目前位置仍未确定`` is a sentence).

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

from newsclean.filters.consent import is_consent
from newsclean.filters.furniture_counters import counter_reason
from newsclean.filters.furniture_frames import unframed
from newsclean.filters.furniture_grammar import (
    COUNTED,
    LABEL_STOPS,
    MIN_COVERAGE,
    furniture_coverage,
    holds_tool,
    label_with_stop,
    lead_openers,
    link_lead,
    long_verb_lead,
    nav_terms,
    spaced_link_lead,
    stdlib,
)
from newsclean.filters.furniture_links import (
    BRACKET_CLOSE,
    ENGLISH_JOINS,
    MIN_ROW_SEGMENTS,
    SEGMENT_SPLIT,
    Coverage,
    bracketed_tool,
    link_row,
    tool_lead,
)
from newsclean.filters.furniture_menu import menu_reason, residue_reason
from newsclean.filters.furniture_meters import is_measure, is_meter, progress_line
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.furniture_pieces import MAX_PIECES_LINE, pieces_line
from newsclean.filters.furniture_promos import promotion
from newsclean.filters.furniture_repeat import repeated_unit
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.provenance import is_document_address
from newsclean.filters.site_speech import CRUMB_ARROWS, header_speech, here_crumb, rooted_trail

NAME = "navigation"
# nav_terms and furniture_coverage live in furniture_grammar; byline and the tests use them
# from here, the module that applies them.
__all__ = ["MAX_FURNITURE_LINE", "NAME", "SITE_NAME", "Furniture"]
__all__ += ["classify_furniture", "furniture_coverage", "nav_terms"]

DOMAIN_LINE = lazy_regex(rf"(?i)^(?:https?://)?({HOST_NAME})(?::\d{{1,5}})?(?:/\S{{0,200}})?$")
# Symbols (arrows ↑↓, stars, boxes) decorate tool rows; they never carry a tool's name.
TOKEN_SPLIT = lazy_regex(r"[\s\u3000【】\[\]「」()（）|｜/·•,，、:：>»＞\p{Sm}\p{So}-]+")
# A counter beside a tool word: 阅读 (1234), 点赞 10万+, 评论 1.2k.
COUNTER_TOKEN = lazy_regex(r"^\d[\d.,]{0,12}(?:[万萬千億亿kKwW])?\+?$")
# ... and its unit, printed apart (网友评论:103 条): one token with the count.
COUNT_UNIT = lazy_re(r"(?<=\d)\s*[条條则則次人篇]")
CLAUSE_SPLIT = lazy_re(r"[,，、;；]+")
PIECE_SPLIT = lazy_re(r"[,，、;；\s\u3000]+")
CRUMB_LEAD = stdlib(
    r"^(?:当前位置|您的位置|您现在的位置|所在位置|本页位置|當前位置|您現在的位置|本頁位置)\s*[:：]?"
)
#: Round 21: the where-you-are lead composed, a reader perhaps, a time word perhaps (儅 is
#: a variant of 當), 所在 perhaps, 的 perhaps, 位置 and a colon (``您当前所在的位置:``,
#: ``你目前的位置：``); something before 位置 (``位置：北京市海淀区`` is an address's label).
CRUMB_LEAD_COMPOSED = stdlib(
    r"^(?:您|你)?(?:现在|現在|当前|當前|儅前|目前)?(?:所在|所處|所处)?的?位置[ ]?[:：]"
)
CRUMB_LEAD_FIRST = frozenset("当您所本當你现現儅目")
CRUMB_SEPARATOR = stdlib(rf"\s*{CRUMB_ARROWS}\s*")
#: A trail's separator, its arrows gone (module docstring, 7): a spaced "?" or a bar.
LOST_OR_BAR_SEPARATOR = stdlib(r"\s+\?\s+|\s*[|｜]\s*")
#: Round 24: an open crumb trail, its root after a list number perhaps, a separator last.
OPEN_CRUMB = stdlib(r"(?:[0-9]{1,2}[.、]\s?)?(.{1,16}?)\s?(?:/|>>|>|»|＞|›)")
SENTENCE_MARKS = lazy_re(r"[。！？；]")
#: Layout padding: a run of spaces between a row's links is one wide space (round 19).
PADDING = stdlib(r"[ \u3000]{3,}")
# A crumb trail's first segment names the site only when it reads like a site's name.
SITE_NAME = lazy_re(r"(?:网|網|报|報|台|社|新闻|新聞)$")
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
#: Crumb segments longer than this are prose, not a trail.
MAX_CRUMB_SEGMENT = 16
#: Tool phrases are judged on short lines only: a tool line is a few words.
MAX_PHRASE_LINE = 40
#: Longest line that a lead word (上一篇：…) may introduce.
MAX_LINK_LINE = 100
MAX_ROW_LINE = 80
#: A tool verb followed by a product name in a tool row: 下载点点通, 下载客户端.
MAX_VERB_TOKEN = 6


@dataclass(frozen=True, slots=True)
class Furniture:
    reason: str  # "nav" or "share"
    site: str | None = None


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
    if repeated_unit(line):
        return Furniture("nav")  # one label printed again and again, at any length
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
    if line[0] in CRUMB_LEAD_FIRST and (
        CRUMB_LEAD.match(line) or CRUMB_LEAD_COMPOSED.match(line) or here_crumb(line)
    ):
        return Furniture("nav")
    if len(line) <= MAX_LINK_LINE:
        openers = lead_openers()
        bare = line
        if line[0] not in openers and not line[0].isalnum():  # ▶延伸閱讀：…
            bare = LEADING_SYMBOLS.sub("", line, count=1)
        if bare[:1] in openers and (link_lead().match(bare) or spaced_link_lead().fullmatch(bare)):
            return Furniture("nav")  # 延伸閱讀：<title>, 繼續閱讀 <title> (round 23)
        if tool_lead(bare):  # 查看完整版本: <title> (round 32)
            return Furniture("nav")
    if len(line) <= MAX_FONT_ROW and FONT_SIZE_ROW.match(line):
        return Furniture("share")
    if (rest := unframed(line)) is not None and (not rest or (inner := classify_furniture(rest))):
        return inner if rest else Furniture("nav")  # a pager, [全文], NEWS 01, 相关文章Related
    if is_consent(lowered) or promotion(line):
        return Furniture("nav")  # a cookie or browser notice, a channel's promotion (round 34)
    if progress_line(line):
        return Furniture("nav")  # 您已閱讀5%(411字),剩余95%…訂閱…: a paywall's meter (round 24)
    if line[-1] in LABEL_STOPS and label_with_stop(line):
        return Furniture("nav")  # 廣告。, Advertisement.: a slot's label closed by a stop
    if SENTENCE_MARKS.search(line) is not None:
        return None  # a sentence: no tool row or phrase ends one (and most prose stops here)
    # The tokens, clauses, segments and the link row share pieces: each is measured once.
    coverage = Coverage()
    tool_row = _tool_row(lowered, coverage)
    if tool_row is not None:
        return Furniture(tool_row)
    menu = menu_reason(line)
    if menu is not None:
        return Furniture(menu)  # a channel bar, a section or issue row
    if counter_reason(line) is not None:
        return Furniture("nav")  # a page statistic: 點閱數：1234, 2 comments:, a row of counts
    if len(line) <= MAX_COUNTER_LINE and _meters_alone(line):
        return Furniture("nav")  # a length and a reading time: 共 5086字,需瀏覽 11分鐘
    # Shapes 4 and 5 need at least one tool phrase or term: one search rules most lines out.
    row_candidate = len(line) <= MAX_ROW_LINE and len(line.split()) >= MIN_ROW_SEGMENTS
    has_tool = (len(line) <= MAX_PHRASE_LINE or row_candidate) and holds_tool(lowered)
    if has_tool and len(line) <= MAX_PHRASE_LINE:
        reason = _covered_clauses(CLAUSE_SPLIT.split(line), coverage)
        if reason is None and SEGMENT_SPLIT.search(line.strip()):
            # spaces part the clauses of a tool line too: 打开网易新闻 查看精彩图片, and
            # with clause marks: 已阅读5页,还剩14页未读 继续免费阅读
            reason = _covered_clauses(SEGMENT_SPLIT.split(line.strip()), coverage)
            if reason is None and CLAUSE_SPLIT.search(line):
                reason = _covered_clauses(PIECE_SPLIT.split(line.strip()), coverage)
        if reason is not None:
            return Furniture(reason)
    if has_tool and line[0] in BRACKET_CLOSE:
        reason = bracketed_tool(line)
        if reason is not None:
            return Furniture(reason)
    if has_tool and row_candidate:
        reason = link_row(line, coverage)
        if reason is not None:
            return Furniture(reason)
    if (" ?" in line or "|" in line or "｜" in line) and _lost_arrow_trail(line):
        return Furniture("nav")
    crumb = OPEN_CRUMB.fullmatch(line) if line[-1] in "/>»＞›" else None
    if crumb is not None and header_speech(crumb.group(1)) == "place":
        return Furniture("nav")  # 1. 新闻首页 /: a trail's root, the rest lost (round 24)
    if not (">" in line or "»" in line or "＞" in line or "›" in line or "→" in line):
        return None  # no crumb separator
    crumbs = [c for c in CRUMB_SEPARATOR.split(line) if c]
    if len(crumbs) >= 2 and all(len(c) <= MAX_CRUMB_SEGMENT for c in crumbs):
        site = crumbs[0] if SITE_NAME.search(crumbs[0]) else None
        return Furniture("nav", site)
    if rooted_trail(crumbs, MAX_CRUMB_SEGMENT):
        return Furniture("nav")  # 導航:首頁 > 源碼編譯 > <headline> (round 30)
    return None


def _meters_alone(line: str) -> bool:
    """Every clause a reading meter (``furniture_menu``): ``共 5086字,需瀏覽 11分鐘``."""
    clauses = [clause for clause in CLAUSE_SPLIT.split(line) if clause.strip()]
    return bool(clauses) and all(is_measure(clause) for clause in clauses)


def _lost_arrow_trail(line: str) -> bool:
    """A crumb trail whose arrows became ``?`` or bars (module docstring, 7).

    >>> _lost_arrow_trail("首頁 ? 新聞頻道 ? 國內新聞"), _lost_arrow_trail("他去了吗 ? 没有")
    (True, False)
    """
    crumbs = LOST_OR_BAR_SEPARATOR.split(line)
    return (
        len(crumbs) >= 2
        and all(0 < len(crumb) <= MAX_CRUMB_SEGMENT for crumb in crumbs)
        and header_speech(crumbs[0]) == "place"
    )


def _tool_row(lowered: str, coverage: Coverage | None = None) -> str | None:
    """The reason of a row of tool tokens, or None.

    Every token is a known term, or — when the row also holds a known term — a tool
    phrase, a tool verb with a short product name (``下载点点通``) or a counter
    (``阅读 (1234)``).

    >>> _tool_row("【评论】【推荐】【 】【打印】【下载点点通】【关闭")
    'share'
    >>> _tool_row("【字體：↑大 ↓小")
    'share'
    >>> _tool_row("阅读 (1234)")
    'nav'
    >>> _tool_row("分享经济 收藏文化") is None
    True
    """
    terms = nav_terms()
    if lowered in terms:
        return terms[lowered]  # a whole message with its own comma: a wiki skin's tagline
    if len(lowered) > MAX_ROW_LINE:
        # prose: checked at its first token (a leading separator leaves an empty piece),
        # without splitting the whole line
        head = [t for t in TOKEN_SPLIT.split(lowered, maxsplit=2)[:2] if t]
        if not head or head[0] not in terms:
            return None
    counted = COUNT_UNIT.sub("", lowered) if "条" in lowered or "條" in lowered else lowered
    tokens = [t for t in TOKEN_SPLIT.split(counted) if t]
    if not tokens or (tokens[0] not in terms and len(lowered) > MAX_ROW_LINE):
        return None  # prose: checked at its first token, as cheaply as before the rows
    known = [t for t in tokens if t in terms]
    if not known:
        return None
    reasons = {terms[t] for t in known}
    measured = Coverage() if coverage is None else coverage
    for token in tokens:
        if token in terms or (token in ENGLISH_JOINS and len(known) > 1):
            continue  # Bookmark and Share, Print & Email: buttons joined by a conjunction
        if len(tokens) < 2:
            return None
        if COUNTER_TOKEN.match(token):
            continue
        if not _is_tool_token(token, measured):
            return None
        reasons.add(measured[token][1])
    return "share" if "share" in reasons else "nav"


def _is_tool_token(token: str, coverage: Coverage) -> bool:
    if len(token) <= MAX_VERB_TOKEN and long_verb_lead().match(token):
        return True
    return coverage[token][0] >= MIN_COVERAGE


def _covered_clauses(clauses: list[str], coverage: Coverage | None = None) -> str | None:
    """The reason when every clause of a line is covered by furniture, else None.

    A clause that is a tool verb with a short name (``返回搜狐``) counts when another
    clause is covered outright.

    >>> _covered_clauses(["生成图片", "分享到微信朋友圈"])
    'share'
    >>> _covered_clauses(["返回搜狐", "查看更多"])
    'nav'
    >>> _covered_clauses(["打开窗口通风", "关闭燃气阀门"]) is None
    True
    """
    measured = Coverage() if coverage is None else coverage
    reasons = set()
    for clause in clauses:
        if not COUNTED.search(clause):
            continue
        if is_meter(clause):  # 已阅读5页, 还剩14页未读
            reasons.add("nav")
            continue
        covered, reason = measured[clause]
        if covered >= MIN_COVERAGE:
            reasons.add(reason)
        elif len(clause) > MAX_VERB_TOKEN or not long_verb_lead().match(clause.lower()):
            return None
    if not reasons:
        return None
    return "share" if "share" in reasons else "nav"
