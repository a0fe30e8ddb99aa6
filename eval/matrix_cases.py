"""The variant matrix's cases: a positive and a negative case for every row of
eval/variants/*.json, one builder per table (``BUILDERS``), each case a small page made of
the variant (written by ``inject.py``, as the builder writes it) and real paragraphs of an
original, with the check of ``matrix_checks`` it is held to.
"""

from __future__ import annotations

import random

import inject
import inject_bylines
import inject_bytes
from inject import T2S
from matrix_checks import (
    CRIME,
    PARENS,
    SIMP,
    TRAD,
    Case,
    body_is,
    both,
    fields_are,
    has_paragraph,
    line_numbers,
    negative_case,
    original,
    page_of,
    placed,
    positive_case,
    removed,
    simp_body,
    warned,
)

SEED = "newsclean-matrix-v1"


def spam_cases(row: dict) -> list[Case]:
    rng = random.Random(f"{SEED}:{row['id']}")
    terms = [t for split in ("tuned", "held-out") for t in _lexicon()[split]]
    real_example = not row["example"].startswith("(") and row["example"].count("/") < 3
    if row["shape"] == "glued-start":  # no spam line: a term glued to the first paragraph
        title, paras = SIMP["title"], simp_body()
        glued = inject.glued_lead(row, terms, rng) + paras[0]
        positive = positive_case(row, "spam", page_of(title, glued, *paras[1:]), body_is(paras))
        negative = negative_case(
            row, "spam", page_of(title, *CRIME, *paras), body_is([*CRIME, *paras])
        )
        return [positive, negative]
    if row["shape"] == "glued-title":  # no spam line: a framed term before the headline
        title, paras = SIMP["title"], simp_body()
        framed = row["template"].format(term=rng.choice(terms))
        head = inject.frame_title(title, framed, row)
        head += row["tail"].format(term=rng.choice(terms)) if row.get("tail") else ""
        positive = positive_case(
            row, "spam", page_of(head, *paras), both(fields_are(title=title), body_is(paras))
        )
        negative = negative_case(
            row, "spam", page_of(title, *paras), both(fields_are(title=title), body_is(paras))
        )
        return [positive, negative]
    if row["shape"] == "scatter":  # no spam line: the headline's pieces inside the paragraphs
        title, paras = SIMP["title"], simp_body()
        pieces = inject.scatter_pieces(title, terms, row, rng)
        n = row.get("paragraphs", 2)
        hit = [inject.scatter(p, pieces, row, rng) for p in paras[:n]] + paras[n:]
        positive = Case(
            f"{row['id']}+", row["id"], "spam", "negative" if hit == paras else "positive",
            page_of(title, *hit), body_is(paras),
        )  # fmt: skip
        negative = negative_case(row, "spam", page_of(title, *paras), body_is(paras))
        return [positive, negative]
    if row["shape"] == "jammer":
        spam = inject.spam_jammer(row, terms, rng)
    elif row["shape"] == "line":
        spam = [row["example"] if real_example else inject.spam_line(row, terms, rng)]
        if row.get("glue") == "qmark-line":  # the '?' line under the joined line
            spam.append("?")
    elif "/" in row["example"] and row.get("per_line", 1) == 1:
        spam = [t.strip() for t in row["example"].split(" / ")]
        spam[-1] = spam[-1].split(" (")[0]
    elif row["shape"] == "templates":  # the row's templates as the builder prints them,
        spam = inject.spam_templates(row, terms, rng)  # not a block of random terms
    else:
        spam = inject.spam_block(row, terms, rng)
    position = row.get("position", "top")
    title, paras = SIMP["title"], simp_body()
    page = page_of(*placed(spam, position, title, paras))
    positive = positive_case(
        row, "spam", page, both(removed(line_numbers(page, spam)), body_is(paras))
    )
    # negative: the same place holds real sentences full of spam-like words
    crime = CRIME
    if position == "top":
        neg_blocks: list[str | list[str]] = [title, *crime, *paras]
    elif position == "foot":
        neg_blocks = [title, *paras, *crime]
    else:
        neg_blocks = [title, paras[0], *crime, *paras[1:]]
    negative = negative_case(
        row,
        "spam",
        page_of(*neg_blocks),
        body_is([p for p in neg_blocks[1:] if isinstance(p, str)]),
    )
    return [positive, negative]


def _lexicon() -> dict[str, list[str]]:
    import build

    return build.load_lexicon()


def _glossed(text: str, form: dict, every: int = 3) -> tuple[str, str]:
    """(text with glosses after every ``every``-th character that has a simplified form,
    the plain text) for a traditional ``text``."""
    chars = {c for c in text if inject.HAN.match(c) and T2S.convert(c) != c}
    chars = set(sorted(chars)[::every]) or chars
    glossed, _ = inject.glue_pinyin(T2S.convert(text), text, chars, form)
    return glossed, text


HALF = {"open": "(", "close": ")", "space_before": "", "space_inside": "", "unit": "char"}


def pinyin_cases(row: dict) -> list[Case]:
    trad_title = TRAD["title"]
    trad_body = TRAD["paragraphs"]
    gold_body = list(trad_body)  # checks expect gold() of it
    if row["kind"] in ("form", "density"):
        form = row if row["kind"] == "form" else HALF
        every = 1 if row["kind"] == "density" and row["chars"][0] >= 60 else 3
        if row["kind"] == "density" and row["chars"][1] <= 14:
            every = 9
        glossed = [_glossed(p, form, every)[0] for p in trad_body]
        page = page_of(trad_title, "發布時間：2025-01-13　來源：總統府", *glossed)
        positive = positive_case(row, "pinyin", page, body_is(gold_body))
        # negative: real parentheses in a page with the same glosses stay
        parens_glossed = _glossed(trad_body[0], form, every)[0]
        page = page_of(trad_title, parens_glossed, PARENS)
        negative = negative_case(row, "pinyin", page, has_paragraph(PARENS))
        return [positive, negative]
    if row["kind"] == "place":
        place = row["place"]
        byline = "發布時間：2025-01-13　來源：總統府"
        caption = "賴清德總統接見113年「鳳凰獎」楷模得獎人。（總統府提供）"
        notice = "版權聲明：凡注有「總統府」字樣的圖片版權均屬總統府，未經書面授權，不得轉載使用。"
        nav = "您所處的位置:首頁 > 新聞中心 > 行業動態"
        plain = {"title": trad_title, "meta": byline, "caption": caption, "copyright": notice}
        shown = dict(plain)
        glossed = [_glossed(p, HALF, 3)[0] for p in trad_body]
        # negative, for every place: real parentheses on a page without glosses stay
        negative = negative_case(
            row,
            "pinyin",
            page_of(trad_title, byline, PARENS, *trad_body),
            body_is([PARENS, *gold_body]),
        )
        if place == "nav":  # a glossed tool line above the headline is still removed
            tool = _glossed(nav, HALF, 1)[0]
            page = page_of(tool, trad_title, byline, *glossed)
            positive = positive_case(
                row, "pinyin", page, both(removed(line_numbers(page, [tool])), body_is(gold_body))
            )
            return [positive, negative]
        shown[place] = _glossed(plain[place], HALF, 1)[0]
        page = page_of(
            shown["title"], shown["meta"], shown["caption"], *glossed, shown["copyright"]
        )
        want: dict[str, object] = {
            "title": {"title": trad_title},
            "meta": {"published_at": "2025-01-13", "source": "总统府"},
            "caption": {"captions": [caption]},
            "copyright": {"copyright": notice},
        }[place]
        return [positive_case(row, "pinyin", page, fields_are(**want)), negative]
    # keep: real pinyin on a page without the mirror pattern survives
    keep = row["example"]
    paras = simp_body()
    page = page_of(SIMP["title"], "来源：河北新闻网", paras[0], keep, *paras[1:])
    positive = positive_case(row, "pinyin", page, body_is([paras[0], keep, *paras[1:]]))
    # negative: the same page with mirror glosses still loses its glosses
    glossed = [_glossed(p, HALF, 3)[0] for p in trad_body]
    negative = negative_case(row, "pinyin", page_of(trad_title, *glossed), body_is(gold_body))
    return [positive, negative]


def mojibake_cases(row: dict) -> list[Case]:
    rng = random.Random(f"{SEED}:{row['id']}")
    bases = (
        [TRAD, original("028"), original("024"), original("051")]  # 051: a closing quote
        if row["script"] == "traditional"  # before a GBK ASCII-trail character (start="quote")
        else [SIMP, original("002"), original("076"), original("063")]  # half-width marks;
        # 063: Latin letters in brackets (IUCN, EN) for escape="latin-han"
    )
    found = [
        (base, k, slipped)
        for base in bases
        for k, p in enumerate(base["paragraphs"])
        if (slipped := inject_bytes.slip(p, row, rng))
    ]
    if not found:  # pragma: no cover - the originals above always offer a stretch
        raise ValueError(f"{row['id']}: no stretch of the base articles fits")
    base, k, slipped = found[0]
    title, paras = base["title"], list(base["paragraphs"])
    shown = [*paras[:k], slipped, *paras[k + 1 :]]
    page = page_of(title, *shown)
    line = line_numbers(page, [slipped])
    positive = positive_case(row, "mojibake", page, warned(line, True))
    negative = negative_case(row, "mojibake", page_of(title, *paras), warned([], False))
    return [positive, negative]


def byline_cases(row: dict) -> list[Case]:
    title, paras = SIMP["title"], simp_body()
    source, author = SIMP["source"], SIMP["author"]
    iso = "2016-07-19T14:05:00+08:00"
    if row["kind"] == "layout":
        date_text, gold = inject_bylines.render_date("dash-min", iso) or ("", "")
        values = {"date": date_text, "source": source, "author": author, "editor": "韩晓寒"}
        meta = inject_bylines.byline_lines(row, values)
        printed = {f for ln in row["lines"] for _, f, _ in ln}
        # Only what the layout prints can be read; a field it leaves out is expected empty.
        want: dict[str, object] = {
            "published_at": gold if "date" in printed else None,
            "source": source if "source" in printed else None,
        }
        if "author" in printed:
            want["author"] = author
        # above=true: the layout's lines stand over the headline (a blog's date header)
        if row.get("above"):
            page = page_of(*meta, title, *paras)
        elif row.get("below"):  # below=true: the layout's lines under the last paragraph
            page = page_of(title, *paras, *meta)
        else:
            page = page_of(title, *meta, *paras)
        positive = positive_case(row, "byline", page, both(fields_are(**want), body_is(paras)))
        # negative: with no byline, no field is read from the article's prose
        # (its first paragraph says 记者从石市气象台了解到)
        negative = negative_case(
            row,
            "byline",
            page_of(title, *paras),
            both(fields_are(author=None, source=None), body_is(paras)),
        )
        return [positive, negative]
    if row["kind"] == "date":
        date_text, gold = inject_bylines.render_date(row["format"], iso) or ("", "")
        page = page_of(title, f"发布时间：{date_text}　来源：{source}", *paras)
        positive = positive_case(row, "byline", page, fields_are(published_at=gold, source=source))
        # negative: a paragraph that opens with the same date is still a paragraph
        prose = f"{date_text}，{paras[0]}"
        negative = negative_case(
            row, "byline", page_of(title, prose, *paras[1:]), body_is([prose, *paras[1:]])
        )
        return [positive, negative]
    if row["kind"] == "credit":
        credit = inject_bylines.credit(row, author, iso, "mainland")
        if row.get("at") == "end":  # a closing credit, glued after the last paragraph
            body = [*paras[:-1], paras[-1] + credit]
        else:
            body = [credit + paras[0], *paras[1:]]
        page = page_of(title, f"来源：{source}", *body)
        # a credit that names no reporter (（吉隆坡11日讯）) prints no author
        want = fields_are(author=author if "{author}" in row["template"] else None)
        positive = positive_case(row, "byline", page, both(want, body_is(body)))
        # negative: a paragraph that only mentions a reporter gives no author
        prose = paras[0]  # 昨天，记者从石市气象台了解到……
        negative = negative_case(
            row,
            "byline",
            page_of(title, f"来源：{source}", prose, *paras[1:]),
            fields_are(author=None),
        )
        return [positive, negative]
    editor = "韩晓寒"
    line = row["template"].format(editor=editor)
    page = page_of(title, f"来源：{source}", *paras, line)
    positive = positive_case(row, "byline", page, both(fields_are(editor=editor), body_is(paras)))
    negative = negative_case(
        row, "byline", page_of(title, f"来源：{source}", *paras), fields_are(editor=None)
    )
    return [positive, negative]


def notice_cases(row: dict) -> list[Case]:
    title, paras = SIMP["title"], simp_body()
    text = inject.notice(row, "河北新闻网", "2016", "hebei.com.cn", date="2016-05-20")
    blocks = placed(text, row["position"], title, paras)  # top or foot
    # field=source: the line credits where the text came from (the source, not a notice)
    is_source = row.get("field") == "source"
    want = (
        fields_are(source="河北新闻网", copyright=None) if is_source else fields_are(copyright=text)
    )
    positive = positive_case(row, "notice", page_of(*blocks), both(want, body_is(paras)))
    negative = negative_case(
        row, "notice", page_of(title, *paras), both(fields_are(copyright=None), body_is(paras))
    )
    return [positive, negative]


def furniture_cases(row: dict) -> list[Case]:
    title, paras = SIMP["title"], simp_body()
    text = row["text"].replace("{title}", title)  # a line printed from the headline
    lines = text.split("\n")  # a text with line breaks: consecutive tool lines
    meta = set(row.get("meta_lines", []))
    page = page_of(*placed(lines if len(lines) > 1 else text, row["position"], title, paras))
    positive = positive_case(
        row,
        "furniture",
        page,
        # meta_lines: an empty byline label (gold meta) need not be removed, only kept out
        # of the body; the tool lines around it must be removed
        both(
            removed(line_numbers(page, [t for i, t in enumerate(lines) if i not in meta])),
            body_is(paras),
            fields_are(title=title),
        ),
    )
    negative = negative_case(
        row, "furniture", page_of(title, *paras), both(body_is(paras), fields_are(title=title))
    )
    return [positive, negative]


def caption_cases(row: dict) -> list[Case]:
    title, paras = SIMP["title"], simp_body()
    shown = []
    if row["kind"] == "credit" and row.get("own_line"):  # the credit on the next line
        caption = "市民冒雨出行。"
        shown = [caption, row["credit"].strip()]
    elif row["kind"] == "credit":
        caption = inject.credited_caption("市民冒雨出行。", row)
    else:
        caption = T2S.convert(row["text"])
    page = page_of(title, "来源：河北新闻网", paras[0], shown or caption, *paras[1:])
    # placeholder=true: a file name or placeholder in the caption slot is a tool line, removed
    # credit_only=true: a photo credit alone in the caption's place is the desk's metadata
    wanted = [] if row.get("placeholder") or row.get("credit_only") else [caption]
    positive = positive_case(
        row, "caption", page, both(fields_are(captions=wanted), body_is(paras))
    )
    # negative: a short real paragraph in the same place, without a credit, is body
    short = SIMP["paragraphs"][2]
    negative = negative_case(
        row,
        "caption",
        page_of(title, "来源：河北新闻网", paras[0], short, *paras[1:]),
        both(fields_are(captions=[]), body_is([paras[0], short, *paras[1:]])),
    )
    return [positive, negative]


def conversion_cases(row: dict) -> list[Case]:
    title, paras = SIMP["title"], simp_body()
    shown = [inject.convert(row, p) for p in paras]
    positive = positive_case(
        row, "conversion", page_of(inject.convert(row, title), *shown), body_is(shown)
    )
    negative = negative_case(row, "conversion", page_of(title, *paras), body_is(paras))
    return [positive, negative]


BUILDERS = {
    "spam": spam_cases,
    "pinyin": pinyin_cases,
    "mojibake": mojibake_cases,
    "byline": byline_cases,
    "notice": notice_cases,
    "furniture": furniture_cases,
    "caption": caption_cases,
    "conversion": conversion_cases,
}


def cases() -> list[Case]:
    out: list[Case] = []
    for phenomenon in inject.PHENOMENA:
        for row in inject.table(phenomenon):
            out += BUILDERS[phenomenon](row)
    return out
