"""The learned line model: what kind of line a short line reads as, by the company its
characters keep.

Model: a multinomial naive Bayes table (``data/line_model.txt``, built by
``tools/build_line_model.py`` from ``tools/data/line_model_rows.tsv``: the tuned variant rows,
the originals' article lines and the harvests' half-A rows, each with its url) over the *set* of
a line's features, five classes (``CLASSES``: a site's tool line, a body line, a notice, a
byline row, a caption).  A line's features (``features``): its character unigrams and bigrams
after OpenCC t2s (so 發布 and 发布 are one feature; digits folded to ``0``, ASCII letters
to ``a``, runs of space one space) and shape tokens (length bucket, the last character's
class, the shares of Han characters, digits and ASCII, a separator such as ``|``, ``>``,
``·``, ``/`` or a wide gap, a comma).  Why it generalises: a site's tool line is made of the
vocabulary of interfaces (打印, 关闭, 分享, 字号, 返回, 收藏…) and of separators, digits and short
pieces, a body line of the vocabulary of prose and of clause punctuation; a new site's tool
line is a new string of the same characters.  The table keeps a few thousand features; a
feature it does not hold says nothing.

The model is evidence, never a verdict on its own: ``margin`` (log P(tool) - log P(body) under
equal priors) is asked by ``furniture_learned`` only about a short line the rules left in the
body, outside the article's prose (``is_candidate_text`` and the filter's position test).
Hostile input: a line is read up to ``MAX_READ`` characters.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from newsclean.filters.charmodel import simplified
from newsclean.filters.marks import LIST_NUMBER

CLASSES = ("tool", "body", "notice", "byline", "caption")
#: Only the first characters of a line are read (a 10 MB line costs what 200 characters do).
MAX_READ = 200
#: A line the filter may ask about: at most this many characters (stripped).
MAX_CANDIDATE = 30
#: A line that may stand in a run of furniture (``is_run_text``): at most this many characters.
MAX_RUN_LINE = 60
#: A candidate holds at least this many Han characters (and half of its characters are Han).
MIN_HAN = 2
#: Sentence-final punctuation: a line ending in one is a sentence of the article, never asked.
SENTENCE_END = "。！？!?…；;"
_CLOSERS = "”」』\"')）】]"
_SEPARATORS = "|｜>＞›»·•/／"
_ESCAPED = re.compile(r"\\(.)")
#: A Latin word (two letters in a row): the training set's body lines hold few, and its
#: held-out errors with the widest margins were lines holding one (Scout 全文搜索).
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
#: A list's item or a section's number opening the line (marks.LIST_NUMBER, or (一)).
_NUMBERED = re.compile(rf"(?:{LIST_NUMBER}|[(（][一二三四五六七八九十]{{1,3}}[)）])")


def _fold(char: str) -> str:
    if char.isdigit():
        return "0"
    if char.isascii() and char.isalpha():
        return "a"
    return char


def _end_class(char: str) -> str:
    if char in SENTENCE_END:
        return "stop"
    if char in ":：":
        return "colon"
    if char == "0":
        return "digit"
    if char == "a":
        return "latin"
    if "\u4e00" <= char <= "\u9fff":
        return "han"
    return "mark"


def _bucket(share: float) -> int:
    return min(4, int(share * 4 + 0.5))


def features(text: str) -> set[str]:
    """The features of ``text`` (its first ``MAX_READ`` characters)."""
    line = " ".join(text[:MAX_READ].split())
    folded = "".join(_fold(c) for c in simplified(line))
    out: set[str] = set()
    for i, char in enumerate(folded):
        if char != " ":
            out.add(char)
        if i:
            out.add(folded[i - 1 : i + 1])
    size = len(folded)
    if not size:
        return out
    length = next(k for k, top in enumerate((4, 8, 15, 25, 40, 80, 1 << 30)) if size <= top)
    han = sum("\u4e00" <= c <= "\u9fff" for c in folded) / size
    digits = folded.count("0") / size
    ascii_ = sum(c.isascii() and c != " " for c in folded) / size
    out.add(f"#len{length}")
    out.add("#end-" + _end_class(folded.rstrip(_CLOSERS)[-1:] or folded[-1]))
    out.add(f"#han{_bucket(han)}")
    out.add(f"#dig{_bucket(digits)}")
    out.add(f"#asc{_bucket(ascii_)}")
    if any(c in _SEPARATORS for c in folded) or "  " in text[:MAX_READ].strip():
        out.add("#sep")
    if "，" in folded or "," in folded:
        out.add("#comma")
    return out


def is_candidate_text(text: str) -> bool:
    """A line the model may be asked about: short (``MAX_CANDIDATE``), no sentence (it does
    not end in sentence-final punctuation, a closing quote or bracket aside, and holds no
    clause comma with words after it: a clause pair is prose) and no piece of the article's
    own structure: neither a label that a list or a quote follows (it ends in a colon) nor
    a list's item or a section's number (it opens with one, ``marks.LIST_NUMBER``: 1.,
    二、, (一), ①); and a Chinese line (``MIN_HAN`` Han characters or more, at least half of
    its characters, and no Latin word): the model read Chinese pages, its evidence on Latin
    letters is their shape alone (every letter folds to ``a``), and on the training set's
    leave-one-host-out run the body lines it scored widest as tools held Latin words
    ([转帖]CVS使用手册, Scout 全文搜索, HTML `<form>` 标签(表单)深度解析)."""
    return _shaped(text, MAX_CANDIDATE)


def _shaped(text: str, longest: int) -> bool:
    line = text.strip()
    if not line or len(line) > longest:
        return False
    if line.rstrip(_CLOSERS)[-1:] in SENTENCE_END or line[-1] in ":：":
        return False
    if "，" in line.rstrip("，") or _NUMBERED.match(line):
        return False
    if _LATIN_WORD.search(line):
        return False
    han = sum("\u4e00" <= c <= "\u9fff" for c in line)
    return han >= MIN_HAN and han * 2 >= len(line.replace(" ", ""))


#: A bracketed note inside a line (``(限新闻稿件,种植技术请到论坛交流)``): its comma is the
#: note's, not a clause of the line (no nested brackets; linear).
_NOTE = re.compile(r"[(（][^()（）]{0,40}[)）]")


def is_run_text(text: str) -> bool:
    """A line that may be judged as a member of a run of furniture (``furniture_learned``,
    round 47): a short candidate (``is_candidate_text``), or a longer line up to
    ``MAX_RUN_LINE`` characters of the same shape, headline-shaped: no sentence-final
    punctuation at its end, no clause comma, no label colon at its end, no list or section
    number opening it, Chinese and no Latin word.  A headline of another story in a related
    block, a top bar's cells with a bracketed note, a teaser's title are of this shape; the
    article's sentences are not (they end with a stop or hold a clause comma).  A comma
    inside a bracketed note is the note's (a top bar's ``在线投稿 (限新闻稿件,种植技术请到论坛交流)
    | 设为首页 | 加入收藏``): the note is read as written, its comma not counted."""
    line = text.strip()
    if len(line) > MAX_RUN_LINE:
        return False
    bare = _NOTE.sub(" ", line)
    if "," in bare.rstrip(",") or "，" in bare.rstrip("，"):
        return False  # a clause pair, in either width
    return _shaped(
        _NOTE.sub(lambda m: m[0].replace("，", " ").replace(",", " "), line), MAX_RUN_LINE
    )


def escape(feature: str) -> str:
    """A feature as the table writes it: a space as ``\\s``, a backslash doubled."""
    return feature.replace("\\", "\\\\").replace(" ", "\\s")


def unescape(name: str) -> str:
    """The feature a table name stands for (``escape`` undone, left to right)."""
    if "\\" not in name:
        return name
    return _ESCAPED.sub(lambda m: " " if m[1] == "s" else m[1], name)


@functools.cache
def _table() -> dict[str, tuple[float, ...]]:
    text = resources.files("newsclean.data").joinpath("line_model.txt").read_text("utf-8")
    out: dict[str, tuple[float, ...]] = {}
    for raw in text.splitlines():
        if not raw or (raw.startswith("#") and "\t" not in raw):
            continue
        name, *values = raw.split("\t")
        out[unescape(name)] = tuple(float(v) for v in values)
    return out


def scores(text: str) -> dict[str, float]:
    """The log likelihood of ``text`` under each class (the features the table holds)."""
    table = _table()
    totals = [0.0] * len(CLASSES)
    for feature in features(text):
        row = table.get(feature)
        if row is not None:
            for k, value in enumerate(row):
                totals[k] += value
    return dict(zip(CLASSES, totals, strict=True))


@functools.lru_cache(maxsize=4096)
def tool_margin(text: str) -> float | None:
    """``margin`` when ``text`` reads as a tool line more than as any other class (a line
    more like a byline row, a notice or a caption is left to those readers); else None.
    Cached: a site's tool lines repeat on each of its pages."""
    score = scores(text)
    best = max(CLASSES, key=score.__getitem__)
    return score["tool"] - score["body"] if best == "tool" else None


def margin(text: str) -> float:
    """log P(tool | text) - log P(body | text) under equal priors: above 0 the line reads
    more as a site's tool line than as the article's."""
    table = _table()
    total = 0.0
    for feature in features(text):
        row = table.get(feature)
        if row is not None:
            total += row[0] - row[1]
    return total
