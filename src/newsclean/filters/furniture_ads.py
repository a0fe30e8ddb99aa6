"""A business's advertisement sentence put among a copied article's paragraphs.

Model (``data/agency_ad_words.txt``; ``site_lines.foreign_lines`` asks it for every line
of the page).  A site that copies articles (a web-design agency's, an SEO shop's) puts its
own advert between their paragraphs: ``某某主要从事网站设计制作…十余年网站建设经验，价格
优惠、服务专业，欢迎来电咨询建站服务：18982081108``.  Such a line is

* a *call to make contact closing it*: a word of contact (电话, 来电, 咨询, 微信 …), at most
  a few characters and a colon, and a telephone number (a mobile's eleven digits, an area
  code and a number, a 400 line), nothing but a stop after it;
* *promotion*: at least ``MIN_PROMO`` distinct phrases of a business promoting itself
  (主要从事, 价格优惠, 服务专业, 欢迎来电, 十余年 …);
* *foreign to the article* (``spam_article.Article``): at most ``MAX_SHARED`` of its pairs
  of Han characters occur in the page's other lines.

A paragraph of a story about a hotline quotes its number at the end too (``市民如有疑问，
可致电服务热线：12345``), but it promotes nothing, and the article around it speaks of the
hotline, so its pairs recur: it stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_contact import PHONE
from newsclean.filters.memo import LineCache
from newsclean.filters.spam_article import Article
from newsclean.filters.word_trie import longest_first

#: An advert is a sentence or two.
MAX_AD = 300
#: Distinct promotion phrases an advert holds at least.
MIN_PROMO = 3
#: Share of its pairs the article may print (a word of the copied article's subject).
MAX_SHARED = 0.2


@cache
def _words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("agency_ad_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])

    def words(kind: str) -> str:
        return longest_first(kinds[kind])

    promo = regex.compile(words("promo"))
    call = regex.compile(rf"(?:{words('call')})[^0-9。！!？?，,]{{0,6}}?[:：]?\s?{PHONE}[。.!！]?$")
    return promo, call


def is_advert(text: str) -> bool:
    """Whether ``text`` has an advert's shape: promotion and a call closing it.

    >>> is_advert("某某主要从事网站制作，十余年经验，价格优惠、服务专业，欢迎来电：13800138000")
    True
    >>> is_advert("市民如有疑问，可致电服务热线：12345")
    False
    """
    line = text.strip()
    if len(line) > MAX_AD or not line.rstrip("。.!！")[-1:].isdigit():
        return False  # most lines: no number closes them
    promo, call = _words()
    tail = line[-40:]  # the call and its number close the line
    if call.search(tail) is None:
        return False
    return len(set(promo.findall(line))) >= MIN_PROMO


#: ``is_advert``, remembered across pages (pure; a site's pages repeat their lines).
_advert_of: LineCache[bool] = LineCache(is_advert, LineCache.SMALL)


def advert_lines(
    lines: Sequence[LineLike | None],
    content: Sequence[int],
    article_of: Callable[[], Article],
) -> list[int]:
    """The lines of ``content`` that are an advert foreign to the article."""
    adverts = [i for i in content if _advert_of(lines[i].text)]  # type: ignore[union-attr]
    if not adverts:
        return []  # most pages: no line closes with a phone number
    article = article_of()
    found = []
    for i in adverts:
        own = han_pairs(article.texts[i])
        if article.without(i).echoes(own) <= MAX_SHARED * len(own):
            found.append(i)
    return found
