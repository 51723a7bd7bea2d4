"""`homeward report returns|reintegration|monitoring`: the hand-built records of tests/unit/reports/facts.py
counted to the terminal, JSON, an Excel workbook read back and a printed report read back in English and Arabic;
small counts hidden for sharing; refusals for a bad dimension and for a role that may not see every count."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop import i18n
from desktop.cli import main
from desktop.commands.session import open_store
from tests.integration.test_command_sign_in import quick_hashing, with_accounts
from tests.integration.test_export_command import exports
from tests.unit.documents import pdftext
from tests.unit.reports.facts import build

__all__ = ["quick_hashing"]
PERIOD = ["--from", "2026-03-01", "--to", "2026-05-31"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "db", "upgrade"]) == 0
    store = open_store(path)
    try:
        build(store)
    finally:
        store.engine.dispose()
    yield path
    i18n.reset()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_returns_by_month_in_json_and_text(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "report", "returns", *PERIOD, "--by", "month", "--json", "--all-counts"]) == 0
    found = json.loads(capsys.readouterr().out)
    rows = {row["key"]: row for row in found["overview"]["rows"]}
    assert rows["2026-04"]["cells"] == {"travelled": 3, "withdrew": 0, "involvement_ended": 0,
                                        "protection_referred": 0, "protection_granted": 1}
    assert rows["2026-04"]["total"] == 4 and found["overview"]["total"] == 7
    assert main(["--db", db, "report", "returns", *PERIOD, "--by", "month"]) == 0
    text = capsys.readouterr().out
    assert "(counts under 5 shown as <5)" in text and text.splitlines()[-1].split()[-1] == "7"


def test_a_bad_dimension_is_refused_by_its_key(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "report", "monitoring", *PERIOD, "--by", "sex"]) == 2
    assert "[report.dimension_not_available]" in capsys.readouterr().err
    assert main(["--db", db, "report", "returns", *PERIOD, "--by", "colour"]) == 2
    assert "'colour' is not a way to count" in capsys.readouterr().err


def test_the_workbook_has_typed_cells_totals_and_a_frozen_header(db: str, tmp_path: Path) -> None:
    target = tmp_path / "returns.xlsx"
    assert main(["--db", db, "report", "returns", *PERIOD, "--by", "country,sex", "--xlsx", str(target)]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Returns", "Travelled"]
    overview = book["Returns"]
    header = next(r for r in range(1, 10) if overview.cell(r, 1).value == "Country")
    assert overview.freeze_panes == f"A{header + 1}"
    assert [c.value for c in overview[header]] == ["Country", "Travelled", "Withdrew", "Involvement ended",
                                                   "Protection referred", "Protection granted", "Total"]
    body = {row[0].value: [c.value for c in row[1:]] for row in overview.iter_rows(min_row=header + 1)}
    assert body["Georgia"] == ["<5", "<5", 0, 0, 0, "<5"]  # 3 travelled, 1 withdrew: too few to share
    assert body["Total"] == ["<5", "<5", "<5", "<5", "<5", 7]
    assert isinstance(body["Total"][-1], int) and isinstance(body["Georgia"][2], int)
    [entry] = exports(db)
    assert entry.after is not None and entry.after["list"] == "statistics"
    assert entry.after["filters"]["smallest_shown"] == 5

    every = tmp_path / "every.xlsx"
    assert main(["--db", db, "report", "reintegration", *PERIOD, "--by", "month", "--all-counts",
                 "--xlsx", str(every)]) == 0
    sheet = openpyxl.load_workbook(every)["Reintegration"]
    rows = {(r[0].value.strftime("%Y-%m") if isinstance(r[0].value, datetime) else r[0].value): r
            for r in sheet.iter_rows() if r[0].value is not None}
    assert rows["2026-04"][5].value == 2900 and rows["2026-04"][5].number_format == "#,##0.00"
    assert rows["Total"][6].value == 1800 and rows["Total"][1].value == 2
    budgets = openpyxl.load_workbook(every)["Budgets"]
    assert [c.value for c in budgets[2]][4:] == [12000, 1800, 1800, 1100, 9100]


def test_a_read_only_account_shares_but_takes_no_exact_small_count_away(
        db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with_accounts(db)
    capsys.readouterr()
    monkeypatch.setenv("HOMEWARD_USER", "rita")
    monkeypatch.setenv("HOMEWARD_PASSWORD", "her own password 2")
    target = tmp_path / "every.xlsx"
    assert main(["--db", db, "report", "returns", *PERIOD, "--all-counts", "--xlsx", str(target)]) == 2
    assert "[permission.export_lists]" in capsys.readouterr().err and not target.exists()
    assert main(["--db", db, "report", "returns", *PERIOD, "--xlsx", str(tmp_path / "shared.xlsx")]) == 0


def test_the_printed_report_in_english_and_in_arabic(db: str, tmp_path: Path) -> None:
    english = tmp_path / "returns.pdf"
    assert main(["--db", db, "report", "returns", *PERIOD, "--by", "month,sex", "--pdf", str(english)]) == 0
    text = pdf_text(english)
    for words in ("Returns report", "Overview by month", "Travelled — by month and sex", "April 2026", "Total",
                  "shown as “<5”", "HW-"):
        assert words in text, words
    monitoring = tmp_path / "monitoring.pdf"
    assert main(["--db", db, "report", "monitoring", *PERIOD, "--by", "month", "--pdf", str(monitoring)]) == 0
    assert "Psychosocial" in pdf_text(monitoring)  # a heading's long word is never cut in two
    assert main(["--db", db, "office", "set", "--name", "مكتب العودة", "--language", "ar",
                 "--smallest-count", "3"]) == 0
    arabic = tmp_path / "monitoring-ar.pdf"
    assert main(["--db", db, "report", "monitoring", *PERIOD, "--by", "country", "--pdf", str(arabic)]) == 0
    text = pdf_text(arabic)
    assert pdftext.has_words(text, "تقرير المتابعة متابعات مستحقة جورجيا المجموع")
    assert "<3" in text and "Monitoring report" not in text
