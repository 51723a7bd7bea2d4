"""`homeward db upgrade` and `homeward db current` on an encrypted file and on PostgreSQL."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop.commands import db
from planning.errors import StorageError
from planning.storage import migrate


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="homeward")
    parser.add_argument("--db")
    db.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "homeward.db")
    url: str = request.getfixturevalue("pg_empty_url")
    return url


def test_upgrade_then_current(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    head = migrate.head_revision()

    assert run("--db", database, "db", "current") == 0
    assert capsys.readouterr().out.startswith("none (empty")

    assert run("--db", database, "db", "upgrade") == 0
    assert f"upgraded from empty to {head}" in capsys.readouterr().out

    assert run("--db", database, "db", "upgrade") == 0
    assert f"already at revision {head}" in capsys.readouterr().out

    assert run("--db", database, "db", "current") == 0
    assert capsys.readouterr().out.strip() == f"{head} (up to date)"


def test_upgrade_to_an_unknown_revision_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        run("--db", str(tmp_path / "homeward.db"), "db", "upgrade", "--revision", "nope")
    assert caught.value.key == "storage.migration"


def test_the_output_never_shows_a_password(pg_empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_empty_url.replace("postgres@", "postgres:S3cret-pw@", 1)
    assert "S3cret-pw" in url

    run("--db", url, "db", "upgrade")

    assert "S3cret-pw" not in capsys.readouterr().out
