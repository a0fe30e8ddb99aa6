"""A writer's credit printed after the headline on the headline's own line (round 35).

**Model.**  Some pages set the writer on the headline's line, after a gap of spaces or in
a bracket glued to it (``海沧市民节:幸福海沧 市民同享 文:李晓辉``, ``…市民同享(文/高德光)``):
the headline's text ends where the credit begins.  The credit is a labelled field of the
byline grammar (``byline.parse_labelled``: 文, 作者, 撰文, 记者 and their forms in
``data/metadata_labels.txt``) whose only field is the author and whose value is a
person's name (``byline_pieces.is_person_name``); it is the line's last piece, and the
headline before it keeps two Han characters at least.  The headline is the part before
it, the name is the author.  Anything else after the gap (a second phrase of the
headline, ``市民同享 乐在海沧``; an outlet, ``来源:新华网``; an editor) is no writer's
credit and the line stays as printed.
"""

from __future__ import annotations

from newsclean.filters.byline import parse_labelled
from newsclean.filters.byline_pieces import is_person_name
from newsclean.filters.charmodel import HAN
from newsclean.filters.lazy_pattern import lazy_regex

#: The credit after the headline: in a bracket closing the line, or after a gap of spaces.
BRACKET_TAIL = lazy_regex(r"[(（【\[][^()（）【】\[\]]{3,12}[)）】\]]$")
SPACED_TAIL = lazy_regex(r"[ \t\u3000]{1,6}([^ \t\u3000]{3,12})$")
#: The headline before the credit keeps this many Han characters at least.
MIN_HEADLINE_HAN = 2


def headline_and_writer(text: str) -> tuple[str, str] | None:
    """The headline and the writer of a headline line ending in the writer's credit, or
    None (module docstring).

    >>> headline_and_writer("海沧市民节:幸福海沧 市民同享 文:李晓辉")
    ('海沧市民节:幸福海沧 市民同享', '李晓辉')
    >>> headline_and_writer("幸福海沧 市民同享(文/高德光)")
    ('幸福海沧 市民同享', '高德光')
    >>> headline_and_writer("幸福海沧 市民同享"), headline_and_writer("幸福海沧 来源:新华网")
    (None, None)
    """
    found = BRACKET_TAIL.search(text) or SPACED_TAIL.search(text)
    if found is None:
        return None
    headline = text[: found.start()].rstrip()
    if len(HAN.findall(headline)) < MIN_HEADLINE_HAN:
        return None
    parsed = parse_labelled(found[found.lastindex or 0])
    if parsed is None or set(parsed.fields) != {"author"}:
        return None
    writer = parsed.fields["author"]
    return (headline, writer) if is_person_name(writer) else None
