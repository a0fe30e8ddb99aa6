"""A template's placeholder left in a byline field: the field's key printed, not its value.

**Model (grammar of template variables, round 20).**  A CMS fills a byline field from a
template variable; when the record has no value, some templates print the variable itself
instead (``編輯:[db:作者]``, ``作者:{author}``, ``编辑:$editor``, ``来源:%SOURCE%``,
``作者:作者名``).  Whatever the CMS, the printed value has the variable's grammar:

- a *key*: an ASCII identifier (``author``, ``writer_name``, ``EDITOR``) or a byline
  *label word* of the label table (``labels.label_table``: 作者, 编辑, 來源, Author; two
  Han characters or four letters at least: 于, by are connectives), the label perhaps
  with a word for "name" after it (``作者名``, ``编辑姓名``);
- before the key, optionally, *namespaces*: ASCII identifiers each followed by a colon or
  a dot (``db:``, ``field.``, ``dede:field.``);
- around it, optionally, a template's *delimiters*: ``{ }``, ``{{ }}``, ``[ ]``, ``< >``,
  ``% %``, ``# #``, a leading ``$``, a closing ``/`` (``{dede:field.writer/}``).

A value is a placeholder when it is a label word (with its name word) alone, or a label
word under a namespace, or, with a delimiter or a namespace printed, an ASCII identifier
in one case (``author``, ``EDITOR``, ``writer_name``: a variable's spelling).  A
person's or an outlet's name is none of these: a Han name is no label word, an English
name is capitalised (``Reuters``, ``John Smith``), an initial's dot is no namespace
(``J.K``: upper case before the dot); a value with any other character (a space, a Han
character beside ASCII) stays a value.  Round 25: a host name (``jrntv.com``: dotted
labels closed by a top-level label of two or three letters, no delimiter) is no namespaced
variable: it names the site the text came from (``來源: jrntv.com``), the field's value.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.filters.labels import label_table
from newsclean.filters.lazy_pattern import lazy_regex
from newsclean.filters.provenance import is_host

#: The value is short: a variable's name.
MAX_PLACEHOLDER = 40
#: Template delimiters around a variable (opening and closing are stripped alike).
DELIMITERS = "{}[]<>%#$/ "
#: Namespaces before the key: lower-case ASCII identifiers, each closed by ``:`` or ``.``.
NAMESPACES = lazy_regex(r"^(?:[a-z_][a-z0-9_]{0,15}[:.])+")
#: A variable's spelling: one case, letters, digits, underscores.
IDENTIFIER = lazy_regex(r"^(?:[a-z_][a-z0-9_]{0,31}|[A-Z_][A-Z0-9_]{0,31})$")
#: A host's top-level label: two or three letters (com, cn, tw); a variable's key is longer.
MAX_TOP_LEVEL = 3
#: A word for "name" after a label word: 作者名, 编辑姓名.
NAME_WORD = lazy_regex(r"(?:姓名|名字|名称|名稱|名|name)$", regex.IGNORECASE)


@cache
def _label_words() -> frozenset[str]:
    return frozenset(label.lower() for label in label_table())


def _is_label_word(key: str) -> bool:
    if len(key) < (4 if key.isascii() else 2):
        return False  # 于, on, by: a connective, not a field's key
    key = key.lower()
    if key in _label_words():
        return True
    bare = NAME_WORD.sub("", key)
    return bare != key and bare in _label_words()


def is_placeholder(value: str) -> bool:
    """Whether ``value`` is a template variable printed in place of a field's value
    (module docstring).

    >>> is_placeholder("db:作者"), is_placeholder("{author}"), is_placeholder("作者名")
    (True, True, True)
    >>> is_placeholder("王小明"), is_placeholder("Reuters"), is_placeholder("J.K")
    (False, False, False)
    >>> is_placeholder("field.writer"), is_placeholder("jrntv.com")
    (True, False)
    """
    if not value or len(value) > MAX_PLACEHOLDER:
        return False
    key = value.strip(DELIMITERS)
    delimited = key != value.strip()
    namespaces = NAMESPACES.match(key)
    if namespaces:
        key = key[namespaces.end() :]
    if not key:
        return False
    if namespaces and not delimited and len(key) <= MAX_TOP_LEVEL and is_host(value.lower()):
        return False  # 來源: jrntv.com: a host name, the site's address, no variable
    if _is_label_word(key):
        return True
    return (delimited or namespaces is not None) and IDENTIFIER.match(key) is not None
