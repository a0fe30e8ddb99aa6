"""The page being built: its lines and the choices made for it so far.

``build.py`` walks one original through the builder's stages (``build_article``: the
article, its byline, captions and notice, then the mirror's conversion, glosses and byte
slips; ``build_pollution``: spam and furniture around it; ``build.py``: blank lines,
encoding and the gold).  Each stage reads and records its choices here, and every random
choice comes from the page's one ``random.Random``, in a fixed order, so a page rebuilds
byte-identically.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from inject import rows


@dataclass
class Line:
    text: str
    cat: str  # title meta caption body heading editor copyright spam nav
    mojibake: bool = False
    readable: bool = False  # a misread that kept every byte (GBK read as Latin-1): it reads back
    plain: str = ""  # the printed text without glosses or slips (the gold's source)
    reading_source: str = ""  # the simplified text the glosses' readings come from
    group: int = 0  # lines of one block are printed without blank lines between them


@dataclass
class Page:
    pid: str
    orig: dict
    split: str
    kind: str
    rng: random.Random
    used: list[str] = field(default_factory=list)
    region: str = "mainland"
    article: list[Line] = field(default_factory=list)
    # the mirror's conversion of a simplified original (its config and row), if any
    conv: str | None = None
    conv_row: dict = field(default_factory=dict)
    mirror: bool = False  # the mirror glosses the page
    keep_row: dict | None = None  # real pinyin the article carries (a row of pinyin "keep")
    printed_fields: set[str] = field(default_factory=set)  # the byline layout's fields
    gold_date: str | None = None
    printed_author: str | None = None  # the author where the page prints it, else None
    printed_source: str | None = None  # a foot credit's source (a notice row with field=source)
    editor_printed: bool = False
    # the caption slot holds a picture's file name or a CMS placeholder (placeholder=true)
    caption_placeholder: bool = False
    # credit_only=true: the caption slot holds a photo credit alone (gold meta)
    caption_credit_only: bool = False
    # nav_lines: the layout's lines that are tool lines (a section label alone under the date)
    byline_nav: frozenset[str] = frozenset()
    byline_above: bool = False  # the layout prints its lines above the headline (above=true)
    byline_below: bool = False  # ... after the article's text instead (below=true: a foot byline)
    glue_title: str | None = None  # the layout glues its first line after the headline
    title_tail: str = ""  # ... that line with its separator (glued after the glosses)
    glue_before: bool = False  # ... glued before the headline instead (glue_before=true)
    pinyin_total: int = 0
    caption_step: int = 1  # 2: each caption followed by its credit line (own_line)
    nav_gloss: tuple[dict, set[str]] | None = None  # glosses on tool lines (place "nav")
    slips: int = 0
    spam_n: int = 0

    @property
    def polluted(self) -> bool:
        return self.kind == "polluted"

    @property
    def trad_orig(self) -> bool:
        return self.orig["script"] == "traditional"

    @property
    def printed_trad(self) -> bool:
        return self.trad_orig or self.conv is not None

    def pick(self, phenomenon: str, **match: object) -> dict | None:
        pool = rows(phenomenon, self.split, **match)
        if not pool:
            return None
        if any("weight" in r for r in pool):  # a row's relative draw weight (default 1)
            row = self.rng.choices(pool, [r.get("weight", 1) for r in pool])[0]
        else:
            row = self.rng.choice(pool)
        self.used.append(row["id"])
        return row
