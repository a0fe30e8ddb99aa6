"""Spam glued to a headline, before it or after it: the headline is what the article echoes.

Model (round 16).  A hijack template glues its keywords and its site's name to the copied
article's headline: before it, after it, or on both sides (``六月婷婷丁香 “中星”20号通信卫星
发射成功 何记娱乐``), separated by a space, a hyphen, dash, pipe or underscore
(``…幸福很真实-天天速讯 天天干综合``), or by nothing at all (``刻章办冲读懂广州·粤韵|…``).
``spam_tail`` (a keyword and a link after a space) and ``spam_prefix`` / ``spam_frames``
(vocabulary before the headline) cut the forms their vocabulary knows; this pass reads what
they leave with one model of the whole line, whose evidence is the page itself:

* *The place*: a line of the page head (above the first paragraph, as ``spam_frames``
  reads it; its first ``MAX_HEADS`` such lines) not judged spam, ``MIN_HEADLINE``-
  ``MAX_LINE`` characters, no full stop in it (a caption ending with its photographer's
  credit, ``…米佳。中新网记者 何蓬磊 摄``, is a sentence, not a headline), and, round 45,
  no caption by its wording (``captions.caption_cue``: a caption's credit, picture noun or
  link label closes it, ``本期《这就是中国》视频截图 视频地址``): the words after a
  caption's description are its own labels, not terms glued to a headline.
* *Its pieces*: the line split at its separators (spaces; ``-``, ``–``, ``—``, ``|``, ``｜``,
  ``_`` with spaces around or not).
* *The headline*: the pieces from the first to the last one the article echoes
  (``ECHOES`` of its Han pairs, and half of them at least, occur in the page's other lines
  not judged spam; when no piece does, the pieces echoed most), and whatever the cuts below leave
  between the two edges: its inner pieces stay (a spaced subtitle, a column before a pipe);
  what is left must still echo the article (``spam_lead.echoed``).  Round 34: the piece
  before the first such piece is the headline's too when, a term glued before it
  (``glued_term``) read off, it is a clause (``MIN_CORE_PAIRS`` Han pairs) half echoed
  (``试看片冲卓荣泰赴日引中方抗议 外交部:…``: the term goes, the clause stays).
* *A glued piece* is read from each edge of the line inwards, stopping at the first piece
  that is no spam: a keyword foreign to the article with a *level* (strong, marked,
  foreign: ``spam_glued_level``, split from this module in round 35).  On a page with spam
  elsewhere every level is cut; on a page without, a *list* is (``STACK`` pieces cut on the
  two sides together, one of them strong or marked: ``六月婷婷丁香 “中星”20号… 何记娱乐``),
  else only strong pieces.
* *A term glued with no separator* before the headline's first piece: the stretch before
  the first pair of that piece the article echoes, up to its last Han character the article
  never uses, ``MIN_GLUE``-``MAX_GLUE`` characters, no pair of it echoed, the rest a headline
  by itself; cut when its vocabulary is strong, or marked on a page with spam elsewhere or
  with a character the article never uses.  A glued stretch no vocabulary knows stays: its
  characters being unused proves nothing when the headline's first words are unused too
  (``冲香港第二场…`` in an article that never writes 香港; ``六旬男子占用…``).

A labelled byline in the page head is no headline (round 39): a stretch to cut before the
headline that holds a label the metadata grammar reads on the line (``來源 l 新華社``: 來源
is the label, ``l`` a bar printed as a letter) cuts nothing.

The article is read in one script (round 31): the page's lines simplified as the spam
filter reads its probes, the head line too, and a cut mapped back onto the line as printed
(``_in_print``; a line a phrase converts to another length is read as printed).  A page may
print its headline in one script over paragraphs in the other; read as printed, the
article echoed a pair or two fewer, and the cut came only when the clean text (converted)
was cleaned again.

A line holding another line of the page (the headline printed again as alt text with a
site's name, or quoted after words of its own) is ``page_head``'s and is not read here.
A crackdown's own headline is not cut either: a word of the spam reports
(``spam_counter_terms.txt``) *and* a strong spam term in the headline (``警方捣毁网络赌场…``);
round 17: a report word alone (警方, 治理: any police or council story) is no crackdown, and
the test reads the headline, not the terms glued to it.

What stays: a last word after a dash that the article names (``中国女足-夺冠之路`` in an
article about the final: 夺冠 is echoed, the piece is not foreign); a headline opening with
a word the article echoes (``冲刺…`` in an article about a race); a spaced subtitle the
article echoes (part of the headline); a subtitle after a pipe the article does not echo
(longer than a site name, no vocabulary); a lone unknown word after the headline on a page
with no other spam.  The cut goes to the line's evidence (``spam cut``).

Round 29: a mirror glosses its headline as it glosses its paragraphs
(``…官方网站(中国)有限公司-「戒嚴(yán)時(shí)期…」``); the line is read as the article is, its
glosses left out (``spam_article.unglossed``), and the stretches cut off its edges are cut
off the printed line when printed so there (the glosses on the headline stay for the
pinyin filter).  The line is read so when its printed reading cuts nothing: a gloss takes
the space after it (``設(shè )施(shī ) 供應發票``), the separator of a piece glued after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters import spam_glue_term
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.metadata import parse_metadata
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut, printed_cut
from newsclean.filters.spam_frames import (
    STRONG_WEIGHT,
)
from newsclean.filters.spam_glue_term import glued_term, glued_term_spam, own_term, own_term_spam
from newsclean.filters.spam_glued_end import printed_start
from newsclean.filters.spam_glued_inside import head_lines
from newsclean.filters.spam_glued_level import FOREIGN, MARKED, NONE, STRONG, piece_level
from newsclean.filters.spam_lead import (
    ECHOES,
    MIN_HEADLINE,
    echoed,
)
from newsclean.filters.spam_signs import counter_lexicon, lexicon
from newsclean.filters.spam_unused import unglossed
from newsclean.filters.spam_verdict import SpamVerdict

#: A separator: spaces, or a hyphen, dash, pipe or underscore with spaces around or not (a
#: hyphen between digits is a date's or a number's: 2026-03-04; round 22: a hyphen between
#: letters and digits is a word's, ``COVID-19``, and a full-width hyphen, ``－``, a hyphen).
SEPARATOR = lazy_regex(
    r"[ \u3000]*(?:[–—|｜_]|(?<![0-9A-Za-z])[-－]|[-－](?![0-9A-Za-z]))[ \u3000]*|[ \u3000]+"
)
#: A piece read as the headline once a glued term is read off holds this many Han pairs.
MIN_CORE_PAIRS = 7
#: This many pieces outside the headline are a template's list (each still foreign).
STACK = 2


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """The pieces of ``line`` between separators: ``(start, end, separator before it)``."""
    pieces: list[tuple[int, int, str]] = []
    start, before = 0, ""
    for sep in SEPARATOR.finditer(line):
        if sep.start() > start:
            pieces.append((start, sep.start(), before))
        start, before = sep.end(), sep.group()
    if start < len(line):
        pieces.append((start, len(line), before))
    return pieces


def _core(text: str, article: Elsewhere, enough: int = ECHOES) -> bool:
    """Whether the piece ``text`` is the article's: ``enough`` of its Han pairs occur in the
    article."""
    return article.echoes(han_pairs(text), enough) >= enough


def glued_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The spam glued before and after the headlines of the page head (line index -> cut,
    ``cut`` the stretches cut, ``rest`` the headline), module docstring.

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> spam = SpamVerdict(True, 3.0, (), 0)
    >>> page = ["六月婷婷 北京明天有大雨-天天速讯", "免费色站", "北京明天有大雨,气象台发出预警。"]
    >>> cut = glued_cuts(page, [no, spam, no])[0]
    >>> cut.cut, cut.rest
    ('六月婷婷 … -天天速讯', '北京明天有大雨')
    >>> page = ["中国女足-夺冠之路", "免费色站", "中国女足昨晚夺冠,女足姑娘们走过漫长的路。"]
    >>> glued_cuts(page, [no, spam, no])
    {}
    """
    heads = head_lines(texts, verdicts)
    if not heads:
        return {}  # no head line to cut: the page is not converted
    # The article in one script (round 31): a page may print its headline simplified over
    # traditional paragraphs, or the other way round, and the words they share are the same
    # words.  Read in the page's mixed printing, the headline echoed one pair on the first
    # cleaning and the cut waited for a second one, over the converted text.
    read = simplify_lines(list(texts)) if simplify_lines is not None else texts
    article = Article(read, verdicts)
    own = spam_glue_term.OwnPage(article)  # own_term's page part, once for all head lines
    cuts: dict[int, HeadCut] = {}
    for i in heads:
        printed = texts[i].strip()
        line = read[i].strip()
        if len(line) != len(printed):  # a phrase converted to another length: as printed
            line = printed
        cut = _cut(line, article.without(i), simplify_lines, own)
        if cut is None and (plain := unglossed(line)) != line:
            # a mirror's glosses left out, as the article is read (round 29)
            cut = _cut(plain, article.without(i), simplify_lines, own)
            cut = printed_cut(cut, plain, line) if cut is not None else None
        if cut is not None and line != printed:
            cut = _in_print(cut, line, printed)
        # A line holding another is the headline printed again, with a site's name or words
        # of its own (asked of the few lines with a cut: it reads the whole page).
        if cut is not None and not _repeats(texts, i):
            cuts[i] = cut
    return cuts


def _in_print(cut: HeadCut, read: str, printed: str) -> HeadCut | None:
    """``cut`` of the line read in one script (``read``, as long as ``printed``: each
    character converted alone) as a cut of the line as printed, or None."""
    begin = read.find(cut.rest)
    if begin < 0:
        return None
    return _head_cut(printed, begin, begin + len(cut.rest), cut.why)


def _head_cut(line: str, begin: int, finish: int, why: str) -> HeadCut:
    """The cut of ``line`` keeping ``line[begin:finish]``: the stretches off each edge."""
    before, after = line[:begin].strip(), line[finish:].strip()
    cut = f"{before} … {after}" if before and after else before or after
    return HeadCut(cut, line[begin:finish].strip(), why)


def _repeats(texts: Sequence[str], index: int) -> bool:
    """Whether line ``index`` holds another line of the page (``MIN_HEADLINE`` characters at
    least): the headline repeated as alt text or quoted, ``page_head``'s to judge."""
    line = texts[index]
    return any(
        k != index and len(other := text.strip()) >= MIN_HEADLINE and other in line
        for k, text in enumerate(texts)
    )


def _cut(
    line: str,
    article: Elsewhere,
    simplify_lines: Callable[[list[str]], list[str]] | None,
    page: spam_glue_term.OwnPage,
) -> HeadCut | None:
    """The cut of one head line, or None (module docstring; ``page``: its ``OwnPage``)."""
    pieces = _pieces(line)
    if len(pieces) == 1 and not spam_glue_term.may_cut_glue(
        line[: pieces[0][1]], article, page, simplify_lines
    ):
        return None  # one piece: only a term glued with no separator could go
    pairs = [han_pairs(line[s:e]) for s, e, _ in pieces]
    echoes = [article.echoes(p) for p in pairs]
    core = [k for k, n in enumerate(echoes) if n >= ECHOES and 2 * n >= len(pairs[k])]
    if not core:  # no piece echoed half: the headline is the piece echoed most
        most = max(echoes, default=0)
        core = [k for k, n in enumerate(echoes) if n == most > 0]
    if not core:
        return None
    if core[0] > 0 and _glued_core(line, pieces[core[0] - 1], article):
        core.insert(0, core[0] - 1)  # round 34: a piece echoed once a glued term is read off
    first, last = core[0], core[-1]
    head = " ".join(line[pieces[k][0] : pieces[k][1]] for k in core)
    if _crackdown(head, simplify_lines):
        return None
    outer = [k for k in range(len(pieces)) if k < first or k > last]
    words = [line[pieces[k][0] : pieces[k][1]] for k in outer]
    if not words and not _glued(line[pieces[first][0] : pieces[first][1]], article, page):
        return None
    simplified = simplify_lines(words) if simplify_lines is not None and words else words
    probes = dict(zip(outer, (p.lower() for p in simplified), strict=False))
    levels: dict[int, int] = {}
    for k in outer:
        start, end, sep = pieces[k]
        inner = sep if k > last else pieces[k + 1][2]  # the separator on the headline's side
        levels[k] = piece_level(line[start:end], probes[k], inner, head, article, after=k > last)
    left = _run(range(first), levels)
    right = _run(range(len(pieces) - 1, last, -1), levels)
    if not article.hijacked and not _list(left + right, levels):
        left = _run(range(first), levels, STRONG)
        right = _run(range(len(pieces) - 1, last, -1), levels, STRONG)
    begin = pieces[left[-1] + 1][0] if left else 0
    finish = pieces[right[-1] - 1][1] if right else len(line)
    if not echoed(line[begin:finish], article):
        return None
    why: list[str] = []
    if left and _labels_cut(line, line[:begin]):
        return None  # a byline, its label no glued term (round 39: 來源 l 新華社)
    if left:
        why.append(f"glued before the headline: {line[:begin].strip()}")
    opening = line[begin : pieces[left[-1] + 1 if left else 0][1]]
    glue = glued_term(opening, article)
    if glue:  # the headline's first piece, once the terms spaced before it are cut
        probe = (simplify_lines([glue]) if simplify_lines is not None else [glue])[0].lower()
        rest = line[begin + len(glue) : finish]
        if glued_term_spam(glue, probe, rest, article):
            start = printed_start(line, begin + len(glue), article)  # round 32
            why.append(f"a term glued to the headline with no separator: {line[begin:start]}")
            begin = start
            opening = ""
    own = own_term(opening, article, page) if opening else ""
    if own:  # the page prints the term outside its article (round 32)
        probe = (simplify_lines([own]) if simplify_lines is not None else [own])[0].lower()
        if own_term_spam(own, probe, line[begin + len(own) : finish], article):
            why.append(f"a term the page prints outside its article, glued to the headline: {own}")
            begin += len(own)
    if right:
        why.append(f"glued after the headline: {line[finish:].strip()}")
    if not why:
        return None
    return _head_cut(line, begin, finish, "; ".join(why))


def _labels_cut(line: str, cut: str) -> bool:
    """Whether the stretch cut before the headline holds a label of the byline the metadata
    grammar reads in ``line``: a labelled byline in the page head (``來源 l 新華社``, a bar
    printed as a letter) is no headline with a term glued before it.

    >>> _labels_cut("來源 l 新華社", "來源 "), _labels_cut("天天干综合 卫星发射成功", "天天干综合 ")
    (True, False)
    """
    parsed = parse_metadata(line)
    return parsed is not None and any(label in cut for label in parsed.labels)


def _glued_core(line: str, piece: tuple[int, int, str], article: Elsewhere) -> bool:
    """Whether ``piece`` is the headline with a term glued before it (``glued_term``): the
    rest after the term echoes half its Han pairs (``试看片冲卓荣泰赴日引中方抗议``)."""
    text = line[piece[0] : piece[1]]
    glue = glued_term(text, article)
    rest = han_pairs(text[len(glue) :]) if glue else set()
    if len(rest) < MIN_CORE_PAIRS:
        return False  # a clause of a headline, not a word or two (个月前发布)
    found = article.echoes(rest)
    return found >= ECHOES and 2 * found >= len(rest)


def _glued(first: str, article: Elsewhere, page: spam_glue_term.OwnPage) -> bool:
    """Whether a stretch may be glued with no separator before the headline's first piece
    ``first``: a term the article never echoes, or the page's own term."""
    return bool(glued_term(first, article) or own_term(first, article, page))


def _crackdown(head: str, simplify_lines: Callable[[list[str]], list[str]] | None) -> bool:
    """Whether the headline ``head`` reports a crackdown on spam: a word of the spam reports
    (``spam_counter_terms.txt``: 警方, 治理, 扫黄打非) and a strong spam term in it."""
    if not counter_lexicon().find(head.lower()):
        return False  # most headlines: no OpenCC call
    probe = (simplify_lines([head]) if simplify_lines is not None else [head])[0].lower()
    weights = lexicon().terms
    return any(weights[term] >= STRONG_WEIGHT for _, _, term in lexicon().find(probe))


def _run(order: range, levels: dict[int, int], least: int = FOREIGN) -> list[int]:
    """The pieces read in ``order`` from the line's edge inwards while each is spam of the
    ``least`` level at least."""
    run: list[int] = []
    for k in order:
        if levels.get(k, NONE) < least:
            break
        run.append(k)
    return run


def _list(run: list[int], levels: dict[int, int]) -> bool:
    """Whether the pieces cut are a template's list: ``STACK`` of them at least, one of them
    known by its vocabulary or its shape."""
    return len(run) >= STACK and any(levels[k] >= MARKED for k in run)
