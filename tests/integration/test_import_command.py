"""`homeward import referrals FILE`: dry run, import, mapping overrides, JSON, exit codes, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.storage.models import AuditEntry, Case, Person

DATA = Path(__file__).parents[1] / "data" / "referrals"


def counts(db: str) -> tuple[int, int, int]:
    store = open_store(db)
    try:
        with store.reading() as session:
            return tuple(session.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                         for m in (Case, Person, AuditEntry))
    finally:
        store.engine.dispose()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "homeward.db")


def test_dry_run_then_import_then_everyone_is_known(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "import", "referrals", str(DATA / "good.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "5 ready to import in 3 case(s)" in out
    assert counts(db) == (0, 0, 0)

    assert main(["--db", db, "import", "referrals", str(DATA / "good.csv"), "--source", "unhcr", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["cases_opened"] == 3 and len(report["imported"]) == 3 and not report["dry_run"]
    cases, people, _ = counts(db)
    assert (cases, people) == (3, 5)

    assert main(["--db", db, "import", "referrals", str(DATA / "good.csv")]) == 2
    out = capsys.readouterr().out
    assert "likely already known as HW-" in out and counts(db)[:2] == (3, 5)


def test_bad_file_imports_only_its_valid_households(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "import", "referrals", str(DATA / "bad.csv"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["invalid"] == 7 and report["summary"]["cases_opened"] == 2
    gorgia = next(i for r in report["rows"] if r["line"] == 2 for i in r["issues"] if i["field"] == "nationality")
    assert gorgia["suggestion"] == "Georgia" and gorgia["severity"] == "error"
    assert counts(db)[:2] == (2, 3)


def test_mapping_overrides_on_the_command_line(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Ref;A;B;Geb;G;Land\n1;Beridze;Giorgi;02/03/1985;M;GEO\n", encoding="utf-8")
    assert main(["--db", db, "import", "referrals", str(path), "--dry-run"]) == 2
    assert "no column is mapped to" in capsys.readouterr().out
    assert main(["--db", db, "import", "referrals", str(path), "--mapping", "A=family_name", "--mapping",
                 "B=given_names", "--mapping", "Geb=date_of_birth", "--mapping", "G=sex", "--mapping",
                 "Land=nationality", "--date-order", "mdy"]) == 0
    capsys.readouterr()
    store = open_store(db)
    try:
        with store.reading() as session:
            person = session.scalars(select(Person)).one()
            assert (person.given_names, person.date_of_birth.isoformat()) == ("Giorgi", "1985-02-03")
    finally:
        store.engine.dispose()


def test_unreadable_file_and_bad_mapping_are_reported(db: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    assert main(["--db", db, "import", "referrals", str(path)]) == 2
    assert "not a readable XLSX workbook" in capsys.readouterr().out
    assert main(["--db", db, "import", "referrals", str(DATA / "good.csv"), "--mapping", "Sexx=sex"]) == 2
    assert "did you mean Sex?" in capsys.readouterr().out
    assert main(["--db", db, "import", "referrals", str(tmp_path / "missing.csv")]) == 2
    assert "cannot read the file" in capsys.readouterr().out
    assert counts(db) == (0, 0, 0)
