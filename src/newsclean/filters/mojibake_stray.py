"""A stray ASCII character glued to Han text: a trail byte read alone (``mojibake``'s
sign, judged on local evidence; split from ``mojibake_marks`` in round 38).

A double-byte character whose lead byte was lost leaves its trail byte, which GBK and
Big5 take from the ASCII range 0x40-0x7E, to be read as an ASCII letter or symbol between
Han characters.  A single lower-case letter or ASCII symbol glued to Han text on both
sides (``STRAY_ASCII``; upper-case letters and ``@ | #`` are ordinary there: ``A股``,
``@人民日报``, ``新闻|体育``) is a trail byte when a neighbour is rare or out of place, or
when it is a symbol a writer pairs and the line holds no partner (``UNPAIRED``).  Round 39
(second wave): a bracket the line pairs (``slip_writing.paired_bracket``: ``]`` after its
``[``, ``[`` before its ``]``) is a writer's whatever its neighbour: a name before it is
often rare (``[责任编辑:吴苡榛]关键词:``), and a trail byte has no partner written for it.

**What a writer pairs.**  A bracket pairs with its other half (``[1]``, ``{升为}``); a
backquote pairs with another backquote (round 38, mend: a command or a term quoted in
backquotes, ``运行`清除缓存`命令``), so an odd count of them leaves one alone; a caret
pairs with nothing.  A backslash is a path's separator when the line writes a path: a
drive's head (``D:\\``) or two backslashes or more (``D:\\照片\\二〇二三年目录``,
``\\\\server\\共享``): no lost byte; one alone between Han text is, unless it stands
where a Taiwan local site's credit puts its slash, between the reporter's name and a place
with a report word (``孫偉倫`` backslash ``台北報導``; ``credit_implied.PLACE_REPORTED``, the
place ``SLASH_CREDIT`` reads after its slash; round 44: the credit glued after a spam
prefix, so the credit reader never took the line).  Opening a line, an
ASCII symbol before Han text is a trail byte too (``STRAY_AT_START``), unless it is a
bracket the line closes (``[啟動LINE推播] …``, a label).

**A wave dash** (round 39): a tilde after a particle of tone or laughter draws the word
out (``理由咩~)``, ``呵呵~只為了``, ``看看啊~~``), as a question mark after a question
particle asks; a run of two tildes is typed too.  A lost lead byte's trail is the partner
of whatever character the slip ends on, so neither shape is one: ``wave_dash`` tells both
this filter and the realignment test (``mojibake``) that no slip ends there.
"""

from __future__ import annotations

from newsclean.filters.charmodel import is_rare, out_of_place
from newsclean.filters.credit_implied import PLACE_REPORTED
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.slip_writing import paired_bracket

HAN = "\u3400-\u9fff\uf900-\ufaff"
CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f"
#: A trail byte read as ASCII where no Latin text would stand: a single lower-case letter
#: or ASCII symbol glued to Han text ("A股", "B超", "@人民日报", "新闻|体育" are ordinary).
STRAY = r"[\[\\\]^`{}~a-z]"
STRAY_ASCII = lazy_re(rf"{STRAY}(?=[{HAN}])(?<=[{HAN}{CJK_PUNCTUATION}]{STRAY})")
#: Opening a line, only an ASCII symbol: a lower-case letter before Han text is ordinary
#: there ("a股", "e化").
STRAY_AT_START = lazy_re(rf"[\[\\\]^`{{}}~](?=[{HAN}])")
#: The bracket that closes an opening one: a line that closes it opened a label.
CLOSING = {"[": "]", "{": "}"}
#: The partner a writer pairs each symbol with (module docstring): a bracket its other
#: half, a backquote itself (an odd count leaves one alone), a caret nothing.  The
#: backslash is asked by ``_path`` instead.
UNPAIRED = {"[": "]", "]": "[", "{": "}", "}": "{", "^": "", "`": "`"}
#: A drive's head: a path follows (D:\).
DRIVE = lazy_re(r"(?<![A-Za-z])[A-Za-z]:\\")


#: The particles a writer draws out with a tilde, both scripts: tone and question particles
#: (Mandarin and Cantonese: 咩 asks, 喎 and 囉 tell) and laughter.  A closed class.
TONE_PARTICLES = frozenset("啊呀吧啦喔哦嘛呢嗎吗咩耶唷喲哈囉啰嘍喇咯噢哟呦吖哇唄呗嘻呵嘿喎")


def wave_dash(text: str, at: int) -> bool:
    """Whether the "~" at ``at`` is a writer's wave dash (module docstring)."""
    if text[at] != "~":
        return False
    return text[at - 1 : at] in TONE_PARTICLES or "~" in (text[at - 1 : at], text[at + 1 : at + 2])


def _path(text: str) -> bool:
    """Whether ``text`` writes a path: a drive's head or two backslashes or more."""
    return text.count("\\") > 1 or DRIVE.search(text) is not None


def _alone(symbol: str, text: str) -> bool:
    """Whether ``symbol`` stands with no partner in ``text`` (module docstring)."""
    if symbol == "\\":
        return not _path(text)
    partner = UNPAIRED.get(symbol)
    if partner is None:
        return False
    if partner == symbol:
        return text.count(symbol) % 2 == 1
    return not partner or partner not in text


def stray_ascii(text: str) -> list[tuple[int, int]]:
    """The stray ASCII characters of ``text`` with a damaged neighbour, as spans.

    >>> stray_ascii("億元{升為三成"), stray_ascii("运行`清除缓存`命令后即可恢复正常。")
    ([(2, 3)], [])
    >>> stray_ascii("文件保存在D:\\\\照片\\\\二〇二三年目录下。"), stray_ascii("文件在\\\\照片里")
    ([], [(3, 4)])
    """
    spans: list[tuple[int, int]] = []
    opening = STRAY_AT_START.match(text)
    closing = CLOSING.get(opening.group()) if opening is not None else None
    if opening is not None and (closing is None or closing not in text[1:]):
        spans.append((0, 1))  # not "[啟動LINE推播] …": a bracket the line closes is a label
    for match in STRAY_ASCII.finditer(text):
        start = match.start()
        if wave_dash(text, start):
            continue  # 呵呵~只為了: drawn out, no trail byte
        if paired_bracket(text, start):
            continue  # [责任编辑:徐虹]关键词: a writer's bracket, whatever the name before it
        if match.group() == "\\" and PLACE_REPORTED.match(text, start + 1) is not None:
            continue  # 孫偉倫\台北報導: the credit's slash, typed as a backslash
        if is_rare(text[start - 1]) or out_of_place(text, start - 1):
            spans.append((start - 1, start + 1))
        elif _alone(match.group(), text):
            spans.append((start, start + 1))  # 億元{升為, ，]括: a trail byte, no bracket
    return spans
