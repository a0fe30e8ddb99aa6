"""A writer's name opening the first paragraph, a space, then the story (round 28).

**Model.**  A school's report, a column or a reposted story may open with its writer's
name alone and a space before the first sentence (``陳美斯 一年一度的玫瑰之聲…``,
``武廷融 民众党主席黄国昌爆「狗仔案」…``): no label, no bracket, no role word.  What
makes the name a signature and not the sentence's subject is the page itself:

- Chinese prose writes no space between a subject and its verb, so one space right after
  a person's name at the paragraph's opening parts the name from the text;
- a subject is named again by its story (the full name, or the family name with a
  title), while the writer's name is printed nowhere else in the article.

So the first paragraph opening with a person's name (``_person``, the shape of
``byline_pieces.is_person_name``: a family name of ``data/surnames.txt`` and one or two
given characters, no outlet's ending), one space (half or full width), then a sentence
of ``MIN_SENTENCE`` characters or more that opens with a Han letter or a quote, names
its author when the name is printed nowhere else in the article.  A name the article
repeats is its subject and stays; a name glued to its verb (``张三表示``) is prose; a
name and a space before a short line is a caption or a list, not a credit.

**Where the article opens** (round 31, ``credit_window``, asked by
``credits.article_credit``): a reporters' credit opens one of the article's first two
paragraphs, or a paragraph opening with an outlet's dateline (``华龙网讯 (记者 詹遥)…``,
``【中新社香港9月22日电】(戴小橦)…``) within the first four when every paragraph above it
is a short line: a page may leave its own notices to the reader as paragraphs above the
story (``抱歉,我们并不支援你正使用的浏览器。``), and the dateline is where the story
opens.  A long paragraph above it is the article's own text, and a dateline under it
another story's (a digest's next item), so it names no reporter of this one.  Round 39:
the article's text is prose, letters for the most part (Han, kana, Latin); a long line mostly
of digits and marks (a school's telephone listing a page left above the story:
``崇华小学05-7761390,崇华独中05-7761484,…``) is the page's, passed as a short line is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex

#: A name of two to four letters, one space, the sentence's first character.
LEAD_NAME = lazy_regex(r"^(?P<name>[\p{Han}·]{2,4})[ \u3000](?=[\p{Han}「“『《])")
#: The sentence after the name is the story's: this long at least.
MIN_SENTENCE = 20
#: The last letter of an outlet's or a body's name, never of a person's (人民网, 新华社).
OUTLET_ENDS = frozenset("网網报報社台刊站局部会會院")


def _person(name: str) -> bool:
    """A family name of one or two letters and one or two given ones
    (``credit_names.person_name``), no outlet's ending (``byline_pieces.is_person_name``
    reads site names too, which this module cannot import: byline_pieces reaches
    ``credits`` through ``title``)."""
    if name[-1] in OUTLET_ENDS or "·" in name:
        return False
    return person_name(name)


def lead_name(paragraph: str, rest_of_article: str) -> str | None:
    """The writer's name opening ``paragraph`` before a space (module docstring), when
    ``rest_of_article`` (the other paragraphs) and the paragraph's own text never print it.

    >>> lead_name("武廷融 民众党主席黄国昌爆「狗仔案」遭检调侦办,今日再度出面回应各界质疑。", "")
    '武廷融'
    >>> lead_name("黄国昌 今日再度出面回应各界质疑,强调自己绝无违法情事。", "黄国昌表示")
    """
    if len(paragraph) < MIN_SENTENCE or (match := LEAD_NAME.match(paragraph)) is None:
        return None
    name = match["name"]
    rest = paragraph[match.end() :]
    if len(rest) < MIN_SENTENCE or not _person(name):
        return None
    if name in rest or name in rest_of_article:
        return None  # the article names it again: its subject
    return name


def article_lead_name(
    paragraphs: Sequence[int], text_of: Callable[[int], str]
) -> tuple[int, str] | None:
    """(paragraph, writer) of a name opening the article's first paragraph."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    if LEAD_NAME.match(text_of(first)) is None:
        return None  # most articles: no name and space open them, nothing joined
    rest = "\n".join(text_of(i) for i in paragraphs[1:])
    name = lead_name(text_of(first), rest)
    return (first, name) if name else None


#: Round 30: a slash right after a credit's role, then names ended by another slash or the
#: bracket's end (``芝加哥時報記者/郭笑榮/採訪報導``): the credit's fields parted by slashes,
#: the first slash no terminator (``credits._names_after``).  Round 38: a colon parts the
#: role from its names as the slash does (``（记者：李红梅、付强 通讯员：曲哲涵）``), and the
#: names may end at a space, the next field or the sentence after it (``本报记者/冯凯 18日``).
PARTED_NAMES = lazy_regex(
    r"^[ \t\u3000]{0,2}[/／∕:：][ \t\u3000]{0,2}"
    r"(?=[\p{Han}·]{2,4}(?:[、 ][\p{Han}·]{2,4}){0,5}"
    r"(?:[ \t\u3000]{0,2}(?:[/／∕)）】\]〕]|$)|[ \t\u3000]))"
)


#: Round 31: an outlet's dateline opening a paragraph (``华龙网讯 (记者 詹遥)…``,
#: ``【中新社香港9月22日电】(戴小橦)…``): a name, perhaps a place and a day, then 电 or 讯.
DATELINE_OPENING = lazy_regex(r"^[【\[〔]?\p{Han}{2,12}(?:\d{1,2}月)?(?:\d{1,2}日)?[电電讯訊]")
#: A credit opens one of the article's first paragraphs: the first, or the one under a
#: dek (——国家主席…侧记) or lead line; a dateline's, one of the first four, under short
#: lines only (the page's own notices, none of the article's text: at most this long).
CREDIT_PARAGRAPHS = 2
DATELINE_REACH = 4
MAX_PASSED_LINE = 40
LETTER = lazy_regex(r"\p{L}")


def credit_window(paragraphs: Sequence[int], text_of: Callable[[int], str]) -> list[int]:
    """The paragraphs a reporters' credit may open (``credits.article_credit``): the
    article's first two, and, round 31, a paragraph opening with an outlet's dateline
    within the first four when every paragraph above it is a short line.  A page may leave
    its own notices to the reader as paragraphs above the article (``抱歉,我们并不支援你正
    使用的浏览器。`` / ``如有问题,欢迎电邮至 … 查询。``); the dateline is where the story
    opens, and its credit names the reporters.  A long paragraph above it is the article's
    own text, and a dateline under it another story's (a digest, a related item).
    """
    window = list(paragraphs[:CREDIT_PARAGRAPHS])
    for k, at in enumerate(paragraphs[:DATELINE_REACH]):
        text = text_of(at).lstrip()
        if k >= CREDIT_PARAGRAPHS and DATELINE_OPENING.match(text) is not None:
            return [*window, at]
        if len(text) > MAX_PASSED_LINE and 2 * len(LETTER.findall(text)) >= len(text):
            break  # the article's own text (prose): a dateline under it is another story's
    return window
