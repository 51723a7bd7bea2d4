"""Fuzzing the referral import: malformed rows and files always give a report, never a crash or a
partial write.

Each test counts the inputs it ran (in `RAN`, printed at the end of the module, and as hypothesis
events: `pytest --hypothesis-show-statistics`).
"""

from __future__ import annotations

import io
import random
from collections import Counter
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from planning.referral_import import ImportOptions, Report, RowStatus, Severity, apply, check
from planning.referral_import.values import DateOrder
from planning.storage.models import AuditEntry, Case, Person
from planning.storage.store import Store

RAN: Counter[str] = Counter()
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                database=None)

HEADINGS = ["Household", "Relationship", "Given names", "Family name", "Given names (Latin)", "Date of birth",
            "Sex", "Nationality", "Country of return", "Languages", "Vulnerabilities", "Phone", "E-mail",
            "Notes", "Prénom", "Nom", "Date de naissance", "Sexe", "Nationalité", "Lien", "N° dossier"]
REQUIRED = ["Household", "Relationship", "Given names", "Family name", "Date of birth", "Sex", "Nationality"]
NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüçğşøمحدعلىნინოЖжё", min_size=2, max_size=12)
#: Plausible values per heading: most households built from them are valid.
GOOD: dict[str, st.SearchStrategy[str]] = {
    "Household": st.sampled_from(["", "", "", "H1", "H2"]),
    "Relationship": st.sampled_from(["head", "head", "head", "chef", "spouse", "child", "épouse", ""]),
    "Given names": NAME, "Family name": NAME,
    "Date of birth": st.dates(date(1930, 1, 1), date(2026, 5, 31)).flatmap(lambda d: st.sampled_from(
        [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}"])),
    "Sex": st.sampled_from(["F", "M", "X", "femme", "male"]),
    "Nationality": st.sampled_from(["GEO", "Iraq", "Géorgie", "AF", "som"]),
    "Country of return": st.sampled_from(["GEO", "IRQ", ""]),
    "Languages": st.sampled_from(["ka", "ar, ku", "Arabic", ""]),
    "Vulnerabilities": st.sampled_from(["", "medical need", "pregnancy"]),
}
NASTY_TEXT = st.one_of(
    st.text(max_size=30),  # any unicode, control characters included
    st.text(alphabet=st.sampled_from("\u200f\u200e\u202e\u2066\u0000\u0007\u001b\ufeff\u061cابت\u05d0"),
            max_size=12),  # right-to-left text and direction/control marks
    st.sampled_from(["=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3",
                     "31/02/1990", "29.02.2001", "2030-01-01", "00/00/0000", "1990-13-45", "12/25/1985",
                     "01/02/85", "1899-12-31", "0", "-1", "9" * 40, "NaN", "None", "null", "Gorgia", "ZZZ",
                     "xx", "Q", "head", "head", "chef", "unknown", "", " ", "\t", "\r\n", "\"", "\"\"\"", ";",
                     ",", "\\", "x" * 2_001, "é" * 5_000]),
    st.integers(min_value=2_001, max_value=20_000).map(lambda n: "A" * n),  # huge cells
)


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def snapshot(store: Store) -> tuple[int, int, int]:
    return count(store, Case), count(store, Person), count(store, AuditEntry)


def assert_clear(report: Report) -> None:
    """A report a person can act on: a headline, every bad row with a reason, no half statuses."""
    assert report.headline()
    assert report.lines()
    assert report.as_dict()["summary"]["rows"] == len(report.rows)
    for row in report.rows:
        if row.status is RowStatus.INVALID:
            assert row.errors, row
        for issue in row.issues:
            assert issue.message and issue.text()
    if not report.readable:
        assert report.file_issues[0].severity is Severity.ERROR and report.file_issues[0].message


def check_then_apply(store: Store, data: bytes, name: str, kind: str, options: ImportOptions | None = None) -> None:
    """The whole flow on one input: never an exception; the database gains exactly the valid households."""
    before = snapshot(store)
    preview = check(store, data, options, name=name)
    assert_clear(preview.report)
    assert snapshot(store) == before  # checking writes nothing
    result = apply(store, preview)
    assert_clear(result)
    cases, people, _ = snapshot(store)
    assert (cases - before[0], people - before[1]) == (len(preview.cases), preview.people)
    assert len(result.imported) == len(preview.cases)
    if not preview.cases:
        assert snapshot(store) == before
    RAN[kind] += 1
    RAN["rows"] += len(preview.report.rows)
    RAN["rows imported"] += preview.people
    RAN["cases opened"] += len(result.imported)
    RAN["unreadable files"] += not preview.report.readable
    outcome = "unreadable" if not preview.report.readable else "imported some" if preview.cases else "nothing valid"
    event(f"{kind}: {outcome}")


@st.composite
def table(draw: st.DrawFn, *, nasty: float = 0.5) -> list[list[str]]:
    """A heading row (a random choice, order and spelling of columns) and up to 25 rows, good and bad."""
    rnd = random.Random(draw(st.integers(0, 2**32)))  # hypothesis' own floats lean to the edges
    if rnd.random() < 0.75:  # every required column, in any order, with some others
        extra = draw(st.lists(st.sampled_from(HEADINGS[8:14]), max_size=4, unique=True))
        headings = draw(st.permutations(REQUIRED + extra))
    else:  # any columns at all: required ones missing, junk headings
        headings = draw(st.lists(st.sampled_from(HEADINGS), max_size=12, unique=True)
                        | st.lists(NASTY_TEXT, max_size=6))
    width = max(len(headings), 1)
    rows = []
    for _ in range(draw(st.integers(0, 25))):
        row = []
        widths = [width] * 20 + [0, width - 1, width + 2] if nasty < 0.5 else [width, 0, width - 1, width + 2]
        for i in range(draw(st.sampled_from(widths))):
            heading = headings[i] if i < len(headings) else ""
            if rnd.random() > nasty:
                row.append(draw(GOOD.get(heading, st.just(""))))
            else:
                row.append(draw(NASTY_TEXT))
        rows.append(row)
    return [headings, *rows]


def to_csv(rows: list[list[str]], delimiter: str, quote_all: bool) -> str:
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "koi8-r", "cp1256",
             "shift_jis", "utf-32"]


def test_random_bytes(store: Store) -> None:
    @settings(FAST, max_examples=500)
    @given(st.binary(max_size=3_000), st.sampled_from(["list.csv", "list.xlsx", "list", "LIST.XLSM"]))
    def run(data: bytes, name: str) -> None:
        check_then_apply(store, data, name, "random bytes")

    run()


def test_malformed_csv_in_any_encoding(store: Store) -> None:
    @settings(FAST, max_examples=700)
    @given(table(), st.sampled_from(ENCODINGS), st.sampled_from([",", ";", "\t", "|"]), st.booleans(),
           st.sampled_from(DateOrder), st.binary(max_size=4), st.integers(0, 200))
    def run(rows: list[list[str]], encoding: str, delimiter: str, quote_all: bool, order: DateOrder,
            garbage: bytes, where: int) -> None:
        data = to_csv(rows, delimiter, quote_all).encode(encoding, errors="replace")
        data = data[:where] + garbage + data[where:]  # a damaged byte or two somewhere
        check_then_apply(store, data, "list.csv", "malformed CSV", ImportOptions(date_order=order))

    run()


def test_mostly_good_rows_import_exactly_the_valid_households(store: Store) -> None:
    @settings(FAST, max_examples=250)
    @given(table(nasty=0.08))
    def run(rows: list[list[str]]) -> None:
        check_then_apply(store, to_csv(rows, ",", False).encode(), "list.csv", "mostly good CSV")

    run()


def xlsx_bytes(sheets: list[list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for i, rows in enumerate(sheets):
        sheet = book.create_sheet(f"S{i}")
        for row in rows:
            sheet.append(row)
    if not sheets:
        book.create_sheet("Empty")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CELL = st.one_of(
    NASTY_TEXT.map(lambda t: "".join(ch for ch in t if ch >= " " or ch in "\t\n\r")),  # what XML can hold
    st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["=A1", "=1/0", "=SUM(A1:A3)", "=NOW()", "=\"text\""]),  # formulas
)


def test_malformed_workbooks(store: Store) -> None:
    @settings(FAST, max_examples=150)
    @given(st.lists(st.lists(st.lists(CELL, max_size=10), max_size=12), max_size=3), st.integers(0, 2**32))
    def run(sheets: list[list[list[object]]], seed: int) -> None:
        # A plain generator: the damage depends on the file's length, which varies with the time of saving,
        # and hypothesis must draw the same choices when it replays an example.
        rnd = random.Random(seed)
        if sheets and sheets[0] and rnd.random() < 0.5:
            sheets[0][0] = [rnd.choice(HEADINGS) for _ in range(8)]  # mappable headings now and then
        data = xlsx_bytes(sheets)
        if rnd.random() < 0.15:  # a damaged workbook
            at = rnd.randrange(len(data))
            data = data[:at] + bytes([rnd.randrange(256)]) + data[at + 1:]
        elif rnd.random() < 0.1:  # a truncated one
            data = data[: rnd.randrange(len(data))]
        check_then_apply(store, data, "list.xlsx", "malformed XLSX")

    run()


def test_zz_report_how_many_inputs_ran(capsys: pytest.CaptureFixture[str]) -> None:
    """Not a check of its own: prints the figures of the fuzz tests above (run with -s to see them)."""
    with capsys.disabled():
        kinds = ("random bytes", "malformed CSV", "mostly good CSV", "malformed XLSX")
        print(f"\nreferral import fuzz: {sum(RAN[k] for k in kinds)} inputs", dict(RAN))
