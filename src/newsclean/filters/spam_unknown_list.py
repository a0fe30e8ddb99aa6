"""A keyword list no vocabulary knows, read by its joins and its place (round 37, 38).

Model.  A hijacker writes a farm's keywords as a list of *phrases* (``找靓妹出台服务``,
``提供物流成单数据``), each a term of its own, where a machine puts lists.  Writers list
too, and their items have the farm's shape (places, products, events, universities,
slogans: ``北京大学、清华大学、中国人民大学``).  What parts the two, with no word of the
terms known, is the join, the place and what each item owes the page:

- a list joined by a *machine's* separator, a bar or an underscore (``MACHINE_JOINS``), is
  a template's row where a machine puts lists (the caller's ``machine``: the page's edge or
  spam elsewhere); the caller asks the items' foreignness (round 37 mend);
- a list joined as writers join (``，``, ``,``, ``、``, a space; round 38) is the farm's only
  where no writer puts a line (``machine_place``, round 38 mend): *above the headline*
  (the page's first line with text, the headline under it: an article opens with its
  headline, and a writer's list never stands before it), or *inside the farm's block*
  (spam on both sides: no writer's line is injected around).  The page's foot is no such
  place: a writer closes an article with lists of its own, unlabelled, on topics the story
  does not print (a CMS's tag row, under ``（责任编辑：…）`` too; a related-reading row of
  titles; a list finishing a lead-in line with no colon, ``本届活动的主要项目包括``), and
  a farm's list under the last paragraph has nothing such a row has not.  Nor is one spam
  neighbour: an injection lands beside any paragraph, a writer's list paragraph too
  (review38a 1a).  Then (2) it is not in the headline's place
  (``headline_place``: a dated line or a record under it, or, opening the page, no
  headline under it: a headline in spaced pieces, ``司警昨再破跨境運毒 拘機場入境馬籍男子
  …``, over a body that does not echo it is still the headline); (3) its items are no
  parallel phrasing (all of one length: a slogan's ``守护万家灯火、护航平安春节、喜迎冬奥盛会``)
  and no slogan's meter (half of them four Han: ``不忘初心，牢记使命，砥砺奋进新征程``);
  and (4) every item is a stranger to the article *down to its characters*, each holding a
  Han character the article never uses (``spam_lead.unused_char``): a writer's list names
  what the story is about, a farm's terms come from another trade.

Measured (round 38 mend): ``benchmarks/spam_stress.py`` catches the writer-joined lists of
unknown terms above the headline; those under the last paragraph, which the early wave read
too, are given up with the foot (a real closing row kept is worth more).  A writer's list
between two paragraphs beside one spam line, or away from spam, is never read here: there
the shape alone speaks, and it is the article's own lists' shape.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.filters.byline_dates import holds_byline_date
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Elsewhere
from newsclean.filters.spam_lead import unused_char
from newsclean.filters.spam_signs import SEPARATORS, han_count, phrase_list
from newsclean.filters.title import is_site_name

#: This many items at least, each a phrase (``spam_signs.phrase_list``).
UNKNOWN_ITEMS = 3
#: A machine's separators (a template's row).
MACHINE_JOINS = frozenset("|｜_")
#: A writer's separators: their items must each hold a character the article never uses.
WRITER_JOINS = frozenset(",，、 \u3000")
#: A slogan's meter: half its items or more of four Han (``不忘初心，牢记使命，…``).
IDIOM = 4
#: The longest headline under a farm's list opening the page, and the share of its Han
#: pairs the article prints at least (measured on the stress pages' headlines over their
#: first four paragraphs: 33 of 39 at 0.25 or more; a source line under a headline, 0.14-0.2).
MAX_HEADLINE = 60
HEADLINE_ECHO = 0.25
COLON = lazy_regex(r"[:：](?!//)")


def unknown_list(items: Sequence[str], probe: str, article: Elsewhere | None = None) -> bool:
    """Whether keyword-shaped items read as a machine's list with no word of the vocabulary
    (module docstring): a ``phrase_list`` of ``UNKNOWN_ITEMS`` or more, none a site's name,
    joined throughout by one separator; a writer's separator only with ``article`` given,
    at a machine's place (``machine_place``), off the headline's place, items of more than
    one length and no slogan's meter, each holding a Han character the article never uses.

    >>> unknown_list(["提供假车牌", "找靓妹出台服务", "qq供应汽车解码器"],
    ...              "提供假车牌|找靓妹出台服务|qq供应汽车解码器")
    True
    >>> unknown_list(["首页", "新闻中心", "联系我们"], "首页|新闻中心|联系我们")
    False
    >>> unknown_list(["北京大学", "清华大学", "中国人民大学"], "北京大学、清华大学、中国人民大学")
    False
    """
    joins = set(SEPARATORS.findall(probe.strip()))
    if len(joins) != 1:
        return False
    join = joins.pop()
    if not (
        len(items) >= UNKNOWN_ITEMS
        and phrase_list(items)
        and not any(is_site_name(s) for s in items)
    ):
        return False
    if join in MACHINE_JOINS:
        return True
    lengths = [han_count(item) for item in items]
    return (
        article is not None
        and join in WRITER_JOINS
        and len(set(lengths)) > 1
        and 2 * lengths.count(IDIOM) < len(items)
        and machine_place(article)
        and not headline_place(article)
        and all(unused_char((item,), "", article) for item in items)
    )


def machine_place(article: Elsewhere) -> bool:
    """Whether the line stands where no writer puts a line (module docstring): the page's
    first line with text (above the headline; ``headline_place`` asks whether it is the
    headline itself), or between two lines judged spam (the next and the previous line with
    text: inside the farm's block).  The page's last line and a line beside one spam line
    are a writer's places too (a tag row under the editor's line, a list paragraph beside
    an injection)."""
    texts, verdicts, index = article.article.texts, article.article.verdicts, article.index
    before = next((k for k in range(index - 1, -1, -1) if texts[k].strip()), None)
    if before is None:
        return True
    after = next((k for k in range(index + 1, len(texts)) if texts[k].strip()), None)
    return after is not None and verdicts[before].is_spam and verdicts[after].is_spam


def headline_place(article: Elsewhere) -> bool:
    """Whether the line stands where a headline stands: the next line with text is a dated
    line or a record of fields (a colon), the headline's byline under it (a spaced headline,
    ``司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花`` over ``21/03/2022``); or the
    line opens the page and the next line is no headline: no dated line or record under it,
    and the article echoes less than a quarter of its Han pairs: a farm's list above the
    headline has the headline under it, a headline has its source or its first paragraph."""
    texts, index = article.article.texts, article.index
    below = next((k for k in range(index + 1, len(texts)) if texts[k].strip()), None)
    if below is None:
        return False
    after = texts[below].strip()
    first = not any(t.strip() for t in texts[:index])
    under = next((t.strip() for t in texts[below + 1 :] if t.strip()), "")
    if first and len(after) <= MAX_HEADLINE and len(under) <= MAX_HEADLINE and _record(under):
        return False  # the headline is under the line, its byline under it
    if _record(after):
        return True
    if not first:
        return False
    pairs = han_pairs(after)
    rest = "\n".join(t for k, t in enumerate(texts) if k not in (index, below))
    echoed = sum(pair in rest for pair in pairs)
    return not pairs or len(after) > MAX_HEADLINE or echoed < HEADLINE_ECHO * len(pairs)


def _record(line: str) -> bool:
    """Whether a line is a dated line or a record of fields (a colon)."""
    return holds_byline_date(line) or COLON.search(line) is not None
