"""The cross-page cache of spam verdicts: same verdicts, each probe judged once, bounded."""

from newsclean.filters.memo import LineCache
from newsclean.filters.spam import score_probe, spam_verdicts


def test_line_cache_judges_a_repeated_probe_once_and_stays_bounded() -> None:
    calls: list[str] = []

    def judge(probe: str) -> int:
        calls.append(probe)
        return len(probe)

    cache = LineCache(judge)
    assert cache("澳门百家乐,六合彩") == cache("澳门百家乐,六合彩") == 9
    assert calls == ["澳门百家乐,六合彩"]
    long_line = "网" * (LineCache.LENGTH + 1)
    cache(long_line)
    cache(long_line)
    assert calls.count(long_line) == 2  # too long to keep
    for i in range(LineCache.LIMIT + 5):
        cache(str(i))
    assert len(cache.known) <= 2 * LineCache.LIMIT  # two generations (memo)


def test_a_page_seen_twice_gets_the_same_verdicts() -> None:
    spam_line = "澳门百家乐,六合彩开奖结果,代开发票,www.example.com"
    page = ["正文第一段，说的是援藏。", spam_line, "办证"]
    first = spam_verdicts(page)
    assert spam_verdicts(page) == first
    probe = page[1].lower()
    assert first[1].is_spam == score_probe(probe).is_spam
