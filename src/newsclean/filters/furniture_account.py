"""A sign-in box: the site's account form printed as lines of the page.

Model (round 42b; ``furniture_leaks.leak_reason`` asks ``account_line``, so
``navigation`` removes the line anywhere on the page).  A theme or a portal prints its
login box with the page, a modal's strings one a line when the markup is stripped (tagDiv's
Newspaper theme: ``Login`` / ``Welcome! Login in to your account`` / ``Remember me Lost your
password?`` / ``Lost Password``; a portal's sign-in panel: ``账号+密码登录`` / ``还没有账号?``).
Its words are few and of few parts of speech (``data/account_form_words.txt``): the act of
signing in or up, a credential or the account, the reader's standing towards it (no account
yet, a lost or remembered password), a greeting or an urging word, and joining words.  A
line is such a box's when it is *covered whole* by those words (spaces, ``+``, ``/``, ``|``
and the marks ``!?,.:`` aside; an English word ends at a non-letter) and says one of:

* the *act* itself (``Login``, ``账号+密码登录``, ``Welcome! Login in to your account``);
* a *credential* with the reader's standing or a greeting (``Lost Password``, ``还没有账号?``,
  ``Remember me Lost your password?``).

A bare credential noun (``密码``, ``Password``: a heading of a story about passwords) and a
standing alone (``Remember me``) say no box; a sentence with one word of its own stays
(``用户忘记密码后无法登录银行账户。``: 用户, 后, 无法, 银行 are no box's words), as does a line
with a sentence's stop (``。``: the box prints no full stop in Chinese).
"""

from __future__ import annotations

from newsclean.filters.word_cover import covering_kind, short_candidate

#: A sign-in box's line is short: a greeting and a link at most.
MAX_ACCOUNT_LINE = 48
SKIPPED = frozenset(" \u3000\t+/|!?,.:！？，：")


WORDS = "account_form_words.txt"


def account_line(line: str) -> bool:
    """Whether ``line`` is a sign-in box's line (module docstring).

    >>> account_line("Welcome! Login in to your account")
    True
    >>> account_line("还没有账号?")
    True
    >>> account_line("Password")
    False
    >>> account_line("用户忘记密码后无法登录银行账户。")
    False
    """
    text = short_candidate(line, WORDS, MAX_ACCOUNT_LINE)
    if text is None:
        return False  # most lines: the first character opens no box word
    found = covering_kind(text, WORDS, SKIPPED)  # each word of the table has one kind
    if not found:
        return False
    if "act" in found:
        return True  # Login, 账号+密码登录: the act of signing in or up
    return "cred" in found and ("state" in found or "greet" in found)
