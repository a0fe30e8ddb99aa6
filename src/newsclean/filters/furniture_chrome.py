"""Chrome and signatures: a label left with an image's alt word, a BBS post's 'sent from'.

Model (round 14; ``furniture_leaks.leak_reason`` asks it, so ``navigation`` removes such
lines anywhere and none is taken for the headline; the words are ``data/contact_words.txt``).
Two lines a page's machinery prints, each read from its parts on the line alone:

* **chrome** (``chrome_line``): a bracketed label and nothing after it but one to three
  English words of an interface or an image's alternative text (kind ``ui``: ``LOGO``,
  ``banner``, ``icon``, ``button``): ``【引言】LOGO``, ``[专题] banner``; or such words
  alone in their brackets (``[LOGO]``).  The label's
  text was never rendered; the image or button was.  A bracketed label before real text
  (``【引言】本报记者近日走访…``), or before an English name of the article's
  (``【产品】iPhone``), stays;
* a **BBS signature** (``signature_line``): a board's 'sent from' line under a post, an
  optional mark (``realign.LINE_MARKS``: ``※``, ``◆``), a signature label (kind ``sent``:
  发信站, 转信站, 文章网址) and a colon, then the site: a name and its host in brackets
  (``批踢踢实业坊(ptt.cc)``) or a host or address alone, with nothing after it but a date,
  an address or a time, perhaps under a short label of their own (``來自: 1.2.3.4``; no
  other Han text); or the poster's address line (kind ``from``:
  ``◆ From: 219.85.196.68``, an IP address).  A sentence about the board that names its
  host (``批踢踢实业坊(ptt.cc)是台湾最大的BBS``) goes on after the host with words of its
  own, and stays; so does a quoted post's text.

Bounded patterns only (labels, words, hosts): no nested quantifier on user text.

>>> chrome_line("【引言】LOGO"), chrome_line("【引言】本报记者近日走访了三家小店")
(True, False)
>>> signature_line("※ 发信站: 批踢踢实业坊(ptt.cc)"), signature_line("◆ From: 219.85.196.68")
(True, True)
>>> signature_line("※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4")
True
>>> signature_line("※ 发信站: 批踢踢实业坊(ptt.cc)是台湾最大的电子布告栏系统")
False
"""

from __future__ import annotations

from newsclean.filters.charmodel import HAN
from newsclean.filters.furniture_sitefoot import LEAD, contact_words
from newsclean.filters.lazy_pattern import lazy_regex

#: A bracketed label and English words after it.
CHROME = lazy_regex(r"[【\[［〔]\s?([^】\]］〕]{1,8})\s?[】\]］〕]\s?([A-Za-z][A-Za-z _-]{0,30})")
MAX_CHROME_WORDS = 3
MAX_CHROME = 48
#: The gaps between the tail's words, compiled once (round 47: a module-level
#: ``regex`` call looks the pattern up in its cache at some 25 us).
WORD_GAPS = lazy_regex(r"[ _-]+")
#: An interface or alt word alone in its brackets: [LOGO], 【banner】.
ALONE = lazy_regex(r"[【\[［〔]\s?([A-Za-z][A-Za-z _-]{0,30}?)\s?[】\]］〕]")
#: A signature: its label, a colon and the rest.
SIGNATURE = lazy_regex(r"([\p{Han}A-Za-z]{2,6})\s?[:：]\s?(.{1,80})")
MAX_SIGNATURE = 100
HOST = lazy_regex(
    r"[(（\[]?(?:[A-Za-z0-9-]{1,63}\.){1,5}[A-Za-z]{2,12}(?:/[!-~]{0,80})?[)）\]]?"
    r"|https?://[!-~]{1,120}"
)
IPV4 = lazy_regex(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
#: Before the host: the site's name, short.
MAX_SITE_NAME = 16
#: After the host, a short label of a number (來自: 1.2.3.4, 时间: 2010/12/20) is no text.
NUMBER_LABEL = lazy_regex(r"[\p{Han}A-Za-z]{1,6}\s?[:：]\s?(?=[0-9])")


def chrome_line(text: str) -> bool:
    """Whether ``text`` is a bracketed label and an interface or alt word alone, or such a
    word alone in brackets (``[LOGO]``)."""
    line = text.strip()
    if not line or line[0] not in "【[［〔" or len(line) > MAX_CHROME:
        return False
    chrome = CHROME.fullmatch(line) if line[-1].isascii() else None
    alone = ALONE.fullmatch(line) if chrome is None else None
    if chrome is None and alone is None:
        return False
    tail = chrome.group(2) if chrome is not None else alone.group(1)  # type: ignore[union-attr]
    words = [w for w in WORD_GAPS.split(tail.lower()) if w]
    ui = contact_words("ui")
    return 0 < len(words) <= MAX_CHROME_WORDS and all(w in ui for w in words)


def signature_line(text: str) -> bool:
    """Whether ``text`` is a BBS post's 'sent from' or address line (module docstring)."""
    if len(text) > 2 * MAX_SIGNATURE or (":" not in text and "：" not in text):
        return False
    line = text.strip().lstrip(LEAD)
    if len(line) > MAX_SIGNATURE:
        return False
    signature = SIGNATURE.fullmatch(line)
    if signature is None:
        return False
    label, value = signature.group(1), signature.group(2).strip()
    if label.lower() in contact_words("from"):
        address = IPV4.match(value)
        return address is not None and HAN.search(value[address.end() :]) is None
    if label.lower() not in contact_words("sent"):
        return False
    host = HOST.search(value)
    if host is None or host.start() > MAX_SITE_NAME:
        return False
    return HAN.search(NUMBER_LABEL.sub("", value[host.end() :])) is None
