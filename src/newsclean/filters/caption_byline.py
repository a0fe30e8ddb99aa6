"""A photographer's byline: a picture credit printed as a line of the byline block.

Model.  Sites that credit the text and the pictures separately print two byline lines
under the headline (``文/广州日报全媒体记者 李栋`` then ``图/广州日报全媒体记者 李栋
（部分由受访者提供）``).  The second opens like a caption (a picture label and a
separator: 图/, 摄影/, 照片/) but describes no picture: after its label it is a byline
the byline grammar reads (``metadata.parse_metadata``: a role and a name, an outlet
before the role), with at most a bracketed aside closing it (``（部分由受访者提供）``).  When
such a line stands *directly under a byline line* (the nearest non-blank line above it
was placed as metadata) it is metadata, not a caption (``structure`` asks this of a line
with a caption cue).  A caption under a picture keeps its place: it describes something
(``图为…``, ``…。新华社记者 张三摄``), so the grammar reads no byline after its label,
and a credit line alone in the body (``图/本报记者 张三`` under a paragraph) stays a
caption: the rule asks for the byline above.

Round 13: the label may be followed by the photographers' names alone, one or several
(``攝影:吳嘉榮``, ``摄影:梁婉琦 雷翠云``: a video story's head prints 日期:, 地點: and 攝影: each
on a line of its own under the headline; ``byline_names.person_names``: each a family
name and one or two characters).  Under a byline line such a line names who shot the
story, a byline field; it describes no picture.  A label with an agency (``图/新华社``)
or a description (``图为…``) is no name list and stays a caption.

A byline that credits the pictures may also drop its label and print the photographer's
name with an aside on what he did not shoot (``李云川 (部分由受访者提供)``, under the writer's
line ``李云川``): names alone and one bracket, nothing described.  Such a line is a byline
only right under a writers' line, so a portrait's caption (a name and its credit) under
a paragraph keeps its place.  A writers' line is a line placed as metadata, or a line of
names alone (``person_names``) that the head has not placed yet.

Round 17: a *camera credit* (``camera_credit``: a camera label, 摄影/攝影/摄像/攝, a
separator and persons' names alone, in Han characters or in Latin script joined by 、, a
comma, a slash or and: ``攝影 / Herman、Noah``, ``摄影：Kelvin、Jason Li``) credits the
story's pictures when it stands with the story's other credits: under the headline or a
byline line, or after the last paragraph (no line of paragraph length below it), where a
Hong Kong feature page prints 採訪 / … and 攝影 / … (``story_credit``).  It describes no
picture, so it is a byline field there; in the run of paragraphs the same line stays the
caption's credit (a picture there), and a picture label (图/新华社) or a description is
no camera credit.  Round 28: in the page head too, above the first paragraph, whatever
the line above it is (a notice the head prints over the story, ``本篇文章为你整理了…``):
the head holds the story's credits, and a lead picture's caption describes something.

Round 25: a *mirrored credit* (``mirrored_credit``): under a byline line of a label and a
slash or colon (``文/学习时报全媒体记者``), a picture label's line repeating the same
credit after its own label (``图/学习时报全媒体记者``) credits the pictures to the people
the line above credits the text to, whatever the grammar reads of the credit (here an
outlet's reporter whose name the page lost): it describes no picture, and is a byline
field.  A caption under a byline differs from it after the label (``图/新华社``).

Round 33: a *credits row* (``credits_row``): the story's writer and photographer credited
on one line, each a name and the verb of what he did, parted by a semicolon or a bar
(``海涵报道;侯宝强摄影``, a 中评社 page under its headline): nothing is described, so it is
a byline row where a camera credit is (``story_credit``), though its last word is a
photo credit's.  Each piece is a short name (two to four Han characters) and its verb, at
least one a camera verb and one name a person's (``person_names``); a caption's
credit follows a description (``…举行(中评社 海涵摄)``) and is no such row.  Round 34:
the separator is one class, a semicolon or a bar of any width (``marks.BAR_MARKS``:
``|``, ``｜``, ``丨``), both the row's gate and its split, so a row parted by a
full-width bar is read as one parted by an ASCII one.

The byline grammar leaves a line whose only fields are photographer credits to the
caption rules (``byline``'s precedence); this module reads the line after its picture
label so that no byline rule changes.

>>> photographer_byline("图/广州日报全媒体记者 李栋 (部分由受访者提供)")
True
>>> photographer_byline("摄影:梁婉琦 雷翠云"), photographer_byline("攝影：吳嘉榮")
(True, True)
>>> photographer_byline("图/新华社"), photographer_byline("图为市民在公园赏花。")
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.byline_names import person_names
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.marks import BAR_MARKS
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.title import is_prose

PICTURE_LABEL = lazy_re(r"^(?:图片|圖片|图|圖|摄影|攝影|摄|攝|照片|相片)\s?[/／:：]\s?")
ASIDE = lazy_re(r"\s?[（(][^（()）]{1,30}[)）]$")
MAX_LINE = 60
ROLE_FIELDS = ("author", "reporter")
CAMERA_MARKS = frozenset("摄攝")
#: A person's name in Latin script: one to three capitalised words (Herman, Ann Wang).
LATIN_NAME = lazy_re(r"[A-Z][A-Za-z'’.\-]{0,20}(?: [A-Z][A-Za-z'’.\-]{0,20}){0,2}")
NAME_SEPARATOR = lazy_re(r"\s?[、,，/／&＆]\s?| and ")
MAX_NAMES = 8
#: A line this long or longer is a paragraph (caption_layout.LAYOUT_SAMPLE_LENGTH).
PARAGRAPH_LENGTH = 40


def photographer_byline(text: str) -> bool:
    """A picture label, then a byline with a role and a name, or names alone (module
    docstring)."""
    line = text.strip()
    if len(line) > MAX_LINE:
        return False
    label = PICTURE_LABEL.match(line)
    if label is None:
        # 李云川 (部分由受访者提供): names and an aside, no label
        aside = ASIDE.search(line)
        return aside is not None and person_names(line[: aside.start()]) is not None
    rest = ASIDE.sub("", line[label.end() :]).strip()
    if rest and person_names(rest) is not None:
        return True  # 摄影:梁婉琦 雷翠云: the photographers alone
    parsed = parse_metadata(rest) if rest else None
    return parsed is not None and any(f in parsed.fields for f in ROLE_FIELDS)


def latin_names(text: str) -> bool:
    """Persons' names in Latin script joined by 、, a comma, a slash or and."""
    parts = NAME_SEPARATOR.split(text.strip())
    return 0 < len(parts) <= MAX_NAMES and all(LATIN_NAME.fullmatch(p) for p in parts)


def camera_credit(text: str) -> bool:
    """A camera label and persons' names alone (module docstring, round 17).

    >>> camera_credit("攝影 / Herman、Noah"), camera_credit("摄影：王小明 李四")
    (True, True)
    >>> camera_credit("图/新华社"), camera_credit("摄影:新华社")
    (False, False)
    >>> camera_credit("摄影 / 市民在公园赏花")
    False
    """
    line = text.strip()
    if len(line) > MAX_LINE:
        return False
    label = PICTURE_LABEL.match(line)
    if label is None or CAMERA_MARKS.isdisjoint(label.group()):
        return False
    rest = line[label.end() :].strip()
    return bool(rest) and (person_names(rest) is not None or latin_names(rest))


CREDIT_PIECE = lazy_re(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})\s?(?P<verb>报道|報道|报导|報導|撰文|采写|採寫|采访|採訪|摄影|攝影|摄|攝)$"
)
#: What parts a credits row's pieces: a semicolon or a bar of any width (``marks``).
PIECE_SEPARATOR = lazy_re(rf"\s?[;；{BAR_MARKS}]\s?")


def credits_row(text: str) -> bool:
    """The writer's and the photographer's credits on one line (round 33, docstring).

    >>> credits_row("海涵报道;侯宝强摄影"), credits_row("侯宝强摄影")
    (True, False)
    >>> credits_row("市民在公园赏花;侯宝强摄影")
    False
    """
    line = text.strip()
    if len(line) > MAX_LINE or PIECE_SEPARATOR.search(line) is None:
        return False
    parts = PIECE_SEPARATOR.split(line)
    found = [match for part in parts if (match := CREDIT_PIECE.match(part)) is not None]
    if len(parts) < 2 or len(found) != len(parts):
        return False  # every piece a credit, or the row is something else
    return any(CAMERA_MARKS & set(p.group("verb")) for p in found) and any(
        person_names(p.group("name")) is not None for p in found
    )


def story_credit(
    text: str, placements: Sequence[str], index: int, lines: Sequence[LineLike | None]
) -> bool:
    """A camera credit under the headline or a byline, or after the last paragraph: the
    story's photographers, a byline field (module docstring, round 17); a credits row too
    (round 33)."""
    if not (camera_credit(text) or credits_row(text)):
        return False
    above = index - 1
    while above >= 0 and placements[above] == "blank" and not lines[above]:
        above -= 1
    if above >= 0 and placements[above] in ("title", "metadata"):
        return True

    def paragraph(j: int, line: LineLike | None) -> bool:
        return (
            line is not None
            and placements[j] in ("blank", "body")
            and len(line.text) >= PARAGRAPH_LENGTH
        )

    # In the page head (no paragraph above it: round 28) or after the last paragraph.
    return not any(paragraph(j, lines[j]) for j in range(index)) or not any(
        paragraph(j, line) for j, line in enumerate(lines[index + 1 :], index + 1)
    )


def credit_byline(
    text: str, placements: Sequence[str], index: int, lines: Sequence[LineLike | None]
) -> bool:
    """A photographer's byline under the byline, the story's camera credit, or a credit
    mirroring the byline line above (round 25)."""
    return (
        (photographer_byline(text) and under_byline(placements, index, lines))
        or story_credit(text, placements, index, lines)
        or _mirrors_above(text, placements, index, lines)
    )


#: A credit line's label before its slash or colon: 文/, 撰文:, 采访 /.
LABELLED = lazy_re(r"^[\u4e00-\u9fff]{1,3}\s?[/／:：]\s?")


def mirrored_credit(text: str, above: str) -> bool:
    """``text`` is a picture label and the same credit ``above`` gives after its own label
    (module docstring, round 25).

    >>> mirrored_credit("图/学习时报全媒体记者", "文/学习时报全媒体记者")
    True
    >>> mirrored_credit("图/新华社", "文/本报记者 张三"), mirrored_credit("图/新华社", "图/新华社")
    (False, False)
    """
    line, over = text.strip(), above.strip()
    label, other = PICTURE_LABEL.match(line), LABELLED.match(over)
    if label is None or other is None or PICTURE_LABEL.match(over) is not None:
        return False
    rest = ASIDE.sub("", line[label.end() :]).strip()  # （部分由受访者提供）: what he did not shoot
    return bool(rest) and len(line) <= MAX_LINE and rest == over[other.end() :].strip()


def _mirrors_above(
    text: str, placements: Sequence[str], index: int, lines: Sequence[LineLike | None]
) -> bool:
    """The nearest line above is placed as metadata and ``text`` mirrors its credit."""
    above = index - 1
    while above >= 0 and not lines[above]:
        above -= 1
    line = lines[above] if above >= 0 else None
    return line is not None and placements[above] == "metadata" and mirrored_credit(text, line.text)


def under_byline(
    placements: Sequence[str], index: int, lines: Sequence[LineLike | None] = ()
) -> bool:
    """The nearest non-blank line above ``index`` was placed as metadata, or (given the
    page's ``lines``) is a line of names alone left to the body (module docstring)."""
    above = index - 1
    while above >= 0 and placements[above] == "blank" and not (lines and lines[above]):
        above -= 1
    if above < 0 or placements[above] == "metadata":
        return above >= 0
    line = lines[above] if lines else None
    return line is not None and placements[above] == "body" and bool(person_names(line.text))


def under_writer(text: str) -> bool:
    """Whether ``text`` may stand under a writer's name alone under the headline: the
    article (prose) or a photographer's byline (``李云川 (部分由受访者提供)``: the name
    over it is the writer, round 15)."""
    return is_prose(text) or photographer_byline(text)
