"""Spam glued after the page's own line: a keyword and a link behind a headline or a line.

Model (round 15).  A hijack template glues its advert, after a space, to the end of a line of
the copied article (``外交部发言人:…更多地为外界听见 免费色站 http://www.iwin688.com``,
``大运中国女足力克日本队 18年后再度夺冠 不注册看艳片 http://…``): real text, then a
*glued segment* that is foreign to the article and carries a spam term or a link.  The line
is split: the real part keeps its role (the headline, a paragraph), the segment is cut off
with its reason, the same partial removal as spam glued before a headline
(``spam_cut.HeadCut``, evidence ``spam cut``).

* *The segment*: the line's last one or two space-separated tokens (ASCII or ideographic
  space): a *keyword* (``MIN_TERM``-``MAX_TERM`` Han characters, Latin letters and digits)
  and a *link* after it (``furniture_mirrors.HOST_NAME``, a scheme and a path or not), or
  either alone.
* *The real part*: what is left before it, ``MIN_HEADLINE`` characters at least, is the
  article's: ``spam_lead.ECHOES`` of its Han pairs recur in the page's other lines not judged
  spam (a line judged spam whole is cleared only when ``spam_prefix.CLEAR_SHARE`` of them
  do: a keyword list's head speaks of nothing in the article; round 47: unless the line
  judge, asked of the real part alone, finds no spam in it: the verdict was the segment's,
  and the line is the article's as any line with a tail is, ``愚蠢政府制定愚蠢措施 抗疫措施
  再次干擾糧食生產運作 亞洲激情網 http://www.iwin688.com`` over an excerpt that prints
  under half the headline's words).
* *The segment is foreign*: none of the keyword's pairs (as printed and simplified) occurs in
  the real part or in the article outside the line; a column's name and a line holding a word
  of the reports about spam (a crackdown naming the gambling site it closed, the site its
  topic) stay.
* *and spam* by one of: the keyword's vocabulary (``spam_frames.frame_strength`` 2, or 1
  with a link glued or on a page with spam elsewhere); an unknown keyword with a link on a
  page with spam elsewhere, holding a Han character the article never uses
  (``spam_lead.unused_char``); a link alone on a page with spam elsewhere whose host's name
  occurs nowhere else on the page (an outlet's own address is printed in its footer too,
  and a page with no other spam keeps a headline ending with its address).

A headline with a space inside it (``大运中国女足力克日本队 18年后再度夺冠``) has no link and
no spam vocabulary after the space: it stays whole.  Round 28: nor does a headline whose
real part carries the vocabulary itself, when the segment's is weak (``题:史上最高六合彩奖金
掀港人投注热潮``, a wire's dateline and title: a story about the lottery goes on about
betting; a weak term glued to such a line is its own subject, not a template's advert).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.furniture_mirrors import HOST_NAME
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_lead import (
    MIN_HEADLINE,
    echoed,
    foreign,
    is_column,
    unused_char,
)
from newsclean.filters.spam_line import score_probe
from newsclean.filters.spam_prefix import CLEAR_SHARE
from newsclean.filters.spam_signs import counter_lexicon
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict

MIN_TERM, MAX_TERM = 2, 12
KEYWORD = lazy_re(f"[{HAN_SCRIPT}A-Za-z0-9]{{{MIN_TERM},{MAX_TERM}}}")
#: A link: a host name, with its scheme and a path or not (printable ASCII, bounded).
LINK = lazy_regex(rf"(?i)(?:https?://)?(?P<host>{HOST_NAME})(?:[/?#][!-~]{{0,200}})?/?")
SPACE = lazy_re(r"[ \u3000]+")
#: A host's labels that name no site: its scheme's and the web's common ones.
GENERIC_LABELS = frozenset({"www", "m", "wap", "com", "net", "org", "cn", "hk", "tw"})


def _segment(line: str) -> tuple[int, str, str] | None:
    """``(start of the segment, keyword, link)`` for the glued segment ending ``line`` (module
    docstring), either of keyword and link possibly empty, else None."""
    spaces = [m.span() for m in SPACE.finditer(line, max(0, len(line) - 260))][-2:]
    if not spaces:
        return None
    last = line[spaces[-1][1] :]
    if LINK.fullmatch(last) and "." in last:
        before = line[spaces[-2][1] : spaces[-1][0]] if len(spaces) == 2 else ""
        if len(spaces) == 2 and KEYWORD.fullmatch(before):
            return spaces[-2][0], before, last
        return spaces[-1][0], "", last
    if KEYWORD.fullmatch(last):
        return spaces[-1][0], last, ""
    return None


def tail_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The spam segments glued after the page's own lines (line index -> cut, ``cut`` the
    segment, ``rest`` the line without it); a line judged spam whole whose real part is the
    article's is cleared in ``verdicts`` (module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["外交部发言人:中国声音更多地为外界听见 免费色站 http://www.iwin688.com",
    ...         "外交部发言人说,中国声音要更多地为外界听见。"]
    >>> cut = tail_cuts(page, [no] * 2)[0]
    >>> cut.cut, cut.rest
    ('免费色站 http://www.iwin688.com', '外交部发言人:中国声音更多地为外界听见')
    >>> page = ["大运中国女足力克日本队 18年后再度夺冠", "中国女足力克日本队,18年后再度夺冠。"]
    >>> tail_cuts(page, [no] * 2)
    {}
    """
    found: dict[int, tuple[int, str, str]] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        if len(line) < MIN_HEADLINE + MIN_TERM or (" " not in line and "\u3000" not in line):
            continue
        segment = _segment(line)
        if segment is not None and segment[0] >= MIN_HEADLINE:
            found[i] = segment
    if not found:
        return {}
    keywords = [found[i][1] for i in found]
    simplified = simplify_lines(keywords) if simplify_lines is not None else keywords
    probes = dict(zip(found, (s.lower() for s in simplified), strict=True))
    # A keyword with no link is spam only by its vocabulary (``_why``): the ordinary spaced
    # headline ("大运中国女足力克日本队 18年后再度夺冠") is passed over before the page's
    # article index is built.
    found = {i: seg for i, seg in found.items() if seg[2] or frame_strength(probes[i]) > 0}
    if not found:
        return {}
    article = Article(texts, verdicts)
    hijacked = article.hijacked
    rests = {i: texts[i].strip()[: seg[0]].rstrip() for i, seg in found.items()}
    read = simplify_lines(list(rests.values())) if simplify_lines is not None else rests.values()
    plain = dict(zip(rests, (r.lower() for r in read), strict=True))
    topics = {i: frame_strength(probe) > 0 for i, probe in plain.items()}
    cuts: dict[int, HeadCut] = {}
    for i, (start, keyword, link) in found.items():
        line = texts[i].strip()
        rest = rests[i]
        elsewhere = article.without(i)
        if counter_lexicon().find(line.lower()) or not echoed(rest, elsewhere):
            continue
        if topics[i] and frame_strength(probes[i]) == 1:
            continue  # 题:史上最高六合彩奖金 掀港人投注热潮: a weak term on the line's own topic
        why = _why(keyword, probes[i], link, rest, elsewhere, hijacked)
        if why is None:
            continue
        cut = HeadCut(line[start:].strip(), rest, why)
        if verdicts[i].is_spam:
            pairs = han_pairs(rest)
            alone = score_probe(plain[i], verdict_only=True).is_spam
            if alone and elsewhere.echoes(pairs) < CLEAR_SHARE * len(pairs):
                continue  # the line is spam without its tail too: a keyword list's head
            verdicts[i] = NOT_SPAM  # only its tail was spam: the line is the article's
            article = Article(texts, verdicts)
            hijacked = article.hijacked
        cuts[i] = cut
    return cuts


def _why(
    keyword: str, probe: str, link: str, rest: str, article: Elsewhere, hijacked: bool
) -> str | None:
    """Why the glued segment is spam, or None (module docstring)."""
    if keyword:
        if is_column(probe) or not foreign((keyword, probe), rest, article):
            return None
        strength = frame_strength(probe)
        if strength == 2 or (strength == 1 and (link or hijacked)):
            return f"a spam term glued after the line: {keyword}"
        if strength == 0 and link and hijacked and unused_char((keyword, probe), rest, article):
            return f"a keyword and a link glued after the line, foreign to the article: {keyword}"
        return None
    if not hijacked:
        return None
    host = LINK.fullmatch(link)
    labels = [] if host is None else host.group("host").lower().split(".")
    names = [label for label in labels if label not in GENERIC_LABELS and len(label) > 2]
    if names and not article.names(names):
        return f"a link glued after the line on a page with spam elsewhere: {link}"
    return None
