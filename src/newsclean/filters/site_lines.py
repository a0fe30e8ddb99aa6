"""Lines of the site anywhere on the page, placed once the page head is.

Two kinds of line a copy site prints between the article's own lines, not only in its
header: a *welcome banner* (``site_speech.is_welcome``: the site greets the reader between
a summary and the article, ``大家好,欢迎来到某某网。``), and an image's *alt text* printed as
a line: a headline of the page (a headline-shaped line of it) again with a site's name
after a separator (``headline_label.headline_label``: ``某地举行发布会 - 某某要闻``).  A line
that quotes the headline inside a sentence, or has words of its own before it, is no
label and stays.  ``page_head.place_head`` calls this after placing the head, on the
lines it left undecided.

Round 12, two lines of other pages' text, judged against this page (``foreign_lines``,
which ``place_head`` calls *before* it looks for the headline, so neither is taken for it):

* a *related link* (``furniture_related``, beside round 34's row of headlines): a bulleted
  short line that reads as the headline of a different story
  (``• 某地地铁站乘客遭袭击(图)``): headline-shaped once the bullet and a media mark
  (``(图)``, ``(组图)``, ``(视频)``: kind ``media`` of ``data/furniture_frames.txt``) are
  off, eight Han characters or more (``• 优点`` labels the article's own list), and
  sharing no pair of Han characters with any other line of the page (the headline and
  the body); with a media mark, under a third of its pairs.  A bulleted item of the
  article's own list continues the article, shares its words, and stays; ``◎`` marks a
  byline, not an item, and so does a role after persons' names (``• 梁婉琦 雷翠雲 記者``,
  round 16: ``byline_names.marked_writer``);
* *English chrome* in a Chinese page: a line of two to twelve English words and nothing
  else (no digit, no mark: no sentence of its own) in the page head, above the first
  paragraph, on a page whose letters are mostly Han: an image's alt text (``People
  watching a video on a phone``) or the site's English furniture (``You are here``).  An
  English sentence or quote (a mark of its own), an English line in the body, and a line
  mixing in Han (a byline ``Contributed by 某某``) stay; a page mostly in English keeps
  its English lines; round 15, an English line naming someone right under a Han
  headline is its subtitle, and stays.

Round 13, a line of the site's own machinery judged against the page the same way: a
*template's instruction* in the head (``furniture_instruction``: an imperative of a setting
and an interface noun, ``設定要替換的判決書內文``, foreign to the article), and anywhere a
*business's advert* (``furniture_ads``: promotion and a phone number closing the line,
foreign to the article).

Round 14, *contact furniture* anywhere (``contact_lines``; the grammar is
``furniture_contact``'s): a row of ``label: value`` fields whose every value is a mailbox,
a telephone number or (under a word of contact) an account, its labels foreign to the
article (``投稿邮箱:x@y.com``); a story about the hotline prints its name, and it stays.
Round 38: a web firm's card in the head, its name beside its telephone alone
(``furniture_firm_card.firm_cards``): both lines go.
Round 34: the article as the clean text prints it (``spam_article.printed_content``): no
caption (电话 of a caption's 电话诈骗) and no other contact line (an empty ``热线电话:``).

Round 31, a *registry footer* anywhere (``furniture_contact.footer_lines``, the grammar
``registry_fields``): a line of the site's sponsor, seat and licence
fields (``闽ICP备2023009287号-1 闽互联网新闻信息服务备案:35120210013号``), judged by its
block: a line with a licence field goes, and so does a sponsor or address line beside it
(``主管单位:清流县融媒体中心 地址:…``); the same fields with no licence near them (an
event's 主办单位 in a story) stay.

Round 31, a *browser notice's block* (``furniture_interface.notice_neighbours``): the
notice the consent model reads (``為達至最佳瀏覽效果,請更新至最新的瀏覽器版本。``) is printed
with lines of its own around it: an apology naming the reader's browser
(``抱歉,我們並不支援你正使用的瀏覽器。``: a word to the reader, 你/您, and a word of the
notice's vocabulary, too weak alone) and an offer of a mailbox for questions
(``如有問題,歡迎電郵至 x@y.com 查詢。``).  Such a line goes when the nearest printed
line above or under it is the notice; a story's sentence naming a browser or a mailbox
stands among the story's lines and stays.

Round 31, a *prompt quoting the headline* in the head (``headline_prompts``): a copy
site's line to the reader (a second-person 您/你) around the page's headline in 《》
(``小编温馨提示:前方高能,《某地举行发布会》需要您认真观看!``): the quote is
headline-shaped and the words around it are the site's, foreign to the article (at most a
third of their Han pairs recur in it).  A headline quoting a film's name and inviting the
reader (``《流浪地球2》定档春节 邀您观影``) has a short quote, and a story's sentence around
a quoted title shares its words with the story: both stay.

Round 21, a *masthead line* in the head (``masthead_lines``; the grammar is
``site_names.masthead_slogan``): the site's name (ending in a site word, or a media name:
``title.is_site_name``), a dash or a bar and a slogan (``某某网 - 关注天下新鲜事!``), the
slogan foreign to the article (a third of its Han pairs at most printed elsewhere): the
site speaking of itself, never the headline.  A
headline after an outlet's name (``某某网 - 全市新建三座口袋公园``) is the article's, which
echoes it, and stays.

Round 28b, the crumb's *where-you-are label* alone in the head (``你在这里``, the links of
the trail lost; ``navigation.YOU_ARE_HERE``): above the first paragraph only, where the
crumb stands, and printed nowhere else on the page; the same words between paragraphs
are a line of the text (a poem's, a quote's), and a song's title its text sings again:
both stay.

Round 28b, a *section's label over the site's name* in the head (``section_pair``): a word
of two to four Han letters alone on a line, then on the next line a name of Han letters
only that opens with it and adds two to ten (``勵志`` / ``勵志人生知識庫``: a content farm's
category and its name), the label printed nowhere else on the page; and such a label
printed as a line twice or more in the head and nowhere else (``repeated_head_label``: a
template printing its header twice, for the desktop and the phone, the site's name between
them lost to the spam filter; round 34, a row of such labels: ``furniture_toolbar``).
A person's name is never such a label (``崔虹`` twice over the article is its byline's, read
there).  A headline printed twice (its ``<title>`` and its ``<h1>``) is longer than a word
or echoed by its text, and stays.  A heading over its own text is echoed by the text
(``体育`` / ``体育强国建设纲要`` over a story on sport), and a headline has more than a word's
echo: both stay.

Round 16, the page's *interface lines* by their grammar (``furniture_interface``): an
unfilled widget string, a label with a list of interface words, a lead-in without its
object, a list filter's header, a headline label, a Hangul status string in the head, and
a comment's poster record anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Sequence
from functools import cache, partial

from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import HAN, HAN_RUN, han_pairs
from newsclean.filters.furniture_ads import advert_lines
from newsclean.filters.furniture_calls import call_lines
from newsclean.filters.furniture_contact import contact_fields, footer_lines
from newsclean.filters.furniture_counters import icon_counts
from newsclean.filters.furniture_directory import menu_then_contact, site_link
from newsclean.filters.furniture_firm_card import firm_cards
from newsclean.filters.furniture_grammar import stdlib
from newsclean.filters.furniture_instruction import instruction_lines
from newsclean.filters.furniture_interface import interface_lines, notice_neighbours
from newsclean.filters.furniture_related import other_stories
from newsclean.filters.furniture_script import (
    ENGLISH_WORD,
    foreign_script_lines,
    mostly_han,
    names_someone,
)
from newsclean.filters.furniture_story_runs import story_runs
from newsclean.filters.furniture_syndication import syndication_line
from newsclean.filters.furniture_toolbar import label_row, toolbar_lines
from newsclean.filters.head_h1 import line_text as _text  # the one reader of a line view
from newsclean.filters.headline_label import (
    LABEL_SEPARATOR,
    MAX_LABEL_LINE,
    headline_label,
    label_heads,
)
from newsclean.filters.memo import LineCache
from newsclean.filters.navigation import classify_furniture
from newsclean.filters.site_names import masthead_slogan, stacked_label
from newsclean.filters.site_speech import YOU_ARE_HERE, is_welcome
from newsclean.filters.spam_article import Article, content_article, printed_content
from newsclean.filters.title import is_prose, is_site_name, is_title_shaped

#: English words alone: two to twelve (``furniture_script.ENGLISH_WORD``).
ENGLISH_LINE = stdlib(rf"{ENGLISH_WORD}(?: {ENGLISH_WORD}){{1,11}}")
MAX_ENGLISH_LINE = 100
#: Round 28b: a section's label over the site's name: the label is a word, the name adds a
#: few characters to it.
MIN_SECTION = 2
MAX_SECTION = 4
SECTION_WORD = (MIN_SECTION, MAX_SECTION)
MAX_NAME_TAIL = 10
#: Round 28b: the crumb's "you are here" alone is a few characters.
MAX_HERE = 8
#: The share of a contact line's label pairs the article may print (a story about it).
MAX_CONTACT_SHARED = 0.5
#: The share of a prompt's or a masthead slogan's own pairs the article may print (a word
#: of it by chance) while the line stays foreign to the article.
MAX_FOREIGN_SHARED = 1 / 3


def _foreign(article: Article, i: int, own: Collection[str], share: float) -> bool:
    """Whether the article outside line ``i`` prints at most ``share`` of ``own``, the
    line's own Han pairs: its words are foreign to the article."""
    return article.without(i).echoes(own) <= share * len(own)


def site_lines_anywhere(
    lines: Sequence[LineLike | None], content: Sequence[int], decided: Container[int]
) -> dict[int, str]:
    """The welcome banners and alt texts among ``content`` (indices of ``lines``) not in
    ``decided``, each with the reason it goes; the heads an alt text repeats are looked
    for among all of ``content`` (the headline itself is decided by then)."""
    found: dict[int, str] = {}
    labels: list[int] = []
    for i in content:  # no copy of the page: a page may hold many short lines
        if i in decided:
            continue
        text = _text(lines, i)
        if ("欢" in text or "歡" in text) and is_welcome(text):
            found[i] = "site speech: a welcome banner"
        elif len(text) <= MAX_LABEL_LINE and LABEL_SEPARATOR.search(text):
            labels.append(i)
    if not labels:
        return found  # most pages: no line holds a separator
    # the heads the labels could repeat, then those printed as a line of the page
    wanted = {head for i in labels for head in label_heads(_text(lines, i))}
    heads = {
        t
        for i in content
        if (t := _text(lines, i).strip()) in wanted and is_title_shaped(t) and i not in labels
    }
    for i in labels:
        if headline_label(_text(lines, i), heads):
            found[i] = "a headline and a site's name: an alt text"
    return found


def foreign_lines(
    lines: Sequence[LineLike | None], content: Sequence[int], head: Sequence[int]
) -> dict[int, str]:
    """Related links among ``content`` and English chrome among ``head`` (the lines above
    the first paragraph), each with the reason it goes (module docstring, round 12)."""
    found = other_stories(lines, content)  # furniture_related: rounds 12, 34, 46
    for i in story_runs(lines, content, set(found)):  # round 47: a list beyond the article
        found.setdefault(i, "a list of other stories' headlines under the article's end")
    # The article the grammars below ask about, built once when first asked (most pages: never).
    article_of = cache(partial(content_article, lines, content))
    chrome = [
        i
        for k, i in enumerate(head)  # the head opens ``content``: head[k - 1] stands above
        if len(text := _text(lines, i).strip()) <= MAX_ENGLISH_LINE
        and ENGLISH_LINE.fullmatch(text)
        and not (k and _subtitle(text, _text(lines, head[k - 1]).strip()))
    ]
    if chrome and mostly_han(_text(lines, i) for i in content):
        found.update(dict.fromkeys(chrome, "English chrome in a Chinese page"))
    for i in head:  # round 28b: 你在这里, the crumb's label alone, its links lost
        text = _text(lines, i).strip()
        if len(text) > MAX_HERE or YOU_ARE_HERE.fullmatch(text) is None:
            continue
        if not any(text in _text(lines, j) for j in content if j != i):
            found[i] = "a breadcrumb's where-you-are label alone in the head"
    for i in section_pair(lines, content, head):
        found[i] = "a section's label over the site's name that opens with it"
    for i in repeated_head_label(lines, content, head):
        found.setdefault(i, "a section's label printed twice in the head, never in the text")
    for i in headline_prompts(lines, head, article_of):
        found[i] = "a prompt to the reader quoting the headline"
    for i in instruction_lines(lines, content, head, article_of):
        found[i] = "a template's instruction: a setting and an interface noun"
    for i in advert_lines(lines, content, article_of):
        found[i] = "a business's advert: promotion and a phone number"
    for i in firm_cards(lines, head):  # round 38, furniture_firm_card
        found.setdefault(i, "a web firm's name beside its telephone number in the head")
    for i in contact_lines(lines, content):
        found[i] = "contact furniture: a label and a mailbox or a number"
    for i in notice_neighbours(lines, content):
        found[i] = "a browser notice's line beside the notice"
    registry, site_foot = footer_lines(lines, content)
    for i in registry:
        found[i] = "a registry footer: the site's sponsor, seat and licence fields"
    for i in site_foot:
        found[i] = "the site's own foot: its keeper, maker, update, readers or browser advice"
    for i in masthead_lines(lines, head, article_of):
        found[i] = "site speech: the site's name and slogan"
    head_set = set(head)  # a site's link is its header's: in the article, the article's
    for i in content:
        if syndication_line(_text(lines, i)):
            found[i] = "a feed reposter's line: a provenance word, an outlet and its address"
        elif i in head_set and site_link(_text(lines, i)):  # round 39, furniture_directory
            found[i] = "a link to a site: its name and its address alone"
    text_of = partial(_text, lines)
    for i, why in foreign_script_lines(content, text_of).items():
        found.setdefault(i, why)
    for i, why in (toolbar_lines(head, text_of) | icon_counts(content, text_of, is_prose)).items():
        found.setdefault(i, why)
    for i, why in interface_lines(lines, content, head, article_of).items():
        found.setdefault(i, why)
    for i, why in call_lines(lines, content, article_of).items():
        found.setdefault(i, why)
    return found


def section_pair(
    lines: Sequence[LineLike | None], content: Sequence[int], head: Sequence[int]
) -> list[int]:
    """A section's label and, on the next head line, the site's name that opens with it
    (``勵志`` / ``勵志人生知識庫``; module docstring, round 28b), the label printed nowhere
    else on the page."""
    for k in range(len(head) - 1):
        label = _text(lines, head[k]).strip()
        below = _text(lines, head[k + 1]).strip()
        if not stacked_label(label, below, SECTION_WORD, (MIN_SECTION, MAX_NAME_TAIL)):
            continue  # most pages: no head line opens the next
        if not HAN_RUN.fullmatch(below) or is_person_name(label):
            continue
        pair = (head[k], head[k + 1])
        if any(label in _text(lines, i) for i in content if i not in pair):
            continue  # the page speaks of it: a heading over its own text
        return list(pair)
    return []


def repeated_head_label(
    lines: Sequence[LineLike | None], content: Sequence[int], head: Sequence[int]
) -> list[int]:
    """A label of two to four Han letters printed as a line twice or more in the head and
    nowhere else on the page (``勵志`` over a site's desktop and mobile headers; module
    docstring, round 28b)."""
    seen: dict[str, list[int]] = {}
    for i in head:
        text = _text(lines, i).strip()
        if label_row(text, is_person_name):  # 崔虹 twice: a byline's name, the byline's
            seen.setdefault(text, []).append(i)  # round 34: a row, 社會、一般、工商
    found: list[int] = []
    for label, where in seen.items():
        if len(where) < 2:
            continue  # most pages: no label printed twice
        if not any(label in _text(lines, i) for i in content if i not in where):
            found.extend(where)
    return found


def _subtitle(text: str, above: str) -> bool:
    """An English line naming someone right under a Han headline-shaped line: the
    headline's English subtitle (round 15; ``furniture_script.names_someone``)."""
    return names_someone(text) and HAN.search(above) is not None and is_title_shaped(above)


def _contact_labels(text: str) -> list[str] | None:
    """A contact line's labels, the foot's links before its field left out (round 39)."""
    return contact_fields(text) or menu_then_contact(
        text, lambda links: classify_furniture(links) is not None, contact_fields
    )


#: ``_contact_labels``, remembered across pages (pure; the labels are only read).
_contact: LineCache[list[str] | None] = LineCache(_contact_labels, LineCache.SMALL)


def contact_lines(lines: Sequence[LineLike | None], content: Sequence[int]) -> list[int]:
    """The contact lines of ``content`` whose labels are foreign to the article as the
    clean text prints it: no caption, no contact line (round 34)."""
    found = {i: labels for i in content if (labels := _contact(_text(lines, i)))}
    if not found:
        return []  # most pages
    article = printed_content(lines, content, found)
    kept = []
    for i, labels in found.items():
        own = {pair for label in labels for pair in han_pairs(label)}
        if not own or _foreign(article, i, own, MAX_CONTACT_SHARED):
            kept.append(i)
    if not kept:
        return kept
    going = set(kept)  # round 40: a lead-in the next line continues is the article's
    return [i for i in kept if not _lead_in(lines, content, i, going)]


def _lead_in(
    lines: Sequence[LineLike | None], content: Sequence[int], i: int, going: Container[int]
) -> bool:
    """A label with its colon and no value (``各区咨询电话如下:``) over a content line that
    stays and holds the values it announces, a number or a mailbox (``东城区010-…;…``):
    the article's lead-in over its list, not an empty contact label (round 40). A label
    whose list goes as contact furniture goes with it."""
    text = _text(lines, i).strip()
    if text[-1:] not in ":：" or "@" in text or any(char.isdigit() for char in text):
        return False
    at = content.index(i) + 1 if i in content else len(content)
    if at >= len(content) or content[at] in going:
        return False
    below = _text(lines, content[at])
    return "@" in below or any(char.isdigit() for char in below)


#: A headline quoted in a prompt: a quote in 《》 as long as a headline.
QUOTED_HEADLINE = stdlib(r"《([^《》]{8,60})》")
MAX_PROMPT = 100
#: The prompt's own words: at least this many Han pairs, at most this share in the article.
MIN_PROMPT_PAIRS = 4


def headline_prompts(
    lines: Sequence[LineLike | None], head: Sequence[int], article_of: Callable[[], Article]
) -> list[int]:
    """The head's prompts quoting the headline (round 31, module docstring)."""
    found = []
    for i in head:
        text = _text(lines, i).strip()
        if "《" not in text or len(text) > MAX_PROMPT or ("您" not in text and "你" not in text):
            continue  # most lines: no quote, or no word to the reader
        quote = QUOTED_HEADLINE.search(text)
        if quote is None or not is_title_shaped(quote.group(1)):
            continue
        own = han_pairs(text[: quote.start()] + " " + text[quote.end() :])
        if len(own) >= MIN_PROMPT_PAIRS and _foreign(article_of(), i, own, MAX_FOREIGN_SHARED):
            found.append(i)
    return found


def masthead_lines(
    lines: Sequence[LineLike | None], head: Sequence[int], article_of: Callable[[], Article]
) -> list[int]:
    """The masthead lines of ``head`` whose slogan is foreign to the article (round 21)."""
    found = {i: slogan for i in head if (slogan := masthead_slogan(_text(lines, i), is_site_name))}
    if not found:
        return []  # most pages
    article = article_of()
    kept = []
    for i, slogan in found.items():
        own = han_pairs(slogan)
        if own and _foreign(article, i, own, MAX_FOREIGN_SHARED):
            kept.append(i)
    return kept
