"""The article's body (filters/structure_body.py): a heading is short, Han, unpunctuated;
an ellipsis or a short sentence is body.  The placements on whole pages are
``test_structure``'s."""

from newsclean.filters.structure_body import is_heading_shaped


def test_ellipsis_and_short_punctuation_lines_are_body():
    assert not is_heading_shaped("……")
    assert not is_heading_shaped("枝叶总关情。")


def test_a_short_han_line_without_a_stop_is_heading_shaped():
    assert is_heading_shaped("深耕产业援藏——激活经济新引擎")
    assert not is_heading_shaped("一、")  # too few Han characters
