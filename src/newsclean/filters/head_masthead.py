"""A masthead's row and a theme's icon row: the pieces of a record that name no event
(round 28; read by ``head_record``'s record line).

A paper's front page, and a blog's copy of it, prints
its record as one row: the date, the lunar date, the publication permit and the cover
price (``2025年9月24日 I 甲辰年二月廿六 I PP6264/08/2013(032549)西马:RM2.50``, a capital I
between spaces standing for a bar); a wiki or blog theme prints its record with an icon
glyph before each item (``✍ 刘懿德 ◷ 2019-09-20 #南洋商报``: a writing hand before the
poster, a clock before the date, the article's tag after #).  Each such piece records
the issue, none names an event: a lunar date, a weekday, a permit or registration number
(letters then digits with slashes), a price (a currency and an amount, perhaps after the
region's name and a colon), an icon glyph (a character of Unicode's symbol category So), a hashtag
(``MASTHEAD_PIECE``) is a record's piece, no field, wherever the row stands.  So the row
is the record, never a headline (``title.is_title_shaped`` asks ``head_record.is_record_row``): a
headline glues its words to the date (``2025年8月28日 李家超视察支援中心`` is prose).
"""

from __future__ import annotations

from newsclean.filters.lazy_pattern import lazy_regex

#: A masthead's pieces (round 28, module docstring): a lunar date, a weekday, a permit or
#: registration number, a cover price (with its region), an icon glyph, a hashtag.
LUNAR_DATE = (
    r"(?:农历|農曆)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:闰|閏)?"
    r"[正一二三四五六七八九十冬腊臘]{1,2}月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十|卅)?"
)
WEEKDAY = r"[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?"
PERMIT = r"[A-Z]{1,4}\s?\d{2,}(?:[/\-]\d{1,4}){1,3}(?:[(（]\d{3,}[)）])?"
PRICE = r"(?:\p{Han}{1,4}[:：]\s?)?(?:RM|S\$|NT\$|HK\$|US\$|MOP|\$)\s?\d{1,3}(?:\.\d{1,2})?"
ICON = r"\p{So}"
HASHTAG = r"#[^\s#]{1,12}"
ICON_PIECE = lazy_regex(ICON)
#: A user's handle, printed after the icon that labels the poster (``✍ dations``).
HANDLE = lazy_regex(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
MASTHEAD_PIECE = lazy_regex(rf"(?:{LUNAR_DATE}|{WEEKDAY}|{PERMIT}|{PRICE}|{ICON}|{HASHTAG})++")
#: A capital I between spaces is a bar printed as a letter (an OCR'd masthead row).
LETTER_BAR = lazy_regex(r"(?<=\s)I(?=\s)")
