"""Round 17 furniture: a program's debug dump printed into the page (``furniture_dumps``)
goes anywhere; a sentence naming the protocol, a status line alone stay."""

import pytest
from invariants import line_removed
from linear import assert_linear
from park_article import HEADLINE, PARAGRAPHS
from park_article import page_of as _page

from newsclean import clean
from newsclean.filters.furniture_dumps import dump_line, error_report, software_message
from newsclean.filters.furniture_leaks import leak_reason

PRINT_R = (
    "Array ( [0] => HTTP/1.1 521 [1] => Date: Sun, 24 Aug 2025 14:52:32 GMT "
    "[2] => Content-Length: 0 [3] => Connection: close )"
)


@pytest.mark.parametrize(
    "line",
    [
        PRINT_R,
        "stdClass Object ( [id] => 42 [title] => 市政新闻 )",  # invented: an object dumped
        'array(2) { ["code"]=> int(500) ["msg"]=> string(5) "error" }',  # invented: var_dump
        '{"code": 500, "msg": "server error", "data": null}',  # invented: a JSON answer
        "HTTP/1.1 404 Not Found Content-Type: text/html; charset=utf-8",  # invented
    ],
)
def test_a_debug_dump_is_furniture(line: str) -> None:
    assert dump_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "网站返回 HTTP/1.1 503 错误,用户无法访问。",
        "HTTP/1.1 503 Service Unavailable",
        "程序员在代码中写下 [key] => value 这样的数组。",
        "{他说：这是第一步}",
    ],
)
def test_a_line_naming_code_stays(line: str) -> None:
    assert not dump_line(line)


def test_a_dump_under_the_headline_goes() -> None:
    document = clean(_page(HEADLINE, PRINT_R, PARAGRAPHS[0], PARAGRAPHS[1]))
    assert line_removed(document, PRINT_R)
    assert document.title == HEADLINE
    assert len(document.body) == 2


def test_a_hostile_line_is_quick() -> None:
    def judge(lines: tuple[str, str]) -> None:
        dump_line(lines[0])
        dump_line(lines[1])

    assert_linear(lambda n: ("[a] =>" * n, "HTTP/1.1 200 " + "A-" * n), judge, 500_000)


@pytest.mark.parametrize(
    "line",
    [
        "A PHP Error was encountered",
        # invented: other frameworks' headings, an interpreter's message, a trace
        "A Database Error Occurred",
        "An Internal Server Error occurred",
        "Traceback (most recent call last):",
    ],
)
def test_a_programs_error_report_is_a_leak(line: str) -> None:
    assert error_report(line)
    assert leak_reason(line) == "nav"


def test_an_interpreters_message_is_a_software_message() -> None:
    # invented: PHP's message naming its file and line; its label and code token say so
    line = "Warning: mysql_connect(): Access denied for user in /var/www/html/inc/db.php on line 12"
    assert software_message(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        "A server error occurred, officials said.",
        "Fatal error occurred at the plant",
        "网站出现 PHP Error 错误,工程师正在修复。",
        "Warning: the storm will reach the coast tonight",
    ],
)
def test_a_sentence_about_an_error_is_no_report(line: str) -> None:
    assert not error_report(line)


# Round 31: a software message, the site's program speaking into a Chinese page.
@pytest.mark.parametrize(
    "line",
    [
        # news.winksport.com (eval row tool-joomfish-config-error-two-lines-hungarian-portal)
        "Joom!Fish config error: Default language is inactive!",
        "Please check configuration, try to use first active language",
        # lupopi.beta.today/blog/2013/02/php-amazon-s3-programming.html: CodeIgniter's
        # error block printed over a Chinese blog post, field by field
        "Severity: Warning",
        "Message: Declaration of Administrator::insert() should be compatible with "
        "MY_Model::insert($data, $temp_key = NULL)",
        # PHP's levels without the file and line (the forms PHP prints for a notice, a
        # deprecation and a memory limit; the file part is often cut by the copier)
        "Notice: Undefined index: id in /var/www/html/news/show.php on line 23",
        "Deprecated: Function ereg_replace() is deprecated",
        "Fatal error: Allowed memory size of 134217728 bytes exhausted",
        "Warning: Cannot modify header information - headers already sent by "
        "(output started at /www/index.php:1)",
    ],
)
def test_a_software_message_is_a_leak(line: str) -> None:
    assert software_message(line)
    assert leak_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # tiemojia.cn/news/472808: a Chinese article quoting the message in its sentence
        "违反它会导致 Cannot modify header information - headers already sent 警告",
        # github.com/joomla/joomla-cms/issues/36170: an English report's sentences
        "5. Received the 500 Error Code. I'm unable to access my site.",
        "In order to continue building my website, I'll re-install.",
        # a story's English line with a label and no program's part
        "Warning: the storm could not be stopped",
        "Storm warning: residents could not leave their homes",
        "Notice: The office will be closed on Monday",
        "Please check the facts before you share",
    ],
)
def test_a_storys_english_line_is_no_software_message(line: str) -> None:
    assert not software_message(line)
    assert leak_reason(line) is None


# https://i-tw.com.tw/local/south/pingtungcountry/ishizi/8-126.html (round-40 row, now tuned):
# WordPress's notice printed over the headline, in English and localised, each naming the
# script and its line
WP_NOTICE_EN = (
    "Notice: Function _load_textdomain_just_in_time was called incorrectly. Translation loading"
    " for the image-sizes domain was triggered too early. This is usually an indicator for some"
    " code in the plugin or theme running too early. Translations should be loaded at the init"
    " action or later. Please see Debugging in WordPress for more information. (This message was"
    " added in version 6.7.0.) in /var/www/vhosts/i-tw.com.tw/httpdocs/wp-includes/functions.php"
    " on line 6114"
)
WP_NOTICE_ZH = (
    "Notice: 呼叫 _load_textdomain_just_in_time 函式的方式不正確。Text Domain 為 astra 的語言套件"
    "載入過早觸發,這通常是由於外掛或佈景主題某些程式碼中的指示器過早執行所造成,"
    "而語言套件應該在 init 動作之後才載入。 請參閱〈WordPress 的偵錯功能〉以進一步了解相關資訊。"
    " (這項訊息新增於 6.7.0 版)"
    " in /var/www/vhosts/i-tw.com.tw/httpdocs/wp-includes/functions.php on line 6114"
)


@pytest.mark.parametrize("line", [WP_NOTICE_EN, WP_NOTICE_ZH])
def test_a_long_or_localised_interpreter_message_is_a_software_message(line: str) -> None:
    assert software_message(line)
    document = clean(_page(line, HEADLINE, *PARAGRAPHS))
    assert line_removed(document, line)
    assert document.title == HEADLINE


def test_a_sentence_ending_on_a_line_number_without_a_label_stays() -> None:
    line = "他说,问题出在 /var/www/html/index.php on line 12"  # invented: no severity label
    assert not software_message(line)
