"""A wire's sign-off: CNA's release code after the editor's credit, and the credit glued to
the story's last paragraph (filters/wire_signoff.py, round 44).

Lines copied from the agency's own story page,
https://www.cna.com.tw/news/aloc/202512260208.aspx (中央社, 2025-12-26).
"""

from __future__ import annotations

from linear import assert_linear

from newsclean import clean
from newsclean.filters.byline import parse_labelled
from newsclean.filters.wire_signoff import closing_editor, without_release_code

HEADLINE = "台東蘭嶼海域發現漂流物 表面有簡體字樣"
FIRST = (
    "(中央社記者盧太城台東縣26日電)台東蘭嶼海邊今天發現2塊大型複合材料片,上面有「透波口」、"
    "「溫度傳感器安裝口」等字樣,部分是簡體字。當地人士研判,這些碎片有可能是飛行器,已通知軍方處理。"
)
SECOND = "發現民眾表示,這些海漂物可能來自中國,類似船舶和飛行器的碎片,已通知海巡署人員。"
LAST = "海巡署東部分署指出,中午有派員到現場了解,並拍照傳給軍方及海保署處理。"
SIGNOFF = "(編輯:黃世雅)1141226"
#: The picture's credit on the same page: a date after the credit, no release code.
PHOTO_CREDIT = "中央社記者盧太城台東傳真 114年12月26日"


def _page(*paragraphs: str) -> str:
    return HEADLINE + "\n\n" + "\n\n".join("  " + p for p in paragraphs) + "\n"


def test_the_release_code_is_no_part_of_the_editor() -> None:
    assert parse_labelled(SIGNOFF).fields == {"editor": "黃世雅"}  # type: ignore[union-attr]
    assert clean(_page(FIRST, SECOND, LAST) + "\n" + SIGNOFF + "\n").editor == "黄世雅"


def test_the_sign_off_glued_to_the_last_paragraph_names_the_editor() -> None:
    doc = clean(_page(FIRST, SECOND, LAST + SIGNOFF))
    assert (doc.author, doc.editor) == ("卢太城", "黄世雅")
    assert doc.body[-1].endswith("(编辑:黄世雅)1141226")  # the paragraph stays as printed


def test_no_sign_off_no_editor() -> None:
    assert clean(_page(FIRST, SECOND, LAST)).editor is None
    assert closing_editor([LAST]) is None
    assert without_release_code(PHOTO_CREDIT) == PHOTO_CREDIT


def test_release_code_search_is_linear() -> None:
    def make(n: int) -> list[str]:
        return ["(" + "編" * n + ")1141226", "。(編輯:" + "黃" * n + ")1", "1" * n]

    def judge(texts: list[str]) -> None:
        for text in texts:
            without_release_code(text)
            closing_editor([text])

    assert_linear(make, judge, 12_000)
