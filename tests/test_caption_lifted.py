"""``caption_lifted`` (round 35): a line restating a clause of a longer paragraph is the
picture's caption; a paragraph printed twice whole, or a short line, stays."""

from newsclean import clean

#: A city story's paragraphs (written for the test in the form such reports take).
CAPTION = "卫生局局长李明表示留意到海滨公园一带今日游人众多,更直言请市民「少出门,多休息」。"
FIRST = "卫生局今日举行记者会,有记者问及政府会否关闭公园,李明强调现阶段不会关闭,但会加强人流管理。"
SECOND = (
    "李明在会上强调,政府虽然没有关闭措施,但请市民切勿聚集,"
    "他更表示留意到海滨公园一带今日游人众多,更直言请市民「少出门,多休息」。"
)


def test_a_sentence_restated_above_its_paragraph_is_a_caption() -> None:
    document = clean("\n\n".join([CAPTION, FIRST, SECOND]) + "\n")
    assert document.captions == [CAPTION]
    assert document.body == [FIRST, SECOND]


def test_a_paragraph_printed_twice_is_no_caption() -> None:
    document = clean("\n\n".join([SECOND, FIRST, SECOND]) + "\n")
    assert document.captions == []


def test_a_line_sharing_a_short_phrase_stays_in_the_body() -> None:
    short = "李明表示留意到海滨公园一带今日游人众多。"  # no clause stretch to lift
    document = clean("\n\n".join([short, FIRST, SECOND]) + "\n")
    assert document.captions == []
    assert short in document.body


def test_a_lead_repeating_the_key_facts_of_a_later_paragraph_stays() -> None:
    # a lead and a later paragraph both give the arrests and the sums: two paragraphs
    lead = (
        "(通讯员 张华 记者 李明)9月18日上午,记者从市公安局召开的新闻发布会上获悉,警方近日破获"
        "一起跨境赌博案件,抓获犯罪嫌疑人29名,涉案资金达2000万余元。"
    )
    later = (
        "5月初,经过两轮集中行动,专案组在多地同步收网,抓获犯罪嫌疑人29名,涉案资金达2000万余元。"
        "这也是今年市公安局破获的第一起跨境赌博案件。"
    )
    document = clean("\n\n".join([lead, FIRST, later]) + "\n")
    assert document.captions == []
    assert lead in document.body


def test_the_lifted_tail_is_a_clause_stretch_shared_with_the_headline_search() -> None:
    # one reading of "the stretch a lifted line shares": caption_lifted and head_search ask it
    from newsclean.filters.caption_lifted import MIN_LIFTED, lifted_tail

    tail = lifted_tail(CAPTION + "  ")
    assert tail is not None and len(tail) == MIN_LIFTED and CAPTION.endswith(tail)
    assert (
        lifted_tail("卫生局局长李明表示留意到海滨公园一带今日游人众多更直言请市民少出门多休息。")
        is None
    )
    assert lifted_tail("李明表示,游人众多。") is None  # too short to hold a clause lifted


class _View:
    def __init__(self, text: str) -> None:
        self.text = text


def test_the_count_gate_still_finds_a_tail_the_line_itself_prints_twice() -> None:
    # the line prints its tail twice; the paragraph once more: the page's count (three)
    # exceeds the line's own (two), so the paragraph is searched and found
    from newsclean.filters.caption_lifted import Lifted, lifted_tail

    tail = lifted_tail(CAPTION)
    assert tail is not None
    twice = tail + CAPTION
    paragraph = SECOND + FIRST + FIRST  # half as long again as the line at least
    views = [_View(twice), _View(FIRST), _View(paragraph)]
    assert Lifted(views)(0) is not None
    assert Lifted(views[:2])(0) is None  # no other line prints it: the gate answers None
    assert Lifted([_View(twice), None, _View(twice)])(0) is None  # as long: no paragraph


# Round 42 (head harvest, half A): https://ousaite.com/new/734631780308492288, a portal that
# titles a post with its first words, cut at a count inside a clause (``opening_cut``).
SITE = "云霞资讯网"
POST_TITLE = "这个背影,是中国调查记者的脊梁,他叫韩福涛,《新京报》首席调查记者,一个靠把自己"
POST = (
    "这个背影,是中国调查记者的脊梁,他叫韩福涛,《新京报》首席调查记者,一个靠把自己活成卧底"
    "闻名的揭黑者。 他的履历里没有光鲜的发布会,只有蹲守的夜路、卧底的病房和随时可能到来的威胁。"
)


def test_the_paragraphs_opening_cut_inside_a_clause_is_its_title_no_caption() -> None:
    document = clean("\n\n".join([SITE, POST_TITLE, POST]) + "\n")
    assert document.title == POST_TITLE
    assert document.captions == []
    assert document.body == [POST]


def test_the_paragraphs_opening_cut_at_a_clause_end_is_still_lifted() -> None:
    # the same post's first sentence printed over it whole: a clause lifted, no title cut
    first = POST[: POST.index("。") + 1]
    document = clean("\n\n".join([SITE, first, POST]) + "\n")
    assert document.title != first
    assert first not in document.body
