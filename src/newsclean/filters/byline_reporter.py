"""A reporter's byline on its own line (split from ``byline.py`` by job: the labelled
grammar there, the reporter line here).

``中新社记者 王辛莉 张蔚然``, ``（记者 张三 李四）``, ``新华社记者``: an optional outlet, its
newsroom and a reporter's role, then up to six names; a dateline after the names (``长沙报道``,
``/ 台东县 报导``, ``發自香港``) is no name.  The outlet before the role, when a media name
(``title.is_site_name``), is kept as ``outlet``: the source when no line names one, whether
or not its reporters are named (``新华社记者`` alone under a Xinhua feature's headline).

Round 24, the outlet by where it stands: the name before a reporter's role is the body
that employs the reporter, so what the role says of it decides, not a list of outlets.
Beside a media name, a *paper* (a name ending in 报 / 報 with two characters at least
before it, ``澎湖爆報記者``: a local paper no list knows) and a *public body* with its own
press staff (three characters at least ending in an issuer word of
``data/section_labels.txt``, ``總統府記者``, ``byline_asides.issuer_ending``) are the
source.  A qualifier of the role is none of these (``摄影记者``, ``驻京记者``,
``实习记者``: no 报 and no issuer word), nor a two-character body (``学院``).  Round 34:
nor is any name of three characters or more that reads as an outlet (``byline_outlet``:
an agency's 社 after a place, ``香港中通社記者``; a broadcaster's 台; 融媒体中心).

Round 37, *the outlet spaced off before its reporter's credit*: an agency prints its name,
spaces, then the credit of the reporter it posted abroad, the post's place before the role
and a colon after it (``中评社   巴黎记者:海涵``, ``中新社 巴黎记者:龙剑武``).  The name before
the spaces is the employer when it reads as one (``employer``), the source, as a labelled row's lead
is (``央视 记者:张三``, whose role is a label, is that grammar's); the place is the role's
qualifier as 驻京 is, and the colon after the role parts it from the names as a space
does.  A word that is no employer before the spaces (``昨天 记者 张三``) leaves the
line to the other grammars.

Round 42: a paragraph mark opening the line is typography (``□晚报记者 张劲松``), and the
credits may print each role after its name behind a slash (``张劲松/文 金月全/图``,
``byline_postfix``): the writer is the author, the pictures' maker none.  A media word
alone before the role (``晚报记者``, ``日报记者``: kind ``bare`` of
``data/outlet_endings.txt``) is the house's word for itself, as 本报 is, no employer named.
"""

from __future__ import annotations

from newsclean.filters.byline_asides import issuer_ending
from newsclean.filters.byline_clean import ORIGIN, ROLE_WORDS, TRAILING_DATELINE
from newsclean.filters.byline_outlet import is_bare_media_word, is_outlet_name
from newsclean.filters.byline_pieces import (
    BRACKETS,
    OUTLET_REPORTER,
    PHOTO_CREDIT_ENDS,
    ROLE,
    Metadata,
)
from newsclean.filters.byline_portal import REPORT
from newsclean.filters.byline_postfix import without_postfix_roles
from newsclean.filters.credits import SECONDARY_ROLE_ENDS, reporter_credit
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name

#: A paragraph's mark opening a line (as ``byline.LEAD_MARKS``).
LEAD_MARKS = "◆◇■□●○▲△▼▽★☆•▪►"
# A reporter's byline on its own line: 新华社记者, 中新社记者 王辛莉 张蔚然, 本报记者 张三,
# 新华社记者韩洁、刘羊旸、崔静 (names listed with 、 are kept as listed).
REPORTER_LINE = lazy_regex(
    r"^" + ROLE + r"(?P<names>\s*[\p{Han}·]{2,4}(?:(?:\s+|、)[\p{Han}·]{2,4}){0,5})?$"
)
#: Round 39: a report word glued after the names (``(记者张三报导)``, epochtimes' closing
#: credit): the credit grammar (``credits.reporter_credit``) parts the names from it.
GLUED_REPORT = lazy_regex(REPORT + r"$")
ROLE_AT = lazy_regex(r"记者|記者|通讯员|通訊員")
COMPILED_REPORT = lazy_regex(r"(?:综合|綜合)" + REPORT + r"$")
# The outlet printed before the role of a reporter line: 人民日报记者, 端傳媒記者.
# The outlet's newsroom may stand between: 红网全媒体记者, 广州日报融媒体记者.
OUTLET_ROLE = lazy_regex(r"^(?P<outlet>\p{Han}{2,8}?)" + OUTLET_REPORTER)


#: An outlet spaced off before a reporter's role (its qualifier, a place, between).
SPACED_OUTLET = lazy_regex(
    r"^(?P<outlet>\p{Han}{2,8})[ \t\u3000]{1,4}(?=\p{Han}{0,6}?(?:记者|記者)(?![\p{Han}]{5}))"
)
#: Round 47: the bar 丨 (U+4E28) after a reporter's role (``记者丨龚欣煜 梁晓健``): a
#: character of the Han block that a row prints as its field mark (the label grammar's
#: separators and ``byline_clean.FIELD_MARKS`` hold it); it parts the role from the names
#: as a space does, and is never a name's first character.
ROLE_BAR = lazy_regex(r"(?<=记者|記者|通讯员|通訊員)[ \t]?丨[ \t]?(?=\p{Han})")
#: The colon after a reporter's role, before the names (``巴黎记者:海涵``).
ROLE_COLON = lazy_regex(r"(?<=记者|記者|通讯员|通訊員)[ \t]?[:：][ \t]?(?=\p{Han})")


def _place_role(credit: str) -> bool:
    """Whether ``credit`` opens with a role the label table does not list (``巴黎记者``: a
    place before it); a label's row (``央视 记者:张三``) is the labelled grammar's."""
    role = credit.split(None, 1)[0].split(":", 1)[0].split("：", 1)[0]
    return role not in label_table()


#: A paper by its name's end, two characters at least before it (澎湖爆報).
PAPER = lazy_regex(r"^\p{Han}{2,6}[报報]$")
#: A public body's name is three characters at least (總統府, 外交部; not 学院).
MIN_BODY = 3


def employer(name: str) -> bool:
    """A media name, a paper or a public body (module docstring); a media word alone names
    none (``晚报``)."""
    if is_bare_media_word(name):
        return False
    if is_site_name(name) or PAPER.match(name) is not None:
        return True
    if len(name) < MIN_BODY:
        return False  # 学院, 该台: a qualifier or a pointer, no employer
    return issuer_ending().match(name) is not None or is_outlet_name(name)


def outlet_of(value: str) -> str | None:
    """The outlet printed before a reporter's role (``红网全媒体记者 何青``), if a media name,
    a paper or a public body (``總統府記者``)."""
    found = OUTLET_ROLE.match(value.strip())
    if found is None or found["outlet"].startswith("本") or not employer(found["outlet"]):
        return None
    return str(found["outlet"])


def parse_reporter_line(line: str) -> Metadata | None:
    """``中新社记者 王辛莉 张蔚然``, ``（记者 张三 李四）``, ``新华社记者``."""
    bare = without_postfix_roles(line.strip(BRACKETS).lstrip(LEAD_MARKS + " "), label_table())
    if "丨" in bare:
        bare = ROLE_BAR.sub(" ", bare, count=1)  # 记者丨龚欣煜: the row's bar (round 47)
    if bare.endswith(PHOTO_CREDIT_ENDS):
        return None  # 新华社记者 陈晔华摄: a photo credit, left to the caption rules
    spaced = SPACED_OUTLET.match(bare)
    if spaced is not None and _place_role(bare[spaced.end() :]) and employer(spaced["outlet"]):
        found = parse_reporter_line(ROLE_COLON.sub(" ", bare[spaced.end() :], count=1))
        if found is not None:  # 中评社   巴黎记者:海涵: the lead a labelled row's source
            found.fields = {"source": spaced["outlet"], **found.fields}
        return found
    # 红网时刻新闻记者 陈奥男 长沙报道, 端傳媒記者 吳婧 發自香港: the dateline is no name
    reporter = REPORTER_LINE.match(TRAILING_DATELINE.sub("", bare) if " " in bare else bare)
    if reporter is None:
        return None
    result = Metadata(labels=["记者"])
    outlet = outlet_of(bare)  # 新华社记者, names printed or not: the staff of an outlet
    if outlet is not None:
        result.fields["outlet"] = outlet  # the source when no line names one
    tokens = (reporter["names"] or "").split()
    if any(token in label_table() for token in tokens if token not in ROLE_WORDS):
        return None  # 新京报记者 王小明 编辑 李四: labelled fields follow
    # Names after a correspondent's role word are the author only when no reporter is named.
    names: tuple[list[str], list[str]] = ([], [])
    secondary = line.strip(BRACKETS).startswith(SECONDARY_ROLE_ENDS)
    for token in tokens:
        if ORIGIN.match(token):
            break  # 曹智 来自中国: where the writer comes from ends the names
        if token in ROLE_WORDS:
            secondary = token.endswith(SECONDARY_ROLE_ENDS)
        else:
            names[secondary].append(token)
    author = " ".join(names[0] or names[1])
    if GLUED_REPORT.search(author):  # 记者张三报导: the report word glued (round 39)
        author = glued_credit(bare) or ""
    if author:
        result.fields["author"] = author
    return result


def glued_credit(text: str) -> str | None:
    """Round 39: the reporters of a credit whose report word is glued after the names, an
    outlet perhaps before the role and a place between (``记者张三报导``,
    ``大紀元記者張三紐約報導/``: epochtimes' closing credit before its editor's label),
    read by the credit grammar from the role on (``credits.reporter_credit``), else None.

    >>> glued_credit("大紀元記者張三紐約報導/"), glued_credit("(记者张三综合报导/")
    ('張三', '张三')
    >>> glued_credit("记者了解到"), glued_credit("大纪元")
    (None, None)
    """
    bare = text.strip(BRACKETS).rstrip(" /／|｜")
    role = ROLE_AT.search(bare)
    if role is None or not (GLUED_REPORT.search(bare) or COMPILED_REPORT.search(bare)):
        return None
    return reporter_credit(bare[role.start() :])
