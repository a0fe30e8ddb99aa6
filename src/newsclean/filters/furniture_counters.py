"""Counters: a page's numbers about itself (statistics, reading time), read by their grammar.

Model (round 17; ``navigation`` asks ``counter_reason`` where it asked
``furniture_grammar.counter_line`` alone, so such a line goes anywhere on the page).  A
template prints counts of the page's own activity, not of the story's world:

* a *single counter*, in Chinese (``counter_line``: ``點閱數：1234``, ``0 則留言``) or in
  English: a counted noun of ``data/counter_words.txt`` and its number in either order,
  a colon at most after it (``2 comments:``, ``Views: 1,234``, ``Replies (3)``);
* a *row of counts*: two or more pieces joined by a bar, a comma, a middle dot or a wide
  space, each a short word and its number (``word (N)``, ``word - N``, ``word: N``,
  ``N word``), perhaps after a short label and its colon (``新聞字體調整: 轉寄 (0) | 推薦
  (0) | 書籤 (0)``; ``posts - 20, comments - 13, trackbacks - 0``).  When every count is
  bracketed, the widget's shape is the evidence and its words need no vocabulary (a forum
  may count 轉寄, 書籤, 推薦 or any tool); a row of bare counts needs one counted noun
  (a score line ``甲队 - 2, 乙队 - 1`` stays);
* a *reading time*: a number, a unit of time and a reading word in either order
  (``1 min read``, ``5 minute read``, ``Reading time: 3 minutes``, ``閱讀時間：3分鐘``).

A sentence (a clause mark other than the row's commas, a verb around the number: ``共有3人
受伤``), a headline with a number (``3 Reasons to Read``) and a count inside a paragraph
stay: every piece must be a word and its number and nothing else.

Round 18 besides, a *line of meters* (``meter_line``): clauses parted by commas, each a
reading meter of ``furniture_meters.is_meter`` (a meter word, a number, a unit: ``还剩14页``,
now also the text's own length, ``全文长 4771 字符``), perhaps in a pair of brackets
(``(剩余5045字)``: a paywall's characters left), or the page telling the reader what they
look at (a second person perhaps, a viewing verb, a page noun: ``您现在查看是摘要页``,
``你正在阅读的是试读版``; kinds ``view`` and ``page`` of ``data/counter_words.txt``).  At
least one clause must be a meter; a story's clause (``这部小说全文长约20万字,历时三年写成``)
is neither, and the line stays.

Round 24: a counter followed by an icon whose font was lost (a lone ``?`` or U+FFFD,
spaced: ``評論數 0+ ?``) is the counter still; a question (``评论数多少?``) has no number
before its mark, or no space.

Round 19, a *record number* (``record_number``): a line of digits alone, a calendar date
written as eight digits (``YYYYMMDD``, month and day in range) and a sequence of one to
four digits after it (``20150427001``: the CMS's id of the item, printed under it).  A
telephone number (no date in it), a date alone (the date grammar's) and a number in a
sentence stay.

Round 27, the site's *who-is-online line* (``presence_line``): its readers on the site now,
counted by kind and nothing else (``在线: 120 个访客 和 0 个会员``).

Round 32, *counters glued* (``_glued_counters``): a builder's row of counts whose space
was lost where one count's noun meets the next count's digit (Wix's post foot, ``1,328
次查看0 則留言``, ``12 views0 comments``) is split there, and each piece must be a counter
alone; a date (``2024年3月``) or a sentence with a count glued to a word is no row.

Round 23, the reader's *notification count* (``NOTIFICATION``): the site telling the
reader how many messages wait for them, the whole line: a second person, 有, a count and
its classifier, a short kind, a message noun, an exclamation at most (``你有3条未读私信!``,
``You have 2 new messages``).  A sentence going on (``你有3条未读消息，却不愿打开``) or
asking (``你有几条未读消息？``) stays.

Round 33, *counts whose labels were icons* (``icon_counts``): a post's foot prints its
likes, shares or comments as icons and numbers; the scrape keeps the numbers alone, one a
line (``0`` / ``0`` over ``评论列表 共有 0 条评论``).  What makes such a number the page's
machinery is the block and its place: two bare numbers or more in a run closing the page's
content (nothing of the article after them), under its last paragraph, and no other bare
number anywhere above (a table prints its numbers among its cells, row after row).  A
number alone inside a story's table, a list's numbered lines and a last paragraph ending in
a number stay.

Round 36, the engine's *generation stamp* (``GENERATION``): how long the server took to
build the page and how many database queries it ran, in the engine's own words, the time
zone and the clock perhaps before it (Discuz!'s foot, ``GMT+1, 2025-1-18 20:31 , Processed
in 0.067684 second(s), Total 9, Slave 7 queries , Gzip On``; a Chinese CMS's ``页面执行时间
0.0123 秒``): a number of seconds after *processed in* with a count of queries after it, or
after the page's execution-time label, the whole line.  A story timing something writes a
subject and a verb (``The job processed in 3 seconds``) and counts no queries; an article
quoting a log (``日志显示“Processed in 0.0123 seconds, 45 queries”``) writes words of its
own before the stamp: the stamp opens the line, after the time zone and clock at most.
Round 37 (second wave): the time zone and the clock alone, the stamp's words lost with the
rest of the foot (``GMT+8, 2023-6-1 00:08``, ``ZONE_CLOCK``): the zone's offset *first*, a
comma, the date and the clock, nothing else.  A dateline writes the date first and the zone
after it (``2023-06-01 00:08 GMT+8``) and stays the byline's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import counter_line, stdlib
from newsclean.filters.furniture_meters import is_measure
from newsclean.filters.word_trie import word_pattern

#: A counter line is short; a row of counts a little longer.
MAX_COUNTER = 24
MAX_ROW = 80
#: A generation stamp with its clock and the engine's switches (round 36).
MAX_STAMP = 160
#: A counted word: a few Han characters or one or two English words.
MAX_WORD = 12
NUMBER = r"[0-9][0-9.,]{0,12}[kKwW万萬千]?\+?"
#: Round 39: the katakana middle dot and the hyphenation point part a Taiwan site's counts
#: as the middle dot does (www.peopo.org: ``36次瀏覽 ・ 0次分享 ・ 0則留言``).
PIECE_SPLIT = stdlib(r"\s*(?:[|｜，·•・‧]|,(?![0-9]))\s*|\u3000+|\s{2,}")
#: Round 39: a two-letter label letter-spaced before its colon (tjh.com.tw's ``點  閱:843``),
#: read as the label unspaced.
#: Round 39: a platform's name glued before its counter's noun (www.peopo.org's ``PeoPo推 2``).
BRAND_GLUED = stdlib(r"[A-Za-z][A-Za-z0-9]{1,15}(?=[\u4e00-\u9fff])")
SPACED_LABEL = stdlib(r"([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?=[ \u3000]?[:：])")
LABEL = stdlib(r"[^:：0-9]{1,12}[:：]\s*")
BRACKETED = stdlib(rf"([^0-9()（）\[\]:：]{{1,{MAX_WORD}}}?)\s?[(（\[]\s?{NUMBER}\s?[)）\]]")
AFTER = stdlib(rf"([^0-9()（）\[\]:：\-–=]{{1,{MAX_WORD}}}?)\s?(?:[-–=:：]\s?)?{NUMBER}")
BEFORE = stdlib(rf"{NUMBER}\s?([^0-9()（）\[\]:：]{{1,{MAX_WORD}}}?)\s?[:：]?")
SENTENCE = stdlib(r"[。！？；!?;]")
DIGIT = stdlib(r"[0-9]")
#: Where a counter's noun meets the next count's digit with no space (round 32).
GLUED_COUNT = stdlib(r"(?<=[A-Za-z\u4e00-\u9fff])(?=[0-9])")
METER_CLAUSE_SPLIT = stdlib(r"[,，;；]")
#: A record number: a date of eight digits, then a sequence number of one to four digits.
RECORD_NUMBER = stdlib(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{1,4}")
#: A count alone on a line (round 33): digits, thousands commas, a unit of ten thousand.
BARE_COUNT = stdlib(r"[0-9][0-9,]{0,8}[kKwW万萬]?")
#: Counts in the run closing the page: fewer is one number, a page's or a table's.
MIN_ICON_COUNTS = 2
#: A pair of brackets around a meter: (剩余5045字), 【共3页】.
#: The reader's notification count (module docstring, round 23).
NOTIFICATION = stdlib(
    r"(?:您|你)(?:共|还|還)?有\s?[0-9]{1,5}\s?(?:条|條|个|個|封|则|則)[^\s，,。！？!?]{0,6}?"
    r"(?:信息|訊息|消息|通知|私信|提醒|站内信|站內信)[!！]?"
    r"|(?i:you have [0-9]{1,5} (?:new |unread )?(?:messages?|notifications?|inquir(?:y|ies)))[!.]?"
)
METER_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】"}
#: The engine's generation stamp (module docstring, round 36); bounded, so linear.
GENERATION = stdlib(
    r"^(?i:[ -!#-~]{0,40}?processed in [0-9]{1,4}(?:[.][0-9]{1,9})? ?seconds?(?:[(]s[)])?"
    r"[^。！？]{0,80}?quer(?:y|ies))"
    r"|^ *(?:页面|頁面)(?:执行|執行|生成)(?:时间|時間)[:：]? ?"
    r"[0-9]{1,4}(?:[.][0-9]{1,9})? ?(?:秒|s) *$"
)
#: Round 37: the foot's zone and clock alone (module docstring); bounded, so linear.
ZONE_CLOCK = stdlib(
    r"(?:GMT|UTC) ?[+-][0-9]{1,2}(?::?[0-9]{2})?, ?[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} "
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})? ?,?"
)
#: Round 24: an icon whose font was lost, printed as a lone question mark (or U+FFFD)
#: spaced after a counter (``評論數 0+ ?``).
LOST_ICON = stdlib(r"(?:[ \u3000]+[?？\ufffd])+$")


def _stamp_words(line: str) -> bool:
    """A generation stamp's words: a few substring tests pass over the other lines."""
    return "rocessed" in line or "时间" in line or "時間" in line


@cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for fields in data_lines("counter_words.txt"):
        kinds.setdefault(fields[0], set()).add(fields[1].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def _reading_time() -> re.Pattern[str]:
    words = _words()
    time, read = word_pattern(words["time"]), word_pattern(words["read"])
    number = rf"(?:about |约|約)?\s?{NUMBER}\s?(?:{time})\.?"
    return stdlib(rf"{number}\s?(?:{read})|(?:{read})\s?[:：]?\s?{number}")


def counter_reason(line: str) -> str | None:
    """``nav`` for a counter, a row of counts or a reading time (module docstring).

    >>> counter_reason("2 comments:"), counter_reason("1 min read")
    ('nav', 'nav')
    >>> counter_reason("新聞字體調整: 轉寄 (0) | 推薦 (0) | 書籤 (0)")
    'nav'
    >>> counter_reason("甲队 - 2, 乙队 - 1"), counter_reason("3 Reasons to Read")
    (None, None)
    >>> counter_reason("點  閱:843"), counter_reason("36次瀏覽 ・ 0次分享 ・ 0則留言")
    ('nav', 'nav')
    >>> counter_reason("PeoPo推 2"), counter_reason("iPhone推出2款")
    ('nav', None)
    """
    bare = line.strip("【】[] ")
    if spaced := SPACED_LABEL.match(bare):
        bare = spaced.group(1) + spaced.group(2) + bare[spaced.end() :]  # 點  閱:843
    if len(bare) <= MAX_COUNTER and counter_line().fullmatch(bare):
        return "nav"  # 點閱數：1234, 0 則留言, 沒有留言:
    brand = BRAND_GLUED.match(bare) if bare[:1].isascii() else None
    if brand and len(bare) <= MAX_COUNTER and counter_line().fullmatch(bare[brand.end() :]):
        return "nav"  # PeoPo推 2: the platform's name glued to its counter (round 39)
    icon = LOST_ICON.search(bare) if bare[-1:] in "?？\ufffd" else None
    if icon and 0 < icon.start() <= MAX_COUNTER and counter_line().fullmatch(bare[: icon.start()]):
        return "nav"  # 評論數 0+ ?: the counter and its lost icon
    if bare[:1] in "您你Yy" and len(bare) <= MAX_COUNTER and NOTIFICATION.fullmatch(bare):
        return "nav"  # 你有3条未读私信!: the reader's messages counted
    if len(bare) <= MAX_ROW and presence_line(bare):
        return "nav"  # 在线: 120 个访客 和 0 个会员: the site's readers now (round 27)
    if bare.isdigit() and record_number(bare):
        return "nav"  # 20150427001: an item's id, a date and a sequence number
    if len(line) <= MAX_STAMP and _stamp_words(line) and GENERATION.search(line):
        return "nav"  # Processed in 0.067684 second(s), … 7 queries (round 36)
    if line[:1] in "GU" and ZONE_CLOCK.fullmatch(line.strip()):
        return "nav"  # GMT+8, 2023-6-1 00:08: the stamp's zone and clock alone (round 37)
    if len(line) > MAX_ROW or DIGIT.search(line) is None or SENTENCE.search(line):
        return None  # a sentence, or a line without a number, is no counter of the others
    lowered = bare.lower()
    if len(lowered) <= MAX_COUNTER and _reading_time().fullmatch(lowered):
        return "nav"
    if _counts(lowered, single=len(lowered) <= MAX_COUNTER):
        return "nav"
    if len(lowered) <= MAX_ROW and meter_line(line):
        return "nav"
    label = LABEL.match(lowered)
    if label and _counts(lowered[label.end() :], single=False):
        return "nav"
    if _glued_counters(bare):
        return "nav"  # 1,328 次查看0 則留言: two counters, the template's space lost
    return None


def _glued_counters(line: str) -> bool:
    """Whether ``line`` is two or more counters glued where a letter meets the next
    count's digit (round 32): each piece alone a counter."""
    pieces = [piece.strip() for piece in GLUED_COUNT.split(line)]
    return len(pieces) >= 2 and all(
        len(piece) <= MAX_COUNTER
        and (counter_line().fullmatch(piece) or _counts(piece.lower(), single=True))
        for piece in pieces
    )


@cache
def _presence() -> re.Pattern[str]:
    words = _words()
    present, visitor, join = (word_pattern(words[k]) for k in ("present", "visitor", "visit_join"))
    count = rf"[0-9][0-9,]{{0,8}}\s?(?:个|個|位|名)?\s?(?:{visitor})"
    counts = rf"{count}(?:\s?(?:[,，、]|(?:{join}))\s?{count}){{0,3}}"
    two = rf"{count}(?:\s?(?:[,，、]|(?:{join}))\s?{count}){{1,3}}"
    now = r"(?:目前|当前|當前|现在|現在|currently)?\s?"
    return stdlib(
        rf"(?i){now}(?:{present})\s?[:：]\s?{counts}[.。]?"
        rf"|{now}(?:共有|有|we have|there (?:are|is))?\s?{two}\s?(?:{present})[.。!]?"
    )


def presence_line(line: str) -> bool:
    """The site's who-is-online line (round 27): its readers on it now counted by kind,
    the whole line.  Either the presence word as a label, a colon and the counts
    (``在线: 120 个访客 和 0 个会员``), or two counts or more joined (和, and, a comma)
    and the presence word closing them (``目前有 258 游客 和 0个会员 在线``, ``We have 45
    guests and 2 members online``).  The counts are of the site's readers (kind
    ``visitor`` of ``data/counter_words.txt``: 访客, 会员, guests); a story's count of people
    online says more or counts others (``目前有3万人在线观看直播``).

    >>> presence_line("在线: 120 个访客 和 0 个会员")
    True
    >>> presence_line("目前有 258 游客 和 0个会员 在线")
    True
    >>> presence_line("We have 45 guests and 2 members online")
    True
    >>> presence_line("目前有3万人在线观看直播")
    False
    """
    text = line.strip()
    if not text or DIGIT.search(text) is None:
        return False
    return _presence().fullmatch(text) is not None


def record_number(line: str) -> bool:
    """Whether ``line`` is a record number alone: a date of eight digits and a sequence.

    >>> record_number("20230915012"), record_number("2019061803")
    (True, True)
    >>> record_number("13800138000"), record_number("20231345001"), record_number("20230915")
    (False, False, False)
    """
    return RECORD_NUMBER.fullmatch(line.strip()) is not None


@cache
def _viewing() -> re.Pattern[str]:
    words = _words()
    view, page = word_pattern(words["view"]), word_pattern(words["page"])
    return stdlib(
        rf"(?:您|你)?(?:现在|現在|当前|當前|正在|目前)?(?:{view})的?(?:是|的是)?"
        rf"[^0-9,，]{{0,6}}?(?:{page})"
    )


def meter_line(line: str) -> bool:
    """Whether every clause of ``line`` is a meter, bracketed or not, or says what page the
    reader views, with one meter at least (module docstring).

    >>> meter_line("(剩余5045字)"), meter_line("您正在浏览的是预览版,全文共3200字")
    (True, True)
    >>> meter_line("这部小说全文长约20万字,历时三年写成")
    False
    """
    meters = 0
    for clause in METER_CLAUSE_SPLIT.split(line.strip()):
        text = clause.strip()
        if not text:
            continue
        close = METER_BRACKETS.get(text[0])
        if close is not None and text[-1] == close:
            text = text[1:-1].strip()
        if is_measure(text):
            meters += 1
        elif _viewing().fullmatch(text) is None:
            return False
    return meters > 0


def _counts(text: str, single: bool) -> bool:
    """Whether ``text`` is one counter (``single``) or a row of two or more counts."""
    pieces = [p for p in PIECE_SPLIT.split(text.strip()) if p]
    if not pieces or (len(pieces) == 1 and not single):
        return False
    nouns = _words()["noun"]
    bracketed = named = 0
    for piece in pieces:
        if match := BRACKETED.fullmatch(piece):
            bracketed += 1
        elif not (match := AFTER.fullmatch(piece) or BEFORE.fullmatch(piece)):
            return False
        word = match.group(1).strip()
        if not word or len(word) > MAX_WORD:
            return False
        named += word in nouns or bool(counter_line().fullmatch(piece))
    if len(pieces) == 1:
        return named == 1
    return named > 0 or bracketed == len(pieces)


def icon_counts(
    content: Sequence[int], text_of: Callable[[int], str], is_prose: Callable[[str], bool]
) -> dict[int, str]:
    """The bare numbers closing the page's content (module docstring, round 33): the
    page's counts whose icons were lost; ``is_prose`` tells a paragraph (``title``'s, which
    this module cannot import).  Only the page's last lines are read unless they are
    numbers (most pages end in a paragraph or a notice)."""
    run: list[int] = []
    for k in range(len(content) - 1, -1, -1):
        if BARE_COUNT.fullmatch(text_of(content[k]).strip()) is None:
            break
        run.append(k)
    if len(run) < MIN_ICON_COUNTS:
        return {}
    above = [text_of(content[k]).strip() for k in range(run[-1])]
    if not any(map(is_prose, above)) or any(BARE_COUNT.fullmatch(text) for text in above):
        return {}  # no article above, or a table's numbers
    return dict.fromkeys(
        sorted(content[k] for k in run), "the page's counts closing it, icons lost"
    )
