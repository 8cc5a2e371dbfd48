"""Post shapes found on held-out bulletins (``benchmarks/score_entities.py``, halves A and C).

Each test is one shape of text whose (person, post) pair the careers ledger missed on files nobody
had tuned it on; the sentences are written here and name nobody from those files.
"""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract


def _spans(text: str, **kinds: list[str]) -> list[MentionSpan]:
    """Mentions as the recogniser would store them: every listed text at its first occurrence."""
    spans = []
    for kind, texts in kinds.items():
        for item in texts:
            at = text.index(item)
            spans.append(MentionSpan(kind, "text", at, at + len(item)))
    return spans


def _pairs(text: str, **kinds: list[str]) -> list[tuple[str, str]]:
    return [(c.name, c.post) for c in extract({"text": text}, _spans(text, **kinds), Context("2025-03-01"))]


def test_names_with_the_surnames_lai_and_hong_get_their_posts() -> None:
    """赖 and 洪 are common surnames: a name starting with either is a name the ledger keeps."""
    text = "县长赖文清、副县长洪立新出席会议。"
    spans = {"person": ["赖文清", "洪立新"], "position": ["县长", "副县长"]}
    assert _pairs(text, **spans) == [("赖文清", "县长"), ("洪立新", "副县长")]


def test_titles_that_name_one_office_by_themselves_are_posts() -> None:
    """立委 and 政务委员 need no place or body; 议员 and 主委 (主任委员) are titles like 主任."""
    text = "立委张大同、政务委员李文博、县议员王美玲、环保联盟主委陈志远出席。"
    spans = {
        "person": ["张大同", "李文博", "王美玲", "陈志远"],
        "position": ["立委", "政务委员", "县议员", "环保联盟主委"],
    }
    assert _pairs(text, **spans) == [
        ("张大同", "立委"),
        ("李文博", "政务委员"),
        ("王美玲", "县议员"),
        ("陈志远", "环保联盟主委"),
    ]


def test_a_bare_member_or_director_title_is_still_no_post() -> None:
    text = "主任张大同、委员李文博出席。"
    assert _pairs(text, person=["张大同", "李文博"], position=["主任", "委员"]) == []
