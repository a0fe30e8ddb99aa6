"""caption_cues: one remembered caption judgement by a line's words, a wire's source tag
closing the article excepted."""

from __future__ import annotations

from newsclean.filters.caption_cues import caption_cue_at, caption_cue_of
from newsclean.filters.captions import caption_cue

# the reference article's caption line (fixtures/000_da2a06443414a7f3.txt's form)
CREDIT = "刚建成时的华侨新村。图/越秀区华乐街道提供"


def test_a_remembered_cue_is_the_judges_cue() -> None:
    for _ in range(2):  # the second ask is served from the memo
        assert caption_cue_of(CREDIT) == caption_cue(CREDIT) is not None


def test_a_wire_tag_is_a_caption_cue_except_on_the_articles_last_line() -> None:
    # round 33: one judgement for the caption pass and for the lines the clean text prints
    # (foot_notices counts them): the article's source tag closing it is printed
    tag = "两岸同胞共迎新年。（新华社）"
    assert caption_cue_at(tag, last=False) == caption_cue(tag) is not None
    assert caption_cue_at(tag, last=True) is None
    credit = CREDIT  # a photo's credit is a caption's wherever it stands
    assert caption_cue_at(credit, last=True) == caption_cue(credit) is not None


# Round 35 probe: a news site's distribution credit after the photographer, as an agency's
# (http://xmdta.com/guojixinwen/55491.html, xinhuanet's caption copied:
# "…发表讲话。索万纳拉 摄 新华网发").
def test_a_sites_distribution_credit_closes_a_caption() -> None:
    line = "5月6日,柬埔寨新闻大臣乔卡纳里在柬中记者协会揭牌仪式上发表讲话。索万纳拉 摄 新华网发"
    assert caption_cue(line) == "photo credit at the end: 网发"


def test_a_sentence_ending_in_the_same_characters_is_no_credit() -> None:
    assert caption_cue("这条消息是通过互联网发") is None
