"""A site's name and its mirror addresses printed as a line: masthead furniture.

Model (``furniture_leaks.leak_reason`` asks it, so ``navigation`` removes the line
anywhere).  A site that is blocked in places prints, over or under every text, its name
and the domains of its mirrors, each in brackets, perhaps between decorating symbols:
``◇◇新语丝(www.xys.org)(xys5.dxiong.com)(www.xinyusi.info)◇◇``.  The line is a short
name (at most ``MAX_NAME`` characters, no sentence mark, no bracket) followed by at least
``MIN_MIRRORS`` bracketed domains and nothing else; decoration (symbols, spaces) around
it is no part of it.  A sentence that cites a site's address names one (``详见新华网
(www.news.cn)``) or says something between the addresses (``新华网(www.news.cn)和人民网
(www.people.com.cn)报道``), and stays.

>>> mirror_line("◇◇新语丝(www.xys.org)(xys5.dxiong.com)(www.xinyusi.info)(xys2.dropin.org)◇◇")
True
>>> mirror_line("详见新华网(www.news.cn)")
False
>>> mirror_line("新华网(www.news.cn)和人民网(www.people.com.cn)")
False
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

#: A site's name before its mirrors: a few words.
MAX_NAME = 12
#: At least this many bracketed domains: one is a citation.
MIN_MIRRORS = 2
MAX_MIRROR_LINE = 200
DECORATION = lazy_regex(r"^[\p{So}\p{Sm}\s※*＊•·●■◆◇]+|[\p{So}\p{Sm}\s※*＊•·●■◆◇]+$")
#: A host name (case-insensitive where used): also ``navigation``'s bare-domain line.
HOST_NAME = r"(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12}"
DOMAIN = rf"(?:https?://)?{HOST_NAME}/?"
#: A web address: an optional scheme, a host name, an optional path (``PAGE_ADDRESS``: a
#: path required, a page rather than a site); ``furniture_calls`` and ``notice_reprint``.
MAX_PATH = 320
WEB_ADDRESS = rf"(?:https?://)?{HOST_NAME}(?:[/?#:][!-~]{{0,{MAX_PATH}}})?"
PAGE_ADDRESS = rf"(?:https?://)?{HOST_NAME}[/?][!-~]{{1,{MAX_PATH}}}"
MIRRORS = lazy_regex(
    rf"(?i)(?P<name>[^()（）。，,；;！？!?\s]{{1,{MAX_NAME}}})"
    rf"(?:\s?[(（]{DOMAIN}[)）]){{{MIN_MIRRORS},12}}"
)


def mirror_line(line: str) -> bool:
    """Whether ``line`` is a site's name and its bracketed mirror domains alone."""
    if len(line) > MAX_MIRROR_LINE or "." not in line or ("(" not in line and "（" not in line):
        return False  # most lines: no bracket or no dot
    return MIRRORS.fullmatch(DECORATION.sub("", line)) is not None
