"""`homeward report returns` on a small demo database: text, JSON, totals, small counts suppressed, bad input."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "200", "--seed", "5", "--today", date.today().isoformat()]) == 0
    return path


def test_returns_by_country_and_sex_add_up(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    start = (date.today() - timedelta(days=730)).isoformat()
    capsys.readouterr()
    assert main(["--db", database, "report", "returns", "--from", start, "--by", "country,sex", "--json",
                 "--all-counts"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["by"] == ["country", "sex"] and found["suppressed_under"] is None
    assert found["total"] > 0
    assert sum(row["total"] for row in found["rows"]) == found["total"]  # one country per person
    assert sum(found["column_totals"].values()) == found["total"]
    for row in found["rows"]:
        assert sum(row["cells"].values()) == row["total"]

    assert main(["--db", database, "report", "returns", "--from", start, "--by", "age_group"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"returns {start} to ") and "(counts under 5 shown as <5)" in text
    assert text.splitlines()[-1].startswith("total")


def test_a_bad_dimension_is_named(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--db", database, "report", "returns", "--by", "colour"])
    assert "choose one or two of month, country, sex, age_group, vulnerability" in capsys.readouterr().err
