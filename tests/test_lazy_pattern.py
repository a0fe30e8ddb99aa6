"""The lazy pattern: compiled at its first use, then indistinguishable in use."""

from __future__ import annotations

import copy
import pickle
import re

import regex

from newsclean.filters import lazy_pattern
from newsclean.filters.lazy_pattern import lazy_re, lazy_regex


def test_compiles_at_first_use_only_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def counting(pattern: str, *args: object, **kwargs: object) -> regex.Pattern[str]:
        calls.append(pattern)
        return regex.compile(pattern, *args, **kwargs)  # type: ignore[arg-type]

    stand_in = lazy_pattern._LazyPattern(counting, r"\p{Han}+", (0,), {})
    assert calls == []
    assert stand_in.pattern == r"\p{Han}+"  # the source is read without compiling
    assert calls == []
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    assert stand_in.search("abc 村") is not None
    assert stand_in.sub("X", "村(社区)") == "X(X)"
    assert calls == [r"\p{Han}+"]


def test_answers_as_the_compiled_pattern() -> None:
    line = "發布時間: 2025-07-02 16:05:00 來源: 西藏日報"
    source = r"(?P<date>\d{4}-\d{2}-\d{2})\s(?P<time>[0-9:]{5,8})"
    for lazy, compiled in (
        (lazy_regex(source), regex.compile(source)),
        (lazy_re(source), re.compile(source)),
    ):
        got, want = lazy.search(line), compiled.search(line)
        assert got is not None and want is not None
        assert got.groupdict() == want.groupdict() == {"date": "2025-07-02", "time": "16:05:00"}
        assert lazy.split(line) == compiled.split(line)
        assert lazy.groupindex == compiled.groupindex
        assert lazy.flags == compiled.flags


def test_flags_reach_the_engine() -> None:
    assert lazy_regex(r"tibet\.cn", regex.IGNORECASE).fullmatch("TIBET.CN") is not None
    assert lazy_re(r"email", re.IGNORECASE).fullmatch("EMAIL") is not None


def test_copies_and_pickles_before_and_after_use() -> None:
    fresh = lazy_regex(r"[0-9]+")
    used = lazy_regex(r"[0-9]+")
    assert used.findall("1.2億元") == ["1", "2"]
    for pattern in (fresh, used):
        assert copy.deepcopy(pattern).findall("2025年7月") == ["2025", "7"]
        assert pickle.loads(pickle.dumps(pattern)).findall("12日") == ["12"]


def test_every_module_pattern_compiles() -> None:
    """A pattern compiled at first use fails at first use: each module constant held as a
    stand-in (``lazy_regex``, ``lazy_re``, ``furniture_grammar.stdlib``) must compile, so a
    broken grammar shows here and not on the one page that first asks it."""
    import importlib
    import pkgutil

    import newsclean.filters

    seen = 0
    for info in pkgutil.iter_modules(newsclean.filters.__path__):
        module = importlib.import_module(f"newsclean.filters.{info.name}")
        for value in vars(module).values():
            if isinstance(value, lazy_pattern._LazyPattern):
                assert value.search is not None  # compiles it (raises on a broken pattern)
                seen += 1
    assert seen > 300
