"""Bylines printed in one bracket, read whole (the line grammar is ``byline.py``'s).

**A writer's byline that credits the photos.**  A line ending in a photo credit is left
to the captions (``metadata.parse_metadata``), unless the labelled grammar reads it whole
as a byline naming the writer by a writer's label (记者, 作者, 文) before a
photographer's field (照片, 图, 摄影), the writer's value names only (2-4 Han characters
each, parted by 、 or spaces): ``【记者/张三、李四 照片/撷取自网路、 翻摄报纸】``.  The photos'
credit is then one more field of the byline.  A credit of photos alone (``通讯员供图``,
``新华社记者 陈晔华摄``) and a caption whose scene text stands before the credit stay
captions.

**An outlet and its writer in one bracket.**  A commentary may open with the outlet
glued to the writer's name and a word naming the piece, in one lenticular bracket
(``【聚论坛李华球文章】``): a media name (``title.is_site_name``, or a name ending in a
media word: 网 报 社 台 刊 论坛), then a person's name (``byline_pieces.is_person_name``:
a family name and one or two characters), then a piece word (文章, 专文, 评论, 撰文).
The outlet is the source, the name the author.  A bracket with no person's name after
the outlet (``【人民网评论】``, ``【新华网评论文章】``) is no byline.

**An outlet's column header.**  A paper's opinion page prints its name, a hyphen and the
column's name in lenticular brackets before each piece (``亚洲日报- 【亚洲人之声】``): a
media name (``title.is_site_name``) is the source, the column where the piece is filed
(read, not stored; ``outlet_column``).  Any other name before the bracket is not one.

**An alumnus's byline.**  An alumni newsletter prints its writer's name, the class year
in brackets (a year, the degree, 毕业 / 届 / 级) and the writer's job glued after it
(``劉修彣 (2016年本科畢業)獨立記者``): the name, a person's, is the author
(``alumnus_writer``); a bracket without a year and a class word is not one.  Two writers
of one class are listed with 、 (round 12), each a person's name.

**The writers' affiliation.**  A journal's copy prints the authors' school under their
names, one bracket holding the whole line: an institution (``byline.AFFILIATION``: a
name ending in 大学, 学院, 研究所...), its department, province and city, and the
six-digit postal code (``(南京邮电大学 社会与人口学院,江苏 南京 210023)``).  It is part of
the byline, not stored (``affiliation_line``); a bracket without the institution first or
without the postcode (``(南京邮电大学供图)``, ``(记者 张三)``) is not one.
"""

from __future__ import annotations

from newsclean.filters.byline import AFFILIATION
from newsclean.filters.byline_pieces import Metadata, is_person_name
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.title import is_site_name

#: The roles of a byline whose photo credit is one of its fields.
WRITER_FIELDS, PHOTO_FIELDS = frozenset(("author", "reporter")), frozenset(("photographer",))
WRITER_NAMES = lazy_regex(r"^[\p{Han}·]{2,4}(?:[、\s][\p{Han}·]{2,4}){0,7}$")
# 【聚论坛李华球文章】: an outlet, its writer and a piece word in one bracket.
OUTLET_WRITER = lazy_regex(
    r"^[【\[]\s?(?P<run>\p{Han}{4,18}?)(?:文章|专文|專文|评论|評論|撰文)\s?[】\]]$"
)
OUTLET_END = lazy_regex(r"(?:网|網|报|報|社|台|臺|刊|论坛|論壇)$")
#: A person's name is two to four characters, tried longest family-and-given first.
NAME_SIZES = (3, 2, 4)


def writer_credits_photos(parsed: Metadata) -> bool:
    """Whether a byline names its writer by label before a photographer's field.

    >>> writer_credits_photos(Metadata({"author": "张三", "photographer": "李四"}, ["记者", "图"]))
    True
    >>> writer_credits_photos(Metadata({"author": "供图"}, ["通讯员"]))
    False
    """
    fields = [label_table().get(label) for label in parsed.labels]
    writer = next((i for i, f in enumerate(fields) if f in WRITER_FIELDS), None)
    photos = next((i for i, f in enumerate(fields) if f in PHOTO_FIELDS), None)
    if writer is None or photos is None or photos < writer:
        return False
    return WRITER_NAMES.match(parsed.fields.get("author", "")) is not None


def outlet_writer(line: str) -> Metadata | None:
    """Source and author of a bracket holding an outlet glued to its writer's name.

    >>> outlet_writer("【河北新闻网崔虹文章】").fields
    {'source': '河北新闻网', 'author': '崔虹'}
    >>> outlet_writer("【人民网评论】") is None
    True
    """
    if line[:1] not in "【[" or line[-1:] not in "】]":
        return None
    found = OUTLET_WRITER.match(line)
    if found is None:
        return None
    run = found["run"]
    for size in NAME_SIZES:
        outlet, name = run[:-size], run[-size:]
        if len(outlet) < 2 or not is_person_name(name):
            continue
        if is_site_name(outlet) or OUTLET_END.search(outlet) is not None:
            return Metadata(fields={"source": outlet, "author": name}, labels=["文章"])
    return None


AFFILIATION_LINE = lazy_regex(
    r"^[(（](?P<school>[^()（）\s,，]{4,20})[\s,，][^()（）]{0,60}?\d{6}[)）]$"
)


def affiliation_line(line: str) -> Metadata | None:
    """The writers' affiliation in one bracket (module docstring), else None.

    >>> affiliation_line("(南京邮电大学 社会与人口学院,江苏 南京 210023)").fields
    {}
    >>> affiliation_line("(南京邮电大学供图)") is None
    True
    """
    found = AFFILIATION_LINE.match(line) if line[-1:] in ")）" else None
    if found is None or AFFILIATION.match(found["school"]) is None:
        return None
    return Metadata()


OUTLET_COLUMN = lazy_regex(
    r"^(?P<outlet>[^\s【】\-–—]{2,16})\s{0,2}[-–—－]\s{0,2}【[^【】]{1,16}】$"
)


def outlet_column(line: str) -> Metadata | None:
    """An outlet's column header (module docstring), else None.

    >>> outlet_column("亚洲日报- 【亚洲人之声】").fields, outlet_column("春节- 【回家】")
    ({'source': '亚洲日报'}, None)
    """
    found = OUTLET_COLUMN.match(line) if line[-1:] == "】" else None
    if found is None or not is_site_name(found["outlet"]):
        return None
    return Metadata(fields={"source": found["outlet"]})


ALUMNUS = lazy_regex(
    r"^(?P<name>\p{Han}{2,4}(?:、\p{Han}{2,4}){0,5})\s{0,2}[(（](?:19|20)\d\d\s{0,2}年?[^()（）]{0,8}?"
    r"(?:毕业|畢業|届|屆|级|級)[)）]\s{0,2}\p{Han}{0,12}$"
)


def alumnus_writer(line: str) -> Metadata | None:
    """An alumnus's byline (module docstring), else None.

    >>> alumnus_writer("劉修彣 (2016年本科畢業)獨立記者").fields
    {'author': '劉修彣'}
    """
    found = ALUMNUS.match(line) if "(" in line or "（" in line else None
    if found is None or not all(map(is_person_name, found["name"].split("、"))):
        return None
    return Metadata(fields={"author": found["name"]})
