"""A copier's watermark stamped into the article's paragraphs: a site's address after a stop.

Model (round 24).  A site that copies articles (a novel or a tutorial mirror) stamps its own
or another copy site's name into the text it took, where a sentence ends: right after the
stop, before the next sentence's first character or the line's end, with no space
(``…很得大家的夸赞。JunZitang.coM``, ``…的主要部分。爱掏网 - it200.com通常对应…``).  The
sentence is the article's and stays; the stamp is cut out of the line (``spam cut``, the
same partial removal as spam glued to a headline, ``spam_cut.HeadCut``).

* *The stamp*: a host name (``furniture_mirrors.HOST_NAME``: labels of letters, digits and
  hyphens joined by dots, a top-level label of letters), optionally after the site's name
  and a dash (2-8 Han characters, ``爱掏网 - ``), glued after a sentence's stop (``。！？``,
  or ``!?`` as a page typed them) and followed by a Han character, an opening quote or
  bracket, or the line's end.  Round 35: a *named* stamp (the site's name of Han, Latin
  and digits, one or two dashes, its slogan glued to the host:
  ``GMu28資訊網——每日最新資訊28at.com``, www.www897cc.com) may also follow a space or
  open the line (``本文來源:水輕言 GMu28資訊網——…``): name, dash and host together are
  the stamp's own shape, wherever the copier pasted it.
* *Foreign to the article*: the host's name is printed nowhere on the page but in such
  stamps (an outlet's address the article gives, ``请登录www.12306.cn购票``, or a source
  line naming it, is the article's text).  Round 28: "the page" is the article's lines
  with their stamps blanked (a stamp printed twice in a row, ``JunZitang.coMJunZitang.coM``,
  holds the host twice) and without the lines judged spam (junk naming the host is not
  the article naming it); a second cleaning, with the spam gone, found what the first
  should have.
* *Stamped, not written*: the same host stamped after two stops or more on the page (a
  watermark repeats; a writer names an address once where it is needed), or a top-level
  label written in both cases with an upper-case letter after a lower-case one (``coM``:
  a case no one writes an address in, a copier's way past filters that look for ``.com``).

An address alone after a stop, once, in ordinary case (``…敬请关注。www.example.org``) stays:
a release may end by naming its site.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.marks import STOP_MARKS
from newsclean.filters.pinyin_grammar import remove_spans
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_verdict import SpamVerdict

#: A host is stamped at least this many times on a page in ordinary case.
MIN_STAMPS = 2
#: A named stamp's name: the copy site's name (Han, Latin, digits: ``爱掏网``), one or two
#: dashes, and the slogan glued to its host, if any (``GMu28資訊網——每日最新資訊28at.com``).
NAME = r"[\p{Han}A-Za-z0-9]{2,12} ?[-–—]{1,2} ?\p{Han}{0,8}"
#: A host's first label, then a dot and the next label's first character.
HOST_START = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}\.[A-Za-z0-9]"
#: A host's labels before its top-level one (``furniture_mirrors.HOST_NAME``'s, both cases).
HOST_LABELS = r"(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,6}"


@cache
def _stamp() -> regex.Pattern[str]:
    """A stamp after a stop (module docstring): group ``host``, ``tld`` its last label."""
    return regex.compile(
        rf"(?:(?<=[{STOP_MARKS}])(?:{NAME})?|(?:(?<=\s)|^){NAME})"
        rf"(?P<host>{HOST_LABELS}(?P<tld>[A-Za-z]{{2,12}}))"
        r"(?=\p{Han}|[“「『（(]|$)"
    )


#: What every stamp holds, for the standard engine to skip lines without one fast: a stop
#: or a name's last dash (perhaps a space and its slogan after it), then a host's start (a
#: dash before a date's digits, 2019-05-09, is none).
CANDIDATE = lazy_re(rf"(?:[{STOP_MARKS}]|[-–—] ?[^\x00-\x7f]{{0,8}}){HOST_START}")
#: A top-level label in both cases, an upper-case letter after a lower-case one.
MIXED_CASE = lazy_regex(r"[a-z][A-Z]")


def _blanked(text: str, stamps: Sequence[regex.Match[str]]) -> str:
    """``text`` with each stamp's host replaced by a newline (no host spans the gap)."""
    pieces, at = [], 0
    for m in stamps:
        pieces.append(text[at : m.start("host")])
        at = m.end("host")
    return "\n".join([*pieces, text[at:]])


def watermark_cuts(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The stamps cut out of the page's lines (line index -> cut; module docstring).

    >>> page = ["澳门做得深入人心,很得大家的夸赞。JunZitang.coM", "别的段落。"]
    >>> cut = watermark_cuts(page, [SpamVerdict(False, 0.0, (), 0)] * 2)[0]
    >>> cut.cut, cut.rest
    ('JunZitang.coM', '澳门做得深入人心,很得大家的夸赞。')
    """
    del simplify_lines  # an address is ASCII: no script to read it in
    stamp = _stamp()
    found: dict[int, list[regex.Match[str]]] = {}
    for i, text in enumerate(texts):
        # A host holds a dot (``HOST_START``): most lines have none, and ``in`` answers
        # without the engine trying every position (round 47).
        if verdicts[i].is_spam or "." not in text or CANDIDATE.search(text) is None:
            continue
        matches = list(stamp.finditer(text))
        if matches:
            found[i] = matches
    if not found:
        return {}
    stamped = Counter(m.group("host").lower() for ms in found.values() for m in ms)
    # The page as the article prints it: spam lines out, every stamp blanked (a stamp
    # printed twice in a row, JunZitang.coMJunZitang.coM, reads as one longer host that
    # holds the shorter one: counting substrings would call the shorter one printed).
    page = "\n".join(
        _blanked(text, found.get(i, ())) for i, text in enumerate(texts) if not verdicts[i].is_spam
    ).lower()
    cuts: dict[int, HeadCut] = {}
    for i, matches in found.items():
        kept = [
            m
            for m in matches
            if m.group("host").lower() not in page
            and (
                stamped[m.group("host").lower()] >= MIN_STAMPS
                or MIXED_CASE.search(m.group("tld")) is not None
            )
        ]
        if not kept:
            continue
        text = texts[i]
        rest = remove_spans(text, [m.span() for m in kept])
        if not rest.strip():
            continue
        hosts = ", ".join(dict.fromkeys(m.group("host") for m in kept))
        why = f"a site's address stamped after a stop, printed nowhere else: {hosts}"
        cuts[i] = HeadCut(" ".join(m.group() for m in kept), rest, why)
    return cuts
