"""The site's voice (``furniture_voice``, round 45): real lines, with their pages."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_voice import voice_line

# The site's account promoting itself over the article: http://jintiankansha.me/t/Aj52veRAzx
# (an aggregator's copy of a WeChat account, round 44's held-out row).
ACCOUNT = (
    "精选公益慈善资讯,传播公益慈善文化,普及公益慈善常识——欢迎关注国内知名自媒体平台"
    "【公益慈善论坛】,为公益注入智慧,让慈善更加有效!"
)
# The station's promotion at the story's foot: https://www.mnews.tw/story/amp/20230710sot12001
LAUNCH = "「镜新闻」已在MOD508台与YouTube频道同步播出,也将在有线电视86台上架。敬请期待!"
# A city news site's like-and-share plea under the editor's credit:
# http://www.bozhou.cn/p/255067.html
LIKE = "文章不错,点个赞再走呗!"
SHARE = "转载是一种动力 分享是一种美德"


@pytest.mark.parametrize(
    "line",
    [ACCOUNT, LAUNCH, LIKE, SHARE, LAUNCH.replace("镜新闻", "鏡新聞").replace("敬请", "敬請")],
)
def test_the_site_speaking_to_its_reader_is_furniture(line: str) -> None:
    assert voice_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # the launch reported by a third party: no stay-tuned act (the same line, its act cut)
        "「镜新闻」已在MOD508台与YouTube频道同步播出,也将在有线电视86台上架。",
        # http://www.wgbkz.com/2021/byzl/0816/338494.shtml: a government's appeal quoted
        "【緊急辟謠】關于今天網傳“明日所有人員居家不準外出”“農貿市場、超市、藥店關門”“飛機大規模"
        "消殺不能開門窗”等消息均為謠傳,請廣大網民不信謠不傳謠。有關疫情防控措施的消息,請以揚州官方"
        "媒體平臺發布的內容為準。",
        # https://www.cititic.com/news/mm/1746975-20221001.htm: a city's notice naming its
        # channels, the public addressed by name
        "市民如有需要,请拨打12345热线,或通过成都市人民政府门户网站、蓉城政事微信公众号"
        "等渠道反映 。",
        # http://www.gmggg.com/a/20251201/41691.html: a district's call to its residents
        "请市民朋友们相互转告,共同参与此次消杀活动,为建设健康、安全的城市环境贡献一份力量。",
        # http://t.zoukankan.com/xishuai-p-3670292.html: the author's aside in a tutorial
        "内容有点多,请坚持往下看哦!",
        # https://m.51wuxian.com/game/thread/20230808/10415144.html: a review recommending
        # the product it is about
        "neat download manager电脑版是一款非常受欢迎的电脑下载器工具,这款工具与其他同类产品相比"
        "最大的优势就是可以免费使用,而且安装包不足1M,下载安装过程十分简单,为大家提供多线程下载功"
        "能,兼容性超强,感兴趣的欢迎前来下载体验!",
        # http://51haodu.com/t/NDlUejBacXExTw==: an article on mini programs naming the act
        "在快递包裹上印上自己的二维码关注公众号形成二次寄出快递的粘性,Pokemon Go 让用户在实体地图上"
        "捕获小精灵。",
        # the desk crediting the origin beside the outlet's app (tests/test_notice.py's row of
        # The Paper's reprint credit): a notice, left to the notice readers
        "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）",
        # a story's appeal to follow the weather, not the site
        "请广大市民关注天气变化,做好防范。",
    ],
)
def test_the_article_quoting_the_same_act_stays(line: str) -> None:
    assert not voice_line(line)


def test_the_site_voice_goes_from_the_page_and_the_article_stays() -> None:
    # http://www.bozhou.cn/p/255067.html's foot, as the copy printed it
    page = (
        "近日,镇党委召开会议,部署小巷硬化工程,确保年底前全部完工,方便群众出行。\n\n"
        f"{LIKE}\n\n{SHARE}\n"
    )
    doc = clean(page)
    placements = {line.original: line.placement for line in doc.lines if line.original}
    assert placements[LIKE] == "removed"
    assert placements[SHARE] == "removed"
    assert any("小巷硬化工程" in paragraph for paragraph in doc.body)
