"""The site's prompts left without their widget: a question or a pointer whose answer the
scraped copy did not keep.

Model (round 45b; ``furniture_leaks`` asks ``prompt_reason`` beside ``voice_line``).  The site
speaks to its reader (``furniture_voice``) not only to promote itself: it asks the reader a
question whose answers are buttons, and it points the reader at a link.  A scraper keeps the
text of such a prompt and drops its widget, so the line is left alone on the page, closed by
the colon (or the question mark) that introduced what is gone.  Three speech acts, each a
small grammar over kinds of word (``data/voice_words.txt``, kinds ``poll_*``, ``read_verb``,
``pointer``, ``after``, ``attach``, ``link_noun``, ``at_link``):

* *the mood poll* (``mood_poll``): the site asks *you* (你, 您) how you felt reading *this*
  article: a reading verb (看到, 读完), the page's article pointed at (此篇文章, 本文), perhaps
  the time after (后), a feeling (感受, 心情) and what asks for it (是, 如何), the line closed by
  a colon or a question mark (``你看到此篇文章的感受是:``, ``读完这篇文章后,您心情如何?``);
  the poll's own tool, a look at its results (``查看心情排行``), may stand glued before or
  after the question, and then the closing mark is not needed.  The reader word is required
  (a story's ``网友读完此文的感受是:`` reports someone else's feeling), so is the article
  pointed at (a book, a film or a speech is the story's), and nothing else may stand on the
  line.
* *the lead-in to a lost link* (``link_lead``): the desk attaching or pointing at a link (附上,
  详见, 请看) opening the line, a short description of what it leads to (at most
  ``MAX_DESCRIPTION`` letters, no mark), the link noun (连结, 链接, 网址), perhaps 如下, and
  a colon with nothing after it (``附上得獎影片連結:``): the address it introduced is gone.
  A subject before the verb (``他在脸书附上影片连结:``) is the story's; a value after the
  colon (``详见链接:https://…``) is a link the page kept and is read elsewhere; a lead-in to
  anything but a link (``附上得奖名单:``) introduces the article's own lines.
* *the original title naming the site* (``site_title``): the provenance note ``原标题:`` (in
  brackets or not) whose value is a news outlet's name alone (``byline_outlet.is_outlet_name``:
  ``(原标题:驻马店网)``): the CMS filled its empty title field with the site's name; no
  headline is ever an outlet's name alone, so the note says nothing of the article.  A note
  with a headline (``原标题:援藏干部的三年``) is the desk's provenance, read by the byline.

Every pattern is an alternation of table words and single bounded character classes: no
nested quantifier on user text.

>>> mood_poll("查看心情排行你看到此篇文章的感受是:"), mood_poll("网友读完此文的感受是:")
(True, False)
>>> link_lead("附上得奖影片连结:"), link_lead("附上得奖名单:")
(True, False)
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.furniture_voice import voice_alternation as _words
from newsclean.filters.lazy_pattern import lazy_regex

#: A prompt is one short line.
MAX_PROMPT = 40
#: The description of what a lost link leads to (得奖影片, 活动详情).
MAX_DESCRIPTION = 10
#: The longest outlet's name read as the original title's value.
MAX_OUTLET = 16
SITE_TITLE = lazy_regex(
    r"[(（\[【]?[ \t]{0,2}原[标標][题題][ \t]{0,2}[:：][ \t]{0,2}"
    r"(?P<value>[^()（）\[\]【】:：]{2,16}?)[ \t]{0,2}[)）\]】]?"
)


@cache
def _poll() -> regex.Pattern[str]:
    reader = "(?:你|您)"
    tool = f"(?:{_words('poll_view')}?{_words('poll_mood')}{_words('poll_rank')})"
    question = (
        f"(?P<r1>{reader})?(?:的)?{_words('read_verb')}{_words('pointer')}{_words('after')}?"
        f"(?:的)?[,，、 ]?(?P<r2>{reader})?(?:的)?{_words('poll_mood')}{_words('poll_ask')}?"
    )
    return regex.compile(
        f"(?P<t1>{tool})?[ ,，]?{question}[ ,，]?(?P<t2>{tool})?[ ]?(?P<mark>[:：?？])?"
    )


@cache
def _lead() -> regex.Pattern[str]:
    return regex.compile(
        f"{_words('attach')}[\\p{{Han}}A-Za-z0-9 ]{{0,{MAX_DESCRIPTION}}}?"
        f"{_words('link_noun')}{_words('at_link')}?[ \\t]{{0,2}}[:：]"
    )


def mood_poll(line: str) -> bool:
    """The line is the mood poll's prompt to the reader (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_PROMPT:
        return False
    match = _poll().fullmatch(text)
    if match is None or not (match.group("r1") or match.group("r2")):
        return False
    return bool(match.group("mark") or match.group("t1") or match.group("t2"))


def link_lead(line: str) -> bool:
    """The line is a desk's lead-in to a link the copy lost (module docstring)."""
    text = line.strip()
    return bool(text) and len(text) <= MAX_PROMPT and _lead().fullmatch(text) is not None


def site_title(line: str) -> bool:
    """The line is an original-title note whose value is an outlet's name (module docstring)."""
    text = line.strip()
    if not text or len(text) > MAX_OUTLET + 8:
        return False
    match = SITE_TITLE.fullmatch(text)
    return match is not None and is_outlet_name(match.group("value").strip())


def prompt_reason(line: str) -> str | None:
    """Why the line is a prompt left without its widget, or None.  Each reading is asked
    only of a line holding what its grammar must print (round 46: three grammars a short
    line otherwise): the poll names its reader (你, 您), the lead and the title end a
    label with a colon."""
    if ("你" in line or "您" in line) and mood_poll(line):
        return "share"
    if ":" not in line and "：" not in line:
        return None
    if link_lead(line):
        return "share"
    if site_title(line):
        return "nav"
    return None
