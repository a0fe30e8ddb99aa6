"""A keyword pitched twice in one line: an advertisement's template between the paragraphs
(round 42).

Model.  A hijacked copy's owner (a pawn shop, a loan desk, a porn or lottery site) writes
its keywords into a short *pitch* pasted between the copied paragraphs: a question, then an
offer that names the keyword again, then its selling points, each clause short
(``高雄汽車借款、高雄機車借款無處可借嗎?高雄汽車借款借錢、借現金,效率、優質!``: nowhere to
borrow? borrow money, cash: efficient, quality!).  The farm fills the template with other
keywords on other pages, so no list of its words carries; what carries is its grammar::

    LINE   := CLAUSE (MARK CLAUSE){1,5} [MARK]        at most MAX_LINE characters
    CLAUSE := at most MAX_CLAUSE characters, no space  MARK := ? ？ ! ！ 。 , ， ; ；
    the keyword K opens the line and opens a clause after a stop (? ！ 。) again

K is the longest head the first clause shares with that later clause, ``MIN_KEY``-
``MAX_KEY`` characters of Han, Latin and digits, no function character.  Evidence, from
the page:

* K is *foreign to the article*: no Han pair of it (as printed and simplified) in the
  page's lines not judged spam (``spam_lead.foreign``); a writer who asks a question and
  answers it naming the subject again (``中国队能否夺冠?中国队主教练表示…``) writes of the
  article's subject, which the article names;
* the rest of the line is foreign too: at most ``REST_ECHO`` of its Han pairs occur in the
  article (the pitch's words are the shop's, not the story's);
* no sign of prose (``spam_signs.prose_sign``: a date, a word of reporting) and no word of
  the reports about spam (a crackdown's quote of a loan advertisement stays);
* one more thing speaks: the lexicon knows a term of the line (``spam_signs.lexicon``), or
  the page carries spam elsewhere.

Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsclean.filters.charmodel import han_pairs
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.spam_article import Article
from newsclean.filters.spam_lead import foreign
from newsclean.filters.spam_signs import FUNCTION_CHARS, counter_lexicon, lexicon, prose_sign
from newsclean.filters.spam_verdict import SpamVerdict

#: A pitch is this many characters at most; each of its clauses, ``MAX_CLAUSE``.
MAX_LINE, MAX_CLAUSE = 80, 24
#: The keyword repeated: this many characters at least, ``MAX_KEY`` at most.
MIN_KEY, MAX_KEY = 3, 12
#: At most this share of the rest's Han pairs occur in the article.
REST_ECHO = 1 / 3
#: A line of clauses: each bounded, no nesting (linear on any line).
PITCH = lazy_regex(
    rf"^[^\s?？!！。,，;；]{{1,{MAX_CLAUSE}}}"
    rf"(?:[?？!！。,，;；][^\s?？!！。,，;；]{{1,{MAX_CLAUSE}}}){{1,5}}[?？!！。,，;；]?$"
)
#: Where a clause after a stop begins.
AFTER_STOP = lazy_regex(r"[?？!！。](?=[^\s?？!！。,，;；])")
KEY_CHAR = lazy_regex(r"[\p{Han}A-Za-z0-9]")


def pitch_lines(
    texts: Sequence[str],
    verdicts: Sequence[SpamVerdict],
    simplify_lines: Callable[[list[str]], list[str]] | None = None,
) -> dict[int, SpamVerdict]:
    """The pitch lines of a page (index -> verdict; module docstring).

    >>> no = SpamVerdict(False, 0.0, (), 0)
    >>> page = ["市气象台发布暴雨预警,全市将有大到暴雨。",
    ...         "六月婷婷丁香、bt成人无处可借吗?六月婷婷丁香借钱、借现金,效率、优质!"]
    >>> sorted(pitch_lines(page, [no, no]))
    [1]
    >>> page = ["中国队昨晚以三比一获胜。", "中国队能否夺冠?中国队主教练表示有信心。"]
    >>> pitch_lines(page, [no, no])
    {}
    """
    found: dict[int, tuple[str, int]] = {}
    for i, text in enumerate(texts):
        line = text.strip()
        if not 0 < len(line) <= MAX_LINE or line.find(line[:MIN_KEY], 1) < 0:
            continue  # no keyword repeated: ``_key`` would find none (a test in C first)
        if verdicts[i].is_spam or not PITCH.match(line):
            continue
        key = _key(line)
        if key:
            found[i] = (line, key)
    if not found:
        return {}
    asked = [line for line, _ in found.values()]
    read = simplify_lines(asked) if simplify_lines is not None else asked
    article = Article(texts, verdicts)
    elsewhere_spam = any(v.is_spam for v in verdicts)
    judged: dict[int, SpamVerdict] = {}
    for (i, (line, end)), probe in zip(found.items(), read, strict=True):
        probe = probe.lower()
        if len(probe) != len(line) or prose_sign(probe) or counter_lexicon().find(probe):
            continue
        others = article.without(i)
        if not foreign((line[:end], probe[:end]), "", others):
            continue
        rest = [form.replace(form[:end], "") for form in (line, probe)]
        pairs = [han_pairs(form) for form in rest]
        if any(others.echoes(p) > REST_ECHO * len(p) for p in pairs if p):
            continue  # the article's own words
        terms = tuple(term for _, _, term in lexicon().find(probe))
        if not terms and not elsewhere_spam:
            continue
        why = f"a keyword pitched twice in one line: {line[:end]}"
        judged[i] = SpamVerdict(True, 0.0, terms, 1, why, sure=True)
    return judged


def _key(line: str) -> int:
    """The length of the keyword the line opens with and repeats after a stop, or 0."""
    for stop in AFTER_STOP.finditer(line):
        at, size = stop.end(), 0
        while (
            size < MAX_KEY
            and at + size < len(line)
            and line[size] == line[at + size]
            and KEY_CHAR.match(line[size])
        ):
            size += 1
        if size >= MIN_KEY and not FUNCTION_CHARS.search(line[:size]):
            return size
    return 0
