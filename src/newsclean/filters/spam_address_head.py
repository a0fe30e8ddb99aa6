"""A spam term and an address glued before a paragraph: the paragraph's *glued head*.

Model (round 33).  A hijack template writes, at the head of one of the copied article's
paragraphs, a keyword and a bare address, each followed by a space, and then the paragraph
as it came (``德發娛樂 https://wapjbk.39.net/yiyuanzaixian/… 新華社西昌11月15日電…``,
``96彩票 https://… 今天(27日)由國務院…``).  What makes such a head what it is, on any site,
is the page itself, not a list of words:

* *the place*: the line opens with one to three keywords (Han, Latin and digits,
  ``MIN_TERM``-``MAX_TERM`` characters, no mark: a keyword may be a search question,
  ``北京白癜风治疗最好医院是哪家 https://… 原创张家榕浙融媒…``), each followed by a space,
  then an address (``http://`` or ``https://`` and no space), then a space and the rest;
  the rest is *a paragraph by itself* (longer than ``spam_frames.MAX_HEADLINE`` without
  its glosses, or two sentence marks) or, round 41, *a headline by itself* (shorter, no
  full stop, its Han pairs echoed by the article, ``spam_lead.echoed``: a subtitle
  ``——國家主席習近平…講話側記`` under the headline), and is not spam read alone
  (``spam.score_line``);
* *foreign to the article*: the address's host (without ``www.``) is printed nowhere else
  on the page, and no pair that names a keyword (as printed and simplified; a pair inside
  a lexicon term or a spam morpheme is the vocabulary's, which the template's other lines
  print as well: ``娛樂`` of ``德發娛樂`` under a title ``菲澳娛樂-菲澳娛樂``) occurs in the
  rest or in any other line not judged spam.  A paragraph that names a
  site and its address for the story's sake (``GitHub https://github.com/… 近日宣布…``)
  names the site again; a template's keyword and its farm's address are named once;
* *no site naming itself*: a keyword of Latin letters that the host spells
  (``GitHub https://github.com/…``) is the site's own name; a keyword that is a column
  (``spam_lead.is_column``: a channel's label) or an outlet's credit stays;
* *no attribution* (round 36, mend wave): a keyword that opens with a word of attribution
  or holds a report's word (``data/provenance_words.txt`` kinds ``attribution``, ``report``:
  ``据彭博社(bloomberg.com)报道,``) says where the story came from: the lead's own words.

The evidence is the page's alone: no vocabulary is asked, for a keyword a new farm glues
is one no list holds (``轮盘机``, a search question ``…医院是哪家``); a term and an address
that nothing else on the page names, glued before a paragraph, are no part of the article.

Round 36, *a site's name and its address glued before the headline* (``shop_head_cuts``,
asked by ``address_head_cuts``): a shop or a portal that mirrors news prints its own name
with its host in a bracket pair, and its slogans, each closed by a comma, before the copied
headline (``優寶購物《ubao.Tw》特貨品商城,黑貓宅配,取貨付款,威力彩開獎號碼查詢、…``,
youbao.tw over a Yahoo story).  The same evidence decides, the page's alone:

* *the place*: the line's first comma piece holds a bracketed host (``BRACKETED_HOST``:
  labels joined by dots, a top-level label of letters, in any bracket pair), at most
  ``MAX_NAME`` characters; then up to ``MAX_SLOGANS`` pieces of ``MIN_TERM``-``MAX_TERM``
  characters, each closed by a comma, read from the left while none of its pairs is
  printed elsewhere on the page; what is left is *the headline*: at most
  ``spam_frames.MAX_HEADLINE`` characters, no full stop, and echoed by the article
  (``spam_lead.echoed``);
* *foreign to the article*: the same test as the address's head, one helper
  (``_foreign_head``): no column, credit, attribution or site naming itself, the host
  printed nowhere else on the page and no pair naming the site (``_name_pairs``: the
  vocabulary's generic words left out) in any other line not judged spam.  A headline that
  names a site and its address for the story's sake (``《github.com》…``) is a story about
  it, which names it again.

The head is cut off the line (``spam cut``, as ``spam_cut.HeadCut``) and the paragraph
(or the headline) stays where structure puts it.  A line that is a paragraph after its
glued head is never removed whole: its verdict is cleared, even when the rest is a lossy
misread of the article (U+FFFD runs a reader cannot judge, still the article's paragraph,
for the codec filters to flag).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import provenance_words
from newsclean.filters.spam import score_line
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import MAX_HEADLINE
from newsclean.filters.spam_lead import desk_credit, echoed, head_length, is_column
from newsclean.filters.spam_signs import (
    SENTENCE_MARKS,
    lexicon,
    morpheme_pattern,
)
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

#: A keyword of the head is this many characters.
MIN_TERM, MAX_TERM = 2, 16
#: The head: keywords each followed by a space, an address, a space (module docstring).
#: The keyword class and the spaces are disjoint: linear time.
ADDRESS_HEAD = lazy_regex(
    rf"^[ \u3000]*((?:[\p{{Han}}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}}[ \u3000]+){{1,3}})"
    r"(https?://([A-Za-z0-9.-]+)[^\s]*)[ \u3000]+"
)


#: A host in a bracket pair (《ubao.Tw》, (it200.com)): labels joined by dots, a top-level
#: label of letters; bounded, so linear on any input.
BRACKETED_HOST = lazy_regex(
    r"[《〈(（【「\[]((?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,6}[A-Za-z]{2,12})[》〉)）】」\]]"
)
#: The comma that closes a glued piece.
COMMA = lazy_regex(r"[,，]")
#: A site's name with its bracketed host is at most this long; its slogans are at most
#: this many.
MAX_NAME, MAX_SLOGANS = 24, 3


def address_head_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The glued heads cut off the page's paragraphs (line index -> cut; module
    docstring); the verdict of a line so cut is cleared (the paragraph is no spam).

    >>> page = ["卫星发射成功", "德发娱乐 https://x.example.net/a/ 新华社西昌11月15日电,"
    ...         "卫星发射升空。卫星准确进入预定轨道,这是中国航天发射迎来的第四次胜利。"]
    >>> cut = address_head_cuts(page, [NOT_SPAM] * 2)[1]
    >>> cut.cut, cut.rest[:5]
    ('德发娱乐 https://x.example.net/a/ ', '新华社西昌')
    """
    cuts = shop_head_cuts(texts, verdicts, simplify_lines)
    found: dict[int, tuple[int, tuple[str, ...], str]] = {}
    for i, text in enumerate(texts):
        if "://" not in text:  # the C-level gate: most lines hold no address
            continue
        head = ADDRESS_HEAD.match(text)
        if head is None:
            continue
        terms = tuple(head.group(1).split())
        rest = text[head.end() :]
        if not (_paragraph(rest) or "。" not in rest):
            continue
        found[i] = (head.end(), terms, head.group(3).lower().removeprefix("www."))
    if not found:
        return cuts

    flat = [t for _, terms, _ in found.values() for t in terms]
    simplified = simplify_lines(flat) if simplify_lines is not None else flat
    probes = iter(t.lower() for t in simplified)
    simplify = (lambda s: simplify_lines([s])[0]) if simplify_lines is not None else None
    for i, (end, terms, host) in found.items():
        probed = tuple(next(probes) for _ in terms)
        rest = texts[i][end:]
        article = _foreign_head(texts, verdicts, i, host, (terms, probed), rest)
        if article is None or not (_paragraph(rest) or echoed(rest, article)):
            continue  # not foreign, or a short rest the article does not echo: no headline
        if score_line(rest, simplify=simplify).is_spam:
            continue  # a keyword list after the address: the line is spam whole
        why = "a spam term and an address glued before a paragraph, named nowhere else"
        cuts[i] = HeadCut(texts[i][:end], rest, f"{why}: {' '.join(terms)}")
        verdicts[i] = NOT_SPAM  # the paragraph is the article's
    return cuts


def shop_head_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """A site's name, its bracketed host and its slogans cut off the headline they are glued
    before (line index -> cut; module docstring, round 36).

    >>> page = ["好物商城《haowu.Tw》正品保证,货到付款,台风过境多地停课 交通受阻",
    ...         "受台风影响,全市今日停课,多条公路交通受阻。", "气象局表示台风明日减弱。"]
    >>> cut = shop_head_cuts(page, [NOT_SPAM] * 3)[0]
    >>> cut.cut, cut.rest
    ('好物商城《haowu.Tw》正品保证,货到付款,', '台风过境多地停课 交通受阻')
    >>> shop_head_cuts(["《haowu.Tw》,台风过境多地停课", "haowu.tw报道:台风过境多地停课。"],
    ...                [NOT_SPAM] * 2)
    {}
    """
    found: dict[int, tuple[int, str, str]] = {}
    for i, text in enumerate(texts):
        if "." not in text or ("," not in text and "，" not in text):
            continue  # the C-level gate: a host needs a dot, a glued piece a comma
        first = COMMA.search(text)
        if first is None or first.start() > MAX_NAME:
            continue
        bracketed = BRACKETED_HOST.search(text, 0, first.start())
        if bracketed is not None:
            host = bracketed.group(1).lower().removeprefix("www.")
            name = text[: bracketed.start()] + text[bracketed.end() : first.start()]
            found[i] = (first.end(), host, name)  # the site's name: the piece without its host
    if not found:
        return {}
    cuts: dict[int, HeadCut] = {}
    for i, (end, host, name) in found.items():
        text = texts[i]
        probe = _probe(name, simplify_lines)
        article = _foreign_head(texts, verdicts, i, host, ((name,), (probe,)), "")
        if article is None:
            continue
        for _ in range(MAX_SLOGANS):  # the slogans after the name, while foreign
            comma = COMMA.search(text, end)
            if comma is None or not MIN_TERM <= comma.start() - end <= MAX_TERM:
                break
            slogan = text[end : comma.start()].strip()
            if SENTENCE_MARKS.search(slogan) or article.names(_pairs_of(slogan, simplify_lines)):
                break
            end = comma.end()
        rest = text[end:].strip()
        if (
            not rest
            or head_length(rest) > MAX_HEADLINE
            or "。" in rest
            or not echoed(rest, article)
        ):
            continue
        why = "a site's name and its address glued before the headline, named nowhere else"
        cuts[i] = HeadCut(text[:end], rest, f"{why}: {host}")
        verdicts[i] = NOT_SPAM  # the headline is the article's
    return cuts


def _pairs_of(text: str, simplify_lines: Callable[[list[str]], list[str]] | None) -> set[str]:
    """The pairs naming ``text`` (``_name_pairs``), read simplified when a reader is given."""
    return _name_pairs(text, _probe(text, simplify_lines))


def _probe(text: str, simplify_lines: Callable[[list[str]], list[str]] | None) -> str:
    """``text`` simplified (when a reader is given) and lower-cased."""
    return (simplify_lines([text])[0] if simplify_lines is not None else text).lower()


def _foreign_head(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    i: int,
    host: str,
    names: tuple[tuple[str, ...], tuple[str, ...]],
    rest: str,
) -> Elsewhere | None:
    """The article outside line ``i`` when the head glued on it is foreign to the page
    (module docstring: its ``names`` as printed and as probed, its ``host``, what ``rest``
    of the line follows it), else None: a column, an outlet's credit, an attribution, a
    site's own name, a host or a name the page prints again is the article's own.
    """
    terms, probed = names
    if any(
        is_column(p) or desk_credit(t) or _attribution(p)
        for t, p in zip(terms, probed, strict=True)
    ):
        return None  # the checks on the head's own names first: they read nothing else
    if any(t.isascii() and t.lower() in host for t in terms):
        return None  # a site's own name before its address (GitHub https://github.com/…)
    if any(host in other.lower() for k, other in enumerate(texts) if k != i and other):
        return None  # the page prints the address: its own
    own = {p for t, q in zip(terms, probed, strict=True) for p in _name_pairs(t, q)}
    lowered = rest.lower()
    if any(pair in lowered for pair in own):
        return None
    # A new article per line: a cut clears its line's verdict, which the next reads.
    others = [v if k != i else NOT_SPAM for k, v in enumerate(verdicts)]
    article = Article(texts, others).without(i)
    return None if article.names(own) else article


def _attribution(name: str) -> bool:
    """Whether ``name`` (simplified, lower-cased) says where the story came from: it opens
    with a word of attribution or holds a report's word (``data/provenance_words.txt``,
    kinds ``attribution`` and ``report``: 据彭博社报道, 援引路透社消息).

    >>> _attribution("据彭博社报道"), _attribution("彭博社称"), _attribution("好物商城")
    (True, True, False)
    """
    words = provenance_words()
    return name.startswith(words["attribution"]) or any(w in name for w in words["report"])


def _paragraph(rest: str) -> bool:
    """Whether ``rest`` is a paragraph by itself (module docstring)."""
    if head_length(rest) > MAX_HEADLINE:
        return True
    mark = SENTENCE_MARKS.search(rest)
    return mark is not None and SENTENCE_MARKS.search(rest, mark.end()) is not None


def _name_pairs(term: str, probe: str) -> set[str]:
    """The pairs of ``term`` that name it (as printed and as ``probe``, simplified and
    lower-cased): those not wholly inside a lexicon term or a spam morpheme, a generic word
    a template's other lines print too (``娛樂`` of ``德發娛樂`` and ``菲澳娛樂``), and not of
    digits alone (a date holds them).

    >>> sorted(_name_pairs("德發娛樂", "德发娱乐")) == sorted(["德發", "德发", "發娛", "发娱"])
    True
    """
    covered = bytearray(len(probe))
    for start, end, _ in lexicon().find(probe):
        covered[start:end] = b"\1" * (end - start)
    for match in morpheme_pattern().finditer(probe, overlapped=True):
        start, end = match.span()
        covered[start:end] = b"\1" * (end - start)
    texts = (term.lower(), probe) if len(term) == len(probe) else (probe,)
    return {
        text[k : k + 2]
        for text in texts
        for k in range(len(probe) - 1)
        if not (covered[k] and covered[k + 1]) and not text[k : k + 2].isdigit()
    }
