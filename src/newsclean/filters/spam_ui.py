"""A spam keyword printed in a template's interface words: a keyword page's label and a spam
site's header.

Model.  A keyword farm's page is a template filled with one keyword; copied into an article,
the template's lines stand alone, short, and what is not the keyword is made only of
*interface words*: the generic words a site's template prints on every page of every site
(``data/spam_ui_words.txt``), never words of the article.  Not a closed list of tails: the
words compose freely (``标签下的内容``, ``相关文章``, ``的搜索结果``, ``什么意思``,
``是什么意思``, ``热线电话``), by families:

* *list*: a listing or search page's label (标签, 分类, 专题, 搜索, 相关, 内容, 文章, 结果 …);
* *ask*: a dictionary or Q&A page's question (什么, 意思, 含义, 解释, 啥, 梗 …);
* *contact*: a site header's contact label (热线, 电话, 客服, 咨询, 联系 …);
* *link*: the characters a label joins those words with (下, 的, 之, 是, 中), never a
  word alone;
* *control* (round 21): a button's label acting on the keyword (展开, 收起, 点击, 查看).

Two lines carry them:

*An interface tail* (``ui_tail``, read by ``spam_query_grammar.open_splits``): a short line alone,
a keyword (the term), at most one space, then a tail composed *only* of interface words, at
least two of them, one not a link, the last not a link (``bt成人什么意思``,
``信用卡提現 标签下的内容``).  The term is judged as every open query term is
(``spam_query``): foreign to the article, and spam by its vocabulary, or unknown and long,
or shorter with spam elsewhere on the page.  So a tag line of the article's own topic
(``仿真手枪 标签下的内容`` above an article about replica guns) and a crackdown headline
(``网络赌博黑幕调查``: 黑幕调查 is the article's words, not the interface's) stay, and so does
a question a writer asks (``仿真手枪是什么？``: a sentence mark).

The term may be *glued into the article* and still be foreign to it (``glued_only``): a spun
copy glues the same keyword before commas inside its sentences (``…天气bt成人,市民…``); a
term the article prints only so, twice or more, is named by the spam, not by the article.

*An interface head* (``ui_head``, round 21; read by ``spam_query_grammar.open_splits``): the same
template prints the keyword *after* a control's label, parted by one space (a tag page's
fold-out button, ``展开 <keyword>``): a head composed only of interface words, a control
among them, then the keyword, judged as a tail's term is, and long (``MIN_FOREIGN``
characters) or spam by its vocabulary: a short word after a control (``查看 原文``,
``点击 大图``) is a real page's link.  A real label before the article's words
(``展开 乡村振兴``) names what the article names, and stays.

*A spam site's header* (``site_headers``): the site's name (a keyword line, printed once or
twice in a row, the logo's text and the site's title) above an *empty contact
label* (``热线电话:`` with nothing after it: a template whose value was never filled; blank
lines between them or not), in the
page head (no sentence of the article above it).  The name is spam when it is spam already,
or foreign to the article (half its pairs of Han characters or more not in the article: a
name shares a generic word with any page, 国际, 娱乐) and spam by its vocabulary, printed
twice, or on a page with spam elsewhere; the label goes with it.  A filled label
(``热线电话: 12345`` at the foot of a government notice) is no header, and an empty label
under a line the article names (the paper's own name, its own section) stays.
Round 31: a *sign-up call* alone (``点击注册``, ``立即登录``: a click or ease word and a
sign-up word of ``data/call_words.txt``, nothing else, ``signup_call``) stands in the
label's place: a betting or porn site's header is its name above its call to register
(``dg娛樂`` / ``点击注册``); there the name must be spam by its vocabulary (a coined brand
or a lexicon term: ``frame_strength`` 1 or more), since a portal's own name stands above
its own log-in link, foreign to the article too.
Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import regex

from newsclean.data import data_lines
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_calls import call_words
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import SENTENCE_STOP
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import FUNCTION_CHARS
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.word_trie import word_pattern

#: The family of the joining characters (never a word of the tail alone).
LINK = "link"
#: The family of a button's label, printed before the keyword it acts on.
CONTROL = "control"
#: A tail holds at least this many interface words (one alone is a heading's noun).
MIN_WORDS = 2
#: A site header's name: a keyword, at most this long.
MAX_NAME = 12
#: A name foreign to the article this short needs more evidence (vocabulary, two copies).
MIN_FOREIGN = 4
#: A label with nothing after its colon.
EMPTY_LABEL = lazy_regex(r"^([\p{Han}]{2,8})[:：]$")
NAME = lazy_regex(r"[\p{Han}a-z0-9]{2,12}")
#: A sign-up call is this short at most.
MAX_SIGNUP = 8
#: A spun copy glues its keyword before a comma this many times at least.
MIN_GLUED = 2


@cache
def ui_words() -> dict[str, str]:
    """The interface words (``data/spam_ui_words.txt``), each with its family."""
    return {fields[0]: fields[1] for fields in data_lines("spam_ui_words.txt")}


@cache
def ui_word_tuple() -> tuple[str, ...]:
    """The interface words, for ``str.startswith`` (a tail starts where one does)."""
    return tuple(ui_words())


@cache
def ui_content_words() -> tuple[str, ...]:
    """The interface words that are not links, for ``str.endswith``."""
    return tuple(w for w, family in ui_words().items() if family != LINK)


def ui_starts(text: str) -> list[int]:
    """Where an interface word starts in ``text`` (a short line: a look-up per position)."""
    words = ui_word_tuple()
    return [k for k in range(len(text)) if text.startswith(words, k)]


def ui_word_end(text: str) -> bool:
    """Whether ``text`` ends with an interface word that is not a link.

    >>> ui_word_end("bt成人什么意思"), ui_word_end("九州娱乐城下"), ui_word_end("开幕")
    (True, False, False)
    """
    return text.endswith(ui_content_words())


def _parse(text: str) -> list[str] | None:
    """``text`` cut into interface words, the fewest words; None if it is not made of them.
    (A table over the positions: the text is a tail of a dozen characters at most.)"""
    words = ui_words()
    longest = max(map(len, words))
    best: list[list[str] | None] = [None] * (len(text) + 1)
    best[0] = []
    for start in range(len(text)):
        done = best[start]
        if done is None:
            continue
        for end in range(start + 1, min(len(text), start + longest) + 1):
            piece = text[start:end]
            if piece in words:
                cut = best[end]
                if cut is None or len(cut) > len(done) + 1:
                    best[end] = [*done, piece]
    return best[len(text)]


@lru_cache(maxsize=4096)
def ui_tail(tail: str) -> bool:
    """Whether ``tail`` (simplified, lower-cased) is composed only of interface words: two at
    least, one not a link, the last not a link (module docstring).

    >>> ui_tail("标签下的内容"), ui_tail("什么意思"), ui_tail("是什么意思"), ui_tail("相关文章")
    (True, True, True, True)
    >>> ui_tail("黑幕调查"), ui_tail("意思"), ui_tail("内容的"), ui_tail("的")
    (False, False, False, False)
    """
    if len(tail) > MAX_NAME:
        return False
    words = _parse(tail)
    if words is None or len(words) < MIN_WORDS:
        return False
    family = ui_words()
    return family[words[-1]] != LINK and any(family[w] != LINK for w in words)


def ui_head(head: str) -> bool:
    """Whether ``head`` (simplified, lower-cased) is a control's label: interface words
    only, a control among them, the last not a link (module docstring).

    >>> ui_head("展开"), ui_head("点击查看"), ui_head("相关文章"), ui_head("展开的")
    (True, True, False, False)
    """
    if len(head) > MAX_NAME:
        return False
    words = _parse(head)
    if not words:
        return False
    family = ui_words()
    return family[words[-1]] != LINK and any(family[w] == CONTROL for w in words)


def empty_label(probe: str) -> bool:
    """Whether ``probe`` (simplified, lower-cased, stripped) is a contact label with nothing
    after its colon.

    >>> empty_label("热线电话:"), empty_label("客服热线："), empty_label("热线电话: 12345")
    (True, True, False)
    >>> empty_label("记者:"), empty_label("相关文章:")
    (False, False)
    """
    found = EMPTY_LABEL.match(probe)
    if found is None:
        return False
    words = _parse(found.group(1))
    family = ui_words()
    return words is not None and all(family[w] in ("contact", LINK) for w in words)


@cache
def _signup() -> regex.Pattern[str]:
    """A sign-up call alone, built from ``data/call_words.txt``'s click and ease words and
    its sign-up words (start words that are account words too: 注册, 登录)."""
    kinds = call_words()
    lead = word_pattern([*kinds["click"], *kinds["ease"]])
    account = set(kinds["account"])
    signup = word_pattern([w for w in kinds["start"] if w in account])
    return regex.compile(rf"(?:{lead}){{1,2}}(?:{signup})")


def signup_call(probe: str) -> bool:
    """Whether ``probe`` (simplified, lower-cased, stripped) is a sign-up call alone, a click
    or ease word and a sign-up word and nothing else (round 31).

    >>> signup_call("点击注册"), signup_call("立即登录"), signup_call("点击注册会员领取红包")
    (True, True, False)
    >>> signup_call("注册"), signup_call("新用户注册须知")
    (False, False)
    """
    return len(probe) <= MAX_SIGNUP and _signup().fullmatch(probe) is not None


def site_headers(
    texts: Sequence[str], probes: dict[int, str], verdicts: Sequence[SpamVerdict]
) -> dict[int, SpamVerdict]:
    """The lines of spam sites' headers (index -> verdict): names above an empty contact
    label, and the label (module docstring).  ``probes`` holds the page's candidate lines
    simplified and lower-cased; a line not among them is read lower-cased.

    >>> page = ["彩48彩票", "彩48彩票", "热线电话:", "", "中美贸易战升级。"]
    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> sorted(site_headers(page, {0: "彩48彩票", 1: "彩48彩票"}, [no] * 5))
    [0, 1, 2]
    >>> page = ["厦门日报", "热线电话:", "", "厦门日报讯 市民节开幕。"]
    >>> site_headers(page, {0: "厦门日报"}, [no] * 4)
    {}
    """
    headers: list[tuple[list[int], int]] = []
    for i, text in enumerate(texts):
        line = text.strip()
        if not line:
            continue
        # a sentence of the article: a header stands above every one
        if SENTENCE_STOP.search(line):
            break  # the article has begun: a header stands above it
        probe = probes.get(i, line.lower())
        signup = signup_call(probe)
        if not signup and not empty_label(probe):
            continue
        above = _above(texts, i)
        if above < 0:
            continue
        names = [above]
        again = _above(texts, above)
        if again >= 0 and texts[again].strip() == texts[above].strip():
            names.insert(0, again)
        name = probes.get(above, texts[above].strip().lower())
        if signup and (signup_call(name) or frame_strength(name) < 1):
            continue  # a call's name must be spam by its vocabulary (a portal's own login)
        if NAME.fullmatch(name) and not FUNCTION_CHARS.search(name):
            headers.append((names, i))
    if not headers:
        return {}
    header_lines = {k for names, label in headers for k in (*names, label)}
    quiet = SpamVerdict(True, 0.0, (), 0)
    marked = [quiet if k in header_lines else v for k, v in enumerate(verdicts)]
    article = Article(texts, marked)
    elsewhere = any(v.is_spam for k, v in enumerate(verdicts) if k not in header_lines)
    found: dict[int, SpamVerdict] = {}
    for names, label in headers:
        name = probes.get(names[-1], texts[names[-1]].strip().lower())
        already = any(verdicts[k].is_spam for k in names)
        if not already and not _spam_name(name, texts[names[-1]], len(names), article, elsewhere):
            continue
        why = f"a spam site's header: its name above an empty label or a sign-up call: {name}"
        for k in names:
            if not verdicts[k].is_spam:
                found[k] = SpamVerdict(True, 0.0, (name,), 1, why, sure=True)
        found[label] = SpamVerdict(True, 0.0, (name,), 1, why, sure=True)
    return found


def _above(texts: Sequence[str], index: int) -> int:
    """The line with text above line ``index`` (blank lines between), or -1."""
    for k in range(index - 1, -1, -1):
        if texts[k].strip():
            return k
    return -1


def _spam_name(name: str, text: str, copies: int, article: Article, elsewhere: bool) -> bool:
    """Whether a header's name is spam: foreign to the article, and spam by its vocabulary,
    printed twice, or on a page with spam elsewhere (module docstring)."""
    strength = frame_strength(name)
    if strength < 0 or not (strength >= 1 or copies > 1 or elsewhere):
        return False
    if strength == 0 and len(name) < MIN_FOREIGN and not elsewhere:
        return False
    return not any(_named(form, article) for form in {name, text.strip().lower()})


def _named(form: str, article: Article) -> bool:
    """Whether the article names ``form``: half its Han pairs recur (a name shares a generic
    word with any article: 利记国际娱乐 and 国际), or (none) the form itself."""
    pairs = han_pairs(form)
    if pairs:
        return 2 * sum(article.counts[pair] > 0 for pair in pairs) >= len(pairs)
    return form in article.lowered.text


def glued_only(form: str, text: str) -> bool:
    """Whether ``text`` (the article, lower-cased) prints ``form`` only glued before a comma,
    ``MIN_GLUED`` times at least, and holds none of its Han pairs elsewhere: a spun copy's
    injected keyword (``…雷雨天气bt成人,市民需注意…``), not the article naming its topic.

    >>> glued_only("bt成人", "天气bt成人,市民注意。时段bt成人,降雨。")
    True
    >>> glued_only("仿真手枪", "缴获仿真手枪,警方称。仿真手枪外形与真枪相似。")
    False
    """
    glued = text.count(form + ",") + text.count(form + "，")
    if glued < MIN_GLUED or glued != text.count(form):
        return False
    rest = text.replace(form + ",", ",").replace(form + "，", "，")
    return not any(pair in rest for pair in han_pairs(form))
