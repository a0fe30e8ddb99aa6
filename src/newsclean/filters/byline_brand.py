"""A spam brand in a byline's source slot (round 34): no source.

**Model.**  A source is an organisation that published the text.  A hijacked or farmed
copy prints its own brand where the source should stand (``/ 金沙手机网投app /
19/12/2009``: a casino brand between the row's empty author slot and the date); the
brand names no field.  The evidence is the spam vocabulary (``data/spam_terms.txt``):
a value holding a strong term (weight 2 and more, as ``spam_byline.STRONG_TERM``: 网投,
博彩) is a brand, never a publisher.  A weak term alone (新浪娱乐's 娱乐) is no evidence:
outlets carry such words in their names.  The line stays a byline; its date and other
fields keep their readings (``spam_byline`` decides the line, this the field).
"""

from __future__ import annotations

from newsclean.filters.spam_signs import lexicon

#: A strong spam-lexicon weight (``spam_byline.STRONG_TERM``).
STRONG_TERM = 2.0


def is_spam_brand(value: str) -> bool:
    """Whether a source value holds a strong spam term (module docstring).

    >>> is_spam_brand("金沙手机网投app"), is_spam_brand("新浪娱乐"), is_spam_brand("人民网")
    (True, False, False)
    """
    weights = lexicon().terms
    return any(weights[term] >= STRONG_TERM for _, _, term in lexicon().find(value.lower()))
