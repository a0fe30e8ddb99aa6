"""A template's leftovers: a slot that rendered nothing, printed as a line.

Model (round 26; ``furniture_leaks.leak_reason`` asks ``template_leftover``, so
``navigation`` removes such a line anywhere on the page).  A page template fills named
slots.  When a slot gets no value the template still prints something, and nobody wrote
it: the name of an empty ad slot, or what the page language makes of a missing value.
Such a line says nothing the article says, on any site, in any script:

* a **machine token line**: one or two (``MAX_TOKENS``) lower-case ASCII identifiers,
  each letters then a number (``adblk5``, ``dadblk2 madblk2``), whose letters are no
  syllable of a word but a developer's abbreviation: no vowel, or a run of three
  consonants or more (``adblk``, ``hdr``, ``nvbr``).  Capitals are an acronym or a
  product (``H7N9``, ``MH370``, ``iPhone15``) and letters that read as a word are a
  name or a tag (``covid19``, ``slot3``, ``web3``): they stay;
  round 34, an *ad slot's id with its banner size*: such a name (lower-case letters, a
  number perhaps: ``ad9``) and, after an underscore, the banner's width and height in
  pixels (``210*60``, ``728x90``): a spec's bare size (``1920x1080``) has no slot's name,
  and a capital is a product's;
* an **empty value in its slot**: a short line (``MAX_EMPTY_LINE``) where a page
  language's empty value (kind ``empty`` of ``data/template_values.txt``: ``null``,
  ``undefined``, ``NaN``; or an unrendered placeholder, ``{{author}}``, ``${title}``)
  stands alone or where a number goes, between a count word and its unit
  (``,共null页``, ``第undefined期``), with only separators around it.  A sentence about
  the value (``函数返回null值``) has words of its own and stays;
* a **catalogue's absent value**: an English statement that a field holds nothing,
  ``No``, one word (two in brackets) and a participle of absence (kind ``absent``):
  ``[No author identified]``, ``No image available``.  A sentence (``No one was
  hurt``) has no such participle closing it and stays.
* round 29: a **field's default value**: the name of a field a page builder or a theme
  fills an element with until an editor writes it (kind ``default``: ``text``,
  ``heading``, ``Lorem ipsum``), alone on the line, in lower case or with a capital first
  letter, the page having nothing to put there.  A word in a sentence, or with another
  word (``Text and image``, ``TITLE IX``), is no default.

* round 31: a **template tag left in the text** (``tagged_label``): a template language's
  own marker syntax, which its engine replaces when it renders and which a copier's or a
  failed render prints: Empire CMS's ``[!--empirenews.page--]`` (``[!--`` a name ``--]``),
  a namespaced tag in braces, DedeCMS's ``{dede:field.title/}``, PHPCMS's ``{pc:…}``
  (a brace, a short lower-case namespace and a colon), a variable, ``{$title}``,
  ``{{ title }}``, ``${title}``, or an editor's wrapped marker of ``data/cms_markers.txt``
  (``<!--more-->``, ``[page]``).  Cut out, the line holds nothing, or a label the template
  printed with it (a section's name, 10 letters at most, no clause mark: ``许昌图片`` in
  ``许昌图片[!--empirenews.page--]``): the line is the template's.  A paragraph with such a
  tag keeps its words (not judged here), and a tech article's line about a template says
  what it is in a sentence (``在模板中写入{dede:field.title/}即可调用标题。``) and stays.

* round 38: a **random id**, a picture's or a block's key a program drew (base 36, the
  hkmo33.com portal's ``bautefsb1p`` where each photo was): one lower-case token of
  ``MIN_RANDOM_ID`` to ``MAX_RANDOM_ID`` letters and digits, a run of digits *inside* the
  letters, and a run of three letters or more with no syllable (``NO_SYLLABLE``).  A
  product's or a standard's name reads as words around its number (``iphone15pro``,
  ``sha256sum``) and stays; so does a model number after its brand's initials
  (``rtx4090ti``, ``rx7900xtx``): a run at the token's edge counts only from
  ``MIN_EDGE_RUN`` letters on, a shorter one only between two runs of digits (mend);
  and a **CMS's default title** (kind ``untitled`` of
  ``data/template_values.txt``): the name a publishing program gives an item nobody named,
  WordPress's ``自动草稿`` (Auto Draft) printed as each picture's alt text, a page
  editor's ``无标题文档`` (Untitled Document), alone on the line.

* round 35: a **machine id line** (``machine_id``): ASCII digits alone on the line, at
  least ``MIN_MACHINE_ID`` of them: the record key a CMS prints in a hidden element (a
  channel path glued to the article's id, ``010020030300000000000000011101301122865661``
  under xinhuanet's pages and their mirrors, zhongyishudian.com).  No number a writer
  sets alone is that long (a telephone 13 digits, an identity card 18, a bank card 19);
  digits with a unit, a mark or a letter beside them are not this line.

>>> template_leftover("adblk5"), template_leftover("dadblk2 madblk2")
(True, True)
>>> template_leftover("covid19"), template_leftover("MH370")
(False, False)
>>> template_leftover("ad9_210*60"), template_leftover("1920x1080")
(True, False)
>>> template_leftover(",共null页"), template_leftover("函数返回null值")
(True, False)
>>> template_leftover("[No author identified]"), template_leftover("No one was hurt")
(True, False)
>>> template_leftover("text"), template_leftover("Text and image")
(True, False)
>>> template_leftover("许昌图片[!--empirenews.page--]"), template_leftover("{dede:field.title/}")
(True, True)
>>> template_leftover("在模板中写入{dede:field.title/}即可调用标题。")
False
>>> template_leftover("010020030300000000000000011101301122865661")
True
>>> template_leftover("bautefsb1p"), template_leftover("iphone15pro")
(True, False)
>>> template_leftover("自动草稿"), template_leftover("自动草稿功能上线")
(True, False)
>>> template_leftover("6222021234567890123"), template_leftover("13800138000")
(False, False)
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_kinds, data_lines
from newsclean.filters.lazy_pattern import lazy_re
from newsclean.filters.word_trie import word_pattern

#: A machine token line holds at most this many tokens, and is at most this long.
MAX_TOKENS = 2
MAX_TOKEN_LINE = 32
#: A random id's length: a base-36 key of a picture or a block (round 38).
MIN_RANDOM_ID = 8
MAX_RANDOM_ID = 16
#: Letters, a run of digits, letters again (digits and letters may go on alternating).
RANDOM_ID = lazy_re(r"[a-z]+(?:[0-9]+[a-z]+)+[0-9]*")
LETTER_RUNS = lazy_re(r"[a-z]{3,}")
#: A letter run at a random id's edge shorter than this is a product prefix or suffix
#: (``rtx``, ``gtx``, ``xtx``: a brand's initials around its model number), no sign.
MIN_EDGE_RUN = 5
#: A line holding an empty value is a slot's label at most.
MAX_EMPTY_LINE = 24
#: A field's default value is a word or two.
MAX_DEFAULT_LINE = 16
#: A catalogue's absent value is a few words.
MAX_ABSENT_LINE = 48
#: Letters then digits: a block's or an ad slot's machine name.
MACHINE_TOKEN = lazy_re(r"([a-z]{3,12})[0-9]{1,4}")
#: An ad slot's id and its banner's size in pixels: ad9_210*60, top_728x90.
SLOT_SIZE = lazy_re(r"[a-z]{2,12}[0-9]{0,4}_[0-9]{2,4}[x*][0-9]{2,4}")
#: A developer's abbreviation: no vowel, or three consonants running.
NO_SYLLABLE = lazy_re(r"[^aeiouy]+|.*[^aeiouy]{3}.*")
#: What may open or close a slot's line: separators, brackets, a bullet.
EDGE = r"[\s,，、/|｜:：;；(（)）\[\]【】·•■◆\-—.。]*"
#: Unrendered placeholders of the common template languages.
PLACEHOLDER = r"\{\{[^{}\n]{1,40}\}\}|\$\{[^{}\n]{1,40}\}"
#: A label printed with a template tag is a section's name at most.
MAX_TAG_LABEL = 10
#: A line asked about its template tags is short: a label and its tags.
MAX_TAGGED_LINE = 120
#: A template language's own tag syntax (Empire CMS, a namespaced tag, a variable).
TEMPLATE_TAG = lazy_re(
    r"\[!--[A-Za-z0-9_.]{1,40}--\]"
    r"|\{/?[a-z]{2,10}:[^{}\n]{1,80}\}"
    r"|\{\$[A-Za-z_][^{}\n]{0,40}\}"
    rf"|{PLACEHOLDER}"
    r"|<!--[a-z]{2,20}-->|\[[a-z]{2,20}\]|\{[a-z]{2,20}\}"
)
#: An editor's marker's wrapper (module docstring): a comment, brackets, braces or hashes.
MARKER_WRAPPERS = lazy_re(r"^(?:<!--|[\[{#])\s*|\s*(?:-->|[\]}#])$")
#: Signs one of which a line with a template tag holds (a plain test first).
TAG_SIGNS = ("[!--", "{", "<!--", "[")
#: A label holds no clause mark and no space between words.
LABEL = lazy_re(r"[^\s,，。.!！?？;；:：、]{1,10}")
#: The substrings one of which a line with an empty value holds (a plain test first).
EMPTY_SIGNS = ("null", "NULL", "undefined", "NaN", "[object", "{{", "${")


@cache
def _empty_slot() -> regex.Pattern[str]:
    kinds = data_kinds("template_values.txt")
    empty = word_pattern(kinds["empty"])
    count, unit = word_pattern(kinds["count"]), word_pattern(kinds["unit"])
    # never inside a Latin word: nullify, NaNa, undefinedness
    value = rf"(?<![A-Za-z])(?:{empty})(?![A-Za-z])|{PLACEHOLDER}"
    return regex.compile(rf"{EDGE}(?:(?:{count})\s?)?(?:{value})(?:\s?(?:{unit}))?{EDGE}")


@cache
def _absent() -> regex.Pattern[str]:
    participle = word_pattern(data_kinds("template_values.txt")["absent"])
    return regex.compile(
        rf"[\[(（【]\s?no\s[a-z]+(?:\s[a-z]+)?\s(?:{participle})\s?[\])）】]"
        rf"|no\s[a-z]+\s(?:{participle})\.?",
        regex.IGNORECASE,
    )


def machine_tokens(line: str) -> bool:
    """One or two lower-case machine names alone on the line (``dadblk2 madblk2``)."""
    if len(line) > MAX_TOKEN_LINE or not line.isascii():
        return False
    tokens = line.split()
    if not 0 < len(tokens) <= MAX_TOKENS:
        return False
    for token in tokens:
        if SLOT_SIZE.fullmatch(token) is not None:
            continue  # ad9_210*60: a slot named with its banner's size
        found = MACHINE_TOKEN.fullmatch(token)
        if found is None or NO_SYLLABLE.fullmatch(found.group(1)) is None:
            return False
    return True


def random_id(line: str) -> bool:
    """A program's random key alone (``bautefsb1p``; module docstring, round 38)."""
    if not MIN_RANDOM_ID <= len(line) <= MAX_RANDOM_ID or not line.isascii():
        return False
    if RANDOM_ID.fullmatch(line) is None:
        return False
    return any(
        NO_SYLLABLE.fullmatch(run.group())
        for run in LETTER_RUNS.finditer(line)
        if len(run.group()) >= MIN_EDGE_RUN or 0 < run.start() < run.end() < len(line)
    )


@cache
def _untitled() -> frozenset[str]:
    return frozenset(word.lower() for word in data_kinds("template_values.txt")["untitled"])


def untitled(line: str) -> bool:
    """A publishing program's name for an item nobody named (``自动草稿``, round 38)."""
    return len(line) <= MAX_DEFAULT_LINE and line.lower() in _untitled()


def empty_slot(line: str) -> bool:
    """A page language's empty value alone or in a count slot (``,共null页``)."""
    if len(line) > MAX_EMPTY_LINE or not any(sign in line for sign in EMPTY_SIGNS):
        return False
    return _empty_slot().fullmatch(line) is not None


@cache
def _defaults() -> frozenset[str]:
    return frozenset(data_kinds("template_values.txt")["default"])


def default_value(line: str) -> bool:
    """A field's name alone as its own value (``text``, ``Lorem ipsum``): round 29."""
    if len(line) > MAX_DEFAULT_LINE or not line.isascii():
        return False
    if line[1:] != line[1:].lower():
        return False  # an acronym or a shout (TITLE IX, TEXT): not a template's default
    return line.lower() in _defaults()


def absent_value(line: str) -> bool:
    """A catalogue's statement of an empty field (``[No author identified]``)."""
    if len(line) > MAX_ABSENT_LINE or not line.isascii() or "o " not in line.lower():
        return False
    return _absent().fullmatch(line.strip()) is not None


def tagged_label(line: str) -> bool:
    """Template tags alone or with a short label (module docstring, round 31)."""
    if len(line) > MAX_TAGGED_LINE or not any(sign in line for sign in TAG_SIGNS):
        return False
    tags = TEMPLATE_TAG.findall(line)
    if not tags:
        return False
    if not all(_is_tag(tag) for tag in tags):
        return False
    rest = TEMPLATE_TAG.sub(" ", line).strip(" \t\u3000|｜·-—:：")
    return not rest or (len(rest) <= MAX_TAG_LABEL and LABEL.fullmatch(rest) is not None)


def _is_tag(tag: str) -> bool:
    """A bare word in brackets or a comment is a tag only when it is an editor's marker
    (``[page]``, ``<!--more-->``; a comment's marker in brackets, ``[more]``, is one too, as
    ``editor_marker`` reads it); the other forms are a template language's syntax."""
    if tag[0] == "<" or (tag[0] in "[{" and tag[1:2].isalpha() and ":" not in tag):
        return editor_marker(tag)
    return True


def editor_marker(text: str) -> bool:
    """Whether ``text`` is an editor's marker of ``data/cms_markers.txt``, in any case:
    listed as it stands, or once its wrapper (``<!-- -->``, ``[]``, ``{}``, ``##``) is
    taken off, listed bare or as a comment (``furniture_leaks`` asks of a line).

    >>> editor_marker("<!--more-->"), editor_marker("[ PAGEBREAK ]"), editor_marker("[more]")
    (True, True, True)
    >>> editor_marker("more"), editor_marker("[title]")
    (False, False)
    """
    word = text.strip().lower()
    markers = cms_markers()
    if word in markers:
        return True
    bare = MARKER_WRAPPERS.sub("", word)
    return bare != word and (bare in markers or f"<!--{bare}-->" in markers)


@cache
def cms_markers() -> frozenset[str]:
    """An editor's markers of ``data/cms_markers.txt``, lower case (``furniture_leaks``
    reads them too)."""
    return frozenset(fields[0].lower() for fields in data_lines("cms_markers.txt"))


#: A machine id line holds at least this many digits: more than a bank card's 19.
MIN_MACHINE_ID = 20


def machine_id(line: str) -> bool:
    """Whether ``line`` is ASCII digits alone, ``MIN_MACHINE_ID`` or more (a CMS's key)."""
    return len(line) >= MIN_MACHINE_ID and line.isascii() and line.isdigit()


def template_leftover(line: str) -> bool:
    """Whether ``line`` is what a template printed for a slot with no value."""
    line = line.strip()
    if not line:
        return False
    return (
        machine_tokens(line)
        or empty_slot(line)
        or absent_value(line)
        or default_value(line)
        or tagged_label(line)
        or machine_id(line)
        or random_id(line)
        or untitled(line)
    )
