"""A spam brand in a byline's source slot (round 34): no source.

**Model.**  A source is an organisation that published the text.  A hijacked or farmed
copy prints its own brand where the source should stand (``/ 金沙手机网投app /
19/12/2009``: a casino brand between the row's empty author slot and the date); the
brand names no field.  The evidence is the spam vocabulary (``data/spam_terms.txt``):
a value holding a strong term (weight 2 and more, ``spam_signs.STRONG_TERM``: 网投,
博彩) is a brand, never a publisher.  A weak term alone (新浪娱乐's 娱乐) is no evidence:
outlets carry such words in their names.  The line stays a byline; its date and other
fields keep their readings (``spam_byline`` decides the line, this the field).

Round 35: a brand is foreign to the article it is stamped on, while a publisher names
what it writes about: a strong term the article prints is the story's subject, and the
value holding it is the outlet of that subject (``来源：中国彩票网`` over a lottery draw's
results, 彩票 in its paragraphs; ``spam_byline`` asks the same of the line).  Only a
strong term the article never prints makes a brand (``foreign_term``: ``field_origin``
asks it with the document's paragraphs once every line is placed; ``spam_byline`` of a
byline's names and ``spam_field`` of a record line's slot ask it with the page's lines
not judged spam, ``spam_article.Article``).
"""

from __future__ import annotations

from collections.abc import Callable

from newsclean.filters.spam_signs import STRONG_TERM, lexicon

#: Whether the article (lower-cased) prints a text: ``spam_article.Elsewhere.prints`` for a
#: page's lines, ``str.__contains__`` of a document's paragraphs.
Prints = Callable[[str], bool]


def foreign_term(value: str, prints: Prints, least: float = STRONG_TERM) -> bool:
    """Whether ``value`` (lower-cased) holds a spam term of weight ``least`` or more that
    the article never prints: a brand stamped on the page, not the story's subject (module
    docstring).  The one test of ``is_spam_brand`` (a source field), ``spam_byline`` (a
    byline's names) and ``spam_field`` (a value in a record line's slot).

    >>> foreign_term("金沙手机网投app", "".__contains__)
    True
    >>> foreign_term("中国彩票网", "双色球开奖结果揭晓,彩票中心提醒彩民理性购彩".__contains__)
    False
    """
    weights = lexicon().terms
    return any(
        weights[term] >= least and not article_speaks_of(value[start:end], prints)
        for start, end, term in lexicon().find(value)
    )


def is_spam_brand(value: str, prints: Prints) -> bool:
    """Whether a source value holds a strong spam term the article never prints (module
    docstring).

    >>> never = "".__contains__
    >>> is_spam_brand("金沙手机网投app", never), is_spam_brand("新浪娱乐", never)
    (True, False)
    """
    return foreign_term(value.lower(), prints)


def article_speaks_of(term: str, prints: Prints) -> bool:
    """Whether the article prints ``term``, a lexicon term as a value prints it, or a
    shorter term of the lexicon inside it: 彩票网 names a site of 彩票, the word a lottery
    draw's report prints (module docstring, round 35).

    >>> draw, macau = "彩票中心提醒彩民理性购彩".__contains__, "澳门".__contains__
    >>> article_speaks_of("彩票网", draw), article_speaks_of("网投", macau)
    (True, False)
    """
    if prints(term):
        return True
    weights = lexicon().terms
    return any(
        (word := term[start:end]) in weights and prints(word)
        for start in range(len(term) - 1)
        for end in range(start + 2, len(term) + (start > 0))
    )
