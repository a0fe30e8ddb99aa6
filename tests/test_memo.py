"""The cross-page line memo: bounded, and it keeps the probes a stream keeps repeating."""

from newsclean.filters.memo import LineCache


def test_a_probe_in_use_survives_a_stream_of_distinct_ones() -> None:
    calls: list[str] = []

    def judge(probe: str) -> int:
        calls.append(probe)
        return len(probe)

    cache = LineCache(judge)
    for i in range(3 * LineCache.LIMIT):
        cache("分享到微信朋友圈")  # a site's furniture line, on every page
        cache(f"第{i}段正文，说的是援藏。")  # the article's own lines, never seen again
        assert len(cache.known) <= 2 * LineCache.LIMIT
    assert calls.count("分享到微信朋友圈") == 1


def test_a_probe_asked_since_the_turnover_outlives_the_others() -> None:
    cache = LineCache(len)
    for i in range(LineCache.LIMIT):
        cache(str(i))
    cache("new")  # the turnover: the probes so far are the old generation
    cache("0")  # asked again: back in the current one
    for i in range(LineCache.LIMIT):
        cache(f"第{i}段")  # the next turnover
    assert "0" in cache.known and "1" not in cache.known


def test_many_judges_the_unknown_probes_in_one_call_and_keeps_order() -> None:
    batches: list[list[str]] = []

    def judge_all(probes: list[str]) -> list[int]:
        batches.append(probes)
        return [len(probe) for probe in probes]

    cache = LineCache(len)
    cache("分享到")
    lines = ["第一段正文。", "分享到", "第一段正文。", "返回顶部", "长" * (LineCache.LENGTH + 1)]
    assert cache.many(lines, judge_all) == [len(line) for line in lines]
    assert batches == [["第一段正文。", "返回顶部", "长" * (LineCache.LENGTH + 1)]]
    assert "返回顶部" in cache.known and "长" * (LineCache.LENGTH + 1) not in cache.known
    assert cache.many(["返回顶部", "分享到"], judge_all) == [4, 3] and len(batches) == 1


def test_many_stays_within_the_bound() -> None:
    cache = LineCache(len)
    lines = [f"第{i}段" for i in range(2 * LineCache.LIMIT + 10)]
    assert cache.many(lines, lambda probes: [len(p) for p in probes]) == [len(x) for x in lines]
    assert len(cache.known) <= 2 * LineCache.LIMIT and lines[0] not in cache.known
    assert lines[-1] in cache.known


def test_a_small_memo_holds_its_own_limit() -> None:
    cache = LineCache(len, LineCache.SMALL)
    for i in range(2 * LineCache.SMALL + 10):
        cache(f"第{i}段")
    assert len(cache.known) <= 2 * LineCache.SMALL < 2 * LineCache.LIMIT
    assert "第0段" not in cache.known and f"第{2 * LineCache.SMALL + 9}段" in cache.known


def test_a_none_answer_is_remembered() -> None:
    calls: list[str] = []

    def judge(probe: str) -> None:
        calls.append(probe)

    cache = LineCache(judge)
    assert cache("返回顶部") is None and cache("返回顶部") is None
    assert calls == ["返回顶部"]


def test_a_probe_asked_in_each_generation_survives_turnovers() -> None:
    calls: list[str] = []

    def judge(probe: str) -> int:
        calls.append(probe)
        return len(probe)

    cache = LineCache(judge, 8)
    for i in range(20):
        if i % 3 == 0:
            cache("分享到")
        cache(f"第{i}段")
    assert calls.count("分享到") == 1 and len(cache.known) <= 2 * 8


def test_the_remembered_line_readers_answer_a_page_cleaned_again_alike() -> None:
    """Round 42 (speed): ``site_lines``' per-line readers (contact labels, registry fields,
    a link line's own verdict, an advert, a Latin line) are ``LineCache``s across pages and
    their answers (lists among them) are shared: a caller that changed one would change
    the next page's verdict.  A page of such lines, cleaned cold and then with every
    reader warm, is cleaned alike, line for line."""
    from park_article import HEADLINE, PARAGRAPHS, page_of

    from newsclean import clean
    from newsclean.filters.furniture_calls import own_verdict_of

    page = page_of(
        HEADLINE,
        *PARAGRAPHS,
        "新闻热线：010-12345678",  # a contact row (tests/test_furniture_contact.py)
        "爆料邮箱：tips@example.com 爆料电话：0571-87654321",
        "主办单位:宁化县人民政府办公室 网站标识码:3504240001 闽ICP备05012345号",
        "京公网安备11010802044671号 京ICP备2024077296号-1",
        "Share this article",
    )
    own_verdict_of.clear()
    own_verdict_of.old.clear()
    first = clean(page, convert="none")
    assert "新闻热线：010-12345678" in own_verdict_of.known  # remembered, not asked again
    again = clean(page, convert="none")
    assert again.to_dict() == first.to_dict()
    assert "新闻热线：010-12345678" not in first.body


def test_many_merges_known_old_and_new_answers_in_order() -> None:
    """``many`` walks only the probes the current generation lacks: an old-generation
    probe comes back unjudged, a new one is judged once however often it is asked, and a
    None answer (a probe known to be nothing) is an answer, not a gap."""
    judged: list[str] = []

    def judge_all(probes: list[str]) -> list[int | None]:
        judged.extend(probes)
        return [None if probe.startswith("返回") else len(probe) for probe in probes]

    cache: LineCache[int | None] = LineCache(len, 4)
    assert cache.many(["返回顶部", "分享到", "打印本页"], judge_all) == [None, 3, 4]
    cache.many(["第一段", "第二段"], judge_all)  # the turnover: the first three go old
    lines = ["分享到", "责任编辑：张三", "返回顶部", "第二段", "责任编辑：张三", "打印本页"]
    assert cache.many(lines, judge_all) == [3, 7, None, 3, 7, 4]
    assert judged.count("责任编辑：张三") == 1 and judged.count("分享到") == 1
    assert judged.count("返回顶部") == 1 and "返回顶部" in cache.known
