"""A reader notice (notice_reader): the site telling the reader what the text is (a
translation, to rely on only so far) or on what terms it is read, by self-reference and a
pair of its words anywhere in the line, at the page's top or foot only; a story's
paragraph about AI translation or user agreements stays."""

import opencc
import pytest
from test_notice_statement import BYLINE, PARAGRAPHS, TITLE

from newsclean import clean
from newsclean.data import data_kinds
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_reader import reader_notice

FT_TRANSLATION = "为了第一时间为您呈现此资讯,中文内容为AI翻译,仅供参考。"
FT_TERMS = "请您阅读我们的用户注册协议私隐权保护政策,点击下方按钮即视为您接受。"

#: Real notes from sites outside the eval, their source in a comment.
REAL_NOTICES = [
    # the round-23 rows: big5.ftchinese.com/interactive/188149/ce (FT中文網, traditional),
    # as structure reads them after conversion and as --convert none leaves them
    FT_TRANSLATION,
    FT_TERMS,
    "爲了第一時間爲您呈現此資訊,中文內容爲AI翻譯,僅供參考。",
    "請您閱讀我們的用戶註冊協議私隱權保護政策,點擊下方按鈕即視爲您接受。",
    # github.com/beclab/Olares docs/zh/use-cases/palworld.md: the warning above the text
    "本文档由 AI 自动翻译，仅供参考。涉及关键操作或信息时，请以英文原文为准。",
    # a Thai policy-tracker site's footer (stored page template, 政策脉络 · 泰国)
    "本站译文均为非官方翻译,仅供参考,以泰文原文为准;不构成法律意见。",
    # https://cn.woerjx.com/Privacy-Policy-_nnawdh.html: the line under the page's heading
    "使用本网站即表示您同意按照本隐私政策所述方式存储、处理、传输及披露您的个人信息。",
    # a PHP site's sidebar message (stored template): 访问本站即视为您同意<a>免责声明</a>
    "访问本站即视为您同意免责声明",
    # a user-agreement page's closing line (stored template of a platform's terms page)
    "本平台保留对本用户协议的最终解释权。协议更新后将在本页面公布，继续使用本平台即视为您同意更新后的协议。",
]


@pytest.mark.parametrize("line", REAL_NOTICES)
def test_a_reader_notice_is_a_notice_at_the_top_or_foot(line: str):
    assert reader_notice(line)
    assert is_notice(line, near_foot=True)


@pytest.mark.parametrize("line", [FT_TRANSLATION, FT_TERMS])
def test_a_reader_notice_in_the_middle_is_not_judged_by_it(line: str):
    # its place is evidence: the anywhere judge (near_foot=False) does not ask it
    assert not is_notice(line, near_foot=False)


#: Real article lines near the notices' words that must stay.
REAL_PROSE = [
    # http://www.odtusol.cn/guonei/20220421/2134940.html (工人日报 on user agreements):
    # terms named, no acceptance inferred, nobody addressed as 您
    "使用App前,你认真读过用户协议、隐私协议吗?",
    # the same story: the site's words quoted by the reporter
    "记者体验多款App发现,许多App在下载使用时必须点击“我己阅读并同意”相关用户协议,否则无法注册使用。",
    # http://www.tushygear.com/xwzx/2021shehui/202203/t20220331_12423115.htm (中国青年报)
    "前不久有媒体报道,5款下载量过亿次的手机App,平均每款需要用户“阅读并同意”的协议内容约有2.7万字。",
    # https://www.zhaoyinghui.com/resources/232848.html: a story about AI translation
    "2010年,李明所在媒体开始尝试使用AI翻译工具。起初,他对这个新兴技术持怀疑态度,认为AI翻译的准确性难以保证。",
    # a terms clause with no self-reference (a registration button's label)
    "点击注册即视为同意《凯德微商城用户注册协议》",
]


@pytest.mark.parametrize("line", REAL_PROSE)
def test_a_story_line_about_translation_or_terms_is_no_reader_notice(line: str):
    assert not reader_notice(line)


def test_a_reported_note_is_the_story():
    line = "谷歌表示,为您提供的AI翻译内容仅供参考。"
    assert reader_notice(line)  # without the prose signs: the words alone
    assert not is_notice(line, near_foot=True)  # 表示: a reporting verb


def test_the_translation_pair_is_in_order():
    # reliance first, translation after: 仅供参考 names something else
    assert not reader_notice("以下数据仅供参考,您可以使用翻译软件阅读原文")


@pytest.mark.parametrize("at", ["top", "under the headline", "foot"])
def test_a_reader_notice_goes_to_the_copyright_field(at: str):
    lines = {
        "top": [FT_TRANSLATION, TITLE, BYLINE, *PARAGRAPHS],
        "under the headline": [TITLE, FT_TERMS, BYLINE, *PARAGRAPHS],
        "foot": [TITLE, BYLINE, *PARAGRAPHS, FT_TERMS],
    }[at]
    document = clean("\n\n".join(lines) + "\n")
    assert document.copyright in (FT_TRANSLATION, FT_TERMS)
    assert document.body == PARAGRAPHS
    assert document.title == TITLE


def test_a_leftover_line_above_the_notice_does_not_hide_the_top():
    # page 002's shape: a stray sentence of the page's pollution, then the note, then the
    # article: the note is in the first fifth of the content
    stray = "这款游戏中的外挂现象确实存在。"
    paragraphs = PARAGRAPHS * 3
    document = clean("\n\n".join([stray, FT_TRANSLATION, TITLE, BYLINE, *paragraphs]) + "\n")
    assert document.copyright == FT_TRANSLATION


def test_a_paragraph_about_ai_translation_in_the_body_stays():
    story = "有网站在文首注明:为您呈现的中文内容为AI翻译,仅供参考。"
    paragraphs = [*PARAGRAPHS[:2], story, *PARAGRAPHS[2:], *PARAGRAPHS]
    document = clean("\n\n".join([TITLE, BYLINE, *paragraphs]) + "\n")
    assert story in document.body
    assert document.copyright is None


def test_the_reader_words_are_closed_under_t2s():
    t2s = opencc.OpenCC("t2s")
    for kind, words in data_kinds("notice_reader.txt").items():
        assert {t2s.convert(word) for word in words} <= set(words), kind


def test_a_lede_about_copyright_at_the_top_stays():
    # the top judges reader notices only: the vocabulary's weights (未经授权, 不得转载)
    # would take a copyright story's first paragraph, as they do at the foot
    lede = "国家版权局近日发布通知，要求各网站未经授权不得转载新闻作品。"
    document = clean("\n\n".join([TITLE, BYLINE, lede, *PARAGRAPHS, *PARAGRAPHS]) + "\n")
    assert document.body[0] == lede
    assert document.copyright is None
