"""Round 39: an item of a site's numbered statement on its copyright, anywhere."""

import pytest
from linear import assert_linear
from test_notice import PARAGRAPHS, TITLE, _placed

from newsclean import clean
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_items import statement_item
from newsclean.filters.notice_vocabulary import by_words

#: A city news site's statement, its first item over a paper's and the site's stories
#: (written for the test in the form of such feet).
ITEM_ONE = (
    "1.本网(某市新闻网)稿件下“稿件来源”项标注为“某市新闻网”、“某市日报”的,根据协议,"
    "其文字、图片、音频、视频稿件之网络版权均属某市新闻网所有,任何媒体、网站或个人 未经本网"
    "协议授权,不得转载、链接、转贴或以其他方式复制发表。已经本网协议授权的媒体、网站,在下载"
    "使用 时须注明“稿件来源:某市新闻网”,违者本网将依法追究责任。"
)
ITEM_TWO = (
    "2.凡本网注明“来源:XXX(非某市新闻网)”的作品,均转载自其它媒体,转载目的在于传递更多信息,"
    "并不代表本网赞同其观点和对其真实性负责。"
)


@pytest.mark.parametrize(
    "line",
    [
        ITEM_ONE,
        ITEM_TWO,
        "(一)本站所有内容未经授权不得转载。",
        "②本刊文章版权均属本刊所有,转载请注明出处。",
        "第一条 本网站所刊载的作品,未经许可不得转载。",
    ],
)
@pytest.mark.parametrize("position", ["top", "middle", "foot"])
def test_an_item_of_the_sites_statement_is_a_notice_anywhere(line, position):
    assert statement_item(line, by_words=by_words)
    assert _placed(line, position)[0] == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "1.本网将于5月1日起改版,届时部分栏目暂停更新。",  # an announcement: no notice words
        "1.该网站稿件未经授权不得转载,被当地网信部门约谈。",  # the third person
        "1、本报记者从市公安局获悉,未经授权不得转载的说法有误。",  # a report
        "一、坚持问题导向,推动版权保护工作落到实处。",  # a policy's point, no owner
        "本网稿件未经授权不得转载",  # no item number: judged by the foot's rules
    ],
)
def test_a_numbered_point_that_is_no_site_statement_is_no_item(line):
    assert not is_notice(line, near_foot=False)


def test_the_item_above_a_teaser_is_the_copyright():
    teaser = "某某大学是985还是211 考上某某大学算学霸吗?"
    page = "\n\n".join([TITLE, *PARAGRAPHS, ITEM_ONE, teaser, teaser + " [详细]"]) + "\n"
    document = clean(page)
    assert document.copyright == ITEM_ONE
    assert ITEM_ONE not in document.body


def test_an_item_number_is_linear_on_hostile_input():
    assert_linear(lambda n: "1." + "本" * n, lambda s: statement_item(s, by_words=by_words), 50_000)
