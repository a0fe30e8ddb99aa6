"""A wire's sign-off closed by its release code (round 44).

**Model.**  Taiwan's Central News Agency (中央社, cna.com.tw) closes every story with the
editor's credit in round brackets and, glued after it, the story's release code: the
Republic-of-China year in three digits, then the month and the day, two digits each
(``（編輯：黃世雅）1141226``: 114 is 2025, the story of 26 December; seen on the agency's own
pages, cna.com.tw/news/aloc/202512260208.aspx, and carried along by every copy of its
stories).  The code dates the release; it is no part of the editor's name.  A line that is
one bracketed credit and then seven digits reading as such a date (year 100-199, month
01-12, day 01-31) is read as the credit alone; the brackets are then taken off by the
label grammar as on any other line.  Seven digits after anything else (a telephone or an
order number), or digits that cannot be a date (``1141399``), leave the line as it is.

*The sign-off glued to the last paragraph* (``closing_editor``): as the agency prints it,
the bracketed credit closes the story's last paragraph, after its full stop
(``…拍照傳給軍方及海保署處理。(編輯:黃世雅)1141226``), as Xinhua's and China News Service's
short items close theirs with the reporter (``credits.closing_credit``).  A bracket opening
right after the paragraph's stop, holding an editor's label (``labels.label_table``, field
editor: 編輯, 责任编辑, 责编) and one to three persons' names (listed with 、 or /), and
closing the paragraph or followed by the release code, names the story's editor; the
paragraph stays in the body as printed.  A bracket of anything else (``（編輯部）``, a note,
a sentence) names no one.

Where the dateline's own conventions are tabled: ``data/dateline_conventions.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newsclean.filters.credit_names import person_name
from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.word_trie import word_pattern

#: The release code: ROC year (1xx), month, day.
CODE = r"1\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
#: The marks between the editors' names, compiled once (round 47: a module-level
#: ``regex`` call looks the pattern up in its cache at some 25 us).
NAME_MARKS = lazy_regex(r"[、/／]")
#: ``（編輯：X）`` + the code, spaced from the bracket or glued to it.
RELEASE_CODE = lazy_regex(r"(?P<credit>[(（][^()（）]{2,40}[)）])[ \t\u3000]{0,2}" + CODE)
#: Where a sign-off glued to the paragraph may begin: after the last sentence's stop.
STOPS = "。！？!?」”』"
#: Names a sign-off lists: at most three.
MAX_EDITORS = 3


@cache
def _glued_signoff() -> regex.Pattern[str]:
    """stop + (editor label : names) + the code or nothing, at the paragraph's end."""
    labels = [
        word for word, field in label_table().items() if field == "editor" and not word.isascii()
    ]
    return regex.compile(
        rf"[{STOPS}][(（](?:{word_pattern(labels)})[ \t]{{0,2}}[:：][ \t]{{0,2}}"
        rf"(?P<who>[\p{{Han}}·、/／]{{2,20}})[)）](?:[ \t\u3000]{{0,2}}{CODE})?$"
    )


def without_release_code(line: str) -> str:
    """``line`` without a wire's release code closing its bracketed credit (module
    docstring); any other line as it is.

    >>> without_release_code("（編輯：黃世雅）1141226")
    '（編輯：黃世雅）'
    >>> without_release_code("(編輯:林大明) 1130330"), without_release_code("電話：（02）2505123")
    ('(編輯:林大明)', '電話：（02）2505123')
    >>> without_release_code("（編輯：黃世雅）1141399")
    '（編輯：黃世雅）1141399'
    """
    stripped = line.strip()
    if not stripped[-1:].isdigit():
        return line  # every code ends in a digit: most lines stop here
    found = RELEASE_CODE.fullmatch(stripped)
    return line if found is None else found["credit"]


def closing_editor(paragraphs: Sequence[str]) -> str | None:
    """The editor of a sign-off glued to the article's last paragraph (module docstring),
    ``paragraphs`` the article's in order, else None.

    >>> closing_editor(["並拍照傳給軍方及海保署處理。(編輯:黃世雅)1141226"])
    '黃世雅'
    >>> closing_editor(["他說：「這是我們的責任。」（編輯部）"]) is None
    True
    """
    if not paragraphs:
        return None
    last = paragraphs[-1].strip()
    if not last[-1:].isdigit() and last[-1:] not in ")）":
        return None  # every sign-off ends with its bracket or its code
    found = _glued_signoff().search(last)
    if found is None:
        return None
    names = NAME_MARKS.split(found["who"])
    if len(names) > MAX_EDITORS or not all(person_name(name) for name in names):
        return None  # 編輯:本報: no person signs
    return found["who"]
