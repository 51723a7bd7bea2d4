"""`homeward audit verify` on a migrated encrypted file and on PostgreSQL: exit 0 intact, 1 naming the break."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.storage.models import AuditEntry
from tests.unit.data_protection.tamper import bypassing_triggers, write_entries


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "homeward.db")
    url: str = request.getfixturevalue("pg_empty_url")
    return url


def test_verify_passes_then_names_a_deleted_entry(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    ids = write_entries(store, 5)

    assert main(["--db", database, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "audit chain intact: 5 entries" in out

    bypassing_triggers(store, "DELETE FROM audit_entry WHERE id = :id", id=ids[2])
    assert main(["--db", database, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "BROKEN" in err
    assert f"removed: entry {ids[3]} (position 4" in err
    assert "test.change" in err
    store.engine.dispose()


def test_verify_names_an_altered_entry(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    ids = write_entries(store, 3)
    bypassing_triggers(store, "UPDATE audit_entry SET action = 'case.view' WHERE id = :id", id=ids[0])

    assert main(["--db", database, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"altered: entry {ids[0]} (position 1" in err and "case.view" in err
    with store.reading() as session:
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.id == ids[0])) == "case.view"
    store.engine.dispose()
