"""Spam inserted inside a headline, and a post label before it (round 34).

Model.  A hijack template copies the article's headline and inserts a keyword *inside* it,
after its first character or first few (``习六月婷婷丁香近平向…``, ``香bt淫色电影港第二场…``,
``“彩票2元网行走新丝路”…`` after the opening quote), and may print a post label before it
(``原创 X``, ``data/head_labels.txt``), its keyword inserted inside the label as well
(``原创 原性色社区创 X``).  The evidence is the page itself: the headline's words recur in
its article, the inserted run's do not.

* *The place*: a head line as ``spam_glued`` reads it (``head_lines``), read in
  one script (simplified when the page is), the cut mapped back onto the printed line.
  The article is read as it reads back (``read_back``): a paragraph read with the wrong
  codec is read again (``codec_misread.read_for_judging``; round 34: a Big5 article read
  as Latin-1 echoed nothing of its headline).
* *A label*: a word of ``data/head_labels.txt`` opening the line and followed by a space,
  or its first character, a run, its last character and the space (the run foreign to the
  article: none of its Han pairs recurs), is cut when what follows echoes the article
  (``spam_lead.echoed``); twice at most.
* *An inserted run*: ``MIN_RUN``-``MAX_RUN`` Han letters, Latin letters or digits inserted
  after the headline's first ``MAX_BEFORE`` letters at most (or right after its opening
  quote), before a Han letter and not ending in a digit (``3场2关``: the digit counts the
  letter after it), where

  - the headline's opening and the two (Han) letters after the run, joined, recur in the
    article (``习近平``, ``海沧市``, ``“中星``: the text on both sides is the article's);
  - the run is foreign: none of its Han pairs recurs, nor either pair across its edges
    (``习六``, ``香近``): a headline's own word is never cut.  When the sides joined recur
    and the vocabulary knows the run, it is foreign when none of its pairs recurs below
    its line: a hijacked host's title above the headline prints the same keyword
    (``96彩票`` over ``外彩48彩票交部``);
  - the run is spam-like: its vocabulary knows it (``spam_frames.frame_strength`` 1 or 2),
    or, under a post label (the template's mark), it holds a Han character the article
    never uses (``spam_lead.unused_char``): a headline's own words may be unused too
    (``中国昂扬自信迈向新时代`` over an article printing ``中国新时代``; a page whose
    article a codec garbled echoes little: ``新加坡`` stays);
  - or, when the sides joined do not recur (``头色站导航绑``: 头绑 is no word of the
    article's), the run's last letter makes no word with the letter before the run
    (``香bt淫色电影港``: 香港 is a word, ``charmodel``'s pairs, so 港 is the headline's),
    and the run's vocabulary is strong, or, under a post label, the run is two Han
    letters at least that neither the article nor the rest of the headline uses
    (``国土枪新办``: 土, 枪; a headline's own word shares a letter with its article);
    and the headline without it echoes the article.

  The longest run that passes is cut; the headline without it must have half its Han
  pairs at least echoed by the article (a spam line taken for a head line has not).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.caption_cues import caption_cue_of
from newsclean.filters.charmodel import HAN, han_pairs, model, uncommon
from newsclean.filters.codec_misread import read_for_judging
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re
from newsclean.filters.read_back import read_back
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import MAX_HEADLINE, PARAGRAPH_MARK, frame_strength
from newsclean.filters.spam_lead import MIN_HEADLINE, echoed, head_length, unused_char
from newsclean.filters.spam_verdict import SpamVerdict

#: A line of the head longer than this is read as no headline (``spam_glued``'s too).
MAX_LINE = 160
#: At most this many lines of the head are read (a page of short lines has no paragraph).
MAX_HEADS = 20
#: An inserted run is this many characters.
MIN_RUN, MAX_RUN = 2, 8
#: At most this many labels are cut from one line, and this many runs.
MAX_CUTS, MAX_RUNS = 2, 1
#: A run is inserted after this many letters of the headline at most.
MAX_BEFORE = 2
#: A letter a run is made of; a Han letter; an opening quote before a run.
RUN_CHAR = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]")
OPENERS = frozenset("“‘「『《〈")
SPACES = " \u3000"
#: ``frame_strength`` of strong vocabulary.
STRONG = 2


def head_region(texts: Sequence[str]) -> Iterator[tuple[int, str]]:
    """Each line of the page head (its number and its text stripped), up to the first
    paragraph: a line with a paragraph's mark and a paragraph's length, or two marks."""
    for i, text in enumerate(texts):
        line = text.strip()
        mark = PARAGRAPH_MARK.search(line)
        if mark is not None and (
            head_length(line) > MAX_HEADLINE or PARAGRAPH_MARK.search(line, mark.end())
        ):
            return  # the first paragraph: the page head ends
        yield i, line


def head_lines(texts: Sequence[str], verdicts: list[SpamVerdict]) -> list[int]:
    """The head lines a glued or inserted term is looked for in (module docstring: the
    place), ``spam_glued``'s and this module's."""
    heads: list[int] = []
    for i, line in head_region(texts):
        if (
            line
            and not verdicts[i].is_spam
            and MIN_HEADLINE <= len(line) <= MAX_LINE
            # a caption or a sentence, not a headline; a quoted sentence's stop is the
            # headline's quote (round 29: 「…和跟蹤。」那些年,…)
            and "。" not in line.replace("。」", "").replace("。”", "").replace("。』", "")
            and caption_cue_of(line) is None  # …视频截图 视频地址: a caption's own labels (r45)
        ):
            heads.append(i)
            if len(heads) == MAX_HEADS:
                break  # a page of short lines: its head is its first lines
    return heads


@cache
def labels() -> tuple[str, ...]:
    """The post labels of ``data/head_labels.txt``."""
    return tuple(fields[0] for fields in data_lines("head_labels.txt"))


def inside_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The labels and the runs inserted inside the headlines of the page head (line index ->
    cut), module docstring.

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> spam = SpamVerdict(True, 3.0, (), 0)
    >>> page = ["原创 习六月婷婷丁香近平会见外宾", "免费色站", "习近平主席今天会见外宾。"]
    >>> cut = inside_cuts(page, [no, spam, no])[0]
    >>> cut.cut, cut.rest
    ('原创 … 六月婷婷丁香', '习近平会见外宾')
    >>> inside_cuts(["习近平会见外宾", "免费色站", "习近平主席今天会见外宾。"], [no, spam, no])
    {}
    """
    heads = head_lines(texts, verdicts)
    if not heads:
        return {}
    built: list[Article] = []

    def article() -> Article:
        """The article as it reads back, built when a head line first asks (most pages'
        head lines open with no label and no run, and ask nothing): a paragraph read with
        the wrong codec is re-read (round 34: a Big5 article read as Latin-1 echoed
        nothing of its headline)."""
        if not built:
            reread = read_back(texts)
            again = [reread.get(k, t) for k, t in enumerate(texts)]
            read = simplify_lines(again) if simplify_lines is not None else again
            built.append(Article(read, verdicts))
        return built[0]

    # each head line read as ``read_back`` and ``simplify_lines`` read it in the whole
    # page: both read each line on its own (a line's re-reading and conversion are its own)
    own = [_read_back_line(texts[i]) for i in heads]
    cuts: dict[int, HeadCut] = {}
    reads = simplify_lines(own) if simplify_lines is not None else own
    for i, read in zip(heads, reads, strict=True):
        printed = texts[i].strip()
        line = read.strip()
        if len(line) != len(printed):
            line = printed
        kept = _kept(line, _Deferred(article, i))
        if kept is not None:
            rest = "".join(printed[a:b] for a, b in kept).strip()
            gone = [printed[a:b].strip() for a, b in _gaps(kept, len(printed))]
            why = "a post label and spam inserted inside the headline"
            cuts[i] = HeadCut(" … ".join(g for g in gone if g), rest, why)
    return cuts


def _read_back_line(text: str) -> str:
    """``text`` as ``read_back`` reads it (re-read when that gives a reading)."""
    return (uncommon().search(text) and read_for_judging(text)) or text


class _Deferred(Elsewhere):
    """The article outside one line, the article built when first asked (``inside_cuts``):
    the same questions as ``Elsewhere``, the same answers."""

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[], Article], index: int) -> None:
        self._build = build
        self.index = index
        self.apart = None

    @property
    def article(self) -> Article:  # type: ignore[override]
        return self._build()


def _gaps(kept: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The stretches of ``range(size)`` outside the spans ``kept``."""
    gaps, at = [], 0
    for start, end in kept:
        if start > at:
            gaps.append((at, start))
        at = end
    if at < size:
        gaps.append((at, size))
    return gaps


def _kept(line: str, article: Elsewhere) -> list[tuple[int, int]] | None:
    """The spans of ``line`` kept once its label and inserted runs are cut, or None."""
    start, labelled = 0, 0
    while labelled < MAX_CUTS and (after := _label_end(line, start, article)) is not None:
        start, labelled = after, labelled + 1
    kept: list[tuple[int, int]] = []
    at, runs = start, 0
    while runs < MAX_RUNS and (run := _run(line, at, article, labelled > 0)) is not None:
        kept.append((at, run[0]))
        at, runs = run[1], runs + 1
    kept.append((at, len(line)))
    if not labelled and not runs:
        return None
    rest = "".join(line[a:b] for a, b in kept)
    return kept if echoed(rest, article) else None


def _foreign(run: str, article: Elsewhere) -> bool:
    """Whether no Han pair of ``run`` recurs in the article."""
    return not article.echoes(han_pairs(run), 1)


def _foreign_below(run: str, article: Elsewhere) -> bool:
    """Whether no Han pair of ``run`` recurs in the article below its headline."""
    printed = article.article.printed
    span = printed.span(article.index)
    below = printed.text[span[1] :] if span is not None else printed.text
    return not any(pair in below for pair in han_pairs(run))


def _label_end(line: str, start: int, article: Elsewhere) -> int | None:
    """Where the headline starts after a label opening ``line[start:]``, or None."""
    for label in labels():
        head, tail = label[0], label[-1]
        if not line.startswith(head, start):
            continue
        close = line.find(tail + " ", start + 1)
        if close < 0:
            close = line.find(tail + "\u3000", start + 1)
        if close < 0:
            continue
        run = line[start + 1 : close]
        if run == label[1:-1] or (
            MIN_RUN <= len(run) <= MAX_RUN
            and all(RUN_CHAR.fullmatch(c) for c in run)
            and _foreign(run, article)
        ):
            end = close + 1
            while end < len(line) and line[end] in SPACES:
                end += 1
            if end < len(line) and echoed(line[end:], article):
                return end
    return None


def _run(line: str, start: int, article: Elsewhere, labelled: bool) -> tuple[int, int] | None:
    """The run inserted after the first letter or two of the headline ``line[start:]`` (or
    right after its opening quote): its span, or None."""
    first = start + 1 if line[start : start + 1] in OPENERS else start
    for i in range(max(first, start + 1), min(first + MAX_BEFORE, len(line) - MIN_RUN) + 1):
        end = i
        while end < min(i + MAX_RUN, len(line) - 1) and RUN_CHAR.fullmatch(line[end]):
            end += 1
        for j in range(end, i + MIN_RUN - 1, -1):  # the longest run that passes
            if _inserted(line, (start, i, j), article, labelled):
                return i, j
    return None


def _inserted(line: str, span: tuple[int, int, int], article: Elsewhere, labelled: bool) -> bool:
    """Whether ``line[i:j]`` is a run inserted inside the headline opening at ``start``
    (module docstring)."""
    start, i, j = span
    run, after = line[i:j], line[j : j + 2]
    if not HAN.fullmatch(after[:1]) or run[-1].isdigit():
        return False  # a digit before a Han letter counts it (3场2关): no run's end
    head = line[start:i]
    if not all(HAN.fullmatch(c) or c in OPENERS for c in head):
        return False
    strength = frame_strength(run.lower())
    if strength < 1 and not labelled:
        return False  # unlabelled, both tests below want strength 1 (joined) or 2: no
        # article is asked (most head lines' runs are no vocabulary's)
    edges = {line[i - 1] + line[i], line[j - 1] + line[j]}
    if article.echoes(han_pairs("".join(edges)) & edges, 1):
        return False
    joined = len(after) == 2 and HAN.fullmatch(after[1]) is not None
    joined = joined and article.article.printed.has(head + after, article.index)
    if not _foreign(run, article) and not (
        joined and strength > 0 and _foreign_below(run, article)
    ):  # 外彩48彩票交部 under a site title 96彩票 above it
        return False
    if joined:  # 习近平, “中星
        if strength < 1 and not (labelled and unused_char((run,), line[:i] + line[j:], article)):
            return False
    elif model().pair(line[i - 1], line[j - 1]) > 0:
        return False  # 香bt淫色电影港: 港 makes a word with 香, the headline's
    elif strength < STRONG and not (labelled and _all_unused(run, line[:i] + line[j:], article)):
        return False  # 头色站导航绑: 头绑 is no word of the article's
    rest = han_pairs(head + line[j:])
    return article.echoes(rest) * 2 >= len(rest)


def _all_unused(run: str, rest: str, article: Elsewhere) -> bool:
    """Whether ``run`` holds ``MIN_RUN`` Han characters at least and neither the article nor
    the rest of its headline uses any of them (``国土枪新办``: 土, 枪)."""
    chars = HAN.findall(run)
    return len(chars) >= MIN_RUN and not any(c in rest or article.used(c) for c in chars)
