"""A media name: a site's, a paper's, a broadcaster's or a wire's name, alone.

Model: a name is known (``data/site_names.txt``: 大纪元, 香港01, ETtoday) or ends in a
media word (新华网, 某某日报, 中央电视台, 中央通讯社), or is a news agency's three letters
ending in 社 (中新社); and it is short, as the tail a site prints after a headline is.
A leaf module (round 37 mend: moved out of ``title``, which re-exports it) so that the
masthead's edition title (``furniture_masthead``) can ask it without an import cycle.
"""

from __future__ import annotations

from functools import cache

import regex

from newsclean.data import data_lines
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex

__all__ = ["MAX_SITE_NAME", "MEDIA_ENDING", "NEWS_AGENCY", "is_site_name", "site_names"]

#: A site's name is at most this long (``title.MAX_SUFFIX_SEGMENT``, a headline's tail).
MAX_SITE_NAME = 14
# A media name's ending: 新华网, 联合新闻网, 明报, 某某日报, 中央电视台, 中央通讯社.
MEDIA_ENDING = lazy_regex(
    r"(?:网|網|新闻|新聞|日报|日報|时报|時報|晚报|晚報|早报|早報|晨报|晨報|商报|商報|周报|週報"
    r"|导报|導報|电子报|電子報|传媒|傳媒|周刊|週刊|杂志|雜誌"
    r"|电视台|電視台|电台|電台|通讯社|通訊社|新闻社|新聞社|[A-Za-z]\.(?:com|cn|net|tw|hk|mo))$",
    regex.IGNORECASE,
)
# A news agency's three-character name: 中新社, 中评社, 美联社, 路透社, 法新社 (no other
# organisation ending in 社 is printed as a byline's or a title's source but 出版社).
NEWS_AGENCY = lazy_re(f"^(?!出版|合作|旅行|杂志|雜誌)[{HAN_SCRIPT}]{{2}}社$")


@cache
def site_names() -> frozenset[str]:
    """Known site names without a media ending (``data/site_names.txt``), lower-cased."""
    return frozenset(row[0].lower() for row in data_lines("site_names.txt"))


def is_site_name(text: str) -> bool:
    """新华网, 大纪元, 香港01, ETtoday: a known name or a short name with a media ending."""
    name = text.strip()
    if not name or len(name) > MAX_SITE_NAME:
        return False
    return (
        name.lower() in site_names()
        or MEDIA_ENDING.search(name) is not None
        or NEWS_AGENCY.match(name) is not None
    )
