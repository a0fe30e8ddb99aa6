"""A spam brand in a byline's source slot (round 34): no source.

**Model.**  A source is an organisation that published the text.  A hijacked or farmed
copy prints its own brand where the source should stand (``/ 金沙手机网投app /
19/12/2009``: a casino brand between the row's empty author slot and the date); the
brand names no field.  The evidence is the spam vocabulary (``data/spam_terms.txt``):
a value holding a strong term (weight 2 and more, as ``spam_byline.STRONG_TERM``: 网投,
博彩) is a brand, never a publisher.  A weak term alone (新浪娱乐's 娱乐) is no evidence:
outlets carry such words in their names.  The line stays a byline; its date and other
fields keep their readings (``spam_byline`` decides the line, this the field).

Round 35: a brand is foreign to the article it is stamped on, while a publisher names
what it writes about: a strong term the article prints is the story's subject, and the
value holding it is the outlet of that subject (``来源：中国彩票网`` over a lottery draw's
results, 彩票 in its paragraphs; ``spam_byline`` asks the same of the line).  Only a
strong term the article never prints makes a brand (``field_origin`` asks, with the
document's paragraphs, once every line is placed).
"""

from __future__ import annotations

from newsclean.filters.spam_signs import lexicon

#: A strong spam-lexicon weight (``spam_byline.STRONG_TERM``).
STRONG_TERM = 2.0


def is_spam_brand(value: str, article: str) -> bool:
    """Whether a source value holds a strong spam term ``article`` never prints (module
    docstring).

    >>> is_spam_brand("金沙手机网投app", ""), is_spam_brand("新浪娱乐", "")
    (True, False)
    >>> is_spam_brand("中国彩票网", "双色球开奖结果揭晓,彩票中心提醒彩民理性购彩")
    False
    """
    weights = lexicon().terms
    lowered, printed = value.lower(), article.lower()
    return any(
        weights[term] >= STRONG_TERM and not article_speaks_of(lowered[start:end], printed)
        for start, end, term in lexicon().find(lowered)
    )


def article_speaks_of(term: str, printed: str) -> bool:
    """Whether the article ``printed`` (lower-cased) prints ``term``, a lexicon term as a
    value prints it, or a shorter term of the lexicon inside it: 彩票网 names a site of
    彩票, the word a lottery draw's report prints (module docstring, round 35).

    >>> article_speaks_of("彩票网", "彩票中心提醒彩民理性购彩"), article_speaks_of("网投", "澳门")
    (True, False)
    """
    if term in printed:
        return True
    weights = lexicon().terms
    return any(
        (word := term[start:end]) in weights and word in printed
        for start in range(len(term) - 1)
        for end in range(start + 2, len(term) + (start > 0))
    )
