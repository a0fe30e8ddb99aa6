"""A picture's file name printed as a line: a camera's or a phone's name for the picture.

Model (a grammar of file names, ``data/camera_files.txt``; ``furniture_leaks.leak_reason``
asks it, so ``navigation`` removes the line anywhere on the page).  Where a picture fails
to load, or its alt text is its file name, the page prints the name the camera gave it:
``DSC_0032``, ``IMG_1234.JPG``, ``P1010001``, ``DJI_0042``, ``IMG_20190101_123456``,
perhaps beside a picture word (``DSC_0032 / 資料圖片``, ``無標題``).  A file name is

* a maker's prefix (DCF, the camera file system standard: four free characters and four
  digits; the makers' and phones' defaults: ``DSC``, ``IMG``, ``_MG``, ``P`` + 7 digits,
  ``DJI``, ``PXL`` …), an optional ``_`` or ``-``, at least the prefix's count of digits,
  further ``_``/``-`` digit groups (a phone's date and time), an optional image or video
  extension; or
* digits alone (a phone's or a site's numbered name) with an image extension; or
* round 20, a name a machine wrote with no maker the table knows: a short Latin prefix,
  a group of four or more digits (a date-time stamp or a counter) after ``_`` or ``-``,
  perhaps further groups, and an image extension, which it needs (``DM_20250928084911_001
  .JPEG``, ``scan-20231104-2.png``; ``Photo_2.jpg`` or ``covid-19`` is no machine's name).

A line is such furniture when it is made only of file names and picture words, parted by
spaces, slashes or bars, with at least one file name.  A product code is no file name: its
digits do not follow the prefix (``DSC-RX100``, a camera model), or the line holds other
words (``华为P60 Pro手机``, ``图为DSC-HX99相机``); a picture word alone is a caption's
credit (``资料图片``) and is not judged here.

Round 21, a *default name* alone in a line (``default_name``): the stem a pasting tool, a
screenshot tool, a chat app or an editor gives a picture no one named (kind ``stem``:
图片, 截图, 微信图片, 未命名, image, Untitled), perhaps a number or a date-time in groups
(``(3)``, ``_20240101123456``, `` 2024-01-01 123456``), and a picture extension, which it
needs: ``图片.png``, ``QQ截图20240101.png``, ``Untitled-1.png``.  A caption that names a
picture (``图片来自网络``, ``图为…``) has no extension, and a sentence about a file says more.

Round 45b, a *sized asset's name* alone in a line (``sized_name``): an image's alt text
left as the name the site's media library gave the file, a Latin name glued (or joined by
``-``/``_``) to the size it was cut to, width ``x`` height in pixels, perhaps its picture
extension, no space (``Yearend1200x200``, a banner's alt text on cc-times.com, round 34's
furniture row; ``banner-728x90.jpg``): WordPress names every resized copy
``name-{width}x{height}.ext`` and an ad server names a creative by its IAB size (728x90,
300x250).  A screen's resolution in a sentence (``分辨率1920x1080``), a size alone
(``1920x1080``: no name) or a name with spaces stays.

Round 13 besides, the English *prompt* an aggregator or a blog prints where the picture
stood (``picture_prompt``): a click verb, ``here`` perhaps, ``to`` and a verb of viewing,
a picture word perhaps (``Click here to view.``, ``Clik here to view.``, ``Click to
enlarge the image``), or a warning that the picture may be unsafe (``Image may be
NSFW.``).  A sentence that says more (``Click here to view our privacy policy and terms``)
names more than the picture and stays.

Round 25, a *media reference* alone in a line (``media_reference``): where the page's
picture stood, a converter left the reference to it instead of the picture.  Either a
markdown image, ``!``, an alternative text in brackets (empty or short, no bracket in it)
and an address in parentheses, nothing else (``![](https://cdn.example/…/zz3-118.jpg)``,
``![图片](https://…)``); or a file's name alone: a name of any script (Han too) with no
space, no clause or sentence mark and no path, and a picture or video extension
(``陷阱貸款.jpg``, ``微信图片_2023.png``).  A sentence naming a file says more than its
name (``附件：報告.pdf``, ``他把照片存成 a.jpg``: a space, a colon), a link to a document
(``.pdf``, ``.html``) is no picture, and a file name in a path is a web address's.

>>> file_name_line("DSC_0032"), file_name_line("DSC_0032 / 資料圖片")
(True, True)
>>> file_name_line("IMG_20190101_123456.jpg"), file_name_line("1568961234567.jpeg")
(True, True)
>>> file_name_line("DSC-RX100"), file_name_line("资料图片"), file_name_line("P60 Pro")
(False, False, False)
>>> file_name_line("scan-20231104-2.png"), file_name_line("Photo_2.jpg")
(True, False)

Round 28b, a *media player's clock* (``player_clock``, asked by ``furniture_leaks``): an
audio or video player left in the copy prints the time played and the recording's length,
two clock times parted by a slash and nothing else (``0:00 / 0:00``, ``01:12 / 03:45``),
the first no later than the second.  A score (``21:19 / 21:15``: the first later), a time
inside a sentence or a timetable's range (``9:00-17:00``) stays.

>>> player_clock("0:00 / 0:00"), player_clock("01:12/03:45"), player_clock("21:19 / 21:15")
(True, True, False)
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import longest_first

#: A file name's line is short: a few names and picture words.
MAX_FILE_LINE = 80
#: What parts the names and words of such a line.
PARTS = lazy_re(r"[\s\u3000/|｜,，、()（）\[\]【】:：-]+(?![0-9])")


@cache
def _words() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    prefixes: dict[str, int] = {}
    extensions: set[str] = set()
    pictures: set[str] = set()
    for fields in data_lines("camera_files.txt"):
        kind, word = fields[0], fields[1]
        if kind == "prefix":
            prefixes[word.lower()] = int(fields[2])
        elif kind == "extension":
            extensions.add(word.lower())
        elif kind == "picture":
            pictures.add(word.lower())
    return prefixes, frozenset(extensions), frozenset(pictures)


@cache
def _file_name() -> re.Pattern[str]:
    prefixes, extensions, _ = _words()
    alternatives, extension = longest_first(prefixes), longest_first(extensions)
    return re.compile(
        rf"(?i)(?:(?P<prefix>{alternatives})[_-]?(?P<digits>[0-9]{{1,20}})"
        rf"|(?P<bare>[0-9]{{3,20}})(?=[^.]*\.)"
        rf"|(?P<machine>[A-Za-z]{{1,12}}[_-][0-9]{{4,20}})(?=[^.]*\.))"
        rf"(?:[_-][0-9]{{1,12}}){{0,3}}(?:\.(?:{extension}))?"
    )


def is_file_name(token: str) -> bool:
    """Whether ``token`` is a camera's, a phone's or a site's numbered name of a picture."""
    found = _file_name().fullmatch(token)
    if found is None:
        return False
    if found.group("bare") is not None or found.group("machine") is not None:
        return "." in token  # digits alone, or an unknown prefix, name a file only with
        # an extension
    least = _words()[0][found.group("prefix").lower()]
    return len(found.group("digits")) >= least


#: Round 45b: a media library's name of a resized copy or an ad creative and its size.
SIZED_NAME = lazy_re(
    r"[A-Za-z][A-Za-z]{2,30}(?:[-_][A-Za-z]{1,30}){0,3}[-_]?[0-9]{2,4}[x×][0-9]{2,4}"
    r"(?:\.(?i:jpe?g|png|gif|webp))?"
)


def sized_name(line: str) -> bool:
    """A media asset's name glued to its size alone (module docstring, round 45b).

    >>> sized_name("Yearend1200x200"), sized_name("banner-728x90.jpg")
    (True, True)
    >>> sized_name("1920x1080"), sized_name("分辨率1920x1080"), sized_name("Sony A7 3840x2160")
    (False, False, False)
    """
    return SIZED_NAME.fullmatch(line.strip()) is not None


def file_name_line(line: str) -> bool:
    """Whether ``line`` is only pictures' file names and picture words (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_FILE_LINE:
        return False
    if text[0].isascii() and sized_name(text):
        return True  # Yearend1200x200: a banner's name and its size (round 45b)
    if "." in text and _default_name().fullmatch(text) is not None:
        return True  # 图片.png, QQ截图20240101.png, Untitled-1.png
    if not text[0].isascii():
        return False  # a file name opens the line (a picture word alone is a credit)
    if _file_name().match(text) is None:
        return False  # most lines: no name at the start (one C search)
    pictures = _words()[2]
    names = 0
    for token in PARTS.split(text):
        if not token:
            continue
        if is_file_name(token):
            names += 1
        elif token.lower() not in pictures:
            return False
    return names > 0


@cache
def _default_name() -> re.Pattern[str]:
    stems = [fields[1] for fields in data_lines("camera_files.txt") if fields[0] == "stem"]
    stem, extension = longest_first(stems), longest_first(_words()[1])
    return re.compile(
        rf"(?i)(?:{stem})(?:[ _-]?(?:\([0-9]{{1,4}}\)|[0-9]{{1,20}}))?"
        rf"(?:[ _-][0-9]{{1,20}}){{0,4}}\.(?:{extension})"
    )


@cache
def _prompt() -> re.Pattern[str]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("camera_files.txt"):
        kinds.setdefault(fields[0], []).append(fields[1].lower())
    click, view, media, warning = (
        "|".join(kinds[kind]) for kind in ("click", "view", "media", "warning")
    )
    return re.compile(
        rf"(?i)(?:(?:{click})(?: here)? to (?:{view})(?: (?:the )?(?:{media}))?"
        rf"|(?:{media}) may (?:be|contain) (?:{warning})(?: content)?)[.!]?"
    )


def picture_prompt(line: str) -> bool:
    """Whether ``line`` is an English prompt or warning standing for a picture."""
    text = line.strip()
    return len(text) <= MAX_FILE_LINE and _prompt().fullmatch(text) is not None


#: A media reference's line: a markdown image's alternative text, a file's name.
MAX_ALT = 80
MAX_NAME = 40
#: An address in a markdown image: no space, no parenthesis (which would close it).
MAX_ADDRESS = 400


@cache
def _media_reference() -> re.Pattern[str]:
    extension = longest_first(_words()[1])
    return re.compile(
        rf"!\[[^\[\]\n]{{0,{MAX_ALT}}}\]\([^\s()]{{1,{MAX_ADDRESS}}}"
        rf"(?:\s{{1,3}}\"[^\"\n]{{0,{MAX_ALT}}}\")?\)"
        rf"|(?i:[^\s/\\:：,，。;；!！?？、()（）]{{1,{MAX_NAME}}}\.(?:{extension}))"
    )


def media_reference(line: str) -> bool:
    """A markdown image or a picture's file name alone in the line (module docstring).

    >>> media_reference("![](https://webcdn.example.com.my/2024/10/zz3-118.jpg)")
    True
    >>> media_reference("陷阱貸款.jpg"), media_reference("附件：報告.jpg")
    (True, False)
    >>> media_reference("他把照片存成 a.jpg"), media_reference("年報.pdf")
    (False, False)
    """
    text = line.strip()
    if "." not in text or len(text) > MAX_ALT + MAX_ADDRESS + 8:
        return False  # every reference has a dot: its address's host or its extension
    return _media_reference().fullmatch(text) is not None


#: A player's clock: minutes (perhaps hours) and seconds, a slash, the recording's length.
PLAYER_CLOCK = lazy_re(
    r"(?:([0-9]{1,2}):)?([0-9]{1,2}):([0-5][0-9]) ?/ ?(?:([0-9]{1,2}):)?([0-9]{1,2}):([0-5][0-9])"
)
#: The clock is short: 0:00 / 0:00 to 00:00:00 / 00:00:00.
MAX_PLAYER_CLOCK = 20


def player_clock(line: str) -> bool:
    """Whether ``line`` is a media player's time played and length alone (module docstring)."""
    text = line.strip()
    if not 9 <= len(text) <= MAX_PLAYER_CLOCK or "/" not in text:
        return False
    found = PLAYER_CLOCK.fullmatch(text)
    if found is None:
        return False
    h1, m1, s1, h2, m2, s2 = (int(v or 0) for v in found.groups())
    return (h1 * 60 + m1) * 60 + s1 <= (h2 * 60 + m2) * 60 + s2
