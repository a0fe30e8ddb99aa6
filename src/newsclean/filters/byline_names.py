"""A line that is only its writers' names (round 12).

A page prints its writers alone on a line under the headline in three ways besides one
name (``byline_alone.author_line``): several names spaced (``何青 王诗颖 陈奥男``, a provincial
channel's team credit), several listed with 、 (``吴升儒、王定传``), or behind a mark the
page sets before its byline, a double circle or a square (``◎梁婉琦 雷翠云`` on a Macau
radio's pages, ``◎J編`` on a Taiwan church paper's).  Each part must be a person's name
(``byline_pieces.is_person_name``: a family name of ``data/surnames.txt`` and one or two
characters, no site name, no label), at most ``MAX_NAMES`` of them, one kind of separator
per line; the names are returned as the page lists them, spaces collapsed to one.

The double circle is no list bullet (``marked_writer``): a bulleted label in the page head
(``• 文章``) is head furniture, but ◎ before a person's name is the writer's line; round 34,
wherever it stands (``◎李云川`` closing the article: ``writers_with_role`` reads it).

Round 13: a video story credits its camera alone under the byline's time
(``日期:2020/08/12下午05:37`` / ``攝影:梁婉琦 雷翠雲``, a Macau radio's video pages): a
camera label of the grammar's photographer field (two characters or more holding 摄/攝:
摄影, 摄像, 记者摄影), a colon or slash, and persons' names.  Under the time, with no writer
named, the camera operators are the story's authors (``camera_names``; the caller asks
only there: under a picture the same words are a caption's credit).

Round 16: the role may follow the names, spaced off (``• 梁婉琦 雷翠雲 記者``, ``张世政 记者``:
the order of Korean and Japanese bylines, chinese.joins.com, a Macau radio's bulleted
head): the role word (``byline_pieces.ROLE_TOKEN``) is read, and the names are the writers.

Round 19: the same ornament on both sides of the names (``˙王頌˙``, ``·李四 王五·``,
``◆张三◆``: any one punctuation mark or symbol, twice) is the page's frame around its
writers, read as the mark before them is; brackets (two different marks) are not.

Round 21: a *staff description* glued before the names (``僑務新聞志工何青 王诗颖 陈杰報導``:
an outlet's or body's words, then a staff noun that is no reporter's role, 志工, 義工,
撰稿人) and the report word glued after the last are no part of them (``staff_writers``):
the names, each a person's, are the writers (a reporter's role, 记者, is the reporter
grammar's: the outlet before it may be the source).

Round 26: *a sentence naming the writer*, alone on its line (``本文作者是吳康民``,
``本文作者是戴小橦``, a Hong Kong column's teaser and foot): the text's reference to
itself (本文, 本篇, 此文, 该文, 文章; or none, ``作者是X``), 作者, a copula (是, 为, 係) and
then only the names (``person_names``), a full stop at most: the author's credit in a
sentence's words (``author_sentence``).  A description instead of a name (``本文作者为
资深媒体人``, ``本文作者是本报记者``) names no one and stays a sentence.  Round 34: a
media name after it (``作者是 厦门晚报``, Joomla's "written by" with the paper's account,
``title.is_site_name``) names the outlet that published the text: the source.

Round 34: *names glued to an open date* (``黄乐颖、邓晓彤03/02/2021``, a Hong Kong copy's
byline): the names, then a year-last date with slashes whose two fields are both 12 or
under, which the date grammar leaves unread (nothing in the numbers says which is the
day).  The line is the byline: the names are the author (``writers_open_date``), and the
date is read with the page's evidence once the page is known (``record_dates.page_order``).

A run of words that are not all names (``春节 返乡 记``, ``国务院 新闻办``) is none, and
so is a name list inside a sentence: the caller asks only of a line alone.

Round 42, *a bracketed credit closing the article* (``(傅超编辑)``, ``(熊明华 整理)``,
``bracketed_credit``): the whole line one pair of brackets around a person's name
(``credit_names.person_name``) and, glued, spaced or slashed after it, one label word of a
person's field (author, reporter, editor).  The bracket alone on its line at the foot is
where a school's or a paper's site prints who wrote or edited the copy; the role after the
name says which field it fills, as the label before it would (``(编辑 傅超)``).  A
picture's role leaves the line to the captions.
"""

from __future__ import annotations

import unicodedata

from newsclean.filters.byline_pieces import ROLE_TOKEN, Metadata, is_person_name
from newsclean.filters.byline_portal import REPORT
from newsclean.filters.credit_names import person_name
from newsclean.filters.credits import WRITER_MARKS
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.record_dates import DAY_LAST, open_order
from newsclean.filters.title import is_site_name

#: A staff description glued before the writers' names, the report word glued after the
#: last (僑務新聞志工何青 王诗颖報導): an outlet's or body's words, then a staff noun.
STAFF_WRITERS = lazy_regex(
    r"^(?P<staff>\p{Han}{0,8}?(?:志工|義工|义工|撰稿人))"
    r"(?P<names>[\p{Han}·、 \u3000]{2,60}?)" + REPORT + r"?$"
)
#: At most this many names on one writers' line (a team credit lists five or six).
MAX_NAMES = 8
SPACES = lazy_re(r"[ \t\u3000]+")
CAMERA_LABEL = lazy_regex(r"^(?P<label>\p{Han}{2,4})[ \t\u3000]{0,2}[:：/／][ \t\u3000]{0,2}")


def person_names(text: str) -> str | None:
    """The names when ``text`` is only persons' names (module docstring), else None.

    >>> person_names("何青 王诗颖 陈奥男"), person_names("◎梁婉琦 雷翠云")
    ('何青 王诗颖 陈奥男', '梁婉琦 雷翠云')
    >>> person_names("吴升儒、王定传"), person_names("春节 返乡 记")
    ('吴升儒、王定传', None)
    >>> person_names("• 梁婉琦 雷翠雲 記者"), person_names("记者")
    ('梁婉琦 雷翠雲', None)
    >>> person_names("˙王頌˙"), person_names("·春节·")
    ('王頌', None)
    """
    line = text.strip()
    if len(line) > 2 and line[0] == line[-1] and unicodedata.category(line[0])[0] in "PS":
        line = line[1:-1].strip(" \t\u3000")  # ˙王頌˙: a frame of one mark around the names
    elif line[:1] in WRITER_MARKS:
        line = line[1:].lstrip(" \t\u3000")
    if not line or len(line) > MAX_NAMES * 5:
        return None
    listed = "、" in line
    if listed and SPACES.search(line):
        return None  # one kind of separator per line
    names = line.split("、") if listed else SPACES.split(line)
    if len(names) > 1 and not listed and ROLE_TOKEN.match(names[-1]):
        names = names[:-1]  # 梁婉琦 雷翠雲 記者: the role after the names (round 16)
    if len(names) > MAX_NAMES or not all(is_person_name(name) for name in names):
        return None
    return ("、" if listed else " ").join(names)


#: A sentence naming the writer (module docstring): self-reference, 作者, a copula.
AUTHOR_SENTENCE = lazy_regex(
    r"^[(（]?(?:本文|本篇|此文|该文|該文|文章|这篇文章|這篇文章)?的?(?:作者|撰文者|撰稿人)"
    r"[ \t]?(?:是|为|為|係|乃)[ \t]?(?P<names>[^。.!！]{2,40}?)[。.]?[)）]?$"
)


def author_sentence(text: str) -> Metadata | None:
    """The author of a line that is a sentence naming the writer (module docstring).

    >>> author_sentence("本文作者是吳康民").fields, author_sentence("本文作者为资深媒体人")
    ({'author': '吳康民'}, None)
    >>> author_sentence("作者是 厦门晚报").fields
    {'source': '厦门晚报'}
    """
    if "作" not in text and "撰" not in text:
        return None  # a plain test first: most lines hold neither
    found = AUTHOR_SENTENCE.match(text.strip())
    if found is None:
        return None
    if (names := person_names(found["names"])) is None:
        # 作者是 厦门晚报 (Joomla's "written by" with the paper's account): the outlet
        outlet = found["names"].strip()
        return Metadata(fields={"source": outlet}, labels=[]) if is_site_name(outlet) else None
    return Metadata(fields={"author": names}, labels=[])


def marked_writer(text: str) -> bool:
    """◎ before persons' names, or a role after them (round 16): the writer's line, not a
    bulleted label (``page_head``).

    >>> marked_writer("◎崔虹"), marked_writer("• 崔虹"), marked_writer("◎相关新闻")
    (True, False, False)
    >>> marked_writer("• 梁婉琦 雷翠雲 記者"), marked_writer("• 记者")
    (True, False)
    """
    stripped = text.strip()
    if person_names(stripped) is None:
        return False
    # ◎ before the names, or any mark when the role follows them: • 梁婉琦 雷翠雲 記者
    return stripped[:1] == "◎" or ROLE_TOKEN.match(SPACES.split(stripped)[-1]) is not None


def camera_names(text: str) -> str | None:
    """The names after a camera label (module docstring), else None.

    >>> camera_names("攝影:梁婉琦 雷翠雲"), camera_names("摄像／张三")
    ('梁婉琦 雷翠雲', '张三')
    >>> camera_names("摄影:新华社"), camera_names("图/张三"), camera_names("作者:张三")
    (None, None, None)
    """
    label = CAMERA_LABEL.match(text.strip())
    if label is None or not any(char in label["label"] for char in "摄攝"):
        return None
    if label_table().get(label["label"]) != "photographer":
        return None
    return person_names(text.strip()[label.end() :])


def writers_with_role(text: str) -> Metadata | None:
    """A writers' line with the role after the names (``• 梁婉琦 雷翠雲 記者``, ``张世政
    记者``: module docstring, round 16): a byline naming the authors, else None.

    >>> writers_with_role("• 崔虹 记者").fields, writers_with_role("• 崔虹") is None
    ({'author': '崔虹'}, True)
    >>> writers_with_role("春节 返乡 记者") is None, writers_with_role("◎李云川").fields
    (True, {'author': '李云川'})
    """
    tokens = SPACES.split(text.strip())
    if tokens[0][:1] == "◎" and (marked := person_names(text.strip()[1:])):
        return Metadata({"author": marked}, labels=["◎"])  # the writer's mark, anywhere
    if len(tokens) < 2 or ROLE_TOKEN.match(tokens[-1]) is None:
        return staff_writers(text) or writers_open_date(text)
    names = person_names(text)
    return Metadata({"author": names}, labels=[tokens[-1]]) if names else None


def writers_open_date(text: str) -> Metadata | None:
    """Writers' names and a year-last date whose order the numbers leave open, glued or
    spaced, nothing else (module docstring, round 34): the names are the author, the date
    is left to the page (``record_dates.page_order``), else None.

    >>> writers_open_date("黄乐颖、邓晓彤03/02/2021").fields
    {'author': '黄乐颖、邓晓彤'}
    >>> writers_open_date("比分 03/02/2021") is None, writers_open_date("黄乐颖 25/02/2021")
    (True, None)
    """
    line = text.strip()
    if "/" not in line or (date := DAY_LAST.search(line)) is None or date.end() != len(line):
        return None
    if not open_order(date):
        return None  # the numbers decide: the date grammar's reading
    names = person_names(line[: date.start()].rstrip())
    return Metadata({"author": names}, labels=[]) if names else None


def staff_writers(text: str) -> Metadata | None:
    """Writers named after their staff description and before the report word, glued
    (module docstring, round 21): ``僑務新聞志工何青 王诗颖報導``, else None.

    >>> staff_writers("社区通讯志工林小美、欧阳大同报导").fields
    {'author': '林小美、欧阳大同'}
    >>> staff_writers("义工们春节 返乡报导") is None, staff_writers("记者") is None
    (True, True)
    """
    line = text.strip()
    if len(line) > MAX_NAMES * 6 + 12 or ("工" not in line and "撰" not in line):
        return None  # every staff noun holds 工 or 撰: most lines are done here
    match = STAFF_WRITERS.match(line)
    if match is None:
        return None
    names = person_names(match["names"])
    return Metadata({"author": names}, labels=[match["staff"]]) if names else None


#: A bracketed credit: a name and a role word (one to three Han letters), glued, spaced
#: or slashed, alone in one pair of brackets.
BRACKETED_CREDIT = lazy_regex(
    r"^[(（]\s{0,2}(?P<name>[\p{Han}·]{2,4}?)[ \t/／]{0,2}(?P<role>\p{Han}{1,3})\s{0,2}[)）]$"
)
#: What a bracketed credit's role fills.
CREDIT_FIELDS = {"author": "author", "reporter": "author", "editor": "editor"}


def bracketed_credit(line: str) -> Metadata | None:
    """A bracketed credit closing the article (module docstring), else None.

    >>> bracketed_credit("(傅超编辑)").fields, bracketed_credit("（熊明华 整理）").fields
    ({'editor': '傅超'}, {'author': '熊明华'})
    >>> bracketed_credit("(资料图)"), bracketed_credit("(新华社编辑)"), bracketed_credit("(张三摄)")
    (None, None, None)
    """
    found = BRACKETED_CREDIT.match(line.strip())
    if found is None:
        return None
    field = CREDIT_FIELDS.get(label_table().get(found["role"], ""))
    if field is None or not person_name(found["name"]):
        return None
    return Metadata({field: found["name"]}, labels=[found["role"]])
