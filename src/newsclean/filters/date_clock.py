"""How the date grammar (``dates.py``) reads a clock and a zone: a half-day word or
AM/PM to the 24-hour clock, a printed offset to ``+HH:MM``, and the English weekday it
reads and ignores (split from ``dates.py`` by job: the grammar there, these readings
here)."""

from __future__ import annotations

from newsclean.filters.date_vocab import WEEKDAYS, date_words
from newsclean.filters.word_trie import word_pattern

HALF_DAY = 12
NOON_SHIFT_BELOW = 11
#: A weekday name, abbreviated or whole (Mon, Tues, Thursday, Sabtu, Jumaat, lundi), of
#: any language of ``data/calendar_names.txt``: a weekday in any language the pages print
#: is read and ignored, wherever the date puts it.  Lower case: wrap it in ``(?i:...)``.
EN_WEEKDAY = word_pattern(sorted(WEEKDAYS)) + "(?![A-Za-z])"


def offset_of(text: str) -> str:
    """``+8`` / ``+0900`` / ``-05:30`` / ``−5`` as ``+HH:MM``."""
    sign = "-" if text[0] in "-−" else "+"
    digits = "".join(ch for ch in text[1:] if ch.isdigit())
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


def hour_of_day(hour: int, half: str | None, ampm: str | None) -> int:
    kind = date_words()["half"].get(half or "", "")
    if ampm:
        kind = "pm" if ampm[0] in "Pp" else "am"
    if kind == "pm" and hour < HALF_DAY:
        return hour + HALF_DAY
    if kind == "am" and hour == HALF_DAY:
        return 0
    if kind == "noon" and hour < NOON_SHIFT_BELOW:
        return hour + HALF_DAY
    return hour
