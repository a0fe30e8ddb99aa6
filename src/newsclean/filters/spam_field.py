"""A spam term read as a field value: cut out of the page's record line, the fields kept.

Model (round 23).  A hijack template fills one slot of the article's record line (the
line of date, source and author under the headline) with its keyword, a casino's or a
shop's brand (``记者某某 / <brand>网投app / 19 Aug 2014``, `` / <brand>娱乐城 / 2022-08-27``).
The record line is read by its layout: a line of ``MAX_METADATA_LENGTH`` characters at
most holding a byline's date (``byline_dates.find_byline_date``), split into its fields
at a field separator (a slash or a pipe with spaces around, or a full-width ``／``, ``｜``,
``丨``: a date's own slashes have no spaces).  A field that is not the date's, of
``MAX_FIELD`` characters at most, holding a *strong* term of the spam lexicon (weight 2
and more, ``spam_signs.STRONG_TERM``; read simplified and lower-cased) and no word of the
reports about spam (``spam_counter_terms.txt``: a crackdown's column) is the template's
value, not the page's, unless the article (the page's other lines not judged spam) prints
the term: a strong term the article prints is the story's subject and the value names its
outlet (``2020-01-02 / 中国彩票网 / 记者 王明`` over a lottery draw's results; round 35,
``byline_brand.foreign_term``, the test every field slot asks).  A template's value is
cut with its separator, and the rest of the line (the date, the real author) stays for
the byline reader.  A weak term (``新浪娱乐``: 娱乐) is a real outlet's name and stays, and so
does every value of a line with no date.  A line judged spam whole (not ``sure``) whose
cut leaves no term at all is cleared: its spam was the value.

Round 32, *a value glued before the date*: the template may print its brand right before
the record's date with no separator at all (``彩神彩票官方网站2025-09-24``, a lottery
site's name glued on a story's dated line): the stretch before the byline date is then the
value, when it is a keyword (``GLUED_VALUE``: Han, Latin and digits, ``MAX_FIELD``
characters at most, glued to the date's year) holding a strong term of the lexicon, or a
brand's shape (``spam_brand.brand_name``: a name signed with a site's self-name,
``官方网站``) whose name holds a lexicon term and is printed nowhere else on the page
outside its spam lines (``新浪娱乐官网2019-05-21`` over an article naming 新浪 stays); it is
cut and the date stays, so the line is the record's, not a spam line (a slot reading had
taken the line whole: the rest, a date, is no text foreign to the article).

This is the one place where a spam term in a field slot is judged; ``spam_byline`` keeps
the decision between a whole line's spam verdict and its byline reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.byline_brand import foreign_term
from newsclean.filters.byline_dates import find_byline_date
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.metadata import MAX_METADATA_LENGTH
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_brand import brand_name
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_signs import STRONG_TERM, counter_lexicon, lexicon
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: A field separator of a record line: a slash or pipe with spaces around (or at an edge),
#: or a full-width slash or pipe.
#: The characters a separator is made of: one search in C before ``SEPARATOR``'s.
SEPARATOR_CHAR = lazy_re(r"[/|／｜丨]")
SEPARATOR = lazy_regex(r"(?:^|[ \t\u3000]+)[/|](?:[ \t\u3000]+|$)|[ \t\u3000]*[／｜丨][ \t\u3000]*")
#: The longest field read as a spam value.
MAX_FIELD = 24
#: A value glued before the record's date: a keyword, then a year opening a date (round 32).
GLUED_VALUE = lazy_regex(
    rf"[\p{{Han}}A-Za-z0-9]{{2,{MAX_FIELD}}}?(?<![0-9])(?:19|20)[0-9]{{2}}\s?[-/.年]"
)
WHY = "a strong spam term in a field of the record line"
GLUED_WHY = "a spam value glued before the record line's date"


def _fields(line: str) -> list[tuple[int, int]]:
    """The spans of the fields of ``line`` between its separators (each with the separator
    before it, the first with the one after it)."""
    cuts = [(m.start(), m.end()) for m in SEPARATOR.finditer(line)]
    if not cuts:
        return []
    edges = [0, *(e for _, e in cuts)]
    ends = [s for s, _ in cuts] + [len(line)]
    spans = []
    for k, (start, end) in enumerate(zip(edges, ends, strict=True)):
        if start >= end:
            continue
        if k == 0:  # the first field goes with the separator after it
            spans.append((start, cuts[0][1]))
        else:
            spans.append((cuts[k - 1][0], end))
    return spans


def field_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The spam values cut out of record lines (line index -> cut; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> cut = field_cuts(["记者 张三 / 某某网投app / 2014-08-19"], [no])[0]
    >>> cut.cut, cut.rest
    (' / 某某网投app', '记者 张三 / 2014-08-19')
    >>> field_cuts(["来源：新浪娱乐 / 2019-05-21"], [no])
    {}
    """
    asked: dict[int, tuple[str, list[tuple[int, int]], str]] = {}
    for i, text in enumerate(texts):
        if not text or len(text) > MAX_METADATA_LENGTH or verdicts[i].sure:
            continue
        line = text.strip()
        if SEPARATOR_CHAR.search(line) is None or SEPARATOR.search(line) is None:
            head = line[2 : MAX_FIELD + 4]  # a year glued after a value: a plain test first
            if not ("20" in head or "19" in head) or line[0].isdigit():
                continue
            glued = GLUED_VALUE.match(line)  # 彩神彩票官方网站2025-09-24 (round 32)
            if (
                glued is not None
                and (found := find_byline_date(line)) is not None
                and 0 < found.start <= MAX_FIELD
                and not line[found.start - 1].isspace()
            ):
                asked[i] = (line, [(0, found.start)], "")  # "": glued, no separator
            continue  # the cheapest questions first: no field separator, no fields
        found = find_byline_date(line)
        if found is None:
            continue
        spans = [
            (s, e)
            for s, e in _fields(line)
            if not (s < found.end and found.start < e) and e - s <= MAX_FIELD + 4
        ]
        if spans:
            asked[i] = (line, spans, line)
    if not asked:
        return {}
    order = [(i, s, e) for i, (line, spans, _) in asked.items() for s, e in spans]
    pieces = [asked[i][0][s:e] for i, s, e in order]
    read = simplify_lines(pieces) if simplify_lines is not None else pieces
    spam: dict[int, list[tuple[int, int]]] = {}
    article: Article | None = None
    for (i, s, e), probe in zip(order, read, strict=True):
        probe = probe.lower()
        weight = lexicon().heaviest(probe)
        if counter_lexicon().find(probe):
            continue
        if weight >= STRONG_TERM:
            # a term the article prints is the story's subject, not a brand (round 35)
            article = article or Article(texts, verdicts)
            if foreign_term(probe, article.without(i).prints):
                spam.setdefault(i, []).append((s, e))
        elif weight > 0 and not asked[i][2]:
            # a glued value: a brand's shape whose name the article never prints (round 32)
            name = brand_name(probe)
            if name is not None and lexicon().find(name):
                article = article or Article(texts, verdicts)
                if not article.without(i).echoes(han_pairs(asked[i][0][s : s + len(name)])):
                    spam.setdefault(i, []).append((s, e))
    cuts: dict[int, HeadCut] = {}
    for i, spans in spam.items():
        line = asked[i][0]
        rest, cut, last = [], [], 0
        for s, e in spans:
            rest.append(line[last:s])
            cut.append(line[s:e])
            last = e
        rest.append(line[last:])
        kept = "".join(rest).strip()
        if find_byline_date(kept) is None:
            continue  # the cut must leave the record's date
        if verdicts[i].is_spam:
            left = simplify_lines([kept])[0] if simplify_lines is not None else kept
            if lexicon().holds(left.lower()):
                continue  # spam besides the value: the line's verdict stands
            verdicts[i] = NOT_SPAM
        cuts[i] = HeadCut(" ".join(cut), kept, WHY if asked[i][2] else GLUED_WHY)
    return cuts
