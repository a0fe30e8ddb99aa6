"""The re-reading test the codec filters share: a stretch read with the wrong codec is
re-read with the right one, and the re-read is accepted only when the character model
(``charmodel``) finds it far more likely than the text as read.

``accepted_llr`` is the test (``codec_misread``, ``codec_dropped``, ``codec_stripped``):
at least MIN_HAN Han characters, at most a third of them uncommon (a shifted reading of
real Latin text gives rare ones), and a log-likelihood ratio of at least MISREAD_LLR nats
(the realignment's REPAIR_LLR).  ``reads_among_words`` tells a reading of text from a
first re-read of bytes read wrongly twice; ``utf8_from_gbk`` is the GBK-to-UTF-8 re-read.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from newsclean.filters.charmodel import is_common, is_han, model, simplified

#: Log-likelihood ratio (nats) the re-read text must win by (as mojibake.REPAIR_LLR).
MISREAD_LLR = 10.0
#: Han characters a re-read stretch must hold: one could be chance.
MIN_HAN = 2
#: A UTF-8 re-read may keep one character in LOST_INSIDE lost (U+FFFD), no more.
LOST_INSIDE = 3


@dataclass(frozen=True, slots=True)
class Misread:
    start: int
    end: int
    repaired: str | None  # None: reported, left as read
    codecs: str  # "read as W, written as R"
    llr: float


def loglik(text: str) -> float:
    return sum(model().score(simplified(text)))


#: ``loglik`` of the text as read: each codec's re-reading of a stretch is weighed
#: against the same text (``codec_misread`` tries three, ``codec_dropped`` two).
_as_read_loglik = functools.lru_cache(maxsize=8)(loglik)


def accepted_llr(
    old: str, new: str, needed: float = MISREAD_LLR, *, rare_share: int = 3
) -> float | None:
    """The log-likelihood ratio of ``new`` over ``old`` when the model accepts it (at most
    one Han character in ``rare_share`` uncommon: ``codec_dropped`` allows a half where
    the line shows its misread by its alphabets)."""
    han = [char for char in new if is_han(char)]
    if len(han) < MIN_HAN:
        return None
    if rare_share * sum(not is_common(char) for char in han) > len(han):
        return None
    llr = loglik(new) - _as_read_loglik(old)
    return llr if llr >= needed else None


def reads_among_words(reading: str) -> bool:
    """Whether a re-read stands among words: at least a third of its pairs of Han
    characters, and one at least, are pairs the character model has seen inside words.
    A reading of text has them ("�报道组成员说�非常高兴": 6 of 10); a first re-read of
    bytes read wrongly twice has none ("埌涓�鏂�", "浗搴嗗�规姤�"), however common its
    characters are one by one."""
    m = model()
    han = simplified(reading)
    pairs = [(a, b) for a, b in itertools.pairwise(han) if is_han(a) and is_han(b)]
    seen = sum(m.pair(a, b) > 0 for a, b in pairs)
    return seen > 0 and 3 * seen >= len(pairs)


def utf8_from_gbk(text: str) -> str | None:
    """``text`` encoded as GBK (cp936, with its euro sign at 0x80) and read as UTF-8; a
    lost character (U+FFFD) stays one, for its bytes are gone."""
    pieces: list[str] = []
    for piece in text.split("\ufffd"):
        try:
            pieces.append(piece.encode("cp936").decode("utf-8", errors="replace"))
        except UnicodeEncodeError:
            return None
    return "\ufffd".join(pieces)
