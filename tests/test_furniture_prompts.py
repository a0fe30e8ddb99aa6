"""The site's prompts left without their widget (``furniture_prompts``, round 45b): real lines,
with their pages."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.filters.furniture_prompts import link_lead, mood_poll, prompt_reason, site_title

# The mood poll under a glossed city-news copy (http://www.4huh31.com/2015/0906/303443.shtml,
# round 45's held-out variant row): its tool glued to its question, a line of its own.
POLL = "查看心情排行你看到此篇文章的感受是:"
# A Macau school's news post (https://shcces.edu.mo/water-resources-short-film-competition-
# 28032023/): the lead-in over the film's link, the link not kept by the copy.
LEAD = "附上得獎影片連結:"
# The same glossed copy (http://www.4huh31.com/2015/0906/303443.shtml): the original-title
# note filled with the site's own name.
SITE_TITLE = "(原标题:驻马店网)"


@pytest.mark.parametrize(
    "line",
    [
        POLL,
        "你看到此篇文章的感受是:",  # the question alone, the tool line lost
        "查看心情排行 你看到此篇文章的感受是:",  # the same, spaced
        # the mood app's own vote template (a public CMS repository's apps/mood template:
        # 查看心情排行 in its link, 您看到此篇文章时的感受是： in its label)
        "您看到此篇文章时的感受是：",
        "读完这篇文章后,您心情如何?",  # a portal's mood survey, the same question
    ],
)
def test_the_mood_polls_prompt_is_furniture(line: str) -> None:
    assert mood_poll(line)
    assert prompt_reason(line) == "share"


@pytest.mark.parametrize("line", [LEAD, "附上得奖影片连结:", "附上得獎影片連結 :"])
def test_a_lead_in_to_a_lost_link_is_furniture(line: str) -> None:
    assert link_lead(line)


@pytest.mark.parametrize("line", [SITE_TITLE, "原标题:驻马店网", "(原標題:駐馬店網)"])
def test_an_original_title_naming_the_site_is_furniture(line: str) -> None:
    assert site_title(line)
    assert prompt_reason(line) == "nav"


@pytest.mark.parametrize(
    "line",
    [
        # https://ent.ltn.com.tw/news/breakingnews/5223791: a columnist's feeling quoted
        "這個新聞事件，不但羨慕死了牆內無法翻牆的中國人，也讓我的心情獲得療癒。」",
        # the same question about someone else's feeling (the reader word is needed)
        "网友读完此文的感受是:",
        # a book is the story's, not the page's article
        "你读完这本书的感受是:",
    ],
)
def test_a_feeling_in_the_story_stays(line: str) -> None:
    assert not mood_poll(line)
    assert prompt_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # http://ucptt.com/article/Gossiping/1639632039/E0E: a story about a film's link
        "若從蔡英文臉書貼文點擊嵌入的影片連結至YouTube,則會跳出「無法播放影片,這是私人影片」的標語。",
        # a subject before the verb: the story telling who attached the link
        "他在臉書附上影片連結:",
        # a lead-in to the article's own lines, no link noun
        "附上得奖名单:",
        # the link kept after the colon: read elsewhere
        "详见链接:https://shcces.edu.mo/",
    ],
)
def test_a_link_in_the_story_stays(line: str) -> None:
    assert not link_lead(line)
    assert prompt_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "原标题：援藏干部的三年",  # tests/test_metadata.py: a headline, the desk's provenance
        # /tmp/corpus's benchmark page (a court report's reprint): a headline
        "原标题:开设“传奇私服”二人因侵犯著作权罪获刑",
        "(原标题:外交部发言人:我们不做沉默的羔羊)",
        "(原标题:驻马店)",  # a place is no outlet
    ],
)
def test_an_original_title_with_a_headline_stays(line: str) -> None:
    assert not site_title(line)


def test_the_prompts_go_from_the_page_and_the_article_stays() -> None:
    # https://licai.cofool.com/user/guide_view_2532892.html's copy (the glossed copy's foot
    # rows, http://www.4huh31.com/2015/0906/303443.shtml) and the school's lead-in
    paragraph = (
        "今天(27日)由國務院新聞辦公室和清華大學主辦的第三屆中國新聞發言人論壇在北京舉行。"
        "外交部發言人毛寧在論壇演講中表示,要積極主動發聲,不說是沒有話語權的。"
    )
    page = (
        "外交部發言人:我們不做沉默的羔羊中國聲音更多地爲外界聽見\n\n"
        f"{paragraph}\n\n(來源:央視新聞) |\n\n{SITE_TITLE}\n\n{POLL}\n\n{LEAD}\n"
    )
    doc = clean(page)
    placements = {line.original: line.placement for line in doc.lines if line.original}
    for line in (SITE_TITLE, POLL, LEAD):
        assert placements[line] == "removed", line
    assert any("新聞發言人論壇" in p or "新闻发言人论坛" in p for p in doc.body)


def test_a_line_without_a_reader_or_a_colon_asks_no_grammar(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # round 46: the poll names its reader, the lead and the title end a label with a colon; a
    # line holding neither (the columnist's feeling above) asks none of the three grammars.
    from newsclean.filters import furniture_prompts

    asked: list[str] = []
    for name in ("mood_poll", "link_lead", "site_title"):
        monkeypatch.setattr(furniture_prompts, name, lambda line, name=name: asked.append(name))
    feeling = "這個新聞事件，不但羨慕死了牆內無法翻牆的中國人，也讓我的心情獲得療癒。」"
    assert furniture_prompts.prompt_reason(feeling) is None
    assert asked == []
    assert furniture_prompts.prompt_reason(POLL) is None  # 你 and a colon: all three asked
    assert asked == ["mood_poll", "link_lead", "site_title"]
