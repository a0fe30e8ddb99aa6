"""The article of a page as the mirror prints it: its headline, byline, captions,
editor line and notice in the original's script (``write_article``), then the mirror's
conversion and glosses (``convert_and_gloss``), byte slips (``slip_paragraphs``) and
the body's indentation (``indent``).  Stages of ``build.build_page``, in that order.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import inject
import inject_bylines
import inject_bytes
from inject import HAN, S2T, T2S, rows
from page_model import Line, Page

CREDITED = re.compile(r"[)）摄攝]\s*$")
GLOSS = re.compile(r"\s?[(（][^()（）\u3400-\u9fff]*[)）]\s?")  # a mirror gloss, any form


def region_of(orig: dict) -> str:
    region = orig["origin"].get("region")
    if region:
        return str(region)
    return "mainland" if orig["script"] == "simplified" else "taiwan"


def site_of(orig: dict) -> tuple[str, str]:
    site = (orig["source"] or orig["origin"].get("site") or "本网").split(" (")[0]
    domain = urlparse(orig["origin"].get("url") or "").hostname or "news.example.cn"
    return site, domain


# The share of pages (whose original names an author outside its first paragraph) that print a
# reporter credit: every such held-out page, since only four held-out originals qualify and
# the held-out credit rows would otherwise go undrawn (the tuned pages' share is unchanged).
CREDIT_SHARE = {"tuned": 0.3, "held-out": 1.0}


def in_script(page: Page, text: str) -> str:
    """``text`` (written in simplified) in the original's script."""
    return S2T["s2t"].convert(text) if page.trad_orig else text


def choose_conversion(page: Page) -> None:
    """A simplified original that a mirror prints in traditional."""
    if page.orig["script"] == "simplified" and page.polluted and page.rng.random() < 0.6:
        row = page.pick("conversion")
        page.conv = row["config"] if row else None
        page.conv_row = row or {}


def write_article(page: Page) -> None:
    """The article's lines in the original's script, each with its category."""
    orig, rng = page.orig, page.rng
    article = page.article
    if orig["title"]:
        article.append(Line(orig["title"], "title"))
    paragraphs = list(orig["paragraphs"])
    headings = set(orig["headings"])
    author = orig["author"]
    credit_row = None
    credited = author and paragraphs and author not in paragraphs[0]
    if credited and rng.random() < CREDIT_SHARE[page.split]:
        credit_row = page.pick("byline", kind="credit")
        if credit_row:
            first = inject_bylines.credit(credit_row, author, orig["published_at"], page.region)
            if credit_row.get("at") == "end":  # a closing credit: glued after the last paragraph
                last = max(i for i, p in enumerate(paragraphs) if p not in orig["headings"])
                paragraphs[last] = paragraphs[last] + first
            else:
                paragraphs[0] = first + paragraphs[0]
    page.mirror = page.polluted and page.printed_trad and rng.random() < 0.75
    if not page.mirror and rng.random() < 0.3 and len(paragraphs) >= 2:
        page.keep_row = page.pick("pinyin", kind="keep")
        if page.keep_row:
            paragraphs.insert(1, in_script(page, page.keep_row["example"]))

    meta, editor_in_byline = _byline(page, paragraphs, credit_row)
    if page.glue_title is not None and meta and article and article[0].cat == "title":
        first = meta.pop(0)  # glued to the headline later (before it with glue_before)
        page.title_tail = first + page.glue_title if page.glue_before else page.glue_title + first
    meta_first = rng.random() < 0.85 and not page.byline_below  # below=true: a foot byline
    if page.byline_above:  # above=true: the byline's lines over the headline (a date header)
        article[0:0] = [_meta_line(page, t) for t in meta]
    elif meta_first:
        article += [_meta_line(page, t) for t in meta]

    captions = _captions(page)
    caption_cat = "nav" if page.caption_placeholder else "caption"
    if page.caption_credit_only:  # credit_only: a photo credit alone in the caption's place
        caption_cat = "meta"
    # own_line (credit rows): the credit printed as a line of its own under each caption,
    # the desk's photo credit (gold meta), the caption above it without it
    caption_lines = [
        Line(c, caption_cat if i % page.caption_step == 0 else "meta")
        for i, c in enumerate(captions)
    ]
    body_lines = [Line(p, "heading" if p in headings else "body") for p in paragraphs]
    if caption_lines and rng.random() < 0.5:
        article += caption_lines + body_lines
    else:
        article += body_lines[:1] + caption_lines + body_lines[1:]
    if not meta_first and not page.byline_above:
        article += [_meta_line(page, t) for t in meta]
    page.editor_printed = editor_in_byline
    if orig["editor"] and not editor_in_byline:
        row = page.pick("byline", kind="editor")
        if row:
            page.editor_printed = True
            article.append(
                Line(in_script(page, row["template"].format(editor=orig["editor"])), "editor")
            )
    _notice(page)


def _byline(page: Page, paragraphs: list[str], credit_row: dict | None) -> tuple[list[str], bool]:
    """The byline's lines and whether they print the editor; records the fields printed,
    the gold date and the printed author."""
    orig = page.orig
    author = orig["author"]
    layout = page.pick("byline", kind="layout")
    date_row = page.pick("byline", kind="date")
    shown = (
        inject_bylines.render_date(date_row["format"], orig["published_at"]) if date_row else None
    )
    date_text, page.gold_date = shown if shown else (None, None)
    editor_in_byline = bool(
        layout and any(f == "editor" for ln in layout["lines"] for _, f, _ in ln)
    )
    values = {
        "date": date_text,
        "source": orig["source"],
        "author": None if credit_row else author,
        "editor": orig["editor"] if editor_in_byline else None,
    }
    meta = inject_bylines.byline_lines(layout, values) if layout else []
    # nav_lines: the layout's lines (indexes from 0) that are tool lines, gold nav (a section
    # label alone under the date: the listing the site files the story under)
    page.byline_nav = frozenset(
        in_script(page, t)
        for i in (layout.get("nav_lines", []) if layout else [])
        for t in inject_bylines.byline_lines({**layout, "lines": [layout["lines"][i]]}, values)
    )
    page.byline_above = bool(layout and layout.get("above"))
    page.byline_below = bool(layout and layout.get("below"))
    page.glue_title = layout.get("glue_title") if layout else None
    page.glue_before = bool(layout and layout.get("glue_before"))
    # A field the layout does not print cannot be read: the gold leaves it empty.
    page.printed_fields = {f for ln in layout["lines"] for _, f, _ in ln} if layout else set()
    if "date" not in page.printed_fields:
        page.gold_date = None
    # The gold author is the author only where the page prints it: in the byline, in a
    # credit, or in the article's own text (``（记者胡浩）``).
    # (A layout prints the author only when it has a value: with a credit in the first
    # paragraph the byline's author part is left out, and a credit that names no
    # reporter (星岛日报讯) then prints the author nowhere.)
    in_layout = bool(values["author"] and "author" in page.printed_fields)
    page.printed_author = (
        author
        if (
            (credit_row and "{author}" in credit_row["template"])
            or in_layout
            or any(author in p for p in paragraphs if author)
        )
        else None
    )
    return [in_script(page, t) for t in meta], editor_in_byline


def _meta_line(page: Page, text: str) -> Line:
    """A byline line: the desk's metadata, or a tool line where the layout's nav_lines say so."""
    return Line(text, "nav" if text in page.byline_nav else "meta")


def _captions(page: Page) -> list[str]:
    captions = list(page.orig["captions"])
    if captions and page.polluted and page.rng.random() < 0.6:
        row = page.pick("caption", kind="credit")
        if row and row.get("own_line"):  # the credit on a line of its own under each caption
            page.caption_step = 2
            captions = [t for c in captions for t in (c, row["credit"].strip())]
        elif row:  # a caption that already ends in a credit keeps it
            captions = [
                c if CREDITED.search(c) else inject.credited_caption(c, row) for c in captions
            ]
    elif not captions and page.polluted and page.rng.random() < 0.4:
        row = page.pick("caption", kind="line")
        if row:  # a caption seen on a real page, in the script of the article
            text = row["text"]
            page.caption_placeholder = bool(row.get("placeholder"))
            page.caption_credit_only = bool(row.get("credit_only"))
            captions = [S2T["s2t"].convert(text) if page.trad_orig else T2S.convert(text)]
    return captions


def _notice(page: Page) -> None:
    orig = page.orig
    site, domain = site_of(orig)
    notice_text, notice_top = orig["copyright"], False
    if notice_text is None and page.polluted and page.rng.random() < 0.5:
        row = page.pick("notice")
        if row and "{date}" in row["template"] and not orig["published_at"]:
            row = None  # a line that prints the date is left out on an undated original
        if row:
            year = (orig["published_at"] or "2024")[:4]
            title = orig.get("title") or ""
            date = (orig["published_at"] or "")[:10]
            notice_text = in_script(page, inject.notice(row, site, year, domain, title, date))
            notice_top = row["position"] == "top"
            if row.get("field") == "source":  # the line credits where the text came from
                page.printed_fields.add("source")
                page.printed_source = site
                line = Line(notice_text, "meta")  # at the row's position, as a notice is
                page.article.insert(0, line) if notice_top else page.article.append(line)
                return
    if notice_text:
        line = Line(notice_text, "copyright")
        page.article.insert(0, line) if notice_top else page.article.append(line)


def glue_title_tail(page: Page) -> None:
    """glue_title (layout): the byline's first line glued after the headline, behind the
    row's separator (a blog's 文:name on the title line), or before it with glue_before
    (name | paper | headline), after the mirror's conversion and glosses so the gold title
    stays the headline alone."""
    head = next((ln for ln in page.article if ln.cat == "title"), None)
    if page.title_tail and head is not None:
        tail = inject.convert(page.conv_row, page.title_tail) if page.conv else page.title_tail
        head.text = tail + head.text if page.glue_before else head.text + tail


def convert_and_gloss(page: Page) -> None:
    """The mirror's conversion, then its glosses (readings from the simplified text)."""
    article, rng = page.article, page.rng
    for ln in article:
        source = ln.text if not page.trad_orig else T2S.convert(ln.text)
        ln.plain = inject.convert(page.conv_row, ln.text) if page.conv else ln.text
        ln.text = ln.plain
        ln.reading_source = source
    if not page.mirror:
        return
    form = page.pick("pinyin", kind="form")
    density = page.pick("pinyin", kind="density")
    places = {"body", "heading"}
    for place_row in rows("pinyin", page.split, kind="place"):
        if rng.random() < 0.5:
            places.add(place_row["place"])
            page.used.append(place_row["id"])
    if form and density:
        changed = sorted(
            {c for ln in article for c in ln.plain if HAN.match(c) and T2S.convert(c) != c}
        )
        same = sorted({c for ln in article for c in ln.plain if HAN.match(c)} - set(changed))
        lo, hi = density["chars"]
        k1 = min(len(changed), rng.randint(lo, hi))
        k2 = min(len(same), max(2, rng.randint(lo, hi) // 4))
        chars = set(rng.sample(changed, k1)) | set(rng.sample(same, k2))
        if "nav" in places:
            page.nav_gloss = (form, chars)
        for ln in article:
            if ln.cat in places:
                ln.text, n = inject.glue_pinyin(ln.reading_source, ln.plain, chars, form)
                if form.get("mark_comma"):  # the copy's comma before the marks
                    ln.text = inject.comma_before_marks(ln.text, form["mark_comma"])
                page.pinyin_total += n


def _lossless(row: dict) -> bool:
    """A misread with a one-to-one table and nothing dropped or replaced (GBK bytes read as
    Latin-1): every byte is still there, so what the line printed can be read back."""
    return (
        row.get("decode") == "latin-1"
        and not row.get("decode_errors")
        and not row.get("encode_errors")
    )


def slip_paragraphs(page: Page) -> None:
    """Byte slips on some body paragraphs."""
    rng = page.rng
    if page.polluted and rng.random() < 0.45:
        script = "traditional" if page.printed_trad else "simplified"
        bodies = [ln for ln in page.article if ln.cat == "body" and len(ln.text) >= 30]
        rng.shuffle(bodies)
        for ln in bodies[: rng.randint(1, 2)]:
            row = page.pick("mojibake", script=script)
            slipped = inject_bytes.slip(ln.text, row, rng) if row else None
            if slipped:
                ln.text, ln.mojibake = slipped, True
                ln.readable = _lossless(row)
                page.slips += 1
            elif row:
                page.used.remove(row["id"])  # no stretch of this paragraph fits the variant

    # A slip can garble the only lines that printed the author (a credit, or the article's
    # own （记者胡浩）): what the page no longer shows cannot be read, the gold leaves it empty.
    # A misread that lost no byte (``_lossless``) still shows it.
    if page.printed_author and page.slips:
        author = page.printed_author
        names = {author, inject.convert(page.conv_row, author) if page.conv else ""} - {""}
        shown = [ln for ln in page.article if any(n in ln.plain for n in names)]
        if shown and all(
            ln.mojibake and not ln.readable and not any(n in GLOSS.sub("", ln.text) for n in names)
            for ln in shown
        ):
            page.printed_author = None


def indent(page: Page) -> None:
    """The body lines' indentation, one for the page."""
    indent = page.rng.choice(["", "  ", "　　", "    "])
    for ln in page.article:
        if ln.cat in ("body", "heading") and indent:
            ln.text = indent + ln.text
