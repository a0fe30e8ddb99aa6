"""A stack of terms glued before the headline, peeled term by term (round 47).

Model.  A hijack template glues one keyword or several before the headline with no
separator (``性愛頻道仿真手槍賣qq號碼大運中國女足力剋日本隊…``: three keywords, then the
headline).  The readers of the page head (``spam_glued``, ``spam_prefix``,
``spam_frames``) cut one glued term each, ending it where its vocabulary ends
(``spam_glued_end.vocabulary_end``): the next keyword of the stack is left glued to the
headline.  Peeled term by term, as ``spam_prefix`` peels a spaced stack: a line whose
opening was cut as spam (the stack's first term: the evidence that this line carries a
template's keywords) is read again, from where the cut left it, as a headline with a
term glued before it (``spam_glue_term.glued_term``: the stretch up to where the article's
words begin, every pair of it foreign to the article) and that term goes when
``glued_term_spam`` says so (its vocabulary, with the page's evidence for a marked term:
a hijacked page or a character the article never uses; what is left a headline the
article echoes).  A line whose rest opens with the article's own words is cut no further
(the stretch is empty), and a term no vocabulary knows stays (nothing tells it from the
headline's opening words).  Each further term is recorded as spam cut (``HeadCut``), in
the line's evidence, so ``--explain`` shows it.

At most ``MAX_STACK`` terms are read again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from newsclean.filters.spam_article import Article
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_glue_term import glued_term, glued_term_spam
from newsclean.filters.spam_verdict import SpamVerdict

#: At most this many glued terms are read again after the first one cut.
MAX_STACK = 3


def stack_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    cut: Collection[int],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The further glued terms cut off the lines ``cut`` already cut at their opening
    (line index -> cut; module docstring).

    >>> from newsclean.filters.spam_verdict import NOT_SPAM
    >>> page = ["卖qq号码大运中国女足力克日本队 18年后再度夺冠",
    ...         "中国女足力克日本队,18年后再度夺得大运会女足冠军。"]
    >>> stack_cuts(page, [NOT_SPAM] * 2, {0})[0].cut
    '卖qq号码'
    """
    found: dict[int, HeadCut] = {}
    article: Article | None = None
    for index in sorted(cut):
        line = texts[index].strip()
        if not line or verdicts[index].is_spam:
            continue
        if article is None:
            article = Article(texts, verdicts)
        elsewhere = article.without(index)
        peeled: list[str] = []
        for _ in range(MAX_STACK):
            glue = glued_term(line, elsewhere)
            if not glue:
                break
            probe = (simplify_lines([glue]) if simplify_lines is not None else [glue])[0].lower()
            rest = line[len(glue) :]
            if not glued_term_spam(glue, probe, rest, elsewhere):
                break
            peeled.append(glue)
            line = rest
        if peeled:
            terms = "".join(peeled)
            why = f"a term of the stack glued to the headline, after the one cut: {terms}"
            found[index] = HeadCut(terms, line, why)
    return found
