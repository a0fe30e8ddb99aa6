"""Residue: a line that carries no text of its own.

Model (round 36, split by job from ``furniture_menu``, whose menus are rows of
items; ``navigation`` asks ``residue_reason`` first of all). A line carries no
text of its own (``residue_reason``) when it has no letter or digit at all (an
accessibility anchor ``:::``, the ``?`` a hijacker's encoding left under its
keyword line, a rule ``---``), unless it is an article's own mark of an
omission or a break (``……``, ``——``); HTML markup left in the page text with
nothing but punctuation outside its tags, whatever words the tags hold (a
hijack template's empty nested tags ``<strong id="afajh"><dl
id="afajh"></dl></strong>``; a page's HTML source head, a declaration and
conditional comments: ``<!doctype html> <!--[if lt IE 7]> <html class="no-js">
<![endif]-->``); a masthead framed by rules of three or more ASCII dashes,
equals, tildes or stars on both sides (``--- 国家市场监督管理总局主管 ---``). Prose never
stands between such rules, and a sentence mark inside rules the frame out. An
*ad slot's name* printed as a line is residue too: 广告 followed by the slot's
place in brackets or its number (``自動輪播廣告(上小)橫式1欄``, ``广告位(右)``, ``广告位3``), in
a short line without a sentence mark; a sentence about advertising
(``广告(宣传)费用``) names no place. An image's *placeholder* (its alt text printed
where the picture stood: ``image placeholder``, ``round image on layout top``)
is residue too: a short Latin line of at most ``MAX_PLACEHOLDER_WORDS`` words,
every one a word of ``data/image_placeholder_terms. txt``, with one naming the
picture and one naming its place or state (or its absence: ``No Picture``, a
theme's stand-in for a post with none; its state before a platform renders it,
``raw-image``); an English caption names something else (``Photo by Xinhua``,
``A logo of the company``: ``by``, ``company``). Round 30, a *lone letter*: a
line that is one lowercase Latin letter (``a``, an empty link's or image's
stand-in printed on its own line) carries no text either: a list's letter
stands on its item's line, an option letter is a capital (``A``), and no
sentence is one small letter. A *named image* is the same alt text after the
name it shows: a line of one or more short names, each followed by a bracketed
Latin label of such words, one naming the picture (``某某新闻网(Logo-image)
某某新闻网(Logo-text)``: a site's logo printed as its alt text); words outside the
brackets (``苹果新Logo(图)曝光``) or a label of other words (``中国日报(China Daily)``)
make it no alt text. *Template leaks* (a template key, a CMS record row, a
content-farm sign-off) are residue as well: ``furniture_leaks`` states their
model. Round 41 (second wave): the frame may be a run of three or more decorating stars
or shapes, spaced or not, on both sides (``★ ★ ★ 宁波市中医院口腔科 ★ ★ ★``, a clinic
site's banner: a headline is never framed so); and a forum post's *floor number* alone on
its line (``1#``, under a Discuz! post's ``跳轉到指定樓層``) is the thread's chrome: a
number and ``#`` say nothing of the story, and an article's list number stands on its
item's line. Round 46, a forum's *BBCode* left in the text (the markup of phpBB, vBulletin
and Discuz!, published as tags in square brackets, ``[name]`` or ``[name=value]`` closed by
``[/name]``): a line of such tags with nothing outside them but a reference (an attachment's
number, a web address: ``[attach]2680[/attach]``, ``[img]http://…[/img]``) is the post's
markup, its picture lost; a closing tag is needed (a note's ``[1]`` is no markup), and any
word outside the tags (``[b]重要通知[/b]``) keeps the line.

>>> residue_reason(":::"), residue_reason("<b id=x><abbr id=x></abbr></b>")
('nav', 'nav')
>>> residue_reason('<!doctype html> <!--[if lt IE 7]> <html lang=""> <![endif]-->')
'nav'

>>> residue_reason("--- 国家市场监督管理总局主管 ---"), residue_reason("<b>要闻</b>")
('nav', None)
>>> residue_reason("自動輪播廣告(上小)橫式1欄"), residue_reason("广告（宣传）费用")
('nav', None)
>>> residue_reason("image placeholder"), residue_reason("Photo by Xinhua")
('nav', None)
>>> residue_reason("raw-image"), residue_reason("a"), residue_reason("A")
('nav', 'nav', None)
>>> residue_reason("某某新闻网(Logo-image) 某某新闻网(Logo-text)")
'nav'
>>> residue_reason("[attach]2680[/attach]"), residue_reason("[b]重要通知[/b]")
('nav', None)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import COUNTED
from newsclean.filters.furniture_leaks import leak_reason
from newsclean.filters.furniture_menu import NOT_MENU
from newsclean.filters.lazy_pattern import lazy_re

#: An HTML tag, or a declaration or comment mark (<!doctype html>, <!--[if lt IE 7]>,
#: <![endif]-->, <!-- x -->): bounded, so linear on any line.
TAG = lazy_re(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,200})?/?>|<![^<>]{0,200}>")
#: A short line framed by ASCII rules on both sides; round 41 (second wave), or by runs of
#: three or more decorating stars or shapes, spaced or not (``★ ★ ★ 某医院口腔科 ★ ★ ★``).
FRAMED = lazy_re(
    r"^(?:[-=~*]{3,}|(?:[★☆◆◇■□●○♦✦✧✩✪]\s?){3,})\s*([^-=~*★☆◆◇■□●○♦✦✧✩✪]{1,40}?)"
    r"\s*(?:[-=~*]{3,}|(?:[★☆◆◇■□●○♦✦✧✩✪]\s?){3,})$"
)
FRAME_FIRST = frozenset("-=~*★☆◆◇■□●○♦✦✧✩✪")
#: Round 41 (second wave): a forum post's floor number alone on its line (``1#``).
FLOOR_NUMBER = lazy_re(r"\d{1,5}\s?#")
#: Round 46: a BBCode tag (``[attach]``, ``[/attach]``, ``[url=http://…]``), bounded.
BBCODE_TAG = lazy_re(r"\[/?[a-zA-Z]{1,12}(?:=[^\[\]]{0,200})?\]")
#: What a BBCode element may hold and still be markup only: a number or a web address.
BBCODE_REFERENCE = lazy_re(r"\d{1,12}|(?:https?://|www\.)[^\s\[\]]{1,300}")
#: A line of only these is prose's own mark (an omission ……, a break ——), not residue.
PROSE_MARKS = lazy_re(r"[…⋯—－\s]+")
#: An ad slot: 广告 and its place (上 下 左 右 中 顶 底 侧 in brackets) or its number.
AD_SLOT = lazy_re(
    r"[广廣]告(?:位|区|區|欄|栏)?\s*(?:[(（][上下左右中顶頂底侧側][上下左右中顶頂底侧側小大]{0,2}[)）]|\d{1,3}$)"
)
MAX_AD_SLOT = 30
#: An image placeholder has at most this many words (all Latin, see the docstring).
MAX_PLACEHOLDER_WORDS = 6
PLACEHOLDER_LINE = lazy_re(r"[A-Za-z]+(?:[ _-][A-Za-z]+){1,5}")
#: A named image: a short name and its bracketed Latin label, repeated (Logo-image).
NAMED_IMAGE = lazy_re(r"\s*[^\s()（）]{1,16}\s?[(（]([A-Za-z]+(?:[ _-][A-Za-z]+){0,3})[)）]")
MAX_NAMED_IMAGES = 4


def residue_reason(line: str) -> str | None:
    """``nav`` when ``line`` (stripped) carries no text of its own: no letter or digit,
    markup with only punctuation outside its tags, or a short name framed by rules."""
    if COUNTED.search(line) is None:
        return None if PROSE_MARKS.fullmatch(line) else "nav"
    if "<" in line and ">" in line:
        rest = TAG.sub("", line)
        if rest != line and COUNTED.search(rest) is None:
            return "nav"
    if "[/" in line and _bbcode_only(line):
        return "nav"  # [attach]2680[/attach]: a forum post's markup (round 46)
    if "告" in line and len(line) <= MAX_AD_SLOT and AD_SLOT.search(line) is not None:
        return "nav" if NOT_MENU.search(line) is None else None
    if line.isascii() and PLACEHOLDER_LINE.fullmatch(line) and _placeholder(line):
        return "nav"
    if len(line) == 1 and "a" <= line <= "z":  # a lone small letter: a stand-in
        return "nav"
    if line.endswith((")", "）")) and _named_image(line):
        return "nav"
    if line[-1] == "#" and FLOOR_NUMBER.fullmatch(line):
        return "nav"  # 1#: the floor a forum post stands on, the thread's chrome (round 41)
    if line[0] in FRAME_FIRST:
        framed = FRAMED.match(line)
        if framed is not None and NOT_MENU.search(framed.group(1)) is None:
            return "nav"
    return leak_reason(line)  # a template key, a CMS record row, a sign-off


@cache
def _placeholder_words() -> dict[str, str]:
    return {word: kind for kind, word in data_lines("image_placeholder_terms.txt")}


def _placeholder(line: str) -> bool:
    """A short Latin line whose every word names an image or its place (or absence) in the
    layout, with one of each kind (``image placeholder``, ``No Picture``)."""
    words = _placeholder_words()
    kinds = [words.get(w) for w in re.split(r"[ _-]", line.lower())]
    return None not in kinds and "image" in kinds and ("layout" in kinds or "absent" in kinds)


def _named_image(line: str) -> bool:
    """The whole line is short names, each with a bracketed label of image words, one
    naming the picture (module docstring): a site's logo printed as its alt text."""
    words = _placeholder_words()
    end = 0
    for count, match in enumerate(NAMED_IMAGE.finditer(line), start=1):
        kinds = [words.get(w) for w in re.split(r"[ _-]", match.group(1).lower())]
        if match.start() != end or count > MAX_NAMED_IMAGES:
            return False
        if None in kinds or "image" not in kinds:
            return False
        end = match.end()
    return end == len(line) and end > 0


def _bbcode_only(line: str) -> bool:
    """BBCode tags with at most references between them (module docstring)."""
    rest = BBCODE_TAG.sub(" ", line)
    if rest == line:
        return False
    return all(BBCODE_REFERENCE.fullmatch(piece) for piece in rest.split())
