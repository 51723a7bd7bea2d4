"""Exported lists read back as a spreadsheet reads them: typed cells, no formula run, private files, audited."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from planning.errors import PermissionDenied, ValidationError
from planning.exports.files import ACTION, ExportedList, export_list, may_export
from planning.exports.table import CellKind, Column, Sheet
from planning.storage.models import AuditEntry
from planning.storage.store import Actor, Store
from planning.vocabulary import Role

COLUMNS = (Column("Reference"), Column("People", CellKind.INTEGER), Column("Decided on", CellKind.DATE),
           Column("Cost", CellKind.AMOUNT), Column("Booked at", CellKind.DATETIME), Column("Note"))
ROWS = [
    ("HW-2026-000001", 3, date(2026, 5, 2), Decimal("1250.50"), datetime(2026, 5, 3, 9, 30, tzinfo=UTC), "فاطمة"),
    ("HW-2026-000002", 1, None, Decimal(0), None, "=HYPERLINK(\"http://x\")"),
    ("HW-2026-000003", 12, date(2025, 12, 31), Decimal("99.99"), None, "-2+3"),
]


def sheet(rows: Iterable[tuple[object, ...]] = ROWS, **extra: object) -> Sheet:
    return Sheet("cases", "Cases", COLUMNS, rows, expected=3, **extra)  # type: ignore[arg-type]


def audits(store: Store) -> list[AuditEntry]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == ACTION)))


def test_xlsx_holds_typed_cells_a_frozen_header_and_no_formula(store: Store, tmp_path: Path) -> None:
    done: list[tuple[int, int]] = []
    exported = export_list(store, ExportedList.CASES, [sheet()], tmp_path / "cases.xlsx",
                           filters={"status": "ready"}, progress=lambda d, t: done.append((d, t)))

    assert exported.total == 3 and done[-1] == (3, 3)
    workbook = openpyxl.load_workbook(tmp_path / "cases.xlsx")
    page = workbook["Cases"]
    assert page.freeze_panes == "A2"
    assert [c.value for c in page[1]] == [c.header for c in COLUMNS]
    first = [c.value for c in page[2]]
    assert first[:4] == ["HW-2026-000001", 3, datetime(2026, 5, 2), 1250.5]
    assert page["C2"].is_date and page["E2"].is_date and page["E2"].value == datetime(2026, 5, 3, 9, 30)
    assert page["F2"].value == "فاطمة"
    formula = page["F3"]
    assert formula.data_type == "s" and formula.value == "=HYPERLINK(\"http://x\")" and formula.quotePrefix
    assert page["F4"].data_type == "s" and page["F4"].quotePrefix
    assert page["C3"].value is None
    assert page.auto_filter.ref == "A1:F4"


def test_csv_has_a_bom_iso_dates_and_defused_formulas(store: Store, tmp_path: Path) -> None:
    export_list(store, ExportedList.CASES, [sheet()], tmp_path / "cases.csv")

    raw = (tmp_path / "cases.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == [c.header for c in COLUMNS]
    assert rows[1] == ["HW-2026-000001", "3", "2026-05-02", "1250.50", "2026-05-03 09:30:00", "فاطمة"]
    assert rows[2][5] == "'=HYPERLINK(\"http://x\")" and rows[3][5] == "'-2+3"
    assert rows[2][2] == "" and rows[2][3] == "0.00"


def test_a_second_table_goes_to_its_own_csv_file(store: Store, tmp_path: Path) -> None:
    left_out = Sheet("not_placed", "Not placed", (Column("Case"), Column("Why")), [("HW-1", "no seat")])
    exported = export_list(store, ExportedList.PLAN, [sheet(), left_out], tmp_path / "plan.csv")

    assert exported.files == (tmp_path / "plan.csv", tmp_path / "plan-not_placed.csv")
    assert (tmp_path / "plan-not_placed.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "HW-1,no seat"
    workbook_path = tmp_path / "plan.xlsx"
    export_list(store, ExportedList.PLAN, [sheet(), left_out], workbook_path)
    assert openpyxl.load_workbook(workbook_path).sheetnames == ["Cases", "Not placed"]


def test_files_are_private_and_the_export_is_audited(store: Store, tmp_path: Path) -> None:
    export_list(store, ExportedList.CASES, [sheet()], tmp_path / "new folder" / "cases.xlsx",
                filters={"status": "ready", "country": None})

    target = tmp_path / "new folder" / "cases.xlsx"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in target.parent.iterdir()) == ["cases.xlsx"]  # no temporary left
    [entry] = audits(store)
    assert entry.actor == "coordinator1" and entry.entity == "export"
    assert entry.after == {"list": "cases", "format": "xlsx", "rows": 3, "sheets": {"cases": 3},
                           "files": [str(target)], "filters": {"status": "ready", "country": None}}


def test_arabic_sheets_read_right_to_left_with_notes_above(store: Store, tmp_path: Path) -> None:
    export_list(store, ExportedList.STATISTICS, [sheet(right_to_left=True, notes=("الفترة", "ملاحظة"))],
                tmp_path / "s.xlsx")

    page = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert page is not None
    assert page.sheet_view.rightToLeft
    assert page["A1"].value == "الفترة" and page["A4"].value == "Reference" and page.freeze_panes == "A5"
    assert page["B5"].value == 3


def test_a_failed_write_leaves_nothing_behind(store: Store, tmp_path: Path) -> None:
    def broken() -> Iterator[tuple[object, ...]]:
        yield ROWS[0]
        raise RuntimeError("the database went away")

    for name in ("cases.xlsx", "cases.csv"):
        with pytest.raises(RuntimeError):
            export_list(store, ExportedList.CASES, [sheet(broken())], tmp_path / "out" / name)
    assert list((tmp_path / "out").iterdir()) == [] and audits(store) == []


def test_a_name_without_a_spreadsheet_suffix_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        export_list(store, ExportedList.CASES, [sheet()], tmp_path / "cases.pdf")
    assert refused.value.key == "export.unknown_format" and refused.value.field == "file"


def test_roles(store: Store, tmp_path: Path) -> None:
    assert may_export(Role.MONITOR, ExportedList.DUE_FOLLOW_UPS)
    assert not may_export(Role.COORDINATOR, ExportedList.AUDIT_LOG)
    assert may_export(Role.DATA_PROTECTION_OFFICER, ExportedList.AUDIT_LOG)
    assert may_export(Role.READ_ONLY, ExportedList.STATISTICS)
    assert not may_export(Role.MONITOR, ExportedList.MANIFEST)
    reader = Store(store.engine, Actor("rita", Role.READ_ONLY), store.location, today=store.today)
    with pytest.raises(PermissionDenied) as denied:
        export_list(reader, ExportedList.CASES, [sheet()], tmp_path / "out" / "cases.xlsx")
    assert denied.value.key == "permission.export_lists"
    assert not (tmp_path / "out").exists() and audits(store) == []


def test_a_month_is_a_date_shown_as_a_month(store: Store, tmp_path: Path) -> None:
    months = Sheet("m", "Months", (Column("Month", CellKind.MONTH),), [(date(2026, 7, 1),)])
    export_list(store, ExportedList.ALLOCATIONS, [months], tmp_path / "m.xlsx")
    export_list(store, ExportedList.ALLOCATIONS, [months], tmp_path / "m.csv")

    cell = openpyxl.load_workbook(tmp_path / "m.xlsx")["Months"]["A2"]
    assert cell.is_date and cell.value == datetime(2026, 7, 1) and cell.number_format == "mmm-yy"
    assert (tmp_path / "m.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "2026-07"


def test_a_cancelled_export_leaves_nothing_behind(store: Store, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        if done >= 1000:
            raise Cancelled

    many = [("HW-1", n, None, None, None, "x") for n in range(2500)]
    for name in ("cases.xlsx", "cases.csv"):
        with pytest.raises(Cancelled):
            export_list(store, ExportedList.CASES, [sheet(many)], tmp_path / "out" / name, progress=stop)
    assert list((tmp_path / "out").iterdir()) == [] and audits(store) == []


def test_a_text_that_looks_like_spreadsheet_markup_reads_back_as_typed(store: Store, tmp_path: Path) -> None:
    typed = ["<r><t>x</t></r>", "<r>", "</r>", "<r>Amina</r>", "a < b & c > d"]
    rows = [(f"HW-2026-00000{i}", 1, None, Decimal(0), None, text) for i, text in enumerate(typed, 1)]
    export_list(store, ExportedList.CASES, [sheet(rows)], tmp_path / "cases.xlsx")

    page = openpyxl.load_workbook(tmp_path / "cases.xlsx")["Cases"]
    assert [page.cell(row=r, column=6).value for r in range(2, 2 + len(typed))] == typed
