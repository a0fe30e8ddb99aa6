"""Round 41: an issuing office's masthead (byline_issuer.py): the organisation's name and
the issue number printed over a department's dated row are the record's, not the body's."""

from __future__ import annotations

from newsclean import clean
from newsclean.filters.byline_issuer import ISSUE_NUMBER, _office_row

# The bulletin masthead of http://223.71.46.161:8080/Html/News/Articles/303978.html (eval
# row by-bulletin-masthead-..., 中日友好医院's party-work bulletin no. 16), over the story
# of eval/sources.json's jrntv.com page (a city's rain, round 41).
MASTHEAD = ["简 报", "(16)", "中日友好医院", "党委办公室 2013年4月28日"]
STORY = [
    "受台风外围云系与冷空气共同影响,从23日晚开始,我市已迎来明显降水过程。预计未来几天,"
    "全市仍将多阵雨或雷雨天气,市民需注意防范。",
    "预计未来几天,我市天气仍以阴雨为主,气温整体较为平稳。",
]


def test_the_masthead_over_an_office_row_leaves_the_body() -> None:
    document = clean("\n\n".join([*MASTHEAD, *STORY]), convert="none")  # no headline stored
    assert "(16)" not in document.body and "中日友好医院" not in document.body
    assert document.body[-2:] == STORY
    assert document.published_at == "2013-04-28" and document.source is None


def test_only_a_department_of_an_unnamed_body_has_such_a_masthead() -> None:
    assert _office_row("党委办公室 2013年4月28日") and _office_row("黨委辦公室 2023-05-05")
    assert not _office_row("党委办公室")  # no date: no row
    assert ISSUE_NUMBER.match("(16)") and ISSUE_NUMBER.match("第16期")
    assert not ISSUE_NUMBER.match("(一)")  # a section's number in the article stays


def test_the_bulletins_spaced_word_and_series_line_belong_to_the_masthead() -> None:
    # the same masthead printed inside a story, its series line and spaced word over it
    lines = [*STORY[:1], "中日友好医院党建工作", *MASTHEAD, *STORY[1:]]
    body = clean("\n\n".join(lines), convert="none").body
    assert body == STORY
