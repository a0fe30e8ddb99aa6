"""Tool rows and tool lines: the reader's and the viewer's tools, covered by the furniture
vocabulary (split from ``navigation`` in round 35; ``navigation.classify_furniture`` asks
these in its order, shapes 3 and 4 of its docstring).

Model.  A *row of tool tokens* (``【打印】【关闭】``, ``【字号 大 中 小】``, ``阅读 (1234)``):
every token is a known term (``data/nav_terms.txt``), or, when the row holds a known
term, a tool phrase, a tool verb with a short product name (``【下载点点通】``) or a counter
(``阅读 (1234)``, ``点赞 10万+``).  Decorating symbols (``【字體：↑大 ↓小``, ``★推荐★``) are
separators, never a tool's name; an English conjunction joins two known words (``Bookmark
and Share``).  A *tool line* of clauses (``furniture_grammar.furniture_coverage``): every
clause, split at ，、；, then at spaces (``打开网易新闻 查看精彩图片``), then at both, is
covered by tool phrases and terms for ``MIN_COVERAGE`` of its letters, or is a reading
meter (``已阅读5页``); a clause that is a tool verb and a short name counts beside a
covered one (``返回搜狐，查看更多``); a line with one uncovered clause stays (``打开窗口通风，
关闭燃气阀门``).  A line whose every clause is a measure (``共 5086字,需瀏覽 11分鐘``) is a
reading meter.  The reason is ``share`` when a share or tool word took part, else ``nav``.
"""

from __future__ import annotations

from newsclean.filters.furniture_grammar import COUNTED, MIN_COVERAGE, long_verb_lead, nav_terms
from newsclean.filters.furniture_links import ENGLISH_JOINS, SEGMENT_SPLIT, Coverage
from newsclean.filters.furniture_meters import is_measure, is_meter
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

# Symbols (arrows ↑↓, stars, boxes) decorate tool rows; they never carry a tool's name.
TOKEN_SPLIT = lazy_regex(r"[\s\u3000【】\[\]「」()（）|｜/·•・‧,，、:：>»＞\p{Sm}\p{So}-]+")
# A counter beside a tool word: 阅读 (1234), 点赞 10万+, 评论 1.2k.
COUNTER_TOKEN = lazy_regex(r"^\d[\d.,]{0,12}(?:[万萬千億亿kKwW])?\+?$")
# ... and its unit, printed apart (网友评论:103 条): one token with the count.
COUNT_UNIT = lazy_re(r"(?<=\d)\s*[条條则則次人篇]")
CLAUSE_SPLIT = lazy_re(r"[,，、;；]+")
PIECE_SPLIT = lazy_re(r"[,，、;；\s\u3000]+")
MAX_ROW_LINE = 80
#: A tool verb followed by a product name in a tool row: 下载点点通, 下载客户端.
MAX_VERB_TOKEN = 6


#: Round 39: a forum's guest banner opens with an urge to join (Discuz's template, its
#: purposes the site's own words: 马上注册,结交更多好友,享用更多功能 by default;
#: 马上注册,参与互动,展示风采 on bbs.izhwy.com), then a few short clauses of what members do.
MEMBER_CALL = lazy_re(r"(?:马上|馬上|立即)(?:注册|註冊|登录|登錄)")
MEMBER_PURPOSE = lazy_re(r"[\u4e00-\u9fff]{2,10}[。!！]?")
MAX_MEMBER_CLAUSES = 4
#: The first letters of the urges: most lines are passed over by one membership test.
MEMBER_OPENINGS = "马馬立"


def member_call(line: str) -> bool:
    """A forum's guest banner: the urge to join, then one to three short clauses.

    >>> member_call("马上注册,参与互动,展示风采"), member_call("马上注册,结交更多好友,享用更多功能")
    (True, True)
    >>> member_call("马上注册的用户,可在明天前领取补贴"), member_call("马上注册")
    (False, False)
    """
    clauses = [clause.strip() for clause in CLAUSE_SPLIT.split(line)]
    return (
        2 <= len(clauses) <= MAX_MEMBER_CLAUSES
        and MEMBER_CALL.fullmatch(clauses[0]) is not None
        and all(MEMBER_PURPOSE.fullmatch(clause) for clause in clauses[1:])
    )


def covered_line(line: str, coverage: Coverage) -> str | None:
    """The reason when every clause of ``line`` is covered (module docstring): parted by
    clause marks, else by spaces (``打开网易新闻 查看精彩图片``), else by both
    (``已阅读5页,还剩14页未读 继续免费阅读``)."""
    reason = covered_clauses(CLAUSE_SPLIT.split(line), coverage)
    if reason is None and SEGMENT_SPLIT.search(line.strip()):
        reason = covered_clauses(SEGMENT_SPLIT.split(line.strip()), coverage)
        if reason is None and CLAUSE_SPLIT.search(line):
            reason = covered_clauses(PIECE_SPLIT.split(line.strip()), coverage)
    return reason


def meters_alone(line: str) -> bool:
    """Every clause a reading meter (``furniture_menu``): ``共 5086字,需瀏覽 11分鐘``."""
    clauses = [clause for clause in CLAUSE_SPLIT.split(line) if clause.strip()]
    return bool(clauses) and all(is_measure(clause) for clause in clauses)


def tool_row(lowered: str, coverage: Coverage | None = None) -> str | None:
    """The reason of a row of tool tokens, or None.

    Every token is a known term, or — when the row also holds a known term — a tool
    phrase, a tool verb with a short product name (``下载点点通``) or a counter
    (``阅读 (1234)``).

    >>> tool_row("【评论】【推荐】【 】【打印】【下载点点通】【关闭")
    'share'
    >>> tool_row("【字體：↑大 ↓小")
    'share'
    >>> tool_row("阅读 (1234)")
    'nav'
    >>> tool_row("分享经济 收藏文化") is None
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


def covered_clauses(clauses: list[str], coverage: Coverage | None = None) -> str | None:
    """The reason when every clause of a line is covered by furniture, else None.

    A clause that is a tool verb with a short name (``返回搜狐``) counts when another
    clause is covered outright.

    >>> covered_clauses(["生成图片", "分享到微信朋友圈"])
    'share'
    >>> covered_clauses(["返回搜狐", "查看更多"])
    'nav'
    >>> covered_clauses(["打开窗口通风", "关闭燃气阀门"]) is None
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
