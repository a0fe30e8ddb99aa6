"""The site's advert block (``furniture_advert``, round 45): real lines, with their pages."""

from __future__ import annotations

from newsclean import clean

# http://fwwvf.cn/article/589071.html (round 44's held-out row): an AI copy farm's advert for
# its writing tool between the article's opening and its contents.
AI_ADVERT = [
    "开始之前先推荐一个非常厉害的Ai人工智能工具,一键生成原创文章、方案、文案、工作计划、"
    "工作报告、论文、代码、作文、做题和对话答疑等等",
    "只需要输入关键词,就能返回你想要的内容,有小程序、在线网页版、PC客户端和批量生成器",
    "官网:https://ai.de1919.com。",
]
# https://freewechat.com/a/MzIzMjg5MTU1MA==/2247512670/2: a WeChat account's copy pitching
# its project between a programming article's introduction and its first section.
ARTICLE = [
    "前言",
    "本篇主要要介绍的就是controller层的处理,一个完整的后端请求由4部分组成:1. 接口地址(也就是"
    "URL地址)、2. 请求方式(一般就是get、set,当然还有put、delete)、3. 请求数据(request,有head"
    "跟body)、4. 响应数据(response)",
    "本篇将解决以下3个问题:",
    "当接收到请求时,如何优雅的校验参数 返回响应数据该如何统一的进行处理 接收到请求,处理业务逻辑"
    "时抛出了异常又该如何处理",
]
PROJECT = [
    "基于 Spring Boot + MyBatis Plus + Vue & Element 实现的后台管理系统 + 用户小程序,支持 RBAC "
    "动态权限、多租户、数据权限、工作流、三方登录、支付、短信、商城等功能。",
    "项目地址:https://github.com/YunaiV/ruoyi-vue-pro",
]
AFTER = ["一、Controller层参数接收(太基础了,可以跳过)", "常见的请求就分为get跟post2种"]


def _placements(lines: list[str]) -> dict[str, str]:
    doc = clean("\n".join(lines) + "\n")
    return {line.original: line.placement for line in doc.lines if line.original}


def test_a_product_pitched_over_its_own_site_goes_whole() -> None:
    page = [
        "海沧市民节:幸福海沧 市民同享",
        "昨天,欢乐之门再度敞开,与上届相比,第二届海沧市民节更加凸显“市民”这一中心,让市民唱主角。",
        "",
        *AI_ADVERT,
        "",
        "去年九八期间,为了让市民朋友欢度佳节,共享喜庆,海沧区举办了首届市民节。",
    ]
    placements = _placements(page)
    assert [placements[line] for line in AI_ADVERT] == ["removed"] * 3
    assert placements[page[1]] == "body"


def test_a_project_pitched_in_a_copied_article_goes() -> None:
    placements = _placements(["如何优雅的写 Controller 层代码?", *ARTICLE, *PROJECT, *AFTER])
    assert [placements[line] for line in PROJECT] == ["removed", "removed"]
    assert all(placements[line] != "removed" for line in ARTICLE)


def test_an_address_with_no_pitch_over_it_stays() -> None:
    # the same page with its pitch taken out: the address alone under the article's lines
    placements = _placements(["如何优雅的写 Controller 层代码?", *ARTICLE, PROJECT[1], *AFTER])
    assert all(placements[line] != "removed" for line in ARTICLE)
