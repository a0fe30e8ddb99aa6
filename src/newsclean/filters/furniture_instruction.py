"""An instruction of a site's template left above the headline: a settings or form label.

Model (``data/instruction_words.txt``; ``site_lines.foreign_lines`` asks it before the
headline is looked for, so the line is never taken for it).  A reader tool, a form or an
editor speaks to its user in the imperative: ``設定要替換的判決書內文`` (a court-ruling
site's settings link), ``请输入关键词``, ``請選擇分類``.  Such a line is

* short (at most ``MAX_INSTRUCTION`` characters), Han only, no mark of a sentence;
* an *imperative of a setting or an edit* opening it, perhaps after a polite lead
  (设定, 替换, 输入, 请选择, 编辑 …), and a *thing of the interface* closing it (内文,
  标题, 字段, 关键词 …): verb first, interface noun last, a few characters between;
* in the page head (above the first paragraph), and *foreign to the article*: at most
  ``MAX_ECHOES`` of its pairs of Han characters occur in the page's other lines
  (``spam_article.Article``): a template's label speaks of no story.

A kicker or a subtitle above a headline of the same shape speaks of its article (its
pairs recur in the body: ``调整口袋公园的管护内容``) and stays; so do a verb of setting in
a headline (``设置专项资金支持中小企业``: no interface noun) and a line in the body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.caption_layout import LineLike
from newsclean.filters.charmodel import han_pairs
from newsclean.filters.spam_article import Article
from newsclean.filters.word_trie import longest_first

#: An instruction is a label: a few words.
MAX_INSTRUCTION = 24
#: Between the imperative and its noun: a short object phrase (要替換的判決書).
MAX_BETWEEN = 14
#: Pairs of the label the article may print (an interface noun such as 内容 may recur).
MAX_ECHOES = 1


@cache
def _grammar() -> regex.Pattern[str]:
    kinds: dict[str, list[str]] = {}
    for fields in data_lines("instruction_words.txt"):
        kinds.setdefault(fields[0], []).append(fields[1])

    def words(kind: str) -> str:
        return longest_first(kinds[kind])

    return regex.compile(
        rf"(?:{words('lead')})?(?:{words('verb')})\p{{Han}}{{0,{MAX_BETWEEN}}}?"
        rf"(?:{words('noun')})"
    )


def is_instruction(text: str) -> bool:
    """Whether ``text`` has the shape of a template's instruction (module docstring).

    >>> is_instruction("設定要替換的判決書內文"), is_instruction("请输入关键词")
    (True, True)
    >>> is_instruction("设置专项资金支持中小企业"), is_instruction("编辑部的故事")
    (False, False)
    """
    line = text.strip()
    return len(line) <= MAX_INSTRUCTION and _grammar().fullmatch(line) is not None


def instruction_lines(
    lines: Sequence[LineLike | None],
    content: Sequence[int],
    head: Sequence[int],
    article_of: Callable[[], Article],
) -> list[int]:
    """The lines of ``head`` that are a template's instruction foreign to the article."""
    labels = [i for i in head if is_instruction(lines[i].text)]  # type: ignore[union-attr]
    if not labels:
        return []  # most pages: no instruction in the head
    article = article_of()
    return [
        i
        for i in labels
        if article.without(i).echoes(han_pairs(article.texts[i]), MAX_ECHOES + 1) <= MAX_ECHOES
    ]
