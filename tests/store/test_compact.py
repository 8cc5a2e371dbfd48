"""Block kinds and set-aside lines are stored compactly and read back exactly as parsed."""

from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue, SetAside
from reader.store import articles as article_store
from reader.store import compact
from reader.store import issues as issue_store


def test_runs_of_paragraphs_are_counted_and_other_kinds_spelled_out() -> None:
    kinds = ["paragraph"] * 3 + ["heading"] + ["paragraph"] * 2 + ["caption", "list_item"]
    assert compact.kinds_json(kinds) == '[3,"heading",2,"caption","list_item"]'
    assert compact.kinds_json(["paragraph"] * 4) == "[4]"
    assert compact.kinds_json([]) == "[]"
    assert compact.block_kinds('[3,"heading",2,"caption","list_item"]') == kinds


def test_a_list_stored_by_older_code_reads_as_itself() -> None:
    kinds = ["paragraph", "heading", "paragraph"]
    assert compact.block_kinds('["paragraph", "heading", "paragraph"]') == kinds
    old = '[[1, "目录", "table of contents"], [9, "第 2 页", "page footer"]]'
    assert compact.boilerplate_items(old) == [(1, "目录", "table of contents"), (9, "第 2 页", "page footer")]


def test_a_reason_is_written_only_where_it_changes() -> None:
    toc = "table of contents"
    items = [(1, "目录", toc), (2, "综合 1", toc), (30, "第 2 页", "page footer")]
    stored = compact.boilerplate_json(items)
    assert stored == '[[1,"目录","table of contents"],[2,"综合 1"],[30,"第 2 页","page footer"]]'
    assert compact.boilerplate_items(stored) == items


@given(st.lists(st.sampled_from([kind.value for kind in BlockKind])))
def test_block_kinds_round_trip(kinds: list[str]) -> None:
    assert compact.block_kinds(compact.kinds_json(kinds)) == kinds


@given(st.lists(st.tuples(st.integers(1, 10**6), st.text(), st.sampled_from(["toc", "page footer", ""]))))
def test_set_aside_lines_round_trip(items: list[tuple[int, str, str]]) -> None:
    assert compact.boilerplate_items(compact.boilerplate_json(items)) == items


def test_an_imported_issue_reads_back_its_block_kinds_and_set_aside_lines(db: Database) -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "驻马店市召开全市工作会议。"),
        Block(BlockKind.HEADING, "一、总体要求"),
        Block(BlockKind.PARAGRAPH, "会议要求各地抓好落实。"),
        Block(BlockKind.PARAGRAPH, "会议强调要加强组织领导。"),
        Block(BlockKind.CAPTION, "图① 会议现场。"),
    ]
    parsed = ParsedIssue(
        layout="toc_bulletin",
        articles=[ParsedArticle(title="全市工作会议召开", blocks=blocks)],
        boilerplate=[
            SetAside(1, "目录", "table of contents"),
            SetAside(2, "全市工作会议召开 1", "table of contents"),
            SetAside(40, "— 1 —", "page number"),
        ],
    )
    saved = issue_store.save_issue(db, parsed, source_path="", data="会议".encode())
    article = article_store.get_article(db, saved.article_ids[0])
    assert article["blocks"] == ["paragraph", "heading", "paragraph", "paragraph", "caption"]
    assert article["boilerplate"] == "目录\n全市工作会议召开 1\n— 1 —"
    assert issue_store.set_aside_lines(db, saved.issue_id) == [
        {"line": 1, "text": "目录", "reason": "table of contents"},
        {"line": 2, "text": "全市工作会议召开 1", "reason": "table of contents"},
        {"line": 40, "text": "— 1 —", "reason": "page number"},
    ]
    stored = db.execute("SELECT blocks FROM articles").fetchone()[0]
    assert stored == '[1,"heading",2,"caption"]'
