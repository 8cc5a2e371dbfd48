"""A file that opens with the story's case number on a line of its own, then the title, then the text.

A charity fund's stories saved one a file by a collecting script may carry the case's number above
the headline (``基金會編號：A9001`` / ``阿公腰傷 孫女端藥`` / the paragraphs), as others carry the day
there.  With no other anchor in the file the importer reads one article: its title is the headline under
the number, the number is kept with the article (its header's credit lines, or its kicker when bare) and
its text starts at the first paragraph — never the number as the title and the headline as the first
paragraph.
Written for the test: invented family, fund and case number.
"""

from __future__ import annotations

from reader.importer import parse_text

_STORY = [
    "阿公腰傷 孫女端藥",
    "「阿公，藥要吃喔。」10歲的小萱端著溫水走到床邊，看著72歲阿公吳進發慢慢吞下藥丸。",
    "吳進發說，兒子5年前車禍過世，媳婦改嫁後，他獨力帶大兩個孫女，「我以前在碼頭扛貨，現在腰直不起來。」",
    "當地里長說，祖孫3人靠老農津貼與低收補助過活，基金會訪視後已撥款暫紓困境。",
]


def _one(first: str):
    issue = parse_text("\n".join([first, *_STORY]), "a9001.txt")
    assert [a.title for a in issue.articles] == ["阿公腰傷 孫女端藥"]
    article = issue.articles[0]
    assert article.text.startswith("「阿公，藥要吃喔。」")
    return article


def test_labelled_case_number_over_the_title() -> None:
    article = _one("基金會編號：A9001")
    assert article.credit == "基金會編號：A9001"


def test_case_number_alone_over_the_title() -> None:
    article = _one("A9001")
    assert "A9001" in (article.credit or "") + (article.kicker or "")


def test_number_over_running_text_titles_nothing_new() -> None:
    """Under the number a sentence, not a headline: the sentence is never made a title."""
    issue = parse_text("\n".join(["基金會編號：A9001", *_STORY[1:]]), "a9001.txt")
    assert all(not a.title.startswith("「阿公") for a in issue.articles)
