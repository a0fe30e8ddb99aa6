"""Which headline candidate heads the page when the first one speaks of none of the
article (``page_head.find_title``'s weighing, split from ``page_head``, round 15).

Model.  A headline speaks of its article (``title.echoes``: the pairs of adjacent Han
characters it shares with the paragraphs).  A first candidate that shares none is
another story's (a related link, a stolen headline) when a later one does; of the later
ones, the one that shares the most heads.

Round 15: a picture stands between the headline and the article, and its caption may
open with the picture's *name* on a short line of its own, right over the credited
caption line (``华侨新村入口`` over ``刚建成时的华侨新村。图/越秀区华乐街道提供``).  The name
speaks of the article as much as the headline does, often more (it names the article's
subject).  So a later candidate directly followed by a line with a caption's wording
(``captions.caption_cue``: a credit, a caption opening) is a caption's first line, not
weighed, once a candidate above it is echoed by the article: that one is the headline
and the picture stands under it.  With no echoed candidate above, the line is weighed as
any (a headline may stand right over its lead picture's caption).

Round 29: the picture's name stands *directly* over its caption.  A line with a byline
placed between it and the credited caption line (``重庆居民感受到的幸福很真实`` / ``(撰文:詹遥)``
/ ``昨日,…爱心庄园。 见习记者 王海 摄``) is the headline the byline hangs under, and is
weighed as any (``speaking_headline``'s ``between``).

Round 16 (``speaking_headline``, asked of whatever line ``find_title`` chose, the line a
byline hangs under included): when the chosen line shares at most ``MAX_WEAK_ECHO`` pair
with the paragraphs (记者 is any story's word: a desk's name a byline hangs under,
``名誉记者团``), the head's other headline-shaped line they echo ``MIN_ECHO_GAIN`` pairs
more heads instead, above the chosen one or under it (not a picture's name over its
caption); ``place_head`` removes the line it displaced as a label of the head.  With no
such line the chosen one stays: a short headline may share nothing with a short article.
Round 17: but a *label* (``MIN_LABEL`` to ``MAX_LABEL`` Han characters, nothing else: a column's
or section's name, ``每周热话``) sharing no pair with an article of ``MIN_ARTICLE_HAN`` Han
characters or more names none of it: the page has no headline, and ``place_head`` removes
the label as a head label the article does not echo.  A short headline the article echoes
by one pair (``高铁迎来15岁生日`` over a story of 高铁) stays.

Round 20: a *site's self-description* (a line of at most ``MAX_SELF_NAME`` characters, no
clause or sentence mark, ending in a site word of ``data/site_speech.txt``, ``site_speech.
self_name_ends``: 网站, 平台, 网) chosen as the headline, echoed by one pair at most by an
article of ``MIN_ARTICLE_HAN`` Han characters or more, with no better line in the head, is
the site naming what it is (``某某财经资讯网站``, ``AI人工智能报道资讯网站``): no headline, and
``place_head`` removes it as a head label.  A headline about a website names what happened
to it, and its article echoes it (``反诈举报网站今日上线`` over a story of 举报 and 上线).
Round 38: a credit alone under a line (``head_site.credit_alone``: ``(某某社记者某某摄)``)
names no picture: the line over it may be the headline.  Round 38 (``head_site``): so is
the site's *masthead*, its name among its slogan and tools,
in either order (``某某华语媒体 - 某某信报``, ``设为首页 - 加入收藏 某某网--建设美丽城乡!``).

Round 16 too (``site_suffix``): after a separator closing the headline (``title``'s
``SUFFIX_SEPARATORS``), a short name (at most ``MAX_UNECHOED_SUFFIX`` characters, two Han
or more) none of whose pairs the paragraphs print, under a headline they echo, is the
site's name even when no list knows it (``…很真实-某某速讯``): the page is the evidence.
A tail the article speaks of (``中美贸易战 - 第二轮谈判开始``) is the headline's.  Round 34:
so is a tail as long as the head before it or longer (``身份生成器-马华促警提高阿罗街戒备``):
a site's name is shorter than the headline it follows; the clean text prints the title
without its site, and a second cleaning must not find another site in it.

Round 24, four readings of the same evidence (what the article's own text echoes); two of
them read the chosen line and live in ``head_chosen`` (``bare_headline``, ``credited_writer``):

* *Closed sentences over the head* (``head_over.sentences_over_head``): the head ends at the first
  paragraph, but a line no longer than a headline closed as a sentence, whose Han pairs
  the page's other paragraphs (``MIN_ARTICLE_HAN`` Han letters or more) echo
  ``MAX_FOREIGN_SHARE`` at most, with a head line under it, is no first paragraph: a
  site's terms or a spammer's sentence put over the article (``请您阅读我们的用户注册
  协议…即视为您接受。``).  The search for the headline goes on under it; the sentence stays
  where it is placed (a notice, the body).  A short first paragraph the article echoes
  ends the head as before.  Round 27: the article that judges such a sentence is what
  stands under the head line below it, so that two of a spammer's sentences in a row
  (``本篇文章给大家谈谈X,以及Y的知识点,…收藏本站喔。`` twice) do not echo each other; and an
  article shorter than ``MIN_ARTICLE_HAN`` (a teaser paragraph) judges the sentence too,
  when it echoes ``MAX_SHORT_SHARE`` of its pairs at most: a lead sentence shares its
  names and places with the rest of its article, however short.
* *A label* is ``MIN_LABEL`` (3) to ``MAX_LABEL`` (8) Han letters with Latin, digits or
  marks beside them but no clause or sentence mark (``由 AI 自动生成``, ``资讯台``,
  ``路 孚 特``): over an article of ``MIN_ARTICLE_HAN`` Han letters or more that echoes
  none of it, a tool's label, a channel's name or a logo's text, no headline.  Two Han
  letters are one word, too short to judge.
Round 28, *a section's word* (``_section_word``): a headline names an event, and one word
(``MAX_WORD`` Han letters, nothing else: ``最新``, ``勵志``) names none; chosen as the
headline over an article of ``MIN_ARTICLE_HAN`` Han letters or more that prints it fewer
than ``MIN_SUBJECT_COUNT`` times (``最新`` twice, in ``最新消息``), with no better line in
the head, it is a section's tab or category, no headline; an essay titled with one word
(``父亲``, ``卫星``) is about it and prints it again and again, and keeps its headline.
A short line of no clause mark, echoed by one pair at most, opening with such a word
printed alone on the head line right above or under it is no headline either (``勵志`` /
``勵志人生知識庫``, ``生活`` / ``生活最新``: ``stacked_word``): the category and the site or
tab named after it, one label stacked on two lines.  ``place_head`` removes both, and
the head's unmarked lines above them (``即时新闻`` over ``最新``), as the header they
close.  A headline the article echoes by two pairs or more is never asked.

Round 25, *a search farm's question* (``_foreign_question``): a chosen headline asking a
question (a question mark in it, or round 35 an interrogative closing it, ``head_question``;
``MIN_QUESTION_PAIRS`` Han pairs or more) that an article
of ``MIN_ARTICLE_HAN`` Han letters or more echoes by ``MAX_WEAK_ECHO`` pair at most, with no
better line in the head, is no headline: a farm writes its hook and question over any
copied article (``不热门但很关键:为什么“X”总和信息污染一起出现?``, ``这才是关键:粉丝群的
公告为什么总是闹矛盾?其实跟平台规则有关``).  A question headline speaks of its article,
which answers it in the headline's words, and stays.

Round 32, *a dek under its headline*: a line opening with a dash right under the chosen
headline (``“永远做人民公仆、时代先锋、民族脊梁”`` over ``——习近平等…见面会侧记``) is the
headline's subtitle, naming the article's people and occasion while the headline quotes
or hails; it echoes the article more, but as the headline's own line: no rival.

Round 42, *a line under the byline is no rival*: the line a byline hangs under is the
headline, and a line printed under that byline, above the first paragraph, is the
article's (a subtitle naming the event the headline hails, ``市人民医院举行“全国助残日”
大型义诊活动`` under ``发布日期:… 作者: 来源:…`` under ``关爱弱势群体 奉献一片爱心``; a
picture's name), as ``head_share`` reads its rivals: ``speaking_headline`` weighs only the
head lines above the first of the head's bylines under the chosen line that is a labelled
one (``title.is_labelled_byline``: a byline label, its colon and a date).  A bare date or a
paper's page line (``第1版:一版要闻 2022-05-22``) is no byline a headline hangs under: a
paper's page prints its headlines' list over it, and the kicker and headline under it.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from itertools import islice

from newsclean.filters.caption_credit import credit_alone
from newsclean.filters.captions import caption_cue
from newsclean.filters.charmodel import HAN, han_pairs
from newsclean.filters.head_chance import MAX_LABEL, beyond_chance, own_headline
from newsclean.filters.head_names import publisher_alone
from newsclean.filters.head_question import asks_question
from newsclean.filters.head_site import site_masthead
from newsclean.filters.site_names import PROSE_MARKS, stacked_label
from newsclean.filters.site_speech import self_name_ends
from newsclean.filters.title import (
    DEK_DASH,
    SUFFIX_SEPARATORS,
    echoes,
    is_labelled_byline,
    is_prose,
    is_title_shaped,
    split_site_suffix,
)


def holds_head(line: str, article: str) -> bool:
    """``line`` keeps heading the page against a later line's chance echo (round 32,
    ``head_chance``): a headline of its own, and no question the article leaves unasked."""
    return own_headline(line) and not _foreign_question(line, article)


def keeps_head(first: str, later: str, article: str) -> bool:
    """The first headline candidate ``first`` keeps the page against ``later``: the later
    line echoes the article only at chance and ``first`` is a headline of its own (round 32,
    ``head_chance``; asked by ``speaking_headline`` and ``head_search.best_echoed``)."""
    return not beyond_chance(later, article) and holds_head(first, article)


#: A headline echoed by one pair at most (记者, 新闻: any story's words) gives way to a
#: head line the article echoes more.
MAX_WEAK_ECHO = 1
#: ... when it shares this many pairs more: a line of two pairs (读懂广州, a column's name
#: and number) is no more the article's than the chosen one.
MIN_ECHO_GAIN = 3
#: A site's name after the headline that the article does not print: a few words.
MAX_UNECHOED_SUFFIX = 12
#: ... under a headline the article echoes by this many pairs at least (one is chance).
MIN_HEAD_ECHO = 2


def speaking_headline(
    title: int | None,
    content: Sequence[int],
    text: Callable[[int], str],
    skip: Container[int],
    between: Callable[[int, int], bool] | None = None,
    bylines: Iterable[int] = (),
) -> int | None:
    """``title``, or the head's headline-shaped line of ``content`` not in ``skip`` the
    paragraphs echo far more (module docstring, round 16); ``between(i, j)``: a placed
    line (a byline) stands between lines ``i`` and ``j``; ``bylines``: the head's bylines
    (round 42: no rival stands under the first labelled one under ``title``)."""
    if title is None:
        return None
    paragraphs = [i for i in content if is_prose(text(i))]
    article = "\n".join(text(i) for i in paragraphs)
    if not paragraphs or (own := echoes(text(title), article)) > MAX_WEAK_ECHO:
        return title
    best, best_share = None, own + MIN_ECHO_GAIN - 1
    labelled = (b for b in bylines if b > title and is_labelled_byline(text(b)))
    end = min(labelled, default=paragraphs[0])  # round 42: a line under the byline is no rival
    for k, i in enumerate(content):
        if i >= min(end, paragraphs[0]):
            break
        below = content[k + 1] if k + 1 < len(content) else None
        if (
            below is not None
            and caption_cue(text(below)) is not None
            and (between is None or not between(i, below))
            and not credit_alone(text(below))  # a credit alone names no picture (round 38)
        ):
            continue  # a picture's name over its caption (round 15): no headline
        if i == title or i in skip or not is_title_shaped(text(i)) or publisher_alone(text(i)):
            continue  # 天津北方网 over 天津北方…: the name echoed, no headline (round 28)
        if k and content[k - 1] == title and text(i).lstrip().startswith(DEK_DASH):
            continue  # the headline's dek (——…侧记): it echoes the headline's article (round 32)
        if (share := echoes(text(i), article)) > best_share:
            best, best_share = i, share
    if best is not None and keeps_head(text(title), text(best), article):
        best = None  # a chance echo does not unseat a headline of its own (round 32)
    if best is None and _section_word(title, content, text, article):
        return None  # 最新, 勵志 / 勵志人生知識庫: a section's word, no headline (round 28)
    if best is None and own == 0 and _column_label(text(title), article):
        return None  # 每周热话 over a story it never names: a column's label, no headline
    if best is None and _self_description(text(title), article):
        return None  # 某某财经资讯网站: the site naming itself, no headline (round 20)
    if best is None and site_masthead(text(title)) and _long_article(article):
        return None  # 某某华语媒体 - 某某信报: the site's masthead, no headline (round 38)
    if best is None and _foreign_question(text(title), article):
        return None  # 为什么“X”总和信息污染一起出现?: a search farm's question (round 25)
    return title if best is None else best


#: A column's or section's label: a few Han characters and nothing else (two or three
#: are too few to judge: one word, which a short article's headline may be).
MIN_LABEL = 3
#: ... over an article long enough to name its own headline's words (a short one may not).
MIN_ARTICLE_HAN = 120


def _long_article(article: str) -> bool:
    """``article`` holds ``MIN_ARTICLE_HAN`` Han characters or more; the count stops
    there (asked once per head line, on the whole page)."""
    return sum(1 for _ in islice(HAN.finditer(article), MIN_ARTICLE_HAN)) == MIN_ARTICLE_HAN


def _column_label(line: str, article: str) -> bool:
    """A label-sized line (``MIN_LABEL`` to ``MAX_LABEL`` Han characters, no clause or
    sentence mark) over an article of ``MIN_ARTICLE_HAN`` Han characters or more (module
    docstring, rounds 17 and 24)."""
    label = line.strip()
    return (
        MIN_LABEL <= len(HAN.findall(label)) <= MAX_LABEL
        and not PROSE_MARKS.intersection(label)
        and _long_article(article)
    )


#: One word: this many Han letters at most, nothing else on the line (round 28).
MAX_WORD = 2
#: ... which heads an essay about it, whose text prints it this many times or more.
MIN_SUBJECT_COUNT = 3


def _section_word(
    title: int, content: Sequence[int], text: Callable[[int], str], article: str
) -> bool:
    """The chosen line is a section's word, over an article of ``MIN_ARTICLE_HAN`` Han
    letters or more that echoes it by ``MAX_WEAK_ECHO`` pair at most (the caller measured
    that): one word alone (``最新``, ``勵志``), or a line opening with the word printed alone
    on the head line right above or under it (``勵志`` / ``勵志人生知識庫``: the category
    and the site named after it) (module docstring, round 28)."""
    line = text(title).strip()
    if not _long_article(article):
        return False
    if len(line) <= MAX_WORD and len(HAN.findall(line)) == len(line):
        return article.count(line) < MIN_SUBJECT_COUNT  # 父亲 over an essay about him stays
    return stacked_word(title, content, text) is not None


def stacked_word(title: int, content: Sequence[int], text: Callable[[int], str]) -> int | None:
    """The head line right above or under ``title`` that is one word (``MAX_WORD`` Han
    letters) ``title`` opens with, or that opens with ``title`` when it is one word: the
    section's word and the line named after it (module docstring, round 28)."""
    k = content.index(title) if title in content else -1
    if k < 0:
        return None
    line = text(title).strip()
    for j in (k - 1, k + 1):
        if not 0 <= j < len(content):
            continue
        other = text(content[j]).strip()
        word, longer = (other, line) if len(other) < len(line) else (line, other)
        if stacked_label(word, longer, (MAX_WORD, MAX_WORD), (1, MAX_LABEL)):
            return content[j]
    return None


#: A site's self-description is a short noun phrase (round 20).
MAX_SELF_NAME = 16


def _self_description(line: str, article: str) -> bool:
    """A short line ending in a site word, no clause mark, over an article of
    ``MIN_ARTICLE_HAN`` Han characters or more (module docstring, round 20)."""
    name = line.strip()
    return (
        len(name) <= MAX_SELF_NAME
        and name.endswith(self_name_ends())
        and not PROSE_MARKS.intersection(name)
        and _long_article(article)
    )


#: A question long enough to speak of something: this many Han pairs at least (round 25).
MIN_QUESTION_PAIRS = 8


def _foreign_question(line: str, article: str) -> bool:
    """A line asking a question, ``MIN_QUESTION_PAIRS`` Han pairs or more, that an article
    of ``MIN_ARTICLE_HAN`` Han characters or more echoes by ``MAX_WEAK_ECHO`` pairs at
    most (the caller measured that): a search farm's question put where the headline
    stands, no headline (module docstring, round 25)."""
    question = line.strip()
    return (
        asks_question(question)  # round 35: or an interrogative closing it, its mark lost
        and len(han_pairs(question)) >= MIN_QUESTION_PAIRS
        and _long_article(article)
    )


def article_prose(content: Sequence[int], text: Callable[[int], str]) -> str:
    """The page's paragraphs joined: what a head line's echo is counted in."""
    return "\n".join(t for i in content if is_prose(t := text(i)))


def site_suffix(
    printed: str, content: Sequence[int], text: Callable[[int], str]
) -> tuple[str, str | None]:
    """``title.split_site_suffix``, and a name after a separator that the paragraphs of
    ``content`` never print under a headline they echo (module docstring, round 16)."""
    headline, site = split_site_suffix(printed)
    if site is not None or headline != printed:
        return headline, site
    separator = next((s for s in SUFFIX_SEPARATORS if s in printed), None)
    if separator is None:
        return printed, None
    head, _, tail = printed.rpartition(separator)
    head, tail = head.strip(), tail.strip()
    if len(tail) > MAX_UNECHOED_SUFFIX or len(HAN.findall(tail)) < 2 or not is_title_shaped(head):
        return printed, None
    if len(tail) >= len(head):
        return printed, None  # round 34: a name is shorter than the headline it follows
    article = article_prose(content, text)
    if echoes(tail, article) == 0 and echoes(head, article) >= MIN_HEAD_ECHO:
        return head, tail
    return printed, None
