"""Round 31: a caption stamped with the day its picture was taken, a full date alone in
the bracket closing one unfinished sentence of clauses (``caption_brackets.dated_caption``),
and the real lines with a bracketed date that must not be read so: a speech's or a
paper's heading (no clause), a paragraph with its stop before the date.
"""

import pytest
from conftest import one_caption_after_first_paragraph

from newsclean.filters.caption_brackets import dated_caption, name_only
from newsclean.filters.captions import caption_cue

# https://www.jianpian.cn/a/19tirw2q (France, a photo essay on Paris's Chinese; the
# round-31 row ``cap-line-date-in-brackets-paris-parade-photo-page``).
PARIS = (
    "五星红旗飘扬在巴黎香榭丽舍大街上,这天是2025年农历正月初五,"
    "法国华人贸易促进会等社会团体在此举办新春中国文化巡游表演(2025年2月2日)"
)


@pytest.mark.parametrize(
    "line",
    [
        PARIS,
        # the same form in full-width brackets and with an ISO date
        "法国华人贸易促进会成员在巴黎十三区舞龙舞狮，迎接蛇年新春（2025年1月25日）",
        "市民在塞纳河畔观看灯光秀,现场人头攒动(2025-01-29)",
    ],
)
def test_a_caption_closed_by_the_day_its_picture_was_taken_is_a_caption(line: str):
    assert dated_caption(line) is not None
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        # http://koreaqb.com/zgxw/3880.html: a paper's issue line, no clause
        "《人民日报海外版》(2019年02月25日第02版)",
        # https://meipian.cn/4w17633r: a photo essay's headline, dated, no clause
        "相聚金秋 侨心同行(2023.9.9)",
        # a speech's heading: a title, not a described picture
        "习近平在中央经济工作会议上的讲话（2024年12月11日）",
        # a paragraph: its sentence ended before the date
        "会议强调，要坚持稳中求进工作总基调。（2024年12月11日）",
        # a month and day in a bracket is prose's aside, not a picture's day
        "据悉,活动将持续到下月中旬(3月15日)",
    ],
)
def test_a_bracketed_date_closing_a_heading_or_a_paragraph_is_no_caption(line: str):
    assert dated_caption(line) is None
    assert caption_cue(line) is None


# Round 44: a wire gallery's caption, one sentence closed by its stop, then the day its
# picture was taken (https://voa.pangea-cms.com/preview/zh-CN/a/may-8-2017-day-in-photos/3845828.html,
# VOA's 图片看天下, half A of captions_r44.tsv).
VOA_GALLERY = (
    "中国河北省邯郸市,一家医院的护士们咬筷子练习微笑。(2017年5月8日)",
    "巴黎卢浮宫附近,法国当选总统马克龙在台上与他的支持者一起庆祝胜利。(2017年5月7日)",
)


@pytest.mark.parametrize("line", VOA_GALLERY)
def test_a_gallery_caption_stopped_then_dated_is_a_caption(line: str):
    assert dated_caption(line) is not None
    assert one_caption_after_first_paragraph(line).captions == [line]


@pytest.mark.parametrize(
    "line",
    [
        # the same page's introduction, a real paragraph with no date
        "本图集包括VOA英语图集编辑所精选的西方通讯社摄影师在世界各地拍摄的新闻及其他照片。",
        # written for the test, the model's two refusals: a reported sentence dated after
        # its stop (words reported, no picture described), and two sentences before the date
        "外交部发言人表示，中方将继续同各方保持沟通。（2024年12月11日）",
        "会议闭幕。与会代表一致通过决议，会议圆满结束。（2024年12月11日）",
    ],
)
def test_a_stopped_dated_paragraph_or_report_is_no_caption(line: str):
    assert dated_caption(line) is None
    assert caption_cue(line) is None


def test_a_photo_story_credit_in_the_bracket_after_a_caption_is_a_credit() -> None:
    """Round 38: 摄影报道 holds 报道, no report's bracket after a caption's text."""
    from newsclean.filters.caption_brackets import bracket_credit

    assert bracket_credit("市民冒雨出行。(本报通讯员 成和平 摄影报道)") is not None
    assert bracket_credit("（本报记者 张三 摄影报道）") is None  # alone: a photo story's byline
    assert bracket_credit("会议于昨日闭幕。（本报记者 张三 报道）") is None  # a report


# Round 45: a photographer's name in brackets after a credit closing the caption already.
# https://udn.com/news/story/124651/9133673 (聯合報): the caption and its reporter's credit;
# eval row cap-credit-photographer-half-width-brackets-after-stop-taiwan-magazine
# (https://www.taiwan-panorama.com/Articles/Details?Guid=b5b44802-e037-4f05-8395-fdd200bf4735&CatId=7):
# 光華 closes each caption with the photographer's name alone in half-width brackets.
UDN_CAPTION = "宜蘭縣代理縣長林茂盛今赴宜蘭縣災害應變中心，談及昨天淹水原因。記者林佳彣／攝影"


def test_a_name_in_brackets_after_a_credit_is_a_stacked_credit() -> None:
    assert name_only(UDN_CAPTION + "(岳雷)") == "photo credit at the end: a name alone (岳雷)"
    assert caption_cue(UDN_CAPTION + "(岳雷)") is not None


def test_the_storys_paragraph_naming_the_same_man_is_none() -> None:
    # udn's paragraph on the same page: a stop, then a sentence naming him, no credit word.
    line = (
        "縣府昨天遲至9時許宣布今日停班課，在這之前傳出不同版本，造成民眾混淆。林茂盛表示，整個停班停課的"
        "討論過程中，縣府確實討論很多面向跟版本，但是最終還是以縣府對外發布的資訊為準"
    )
    assert name_only(line) is None
    assert name_only(UDN_CAPTION) is None  # the reporter's credit alone: no bracketed name
