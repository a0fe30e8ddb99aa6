"""The lazy pattern: compiled at its first use, then indistinguishable in use."""

from __future__ import annotations

import copy
import pickle
import re
from typing import Any

import regex

from newsclean.filters import lazy_pattern
from newsclean.filters.lazy_pattern import (
    DECIMAL_DIGIT,
    HAN_SCRIPT,
    WHITE_SPACE,
    lazy_re,
    lazy_regex,
)


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
                if isinstance(value, lazy_pattern._WarmingPattern):
                    assert value.standard() is not None  # and the form it moves to
                seen += 1
    assert seen > 300


# Round 43 (second wave): the hottest grammars that use no feature of ``regex`` alone run on
# the standard engine, which costs about 1 k instructions a call fewer and takes no GIL
# round trip.  Each of them prints only literal characters, ranges of them, anchors,
# alternation, a backreference-free group or a bounded count: no ``\p{..}``, no ``\d``,
# ``\w``, ``\s`` or ``\b`` (whose Unicode tables differ between the two engines: ``regex``
# follows a newer Unicode, and the stdlib's ``\s`` also takes U+001C..U+001F), no case
# folding, no set operation, no named list, no possessive or atomic group.  Where a grammar
# printed ``\s`` it now prints ``regex``'s white space written out (``WHITE_SPACE``).
# Round 44: the hottest grammars whose only engine-bound pieces were ``\d`` and ``\p{Han}``
# (``regex``'s digit and Han tables written out as ``DECIMAL_DIGIT`` and ``HAN_SCRIPT``,
# checked on every code point below) moved too; a backreference (``\1``) is the same on both.
MOVED = (
    ("byline_clean", "CHINESE_SERVICE"),
    ("byline_names", "SPACES"),
    ("byline_outlet", "CODE"),
    ("byline_row", "SLASHES"),
    ("byline_spun", "SEPARATOR"),
    ("byline_values", "CATEGORY_PATH"),
    ("caption_act", "HAN_ONLY"),
    ("caption_rejects", "KANA_RUN"),
    ("caption_rejects", "LABEL_SLASH"),
    ("caption_rejects", "SECOND_PERSON"),
    ("caption_sentences", "GROUPED_SHAPE"),
    ("caption_sources", "PLATFORM_PICTURE"),
    ("caption_sources", "TAKEN_FROM_LINE"),
    ("charmodel", "HAN"),
    ("charmodel", "HAN_RUN"),
    ("charmodel", "NOT_HAN_RUN"),
    ("furniture_app_steps", "CLAUSE_MARKS"),
    ("furniture_pointer", "COLON"),
    ("furniture_pointer", "POINTING"),
    ("furniture_tip_call", "VALUE_SIGN"),
    ("labels", "OTHER_COLONS"),
    ("byline_toolbar", "TOOL_SPLIT"),
    ("normalize", "INDENT"),
    ("normalize", "SURROGATE"),
    ("pinyin_grammar", "SEPARATOR"),
    ("pinyin_grammar", "SYLLABLE_SHAPE"),
    ("site_name", "NEWS_AGENCY"),
    ("spam_ask_frame", "NOT_QUERY"),
    ("spam_brand", "NAME"),
    ("spam_brand", "REGION"),
    ("spam_brand_echo", "TITLE_ECHO"),
    ("spam_channel", "TERM"),
    ("spam_crumb", "PARTS"),
    ("spam_crumb", "PROSE"),
    ("spam_frames", "KEYWORD"),
    ("spam_frames", "OPENER_DATE"),
    ("spam_frames", "PARAGRAPH_MARK"),
    ("spam_frames", "SENTENCE_END"),
    ("spam_glued_inside", "RUN_CHAR"),
    ("spam_head_line", "BRACKET_TITLE"),
    ("spam_inlaid", "KEYWORD"),
    ("spam_lead", "KEYWORD"),
    ("spam_list_head", "HAN"),
    ("spam_list_head", "ITEM"),
    ("spam_list_head", "NUMBERED"),
    ("spam_list_head", "RUN"),
    ("spam_listing", "COLON_TITLE"),
    ("spam_listing", "HEADLINE"),
    ("spam_listing", "QUESTION_HEAD"),
    ("spam_noise", "GLOSS"),
    ("spam_noise", "TERM"),
    ("spam_query_grammar", "NOT_QUERY"),
    ("spam_query_grammar", "SPACE"),
    ("spam_query_grammar", "TAIL"),
    ("spam_query_grammar", "TERM"),
    ("spam_query_grammar", "WORDS"),
    ("spam_query_grammar", "YEAR"),
    ("spam_question", "SPACE"),
    ("spam_signs", "GLUED_NUMBER"),
    ("spam_signs", "HEAD_GLUE"),
    ("spam_slot", "COMMA_LIST"),
    ("spam_slot", "MARK_LIST"),
    ("spam_slot", "NOT_ALONE"),
    ("spam_tail", "KEYWORD"),
    ("spam_tail", "SPACE"),
    ("spam_templates", "AGENT_PAIR"),
    ("spam_templates", "DOWNLOAD_ROW"),
    ("spam_templates", "DOWNLOAD_WORD"),
    ("spam_templates", "ENTRY_TITLE"),
    ("structure_body", "NUMBERED_HEADING"),
    ("structure_body", "SENTENCE_END"),
)
#: What no moved grammar may hold: a feature of ``regex`` alone, or a class whose members
#: differ between the engines.
ENGINE_BOUND = re.compile(r"\\[pPLXdDwWsSbBNGKmM]|\(\?[>iVfr|(&R0-9]|[*+?}]\+|\{e")


def _standard(pattern: Any) -> re.Pattern[str]:
    """A moved grammar's standard-engine pattern (compiled now if it still warms on regex)."""
    if isinstance(pattern, lazy_pattern._WarmingPattern):
        return pattern.standard()
    compiled = pattern.search.__self__
    assert isinstance(compiled, re.Pattern)
    return compiled


def _moved() -> list[tuple[str, Any]]:
    import importlib

    found: list[tuple[str, Any]] = []
    for module, name in MOVED:
        found.append(
            (
                f"{module}.{name}",
                getattr(importlib.import_module(f"newsclean.filters.{module}"), name),
            )
        )
    # (byline_outlet's place words are asked by ``str.endswith`` since round 47: no grammar)
    return found


def _real_lines() -> list[str]:
    """Every line of the real text under ``tests/data`` (pages and harvest rows, each file
    naming its sources) and its tab-separated fields, and the space-separated tokens of
    the pinyin pages (what ``SYLLABLE_SHAPE`` is asked about)."""
    from pathlib import Path

    data = Path(__file__).parent / "data"
    lines: set[str] = set()
    for path in sorted([*data.rglob("*.txt"), *data.rglob("*.tsv")]):
        for line in path.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
            lines.add(line)
            lines.update(line.split("\t"))
    for line in (data / "pinyin_pages.txt").read_text(encoding="utf-8").splitlines():
        lines.update(re.split(r"[ \u3000'’\-·]+", line))
    return sorted(lines)


def _hostile() -> list[str]:
    marks = '。！？!?，,、；;：:“”"「」《》()（）[]【】|｜/丨︰﹕∶…'
    spaces = " \t\u3000\xa0\u2002\u2003\x1c\x1d\x1e\x1f\x85\u2028"
    return [
        "",
        "\n",
        marks,
        marks * 200 + "x",
        spaces * 100,
        "?" * 3000 + "!",
        "问" * 3000 + "？" + "答" * 3000,
        "一" * 2000 + "、",
        "（" + "十" * 500 + ")",
        "下载\n",
        "结束。\n",
        "BBC" + "a" * 3000 + "中文网",
        "(" + "A" * 3000 + ")",
        "\ud800abc\udfff",
        "lǚ'ān xī’ān ü\u0308 a\u0301?" * 50,
        "ひらがなカタカナー・・・" * 20,
        "\u3000\u3000  正文。" * 40,
        "1" * 3000 + "年",
        "٣٤" * 500 + "月" + "１２日电",
        "中" * 3000 + "1",
        "𠀀𪚥" * 500 + "9",
        "a1" * 2000 + "中",
        "新华社北京" * 300 + "7月19日 电",
        "“" + "字" * 3000 + "”",
    ]


def _answers(pattern: object, text: str) -> tuple[object, ...]:
    def span(found: object) -> object:
        return None if found is None else (found.span(), found.groups())  # type: ignore[attr-defined]

    p = pattern
    return (
        span(p.search(text)),  # type: ignore[attr-defined]
        span(p.match(text)),  # type: ignore[attr-defined]
        span(p.fullmatch(text)),  # type: ignore[attr-defined]
        p.split(text),  # type: ignore[attr-defined]
        [m.span() for m in p.finditer(text)],  # type: ignore[attr-defined]
    )


def test_hot_grammars_run_on_the_standard_engine() -> None:
    for where, pattern in _moved():
        compiled = _standard(pattern)
        assert isinstance(compiled, re.Pattern), where
        assert compiled.flags == re.UNICODE, where  # no case folding, no other flag
        assert ENGINE_BOUND.search(compiled.pattern) is None, where


def test_moved_grammars_answer_as_regex_did() -> None:
    """The same source on both engines gives the same answers: on every character of the
    Basic Multilingual Plane and a stride of the others, on the real lines under
    ``tests/data`` and on hostile runs."""
    chars = [chr(c) for c in range(0x10000)] + [chr(c) for c in range(0x10000, 0x110000, 61)]
    lines = _real_lines() + _hostile()
    assert len(lines) > 5000
    for where, pattern in _moved():
        ours = _standard(pattern)
        # The grammar as ``regex`` read it before the move: ``\s``, ``\d``, ``\p{Han}`` where it
        # prints WHITE_SPACE, DECIMAL_DIGIT, HAN_SCRIPT.
        before = ours.pattern
        for body, escape in (
            (WHITE_SPACE, r"\s"),
            (DECIMAL_DIGIT, r"\d"),
            (HAN_SCRIPT, r"\p{Han}"),
        ):
            before = before.replace(f"[{body}]", escape).replace(body, escape)
        theirs = regex.compile(before)
        for char in chars:
            assert bool(ours.search(char)) == bool(theirs.search(char)), (where, hex(ord(char)))
        for text in lines:
            assert _answers(ours, text) == _answers(theirs, text), (where, text[:80])


def test_white_space_is_regex_s() -> None:
    """``[{WHITE_SPACE}]`` on the standard engine takes exactly what ``\\s`` takes on
    ``regex``, on every code point (the standard engine's ``\\s`` takes U+001C..U+001F too)."""
    ours = re.compile(f"[{WHITE_SPACE}]")
    theirs = regex.compile(r"\s")
    for code in range(0x110000):
        char = chr(code)
        assert bool(ours.fullmatch(char)) == bool(theirs.fullmatch(char)), hex(code)
    assert re.fullmatch(r"\s", "\x1c") is not None  # why ``\s`` itself is not moved


def test_digit_and_han_are_regex_classes() -> None:
    """``[{DECIMAL_DIGIT}]`` and ``[{HAN_SCRIPT}]`` on the standard engine take exactly what
    ``\\d`` and ``\\p{Han}`` take on ``regex``, on every code point (the standard engine's
    ``\\d`` follows Python's older Unicode table, and it has no script property)."""
    for body, escape in ((DECIMAL_DIGIT, r"\d"), (HAN_SCRIPT, r"\p{Han}")):
        ours, theirs = re.compile(f"[{body}]"), regex.compile(escape)
        for code in range(0x110000):
            char = chr(code)
            assert bool(ours.fullmatch(char)) == bool(theirs.fullmatch(char)), (escape, hex(code))
    assert re.fullmatch(r"\d", "\U0001e5f1") is None  # a digit to ``regex`` only: why not ``\d``


def test_han_pairs_read_ahead_as_regex_overlapped() -> None:
    """``charmodel.han_pairs`` reads each position's pair by a lookahead on the standard
    engine: the same set as ``regex``'s overlapped findall of ``\\p{Han}{2}``."""
    from newsclean.filters.charmodel import han_pairs

    theirs = regex.compile(r"\p{Han}{2}")
    for text in [*_real_lines(), *_hostile(), "卫星发射 GDP 2.3吨", "𠀀𪚥中\u3005\u3007"]:
        assert han_pairs(text) == set(theirs.findall(text, overlapped=True)), text[:80]


# Round 45: a grammar printing HAN_SCRIPT starts on ``regex`` and moves at its WARM_CALLS-th
# call (compiling the Han class on the standard engine costs about 15 M instructions, more
# than one page's calls save).


def _warming() -> list[tuple[str, Any]]:
    """Every module constant of the package that warms on ``regex`` first."""
    import importlib
    import pkgutil

    import newsclean.filters

    found = []
    for info in pkgutil.iter_modules(newsclean.filters.__path__):
        module = importlib.import_module(f"newsclean.filters.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, lazy_pattern._WarmingPattern):
                found.append((f"{info.name}.{name}", value))
    return found


def test_han_grammars_warm_on_regex_then_move(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_pattern, "_PAGES", [1])  # a one-page process
    source = f"[{HAN_SCRIPT}]+"
    stand_in = lazy_re(source)
    assert isinstance(stand_in, lazy_pattern._WarmingPattern)
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    assert stand_in.search._method.__self__.pattern == r"\p{Han}+"  # type: ignore[attr-defined]
    for _ in range(lazy_pattern.WARM_CALLS):
        assert stand_in.search("村(社区)") is not None
    moved = stand_in.search.__self__  # type: ignore[attr-defined]
    assert isinstance(moved, re.Pattern) and moved.pattern == source
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    for copied in (copy.deepcopy(stand_in), pickle.loads(pickle.dumps(stand_in))):
        assert copied.sub("X", "村(社区)") == "X(X)"
    assert type(lazy_re(r"[0-9]+")) is lazy_pattern._LazyPattern  # no Han class: no warming


def test_regex_spelling_turns_back_the_written_classes() -> None:
    assert lazy_pattern.regex_spelling(f"^[{HAN_SCRIPT}]{{1,4}}[{WHITE_SPACE}]?[/／]") == (
        r"^\p{Han}{1,4}\s?[/／]"
    )
    assert lazy_pattern.regex_spelling(f"(?:[{DECIMAL_DIGIT}]{{1,2}}|[a-z])[{HAN_SCRIPT}A-Z]") == (
        r"(?:\d{1,2}|[a-z])[\p{Han}A-Z]"
    )


def test_warming_grammars_answer_alike_on_both_engines() -> None:
    """Every grammar that warms on ``regex`` answers as its standard-engine form (search,
    match, fullmatch, split, finditer and findall) on the real lines under ``tests/data``, the
    hostile runs and a stride of the code points: the move changes no answer."""
    lines = _real_lines() + _hostile()
    chars = [chr(c) for c in range(0, 0x110000, 7) if not 0xD800 <= c < 0xE000]
    warming = _warming()
    assert len(warming) >= 25
    for where, pattern in warming:
        early = regex.compile(lazy_pattern.regex_spelling(pattern.pattern))
        moved = pattern.standard()
        for char in chars:
            assert bool(early.search(char)) == bool(moved.search(char)), (where, hex(ord(char)))
        for text in lines:
            assert _answers(early, text) == _answers(moved, text), (where, text[:80])
            assert early.findall(text) == moved.findall(text), (where, text[:80])


def test_han_grammars_move_on_a_second_page(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_pattern, "_PAGES", [0])
    stand_in = lazy_re(f"[{HAN_SCRIPT}]{{2}}")
    lazy_pattern.page_begun()
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    assert not isinstance(stand_in.findall, re.Pattern)
    assert isinstance(stand_in.search._method.__self__, regex.Pattern)  # type: ignore[attr-defined]
    lazy_pattern.page_begun()  # a batch: the next call moves it
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    assert isinstance(stand_in.search.__self__, re.Pattern)  # type: ignore[attr-defined]


# Round 46: the stand-in reads its copied methods with no Python hook (no ``__getattr__``: a
# class defining one sends every attribute read through it, three type lookups a call).


def test_a_stand_in_is_read_without_a_python_hook() -> None:
    for stand_in, want in (
        (lazy_regex(r"[0-9]+"), ["2025", "7"]),
        (lazy_re(r"[0-9]+"), ["2025", "7"]),
        (lazy_re(f"[{HAN_SCRIPT}]+"), ["年", "月"]),
    ):
        assert not any("__getattr__" in vars(kind) for kind in type(stand_in).__mro__)
        assert stand_in.findall("2025年7月") == want
        assert "search" in vars(stand_in)  # the compiled method, read from the instance


def test_an_attribute_not_copied_still_compiles_once_and_answers() -> None:
    calls: list[str] = []

    def counting(pattern: str, *args: object, **kwargs: object) -> re.Pattern[str]:
        calls.append(pattern)
        return re.compile(pattern, *args)  # type: ignore[arg-type]

    stand_in = lazy_pattern._LazyPattern(counting, r"[0-9]+", (0,), {})
    assert [m.group() for m in iter(stand_in.scanner("12ab3").search, None)] == ["12", "3"]
    assert stand_in.groups == 0 and stand_in.findall("1a2") == ["1", "2"]
    assert calls == [r"[0-9]+"]
    try:
        stand_in.splititer  # noqa: B018 (the standard engine has none: it raises, as before)
    except AttributeError:
        pass
    else:
        raise AssertionError("splititer read on the standard engine")


def test_a_han_grammar_first_used_in_a_batch_starts_on_the_standard_engine(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(lazy_pattern, "_PAGES", [2])  # the process's second page begun
    compiled: list[str] = []
    real = regex.compile

    def counting(pattern: str, *args: object, **kwargs: object) -> Any:
        compiled.append(pattern)
        return real(pattern, *args, **kwargs)

    monkeypatch.setattr(lazy_pattern.regex, "compile", counting)
    stand_in = lazy_re(f"[{HAN_SCRIPT}]{{2}}")
    assert stand_in.findall("发展 development 产业") == ["发展", "产业"]
    assert compiled == []  # no ``regex`` form compiled for a grammar that would move at once
    assert isinstance(stand_in.search.__self__, re.Pattern)  # type: ignore[attr-defined]
