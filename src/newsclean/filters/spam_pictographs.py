"""Pictographs scattered into the article's sentences, right before its clause marks.

Model (round 34).  A site that copies an article may push emoji into its sentences, one to
three at a time, each glued to the end of a clause right before its mark: ``…名声👋,无人
不知…``, ``…开展情况😩📱,相关同志…``, ``…乡村全面振兴🛳🤹🏿‍♀️、建设…``.  The sentences are
the article's and stay; the pictographs are cut out of the line (``spam cut``, the partial
removal of ``spam_watermark`` and ``spam_refrain``).  The evidence is where they stand and
how many times, not which ones (a new farm's emoji are unknown to any list):

* a *site* is a cluster of ``MAX_CLUSTER`` pictographs at most (``\\p{Extended_Pictographic}``
  with what an emoji carries: a skin tone, the zero-width joiner, the emoji presentation
  selector, the gender sign a joiner glues: 🤹🏿‍♀️ is one) glued between a word's last
  character (a letter of any script, a closing bracket or quote: a mirror's gloss ``(chù)``
  or a byte slip's garble may stand there) and a clause mark (``，,、：:；;``);
* a site's line is running text, ``MIN_LINE`` characters or more, and the clause goes on
  after the mark: a word's first character, an opening quote or bracket (a label with its
  icon before a number, ``电话📞：12345``, is a field, not a clause);
* the page holds ``MIN_SITES`` such sites or more.  A writer who quotes a post with an
  emoji does so once or twice; a scatter is pushed in by the handful.

Round 35: the evidence is the farm's *pattern*, not a count.  A farm pushes its emoji in
one placement, repeated through the article's own sentences: every pictograph of the
page's running text stands at a site, outside quoted speech.  A story quoting several
posts carries the posters' emoji where they wrote them: inside the quotes (``“排了两个
小时的队🙃,总算买到票了🎫,值了!”``), before a stop, closing a line; such a page's
emoji are writing, however many stand before commas, and none is cut.  So a site inside
quotation marks is no site, and a pictograph elsewhere in running text (not at a site,
not an icon opening the line) tells that the page's emoji are its own.

A pictograph before a stop (``加油💪！``: a post's own exclamation), one opening a line (an
icon bullet, ``📢公告``), one between spaces, or two sites on the page, stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.marks import QUOTED
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_verdict import SpamVerdict

#: Sites on the page at least: fewer is a writer's emoji.
MIN_SITES = 3
#: Pictographs in one site at most.
MAX_CLUSTER = 3
#: A site's line holds this many characters at least (running text, not a label).
MIN_LINE = 20
#: The marks a site stands before: commas, the enumeration comma, colons, semicolons.
CLAUSE_MARKS = "，,、：:；;"
#: One pictograph and what an emoji carries with it (skin tone, joiner, selector, gender sign).
PICTOGRAPH = (
    r"\p{Extended_Pictographic}[\U0001F3FB-\U0001F3FF\uFE0F]*"
    r"(?:\u200D[\p{Extended_Pictographic}\u2640\u2642][\U0001F3FB-\U0001F3FF\uFE0F]*)*"
)
#: A site: after a word's last character, one to three pictographs, before a clause mark
#: after which the clause goes on.
SITE = lazy_regex(
    rf"(?<=[\p{{L}}）)”」』】])(?:{PICTOGRAPH}){{1,{MAX_CLUSTER}}}"
    rf"(?=[{CLAUSE_MARKS}] ?[\p{{L}}“「『（(])"
)
#: Any pictograph: the scan reads a line only when it holds one.
ANY = lazy_regex(r"\p{Extended_Pictographic}")


#: An emoji shown as one (not ©, ®, ™, arrows: marks of the text): the placement's count.
EMOJI = lazy_regex(r"\p{Emoji_Presentation}")
#: A pictograph opening a line, perhaps after its indentation: an icon bullet (📢公告).
ICON_BULLET = lazy_regex(rf"^[\s\u3000]*(?:{PICTOGRAPH})+")


def _sites(text: str) -> list[tuple[int, int]] | None:
    """The spans of ``text``'s sites, when it is a line of running text; None when a
    pictograph of the line stands anywhere else (in quoted speech, before a stop, closing
    the line: module docstring, round 35), so that the page's emoji are its writer's."""
    if len(text) < MIN_LINE or ANY.search(text) is None:
        return []
    quoted = [m.span() for m in QUOTED.finditer(text)]  # a post quoted with its emoji
    sites = [m.span() for m in SITE.finditer(text)]
    sites = [(s, e) for s, e in sites if not any(qs < s < qe for qs, qe in quoted)]
    bullet = ICON_BULLET.match(text)
    placed = sum(len(EMOJI.findall(text, s, e)) for s, e in sites)
    if len(EMOJI.findall(text, bullet.end() if bullet else 0)) > placed:
        return None
    return sites


def pictograph_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The scattered pictographs cut out of the page's lines (line index -> cut; module
    docstring).

    >>> page = ["「西螺酱油」名声👋,无人不知。小小的西螺镇🍻,不仅孕育出老字号📢,还留下了技法。"]
    >>> cut = pictograph_cuts(page, [SpamVerdict(False, 0.0, (), 0)])[0]
    >>> cut.cut, cut.rest
    ('👋 🍻 📢', '「西螺酱油」名声,无人不知。小小的西螺镇,不仅孕育出老字号,还留下了技法。')
    """
    del simplify_lines  # a pictograph is in no script
    found: dict[int, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        if verdicts[i].is_spam:
            continue
        spans = _sites(text)
        if spans is None:
            return {}  # a pictograph placed otherwise: the page's emoji are its own writing
        if spans:
            found[i] = spans
    if sum(len(spans) for spans in found.values()) < MIN_SITES:
        return {}
    cuts: dict[int, HeadCut] = {}
    for i, spans in found.items():
        text = texts[i]
        rest = remove_spans(text, spans)
        shown = " ".join(text[s:e] for s, e in spans)
        why = f"pictographs pushed before the clause marks of the article, {len(spans)} here"
        cuts[i] = HeadCut(shown, rest, why)
    return cuts
