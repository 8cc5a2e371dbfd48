"""Claims in traditional-character text (Hong Kong, Macau, Taiwan): read as simplified, given as printed."""

from __future__ import annotations

from reader.careers.claims import Context, MentionSpan, extract


def _person(text: str, name: str) -> MentionSpan:
    at = text.index(name)
    return MentionSpan("person", "text", at, at + len(name))


def test_a_county_head_in_traditional_characters_is_claimed_as_printed() -> None:
    text = "花蓮縣縣長王大明今天到校視察，副縣長陳小華陪同。"
    spans = [_person(text, "王大明"), _person(text, "陳小華")]
    context = Context("2025-03-01")
    context.places["花莲县"] = 3  # the places, read in simplified Chinese (careers.update._context)
    claims = extract({"text": text}, spans, context)
    assert [(c.name, c.post, c.place, c.printed) for c in claims] == [
        ("王大明", "縣長", "花蓮縣", "花蓮縣縣長"),
        ("陳小華", "副縣長", "花蓮縣", "副縣長"),
    ]


def test_a_traditional_appointment_notice_is_read() -> None:
    text = "會議決定：任命李四為臺中市財政局局長；免去錢六的臺中市財政局局長職務。"
    claims = extract({"text": text}, [], Context("2025-03-01"))
    assert [(c.name, c.kind, c.post, c.organisation) for c in claims] == [
        ("李四", "appointment", "市財政局局長", "市財政局"),
        ("錢六", "removal", "市財政局局長", "市財政局"),
    ]


def test_simplified_text_gives_the_same_claims_as_before() -> None:
    text = "花莲县县长王大明今天到校视察。"
    claims = extract({"text": text}, [_person(text, "王大明")], Context("2025-03-01"))
    assert [(c.name, c.post, c.place) for c in claims] == [("王大明", "县长", "花莲县")]
