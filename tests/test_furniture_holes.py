"""The software's interface lines with holes (``furniture_holes``, round 44b): Discuz!'s
edit stamp, an e-paper's page label, a comment form's counter, their fields filled."""

from __future__ import annotations

import pytest
from invariants import line_removed

from newsclean import clean
from newsclean.filters.furniture_holes import holed_kind

# Discuz!'s lang_misc.php post_edit "本帖最后由 {editor} 于 {edittime} 编辑", printed:
# https://bbs1.luoohu.com/thread-4071228-1-1.html (eval variant tool-forum-last-edited-by-
# account-date-foot-district-forum) and http://kokang888.com/forum.php?goto=nextnewset&mod=
# redirect&tid=20325 (eval variant tool-discuz-last-edited-by-kokang-forum).
# Round 47: the article's noun, HadSky's read.php "本文章最后由 {username} 于 {time} 编辑"
# (github.com/vulnspy/HadSky-v5.5.2.20180525), printed traditional at
# https://forum.ibeta.tw/forum.php?mod=viewthread&tid=28806 (held-out row of round 47).
STAMPS = (
    "本帖最后由 东门社区服务中心 于 2020-7-24 10:02 编辑",
    "本帖最后由 少清 于 2017-1-23 09:58 编辑",
    "本文章最後由 fantasywind 於 2011-5-31 00:08 編輯",
    "本文章最后由 fantasywind 于 2011-5-31 00:08 编辑",
)
# E-papers' page labels: https://epaper.rznews.cn/shtml/rzrb/20230110/652406.shtml (【第 B1
# 版:要闻】), http://paper.jzxww.com.cn/jzrb/html/2024-08/19/content_369645.htm (第01版:头版),
# https://xiangyu-macau.oss-cn-hongkong.aliyuncs.com/app/szb/pc/content/202403/13/
# content_325001.html (第A05版:澳聞).
EDITIONS = ("【第 B1 版:要闻】", "第01版:头版", "第A05版:澳聞")
# The comment form's counter at the foot of the rznews page above.
COUNTER = "最大长度:500 还剩:500"
HEADLINE = "东门社区志愿者开展夏季防溺水宣传"
PARAGRAPHS = (
    "近日，东门社区服务中心组织志愿者走进辖区小区，向居民发放防溺水宣传资料，讲解安全知识。",
    "志愿者提醒家长加强对孩子的看护，暑期不要让孩子到无人看管的水域游泳。",
)
# Real lines that stay: a sentence about editing, a book's part named in words, a heading
# with a long section name and marks.
KEPT = (
    "他于2020年编辑出版了这部文集",
    "第一版:序言",
    "第3版:关于进一步加强社区志愿服务工作的通知",
    "本帖最后由于篇幅所限未能刊出",
    "本文章最后由编辑部统一审校",
)


def _page(*foot: str) -> str:
    return "\n\n".join([HEADLINE, *PARAGRAPHS, *foot]) + "\n"


@pytest.mark.parametrize("stamp", STAMPS)
def test_the_edit_stamp_goes(stamp: str) -> None:
    assert holed_kind(stamp) == "edit"
    document = clean(_page(stamp), convert="none")
    assert line_removed(document, stamp)
    assert len(document.body) == 2


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_page_label_goes(edition: str) -> None:
    assert holed_kind(edition) == "edition"
    document = clean(_page(edition), convert="none")
    assert line_removed(document, edition)


def test_the_comment_counter_goes() -> None:
    assert holed_kind(COUNTER) == "counter"
    assert line_removed(clean(_page(COUNTER), convert="none"), COUNTER)


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_or_a_named_part_stays(line: str) -> None:
    assert holed_kind(line) is None
