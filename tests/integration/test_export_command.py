"""`homeward export …`: the lists the app exports, from the command line, with the same roles and audit."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop import i18n
from desktop.cli import main
from desktop.commands.session import open_store
from planning.exports.files import ACTION
from planning.storage.models import AuditEntry, Case
from tests.integration.test_command_sign_in import quick_hashing, with_accounts

__all__ = ["quick_hashing"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "6", "--seed", "3"]) == 0
    yield path
    i18n.reset()  # --language installs a catalogue in this process


def exports(db: str) -> list[AuditEntry]:
    store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == ACTION)))
    finally:
        store.engine.dispose()


def references(db: str) -> list[str]:
    store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            return sorted(session.scalars(select(Case.reference)))
    finally:
        store.engine.dispose()


def test_the_case_list_to_a_workbook_and_csv_in_arabic(db: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "cases.xlsx"
    assert main(["--db", db, "export", "cases", "-o", str(target)]) == 0
    assert f"exported to {target}" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    sheet = openpyxl.load_workbook(target)["Cases"]
    assert sheet["A1"].value == "Reference" and sheet["C1"].value == "People"
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == references(db)
    assert all(isinstance(row[2].value, int) for row in sheet.iter_rows(min_row=2))

    arabic = tmp_path / "cases-ar.csv"
    assert main(["--db", db, "export", "cases", "--sort", "head", "--descending", "--language", "ar",
                 "-o", str(arabic)]) == 0
    rows = list(csv.reader(arabic.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "المرجع" and len(rows) == len(references(db)) + 1
    [first, second] = exports(db)
    assert first.actor == "system" and first.after is not None and first.after["rows"] == len(references(db))
    assert second.after is not None and second.after["filters"] == {"sort": "head desc"}
    assert second.after["format"] == "csv"


def test_roles_decide_who_exports_what(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    capsys.readouterr()
    monkeypatch.setenv("HOMEWARD_USER", "rita")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 2")
    assert main(["--db", db, "export", "cases", "-o", str(tmp_path / "cases.xlsx")]) == 2
    assert "[permission.export_lists]" in capsys.readouterr().err

    monkeypatch.setenv("HOMEWARD_USER", "anna")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 1")
    assert main(["--db", db, "export", "audit-log", "-o", str(tmp_path / "audit.xlsx")]) == 2
    assert "[permission.view_audit]" in capsys.readouterr().err
    assert main(["--db", db, "export", "due", "--days", "366", "-o", str(tmp_path / "due.csv")]) == 0
    assert main(["--db", db, "export", "allocations", "-o", str(tmp_path / "allocations.csv")]) == 0
    assert main(["--db", db, "export", "manifest", "--movement", "NO-SUCH", "-o", str(tmp_path / "m.xlsx")]) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".csv")) == [
        "allocations.csv", "due.csv"]
    assert [(e.actor, e.after["list"]) for e in exports(db) if e.after] == [
        ("anna", "due_follow_ups"), ("anna", "allocations")]


def test_a_movement_and_the_audit_log_from_the_command_line(db: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from planning.storage.models import Booking, Movement

    store = open_store(db, migrate_schema=False)
    try:
        with store.reading() as session:
            code, booked = session.execute(
                select(Movement.code, func.count(Booking.id)).join(Booking, Booking.movement_id == Movement.id)
                .group_by(Movement.code).order_by(Movement.code)).first() or (None, 0)
    finally:
        store.engine.dispose()
    assert code is not None, "the demo books households on movements"
    target = tmp_path / "passengers.xlsx"
    assert main(["--db", db, "export", "passengers", "--movement", code, "-o", str(target)]) == 0
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet["A1"].value.startswith(f"{code}: ")
    assert sheet.max_row - 3 == booked and isinstance(sheet["D4"].value, int)

    log = tmp_path / "audit.csv"
    assert main(["--db", db, "export", "audit-log", "--action", "demo.", "-o", str(log)]) == 0
    rows = list(csv.reader(log.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Position", "Time (UTC)", "User", "Action"]
    assert [r[3] for r in rows[1:]] == ["demo.generate"]
    assert exports(db)[-1].after["filters"] == {"action": "demo."}  # type: ignore[index]


def test_an_existing_file_is_replaced_only_with_force(db: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cases.csv"
    target.write_text("someone's own spreadsheet\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "export", "cases", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "[argument.output_exists]" in err and f"{target} already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "someone's own spreadsheet\n" and exports(db) == []
    assert main(["--db", db, "export", "cases", "--force", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8-sig").startswith("Reference,") and len(exports(db)) == 1
