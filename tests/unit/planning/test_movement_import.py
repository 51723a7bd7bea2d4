"""Flight schedule import: a good CSV and XLSX, and malformed files reported clearly with nothing written."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]

from planning import movements
from planning.errors import ValidationError
from planning.movement_import import FileKind, apply_import, preview_import
from planning.storage.store import Store
from planning.vocabulary import MovementKind
from tests.unit.planning.test_movements import flight

HEADER = "code,kind,country,origin,destination,departure,arrival,seats,cost_per_seat,medical_escorts,minor_escorts,via,via_arrival,via_departure,transit_visa"  # noqa: E501
GOOD = f"""{HEADER}
TK-1771,scheduled_flight,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 17:30,12,420.50,1,2,IST,\
2026-07-01T12:00+03:00,2026-07-01T15:00+03:00,yes
CH-1,ground,Armenia,BRU,EVN,2026-07-03T09:00Z,2026-07-03T14:00Z,40,0,2,4,,,,
"""


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_a_good_csv_is_previewed_then_imported(store: Store, tmp_path: Path) -> None:
    preview = preview_import(store, write(tmp_path, "schedule.csv", GOOD.encode()))

    assert preview.ok, preview.report()
    assert [r.code for r in preview.rows] == ["TK-1771", "CH-1"]
    assert movements.list_movements(store) == []  # a preview writes nothing

    result = apply_import(store, preview)

    assert len(result.movement_ids) == 2
    first = movements.movement(store, result.movement_ids[0])
    assert first.transit_points == ("IST",) and first.transit_visa_required
    assert first.departure_at == datetime(2026, 7, 1, 8, tzinfo=UTC)
    assert first.legs[0].arrival_at == datetime(2026, 7, 1, 9, tzinfo=UTC)
    assert first.free_medical_escorts == 1 and str(first.cost_per_seat) == "420.50"
    assert movements.movement(store, result.movement_ids[1]).kind is MovementKind.GROUND


def test_semicolon_csv_with_bom_and_a_charter_cost(store: Store) -> None:
    text = "\ufeffCode;Country;Origin;Destination;Departure;Arrival;Seats;Kind;Charter cost\n" \
           "CH-9;ARM;BRU;EVN;2026-07-03 09:00;2026-07-03 14:00;40;charter;52000\n"
    preview = preview_import(store, text.encode(), "csv")
    assert preview.ok, preview.report()
    [movement_id] = apply_import(store, preview).movement_ids
    assert movements.movement(store, movement_id).charter_cost == 52000


def test_an_xlsx_written_by_openpyxl(store: Store) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Country", "Origin", "Destination", "Departure", "Arrival", "Seats", "Cost per seat"])
    sheet.append(["XL-1", "GEO", "BRU", "TBS", datetime(2026, 7, 2, 8), datetime(2026, 7, 2, 13), 9, 300])
    sheet.append(["XL-2", "GEO", "BRU", "TBS", "2026-07-09 08:00", "2026-07-09 13:00", 9, 310.5])
    buffer = io.BytesIO()
    book.save(buffer)

    preview = preview_import(store, buffer.getvalue(), FileKind.XLSX)

    assert preview.ok, preview.report()
    ids = apply_import(store, preview).movement_ids
    assert [movements.movement(store, i).capacity for i in ids] == [9, 9]


def test_formulas_in_xlsx_are_refused(store: Store) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["code", "country", "origin", "destination", "departure", "arrival", "seats"])
    sheet.append(["F-1", "GEO", "BRU", "TBS", "2026-07-02 08:00", "2026-07-02 13:00", "=4*3"])
    buffer = io.BytesIO()
    book.save(buffer)

    preview = preview_import(store, buffer.getvalue(), "xlsx")

    [issue] = preview.issues
    assert (issue.line, issue.field) == (2, "seats") and "formula" in str(issue.message)
    with pytest.raises(ValidationError, match="1 row"):
        apply_import(store, preview)
    assert movements.list_movements(store) == []


@pytest.mark.parametrize(("row", "field", "message"), [
    ("B-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 07:00,10", "arrival", "is not after the departure"),
    ("B-1,XXQ,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,10", "country", "unknown country"),
    ("B-1,GEO,BRU,TBS,2026-02-30 08:00,2026-07-01 13:00,10", "departure", "is not a date and time"),
    ("B-1,GEO,BRU,TBS,2026-07-01,2026-07-01 13:00,10", "departure", "no time"),
    ("B-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,-4", "seats", "must not be negative"),
    ("B-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,ten", "seats", "whole number"),
    ("B-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,=1+1", "seats", "formula"),
    (f"B-1,GEO,{'B' * 600},TBS,2026-07-01 08:00,2026-07-01 13:00,10", "origin", "longer than 500"),
])
def test_bad_rows_are_reported_per_field(store: Store, row: str, field: str, message: str) -> None:
    text = f"code,country,origin,destination,departure,arrival,seats\n{row}\n"
    preview = preview_import(store, text.encode(), "csv")
    [issue] = preview.issues
    assert (issue.line, issue.field) == (2, field)
    assert message in str(issue.message), issue


def test_duplicate_codes_in_file_and_in_database(store: Store) -> None:
    movements.add_movement(store, flight("TK-1771"))
    text = GOOD + "ch-1,charter,ARM,BRU,EVN,2026-07-04T09:00Z,2026-07-04T14:00Z,40,0,0,0,,,,\n"
    preview = preview_import(store, text.encode(), "csv")

    problems = {(i.line, i.field, str(i.message)) for i in preview.issues}
    assert (2, "code", "is already registered") in problems
    assert (4, "code", "repeats line 3") in problems
    assert any(i.field == "charter_cost" for i in preview.issues)  # a charter without its cost

    with pytest.raises(ValidationError, match="2 row"):
        apply_import(store, preview)
    result = apply_import(store, preview, skip_invalid=True)
    assert result.skipped_lines == (2, 4)
    assert sorted(m.code for m in movements.list_movements(store)) == ["CH-1", "TK-1771"]


def test_an_overnight_connection_is_reported(store: Store) -> None:
    plus3 = timezone(timedelta(hours=3))
    arrive = datetime(2026, 7, 1, 23, tzinfo=plus3).isoformat()
    leave = datetime(2026, 7, 2, 7, tzinfo=plus3).isoformat()
    text = ("code,country,origin,destination,departure,arrival,seats,via,via_arrival,via_departure\n"
            f"N-1,GEO,BRU,TBS,2026-07-01 17:00,2026-07-02 06:00,10,IST,{arrive},{leave}\n")
    [issue] = preview_import(store, text.encode(), "csv").issues
    assert issue.field == "via_departure" and "night" in str(issue.message)


@pytest.mark.parametrize(("content", "kind", "field", "message"), [
    ("code,country\n".encode("utf-16"), "csv", "encoding", "not UTF-8"),
    ("code,country,origin\nÉ,GEO,Zürich\n".encode("latin-1"), "csv", "encoding", "not UTF-8"),
    (b"", "csv", "file", "is empty"),
    (b"\n\n", "csv", "file", "is empty"),
    (b"code,country,origin,destination,departure,arrival,seats\n", "csv", "file", "no movements"),
    (b"code,country,origin,destination,departure,arrival\nA,GEO,BRU,TBS,x,y\n", "csv", "seats", "missing"),
    (b"code,country,origin,destination,departure,arival,seats\n", "csv", "arrival", "did you mean 'arival'"),
    (b"not a zip file at all", "xlsx", "format", "not a readable XLSX"),
])
def test_malformed_files_get_a_clear_report(store: Store, content: bytes, kind: str, field: str,
                                            message: str) -> None:
    preview = preview_import(store, content, kind)
    assert not preview.ok
    assert preview.file_issues, preview.report()
    issue = preview.file_issues[0]
    assert issue.field == field and message in str(issue.message), issue
    with pytest.raises(ValidationError, match="cannot be imported"):
        apply_import(store, preview)
    assert movements.list_movements(store) == []


def test_an_empty_xlsx_sheet(store: Store) -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    preview = preview_import(store, buffer.getvalue(), "xlsx")
    assert str(preview.file_issues[0].message).startswith("is empty")


def test_a_huge_csv_cell_is_refused(store: Store) -> None:
    text = "code,country,origin,destination,departure,arrival,seats,notes\n" \
           f"H-1,GEO,BRU,TBS,2026-07-01 08:00,2026-07-01 13:00,10,{'x' * 200_000}\n"
    preview = preview_import(store, text.encode(), "csv")
    assert not preview.ok
    assert any("field larger than field limit" in str(i) or "longer than" in str(i) for i in preview.issues)


def test_nothing_is_half_written_when_a_row_fails_at_write_time(store: Store) -> None:
    preview = preview_import(store, GOOD.encode(), "csv")
    assert preview.ok, preview.report()
    movements.add_movement(store, flight("CH-1"))  # registered between preview and import

    with pytest.raises(ValidationError, match=r"line 3.*nothing was imported"):
        apply_import(store, preview)
    assert [m.code for m in movements.list_movements(store)] == ["CH-1"]
