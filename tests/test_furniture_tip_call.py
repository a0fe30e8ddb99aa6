"""The call for news tips (``furniture_tip_call``, round 41): real lines, with their pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean_bytes
from newsclean.filters.furniture_tip_call import tip_call

# round 40's pages as built then (the rotation of round 41 redrew eval/pages)
EVAL = Path(__file__).resolve().parent / "data" / "eval_r40"

# http://www.623kkk.com/internet/202211/1198197.html (round 40's row, a copy host in
# traditional characters), and the same line converted.
CALL = (
    "【如果您有新聞線索,歡迎向我們報料,一經采納有費用酬謝。報料微信關注:ihxdsb,報料QQ:3386405712】"
)


@pytest.mark.parametrize("line", [CALL, CALL.replace("新聞線索", "新闻线索")])
def test_a_call_for_tips_with_its_channels_is_furniture(line: str) -> None:
    assert tip_call(line)


@pytest.mark.parametrize(
    "line",
    [
        # http://gdipo.gov.cn/gdipo/zxft/201511/3d1976434dea46f3b54215c0cbdd5046.shtml: a radio
        # programme's transcript inviting listeners to call its hotline (no newsroom's errand)
        "另外,也欢迎各位参与到我们的节目中来,如果您的企业在专利维权过程中遇到困难,或者对知识产权"
        "局的行政执法行为有疑问,又或者想投诉专利侵权等等问题,都欢迎您现在就可以拨打我们广东民声热"
        "线020-36235999。",
        # http://dzb.hxnews.com/2012-11/13/content_76084.htm: a report on the paper's channels
        # (no appeal) and its call inside the story (no channel's field)
        "一是新闻热线:968111;二是微博报料:http://weibo.com/n968111;三是短信报料:10657301968111",
        "独乐乐不如众乐乐,如果你也发现了这样那样的鲜活、难忘、有趣、开心等的事情,不妨拨打968111"
        "告诉我们,也许下一个报料王就是您。",
        "目前,读者可通过以下八条通道向海都报报料,线索费最高达2000元。",
    ],
)
def test_a_story_quoting_a_hotline_stays(line: str) -> None:
    assert not tip_call(line)


@pytest.mark.parametrize("page,line", [("019", 25), ("056", 7), ("073", 15), ("122", 17)])
def test_the_call_goes_on_the_round_40_pages(page: str, line: str) -> None:
    doc = clean_bytes((EVAL / f"{page}.txt").read_bytes())
    record = doc.lines[line - 1]
    assert record.placement == "removed" and record.reason == "nav", record
