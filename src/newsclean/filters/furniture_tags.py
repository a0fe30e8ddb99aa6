"""The page's tags: a tag label, then a list of terms parted by one separator.

Model (round 22; ``furniture_leaks.leak_reason`` asks ``tag_list``, so ``navigation``
removes the line anywhere and the byline reader never holds it as metadata).  An article
template prints the page's keywords or tags at the head or the foot of the text: a
label, then the terms, each a link to a tag page.  The line is composed, not listed:

* a **label**: a tag noun (kind ``tag`` of ``data/tag_labels.txt``: 关键词, 標籤, Tags,
  Keywords, Filed under), perhaps after a noun naming the page or its text (kind
  ``page``: 新闻, 文章, 本文, 相关: the tags are the page's own), and its colon or its
  brackets (``【關鍵字】``);
* then at least ``MIN_TERMS`` **terms** parted by **one** separator (a semicolon, a
  comma, a slash, a bar, an enumeration comma or spaces: the first met is the list's and
  no other mark appears), each at most ``MAX_TERM`` characters (an English term at most
  ``MAX_LATIN_WORDS`` words) with no sentence or clause mark: a name, a place, a topic,
  never a sentence.

A paragraph that says what a meeting's keywords are (``会议关键词:创新;协调;绿色``: its
label names no page; ``今年的关键词：民生；就业；教育。这些…``: a sentence mark, a long
clause) stays, and so does a sentence rich in semicolons with no tag label.  A row of
short terms under another label (``熱門: 黃子佼 徐巧芯``) is ``furniture_menu.labelled_row``'s.

Round 36 (second wave), *tags run together*: a template that lost the separators prints the
label and one run of Han letters (``關鍵字: 辟謠法新社華人警民合作中心``, three tags glued):
after the label, a single term of ``MIN_RUN`` to ``MAX_RUN`` letters (one tag alone,
``关键词:经济``, may be a heading's label and stays), Han alone, no space or mark, holding no
function character of a clause (是, 的, 了), is the tags' run.  A meeting's keyword is named
in a sentence (``会议关键词:创新``: its label names the meeting), and a longer run is a clause.

Round 37 (second wave), an *empty label* of the page's tags: the label alone with its colon
and nothing after it (``相关热词搜索:``, the hot-word list's items lost with their links), when
the label says the tags are the page's (a page noun before the tag noun: 相关, 本文, 新闻) or
names a search by them (kind ``search`` after the tag noun: 搜索, 搜尋).  A bare tag noun and
its colon (``关键词：``) may be a heading over a list of the article's own and stays.

Round 35, the *site's keywords* printed with no label (``keyword_list``; the page's
``<meta name="keywords">`` as a line of text, m.chengdusc.cn: ``四川,成都,蓉城,…,四川新闻,
四川体育,…,成都新闻,…``): at least ``MIN_KEYWORDS`` terms parted by one separator, a comma
(stray spaces around it are the template's), each a short term with no mark; and the list
is the *site's*, not a sentence's enumeration: at least ``MIN_EXTENDED`` of its terms
extend another term of the same list (``四川`` -> ``四川新闻``, ``四川体育``: the site's place
or name joined to its channels), which an enumeration in prose never does (it names each
thing once, and parts its items with 、 anyway).

>>> keyword_list("四川,成都,天府,大熊猫,四川新闻,四川体育, 四川旅游 ,成都新闻,成都美食")
True
>>> keyword_list("北京,上海,广州,深圳,成都,重庆,武汉,西安,南京,杭州")
False

>>> tag_list("新闻关键词:华人;伦敦市中心特拉法加广场;中国"), tag_list("Tags: tea, trade")
(True, True)
>>> tag_list("会议关键词:创新;协调;绿色"), tag_list("关键词：民生；就业；教育。这些词贯穿全文")
(False, False)
>>> tag_list("關鍵字: 辟謠法新社華人警民合作中心"), tag_list("关键词：民生就业教育是本次会议的重点")
(True, False)
>>> tag_list("相关热词搜索:"), tag_list("本文关键词："), tag_list("关键词：")
(True, True, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

MAX_TAG_LINE = 200
MIN_TERMS = 2
#: A term is a tag: a name, a place, a short topic.
MAX_TERM = 14
MAX_LATIN_TERM = 40
MAX_LATIN_WORDS = 4
SEPARATORS = ";；,，、/|｜"
#: Round 36: tags run together are a few tags' letters, more than one tag's.
MIN_RUN = 8
MAX_RUN = 16
HAN_RUN = lazy_re(rf"[\u4e00-\u9fff]{{{MIN_RUN},{MAX_RUN}}}")
#: A clause's function characters: tags are names, never a predicate.
CLAUSE_CHARS = lazy_re(r"[的了是将將被把对對于於也就都而这這那着著过過为為让讓]")
#: A mark no term holds: a sentence's or a clause's, a quotation, a colon.
SENTENCE = lazy_re(r"[。！？!?：:“”\"「」]")


@cache
def _label() -> re.Pattern[str]:
    kinds: dict[str, list[str]] = {}
    for kind, word in data_lines("tag_labels.txt"):
        kinds.setdefault(kind, []).append(word.lower())
    page, tag = word_pattern(kinds["page"]), word_pattern(kinds["tag"])
    word = rf"(?:{page} ?)?(?:{tag})(?: ?(?:{word_pattern(kinds['search'])}))?"
    return re.compile(rf"(?:[【\[]{word}[】\]] ?[:：]?|{word} ?[:：]) ?")


@cache
def _scoped() -> re.Pattern[str]:
    """A page noun opening a label, or a search word closing it (round 37)."""
    kinds: dict[str, list[str]] = {}
    for kind, word in data_lines("tag_labels.txt"):
        kinds.setdefault(kind, []).append(word.lower())
    page, search = word_pattern(kinds["page"]), word_pattern(kinds["search"])
    return re.compile(rf"^[【\[]?(?:{page})|(?:{search})[】\]]? ?[:：]?$")


def tag_list(line: str) -> bool:
    """Whether ``line`` is a tag label and a list of terms (module docstring)."""
    text = line.strip()
    if len(text) > MAX_TAG_LINE or not (":" in text or "：" in text or text[:1] in "【["):
        return False
    label = _label().match(text.lower())
    if label is None:
        return False
    rest = text[label.end() :].strip()
    if not rest:  # an empty label: the page's tags, or a search by them (round 37)
        return _scoped().search(label.group().strip().lower()) is not None
    if SENTENCE.search(rest):
        return False
    separator = next((char for char in rest if char in SEPARATORS), " ")
    if any(char in SEPARATORS and char != separator for char in rest):
        return False  # two kinds of mark: a sentence's clauses, not one list
    terms = [term.strip() for term in rest.split(separator)]
    if terms[-1] == "":
        terms.pop()  # a list may end with its separator
    if len(terms) == 1 and HAN_RUN.fullmatch(rest) and not CLAUSE_CHARS.search(rest):
        return True  # 關鍵字: 辟謠法新社華人警民合作中心: the tags run together (round 36)
    if len(terms) < MIN_TERMS or any(not term for term in terms):
        return False
    if separator != " " and any("  " in term for term in terms):
        return False
    return all(_term(term) for term in terms)


#: Round 35: a keyword list without a label has this many terms at least.
MIN_KEYWORDS = 8
#: ... and this many of them extend another of its terms (the site's channels).
MIN_EXTENDED = 3
#: A keyword is short: a place, a name, a channel.
MAX_KEYWORD = 8
KEYWORD_SEPARATORS = (",", "，")


def keyword_list(line: str) -> bool:
    """Whether ``line`` is the site's keyword list printed with no label (module
    docstring, round 35)."""
    text = line.strip()
    if len(text) > MAX_TAG_LINE or SENTENCE.search(text):
        return False
    separator = next((sep for sep in KEYWORD_SEPARATORS if sep in text), None)
    if separator is None or any(c in SEPARATORS and c != separator for c in text):
        return False
    terms = [term.strip() for term in text.split(separator)]
    if terms[-1] == "":
        terms.pop()
    if len(terms) < MIN_KEYWORDS or any(
        not term or len(term) > MAX_KEYWORD or " " in term for term in terms
    ):
        return False
    known = set(terms)
    extended = sum(
        1 for term in known if any(term != head and term.startswith(head) for head in known)
    )
    return extended >= MIN_EXTENDED


def _term(term: str) -> bool:
    if term.isascii():
        return len(term) <= MAX_LATIN_TERM and len(term.split()) <= MAX_LATIN_WORDS
    return len(term) <= MAX_TERM


def tag_label(line: str) -> bool:
    """A tag label and its colon or brackets open ``line`` (round 36, asked by
    ``head_lists.is_head_furniture``): the page's tags follow, however they are run
    together, so the line is no headline.

    >>> tag_label("關鍵字: 辟謠法新社華人警民合作中心"), tag_label("关键时刻:救援队抵达")
    (True, False)
    """
    return _label().match(line.strip().lower()) is not None
