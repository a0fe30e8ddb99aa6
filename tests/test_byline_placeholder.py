"""Round 20: a template's variable printed in a byline field instead of its value
(``byline_placeholder.is_placeholder``) leaves the field empty, whatever the CMS's
spelling; a person's or an outlet's name in the same place is kept."""

from __future__ import annotations

import pytest
from linear import assert_linear

from newsclean.filters.byline_placeholder import is_placeholder
from newsclean.filters.metadata import parse_metadata


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Invented forms (on no eval page), each a different CMS's spelling:
        ("作者:{author}  来源:人民网", {"source": "人民网"}),  # a brace variable
        ("编辑：$editor_name 时间:2024-05-06", {"published_at": "2024-05-06"}),  # a dollar variable
        ("编辑：$editor 时间:2024-05-06", {"published_at": "2024-05-06"}),  # the label word alone
        ("作者:作者名 日期:2023-01-02", {"published_at": "2023-01-02"}),  # the label + 名
        ("責任編輯：%EDITOR%", {}),  # a percent variable, upper case
        ("来源:{dede:field.source/}", {}),  # namespaces and a closing slash
        ("編輯:[db:作者] 時間:2020-08-12", {"published_at": "2020-08-12"}),
    ],
)
def test_placeholder_leaves_the_field_empty(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("编辑：王小明 时间:2020-01-02", {"editor": "王小明", "published_at": "2020-01-02"}),
        ("作者:J.K 来源:AFP", {"author": "J.K", "source": "AFP"}),  # an initial, an agency
        ("来源:Reuters", {"source": "Reuters"}),  # a capitalised name
        ("来源:CCTV-4", {"source": "CCTV-4"}),
    ],
)
def test_names_in_the_same_place_stay(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize("value", ["王小明", "Reuters", "J.K", "林名", "于", "by", "新华社"])
def test_values_that_are_no_placeholder(value: str) -> None:
    assert not is_placeholder(value)


def test_placeholder_is_linear() -> None:
    assert_linear(lambda n: "{" + "a." * n + "author}", is_placeholder, 20_000)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # Round 20, a name's value ends where a description of the person begins (invented):
        ("作者:王小明 〈東方週刊〉主筆", {"author": "王小明"}),  # an outlet in title marks
        ("作者：李文 香港华人作家协会会长", {"author": "李文"}),  # a post of five characters+
        ("作者：陈立新 特约评论员", {"author": "陈立新"}),
        # an outlet's name in its title marks is the name (invented outlet)
        ("来源:《东江晚报》", {"source": "东江晚报"}),
        ("来源：〈新新聞〉", {"source": "新新聞"}),
    ],
)
def test_value_ends_at_a_description_and_title_marks(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("作者:张三 李四", {"author": "张三 李四"}),  # names listed with a space
        ("作者:弗朗茲·蓋蒂", {"author": "弗朗茲·蓋蒂"}),  # a transliterated name
        ("作者:爱新觉罗溥仪", {"author": "爱新觉罗溥仪"}),  # a long name opening the value
        ("来源:《求是》杂志", {"source": "《求是》杂志"}),  # marks not wrapping the whole
    ],
)
def test_names_and_outlets_that_keep_their_form(line: str, fields: dict[str, str]) -> None:
    parsed = parse_metadata(line)
    assert parsed is not None
    assert parsed.fields == fields


# Round 25 (byline helper): see the module docstrings.
@pytest.mark.parametrize("host", ["jrntv.com", "fonfmedia.com", "happymacao.com"])
def test_a_host_under_a_source_label_is_the_source(host: str) -> None:
    assert not is_placeholder(host)
    parsed = parse_metadata(f"來源: {host}")
    assert parsed is not None and parsed.fields == {"source": host}


@pytest.mark.parametrize("value", ["field.writer", "db:作者", "dede:field.source"])
def test_namespaced_variables_stay_placeholders(value: str) -> None:
    assert is_placeholder(value)
