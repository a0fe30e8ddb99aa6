"""Template leaks: lines a site's machinery printed into the text, not its writers.

Model (used by ``furniture_menu.residue_reason``, so ``navigation`` removes them
anywhere on the page).  Three shapes, none of which prose takes:

* a **template key**: a line that is one lower-case ASCII identifier of three or more
  parts joined by underscores (``site_top_nav_02``): the name of a template block or a
  style class, printed where the block failed to render.  Two parts (``covid_19``) may be
  a tag and stay;
* a **CMS record row**: a database row of the site's publishing system printed as a
  line (``2023-05-02 1 3 南方日报 content_88123.html 2 <title> /cmsproperty-->``):
  space-separated fields holding the bare file name of a page (``content_375247.html``:
  a name and a page extension, no host or path before it) and either the end of a
  template comment (``-->``) or a date with two or more bare numbers (the record's ids
  and flags).  A sentence that names a file keeps its clause marks around it, and a line
  that is only an address is ``provenance``'s;
* round 38, a **listing entry's meta row**: the line a related-stories block prints under
  each teaser, its date *glued* to the first count (the template prints the day and the
  views with no space: ``2024-09-120 13 0 -``, the day ``12`` and ``0`` views), then one
  to three bare counts and perhaps a lone dash (an empty field).  The glued day (two
  padded digits and more digits running on) is the template's evidence: a table row a
  writer lays out spaces its date (``2020-02-01 13 0``) and stays;
* a **content-farm sign-off**: the closing formula a reposting site appends under every
  article (``本文到此分享完毕,希望对大家有所帮助。``): a short line (at most
  ``MAX_SIGNOFF`` characters) each clause of which is a phrase of
  ``data/signoff_phrases.txt``.  A last paragraph that says more (``感谢阅读本报的
  读者来信，…``) has a clause of its own and stays;
* an **editor marker**: a line that is only a page-break or teaser marker of a
  publishing system's editor (``pagebreak``, ``<!--nextpage-->``, ``[page]``: the words
  of ``data/cms_markers.txt``, taken from the editors' documentation), in any case, with
  or without its markup wrapper; the template replaces it when it renders, so a page
  that prints it printed the editor's source.  Words prose could print alone (``more``)
  count only wrapped (``<!--more-->``); a marker inside a sentence stays;
* a **picture's file name** printed as a line (``DSC_0032``, ``DSC_0032 / 資料圖片``), or
  an English prompt standing for it (``Clik here to view.``): ``furniture_files`` states
  the grammar (round 13);
* a **publication schedule** of a weekly's masthead (``本報逢週四出版,最新消息請瀏覽…``):
  ``furniture_masthead`` states the grammar (round 13); and a site's name with its
  bracketed mirror domains (``furniture_mirrors``);
* round 14: a **form's empty field labels** (``登录名: 密码: 忘密码了``:
  ``furniture_contact.form_line``), a bracketed label left with an image's alt or an
  interface word (``【引言】LOGO``) and a BBS post's 'sent from' signature (``※ 发信站:
  某站(host.tld)``): ``furniture_chrome`` states the grammars;
* round 17: a program's **debug dump** (``Array ( [0] => HTTP/1.1 521 … )``, a JSON object,
  an HTTP response head): ``furniture_dumps`` states the grammar;
* round 18: a **label with nothing of the story** (a record's id ``编号:156852``, a
  placeholder ``[[285104]]``, an empty ``上篇:``, a file's type and size):
  ``furniture_labels`` states the grammar;
* round 21: an **author archive's link** (``Posts by X``, ``张三的全部文章``: the listing of a
  writer's posts, no byline: ``furniture_archive``) and a **comment form's instructions**
  (``您的电子邮箱地址不会被公开。 必填项已用 * 标注``, ``Leave a Reply``: ``furniture_forms``);
* round 22: a **line of furniture pieces** (counters, a credit's connector, a host's
  address, short names: ``阿某 發表在 某站 留言(1) 人氣(68)``, ``Image hosted by host.com``,
  ``host.com,站名``: ``furniture_pieces`` states the grammar, asked by ``navigation``
  beside this module, whose counters it reads); the **page's tags** (a tag
  label, then terms parted by one separator: ``新闻关键词:A;B;C``): ``furniture_tags``;
* round 26: a **template's leftover**, a slot that rendered nothing (an ad slot's machine
  name ``adblk5``, an empty value in a count slot ``,共null页``, a catalogue's
  ``[No author identified]``): ``furniture_template`` states the grammar;
* round 41: a **call for news tips** (an appeal to the reader, the newsroom's errand and
  its channels: ``【如果您有新聞線索,歡迎向我們報料,…報料QQ:3386405712】``):
  ``furniture_tip_call`` states the grammar.

>>> leak_reason("site_top_nav_02"), leak_reason("covid_19")
('nav', None)
>>> leak_reason("2023-05-02 1 3 南方日报 content_88123.html 2 城市新貌 /cmsproperty-->")
'nav'
>>> leak_reason("今天的分享就到这里,感谢阅读。"), leak_reason("希望对大家有所帮助的是这本书。")
('nav', None)
>>> leak_reason("pagebreak"), leak_reason("<!--nextpage-->"), leak_reason("more")
('nav', 'nav', None)
"""

from __future__ import annotations

from functools import cache

from newsclean.data import data_lines
from newsclean.filters.date_pattern import NUMERIC_DAY
from newsclean.filters.furniture_account import MAX_ACCOUNT_LINE, account_line
from newsclean.filters.furniture_archive import (
    MAX_ARCHIVE_LINE,
    MAX_AUTHOR_BOX,
    archive_link,
    author_box,
)
from newsclean.filters.furniture_board_rules import board_rule
from newsclean.filters.furniture_chrome import chrome_line, signature_line
from newsclean.filters.furniture_click import MAX_CLICK_LINE, click_here_line
from newsclean.filters.furniture_contact import form_line
from newsclean.filters.furniture_dumps import dump_line, error_report, software_message
from newsclean.filters.furniture_files import (
    MAX_FILE_LINE,
    MAX_PLAYER_CLOCK,
    file_name_line,
    media_reference,
    picture_prompt,
    player_clock,
)
from newsclean.filters.furniture_forms import MAX_FORM_LINE, form_reason
from newsclean.filters.furniture_holes import MAX_HOLED, holed_kind
from newsclean.filters.furniture_labels import label_line
from newsclean.filters.furniture_links import (
    MAX_CATALOGUE_LINE,
    MAX_HEADING_LINE,
    MAX_MENU_LINE,
    catalogue_link,
    list_heading,
    menu_label,
)
from newsclean.filters.furniture_masthead import (
    MAX_EDITION,
    MAX_MASTHEAD,
    MAX_SLOGAN,
    MAX_SPONSOR,
    edition_line,
    masthead_line,
    page_label,
    serial_line,
    slogan_line,
    sponsor_line,
)
from newsclean.filters.furniture_mirrors import mirror_line
from newsclean.filters.furniture_pointer import MAX_LABEL, box_more, pointer_label
from newsclean.filters.furniture_prompts import MAX_PROMPT, prompt_reason
from newsclean.filters.furniture_records import MAX_MARKER_LINE, page_marker, record_line
from newsclean.filters.furniture_sitefoot import MAX_MAKER_LINE, maker_line
from newsclean.filters.furniture_tags import MAX_TAG_LINE, keyword_list, tag_list
from newsclean.filters.furniture_template import editor_marker, template_leftover
from newsclean.filters.furniture_tip_call import MAX_TIP_CALL, tip_call
from newsclean.filters.furniture_ui import MAX_HOLED_LINE, ui_reason
from newsclean.filters.furniture_visit import MAX_ROW, link_row, visit_button
from newsclean.filters.furniture_voice import MAX_VOICE, voice_line
from newsclean.filters.lazy_pattern import lazy_re

TEMPLATE_KEY = lazy_re(r"[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){2,8}")
MAX_TEMPLATE_KEY = 80
PAGE_FILE = lazy_re(r"[A-Za-z0-9_-]{1,80}\.(?:html?|shtml|php|aspx?|jsp|cfm)")
PAGE_EXTENSIONS = (".htm", ".php", ".asp", ".jsp", ".cfm")
DATE = lazy_re(NUMERIC_DAY)
SMALL_NUMBER = lazy_re(r"\d{1,6}")
MIN_NUMBERS = 2
#: A listing entry's meta row: a padded day glued to a count, bare counts, an empty dash.
GLUED_META = lazy_re(
    r"(?:19|20)\d\d([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])\d{1,7}"
    r"(?:[ \t]\d{1,7}){1,3}(?:[ \t][-–—])?"
)
MAX_META_ROW = 40
MAX_RECORD = 200
MAX_SIGNOFF = 40
MAX_MARKER = 40
CLAUSES = lazy_re(r"[，,。！!、；;\s\u3000]+")


@cache
def signoff_phrases() -> frozenset[str]:
    return frozenset(fields[0] for fields in data_lines("signoff_phrases.txt"))


@cache
def _signoff_firsts() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in signoff_phrases())


def leak_reason(line: str) -> str | None:
    """``nav`` for a template key, a CMS record row, a content-farm sign-off, an editor's
    marker, a picture's file name or a weekly's publication schedule."""
    if not line:
        return None
    if "_" in line and len(line) <= MAX_TEMPLATE_KEY and TEMPLATE_KEY.fullmatch(line):
        return "nav"
    if len(line) <= MAX_RECORD and "." in line and _record_row(line):
        return "nav"
    if len(line) <= MAX_META_ROW and line[:1].isdigit() and GLUED_META.fullmatch(line):
        return "nav"  # 2024-09-120 13 0 -: a teaser's date glued to its counts (round 38)
    if len(line) <= MAX_MARKER and line.isascii() and editor_marker(line):
        return "nav"
    if line[0] in _signoff_firsts() and len(line) <= MAX_SIGNOFF:
        clauses = [c for c in CLAUSES.split(line) if c]
        if clauses and all(c in signoff_phrases() for c in clauses):
            return "nav"
    if len(line) <= MAX_FILE_LINE and (
        file_name_line(line) or (line.isascii() and picture_prompt(line))
    ):
        return "nav"  # DSC_0032, IMG_1234.JPG / 資料圖片; Click here to view.
    if "." in line and media_reference(line):
        return "nav"  # ![](https://cdn…/a.jpg), 陷阱貸款.jpg: the picture's reference (round 25)
    if len(line) <= MAX_MASTHEAD and masthead_line(line):
        return "nav"  # 本報逢週四出版,最新消息請瀏覽…
    if len(line) <= MAX_SLOGAN and slogan_line(line):
        return "nav"  # 新西兰南岛最大华语媒体 - 新西兰信报: a medium's claim (round 38)
    if len(line) <= MAX_EDITION and (edition_line(line) or serial_line(line) or page_label(line)):
        return "nav"  # 今日竹山-数字报|今日竹山-电子版, 国内统一刊号:CN42-0001, 第A05版:澳闻
    if len(line) <= MAX_MAKER_LINE and maker_line(line):
        return "nav"  # Bingo網頁設計公司: the site maker's name alone (round 36)
    if len(line) <= MAX_PLAYER_CLOCK and player_clock(line):
        return "nav"  # 0:00 / 0:00: a media player's time played and length (round 28b)
    if len(line) <= MAX_SPONSOR and sponsor_line(line):
        return "nav"  # 共青团中央主管 中国青年报社主办: a periodical's licence credits (round 28b)
    if mirror_line(line):
        return "nav"  # ◇◇新语丝(www.xys.org)(xys5.dxiong.com)◇◇
    if form_line(line) or chrome_line(line) or signature_line(line):
        return "nav"  # 登录名: 密码:; 【引言】LOGO; ※ 发信站: 某站(host.tld)
    if ("=>" in line or "HTTP/" in line or line[0] == "{") and dump_line(line):
        return "nav"  # Array ( [0] => HTTP/1.1 521 [1] => Date: … ): a debug dump
    if ("rror" in line or "arning" in line or "xception" in line or "Traceback" in line) and (
        error_report(line)
    ):
        return "nav"  # A PHP Error was encountered: a program's error report
    if software_message(line):
        return "nav"  # Joom!Fish config error: Default language is inactive! (round 31)
    if label_line(line):
        return "nav"  # 编号:156852, [[285104]], 上篇:, File Type:pdf, Size:1020Kb
    if len(line) <= MAX_CLICK_LINE and click_here_line(line):
        return "nav"  # 想知得更多詳情?立即Click這裡: a link's teaser and its call
    if len(line) <= MAX_AUTHOR_BOX and author_box(line):
        return "nav"  # This author has not yet filled in any details.: an author box (round 27)
    if len(line) <= MAX_ARCHIVE_LINE and archive_link(line):
        return "nav"  # Posts by X, 张三的全部文章: an author archive's link, no byline
    if len(line) <= MAX_FORM_LINE and (form := form_reason(line)) is not None:
        return form  # 您的电子邮箱地址不会被公开。 必填项已用 * 标注; 发表评论: a comment form
    if len(line) <= MAX_ACCOUNT_LINE and account_line(line):
        return "nav"  # Login, Lost Password, 账号+密码登录, 还没有账号?: a sign-in box (42b)
    if len(line) <= MAX_HOLED_LINE and (ui := ui_reason(line)) is not None:
        return ui  # 找回密码 注册, Continue reading », volume_up: the software UI (43)
    if board_rule(line):
        return "nav"  # 2.人民网拥有管理笔名和留言的一切权力。: a comment board's rules (44)
    if len(line) <= 2 * MAX_LABEL and (pointer_label(line) or box_more(line)):
        return "nav"  # 报道全文 -, 阅读全文 >>: a read-on pointer's label (furniture_pointer, 43b)
    if len(line) <= MAX_ROW and (link_row(line) or visit_button(line)):
        return "nav"  # 原文地址:访问原文地址, 加载原文网页: a link's row, its address lost (44b)
    if len(line) <= MAX_HOLED and holed_kind(line) is not None:
        return "nav"  # 本帖最后由 X 于 2020-7-24 10:02 编辑, 第01版:头版: a holed template (44b)
    if len(line) <= MAX_TAG_LINE and (tag_list(line) or keyword_list(line)):
        return "nav"  # 新闻关键词:A;B;C, Tags: a, b; 四川,四川新闻,…: the page's tags, the site's
    if len(line) <= MAX_MENU_LINE and menu_label(line):
        return "nav"  # Main Menu, Toggle navigation: a theme's menu label (round 26)
    if len(line) <= MAX_HEADING_LINE and list_heading(line):
        return "nav"  # Related Posts, 熱門文章: a list heading over a block of posts (round 29)
    if len(line) <= MAX_CATALOGUE_LINE and catalogue_link(line):
        return "nav"  # Newspapers from Malaysia: a kiosk's catalogue link (round 28b)
    if (":" in line or "：" in line) and record_line(line):
        return "nav"  # Subscribed: 408Played: 7,724: a hosted item's record (round 27)
    if len(line) <= MAX_MARKER_LINE and page_marker(line):
        return "nav"  # Page 66 - 2023年1月《湄公河》, P. 66: a page marker (round 27)
    if template_leftover(line):
        return "nav"  # adblk5, ,共null页, [No author identified]: a slot with no value
    if len(line) <= MAX_TIP_CALL and tip_call(line):
        return "nav"  # 【如果您有新闻线索,欢迎向我们报料,…报料QQ:…】: a call for tips (round 41)
    if len(line) <= MAX_VOICE and voice_line(line):
        return "share"  # 文章不错,点个赞再走呗!: the site speaking to its reader (round 45)
    if len(line) <= MAX_PROMPT and (prompt := prompt_reason(line)) is not None:
        return prompt  # 你看到此篇文章的感受是:, 附上得奖影片连结:, (原标题:驻马店网) (45b)
    return None


def _record_row(line: str) -> bool:
    if not any(extension in line for extension in PAGE_EXTENSIONS):
        return False  # one substring test per extension: most lines name no file
    tokens = line.split()
    if not any(PAGE_FILE.fullmatch(t) for t in tokens):
        return False
    if line.rstrip().endswith("-->"):
        return True
    numbers = sum(1 for t in tokens if SMALL_NUMBER.fullmatch(t))
    return numbers >= MIN_NUMBERS and any(DATE.fullmatch(t) for t in tokens)
