"""The headline as the line its article echoes, read as a *share* of the line's pairs
(round 40, asked by ``page_head.place_head`` of the line ``head_echo.speaking_headline``
kept).

Model.  A headline speaks of its article: the article repeats its words, so most of the
line's pairs of adjacent Han characters are found in the paragraphs (``title.echoes``).
``speaking_headline`` counts the pairs: a chosen line sharing one pair at most gives way to a
head line sharing three more.  A count does not see a long line of the site's that shares
two pairs with any story by chance: a portal's slogan over every page
(``最好看的新闻,最实用的信息``: 的新 and 新闻 in a story of 新闻自由, 2 of its 10 pairs)
stays the headline over ``警察通例修订 无损新闻自由`` (7 of 10).  Read as a share, the slogan
echoes the article weakly (``MAX_WEAK_SHARE`` of its pairs or fewer) and the headline
strongly (``MIN_STRONG_SHARE`` or more, and ``head_echo.MIN_ECHO_GAIN`` pairs more than the
slogan, densely enough to be more than chance: ``head_chance.beyond_chance``).

Position is the second signal: the rival must stand *under* the chosen line, nearer the
article, where a headline stands, and above the byline under it: the line a byline hangs
under is the headline, and a line under the byline is the article's (a picture's caption,
``安徽援建的山南市第二高级中学智慧校园`` under ``发布时间：2025-07-02``), no rival.
A line above a weakly echoed headline that the
article echoes more is the headline's kicker (an 引题 naming the event the headline only
hails): the headline under it stays.  The rival is a head line shaped as a
headline (``title.is_title_shaped``), not a publisher's name alone, not a picture's name
over its caption, not the chosen headline's dek under a dash.  With no such line the chosen
one stays (a headline the article echoes weakly is still its headline when nothing in the
head speaks of the article more).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence

from newsclean.filters.captions import caption_cue
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.head_chance import beyond_chance
from newsclean.filters.head_echo import MIN_ECHO_GAIN, article_prose
from newsclean.filters.head_names import publisher_alone
from newsclean.filters.title import DEK_DASH, echoes, is_prose, is_title_shaped

#: The chosen line echoes the article weakly: this share of its pairs or fewer.
MAX_WEAK_SHARE = 0.25
#: ... a line under it strongly: this share of its pairs or more ...
MIN_STRONG_SHARE = 0.5


def echo_share(line: str, article: str) -> tuple[int, int]:
    """(pairs of ``line`` the article prints, pairs of ``line``)."""
    return echoes(line, article), len(han_pairs(line))


def echoed_below(
    title: int,
    content: Sequence[int],
    text: Callable[[int], str],
    skip: Container[int],
    bylines: Iterable[int] = (),
) -> tuple[int, int, int] | None:
    """(line, shared pairs, its pairs) of the head line under ``title``, above the first
    paragraph and above the first of ``bylines`` under it, the article echoes strongly while
    it echoes ``title`` weakly (module docstring), or None."""
    first = next((i for i in content if is_prose(text(i))), None)
    if first is None or title >= first:
        return None
    first = min((b for b in bylines if b > title), default=first)
    rivals = []  # the head's lines under the chosen one, cheapest tests first
    for k, i in enumerate(content):
        if i >= first:
            break
        if i <= title or i in skip or not is_title_shaped(line := text(i)):
            continue
        below = content[k + 1] if k + 1 < len(content) else None
        if below is not None and caption_cue(text(below)) is not None:
            continue  # a picture's name over its caption (head_echo, round 15)
        if publisher_alone(line) or line.lstrip().startswith(DEK_DASH):
            continue  # a publisher's name; the headline's dek (head_echo, rounds 28, 32)
        rivals.append(i)
    if not rivals:
        return None
    article = article_prose(content, text)
    own, pairs = echo_share(text(title), article)
    if pairs == 0 or own > MAX_WEAK_SHARE * pairs:
        return None
    best: tuple[int, int, int] | None = None
    for i in rivals:
        shared, count = echo_share(text(i), article)
        if shared < own + MIN_ECHO_GAIN or shared < MIN_STRONG_SHARE * count:
            continue
        if best is None or shared > best[1]:
            best = (i, shared, count)
    if best is None or not beyond_chance(text(best[0]), article):
        return None
    return best
