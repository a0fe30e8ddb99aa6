"""A picture story's photographer credit closing its last paragraph (round 43).

**Model (the picture story, 图说新闻).**  A county or school site prints a *picture story*:
the photographs, then the story's text, and after the text's last full stop, glued to it in
brackets, who took the pictures: a reporter's or correspondent's role, the name and the
camera word (``…按时脱贫。(通讯员 李玉香 摄)``, weiningrm.org.cn; ``…门儿都没有!(通讯员
张国财 摄)``, old.ltn.com.tw).  A caption prints the same credit after *one* picture's
sentence (``…在景区游览。（记者 张三 摄）``); the picture story's credit closes its *text*:
the article's last line, after two sentences or more and a paragraph's length
(``MIN_STORY_CHARS``: the bracketed reporters' credits the captions of 3,145 pages carry
follow 22 to 42 characters of description, ``花莲县政府视讯报告时，是由副县长颜新章代替。
（记者陆运锋摄）``; a two-sentence caption closing a mashed page's last line is one of
them).  Two readings follow, and both read this one test so they agree:

- ``caption_cues.caption_cue_at``: such a line, the article's last, is body, not a caption;
- ``credits.closing_credit``: its credit names the story's writer (the photographer signs
  the picture story), as a reporter's closing credit does (``…(记者 崔虹)``).

The evidence generalises because it is the credit's grammar (a role word from
``credits.ROLE``, names, the camera word 摄/攝 closing the bracket) and the text's shape
(sentences before it), not any site's wording.  A caption set before or among the
paragraphs (``台北地检署认为…签结。（记者吴升儒摄）`` over the text) is never the article's
last line and stays a caption; a one-sentence line closing the page stays one too.
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

__all__ = ["picture_story_credit"]

#: The photographer's bracket closing the line: a role, a name or two, the camera word.
STORY_CREDIT = lazy_regex(
    r"[(（]\s{0,2}(?:本报|本報|特约|特約|见习|見習|实习|實習|全媒体|全媒體|融媒体|融媒體)?"
    r"(?:记者|記者|通讯员|通訊員)[ \u3000]{0,2}\p{Han}{2,4}"
    r"(?:[ \u3000、]{1,2}\p{Han}{2,4}){0,2}[ \u3000]{0,2}(?:摄|攝)\s{0,2}[)）]。?$"
)
#: A sentence's closing mark in the text before the credit.
SENTENCE_END = lazy_regex(r"[。！？!?]")
#: The picture story's text holds this many sentences at least before its credit.
MIN_SENTENCES = 2
#: The picture story's text runs this many characters at least before its credit.
MIN_STORY_CHARS = 60
#: Only the line's last characters are searched for the credit.
CREDIT_REACH = 24


def picture_story_credit(text: str) -> bool:
    """Whether ``text`` ends with a photographer's bracketed credit after two sentences or
    more (module docstring); the caller knows it is the article's last line.

    >>> story = "看准中国劳力成本比台湾低,争先恐后到中国设厂投资,会增加还是会减少工人的失业率?"
    >>> story += "台湾的劳工朋友想登陆中国当外劳的机会可是宋大娘的厕所─门儿都没有!"
    >>> picture_story_credit(story + "(通讯员 张国财 摄)")
    True
    >>> picture_story_credit("7月1日，游客在景区游览。（记者 张三 摄）")
    False
    """
    line = text.rstrip()
    found = STORY_CREDIT.search(line, max(0, len(line) - CREDIT_REACH))
    if found is None or found.start() < MIN_STORY_CHARS:
        return False
    return len(SENTENCE_END.findall(line, 0, found.start())) >= MIN_SENTENCES
