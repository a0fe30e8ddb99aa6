"""A site's own links: the links every page of a site prints in its foot, about the site.

Model (round 41, second wave; ``furniture_menu`` asks ``site_link`` of each item of a
row). A site's foot row links to the site's own documents and mailboxes: its terms, its
policies, its statements, the webmaster's mailbox. Such a link is a short *modifier*
(whose terms, which policy, whose mailbox: 服務, 內容, 隱私權, 著作權, 站長, 副站長) and the
*head noun* of a site document or mailbox (kind ``site_doc`` of
``data/furniture_phrases.txt``: 條款, 政策, 聲明, 信箱, 協議, 須知); a handle in Latin letters
may stand inside the modifier (``副站長kingfisher信箱``, the mailbox of a deputy webmaster
named by his handle). Another site names other documents with the same heads (用户协议,
免责声明, 意见信箱) and reads the same. So the foot row of an island portal (``服務條款
內容政策      隱私權聲明      著作權聲明 …``, its links six spaces apart) is a menu
whatever its modifiers. A bare head (``政策``) is a channel's name or a word, a long
modifier is a clause (``国务院出台新政策``), and one such item in a row of slogans is not
half the row. A row that holds a *claim of rights* (``©``, 版权所有, Copyright) is the
site's copyright notice with its links beside it (``科技日报©版权所有 2023 | 私隐政策 |
使用条款``): its links do not make it a menu.

Round 43b: a corporate foot links to the house's *jobs page* and, in Taiwan, to the
content-protection body the children's welfare law makes every site link to: heads of the
same kind (招募, 招聘, 防護機構: ``人才招募``, ``IWIN網路內容防護機構``, a handle inside the
modifier as before).  And to its *about page*: the about word (kind ``site_about``: 關於,
关于) and the house's name, a few letters with no function character (``關於壹電視``,
``关于人民网``, ``关于我们``).  Read as an item of a row only (``furniture_menu``): the row
still needs two menu words and half its items, so ``关于疫情 防控 …`` in a sentence's list
of words is no menu; 关于 opening a clause (``关于加强管理的通知``) holds a function
character or runs past the name's length.
"""

from __future__ import annotations

from functools import cache

from newsclean.filters.furniture_grammar import phrase_grammar
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex

#: A site's own link, a short modifier (Han letters, a handle in
#: Latin letters among them) and the head noun of a site document or mailbox.
MAX_SITE_LINK_MODIFIER = 4
SITE_LINK_HANDLE = lazy_re(r"[A-Za-z0-9_.]{1,24}")
SITE_LINK_HAN = lazy_regex(r"\p{Han}{2,12}")
#: A claim of rights: a row holding one is the copyright notice, its site links beside it.
RIGHTS_CLAIM = lazy_re(r"©|版权所有|版權所有|(?i:copyright|all rights reserved)")


@cache
def _site_doc_heads() -> tuple[str, ...]:
    return tuple(sorted(phrase_grammar()["site_doc"], key=len, reverse=True))


#: The house's name after the about word: a few letters, Han or Latin.
SITE_ABOUT_NAME = lazy_regex(r"[\p{Han}A-Za-z0-9]{2,6}")
#: A clause's characters: 关于 opening one is a preposition, not the about page's link.
CLAUSE_CHARACTERS = frozenset("的之和与與及对對")


@cache
def _about_words() -> tuple[str, ...]:
    return tuple(phrase_grammar()["site_about"])


def about_link(item: str) -> bool:
    """The about page's link, the about word and the house's name (round 43b).

    >>> about_link("關於壹電視"), about_link("关于我们"), about_link("关于加强管理的通知")
    (True, True, False)
    """
    word = next((w for w in _about_words() if item.startswith(w)), None)
    if word is None:
        return False
    name = item[len(word) :]
    if SITE_ABOUT_NAME.fullmatch(name) is None:
        return False
    return not any(char in CLAUSE_CHARACTERS for char in name)


def site_link(item: str) -> bool:
    """Whether a menu item is a site's own link (round 41): a short modifier and the head
    noun of a site document or mailbox (kind ``site_doc``), a handle in Latin letters
    perhaps inside the modifier.

    >>> site_link("著作權聲明"), site_link("副站長kingfisher信箱"), site_link("政策")
    (True, True, False)
    >>> site_link("国务院出台新政策")
    False
    """
    if about_link(item):
        return True  # 關於壹電視: the about page (round 43b)
    han = SITE_LINK_HANDLE.sub("", item) if not item.isascii() else ""
    if SITE_LINK_HAN.fullmatch(han) is None:
        return False
    head = next((h for h in _site_doc_heads() if han.endswith(h)), "")
    return bool(head) and 0 < len(han) - len(head) <= MAX_SITE_LINK_MODIFIER
