"""A publisher's grant of all its rights to a protecting body (filters/notice_grant.py,
round 42b)."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_grant import rights_grant

# http://culture.gansudaily.com.cn/system/2021/05/06/030328810.shtml (eval row notice-
# originality-protection-rights-granted-to-media-copyright-centre-foot-province-paper-culture-
# channel): the first sentence of the statement under 版权声明 at the page's foot.
GRANT = (
    "为加强原创内容保护,日前,甘肃日报、甘肃日报报业集团各子报、甘肃新媒体集团各平台已将其所有的"
    "版权统一授予甘肃媒体版权保护中心进行保护、维权及给第三方的授权许可。"
)
# the story above it on the same page (shortened)
STORY = [
    "最近,阴雨天气一直“赖”在省会不舍得离开。",
    "昨天,记者从市气象台了解到,今明两天,省会又将迎来一场强度较大的降雨,预计局部可达暴雨。",
]


def test_a_rights_grant_at_the_foot_is_the_copyright() -> None:
    assert rights_grant(GRANT)
    assert is_notice(GRANT, near_foot=True)
    doc = clean("\n\n".join(["省会又将迎来强降雨", *STORY, GRANT]) + "\n")
    assert doc.copyright is not None and doc.copyright.startswith("为加强原创内容保护")
    assert doc.body == STORY


def test_a_story_of_one_works_rights_stays() -> None:
    # the negatives: one book's rights named, no whole; the grant in the article's middle
    assert not rights_grant("作家将该书的版权授予出版社进行管理。")
    assert not is_notice(GRANT, near_foot=False)
