"""A gallery's repeated frame: captions told by the shape they share, not their words
(round 40).

Model.  A page of pictures sets each picture's caption in one *frame*: the same marks
around a different description, once per picture, between the paragraphs or in a run.
A heading, a one-line paragraph or an author's credit is laid out once; a frame the page
repeats ``MIN_FRAME`` times or more over short lines inside the article is the gallery's
caption layout, whatever the descriptions say.  Two frames are read:

* the *bracketed line* (``BRACKETED``): the whole line one bracket around a description,
  no sentence mark inside (``(集中观看开幕会)``, ``(三等奖获奖者合影)``, each under the
  paragraph telling that step of a ceremony, https://hywybwcl.com/info/1077/1871.html).
  A lone bracketed line is an aside or an affiliation (``caption_layout``); the same
  bracket over and over is a picture's label.  A bracketed credit (``(记者 张三)``) is a
  byline's, not a description: it holds a space between its words, and is never asked;
* the *credit of words and picture* (``TEXT_AND_PICTURE``): a description closed by a
  bracket holding a role, a name and ``文/图`` (``下路街道柏树社区开展中秋送温暖活动。
  (通讯员 阎莉 文/图)``, https://shizhu.cbg.cn/show/7508-2305083.html).  Once, under a
  paragraph, it credits the story's writer; repeated over short items, each a picture
  and its contributor, it is a gallery's caption.  The frame is the bracket's role word:
  the names differ from picture to picture.

A gallery shows different pictures of the story: its captions are different lines (a
stage direction printed again and again, ``(热烈掌声)``, is one line repeated, and
counts once) and each names something the page's other lines name (a pair of adjacent
Han characters, ``charmodel.han_pairs``: ``(全体成员齐唱国歌)`` under ``大会第一项,
全体成员起立,齐唱国歌。``).  Every line of the frame must be caption-sized
(``MAX_FRAME_LINE``: a picture's caption, not a paragraph), describe something
(``MIN_FRAME_HAN`` Han letters in its description) and be no numbered heading (``（一）``).
Above the article (the headline's, a byline's, an affiliation's place) the frame is not
read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.lazy_pattern import lazy_regex

#: A frame is the gallery's when this many short lines of the article share it.
MIN_FRAME = 3
#: A gallery caption is a sentence or two, not a paragraph.
MAX_FRAME_LINE = 90
#: A description names something: a few Han letters at least.
MIN_FRAME_HAN = 4
#: One bracket around the whole line; no mark of a sentence, a list or a second bracket.
BRACKETED = lazy_regex(r"^[(（]([^()（）\s。！？!?；;，,:：]{4,30})[)）]$")
#: A description, then a bracket: a role, a name, the credit of words and picture.
TEXT_AND_PICTURE = lazy_regex(
    r"^(?P<text>[^()（）]{4,80}?)\s*[(（](?P<role>\w{2,6})\s+\w{2,4}(?:\s+\w{2,4})?"
    r"\s*[文图]\s*[/／、]\s*[图摄][)）]$"
)
NUMBERED = lazy_regex(r"^[(（][一二三四五六七八九十\d]{1,3}[)）]")
CUE = "a gallery's repeated frame: "
CLOSING = (")", "）")


def line_frame(text: str) -> str | None:
    """The frame a caption line is set in (module docstring), or None."""
    if len(text) > MAX_FRAME_LINE or not text.endswith(CLOSING) or NUMBERED.match(text):
        return None  # the cheap tests first: both frames close the line with a bracket
    if (bracketed := BRACKETED.match(text)) is not None:
        return "(…)" if len(HAN.findall(bracketed[1])) >= MIN_FRAME_HAN else None
    credited = TEXT_AND_PICTURE.match(text)
    if credited is None or len(HAN.findall(credited["text"])) < MIN_FRAME_HAN:
        return None
    return f"…({credited['role']} … 文/图)"


def frame_captions(views: Sequence[LineLike | None], first_in_article: int) -> dict[int, str]:
    """The positions (in ``views``) of the article's lines set in a frame the page repeats
    ``MIN_FRAME`` times or more, each with the evidence."""
    frames = {
        position: frame
        for position, view in enumerate(views[first_in_article:], first_in_article)
        if view is not None and (frame := line_frame(view.text)) is not None
    }
    if not frames:
        return {}
    shown = {(frame, views[position].text) for position, frame in frames.items()}  # type: ignore[union-attr]
    if max(Counter(frame for frame, _text in shown).values()) < MIN_FRAME:
        return {}  # no frame repeats enough before the echo test: the page's pairs unread
    named: set[str] = set()  # what the page's other lines name
    for position, view in enumerate(views):
        if view is not None and position not in frames:
            named |= han_pairs(view.text)
    framed = {
        position: frame
        for position, frame in frames.items()
        if han_pairs(views[position].text) & named  # type: ignore[union-attr]
    }
    texts = {(frame, views[position].text) for position, frame in framed.items()}  # type: ignore[union-attr]
    counts = Counter(frame for frame, _text in texts)  # different lines, not one repeated
    return {
        position: f"{CUE}{frame} ({counts[frame]} lines)"
        for position, frame in framed.items()
        if counts[frame] >= MIN_FRAME
    }
