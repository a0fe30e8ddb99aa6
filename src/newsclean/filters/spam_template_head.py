"""A title template's keyword heading glued on an edge of the copied headline (round 42).

Model.  A hijacked copy's title template turns its keyword into a *heading* with a kind
word and glues it to the article's headline with a hyphen or a bar, before it, after it,
or on both sides (the shop's name may close the line after another hyphen)::

    LINE    := [HEADING DASH] HEADLINE [BAR HEADING [DASH SHOP]]
    HEADING := KEYWORD KIND          (蒙尘药消息, 97资源总站推荐)
    KIND    := a word of data/template_kind_words.txt: the keyword's news (消息, 资讯,
               快讯), the keyword commended (推荐, 排行)
    DASH    := - – — | ｜ _         BAR := | ｜ _ - – —
    SHOP    := a name of Han, Latin or digits, no separator

``蒙塵藥消息-香港第二場施政報告地區諮詢會下午舉行 李家超及多名司局長出席|97資源總站推薦-弘鼎當鋪``:
the headline is the stretch between the two headings; a pipe inside it stays
(``讀懂廣州·粵韻|幸福樂園七十載 …``: only the first heading and the last are read).

Evidence, all from the page:

* the *keyword* is foreign to the article: no Han pair of it (its items parted by 、) in the
  headline or in the page's other lines (``spam_lead.foreign``), 2-16 characters of Han,
  Latin and digits, no desk credit or column (``本报讯``, ``体育新闻``: the article's own
  credit or section), and no outlet's name (``title.is_site_name``: ``新华社消息-``) unless
  the vocabulary knows the name (``彩票2元網消息-``: a lottery site is no outlet);
* the *headline* echoes the article (``spam_lead.echoed``: its Han pairs occur again in
  the page's other lines), ``MIN_HEADLINE`` characters at least;
* the *template*: headings on both edges (the whole grammar), or one heading whose keyword
  the vocabulary knows (``spam_frames.frame_strength``) or on a page with spam elsewhere.

The line is read whether or not the line model judged it spam: a keyword the lexicon
knows strongly (``a片大放送消息-…|仿真手槍推薦-…``) scores the whole line as a keyword line,
and the headline was lost with it; the headings are cut and the headline kept (its verdict
cleared).  A headline with a kind word of its own stays: ``外交部消息-`` over an article
about the ministry (the keyword echoed), ``央视新闻|…`` (an outlet), a headline with no dash
after its kind word (``最新消息:…``), a line the article does not echo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_kinds
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_cut import HeadCut
from newsclean.filters.spam_frames import frame_strength
from newsclean.filters.spam_glued_inside import head_lines
from newsclean.filters.spam_lead import MIN_HEADLINE, desk_credit, echoed, foreign, is_column
from newsclean.filters.spam_verdict import NOT_SPAM, SpamVerdict
from newsclean.filters.title import is_site_name

#: A keyword of a heading: this many characters at most (Han, Latin, digits, 、 between items).
MAX_KEYWORD = 16
#: A shop's name closing the line: this many characters at most.
MAX_SHOP = 12
DASHES = "-–—|｜_－"


@cache
def _grammar() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The heading before the headline and the heading after it (module docstring), built
    from the kind words; each quantifier bounded, no nesting: linear on any line."""
    kinds = "|".join(
        regex.escape(w) for words in data_kinds("template_kind_words.txt").values() for w in words
    )
    key = rf"[\p{{Han}}A-Za-z0-9、]{{2,{MAX_KEYWORD}}}?"
    dash = f"[{regex.escape(DASHES)}]"
    before = regex.compile(rf"^(?P<key>{key})(?:{kinds})[ \u3000]*{dash}[ \u3000]*")
    after = regex.compile(
        rf"[ \u3000]*{dash}[ \u3000]*(?P<key>{key})(?:{kinds})"
        rf"(?:[ \u3000]*{dash}[ \u3000]*[\p{{Han}}A-Za-z0-9]{{0,{MAX_SHOP}}})?$"
    )
    return before, after


def template_cuts(
    texts: Sequence[str],
    verdicts: list[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, HeadCut]:
    """The headings cut off the head lines' edges (line index -> cut); a line the line model
    judged spam whose headline is kept has its verdict cleared.

    >>> no, spam = NOT_SPAM, SpamVerdict(True, 8.0, (), 0)
    >>> page = ["博乐国际消息-国新办副主任看望中新社报道组|天天干综合推荐-弘鼎当铺",
    ...         "国新办副主任昨日看望了中新社博鳌论坛报道组的记者。"]
    >>> cut = template_cuts(page, [no, no])[0]
    >>> cut.cut, cut.rest
    ('博乐国际消息- … |天天干综合推荐-弘鼎当铺', '国新办副主任看望中新社报道组')
    >>> template_cuts(["外交部消息-外交部发言人答记者问", "外交部发言人今天答记者问。"], [no, no])
    {}
    """
    before, after = _grammar()
    opened = [NOT_SPAM] * len(verdicts)  # the place read as if no line were spam yet
    heads = [i for i in head_lines(texts, opened) if _gate(texts[i])]
    if not heads:
        return {}
    # The head lines read simplified first (a few lines), the whole page only when one of
    # them has the template's shape: most pages' heads hold a dash (a date, a site's name).
    asked = [texts[i].strip() for i in heads]
    simple = simplify_lines(asked) if simplify_lines is not None else asked
    shaped: dict[int, tuple[str, regex.Match[str] | None, regex.Match[str] | None]] = {}
    for i, printed, line in zip(heads, asked, simple, strict=True):
        if len(line) != len(printed):
            line = printed  # a phrase converted to another length: read as printed
        head = before.search(line)
        tail = after.search(line, head.end() if head else 0)
        if head is not None or tail is not None:
            shaped[i] = (line, head, tail)
    if not shaped:
        return {}
    read = simplify_lines(list(texts)) if simplify_lines is not None else list(texts)
    article = Article(read, verdicts)
    cuts: dict[int, HeadCut] = {}
    for i, (line, head, tail) in shaped.items():
        printed = texts[i].strip()
        begin = head.end() if head else 0
        finish = tail.start() if tail else len(line)
        rest = line[begin:finish]
        if len(rest) < MIN_HEADLINE:
            continue
        elsewhere = article.without(i)
        if not echoed(rest, elsewhere):
            continue
        keys = [(m, printed) for m in (head, tail) if m is not None]
        if not all(_keyword(m, printed, rest, elsewhere) for m, printed in keys):
            continue
        known = frame_strength(keys[0][0].group("key").lower()) > 0
        spam_elsewhere = any(v.is_spam for k, v in enumerate(verdicts) if k != i)
        if len(keys) == 1 and not known and not spam_elsewhere:
            continue  # one heading: the vocabulary or the page's spam on other lines tells
        before_cut, after_cut = printed[:begin].strip(), printed[finish:].strip()
        shown = (
            f"{before_cut} … {after_cut}" if before_cut and after_cut else before_cut or after_cut
        )
        cuts[i] = HeadCut(
            shown, printed[begin:finish].strip(), "a title template's keyword heading"
        )
        verdicts[i] = NOT_SPAM  # the headline is the article's
    return cuts


def _gate(text: str) -> bool:
    """The C-level gate: a heading needs a dash or a bar on the line."""
    return any(d in text for d in DASHES)


def _keyword(found: regex.Match[str], printed: str, rest: str, article: Elsewhere) -> bool:
    """Whether the keyword of a heading is the template's: foreign to the headline ``rest``
    and to the article, no outlet, desk credit or column (module docstring)."""
    key = found.group("key")
    shown = printed[found.start("key") : found.end("key")] if len(printed) >= found.end() else key
    probe = key.lower()
    if desk_credit(key) or is_column(probe):
        return False
    if is_site_name(key) and frame_strength(probe) <= 0:
        return False  # an outlet's name, unless the vocabulary knows it (彩票2元网)
    return all(
        foreign((item, item), rest, article)
        for item in {*probe.split("、"), *shown.lower().split("、")}
        if item
    )
