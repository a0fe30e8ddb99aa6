"""A reporter's bracketed credit closing a caption (round 14, the wording half of the
model in ``captions``' docstring): an outlet's reporter and the photographer's name in
the bracket that closes a short description whose full stop was dropped
(``华侨新村入口(南海网记者 骆云飞)``, ``…绒布冰川(无人机照片)(南海網記者 駱雲飛)``), no
credit word (摄, 供图) needed.

Model.  credit := ``(`` outlet? role space? name (separator name){0,2} ``)`` closing the
line, the role one of ``credits.ROLE`` (记者, 通讯员, 实习生…, 本报/特约… before it), the
outlet a few Han characters (南海网, 新华社), each name two to four Han characters.  The
bracket credits a *picture* when the text before it is a caption's, not a paragraph's
or a dateline's:

* the description is caption-sized (``MAX_DESCRIPTION`` characters, ``MIN_HAN`` Han
  characters at least) and does not close a sentence or a clause right before the
  bracket: an article's closing credit follows its last sentence's full stop
  (``…城市内涝。(记者 崔虹)``: ``credits.closing_credit``), a caption's stop is dropped
  before its credit;
* the description is no dateline (``本报讯(记者 张三)``, ``…2月3日电(记者 海涵)``:
  ``credit_implied.DATELINE_END``), and a bracket opening the line is no caption's
  (``(记者 张三)`` alone is a byline);
* a credit inside the line (``中评社北京2月3日电(记者 海涵)由…``) does not close it.

The cue is a ``WIRE`` cue: closing the article's last line the same bracket is the
article's credit, not a picture's (``structure`` drops a wire cue there).
"""

from __future__ import annotations

from newsclean.filters.caption_brackets import WIRE
from newsclean.filters.charmodel import HAN
from newsclean.filters.credit_implied import DATELINE_END
from newsclean.filters.lazy_pattern import lazy_regex

#: The bracket closing the line: outlet? role space? names.
REPORTER_BRACKET = lazy_regex(
    r"[(（][\s\u3000]?(?P<outlet>\p{Han}{0,6}?)"
    r"(?:本报|本報|本台|本网|本網|特约|特約|特派|实习|實習|见习|見習|首席|驻站|駐站)?"
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|特派员|特派員|摄影记者|攝影記者)"
    r"[\s\u3000]?(?P<names>\p{Han}{2,4}(?:[\s\u3000、]\p{Han}{2,4}){0,2})"
    r"[\s\u3000]?[)）]$"
)
#: The bracket sits in the last characters of the line.
BRACKET_REACH = 32
#: A caption's description: a sentence or two, a few Han characters at least.
MAX_DESCRIPTION = 120
MIN_HAN = 4
#: A description closed by these before the bracket is a paragraph's sentence or clause.
CLOSED = ("。", "！", "？", "!", "?", "；", ";", "，", ",", "：", ":", "…", "”", "」")


def reporter_credit_caption(line: str) -> str | None:
    """The ``WIRE`` cue of a reporter's bracket closing a caption line, or None.

    >>> reporter_credit_caption("华侨新村入口(南海网记者 骆云飞)")
    'wire credit at the end: a reporter in the bracket (南海网记者 骆云飞)'
    >>> reporter_credit_caption("提醒政府及相关部门做好防暴雨工作。(记者 崔虹)") is None
    True
    """
    if not line.endswith((")", "）")):
        return None
    tail_at = max(0, len(line) - BRACKET_REACH)
    match = REPORTER_BRACKET.search(line, tail_at)
    if match is None:
        return None
    head = line[: match.start()].rstrip()
    if (
        len(head) > MAX_DESCRIPTION
        or head.endswith(CLOSED)
        or DATELINE_END.search(head) is not None
        or len(HAN.findall(head)) < MIN_HAN
    ):
        return None
    return f"{WIRE}a reporter in the bracket ({match.group(0)[1:-1].strip()})"
