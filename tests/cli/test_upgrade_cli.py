"""A command on a library older than the program says it is upgrading before a long silence."""

from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli
from reader.store import open_db
from reader.store.migrations import latest_version
from tests.helpers.samples import LIBRARY


def test_a_command_on_an_older_library_says_it_upgrades_first_and_a_current_one_says_nothing(
    db_path: Path,
) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(LIBRARY), "--db", str(db_path)]).exit_code == 0
    quiet = runner.invoke(cli, ["articles", "--db", str(db_path)])
    assert quiet.exit_code == 0 and "upgrading the library" not in quiet.output
    db = open_db(db_path)
    db.execute(f"PRAGMA user_version = {latest_version() - 1}")  # as a library of the previous release
    db.close()
    told = runner.invoke(cli, ["articles", "--db", str(db_path)])
    assert told.exit_code == 0
    assert f"upgrading the library {db_path}" in told.output  # CliRunner mixes stderr into output
