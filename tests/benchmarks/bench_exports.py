"""Lists to spreadsheets: the writers on 100,000 synthetic case rows (time, and traced memory at 10,000 and at
100,000 rows: a streaming writer's peak does not grow with the list), then the whole case list of the
100,000-case demo database to XLSX and CSV as Export… writes it (read in batches, written row by row).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from desktop.exports.cases import case_sheet
from planning.case_list import CaseQuery
from planning.exports.files import ExportedList, export_list
from planning.exports.table import Cell, CellKind, Column, Sheet
from tests.benchmarks.__main__ import Report
from tests.benchmarks.bench_workspace import CACHE, CASES, ensure_database

ROWS = 100_000
COLUMNS = (Column("Reference"), Column("Head of household"), Column("People", CellKind.INTEGER),
           Column("Vulnerable"), Column("Country"), Column("Region"), Column("Status"), Column("Readiness"),
           Column("Decided on", CellKind.DATE), Column("Days since decision", CellKind.INTEGER))
NAMES = ("Giorgi Beridze", "محمد الحسن", "Amina Yusuf", "=cmd|' /C calc'!A0", "Arben Hoxha")


def synthetic(count: int) -> Iterator[tuple[Cell, ...]]:
    first = date(2024, 1, 1)
    for n in range(count):
        yield (f"HW-2026-{n:06d}", NAMES[n % len(NAMES)], 1 + n % 7, "Yes" if n % 5 == 0 else "No", "Georgia",
               "Tbilisi", "Ready to travel", "Ready", first + timedelta(days=n % 700), n % 700)


def measured(work: Callable[[], object]) -> tuple[float, float]:
    """Seconds, and the peak of memory Python allocated meanwhile (MB)."""
    tracemalloc.start()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 1e6


def run(report: Report) -> None:
    store = ensure_database()
    folder = (CACHE / "exports").resolve()
    try:
        for suffix in ("xlsx", "csv"):
            peaks = {}
            for count in (10_000, ROWS):
                path = folder / f"synthetic-{count}.{suffix}"
                seconds, peaks[count] = measured(lambda c=count, p=path: export_list(  # type: ignore[misc]
                    store, ExportedList.CASES, [Sheet("cases", "Cases", COLUMNS, synthetic(c), expected=c)], p))
                if count == ROWS:
                    report(f"writer: {ROWS:,} rows to {suffix.upper()}", seconds, "s")
                    report(f"writer: {suffix.upper()} file size", path.stat().st_size / 1e6, "MB")
            report(f"writer: {suffix.upper()} peak Python memory, 10,000 → {ROWS:,} rows",
                   peaks[ROWS] / max(peaks[10_000], 1e-9), "×", "≈ 1 (flat)")
            report(f"writer: {suffix.upper()} peak Python memory at {ROWS:,} rows", peaks[ROWS], "MB")

            path = folder / f"cases.{suffix}"
            seconds, peak = measured(lambda p=path: export_list(  # type: ignore[misc]
                store, ExportedList.CASES, [case_sheet(store, CaseQuery())], p))
            report(f"all {CASES:,} cases of the demo to {suffix.upper()}", seconds, "s", "≤ 20 s")
            report(f"all {CASES:,} cases to {suffix.upper()}: peak Python memory", peak, "MB")
    finally:
        store.engine.dispose()
        for path in folder.glob("*"):
            path.unlink()
        if folder.exists():
            folder.rmdir()


