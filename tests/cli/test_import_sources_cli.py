"""Importing the files users really have, through the CLI: Markdown in folders, set-aside lines shown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli

CORPUS = Path(__file__).parents[1] / "data" / "corpus" / "dev"


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def test_a_folder_import_picks_up_markdown_files(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(CORPUS / "d35_rmrb_20250308_ban05_markdown_article.txt", folder / "preschool.md")
    shutil.copy(CORPUS / "d17_xwlb_20220924_md.txt", folder / "digest.markdown")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not text")  # neither text nor Markdown: not picked up
    code, out = run("import", folder, "--db", db_path, "--no-entities")
    assert code == 0, out
    assert out.rstrip().endswith("2 imported, 0 updated, 0 unchanged, 0 failed")
    issues = json.loads(run("issues", "--json", "--db", db_path)[1])
    assert sorted(issue["source_file"] for issue in issues) == ["digest.markdown", "preschool.md"]


def test_a_folder_import_picks_up_saved_web_pages(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    page = CORPUS.parent / "tenth" / "build" / "src" / "xwzl_20251117.html"
    shutil.copy(page, folder / "xwzl_20251117.html")
    shutil.copy(page, folder / "copy.htm")
    (folder / "style.css").write_text("p { margin: 0 }", encoding="utf-8")  # a saved page's asset: skipped
    code, out = run("import", folder, "--db", db_path, "--no-entities")
    assert code == 0, out
    assert f"warning: {folder / 'copy.htm'}: read as a web page's HTML source" in out
    assert out.rstrip().endswith("1 imported, 0 updated, 1 unchanged, 0 failed")  # the same bytes twice
    articles = json.loads(run("articles", "--json", "--db", db_path)[1])
    assert [a["title"] for a in articles][:2] == [
        "配合市政署維修下水道及路面等工作 多處道路周三起實施交通管制",
        "勞工局與休閒企業合作推出就業+培訓專項計劃 明起接受申請",
    ]


def test_issue_show_lists_what_was_set_aside_and_why(db_path: Path) -> None:
    run("import", CORPUS / "d22_gwr_hunan_2026_webpage.txt", "--db", db_path, "--no-entities")
    code, out = run("issue", "show", "1", "--db", db_path)
    assert code == 0
    assert out.splitlines()[0] == "issue 1: 2026年湖南省政府工作报告 (2026-02-24)"
    assert "  publication: 湖南日报; 1 article;" in out
    assert "    line 1 [web page header]: 下载" in out
    assert "    line 122 [web page footer]: 相关报道：" in out
    shown = json.loads(run("issue", "show", "1", "--json", "--db", db_path)[1])
    assert shown["set_aside"][4] == {"line": 5, "text": "【字号：", "reason": "web page header"}


def test_articles_json_carries_the_issues_set_aside_text(db_path: Path) -> None:
    run("import", CORPUS / "d05_rmrb_20251020_ban11_pdftotext.txt", "--db", db_path, "--no-entities")
    articles = json.loads(run("articles", "--json", "--db", db_path)[1])
    assert [a["title"] for a in articles][:1] == ["前三季度主要金融数据变化怎么看（高质量发展看亮点·读数）"]
    assert "第 154 页" in articles[0]["boilerplate"].split("\n")
    assert "广告" in articles[0]["boilerplate"].split("\n")
