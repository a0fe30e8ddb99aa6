"""A post wrapper (``spam_wrapper``, round 27): a plugin's sentence to the reader about the
post's topic and this site, whatever its slots hold; the site's other lines and a news
article's lines that name a site or a reader stay."""

from __future__ import annotations

import pytest

from newsclean.filters.spam import spam_verdicts
from newsclean.filters.spam_wrapper import wrapper_shaped
from newsclean.page import simplify_lines as _simplify_lines

ARTICLE = [
    (
        "　　行政长官办公室网站由昨日起,将会新增“特首感言”栏目,行政长官尝试以"
        "新的形式,通过声音与居民分享。"
    ),
    "　　“特首感言”首篇以“淡泊宁静 智看大势”为题,行政长官通过原声录音,诉说人生哲学信念。",
    (
        "　　为方便公众收听,“特首感言”栏目上载了行政长官原声录音全文及分段,同"
        "时结合了文字版本,让市民可以阅读。"
    ),
]

WRAPPERS = [
    # Copied CSDN posts on a blog mirror (code corpus, Markdown with front matter): the
    # plugin's opening paragraph with the post's own topics in the slots.
    (
        "本篇文章给大家谈谈python如何生成excel图表，以及python图"
        "形界面生成exe，希望对各位有所帮助，不要忘了收藏本站喔。"
    ),
    (
        "本篇文章给大家谈谈python中2的n次方输出结果为整数，以及pytho"
        "n中2的n次方怎么表达，希望对各位有所帮助，不要忘了收藏本站喔。"
    ),
    # The Z-BlogPHP editor plugin iddahe_com_editor's default paragraphs (its settings page,
    # code corpus), slots filled as a farm fills them: the second opening and both endings.
    (
        "今天给各位分享德发娱乐的知识，其中也会对假证件进行解释，如果能碰巧解决你"
        "现在面临的问题，别忘了关注本站，现在开始吧！"
    ),
    (
        "关于利记国际娱乐和六月婷婷丁香的介绍到此就结束了，不知道你从中找到你需要"
        "的信息了吗 ？如果你还想了解更多这方面的信息，记得收藏关注本站。"
    ),
    (
        "远航娱乐的介绍就聊到这里吧，感谢你花时间阅读本站内容，更多关于借记卡四件"
        "套、远航娱乐的信息别忘了在本站进行查找喔。"
    ),
    # The round-26 farms' form in traditional slots (a Macao government story's mirror).
    (
        "本篇文章给大家谈谈利記國際娛樂,以及六月婷婷丁香的知识点,希望对各位有所"
        "帮助,不要忘了收藏本站喔。"
    ),
]

NEAR_MISSES = [
    # https://m.fqmxn.com/1/92647.html (a sports page's foot): this site and its pictures,
    # no reader addressed, no post's topic.
    "注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:happy56812@qq.com",
    # An AI site's about page (code corpus): the reader and this site, no call, no topic.
    (
        "注册账号后可以免费得到 20 次调用接口的机会，大家可以在本站使用 AI"
        " 进行智能对话和文章生成，让您的工作更加顺畅和高效。"
    ),
    # A novel site's watermark (biqg.cc, as scrapers strip it): a call, no reader, no topic.
    "请收藏本站：https://www.biqg.cc。笔趣阁手机版：https://m.biqg.cc",
    # A railway story: 本站 is the station, no reader addressed, no topic.
    "车站提醒各位旅客,本站进站口将于明日起调整,请提前查看车站公告。",
    # A report quoting such a farm's sentence: a word of the reports about spam.
    "警方查明,该网站每篇文章开头都写着“本篇文章给大家谈谈X的知识点,不要忘了收藏本站”。",
]


def _removed(page: list[str]) -> list[str]:
    verdicts = spam_verdicts(page, simplify_lines=_simplify_lines)
    return [line for line, v in zip(page, verdicts, strict=True) if v.is_spam]


@pytest.mark.parametrize("line", WRAPPERS)
def test_a_wrapper_is_read_by_its_words(line):
    assert wrapper_shaped(_simplify_lines([line])[0].lower())


@pytest.mark.parametrize("line", WRAPPERS)
def test_a_wrapper_over_an_article_goes(line):
    page = [line, "", *ARTICLE]
    assert _removed(page) == [line]


def test_a_wrapper_at_the_end_goes():
    page = [*ARTICLE, "", WRAPPERS[3]]
    assert _removed(page) == [WRAPPERS[3]]


def test_two_wrappers_opening_one_post_both_go():
    # eval page 094's shape: the farm opens the post with two wrappers, which share the
    # frame: one is no article for the other.
    tail = "的知识点,希望对各位有所帮助,不要忘了收藏本站喔。"
    first = "本篇文章给大家谈谈身份證生成,以及賣qq號碼" + tail
    second = "本篇文章给大家谈谈免費色站,以及借記卡四件套" + tail
    assert _removed([first, "", second, "", *ARTICLE]) == [first, second]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_lines_naming_a_site_or_a_reader_stay(line):
    assert not wrapper_shaped(_simplify_lines([line])[0].lower())
    assert line not in _removed([line, "", *ARTICLE])


def test_a_wrapper_its_article_echoes_stays():
    # A post whose article says what the sentence says is no farm's frame around keywords.
    line = WRAPPERS[0]
    page = [line, "", line.replace("本站", "小站"), "", *ARTICLE]
    assert line not in _removed(page)
