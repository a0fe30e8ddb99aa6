"""A spam term before the headline that no vocabulary knows: the evidence of the page.

``spam_frames`` cuts a term the spam vocabulary knows (a strong frame anywhere, a marked one
on a page with spam elsewhere).  A hijack template also writes terms the vocabulary has never
seen (a site's slogan, a drug's name), framed (``【某某看某某】向着…``) or before the headline
with a plain space and no frame (``某某社区 习近平向军事科学院…``).  Such a term is told from
the headline's own first word (a place, a person, an organisation, a column name:
``北京 2025年将新增…``, ``习近平 在…``, ``快讯 台风…``) by the page, not by its words:

* *the place*: a line of the page head (``spam_frames``), opening with a term of
  ``MIN_TERM``-``MAX_BARE`` characters (Han, Latin or digits, no function character) then one
  space (ASCII or ideographic) and a *headline by itself*: at least ``MIN_HEADLINE``
  characters, beginning with a Han character, no list separator (``|``, ``_``, ``/``) in it;
* *a hijacked page*: the page carries spam elsewhere (a line or block already judged spam):
  the template's other injection speaks for this one.  Without it the term stays, whatever
  its shape (nothing but vocabulary could tell it from a headline's first word);
* *not a column*: the term is a keyword (Han, Latin and digits only: a column's compound
  keeps its middle dot, ``【两会·声音】``), no desk credit (an outlet's name and its kind of
  copy, ``华龙网讯 (记者…)``: the article's own credit), no section label or column tag
  (``data/section_labels.txt``, ``data/column_tags.txt``: 快讯, 独家, 深度, 视频 …) and
  no weak lexicon word alone (a channel's name), and holds no word of the reports about
  spam;
* *foreign to the article*: none of the term's character pairs occurs in the rest of its
  line or in any line of the page not judged spam.  A headline's first word is its subject
  (a place, a person, an organisation), which the article names again; an injected term is
  named once, or only among the spam;
* *not the article's topic abbreviated*: a headline's topic is often shortened from the
  article's names (``夏王会 促两岸交流正常化``: 夏立言, 王毅, 会面), so its pairs occur
  nowhere but each of its characters does; an injected term holds a Han character the
  article (the page's lines not judged spam) never uses;
* *the rest is the article's headline*: at least ``ECHOES`` of the rest's Han pairs occur
  again in the page's other lines (not spam): the headline speaks of the article, the term
  does not.

Round 41, *a stack of frames on a page with no other spam* (``【借記卡四件套】【一手黑卡4件套】
香港新聞界…``): a template that injects its keywords only there leaves no other spam to
speak for them, so the stack speaks for itself.  A column is one tag before its headline,
or a tag and a format word, both column words (``【两会】【视频】``); ``MIN_STACK`` frames or
more that the vocabulary does not know, *each* a keyword that is no column, foreign to the
article, holding a character the article never uses, before a headline the article
echoes, are one injection: cut without a hijack.  The rest a frame is judged against is
the line after the whole stack (the stack's other frames are the injection, not the
headline: ``四件套`` and ``4件套`` share pairs).  A single frame still needs the hijack: a
long column the article does not name (``【新春走基层】崔壁村让我成长``,
http://news.workercn.cn/28461/201402/10/140210110042624.shtml) has every other sign of a
keyword.

A term the vocabulary knows (``frame_strength`` 2, or 1 on a hijacked page) needs only the
place and to be foreign to its own line's rest; the same rules cut a frame the vocabulary
does not know (``frame_strength`` 0) on a hijacked page.  The line stays where structure puts
it, without the term; its evidence records the cut (``spam cut``).

The page head's length test measures a line *without its pinyin glosses* (``GLOSS``: a
bracketed run of Latin letters and spaces, ``（ xīn wén ）``): a mirror's glosses are not
the headline's length, and counting them made a glossed headline with one quoted sentence
(``「…。」那些年…``) read as the first paragraph.

The article (the page's lines not judged spam, the asking line left out) is asked through
one index per page (``spam_article.Elsewhere``), not walked line by line per question.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.byline_values import source_name
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_signs import FUNCTION_CHARS, counter_lexicon, lexicon
from newsclean.filters.title import is_site_name

#: A bare term before the headline is this many characters at most (a keyword, not a clause).
MIN_TERM, MAX_BARE = 2, 8
#: The headline after the term is at least this many characters.
MIN_HEADLINE = 8
#: This many of the headline's Han pairs occur again in the article.
ECHOES = 2
#: A stack of this many frames needs no other spam on the page (round 41).
MIN_STACK = 2
BARE = lazy_regex(rf"^([\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_BARE}}})[ \u3000](?=\p{{Han}})")
LIST_MARK = lazy_regex(r"[|｜_/／丨]")
#: A keyword: Han, Latin and digits only (a column's compound has its ·: 两会·声音).
KEYWORD = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]+")
#: A pinyin gloss: a bracketed run of Latin letters and spaces (bounded: linear).
GLOSS = lazy_regex(r"[（(][\p{Latin} ]{1,60}[）)]")


def bare_term(line: str) -> str | None:
    """The term before the headline of ``line`` when the line has the place's shape.

    >>> bare_term("某某社区 习近平向军事科学院授军旗致训词"), bare_term("北京 天晴")
    ('某某社区', None)
    """
    found = BARE.match(line)
    if found is None:
        return None
    rest = line[found.end() :].strip()
    if len(rest) < MIN_HEADLINE or LIST_MARK.search(rest) or FUNCTION_CHARS.search(found[1]):
        return None
    return found[1]


def head_length(line: str) -> int:
    """The length of a page-head line without its pinyin glosses.

    >>> head_length("新闻（ xīn wén ）人")
    3
    """
    return len(GLOSS.sub("", line)) if "(" in line or "（" in line else len(line)


@cache
def column_words() -> frozenset[str]:
    """Section labels and column tags (``data/section_labels.txt``, ``data/column_tags.txt``)."""
    words = {fields[1] for fields in data_lines("section_labels.txt") if len(fields) > 1}
    words.update(fields[0] for fields in data_lines("column_tags.txt"))
    return frozenset(words)


def is_column(term: str) -> bool:
    """Whether ``term`` (simplified, lower-cased) is a column's name (module docstring)."""
    if term in column_words() or counter_lexicon().find(term):
        return True
    weight = lexicon().terms.get(term)
    return weight is not None and weight < 2.0


def char_pairs(text: str) -> set[str]:
    """The pairs of adjacent characters of ``text``: the evidence two texts share a name."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def foreign(terms: tuple[str, ...], rest: str, article: Elsewhere) -> bool:
    """Whether no pair of ``terms`` (the term as printed and simplified) occurs in ``rest``
    or in the article outside the term's line (``article``).  A pair of digits is no name
    (``118彩票``: any date of the article holds ``11`` or ``18``): it is not asked.

    >>> from newsclean.filters.spam_article import Article
    >>> from newsclean.filters.spam_verdict import NOT_SPAM
    >>> page = ["118彩票 天文台发警告", "11月18日,天文台发出警告。"]
    >>> foreign(("118彩票",), "", Article(page, [NOT_SPAM] * 2).without(0))
    True
    """
    own = {
        pair
        for pair in set().union(*map(char_pairs, (t.lower() for t in terms)))
        if not pair.isdigit()
    }
    lowered = rest.lower()
    return not any(pair in lowered for pair in own) and not article.names(own)


def echoed(rest: str, article: Elsewhere) -> bool:
    """Whether ``ECHOES`` of the Han pairs of ``rest`` occur again in the article outside
    its line (the headline speaks of the article)."""
    return article.echoes(han_pairs(rest), ECHOES) >= ECHOES


def unknown_spam(
    terms: tuple[str, ...], rest: str, article: Elsewhere, *, stacked: bool = False
) -> bool:
    """Whether a term the vocabulary does not know is spam by the page's evidence: a hijacked
    page (or, round 41, ``stacked``: one of a stack of frames the vocabulary does not know,
    each judged), no column, foreign to the article, the rest its headline (module
    docstring)."""
    return (
        (article.hijacked or stacked)
        and all(KEYWORD.fullmatch(t) for t in terms)
        and not any(is_column(t.lower()) or desk_credit(t) for t in terms)
        and foreign(terms, rest, article)
        and unused_char(terms, rest, article)
        and echoed(rest, article)
    )


def desk_credit(term: str) -> bool:
    """Whether ``term`` is an outlet's name and its kind of copy (``华龙网讯``, ``中新网专稿``:
    ``byline_values.source_name``): the article's own credit opening its first paragraph.

    >>> desk_credit("華龍網訊"), desk_credit("腾讯"), desk_credit("葡京娱乐")
    (True, False, False)
    """
    name = source_name(term)
    return name != term and is_site_name(name)


def unused_char(terms: tuple[str, ...], rest: str, article: Elsewhere) -> bool:
    """Whether the term (as printed and as simplified, each) holds a Han character that
    neither ``rest`` nor the article outside the term's line uses."""
    for term in terms:
        left = set(HAN.findall(term)) - set(rest)
        if not any(not article.used(c) for c in left):
            return False
    return True
