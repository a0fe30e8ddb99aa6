"""A *site's masthead* chosen as the headline (round 38, asked by ``head_echo.
speaking_headline`` with ``head_echo``'s round 20 self-description).

Model.  A site's header prints its name, often with its slogan and its tools around it,
in either order and joined by dashes, bars or spaces (``某某华语媒体 - 某某信报``, ``设为首页
- 加入收藏 某某网--建设美丽城乡,重塑形象!``, a web firm's name alone, ``某地某某网络``).
This is the one model of a masthead (mend, round 38): a medium's claim of itself
(``furniture_masthead.slogan_line``: a rank, a tongue and the medium's noun, ``新西兰南岛最
大华语媒体 - 新西兰信报``) is its reading that needs no other evidence, which the furniture
asks anywhere on the page and this model asks first.  Otherwise the line is read as parts
between its separators; it is the masthead when one part is a site's name: two Han letters
or more before a word a site's name ends in (``site_speech.self_name_ends``: 网站, 平台, 网;
kind ``outlet`` of ``data/site_self_names.txt``: 媒体), a web firm's name
(``furniture_firm_card.firm_name``: one list and one test of it), or a media name
(``site_name.is_site_name``: 某某日报, 新华网).  A part after the name that tells a dated
event (kind ``event``: 周年, 开幕, 庆祝…) is a headline with its outlet in front
(``澳洲华文媒体 - 庆祝创刊三十周年``), no slogan: the line is no masthead.  The shape alone
says little (a headline may open with its outlet, ``某某网 - 全市新建三座口袋公园``):
``speaking_headline`` asks it only of a chosen line an article of 120 Han letters or more
echoes by one pair at most, with no better line in the head; the headline that names a
site names what happened to it, and its article echoes it.  A sentence (a 。) is no
masthead, nor a page title, a headline and the site after it (``title.split_site_suffix``):
its headline is asked alone.

A *credit alone* (round 38; ``caption_credit.credit_alone`` since round 43): a picture's
credit on its own line, perhaps in brackets (``(某某社记者某某摄)``), names who took the
picture, not what it shows: the line over it is not thereby the picture's name, as it is
over a caption's words.
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.charmodel import HAN
from newsclean.filters.furniture_firm_card import firm_name
from newsclean.filters.furniture_masthead import slogan_line
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.site_name import MAX_SITE_NAME, is_site_name
from newsclean.filters.site_speech import self_name_ends
from newsclean.filters.title import split_site_suffix

#: The separators between a masthead's parts: dashes, bars, underscores, spaces.
PARTS = lazy_regex(r"\s+|[-–—－|｜_]+")
#: A masthead is a line, short as a header's: this many characters at most.
MAX_MASTHEAD = 60
#: A name holds this many Han letters before the word it ends in, at least.
MIN_NAME_HAN = 2


@cache
def _name_ends() -> tuple[str, ...]:
    """The words a site's name ends in: ``site_speech``'s and the outlet words of
    ``data/site_self_names.txt``."""
    own = data_kinds("site_self_names.txt")["outlet"]
    return tuple(sorted({*self_name_ends(), *own}, key=len, reverse=True))


@cache
def _events() -> tuple[str, ...]:
    return tuple(data_kinds("site_self_names.txt")["event"])


def site_part(part: str) -> bool:
    """``part`` is a site's name: Han letters before a name's ending, or a media name.

    >>> site_part("某某华语媒体"), site_part("陕西村官网"), site_part("新华网")
    (True, True, True)
    >>> site_part("网络"), site_part("建设美丽城乡,重塑村官形象!"), site_part("我市加快建设5G网络")
    (False, False, False)
    """
    if not part or len(part) > MAX_SITE_NAME:
        return False
    if firm_name(part):
        return True  # 山东滨州无棣伍思网络: a web firm's name (furniture_firm_card)
    ending = next((end for end in _name_ends() if part.endswith(end)), None)
    if ending is not None and len(HAN.findall(part[: -len(ending)])) >= MIN_NAME_HAN:
        return True
    return is_site_name(part)


def site_masthead(line: str) -> bool:
    """A line holding a site's name among its parts (module docstring): the masthead's
    shape, which the caller's echo test makes the evidence.

    >>> site_masthead("某某南岛最大华语媒体 - 某某信报")
    True
    >>> site_masthead("设为首页 - 加入收藏 某某网--建设美丽城乡,重塑形象!")
    True
    >>> site_masthead("全市新建三座口袋公园"), site_masthead("某某网报道，公园开放。")
    (False, False)
    >>> site_masthead("全市新建三座口袋公园 - 某某网")
    False
    >>> site_masthead("澳洲华文媒体 - 庆祝创刊三十周年")
    False
    """
    text = line.strip()
    if len(text) > MAX_MASTHEAD or "。" in text:
        return False
    if slogan_line(text):
        return True  # a medium's claim of itself: the furniture's reading (furniture_masthead)
    head, site = split_site_suffix(text)  # a page title: the headline, the site after it
    parts = PARTS.split(head if site else text)
    named = next((k for k, part in enumerate(parts) if site_part(part)), None)
    if named is None:
        return False
    return not any(event in part for part in parts[named + 1 :] for event in _events())
