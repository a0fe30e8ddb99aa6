"""An English use notice at the foot (notice_english): a line governing the use of the
text, by the share of its words that are rights, use, purpose, terms and disclaimer words
and the number of those kinds; a story's sentence about copyright stays."""

import pytest
from linear import assert_linear
from test_notice_statement import BYLINE, PARAGRAPHS, TITLE

from newsclean import clean
from newsclean.filters.notice import is_notice
from newsclean.filters.notice_english import MAX_USE_NOTICE, use_notice

UVIC = (
    "Contact UVic Archives for access to the original resource and for reproduction "
    "requests (fee for reproductions).This material is made available on this site for "
    "research and private study only."
)

NOTICES = [
    # the round-25 row (exhibits.library.uvic.ca, a university archive's catalogue record)
    UVIC,
    # the Oxford-IIIT Pet dataset's README (robots.ox.ac.uk/~vgg/data/pets/), its note
    "Dataset is made available for research purposes only. Use of these images must respect "
    "the corresponding terms of use of original websites from which they are taken.",
    # the CMU-Cambridge Statistical Language Modeling toolkit's copyright notice (C sources)
    "This software is made available for research purposes only.  It may be redistributed "
    "freely for this purpose, in full or in part, provided that this entire copyright notice "
    "is included on any copies of this software and applications and derivations thereof.",
    # a traffic-video caption dataset's README (TSEC-dataset, github), with its contact mail
    "Free copies of TSEC-dataset are provided for research and private study only. A copy "
    "of the database can be requested through e-mail sent to: haopenghui2022@gmail.com",
    # an archive's line written for this test in another archive's words, and a disclaimer
    "Please contact the Special Collections Library for permission to reproduce this image.",
    "The views expressed on this blog do not necessarily reflect the official opinion of the firm.",
]

STORY = [
    # a story about copyright: a court, a past tense
    "The court ruled that the website had reproduced photographs without permission.",
    # kings.cam.ac.uk, ordering copies: a guide's sentence about copyright
    "This is usually due to copyright (for example, we can’t copy anything published in the "
    "last 70 years but librarians can), or the terms on which the documents were donated to "
    "the repository.",
    # ias.edu, a guide's paragraph mentioning the archive's contact
    "Researchers with questions concerning the Institute for Advanced Study's archival "
    "records should contact to the Institute's Archivist for additional information.",
    # a notebook narrating a dataset (was: the past), and a data policy of two kinds
    "This dataset was made available for research purposes, with each image resized to "
    "306 by 306 pixels.",
    "Where possible, underlying data sets are made available for research purposes, "
    "respecting privacy and security considerations.",
    "Access to the site may not be available to users in China without a VPN.",
    # a row of links: furniture
    "Terms of Use | Privacy Policy | Contact Us",
    # a Chinese line about reproduction, a company reserving its rights: a story's
    "该档案馆表示，研究者可联系馆方申请复制原件，并需支付费用。",
    "该公司表示保留追究法律责任的权利",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_use_notice_is_one(line):
    assert use_notice(line)
    assert is_notice(line, near_foot=True)


@pytest.mark.parametrize("line", STORY)
def test_a_sentence_about_rights_is_no_use_notice(line):
    assert not use_notice(line)
    assert not is_notice(line, near_foot=True)


def test_only_at_the_foot():
    assert not is_notice(UVIC, near_foot=False)


def test_the_archives_notice_at_the_foot_is_the_copyright():
    document = clean("\n\n".join([TITLE, BYLINE, *PARAGRAPHS, UVIC]))
    assert document.copyright == UVIC
    assert document.body == PARAGRAPHS


def test_an_english_paragraph_in_the_body_stays():
    story = STORY[1]
    document = clean("\n\n".join([TITLE, BYLINE, PARAGRAPHS[0], story, *PARAGRAPHS[1:]]))
    assert document.copyright is None
    assert story in document.body


def test_linear_on_a_hostile_line():
    def lines(n: int) -> list[str]:
        return ["copyright " * (n // 10), "a@" * (n // 2), "x-" * (n // 2)]

    def judge(hostile: list[str]) -> None:
        for line in hostile:
            use_notice(line[:MAX_USE_NOTICE])
            use_notice(line)

    assert_linear(lines, judge, 50_000)
