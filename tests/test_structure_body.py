"""The article's body (filters/structure_body.py): a heading is short, Han, unpunctuated;
an ellipsis or a short sentence is body.  The placements on whole pages are
``test_structure``'s."""

from newsclean import clean
from newsclean.filters.structure_body import is_heading_shaped


def test_ellipsis_and_short_punctuation_lines_are_body():
    assert not is_heading_shaped("……")
    assert not is_heading_shaped("枝叶总关情。")


def test_a_short_han_line_without_a_stop_is_heading_shaped():
    assert is_heading_shaped("深耕产业援藏——激活经济新引擎")
    assert not is_heading_shaped("一、")  # too few Han characters


def test_a_scene_caption_over_a_headless_article_is_a_caption() -> None:
    """Round 36: on a page whose head names no headline, a short flush line closed by a
    full stop over indented paragraphs is a described scene, read as a titled page's head
    is; a flush line without a stop there stays what it was (the head)."""
    paragraphs = [
        "\u3000\u3000受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。预计未来几天,"
        "全市仍将多阵雨或雷雨天气,市民需注意防范。",
        "\u3000\u3000记者从市气象台获悉,此次降雨过程已覆盖全市范围,最大降雨量出现在宝华镇区域,"
        "气象部门提醒市民出行注意安全。",
    ]
    document = clean("\n\n".join(["游客在古城墙下观看舞龙表演。", *paragraphs]) + "\n")
    assert document.title is None
    assert document.captions == ["游客在古城墙下观看舞龙表演。"]
