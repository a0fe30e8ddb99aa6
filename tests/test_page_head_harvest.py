"""The page-head model on real page tops harvested in round 36 (``tests/data/harvest/
head.tsv``, lines copied from public pages; ``eval/harvest_head.py`` measures them all).

Rows of one url, in file order, are the real top of one page: rebuilt here as printed.
"""

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.filters.convert import convert_text

HARVEST = Path(__file__).parent / "data" / "harvest" / "head.tsv"


def _pages() -> dict[str, list[tuple[str, str, str]]]:
    pages: dict[str, list[tuple[str, str, str]]] = {}
    rows = [x for x in HARVEST.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    for row in rows[1:]:
        kind, line, expected, url = row.split("\t")
        pages.setdefault(url, []).append((kind, line, expected))
    return pages


PAGES = _pages()


def _page(host: str) -> tuple[str, list[tuple[str, str, str]]]:
    url = next(u for u in PAGES if f"//{host}/" in u)
    rows = PAGES[url]
    return "\n".join(line for _, line, _ in rows) + "\n", rows


def test_the_harvest_holds_many_hosts_and_both_kinds_of_rows() -> None:
    hosts = {url.split("/")[2] for url in PAGES}
    kinds = [kind for rows in PAGES.values() for kind, _, _ in rows]
    assert len(hosts) >= 40
    assert sum(k in ("headline", "page_title", "subtitle") for k in kinds) >= 40
    assert sum(k in ("site", "column", "crumb", "hijack", "lead") for k in kinds) >= 40


# http://warcraftmovie.cn/ckzk/0729/1243_260028: a hijacker's video title over a mirrored
# wire story whose only headline is the one its dateline names.
def test_a_wire_dateline_names_the_headline_under_a_hijackers_title() -> None:
    text, _ = _page("warcraftmovie.cn")
    document = clean(text)
    assert document.title == "直击北京密云暴雨抢险救援"
    assert not any("抽象合集" in line for line in document.body)


# http://report.alhzyl.com/443145/2246274.html: the byline hangs under the wire's dateline,
# the page title (decorated with ******) above it is the headline.
def test_a_wire_dateline_with_a_byline_under_it_is_no_headline() -> None:
    text, _ = _page("report.alhzyl.com")
    assert clean(text).title == "追逐“共富梦”的村支书张明忠:大家富,才是富"


# http://m.hbcasj.com/domesticgd/10000159/20170904/31281695.html: the page prints its
# headline; the dateline repeating it after 題: stays the article's first line.
def test_a_printed_headline_keeps_the_wire_dateline_in_the_body() -> None:
    text, _ = _page("m.hbcasj.com")
    document = clean(text)
    assert document.title == "暴雨中遭水围困的1600多群众是如何安全转移的?"
    assert any(line.startswith("新华社广州9月4日电") for line in document.body)


# https://podcasts.apple.com/us/podcast/...: a feed item's number and age over its headline.
def test_a_feed_items_age_is_no_headline() -> None:
    url = next(u for u in PAGES if "zh-Hans-CN" in u)
    text = "\n".join(line for _, line, _ in PAGES[url]) + "\n"
    assert clean(text).title == "英语新闻丨US push on tariffs condemned"


NEGATIVE = ("site", "column", "crumb", "hijack")


@pytest.mark.parametrize("url", sorted(PAGES))
def test_no_site_column_crumb_or_hijack_line_is_the_title(url: str) -> None:
    rows = PAGES[url]
    title = clean("\n".join(line for _, line, _ in rows) + "\n").title or ""
    for kind, line, _ in rows:
        if kind in NEGATIVE:
            assert convert_text(line) != title, (kind, line)


ROUND_41 = Path(__file__).parent / "data" / "harvest" / "head_r41.json"


def test_round_41_heads_floor_on_both_halves() -> None:
    """Round 41's fresh hosts, split by sha256(host) % 2 (A studied, B scored only): the
    headline found on every A page and at least half of the B pages (measured: A 6/6, B
    2/6 at the start of round 41, 3/6 after it)."""
    import json

    pages = json.loads(ROUND_41.read_text(encoding="utf-8"))["pages"]
    right = {"A": 0, "B": 0}
    for page in pages:
        right[page["half"]] += clean("\n".join(page["lines"]) + "\n").title == page["title"]
    assert right["A"] >= 6
    assert right["B"] >= 3


def test_round_42_harvest_holds_its_floor() -> None:
    """Round 42's page tops of 16 hosts cited nowhere before (``head_r42.tsv``, halves by
    sha256(host) % 2, A studied, B scored only): measured rows hit, 52 of 56 at the start of
    round 42 (A 19/22, B 33/34), 55 after it (A 22/22)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))
    from harvest_head import FLOOR_R42, TSV_R42, read_pages, verdicts

    pages = read_pages(TSV_R42)
    assert len({url.split("/")[2] for url in pages}) >= 16
    hits = sum(hit for url, rows in pages.items() for _, _, hit, _ in verdicts(url, rows))
    assert hits >= FLOOR_R42
