"""Spam and page furniture around and inside a page's article (a stage of
``build.build_page``, after ``build_article``): spam rows by their shape (a joined
line, a block, tags, a keyword header, jammer noise, a term glued to the first paragraph
or the headline, headline pieces scattered into the paragraphs), then the furniture
rows, each at its row's position.
"""

from __future__ import annotations

import inject
from inject import S2T, T2S
from page_model import Line, Page


class Placement:
    """Where injected lines go: ``top`` (above the article), ``foot`` (below it) or
    ``middle`` (between two of its body lines, at a random one)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.top: list[Line] = []
        self.bottom: list[Line] = []

    def place(self, lines: list[Line], where: str) -> None:
        if where == "top":
            self.top.extend(lines)
        elif where == "foot":
            self.bottom.extend(lines)
        else:
            article = self.page.article
            body_at = [i for i, ln in enumerate(article) if ln.cat in ("body", "heading")]
            if len(body_at) >= 2:
                at = body_at[self.page.rng.randint(1, len(body_at) - 1)]
                article[at:at] = lines
            else:
                self.bottom.extend(lines)


def pollute(page: Page, terms: list[str]) -> tuple[list[Line], list[Line]]:
    """(lines above the article, lines below it); lines placed inside it go in place."""
    placement = Placement(page)
    spam_terms = [S2T["s2t"].convert(t) for t in terms] if page.printed_trad else terms
    page.spam_n = page.rng.randint(1, 3) if page.polluted else 0
    for group in range(1, page.spam_n + 1):
        row = page.pick("spam")
        if row is None:
            break
        _spam(page, placement, row, spam_terms, group)
    if page.kind != "clean":
        _furniture(page, placement)
    placement.top.sort(key=lambda ln: 0 if ln.cat == "spam" else 1)  # mirror spam comes first
    return placement.top, placement.bottom


def _spam(page: Page, placement: Placement, row: dict, terms: list[str], group: int) -> None:
    rng, article, place = page.rng, page.article, placement.place
    if row["shape"] == "line":
        where = rng.choice(["top", "top", "middle", "foot"])
        first, *rest = inject.spam_lines(row, terms, rng)
        place([Line(first, "spam", group=group)] + [Line(t, "spam") for t in rest], where)
    elif row["shape"] == "tags":
        tags = inject.spam_tags(row, rng)
        place([Line(t, "spam", group=group) for t in tags], row["position"])
    elif row["shape"] == "templates":
        echo = inject.spam_templates(row, terms, rng)
        place([Line(t, "spam", group=group) for t in echo], row["position"])
    elif row["shape"] == "jammer":
        jam = inject.spam_jammer(row, terms, rng)
        place([Line(t, "spam", group=group) for t in jam], row["position"])
    elif row["shape"] == "glued-start":  # a term glued to the start of the first paragraph
        first_body = next((ln for ln in article if ln.cat == "body"), None)
        if first_body is not None:
            lead = len(first_body.text) - len(first_body.text.lstrip())
            term = inject.glued_lead(row, terms, rng)
            first_body.text = first_body.text[:lead] + term + first_body.text[lead:]
    elif row["shape"] == "glued-title":  # a term in a frame glued before the headline
        head = next((ln for ln in article if ln.cat == "title"), None)
        if head is not None:  # after=true: glued after the headline instead
            framed = row["template"].format(term=rng.choice(terms))
            head.text = inject.frame_title(head.text, framed, row)
            if row.get("tail"):  # a second term framed after the headline too
                head.text += row["tail"].format(term=rng.choice(terms))
        else:
            page.used.remove(row["id"])
    elif row["shape"] == "scatter":  # pieces of the headline pushed into the paragraphs
        bodies = [ln for ln in article if ln.cat == "body"]
        headline = next((ln.plain for ln in article if ln.cat == "title"), "")
        pieces = inject.scatter_pieces(headline, terms, row, rng)
        for ln in bodies[: row.get("paragraphs", 2)] if pieces else []:
            ln.text = inject.scatter(ln.text, pieces, row, rng)
        if not pieces or not bodies:
            page.used.remove(row["id"])  # a page without a headline has nothing to scatter
    else:
        block = inject.spam_block(row, terms, rng)
        place([Line(t, "spam", group=group) for t in block], row["position"])


def _furniture(page: Page, placement: Placement) -> None:
    rng = page.rng
    for _ in range(rng.randint(1, 3) if page.polluted else rng.randint(0, 1)):
        row = page.pick("furniture")
        if row is None:
            break
        text = row["text"]
        if "{title}" in text:  # a line printed from the page's own headline (image alt)
            head = next((ln.plain or ln.text for ln in page.article if ln.cat == "title"), None)
            if head is None:
                page.used.remove(row["id"])  # a page without a headline cannot print it
                continue
            text = text.replace("{title}", head)
        if page.nav_gloss:  # the mirror glosses its tool lines too
            form, chars = page.nav_gloss
            text, n = inject.glue_pinyin(T2S.convert(text), text, chars, form)
            page.pinyin_total += n
        # a text with line breaks: consecutive tool lines ('(' / 閱讀全文 / ')'); meta_lines:
        # the indexes of lines that are a byline field's label printed empty (责任编辑: with
        # nothing after it), the desk's metadata with no field, not a tool line (gold meta)
        meta = set(row.get("meta_lines", []))
        lines = [Line(t, "meta" if i in meta else "nav") for i, t in enumerate(text.split("\n"))]
        placement.place(lines, row["position"])
