"""The ledger on constructed texts (tests/data/careers): notices, namesakes, merges that outlive a reindex."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from reader.careers.claims import _NOTICES, _PLACE_SCAN, Anchored, Context, MentionSpan, extract
from reader.careers.ledger import posts_by_period
from reader.careers.update import load_people
from reader.entities import pipeline
from reader.ingest import import_paths
from reader.store import careers as store
from reader.store import open_db
from tests.careers.conftest import DATA


def _person(db: Database, person_id: str):
    return next(p for p in load_people(db) if p.person_id == person_id)


def test_an_appointment_notice_changes_the_current_post(constructed: Database) -> None:
    wang = _person(constructed, "王明@新蔡县")
    assert [(t.post, t.first_date, t.last_date) for t in wang.tenures] == [
        ("县长", "2024-02-28", "2024-06-10"),
        ("县委书记", "2024-06-10", "2024-06-10"),
    ]
    county_head = next(t for t in wang.tenures if t.post == "县长")
    assert county_head.removed == ["2024-06-10"]
    assert next(t for t in wang.tenures if t.post == "县委书记").appointed == ["2024-06-10"]
    assert [t.post for t in wang.current_posts()] == ["县委书记"]


def test_namesakes_in_two_counties_stay_apart(constructed: Database) -> None:
    zhang = [p for p in load_people(constructed, name="张强")]
    assert sorted((p.person_id, [t.post for t in p.tenures]) for p in zhang) == [
        ("张强@新蔡县", ["副县长"]),
        ("张强@确山县", ["副县长"]),
    ]


def test_a_merge_survives_a_reindex(constructed: Database) -> None:
    with constructed.atomic():
        store.add_correction(constructed, "merge", ("张强", "新蔡县"), ("张强", "确山县"))
    assert len(load_people(constructed, name="张强")) == 1
    pipeline.reindex(constructed, everything=True)  # every mention and claim written afresh
    merged = load_people(constructed, name="张强")
    assert len(merged) == 1
    assert sorted(t.place for t in merged[0].tenures) == ["新蔡县", "确山县"]
    with constructed.atomic():  # and a split made later wins over the merge
        store.add_correction(constructed, "split", ("张强", "确山县"), ("张强", "新蔡县"))
    assert len(load_people(constructed, name="张强")) == 2


def test_claims_are_written_when_the_queue_is_tagged(tmp_path: Path) -> None:
    """An import only queues its articles (the window tags them in the background): the ledger
    fills when they are tagged, not before."""
    db = open_db(tmp_path / "library.db")
    assert not import_paths(db, sorted(DATA.glob("*.md"))).failed
    assert load_people(db, name="王明") == []
    pipeline.tag_pending(db)
    assert [t.post for t in _person(db, "王明@新蔡县").current_posts()] == ["县委书记"]
    db.conn.close()


def test_a_library_from_before_the_ledger_gets_its_claims(constructed: Database, tmp_path: Path) -> None:
    """Upgrading a library made before m014/m015 queues its articles once; tagging them writes the
    claims without recognising unchanged text again."""
    path = Path(constructed.execute("PRAGMA database_list").fetchone()[2])
    for table in ("career_claims", "career_corrections", "career_state", "reprint_members", "reprint_pairs",
                  "reprint_bands", "reprint_docs"):  # fmt: skip
        constructed.execute(f"DROP TABLE {table}")
    constructed.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m014_reprints', 'm015_careers')")
    constructed.execute("PRAGMA user_version = 13")
    constructed.conn.commit()
    constructed.conn.close()
    db = open_db(path)
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert db.execute("SELECT count(*) FROM entity_queue").fetchone()[0] == articles
    computed = pipeline.tag_articles(db, [row[0] for row in db.execute("SELECT id FROM articles")])
    assert computed == 0  # unchanged text: mentions kept, only the claims written
    assert [t.post for t in _person(db, "王明@新蔡县").current_posts()] == ["县委书记"]
    db.conn.close()


def test_posts_by_year_table(constructed: Database) -> None:
    table = posts_by_period(load_people(constructed))
    assert table[("县长", "新蔡县")] == {"2024": ["王明"]}
    assert table[("副县长", "确山县")] == {"2024": ["张强"]}


def test_claims_from_any_recogniser_s_mentions() -> None:
    """Pure extraction: spans as a recogniser would give them; the rules do the rest."""
    text = "9月2日，市委书记鲍常勇，市委副书记、市长李跃勇，副市长何冬、王建平出席。记者 张三"
    spans = [
        MentionSpan("person", "text", text.index(name), text.index(name) + len(name))
        for name in ("鲍常勇", "李跃勇", "何冬", "王建平", "张三")
    ]
    context = Context("2024-09-30")
    context.places["驻马店市"] = 3
    claims = extract({"text": text}, spans, context)
    assert [(c.name, c.post, c.place, c.date) for c in claims] == [
        ("鲍常勇", "市委书记", "驻马店市", "2024-09-02"),
        ("李跃勇", "市委副书记", "驻马店市", "2024-09-02"),
        ("李跃勇", "市长", "驻马店市", "2024-09-02"),
        ("何冬", "副市长", "驻马店市", "2024-09-02"),
        ("王建平", "副市长", "驻马店市", "2024-09-02"),
    ]


def test_notices_without_any_mentions() -> None:
    text = (
        "会议决定：任命李四为驻马店市财政局局长，赵五为驻马店市教育局局长；免去钱六的驻马店市财政局局长职务。"
    )
    claims = extract({"text": text}, [], Context("2024-05-01"))
    assert [(c.name, c.kind, c.post, c.place, c.organisation) for c in claims] == [
        ("李四", "appointment", "市财政局局长", "驻马店市", "市财政局"),
        ("赵五", "appointment", "市教育局局长", "驻马店市", "市教育局"),
        ("钱六", "removal", "市财政局局长", "驻马店市", "市财政局"),
    ]


def test_rejecting_one_occurrence_rewrites_that_article_s_claims(constructed: Database) -> None:
    """The window's correction (one occurrence) reaches the ledger at once: claims are rewritten in
    the transaction that rewrites the mentions (``entities.pipeline.tag_articles``)."""
    from reader.app.workers import correction_job

    article_id, text = constructed.execute(
        "SELECT id, text FROM articles WHERE text LIKE '%确山县副县长张强%'"
    ).fetchone()
    start = text.index("张强")
    job = correction_job("张强", "reject", "person", "occurrence", (article_id, "text", start, start + 2))
    touched = job(constructed)
    assert touched == [article_id]
    assert [p.person_id for p in load_people(constructed, name="张强")] == ["张强@新蔡县"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="张三李四王任担当选不再市县长局为，。职务同志 \n", max_size=80))
def test_anchored_scans_find_what_a_full_scan_finds(text: str) -> None:
    """The claim rules try their name-first patterns only near the verb: never a match fewer."""
    for pattern in (*[p for _kind, p in _NOTICES if isinstance(p, Anchored)], _PLACE_SCAN):
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in pattern.pattern.finditer(text)
        ]
