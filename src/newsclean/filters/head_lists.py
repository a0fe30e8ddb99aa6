"""Lines of the page head that list or count instead of saying something, moved out of
``title`` (round 31): term lists and the page's own numbers are never a headline
(``title.is_title_shaped``, ``page_head``); a row of labelled fields is never a caption.

* a *term list* (``is_term_list``): four or more short terms split by commas, bars or
  spaces (六合研究院,升达毕业证,…), five or more split by dashes (a headline's site path
  has fewer); and (round 31, ``is_bullet_row``) a row of three or more short items each
  opened by a bullet after a space (``·中文 ·English ·Партнеры ·``: a language switch; a
  joining dot inside words, ``约翰·史密斯``, ``新闻·观察``, has no space before it), which
  ``site_speech.page_speech`` reads as the page's links (round 32: the one reader);
* the page's *own numbers* (``is_page_counter``): two page counters, an issue number with
  a numeric date, a bar row holding either, an issue label (``· 读懂广州第一六六期 ·``; round
  32: the number alone, ``第33期``), or
  (round 31) the page's *clock*: a day and weekday alone, perhaps after a place's time
  label (``纽约时间: 12月17日 星期三``): the day the page was served, no event;
* a *row of labelled fields* (``is_field_row``, round 31): two or more short nouns, each
  with a colon and a value without spaces, side by side (``主管单位:某某中心 地址:某某路519号``):
  the site's record: however it is laid out, no caption
  (``caption_layout.layout_caption_shaped``): a caption describes its picture in a clause.

Round 34 (``is_head_furniture``), lines that name the page's parts instead of its story:

* a *menu of short words* joined by 、 (``焦点、府会、民代、乡市镇、广场``): ``MIN_LIST_TERMS``
  items or more, each ``MAX_MENU_WORD`` Han letters at most; a headline listing places goes
  on after its list (``北京、上海、广州、深圳房价齐涨``). Round 35: a menu names the site's
  sections, not the story, so the article under it (the caller passes it) prints fewer
  than half of its words (``MAX_MENU_ECHO``); a list whose words the article speaks of
  (``北京、上海、广州、深圳`` over a report on their house prices) is the article's own line;
* a *bracketed tag* alone (``【口播】``, a programme's or column's tag): no headline by itself;
* a *staff line*: roles joined by 、 before one colon, each ending in a byline label
  (``版面编辑、记者:刘懿德``), and names after it, no clause;
* a *contact line*: an address label and a telephone or mail label, each with its colon
  (``某某日报有限公司. 地址:花莲县… 电话:…``): a publisher's record, no headline.

Round 36 (second wave), lines that name the page itself:

* an *edition title* (``furniture_masthead.is_edition_title``, the one predicate since
  round 37): the site's page title made of its name and the editions it is served in
  (``data/edition_words.txt``: 数字报, 电子版, 手机版), pieces parted by bars or dashes,
  every piece an edition word or the name perhaps ending in one (``今日竹山-数字报|今日竹山-
  电子版``, ``某某日报 | 电子版``); a headline about an edition goes on after it
  (``澳门日报-电子版今日上线``);
* a *numbered term* (``NUMBERED_TERM``, asked by ``title.is_title_shaped`` alone: in the
  body it may be a section's heading): a list's number and a word or two alone (``1. 內掛``,
  ``3、热搜``): an item of a ranking or a menu, which names no event;
* a *tag row* (``furniture_tags.tag_label``): a tag label and its colon opening the line
  (``關鍵字: 辟謠法新社華人警民合作中心``): the page's tags follow, however they are run
  together, and no headline.

Round 37 (second wave), lines that are a part of the page, not a line of words
(``head_part``):

* a *dash-led fragment*: a separator (a dash, a bar, an underscore, not a dek's double
  dash) opening the line before a short label of Han letters alone (``- 最新图文``,
  ``- 相关推荐``): the tail of a page title whose headline is empty, or a link list's item;
  a headline opens with its words, and a dek (``——记…``) with its own dash;
* (a tool's label with an empty value, framed, ``【更改字体样式: 】``, is navigation's
  vocabulary, ``data/nav_terms.txt``, its one source: the line is furniture before the head
  is read, round 38);
* an *e-book's running title* (``furniture_records.is_page_title``, the one grammar): a
  page number in the viewer's words (``Page 716``, ``P. 716``) and the book's title, parted
  by a dash, bar or colon, either order (``Page 716 - 中華民國福建省政府志``): the scan's
  page head, never the story's headline; ``第3页:两会特刊`` is a headline naming its page;
* a *lone letter* (``is_lone_letter``): one Han letter alone (``字``, ``大``), a control's
  word stacked on its own line: neither a headline nor a paragraph, so the search for the
  headline passes over it (``head_search``).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.date_vocab import date_words
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_masthead import is_edition_title
from newsclean.filters.furniture_records import is_page_title
from newsclean.filters.furniture_tags import tag_label
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.record_pieces import WEEKDAY_CORE
from newsclean.filters.word_trie import word_pattern

MIN_LIST_TERMS = 4
MIN_DASH_LIST_TERMS = 5
MAX_LIST_TERM = 8
#: A row of this many bar-split items with a date or an issue number is a menu row.
MIN_MENU_ITEMS = 3
FIELD_ROW = lazy_regex(
    r"^\p{Han}{2,5}[:：][^\s:：]{1,40}(?:[\s\u3000]+\p{Han}{2,5}[:：][^\s:：]{1,40})+$"
)
LIST_SEPARATOR = stdlib(r"[,，|｜\s]+")
KEYWORD_SEPARATOR = stdlib(r"[,，|｜]+")
DASH_SEPARATOR = stdlib(r"[-_－]+")
# A bullet opening an item (at the line's start or after a space): ·中文 ·English ·Партнеры ·,
# a row of link words (a language switch, a menu); a joining dot inside a name or a
# headline (约翰·史密斯, 新闻·观察) has no space before it (round 31).
ITEM_BULLET = stdlib(r"(?:^|\s)[·•▪・]")
MIN_BULLET_ITEMS = 3
#: A bulleted item of a link row: a word or two of any script (Партнеры, 联系我们).
MAX_BULLET_ITEM = 16
# The page's own numbers: page counters (5页, 14頁), an issue number (第8072期), a date.
PAGE_COUNTER = stdlib(r"[0-9]+\s*[页頁]")
ISSUE_NUMBER = stdlib(r"第\s*[0-9]+\s*期")
NUMERIC_DATE = stdlib(r"[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}")
MENU_BAR = stdlib(r"[|｜]")
# An item's age alone, perhaps after its number in a list (1. 6小时前, 3分钟前; round 36):
# when a feed posted it, no headline.  The units are the date vocabulary's (``ago_unit``,
# data/date_words.txt, every script), which byline_dates reads too.
AGE_STAMP = stdlib(
    rf"(?:[0-9]{{1,3}}[.、．]\s?)?[0-9]{{1,4}}\s?{word_pattern(date_words()['ago_unit'])}前"
)
# The page's clock: a date (and weekday) alone, perhaps after a place's time label
# (纽约时间: 12月17日 星期三; round 31): the day the page was served, no headline.
DATE_STAMP = stdlib(
    r"(?:[\u4e00-\u9fff]{1,6}\s?[:：]\s?)?(?:[0-9]{1,4}\s?[年月日号號]\s?){2,3}"
    rf"(?:[0-9]{{1,2}}[:：][0-9]{{2}}\s?)?(?:{WEEKDAY_CORE})?"
)
ITEM_TOTAL = stdlib(r"共\s*[0-9]+\s*[个個条條篇则則]\s*[\u4e00-\u9fff]{1,3}")
#: An issue label: a column's short name and its issue number closing it, perhaps framed
#: by dots, dashes or brackets (round 19: ``· 读懂广州第一六六期 ·``, ``【健康周刊 第128期】``);
#: round 32: the issue number alone (``第33期``, a newsletter's masthead under its name).
ISSUE_FRAME = "·•・◆◇●○■□★☆—–-=~～【】[]〔〕「」()（） \u3000"
ISSUE_LABEL = stdlib(
    r"[^\s,，。！？!?；;：:、的了是说說这這将將在]{0,10}\s?第\s?(?:[0-9]{1,5}|[〇零一二两兩三四五六七八九十百千]{1,6})\s?[期辑輯]"
)


def is_page_counter(text: str) -> bool:
    """A line printing the page's own numbers (module docstring): furniture, no headline.

    >>> is_page_counter("已阅读5页,还剩14页未读 继续免费阅读")
    True
    >>> is_page_counter("2023/02/11 第8072期 | 订阅/退订 | 看历史报份")
    True
    >>> is_page_counter("县政府宣布今日停班停课 | 国内 | 新华网"), is_page_counter("共1个回答")
    (False, True)
    >>> is_page_counter("纽约时间: 12月17日 星期三"), is_page_counter("12月17日起全市停课")
    (True, False)
    >>> is_page_counter("第33期"), is_page_counter("第三期工程竣工")
    (True, False)
    >>> is_page_counter("1. 6小时前"), is_page_counter("6小时前发生的地震")
    (True, False)
    """
    if len(PAGE_COUNTER.findall(text)) >= 2 or ITEM_TOTAL.fullmatch(text.strip()):
        return True
    if "第" in text and ISSUE_LABEL.fullmatch(text.strip(ISSUE_FRAME)):
        return True  # a column's name and its issue number: 读懂广州第一六六期
    if "月" in text and DATE_STAMP.fullmatch(text.strip()):
        return True  # 纽约时间: 12月17日 星期三: the page's clock
    if "前" in text and AGE_STAMP.fullmatch(text.strip()):
        return True  # 1. 6小时前: a feed item's age (round 36)
    issue = ISSUE_NUMBER.search(text) is not None
    dated = NUMERIC_DATE.search(text) is not None
    if issue and dated:
        return True
    items = [item for item in MENU_BAR.split(text) if item.strip()]
    return len(items) >= MIN_MENU_ITEMS and (issue or dated)


def is_term_list(text: str) -> bool:
    """Four or more short terms split by commas, bars or spaces: a link list or a tag
    line (轮盘机,久青草原,处女开苞,红宝石国际娱乐), not a headline; 、 does not split
    (北京、上海、广州、深圳房价齐涨 is a headline)."""
    terms = [term for term in LIST_SEPARATOR.split(text) if term]
    if len(terms) >= MIN_LIST_TERMS and all(len(term) <= MAX_LIST_TERM for term in terms):
        return True
    # Dashes join a headline to its site path (标题_国内_新华网): five short terms or more.
    terms = [term for term in DASH_SEPARATOR.split(text) if term]
    return len(terms) >= MIN_DASH_LIST_TERMS and all(len(t) <= MAX_LIST_TERM for t in terms)


def is_keyword_line(text: str) -> bool:
    """Four or more short terms split by commas or bars, however long the line (the page's
    keywords printed: 四川,成都,蓉城,…): no paragraph. Spaces do not split here: a sentence of
    a spaced script is words, not terms (``The forum brings together young founders…``).

    >>> is_keyword_line("四川,成都,蓉城,天府,熊猫,美食,火锅,川菜,旅游,文化,体育,财经")
    True
    >>> is_keyword_line("The forum brings together young founders from Hong Kong and Macao")
    False
    """
    terms = [term.strip() for term in KEYWORD_SEPARATOR.split(text)]
    terms = [term for term in terms if term]
    return len(terms) >= MIN_LIST_TERMS and all(len(term) <= MAX_LIST_TERM for term in terms)


def is_bullet_row(text: str) -> bool:
    """Three or more items each opened by a bullet after a space, all short: a row of
    link words (a language switch, a menu), never a headline (round 31)."""
    if not ("·" in text or "•" in text or "・" in text or "▪" in text):
        return False  # most lines: no bullet (a plain test first)
    if len(ITEM_BULLET.findall(text)) < MIN_BULLET_ITEMS:
        return False
    items = [item.strip() for item in ITEM_BULLET.split(text)]
    return all(len(item) <= MAX_BULLET_ITEM for item in items)


def is_field_row(text: str) -> bool:
    """Labelled fields side by side (module docstring).

    >>> is_field_row("主管单位:清流县融媒体中心 地址:清流县龙津镇北大路519号")
    True
    >>> is_field_row("图:蕾特诺与蓬佩奥资料图片")
    False
    """
    return FIELD_ROW.match(text) is not None


#: A word of a menu joined by 、 is this many Han letters at most.
MAX_MENU_WORD = 3
#: A menu's words the article prints: fewer than this share of them (round 35).
MAX_MENU_ECHO = 0.5
#: A list's item: its number and at most four Han letters (1. 內掛), no headline.
NUMBERED_TERM = stdlib(r"[0-9]{1,2}[.、．]\s?[\u4e00-\u9fff]{1,4}")
#: A site's name in its page title: Han letters, perhaps a Latin name or digits.
MENU_WORD = stdlib(rf"[\u4e00-\u9fff]{{1,{MAX_MENU_WORD}}}")
TAG_ALONE = stdlib(r"[【〖\[［][\u4e00-\u9fff]{1,6}[】〗\]］]")
STAFF_LINE = stdlib(r"([\u4e00-\u9fff、]{2,24})[:：]\s*([\u4e00-\u9fff·、 ]{2,16})")
#: A contact line's labels: an address, then a telephone or mail (or the other way round).
ADDRESS_LABEL = stdlib(r"地址\s*[:：]")
#: A keeper's contact line is short and no sentence (an event notice's paragraph naming its
#: venue and hotline is the article's).
MAX_CONTACT_LINE = 80
CONTACT_LABEL = stdlib(r"(?:电话|電話|传真|傳真|邮箱|郵箱|电邮|電郵)\s*[:：]")
#: The byline labels a staff role may end in.
STAFF_KINDS = frozenset({"reporter", "editor", "author", "photographer"})


#: A dash-led fragment: a separator, then a short label of Han letters alone (round 37).
DASH_FRAGMENT = lazy_regex(r"(?:[-－–_|｜](?![-－–—])\s?)\p{Han}{2,8}")
#: A part of the page is short: a running title is a page number and a book's title.
MAX_RUNNING_TITLE = 60
DASH_OPENERS = "-－–_|｜"


def head_part(text: str) -> str | None:
    """The kind of page part in the head's place, no line of words (module docstring,
    round 37): ``fragment`` (a dash-led label), ``running`` (an e-book's running title); None
    for any other line.  A running title is the page's frame: the site's header ends at it
    (``head_search.header_end``).

    >>> head_part("- 最新图文")
    'fragment'
    >>> head_part("Page 716 - 福建省政府志")
    'running'
    >>> head_part("——记湖南援藏干部的三年"), head_part("【独家】台风逼近")
    (None, None)
    >>> head_part("- 国台办:新的一年欢迎更多台湾同胞开启新的大陆之旅")
    >>> head_part("第3页的秘密:一本旧书的旅程"), head_part("【快讯:台风登陆】")
    (None, None)
    """
    line = text.strip()
    if len(line) > MAX_RUNNING_TITLE:
        return None
    if line[:1] in DASH_OPENERS and DASH_FRAGMENT.fullmatch(line):
        return "fragment"
    if is_page_title(line):
        return "running"  # the one grammar: furniture_records (round 37, mend)
    return None


def is_lone_letter(text: str) -> bool:
    """One Han letter alone on its line (``字``, ``大``): a control's word, no headline and no
    paragraph (module docstring, round 37).

    >>> is_lone_letter("字"), is_lone_letter(" 大 "), is_lone_letter("字体"), is_lone_letter("A")
    (True, True, False, False)
    """
    line = text.strip()
    return len(line) == 1 and "\u4e00" <= line <= "\u9fff"


def is_head_furniture(text: str, article_of: Callable[[], str] | None = None) -> bool:
    """A line naming the page's parts (module docstring, round 34): no headline.
    ``article_of()`` is the article under the line (None when the caller knows none),
    asked only of a 、 menu: its words are not the article's subject (round 35).

    >>> is_head_furniture("焦点、府会、民代、乡市镇、广场"), is_head_furniture("【口播】")
    (True, True)
    >>> is_head_furniture("版面编辑、记者:刘懿德")
    True
    >>> is_head_furniture("某某日报有限公司. 地址:花莲县和平路336号 电话:038356141")
    True
    >>> is_head_furniture("北京、上海、广州、深圳房价齐涨")
    False
    >>> is_head_furniture("【独家】台风逼近")
    False
    >>> is_head_furniture("北京、上海、广州、深圳", lambda: "北京和上海成交增加,广州、深圳供应减少")
    False
    >>> is_head_furniture("展览在市图书馆举行。地址:中山路1号,咨询电话:12345")
    False
    """
    line = text.strip()
    if is_edition_title(line) or tag_label(line):
        return True  # round 36: the page's <title> of editions, a tag row
    if head_part(line) is not None:
        return True  # round 37: - 最新图文, Page 716 - <book>
    if "、" in line:
        items = line.split("、")
        if len(items) >= MIN_LIST_TERMS and all(MENU_WORD.fullmatch(i) for i in items):
            article = article_of() if article_of is not None else ""
            return sum(item in article for item in items) < MAX_MENU_ECHO * len(items)
    if TAG_ALONE.fullmatch(line):
        return True
    if ADDRESS_LABEL.search(line) and CONTACT_LABEL.search(line):
        return len(line) <= MAX_CONTACT_LINE and "。" not in line  # not an event's details
    staff = STAFF_LINE.fullmatch(line)
    if staff is None:
        return False
    table = label_table()
    return all(
        any(table.get(role[k:]) in STAFF_KINDS for k in range(len(role) - 1))
        for role in staff.group(1).split("、")
    )
