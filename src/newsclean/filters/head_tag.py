"""A story's kind framed before its headline: ``[图文]玉泉路园区新设报栏 …``, ``【组图】…``.

**Model.**  A news CMS prints the kind of a story (a column tag, ``data/column_tags.txt``:
图文, 组图, 视频, 独家 …) framed in square or lenticular brackets and glued before the
headline, with no colon between.  A few of those words are credit labels as well
(``图文：张三``, the writer of the text and the pictures, ``data/metadata_labels.txt``), so
the byline grammar reads the frame as a label and the headline as its value (round 39:
old-news.ucas.ac.cn printed ``[图文]玉泉路园区新设报栏 学校将满足学生多层次需求``; the
page's author became its headline and the page lost its title).  The framed tag is the
headline's kicker, not a label, when what follows it is title-shaped and is no list of
person names: a name or names split by spaces or 、 (``【图文】张三 李四``) stay a credit,
and so does a value after a colon (``[图文]：张三``).
"""

from __future__ import annotations

from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.convert import convert_text
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_title_shaped, kind_tags

#: A framed tag of one to four letters opening the line, the text glued after it.
FRAMED = lazy_regex(r"^\s*[\[【［]\s?(?P<tag>[^\]】］\s]{1,4})\s?[\]】］]\s?(?P<rest>.+)$")
#: A colon after the frame: a label and its value (``[图文]：张三``).
COLONS = (":", "：", "︰")


def is_tagged_headline(text: str) -> bool:
    """Whether ``text`` is a headline under a framed kind tag (module docstring).

    >>> is_tagged_headline("[图文]玉泉路园区新设报栏 学校将满足学生多层次需求")
    True
    >>> is_tagged_headline("【图文】张三 李四"), is_tagged_headline("[图文]：张三")
    (False, False)
    """
    found = FRAMED.match(text)
    if found is None:
        return False
    rest = found["rest"].strip()
    if not rest or rest.startswith(COLONS):
        return False
    if convert_text(found["tag"]).lower() not in kind_tags():
        return False
    if all(is_person_name(name) for part in rest.split() for name in part.split("、")):
        return False  # 【图文】张三 李四: the writer's credit under the label
    return is_title_shaped(rest)
