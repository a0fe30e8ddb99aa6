"""A notice's vocabulary and the length it must carry it over (the vocabulary and length
half of the model in ``notice``' docstring: ``notice.is_notice`` weighs them with the
line's place).

* **vocabulary** — the sum of the weights of the distinct notice terms anywhere in the
  line (``notice_score``; ``data/notice_terms.txt``: 版权所有, 未经授权不得转载, 转载请注明,
  原创, 声明：, ©, Copyright, All Rights Reserved, ICP备, 免责声明, 本网站所有内容, 凡注明…
  的作品, each with a weight); a term of weight 1.0 is a notice on its own, weaker ones
  (版权, 转载, 本网, 授权…) need company.  Overlapping terms count once, the longest
  (``notice_words``).  *Prose signs* weigh against (``reports``): a reporting verb (他强调，…
  / 獲悉, によると, 밝혔다, said) or a court story's words (被告, 判決, 定罪) have negative
  weights, because a notice speaks in the site's own voice and never reports anyone's words;
* **length** — a notice is a sentence or two (``MAX_NOTICE_LENGTH``); a long line must
  carry proportionally more vocabulary (``needed_score``: ``score >= 1 +
  len / LENGTH_PER_EXTRA_POINT`` past ``ONE_SENTENCE``), so a paragraph that mentions 版权
  once is prose, however near the foot.  A web address or a host name counts as one
  character (``notice_tokens``); a short line made of notice words (a lone tag, 原创,
  【版权声明】) needs half a point, a short heading naming one needs a formula.
"""

from __future__ import annotations

import re
from functools import cache

from newsclean.data import data_lines
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.provenance import BULLETS, notice_tokens
from newsclean.filters.word_trie import word_pattern

#: A notice is a sentence or two; the longest seen run to about 200 characters.
MAX_NOTICE_LENGTH = 260
#: A line scoring this much vocabulary is a notice when it stands at the foot.
NOTICE_THRESHOLD = 1.0
#: Short lines made of notice words (原创, 声明：…) need less: a lone tag at the foot is a tag.
SHORT_LINE = 12
SHORT_THRESHOLD = 0.5
#: Up to one sentence's length a line needs NOTICE_THRESHOLD; every LENGTH_PER_EXTRA_POINT
#: characters beyond it ask for one point more (a 200-character line needs 3).
ONE_SENTENCE = 40
LENGTH_PER_EXTRA_POINT = 80
BRACKETS = "【】[]「」()（）《》<>"


@cache
def notice_terms() -> dict[str, float]:
    return {fields[0].lower(): float(fields[1]) for fields in data_lines("notice_terms.txt")}


@cache
def _term_pattern() -> re.Pattern[str]:
    # A trie matches the longest term at a position (版权所有, not 版权), as a named list
    # would, and scans faster than one when the vocabulary grows.  The stdlib engine finds
    # the same matches three to six times faster (most on Latin text: Copyright...).
    return stdlib(word_pattern(t for t, weight in notice_terms().items() if weight > 0))


@cache
def _sign_pattern() -> re.Pattern[str]:
    """The prose signs: vocabulary with a negative weight (表示, 被告…)."""
    return stdlib(word_pattern(t for t, weight in notice_terms().items() if weight < 0))


def notice_score(text: str) -> float:
    """The summed weight of the distinct notice terms in ``text``.

    Overlapping terms count once, the longest: 版权所有 scores 1.0, not 1.5.  Prose signs
    weigh against: a reporting verb makes a quoted reprint warning a sentence of the story.

    >>> notice_score("他强调，任何单位未经许可不得转载。") < notice_score("未经许可不得转载。")
    True
    """
    weights = notice_terms()
    found = notice_words(text)
    if not found:
        return 0.0  # no notice word: the prose signs need not be looked for
    signs = dict.fromkeys(m.group() for m in _sign_pattern().finditer(text.lower()))
    return sum(weights[term] for term in found) + sum(weights[sign] for sign in signs)


def notice_words(text: str) -> list[str]:
    """The distinct notice terms in ``text``, in order, the longest where they overlap.

    >>> notice_words("本网站所有内容，未经授权不得转载")
    ['本网站所有内容', '未经授权', '不得转载']
    """
    if len(text) > MAX_NOTICE_LENGTH:
        return []
    return list(dict.fromkeys(m.group() for m in _term_pattern().finditer(text.lower())))


ADDRESS = lazy_re(r"(?:https?://|www\.)[!-~]{1,300}")


def needed_score(text: str) -> float:
    """How much notice vocabulary a line of this length must carry."""
    line = text.strip()
    # An address is one token of the notice, not prose: it does not lengthen the line.
    tokens = ADDRESS.sub("@", line) if "/" in line else line
    # a host, a Latin proper name, a date are tokens too: ※ 网络公民 The Online Citizen, …
    length = len(notice_tokens(tokens))
    if length <= SHORT_LINE:
        # A lone tag (原创, 【版权声明】) is made of notice words; a heading that names one
        # (版权保护的新挑战, AI生成图片引发版权争议) is about the subject and needs a formula.
        words = sum(len(word) for word in notice_words(line))
        bare = len(line.strip(BRACKETS + BULLETS + "：:"))
        return SHORT_THRESHOLD if 2 * words >= bare else NOTICE_THRESHOLD
    return NOTICE_THRESHOLD + max(0, length - ONE_SENTENCE) / LENGTH_PER_EXTRA_POINT


def by_words(text: str) -> bool:
    """The text is a notice by its vocabulary, wherever it stands (the rest of a line)."""
    score = notice_score(text)
    return score > 0 and score >= needed_score(text)


def reports(line: str) -> bool:
    """The line carries a prose sign (a reporting verb, a court story's word)."""
    return _sign_pattern().search(line.lower()) is not None
