"""Captions set together: a line one of a group of short lines that break the paragraphs'
layout (round 13; the layout half of the model in ``captions``' docstring).

Model.  A page sets a picture's caption apart from the paragraphs (``caption_layout``:
flush among indented paragraphs, or spaced); a heading too.  A heading stands alone over
the paragraphs it heads: the line under it is a paragraph.  Captions come in groups:
two pictures, two captions, one under the other and both set unlike the paragraphs
(``昨日傍晚的販毒案,司警在機場展示證物`` / ``司警昨日傍晚在機場拘販毒男``, a Macau paper's
two captions after its last paragraph, no credit, no full stop).  So a short line whose
neighbour, above or under it, breaks the layout too is a caption of a group, not a
heading, whether or not the article has begun.  Inside the article the neighbour must
be unpunctuated as well (``unpunctuated``): a punctuated caption over a heading
(``市民在公园赏花。`` then ``公园改造提速``) is a caption and a heading, the heading's
paragraphs under it.  A numbered heading (``一、``) is a heading by its wording and is
never asked.

A caption describes the article's picture, so it names what the article names: inside
the article, a line joins a group only when it shares a pair of adjacent Han characters
(``charmodel.han_pairs``) with the page's paragraphs (its lines of
``LAYOUT_SAMPLE_LENGTH`` characters or more).  Keyword lines injected in a pair
(``信用卡提现规则最新消息`` / ``何记娱乐规则最新消息``) share none and stay what the heading
and body rules make of them.

A picture's *name* over its caption (round 15, ``picture_name``): between the headline
and the article's first paragraph, where layout is no evidence, a picture's caption may
open with the picture's name on a short line of its own, right over the credited caption
line (``华侨新村入口`` over ``刚建成时的华侨新村。图/越秀区华乐街道提供``).  The line is a
caption when it is short (at most ``MAX_PICTURE_NAME`` characters), holds no sentence or
clause mark (a name, not a sentence: a one-line paragraph or a dek's sentence stays), the
next line has a caption's wording (``captions.caption_cue``, not a wire's source tag) and
the two name the same thing (a shared pair of adjacent Han characters; round 31: two
pairs, a word of three characters or two words, unless the name holds fewer: a headline
over an unrelated dated caption shares only 中国 with it).  A person's name
over the line under it (``李云川`` over ``李云川 (部分由受访者提供)``) is the writer's, and the
line under it a photographer's byline (``caption_byline``): neither is a picture.  A heading
stands over paragraphs, not over a caption; a byline line was claimed before captions
are asked; inside the article the rule is not asked.

A caption printed as a *lone bullet item* (round 15, ``Groups.lone_bullet``): some sites
set each picture's caption as a one-item bullet list (``• 翻譯趙思雅在新聞活動的採訪現場,
協助官員和葡文傳媒溝通。``), with no credit and, on a page whose lines share one layout, no
layout signal.  A line opening with a line mark (``realign.LINE_MARKS``: •, ●, ▪…) is a
caption when it is one item alone (neither neighbour opens with its mark: a list has two
items or more, and repeats its mark; round 31: a picture's caption opening with another
mark above it, ``△澳门原创IP品牌…``, makes no list, and the clean text, which leaves that
caption out, printed the bullet alone to a second cleaning), one sentence closed by its
stop and caption-sized (``caption_layout.layout_caption_shaped``: no connective opening
it, no address to the reader).  It need
not name what the paragraphs name: a caption names the people in the picture, whom the
article may not.  The items of a bulleted list, a bulleted label or link without a stop
(``· 读懂广州第一六六期 ·``), a bulleted paragraph and a bullet speaking to the reader stay.

Round 32: a line of a *bulleted list* (``Groups.list_item``: it opens with a line mark the
line above or under it opens with too, ``• 建議使用 Chrome 瀏覽器`` / ``• 管理者:潘劭愷 /
建置單位:…``, a site's foot whose other items the furniture took) is no member of a group
of captions, nor the neighbour that makes one: two pictures' captions are two
descriptions, a list repeats its mark.  A bulleted caption with its wording (a credit, a
cue) is still read as one.

A caption whose credit is *glued without a stop* (round 17, ``Groups._credit_glued``): a
short description, then 作者 and the photographer's name (``司长张裕作者:赵海燕``,
``caption_tail.author_glued``), on a line the layout sets apart inside the article.  It
has no final punctuation, so the layout rules alone would call it a heading; but a heading
credits no one.  Above the article (a byline's place) and closing it (a writer's credit at
the foot) the line is not asked, nor where the page has no layout signal.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.caption_act import WIRE_OPENING, office_act
from newsclean.filters.caption_alt import CUE, alt_headline
from newsclean.filters.caption_brackets import WIRE
from newsclean.filters.caption_byline import photographer_byline
from newsclean.filters.caption_layout import (
    LAYOUT_SAMPLE_LENGTH,
    LineLike,
    PageLayout,
    ends_as_sentence,
    layout_caption_shaped,
)
from newsclean.filters.caption_lifted import Lifted
from newsclean.filters.caption_rejects import ROLE_PIECE
from newsclean.filters.caption_tail import author_glued
from newsclean.filters.captions import caption_cue
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.memo import PageMemo
from newsclean.filters.realign import LINE_MARKS

#: A picture's name: a few words (华侨新村入口, 新建成的跨江大桥夜景).
MAX_PICTURE_NAME = 20
#: Pairs of adjacent Han characters a picture's name shares with its caption: a word of
#: three characters or two words (华侨新村 over …华侨新村…), unless the name is shorter.
MIN_SHARED_PAIRS = 2
#: A sentence or clause mark: a name holds none.
SENTENCE_OR_CLAUSE = lazy_re(r"[。！？!?，,；;：:]")


def picture_name(views: Sequence[LineLike | None], position: int) -> str | None:
    """Why the line at ``position``, above the article, is a picture's name over its
    caption (module docstring), or None."""
    line, under = views[position], views[position + 1] if position + 1 < len(views) else None
    if line is None or under is None or len(text := line.text.strip()) > MAX_PICTURE_NAME:
        return None
    if SENTENCE_OR_CLAUSE.search(text) is not None or ROLE_PIECE.search(text) is not None:
        return None
    # The cheapest test first: every line of a head without paragraphs is asked.
    pairs = han_pairs(text)
    shared = pairs & han_pairs(under.text)
    # The two name one thing (华侨新村 in both), not one common word: a headline over an
    # unrelated caption shares 中国 at most (round 31).
    if not shared or len(shared) < min(MIN_SHARED_PAIRS, len(pairs)):
        return None
    if person_name(text) or photographer_byline(under.text):
        return None  # the writer's name and its aside (caption_byline)
    cue = caption_cue(under.text)
    if cue is None or cue.startswith(WIRE):
        return None
    return "a picture's name over its caption"


class Groups:
    """Asks, per line of ``views``, whether it is one of a group of captions (module
    docstring); ``differences`` is ``caption_layout.layout_differences``' answer."""

    __slots__ = ("_names", "_pairs", "differences", "first", "layout", "lifted", "views")

    def __init__(
        self,
        views: Sequence[LineLike | None],
        differences: Sequence[str | None],
        layout: PageLayout | None = None,
        first: int = 0,
    ):
        self.views = views
        self.differences = differences
        #: The page's norm and where the article begins (under its headline): an act's
        #: clause in the article's head is set apart by the norm itself (round 39).
        self.layout, self.first = layout, first
        self._pairs: set[str] | None = None  # the paragraphs' pairs, when first asked
        #: ``picture_name`` reads a line and the one under it: each short pair once.
        self._names: PageMemo[str | None] = PageMemo()
        self.lifted = Lifted(views)  # a sentence of the article restated (round 35)

    def __call__(self, position: int, unpunctuated: bool = True) -> bool:
        """The line at ``position`` and a neighbour break the paragraphs' layout and, with
        ``unpunctuated`` (inside the article), ends without final punctuation while the
        line names what the paragraphs name."""
        views, differences = self.views, self.differences
        if differences[position] is None or self.list_item(position):
            return False  # laid out as the paragraphs are, or a list's item: no group
        for near in (position - 1, position + 1):
            if not 0 <= near < len(differences) or differences[near] is None:
                continue
            if self.list_item(near):
                continue  # a list's item is no caption beside this one (round 32)
            if not unpunctuated:
                return True
            view, line = views[near], views[position]
            if view is not None and line is not None and not ends_as_sentence(view.text):
                return not han_pairs(line.text).isdisjoint(self._paragraph_pairs())
        return False

    def line_cue(self, position: int, started: bool, typical: int) -> str | None:
        """Why the line at ``position`` is a caption by its place among its neighbours:
        a picture's name above the article (not ``started``), a lone bullet item, a
        sentence of the article lifted (``caption_lifted``, round 35)."""
        if not started and (name := self._picture_name(position)) is not None:
            return name
        if started and self._credit_glued(position):
            return "photo credit at the end: 作者 glued to a caption set apart"
        return (
            self.act_caption(position)
            or self.alt_caption(position)
            or self.lone_bullet(position, typical)
            or self.lifted(position)
        )

    def alt_caption(self, position: int) -> str | None:
        """A gallery's alt text (``caption_alt``) with its second picture on the page: another
        line numbers a different picture under the same headline (mend, round 38)."""
        line = self.views[position]
        if line is None or (own := alt_headline(line.text)) is None:
            return None
        for view in self.views:
            other = alt_headline(view.text) if view is not None and view is not line else None
            if other is not None and other[0] == own[0] and other[1] != own[1]:
                return CUE
        return None

    def act_caption(self, position: int) -> str | None:
        """An office-holder's act (``caption_act.office_act``) where captions stand: set
        apart from the paragraphs, or beside a line with a caption's wording (a credit,
        another caption, a gallery number).  Alone among paragraphs laid out as it is,
        the clause is a short heading or a one-line paragraph (mend, round 38).  Round 39
        (second wave): under the headline, above the first paragraph, the head's own norm
        leaves no difference, yet the clause breaking the paragraphs' norm there
        (``总领事薛冰致辞`` flush over indented paragraphs) is set apart all the same: a
        headline, a dek or a byline is not an office-holder's act."""
        line = self.views[position]
        if line is None or (act := office_act(line.text)) is None:
            return None
        if self.differences[position] is not None:
            return act
        if self.layout is not None and position >= self.first and self.layout.difference(line):
            return act  # flush under the headline over indented paragraphs (round 39)
        for near in (position - 1, position + 1):
            view = self.views[near] if 0 <= near < len(self.views) else None
            if view is not None and (caption_cue(view.text) or office_act(view.text)):
                return act
            if view is not None and near > position and WIRE_OPENING.match(view.text):
                return act  # over a wire story's dateline (caption_act, round 46)
        return None

    def _picture_name(self, position: int) -> str | None:
        views = self.views
        line, under = views[position], views[position + 1] if position + 1 < len(views) else None
        if line is None or under is None:
            return None
        pair = line.text + "\n" + under.text  # line texts hold no line break
        return self._names.get(pair, lambda _: picture_name(views, position))

    def _credit_glued(self, position: int) -> bool:
        """A line set apart inside the article, not closing it, whose description has
        作者 and a name glued on (``caption_tail.author_glued``, round 17)."""
        line = self.views[position]
        if line is None or self.differences[position] is None:
            return False
        return position < len(self.views) - 1 and author_glued(line.text)

    def list_item(self, position: int) -> bool:
        """Whether the line at ``position`` is an item of a bulleted list: it opens with a
        line mark that the line above or under it opens with too (round 32)."""
        views = self.views
        line = views[position]
        mark = line.text.lstrip()[:1] if line is not None else ""
        if mark not in LINE_MARKS:
            return False
        for near in (position - 1, position + 1):
            view = views[near] if 0 <= near < len(views) else None
            if view is not None and view.text.lstrip()[:1] == mark:
                return True
        return False

    def lone_bullet(self, position: int, typical: int) -> str | None:
        """A caption set as a one-item bullet list (module docstring), or None."""
        views = self.views
        line = views[position]
        mark = line.text.lstrip()[:1] if line is not None else ""
        if line is None or mark not in LINE_MARKS:
            return None
        if self.list_item(position):
            return None  # an item of a list: its items repeat one mark
        text = line.text.strip().lstrip("".join(LINE_MARKS)).strip()
        if not ends_as_sentence(text) or not layout_caption_shaped(text, typical):
            return None
        return "a lone bullet item: one sentence, no list"

    def _paragraph_pairs(self) -> set[str]:
        if self._pairs is None:
            self._pairs = set()
            for view in self.views:
                if view is not None and len(view.text) >= LAYOUT_SAMPLE_LENGTH:
                    self._pairs |= han_pairs(view.text)
        return self._pairs
