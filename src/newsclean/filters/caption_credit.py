"""A photo credit closing a caption line bare, outside brackets (split from ``captions``
in round 35, whose ``caption_cue`` asks these after the bracketed credits):

* a *credit word* after a short name (``bare_credit``): ``… 新华社记者 陈晔华摄``,
  ``王小明／记者摄``, ``通讯员供图``: the name before the word runs back to the nearest
  separator, or to the reporter's role when the caption's stop was dropped
  (``…露出疲態中央社記者郭日曉攝``); the whole line may be the credit (``记者张三摄``), and
  a short line naming the picture ends with a noun credit (``网友发布的视频截图``).
  拍摄 at the end of a sentence is a verb, not a credit;
  Round 39: the outlet may be glued before the photographer's name, the caption's stop
  and every space dropped (``前東旺坪村呂梁日報社劉亮亮攝``, a Shanxi papers' union's
  gallery): after 社 (报社, 日报社, 通讯社) a person's name of two to four letters
  (``credit_names.person_name``) right before the credit word signs it;
* a *credit label with a name* closing the line (``label_credit``: ``摄:Imagine China``,
  ``图片来源：受访者``);
* round 36: a credit a person signs (``signed_credit``): the photographer's credit word
  (摄, 摄影) or a photo story's (摄影报道) right after a person's name or a reporter's role,
  the nearest separator before it (``新華每日電訊記者 趙東輝 攝``, ``胡俊英 饒官榮 攝影報道``).
  ``captions.caption_cue`` reads a line closed by the caption's stop after such a credit
  (``…避暑。新華每日電訊記者 趙東輝 攝。``) without the stop, as it reads a lost letter's
  ``?``; a sentence ending in a verb (拍摄。) or a noun credit (…的资料图。) stays what it
  was.  A photo story's credit ends in 报道, the report noun any sentence or heading may end
  with (``先后参与过多次战地摄影报道``, ``第二部分 重大灾害中的摄影报道``), so it credits
  only so signed, bare or before the stop (round 36 mend);
* round 36 (second wave): a *reporter's picture* (``reporter_picture``): a picture's noun
  (kind ``picture``: 照片, 图片) closing the line right after a reporter's role and name
  (``司长张裕中新社记者彭大伟照片``: a family name and one or two letters,
  ``credit_names.person_name``); without the role and the name the noun is a sentence's
  object (``他翻出一张老照片``, ``记者看到这些照片``) and stays;
* a *social-media page* named after the caption's sentence (``social_page``:
  ``檢獲的證物。司警教室FB``).
* round 39 (second wave): a *provider after a slash* (``slash_provider``): a short
  description, a slash, and who provided the picture, a name of two to fourteen Han
  letters closed by 提供 or 供图 (``華僑新村入口/嘉義縣府提供``): the slash parts the credit
  from the caption as a space or a bracket would, where ``图/`` has been left out.  A
  sentence saying who provided something names the giver with 由 (``资料由学校提供``) or
  goes on after it, and a description holds no sentence inside it.
* a *credit alone* on its line (``credit_alone``, round 38, moved here from ``head_site``
  in round 43): a short name and its credit word, perhaps in brackets
  (``(香港某某社记者某某摄)``, ``本报记者杨远高通讯员杨绪伟摄``): it names who took the
  picture, not what it shows (``caption_layout.caption_run`` reads the line glued over
  it as the picture's description).  Round 44: the photo desks' other credits stand alone
  the same way (``whole_credit``): a bracket that is the whole line and credits a picture by
  the bracket grammar (``caption_brackets.bracket_credit``: ``(视觉中国)``, ``（圖／張三提供）``,
  ``（中央社記者張三攝 114年3月30日）``, ``(网络图片)``), a release word and its bracketed
  photographer (Xinhua's ``新华社发(张三 摄)``, ``data/caption_cues.txt``: 社发), and a
  credit label with its source (``图片来源:网络``).  A wire's name alone in a bracket
  (``（新华社）``) is not among them: under the article's last paragraph it is the
  story's source tag (``data/caption_agencies.txt``), not a picture's credit.

The credit words are kind ``credit`` of ``data/caption_cues.txt``.
"""

from __future__ import annotations

from newsclean.filters.caption_brackets import WIRE, bracket_credit, caption_cues
from newsclean.filters.credit_names import person_name
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex
from newsclean.filters.marks import SENTENCE_STOP

#: A name before a bare credit is short: 新华社记者 陈晔华摄, 通讯员供图.
MAX_CREDIT_NAME = 12
# A credit label with a name after it, closing the line: 摄:Imagine China, 图片来源：新华社.
CREDIT_LABEL = lazy_regex(
    r"(?:(?:^|[\s\u3000。！？!?”」])(?:摄|攝|图片|圖片|图|圖)"
    r"|摄影师|攝影師|摄影|攝影|图片来源|圖片來源|图源|圖源)"
    r"\s*[:：/／]\s*[^\s\u3000。，,！？]{1,20}(?:\s[^\s\u3000。，,！？]{1,20}){0,3}$"
)
CREDIT_LABEL_WORD = lazy_re(r"[摄攝图圖]")
#: A credit label and its name sit in the last characters of the line.
CREDIT_LABEL_REACH = 48
# A social-media page named after the caption's sentence: 檢獲的證物。司警教室FB.
SOCIAL_PAGE = lazy_regex(
    r"[。！？!?][\s\u3000]*[^\s\u3000。！？!?，,]{1,14}"
    r"(?:fb|facebook|臉書|脸书|ig|instagram|微博|youtube|twitter|推特)$"
)
SOCIAL_ENDS = (
    "fb",
    "facebook",
    "臉書",
    "脸书",
    "ig",
    "instagram",
    "微博",
    "youtube",
    "twitter",
    "推特",
)
SOCIAL_REACH = 32
SOCIAL_LAST = frozenset("bBkKmMgGrReE書书博特")
# What may stand before a bare credit: a separator, then a short name.
CREDIT_SEPARATOR = lazy_regex(r"[\s\u3000。！？!?，,；;：:/／|｜)）”」]")
ROLE_BEFORE_CREDIT = lazy_regex(r"记者|記者|通讯员|通訊員|社")
ROLE_IN_NAME = lazy_regex(r"记者|記者|通讯员|通訊員")
#: An outlet (报社, 日報社, 通讯社) glued before the photographer's name (round 39).
OUTLET_SIGNER = lazy_regex(r"社\s?(\p{Han}{1,2}\s?\p{Han}{1,2})$")
VERB_NOT_CREDIT = ("拍摄", "拍攝", "航拍摄")
# Credits that name the picture itself, so a short line ending with one is a caption.
NOUN_CREDITS = frozenset(
    ("截图", "截圖", "资料图", "資料圖", "资料照", "資料照", "示意图", "示意圖", "供图", "供圖")
)
MAX_NAMED_PICTURE = 24


def bare_credit(line: str) -> str | None:
    """The credit word closing ``line`` after a short name, if any; a photo story's
    (摄影报道) only when a person signs it (``signed_credit``)."""
    if line.endswith(VERB_NOT_CREDIT):
        return None
    for credit in caption_cues()["credit"]:
        if not line.endswith(credit):
            continue
        if credit.endswith(REPORT_NOUNS) and not _signed(line, credit):
            return None  # 参与过多次战地摄影报道, 重大灾害中的摄影报道: the noun
        head = line[: -len(credit)]
        # The name before the credit runs back to the nearest separator, or to the
        # reporter's role when the caption's stop was dropped: …露出疲態中央社記者郭日曉攝.
        name = head[-MAX_CREDIT_NAME - 1 :]
        if CREDIT_SEPARATOR.search(name) or ROLE_IN_NAME.search(name):
            return credit
        if len(head) <= MAX_CREDIT_NAME and (not head or ROLE_BEFORE_CREDIT.search(head)):
            return credit  # the whole line is a credit: 记者张三摄
        if credit in NOUN_CREDITS and len(line) <= MAX_NAMED_PICTURE:
            return credit  # a short line naming the picture: 网友发布的视频截图
        if credit in PERSON_CREDITS and _outlet_signed(head):
            return credit  # …前東旺坪村呂梁日報社劉亮亮攝 (round 39)
        return None
    return None


#: The photographer's credit words (``signed_credit``): a person's act, signed by a person.
PERSON_CREDITS = ("摄", "攝", "摄影", "攝影")
#: A photo story's credit ends in the report noun a sentence or a heading may end with.
REPORT_NOUNS = ("报道", "報道", "报导", "報導")
# What sets the signer's name off from the words before it: a space, a mark, a bracket.
SIGNER_SEPARATOR = lazy_regex(r"[\s\u3000、。！？!?，,；;：:/／|｜)）”」]")


def signed_credit(line: str) -> str | None:
    """The photographer's credit word closing ``line`` (no stop after it) when a person
    signs it: the word just before it, after the nearest separator, is a person's name or
    holds a reporter's role (module docstring), else None.

    >>> signed_credit("市民采摘山楂。新华每日电讯记者 赵东辉 摄"), signed_credit("记者张三摄影报道")
    ('摄', '摄影报道')
    >>> signed_credit("胡俊英 饶官荣 摄影报道"), signed_credit("先后参与过多次战地摄影报道")
    ('摄影报道', None)
    """
    credit = bare_credit(line)
    if credit is None or not (credit in PERSON_CREDITS or credit.endswith(REPORT_NOUNS)):
        return None
    return credit if _signed(line, credit) else None


def _signed(line: str, credit: str) -> bool:
    """A person's name, or a reporter's role, just before ``credit`` closing ``line``."""
    signer = SIGNER_SEPARATOR.split(line[: -len(credit)].rstrip())[-1]
    return person_name(signer) or ROLE_IN_NAME.search(signer) is not None


def _outlet_signed(head: str) -> bool:
    """A person's name right after an outlet's 社 closing ``head`` (round 39).

    >>> _outlet_signed("前東旺坪村呂梁日報社劉亮亮"), _outlet_signed("村里成立了合作社")
    (True, False)
    """
    found = OUTLET_SIGNER.search(head[-8:])
    return found is not None and person_name(found.group(1))


def label_credit(line: str) -> bool:
    """A credit label and its name closing ``line`` (module docstring)."""
    tail = line[-CREDIT_LABEL_REACH:]
    return bool(CREDIT_LABEL_WORD.search(tail) and CREDIT_LABEL.search(tail))


def social_page(line: str) -> bool:
    """A social-media page named after the caption's sentence, closing ``line``."""
    if line[-1] not in SOCIAL_LAST:
        return False
    lowered = line[-SOCIAL_REACH:].lower()
    return bool(lowered.endswith(SOCIAL_ENDS) and SOCIAL_PAGE.search(lowered))


#: A reporter's role and a name of two to four Han letters right before a picture's noun.
REPORTER_NAME = lazy_regex(r"(?:记者|記者|通讯员|通訊員)\s?(\p{Han}{2,4})\s?$")


def reporter_picture(line: str) -> str | None:
    """The picture's noun closing ``line`` after a reporter's role and name (module
    docstring, round 36), else None.

    >>> reporter_picture("司长张裕中新社记者彭大伟照片"), reporter_picture("他翻出一张老照片")
    ('照片', None)
    """
    for noun in caption_cues().get("picture", ()):
        if line.endswith(noun) and (found := REPORTER_NAME.search(line[: -len(noun)])):
            return noun if person_name(found.group(1)) else None
    return None


#: A provider after a slash: a short description, a slash, a name and 提供 (round 39).
SLASH_PROVIDER = lazy_regex(
    r"^(?P<text>[^/／]{4,40})[/／](?P<who>\p{Han}{2,14})(?:提供|供图|供圖|供稿)$"
)
#: The giver of a sentence's passive (由), not a credit's name.
NOT_A_PROVIDER = lazy_re(r"[由被将將把给給向]")


def slash_provider(line: str) -> bool:
    """A short description, a slash and who provided the picture (module docstring).

    >>> slash_provider("華僑新村入口/嘉義縣府提供"), slash_provider("文/资料由学校提供")
    (True, False)
    >>> slash_provider("他说。随后记者看到/县府提供")
    False
    """
    match = SLASH_PROVIDER.match(line)
    if match is None or NOT_A_PROVIDER.search(match["who"]):
        return False
    return SENTENCE_STOP.search(match["text"].rstrip("。")) is None


#: A credit alone on its line is short (round 44's whole credits).
MAX_CREDIT_LINE = 48
#: A credit alone, perhaps in brackets: a short name and its credit word, nothing else.
CREDIT_ALONE = lazy_regex(r"^[(（]?(?P<credit>[^()（）。，,]{2,20})[)）]?$")


def credit_alone(line: str) -> bool:
    """A picture's credit alone on its line (``(某某社记者某某摄)``, ``新华社发``): it names
    who took the picture, not what it shows, so the line over it is not thereby the
    picture's name (``head_echo.speaking_headline``, round 38).

    >>> credit_alone("(香港某某社记者某某摄)"), credit_alone("记者张三摄")
    (True, True)
    >>> credit_alone("市民在公园赏花。(记者张三摄)"), credit_alone("图为市民在公园赏花")
    (False, False)
    """
    found = CREDIT_ALONE.match(line.strip())
    if found is not None and bare_credit(found.group("credit")) is not None:
        return True
    return whole_credit(line.strip())


#: The whole line one bracket, or a release word (新华社发) and one bracket (round 44).
WHOLE_BRACKET = lazy_regex(r"^(?P<release>[^()（）\s]{2,10}\s?)?[(（][^()（）]{2,40}[)）]$")


def whole_credit(line: str) -> bool:
    """A credit of the photo desks' conventions that is the whole line (round 44): a
    picture's bracket credit, after a release word or alone, or a credit label.

    >>> whole_credit("(视觉中国)"), whole_credit("新华社发(张三 摄)"), whole_credit("图片来源:网络")
    (True, True, True)
    >>> whole_credit("（新华社）"), whole_credit("(图为市民在公园赏花)"), whole_credit("(完)")
    (False, False, False)
    """
    if len(line) > MAX_CREDIT_LINE:
        return False
    found = WHOLE_BRACKET.match(line)
    if found is None:
        return CREDIT_LABEL.match(line) is not None
    release = found.group("release")
    if release is not None and bare_credit(release.strip()) is None:
        return False  # a word before the bracket that is no release (社发, 网发)
    inner = bracket_credit(line.lower())
    return inner is not None and not inner.startswith(WIRE)
