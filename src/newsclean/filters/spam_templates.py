"""A hijack template's site title: a keyword in the title form of a site it is not (round 35).

Model.  A hijack template prints its keyword where the page's headline or source should be,
in the form a page title of some *kind of site* takes, the keyword in the name's slot.  The
form, not the keyword, is the evidence: a news page is no encyclopedia entry and no brand's
agent page, so a line of the page printed whole in such a form is the template's, whatever
the keyword (a brand no lexicon holds: ``借记卡四件套``, ``刻章办``, ``蒙尘药``).  Two forms,
their words in ``data/spam_site_templates.txt``:

* *an encyclopedia entry's title* (``entry_keyword``): a keyword (``MIN_KEYWORD`` to
  ``MAX_KEYWORD`` Han, Latin letters or digits, one word), a separator stretch holding a
  bar, an underscore or a dash (spaces around it), a bracketed region perhaps, then an
  encyclopedia's name or entry closing the line (``六月婷婷丁香| - (中国)百科词条``,
  ``萬豪彩票 - -(中国)互动百科``; kind ``entry``);
* *a brand's agent and official-site pair* (``agent_pair``): one brand twice around one
  separator, once with an agent or sign-up word (kind ``agent``: 代理, 招商, 开户) and once
  with a site's self-name (``data/brand_suffixes.txt`` kind ``site``: 官网), a reading label
  and its colon perhaps before it (``正在阅读:德發娛樂代理-德發娛樂官网``).  A source
  names an outlet once (``华龙网-重庆晨报``); a brand repeated in such a pair is no outlet;
* *a download row* (``download_row``, round 36): two to four keywords joined by commas or
  enumeration commas, a download word (kind ``download``: 下载) glued to the last, the
  line's whole text (``米乐,M6下载``, ``蒙塵藥,利記國際娛樂下载``).  A page's own download
  link names its own app, once (``新华社客户端下载``), or the platforms it is built for
  (kind ``platform``: ``安卓,iOS下载``); a list of names sharing one download word is the
  template's row of brands when one name is brand-shaped (``download_brand``): it holds a
  strong word of the spam vocabulary (``data/spam_terms.txt``, weight 2 and more: 黄站,
  钱庄), is built on a weak one (a name more than the word: 德發娛樂, 96彩票), or mixes
  Latin letters and digits (``M6``).  A page's files and accounts (``报名表,承诺书下载``,
  ``附件1、附件2下载``, ``微信,支付宝下载``) are names of no such shape.  Round 38: a row of
  *service phrases* (``service_row``: names of the phrase shape, ``spam_signs.phrase_list``,
  each holding a Han character the article never uses, ``spam_lead.unused_char``, and
  under a quarter of its Han pairs printed there, ``按摩包夜服务,找妹子上门服务下载``; or one
  such name before a release word, ``X官方正版下载``, kind release) is the template's row
  too, *where a machine puts it* (round 38 mend, review38a 1b): above the headline (the
  page's first line with text) or on a page carrying spam on another line.  A page prints
  its own download rows anywhere, in words the story need not print: a public body's app
  (``国家反诈中心官方正版下载``, ``个人所得税官方正版下载``), its attachments
  (``参赛报名登记表,选手安全承诺书下载``, ``冬季取暖安全指南,燃气使用须知下载``), so the
  name's foreignness alone is no evidence of a farm; and a public body's or a public
  service's name (``byline_outlet.is_outlet_name``, or ending in kind ``public``: 中心, 税)
  is an outlet's, never a farm's service.

The keyword must be foreign to the page: printed on no other line (the template's other
lines aside), as a farm's keyword is; an encyclopedia page's own title (``李白 - 百度百科``)
names what its text speaks of, and stays.  A line that names such a word once in prose
(``记者从百度百科词条中发现…``, ``该公司招聘代理商``) has no such form.  Verdicts are ``sure``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from newsclean.data import data_kinds
from newsclean.filters.byline_outlet import is_outlet_name
from newsclean.filters.charmodel import han_pairs, simplified
from newsclean.filters.lazy_pattern import HAN_SCRIPT, lazy_re, lazy_regex
from newsclean.filters.spam_article import Article, Elsewhere
from newsclean.filters.spam_brand import suffixes
from newsclean.filters.spam_lead import unused_char
from newsclean.filters.spam_signs import PHRASE_MEAN, STRONG_TERM, han_count, lexicon, phrase_list
from newsclean.filters.spam_verdict import NOT_SPAM

#: A keyword of an entry's title holds this many characters at least and at most.
MIN_KEYWORD, MAX_KEYWORD = 2, 16
#: A keyword, a separator stretch, a bracketed region perhaps, the site's word.
ENTRY_TITLE = lazy_re(
    rf"([{HAN_SCRIPT}A-Za-z0-9]{{{MIN_KEYWORD},{MAX_KEYWORD}}})([ \u3000|｜_\-–—]+)"
    rf"(?:[(（][{HAN_SCRIPT}]{{2,3}}[)）])?([{HAN_SCRIPT}]{{2,6}})"
)
#: A label and its colon perhaps, a brand and a word, one separator, the brand and a word.
AGENT_PAIR = lazy_re(
    rf"(?:[{HAN_SCRIPT}]{{2,6}}[:：][ \u3000]*)?([{HAN_SCRIPT}A-Za-z0-9]{{3,30}})"
    rf"[ \u3000]*[-–—_|｜][ \u3000]*([{HAN_SCRIPT}A-Za-z0-9]{{3,30}})"
)
#: Two to four keywords joined by commas, the last glued to its download word.
DOWNLOAD_ROW = lazy_re(
    rf"([{HAN_SCRIPT}A-Za-z0-9]{{2,12}}(?:[,，、][{HAN_SCRIPT}A-Za-z0-9]{{2,12}}){{1,3}})"
    rf"([{HAN_SCRIPT}]{{2}})"
)
#: A service name has fewer than one in this many of its Han pairs printed by the page (a
#: file named in the page's words, ``市民节活动报名登记表``, has a third).
SERVICE_ECHO = 4
DOWNLOAD_WORD = lazy_re(r"下[载載]$")
NAME = lazy_regex(r"[\p{Han}A-Za-z0-9]{2,12}")
#: The commas between a row's names, compiled once (round 47: a module-level
#: ``regex`` call looks the pattern up in its cache at some 25 us).
NAME_COMMAS = lazy_regex("[,，、]")
#: A name mixing Latin letters and digits (``M6``, ``98k``): a brand's, no file's.
LATIN_MIXED = lazy_regex(r"(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9]+")
WHY = "a spam farm's site title"


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The words of one kind of ``data/spam_site_templates.txt``, longest first."""
    return tuple(sorted(data_kinds("spam_site_templates.txt")[kind], key=len, reverse=True))


def entry_keyword(line: str) -> str | None:
    """The keyword of a line printed as an encyclopedia entry's title (module docstring).

    >>> entry_keyword("六月婷婷丁香| - (中国)百科词条"), entry_keyword("萬豪彩票 - -(中国)互动百科")
    ('六月婷婷丁香', '萬豪彩票')
    >>> entry_keyword("bt成人| - (中国)百科词条"), entry_keyword("李白_百度百科")
    ('bt成人', '李白')
    >>> entry_keyword("习近平会见 外宾 - 新华网"), entry_keyword("记者从百度百科词条中发现")
    (None, None)
    """
    found = ENTRY_TITLE.fullmatch(line.strip())
    if found is None or not found.group(2).strip() or found.group(3) not in _words("entry"):
        return None
    return found.group(1)


def agent_pair(line: str) -> str | None:
    """The brand of a line printed as a brand's agent and official-site pair (module
    docstring), else None.

    >>> agent_pair("正在阅读:德發娛樂代理-德發娛樂官网"), agent_pair("蒙尘药官网 - 蒙尘药招商")
    ('德發娛樂', '蒙尘药')
    >>> agent_pair("华龙网-重庆晨报"), agent_pair("某某代理-另一家官网")
    (None, None)
    """
    found = AGENT_PAIR.fullmatch(line.strip())
    if found is None:
        return None
    names = {}
    for piece in found.groups():
        for kind, words in (("agent", _words("agent")), ("site", suffixes("site"))):
            word = next((w for w in words if piece.endswith(w) and len(piece) > len(w)), None)
            if word is not None:
                names[kind] = piece[: -len(word)]
                break
    if len(names) < 2 or names["agent"] != names["site"]:
        return None
    return names["agent"]


def download_row(line: str) -> list[str] | None:
    """The keywords of a line printed as a template's download row (module docstring),
    else None.

    >>> download_row("米乐,M6下载"), download_row("蒙塵藥,利記國際娛樂下载")
    (['米乐', 'M6'], ['蒙塵藥', '利記國際娛樂'])
    >>> download_row("新华社客户端下载"), download_row("安卓,iOS下载"), download_row("米乐,M6下")
    (None, None, None)
    >>> download_row("报名表,承诺书下载"), download_row("附件1、附件2下载")
    (None, None)
    """
    found = DOWNLOAD_ROW.fullmatch(line.strip())
    if found is None or found.group(2) not in _words("download"):
        return None
    names = NAME_COMMAS.split(found.group(1))
    platforms = {word.lower() for word in _words("platform")}
    if any(name.lower() in platforms for name in names):
        return None
    return names if any(download_brand(name) for name in names) else None


def service_row(line: str, article: Elsewhere) -> list[str] | None:
    """The names of a download row of service phrases (module docstring, round 38), else None,
    wherever it stands (``template_titles`` asks the place); ``article``: the page outside it.

    >>> page = Article(["按摩包夜服务,找妹子上门服务下载", "市政府召开新闻发布会"], [NOT_SPAM] * 2)
    >>> service_row("按摩包夜服务,找妹子上门服务下载", page.without(0))
    ['按摩包夜服务', '找妹子上门服务']
    >>> page = Article(["", "高校招生报名登记工作启动,考生签署承诺书"], [NOT_SPAM] * 2)
    >>> service_row("招生报名登记表,诚信承诺书下载", page.without(0))
    >>> service_row("国家反诈中心官方正版下载", page.without(0))
    """
    found = DOWNLOAD_ROW.fullmatch(line.strip())
    if found is not None and found.group(2) in _words("download"):
        names = NAME_COMMAS.split(found.group(1))
        phrases = phrase_list(names)
    elif (name := released(line.strip())) is not None:
        names = [name]
        phrases = han_count(name) >= PHRASE_MEAN  # one name: the phrase shape's mean
    else:
        return None
    return names if phrases and all(_stranger(name, article) for name in names) else None


def _stranger(name: str, article: Elsewhere) -> bool:
    """Whether a name holds a Han character the article never uses, fewer than a quarter
    of its Han pairs printed there, and is no outlet's or public body's name."""
    pairs = han_pairs(name)
    return (
        not is_outlet_name(name)  # an outlet's own app (新华社客户端最新版下载)
        and not name.endswith(_words("public"))  # a public body's (国家反诈中心官方正版下载)
        and unused_char((name,), "", article)
        and SERVICE_ECHO * article.echoes(pairs) < len(pairs)
    )


def released(line: str) -> str | None:
    """The name of a line printed as one app's download title, a release word between the
    name and the download word (``X官方正版下载``; kinds release and download), else None.

    >>> released("找妹子上门服务官方正版下载"), released("官方正版下载")
    ('找妹子上门服务', None)
    """
    for word in _words("download"):
        if line.endswith(word):
            head = line[: -len(word)]
            release = next((r for r in _words("release") if head.endswith(r)), "")
            name = head[: len(head) - len(release)]
            return name if release and NAME.fullmatch(name) else None
    return None


def download_brand(name: str) -> bool:
    """Whether a name of a download row is shaped as a brand (module docstring).

    >>> download_brand("德發娛樂"), download_brand("大型黃站"), download_brand("M6")
    (True, True, True)
    >>> download_brand("承诺书"), download_brand("附件1"), download_brand("视频")
    (False, False, False)
    """
    if LATIN_MIXED.fullmatch(name):
        return True
    probe = simplified(name).lower()
    terms = lexicon().terms
    return any(
        terms[term] >= STRONG_TERM or len(term) < len(probe) for _, _, term in lexicon().find(probe)
    )


def template_titles(texts: Sequence[str], spam: Collection[int] = ()) -> dict[int, str]:
    """The lines of a page printed in a hijack template's site-title form whose keyword
    the page prints nowhere else (index -> why; module docstring); ``spam``: the lines
    judged spam already, which put a service row in a machine's place."""
    found: dict[int, list[str]] = {}
    services: list[int] = []  # download rows of no brand, read as service rows
    for i, text in enumerate(texts):
        if "百" not in text and "官" not in text and "下" not in text:
            continue  # every entry word holds 百, every site's self-name 官, a download 下
        keyword = entry_keyword(text) or agent_pair(text)
        if keyword is not None:
            found[i] = [keyword]
        elif (names := download_row(text)) is not None:
            found[i] = names
        elif DOWNLOAD_WORD.search(text):
            services.append(i)
    if services:
        first = next((k for k, text in enumerate(texts) if text.strip()), None)
        hijacked = {*found, *spam}
        article = Article(texts, [NOT_SPAM] * len(texts))
        for i in services:
            if i != first and not hijacked - {i}:
                continue  # a page's own row, below its headline on a page with no spam
            if (names := service_row(texts[i], article.without(i))) is not None:
                found[i] = names
    if not found:
        return {}
    others = "\n".join(text.lower() for k, text in enumerate(texts) if k not in found)
    return {
        i: f"{WHY}: {'、'.join(names)}"
        for i, names in found.items()
        if not any(name.lower() in others for name in names)
    }
