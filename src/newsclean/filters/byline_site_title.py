"""A source credited by the source site's page title (round 34).

**Model.**  A page that names where its text came from by copying the source site's page
title into the source field prints that title whole: the site's greeting to its visitor
(``data/site_greetings.txt``: 欢迎莅临, 欢迎光临, 欢迎访问), the site's name, then the
title's separator, a dash or bar with a space on each side, and the section the copied
page was in (``欢迎莅临侨委会全球资讯网 – 新闻焦点``).  The greeting says the text is a page
title; the name is what follows it up to the first spaced separator (a dash without
spaces joins a name's parts, ``华龙网-重庆晨报``).  Without a greeting the value is left
as printed: a name and a spaced dash alone are no evidence of a title.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.dates import with_variants
from newsclean.filters.lazy_pattern import lazy_regex

#: A page title's separator: a dash or bar with a space on each side.
TITLE_SEPARATOR = lazy_regex(r"[ \t\u3000]+[-–—|｜][ \t\u3000]+")


@cache
def greetings() -> tuple[str, ...]:
    """The greetings of ``data/site_greetings.txt``, every script, longest first."""
    forms = {form for (word,) in data_lines("site_greetings.txt") for form in with_variants(word)}
    return tuple(sorted(forms, key=len, reverse=True))


def site_of_title(value: str) -> str:
    """The site's name in a source printed as its page title, else ``value``.

    >>> site_of_title("欢迎莅临人民网 – 新闻焦点")
    '人民网'
    >>> site_of_title("歡迎蒞臨華龍網-重慶晨報 – 新聞焦點")
    '華龍網-重慶晨報'
    >>> site_of_title("人民网 – 新闻焦点"), site_of_title("欢迎")
    ('人民网 – 新闻焦点', '欢迎')
    """
    text = value.strip()
    greeting = next((word for word in greetings() if text.startswith(word)), None)
    if greeting is None:
        return value
    name = TITLE_SEPARATOR.split(text[len(greeting) :].lstrip(), maxsplit=1)[0].strip()
    return name or value
