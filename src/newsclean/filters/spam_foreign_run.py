"""A run of short lines of phrases foreign to the article: a link list no vocabulary knows.

Model (round 37).  A hijacker's link list is a run of short lines, one or two keywords a
line, whose words the page's article never uses: the list is the same on every page it is
injected into, the article is not.  ``spam_block`` judges such a run from its words and
its machine signs (glue, separators, a repeated pattern); a list of terms from a lexicon
the project never saw (``提供假车牌`` / ``找靓妹出台服务`` / ``qq供应汽车解码器`` /
``拦截干扰器价格``) shows neither.  Its evidence is its shape and its foreignness:

* ``MIN_LINES`` or more consecutive short standalone lines (blank lines between them
  allowed: spacing is layout), each of one or two keywords (``MAX_KEYWORDS``) joined by a
  space;
* every keyword a phrase, not a word (``spam_signs.phrase_list``): ``PHRASE_HAN`` Han
  characters or more, no function
  character (的 了 是 …: the grammar of headings and captions), no sign of prose (a date,
  a word of reporting), no word of the reports about spam (``data/spam_counter_terms.txt``),
  no site's name and no page furniture (``相关文章Related``); ``PHRASE_MEAN`` Han characters
  on average (a menu's, a channel row's or a tag row's entries are words of two to four
  characters: ``国内`` / ``国际`` / ``财经频道``, ``新浪娱乐`` / ``腾讯游戏``);
* the lines not all opening alike (``分享到微信`` / ``分享到微博``: a share row);
* every keyword foreign to the article (``spam_ask_frame.foreign``: the article prints
  fewer than half of its Han pairs).  The page's own headings and captions are about the
  article and echo it; a real short line between paragraphs stays alone anyway (one line
  is no run).

* round 37 mend: a second sign of the machine.  A run of foreign phrases is as often the
  article's own list: a menu, a programme, the places or venues it visits, the events of a
  day, its organisers under a label, its related headlines.  So the run must touch other
  spam (the nearest line above or below it, blank lines aside, judged spam: the run is
  part of the injection; or no line above it: a list above the headline is no article's)
  or one of its keywords carry a sign of the vocabulary (a lexicon
  term, ``spam_frames.frame_strength`` 2) or of glue (``spam_signs.is_glued``).

The article must be long enough for foreignness to be evidence (``spam_slot``'s
``MIN_ARTICLE_HAN``; the caller asks only then).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.navigation import classify_furniture
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_ask_frame import foreign
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_signs import (
    FUNCTION_CHARS,
    PHRASE_HAN,
    counter_lexicon,
    han_count,
    is_glued,
    lexicon,
    phrase_list,
    prose_sign,
)
from newsclean.filters.spam_verdict import SpamVerdict
from newsclean.filters.title import is_site_name

#: The fewest lines of a run judged by its foreignness alone.
MIN_LINES = 4
#: Keywords a line of the run holds at most (joined by a space).
MAX_KEYWORDS = 2
#: ``frame_strength`` of a keyword the vocabulary reads strong by its pieces or glue.
STRONG_PIECES = 2
#: The longest keyword read as one (a clause is longer).
MAX_CHARS = 12


def _shaped(probe: str) -> list[str] | None:
    """The line's words when it has the shape of one or two phrases (``_keywords``' cheap
    tests: short, Han, no function character), else None."""
    words = probe.split()
    if not 1 <= len(words) <= MAX_KEYWORDS:
        return None
    for word in words:
        if (
            len(word) > MAX_CHARS
            or han_count(word) < PHRASE_HAN
            or not word.isalnum()
            or FUNCTION_CHARS.search(word)
        ):
            return None
    return words


def _keywords(probe: str) -> list[str] | None:
    """The line's keywords when it is a line of one or two phrases, else None."""
    words = _shaped(probe)
    if words is None or any(is_site_name(w) or classify_furniture(w) for w in words):
        return None
    if prose_sign(probe) or counter_lexicon().find(probe):
        return None
    return words


def _runs(texts: Sequence[str], lines: Sequence[int]) -> list[list[int]]:
    """The candidate lines grouped into runs: consecutive but for blank lines."""
    runs: list[list[int]] = []
    for i in lines:
        if runs and all(not texts[k].strip() for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _touches_spam(texts: Sequence[str], run: list[int], marked: Sequence[SpamVerdict]) -> bool:
    """Whether the nearest line above or below the run (blank lines aside) is spam, or the
    run opens the page (above its headline: an article's lists follow their heading)."""
    above = next((k for k in range(run[0] - 1, -1, -1) if texts[k].strip()), None)
    below = next((k for k in range(run[-1] + 1, len(texts)) if texts[k].strip()), None)
    return above is None or any(marked[k].is_spam for k in (above, below) if k is not None)


def _machine_word(words: Sequence[str]) -> bool:
    """Whether a keyword carries a sign of the vocabulary or of glue."""
    return any(
        lexicon().find(w) or is_glued(w) or frame_strength(w) >= STRONG_PIECES for w in words
    )


def foreign_runs(
    texts: Sequence[str],
    probes: dict[int, tuple[str, str]],
    article: Article,
    marked: Sequence[SpamVerdict],
) -> dict[int, str]:
    """The lines of runs of foreign phrases (index -> why; module docstring).  ``probes``:
    the page's short standalone lines (index -> printed, simplified and lower-cased); a
    line too short to be one (a keyword of three Han characters, ``指纹膜``) is read as
    printed, lower-cased, when no verdict has taken it.  ``marked``: the page's verdicts
    so far (the probes not counted as spam), for the run's neighbours."""
    read = {i: probe for i, (_, probe) in probes.items()}
    for i, text in enumerate(texts):
        if i not in read and not article.verdicts[i].is_spam and 0 < len(text.strip()) <= MAX_CHARS:
            read[i] = text.strip().lower()
    # speed, exact: a run of keyword lines lies inside a run of shaped lines (no blank
    # line is shaped), so only the lines of shaped runs of ``MIN_LINES`` are asked the rest
    shaped = [i for i in sorted(read) if _shaped(read[i])]
    asked = {i for run in _runs(texts, shaped) if len(run) >= MIN_LINES for i in run}
    words = {i: w for i, probe in read.items() if i in asked and (w := _keywords(probe))}
    found: dict[int, str] = {}
    for run in _runs(texts, sorted(words)):
        if len(run) < MIN_LINES:
            continue
        keywords = [w for i in run for w in words[i]]
        if not phrase_list(keywords) or len({read[i][:2] for i in run}) == 1:
            continue  # words, not phrases, or one word's forms (a share row)
        if not (_touches_spam(texts, run, marked) or _machine_word(keywords)):
            continue  # the article's list: a menu, a programme, places, organisers
        if not all(foreign((word,), article.without(i)) for i in run for word in words[i]):
            continue
        why = (
            f"a run of {len(run)} lines ({run[0] + 1}-{run[-1] + 1}) of phrases foreign "
            "to the article: " + " / ".join(read[i] for i in run[:4])
        )
        found |= dict.fromkeys(run, why)
    return found
