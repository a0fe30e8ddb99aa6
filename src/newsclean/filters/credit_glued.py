"""A reporter's credit glued after the article's last sentence, with no bracket (round 43).

**Model (where a paper's web copy puts the print edition's closing credit).**  A paper
sets its reporters' credit on a line of its own under the story (``重庆晚报首席记者 刘婷``);
the site that copies the story runs that line into the last paragraph, so the credit
follows the paragraph's closing stop with at most a space and no bracket:
``…除夕夜的春晚,就是保障的号角。封面新闻记者 谢杰`` (a portal's copy of 封面新闻),
``…想到家人。 重庆晚报首席记者 刘婷 记者 邹渝 摄影报道 作者:刘婷 邹渝 |`` (a Chongqing
portal's copy of 重庆晚报, whose template then repeats the names under its own label).

The grammar of the glued tail, from the last sentence mark to the paragraph's end:
an outlet's name (``site_name.is_site_name``: a media word ending it, 晚报, 新闻, 网, or a
known name; or 本报), a rank at most (首席, 特约, 见习…), the reporter's role (记者), then
only persons' names (``credit_names.person_name``), further roles before further names
(``记者 邹渝``, ``通讯员 X``), the report word (``摄影报道``, ``报道``), and a template's
label repeating the writers (``作者:刘婷 邹渝``) with a bar closing the row.  The label's
names, when it has them, are the authors as the template lists them; else the names after
the roles.  Anything else after the stop (a sentence without its mark, ``新华社记者从…获悉``,
a word that is no person's name) leaves the paragraph as it was: the tail must be the credit
whole.  The outlet is required: a bare role glued after a stop is as often the next
sentence's subject as a credit.
"""

from __future__ import annotations

from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.site_name import is_site_name

__all__ = ["glued_credit"]

#: How far from the paragraph's end the glued credit is looked for.
TAIL_REACH = 80
#: The last sentence mark of the paragraph and what follows it (no mark, no bracket).
GLUED_TAIL = lazy_regex(
    r"[。！？!?」”』][ \u3000]{0,2}(?P<tail>[^。！？!?」”』()（）\[\]【】]{4,70})$"
)
#: The outlet, a rank, the reporter's role opening the tail.
OUTLET_ROLE = lazy_regex(
    r"^(?P<outlet>\p{Han}{2,10}?)"
    r"(?:首席|特约|特約|特派|见习|見習|实习|實習|全媒体|全媒體|融媒体|融媒體)?(?:记者|記者)"
)
#: A template's label repeating the writers after the credit (作者:刘婷 邹渝).
LABEL = lazy_regex(r"[ \u3000]{1,3}(?:作者|文)[:：]")
#: Words of the credit that are no names: further roles and the report word.
CREDIT_WORDS = frozenset(
    (
        "记者",
        "記者",
        "通讯员",
        "通訊員",
        "摄影报道",
        "攝影報道",
        "摄影",
        "攝影",
        "报道",
        "報道",
        "报导",
        "報導",
        "摄",
        "攝",
    )
)
SEPARATORS = lazy_regex(r"[ \u3000、]+")
#: At most this many writers in one glued credit.
MAX_WRITERS = 4


def _names(text: str) -> list[str] | None:
    tokens = [t for t in SEPARATORS.split(text.strip(" \u3000|｜")) if t]
    names = [t for t in tokens if t not in CREDIT_WORDS]
    if not names or len(names) > MAX_WRITERS or not all(map(person_name, names)):
        return None
    return names


def glued_credit(paragraph: str) -> str | None:
    """The writers of a reporter's credit glued after ``paragraph``'s last sentence
    (module docstring), joined by a space; None when the tail is not that credit whole.

    >>> glued_credit("对他们而言,除夕夜的春晚,就是保障的号角。封面新闻记者 谢杰")
    '谢杰'
    >>> glued_credit("想到家人。 重庆晚报首席记者 刘婷 记者 邹渝 摄影报道 作者:刘婷 邹渝 |")
    '刘婷 邹渝'
    >>> glued_credit("他说。新华社记者从市教育局获悉") is None
    True
    """
    if "记者" not in paragraph[-TAIL_REACH:] and "記者" not in paragraph[-TAIL_REACH:]:
        return None  # a plain test first: most paragraphs end with no credit
    found = GLUED_TAIL.search(paragraph, max(0, len(paragraph) - TAIL_REACH))
    if found is None:
        return None
    tail = found["tail"]
    role = OUTLET_ROLE.match(tail)
    if role is None:
        return None
    outlet = role["outlet"]
    if outlet not in ("本报", "本報") and not is_site_name(outlet):
        return None
    credit, label = tail[role.end() :], None
    if (labelled := LABEL.search(credit)) is not None:
        credit, label = credit[: labelled.start()], credit[labelled.end() :]
    names = _names(credit)
    if names is None:
        return None
    if label is not None and (listed := _names(label)) is not None:
        names = listed  # the template's label lists the writers as the page means them
    return " ".join(names)
