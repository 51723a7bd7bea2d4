"""`homeward retention` and `homeward subject-access` on an encrypted file (acting as the data-protection officer)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands.session import open_store
from planning import cases
from planning.storage.models import Case
from planning.storage.store import Actor, Store
from planning.vocabulary import Role
from tests.scenarios import Family, open_family

OFFICER = Actor("dpo", Role.DATA_PROTECTION_OFFICER)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Store]:
    path = str(tmp_path / "homeward.db")
    store = open_store(path)
    return path, Store(store.engine, OFFICER, store.location, today=lambda: date(2026, 6, 1))


def closed(store: Store) -> Family:
    family = open_family(store)
    with store.reading() as session:
        version = session.get_one(Case, family.case_id).version
    cases.close_case(store, family.case_id, version, date(2026, 6, 1), "Monitoring finished")
    return family


def test_retention_dry_run_then_apply(database: tuple[str, Store], capsys: pytest.CaptureFixture[str]) -> None:
    path, store = database
    family = closed(store)

    assert main(["--db", path, "retention", "--dry-run", "--years", "1"]) == 0
    out = capsys.readouterr().out
    assert "nothing was changed" in out
    assert "(0)" in out  # closed today: not due after one year

    assert main(["--db", path, "retention", "--apply", "--years", "0"]) == 2
    assert "years: must be a whole number" in capsys.readouterr().err

    with store.transaction() as session:  # pretend the case closed seven years ago
        session.get_one(Case, family.case_id).closed_on = date(2019, 5, 1)
    assert main(["--db", path, "retention", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert family.reference in out and "would remove 3 × members' names" in out
    assert main(["--db", path, "retention", "--apply"]) == 0
    assert f"anonymised 1 case(s): {family.reference}" in capsys.readouterr().out
    assert main(["--db", path, "retention", "--apply"]) == 0
    assert "no case is due" in capsys.readouterr().out
    assert main(["--db", path, "audit", "verify"]) == 0
    store.engine.dispose()


def test_subject_access_writes_json_and_pdf(database: tuple[str, Store], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path, store = database
    family = open_family(store)
    out_dir = tmp_path / "export"

    assert main(["--db", path, "subject-access", family.reference, "-o", str(out_dir)]) == 0

    printed = capsys.readouterr().out
    assert "Giorgi Beridze" in printed and "verification code HW-" in printed
    [json_file] = out_dir.glob("*.json")
    [pdf_file] = out_dir.glob("*.pdf")
    assert json.loads(json_file.read_text(encoding="utf-8"))["person"]["id"] == family.father
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert main(["--db", path, "subject-access", "no-such", "-o", str(out_dir)]) == 2
    assert "person: 'no-such'" in capsys.readouterr().err
    store.engine.dispose()
