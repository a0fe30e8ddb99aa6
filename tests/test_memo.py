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
        assert len(cache.known) <= LineCache.LIMIT
    assert calls.count("分享到微信朋友圈") == 1


def test_the_probe_unused_longest_goes_first() -> None:
    cache = LineCache(len)
    for i in range(LineCache.LIMIT):
        cache(str(i))
    cache("0")  # used again: now the most recent
    cache("new")
    assert "0" in cache.known and "1" not in cache.known
