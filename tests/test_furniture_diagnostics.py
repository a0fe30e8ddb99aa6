"""furniture_diagnostics: a runtime's message printed into the page (round 41).

Positives: the lines i-tw.com.tw's server printed into every page (round 40 rows of
``eval/variants/furniture.json``, tool-php-notice-and-deprecated-warnings-…, now tuned).
Guard rows: ``tests/data/harvest/server.tsv`` (articles quoting messages, uncited hosts).
"""

from __future__ import annotations

from pathlib import Path

from newsclean import clean
from newsclean.filters.furniture_diagnostics import diagnostic_line
from newsclean.filters.notice_reprint import reprint_credit

HARVEST = Path(__file__).parent / "data" / "harvest" / "server.tsv"

# https://i-tw.com.tw (round 40 rows, rotated to tuned in round 41)
NOTICE_EN = (
    "Notice: Function _load_textdomain_just_in_time was called incorrectly. Translation loading"
    " for the image-sizes domain was triggered too early. This is usually an indicator for some"
    " code in the plugin or theme running too early. Translations should be loaded at the init"
    " action or later. Please see Debugging in WordPress for more information. (This message was"
    " added in version 6.7.0.) in /var/www/vhosts/i-tw.com.tw/httpdocs/wp-includes/functions.php"
    " on line 6114"
)
NOTICE_ZH = (
    "Notice: 呼叫 _load_textdomain_just_in_time 函式的方式不正確。Text Domain 為 astra 的"
    "語言套件載入過早觸發,這通常是由於外掛或佈景主題某些程式碼中的指示器過早執行所造成,"
    "而語言套件應該在 init 動作之後才載入。 請參閱〈WordPress 的偵錯功能〉以進一步了解相關資訊。"
    " (這項訊息新增於 6.7.0 版)"
    " in /var/www/vhosts/i-tw.com.tw/httpdocs/wp-includes/functions.php on line 6114"
)
DEPRECATED = (
    "Deprecated: Creation of dynamic property nxs_wpAddnEngine::$k is deprecated in"
    " /var/www/vhosts/i-tw.com.tw/httpdocs/wp-content/plugins/nxs-snap-pro-upgrade/"
    "nxs-snap-pro-upgrade.php on line 11"
)


def test_php_messages_in_any_language_and_length() -> None:
    assert diagnostic_line(NOTICE_EN) and diagnostic_line(NOTICE_ZH) and diagnostic_line(DEPRECATED)


def test_a_page_loses_the_messages_and_keeps_its_story() -> None:
    story = "8月11日,外交部发言人汪文斌在例行记者会上确认,中尼外长在会谈当中达成共识。"
    doc = clean("\n\n".join([NOTICE_EN, NOTICE_ZH, DEPRECATED, story]) + "\n")
    removed = {r.line for r in doc.removed if r.reason == "nav"}
    assert {1, 3, 5} <= removed
    assert any("汪文斌" in p for p in doc.body)


def test_notice_labels_without_code_stay() -> None:
    # a Chinese site's notice label and an English sentence: no code evidence
    assert not diagnostic_line("Notice: 本站所有内容均来自网络,如有侵权请联系删除。")
    assert not diagnostic_line("Warning: the storm could not be stopped")
    # openillumi.com quotes WordPress's message without its location: one code token only
    assert not diagnostic_line(
        "Notice: Function _load_textdomain_just_in_time was called incorrectly. Translation"
        " loading for the [textdomain] domain was triggered too early."
    )


def test_trace_lines() -> None:
    assert diagnostic_line("Stack trace:")
    assert diagnostic_line("#0 /var/www/html/wp-includes/class-wp-hook.php(324): do_action()")
    assert diagnostic_line('Exception in thread "main" java.lang.NullPointerException')
    assert not diagnostic_line("#1 热门文章")
    assert not diagnostic_line("at 北京时间 12:00")


def test_reprint_credit_with_the_outlets_host() -> None:
    # round 40 row (tuned in round 41): 轉載自點新聞 dotdotnews.com
    assert reprint_credit("轉載自點新聞 dotdotnews.com")
    assert not reprint_credit("转载自点新闻 dotdotnews.com 记者")


def test_harvest_guard_floor() -> None:
    rows = [
        line.rstrip("\n").split("\t")
        for line in HARVEST.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ][1:]
    assert len(rows) >= 20
    prose = [r for r in rows if r[1] == "keep" and not r[2].split(":")[0].isascii()]
    assert all(not diagnostic_line(r[2]) for r in prose)
    # each url's rows in order are its page: the article's lines stay, quoted messages
    # included, on 10 of 10 (A) and 11 of 13 (B) rows (round 41); floor one row under each
    pages: dict[str, list[list[str]]] = {}
    for row in rows:
        pages.setdefault(row[3], []).append(row)
    kept = {"A": 0, "B": 0}
    for page_rows in pages.values():
        doc = clean("标题\n\n" + "\n\n".join(r[2] for r in page_rows) + "\n")
        tools = {r.line for r in doc.removed if r.reason in ("nav", "share", "spam")}
        for k, r in enumerate(page_rows):
            kept[r[0]] += 3 + 2 * k not in tools  # page line of row k (a title, a blank)
    assert kept["A"] >= 9 and kept["B"] >= 10


def test_a_message_the_article_quotes_under_its_introducing_line_stays() -> None:
    # developer.aliyun.com/article/312585 (harvest half A): an article about PHP quoting
    # the message its script printed, under 在php5.5.12版本运行会提示
    quoted = (
        "Deprecated: mysql_connect(): The mysql extension is deprecated and will be removed in"
        " the future: use mysqli or PDO instead in D:\\soft\\develop\\php\\wamp\\2.5\\wamp\\www"
        "\\generate_mysql.php on line 16"
    )
    page = [
        "php高版本不再使用mysql_connect()来连接数据库",
        "想用php生成一个mysql数据字典导出来,用到下面代码会",
        "在php5.5.12版本运行会提示",
        quoted,
        "看来会废弃了,不建议使用了,程序无法运行的。使用mysqli or PDO 来替代。"
        "到高版本,根本无法使用这个函数了。",
    ]
    doc = clean("\n\n".join(page) + "\n")
    assert quoted in doc.body
    # the same message under a story's line that introduces nothing is the server's
    page[2] = "新闻8点见,多一点洞见。每天早晚8点与你准时相约,眺望更大的世界。"
    assert quoted not in clean("\n\n".join(page) + "\n").body


def test_a_sentence_ending_on_a_line_number_without_a_label_stays() -> None:
    line = "他说,问题出在 /var/www/html/index.php on line 12"  # invented: no severity label
    assert not diagnostic_line(line)
