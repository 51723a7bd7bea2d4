"""`homeward compliance COUNTRY` on a small demo database: text, JSON, the issued PDF, bad periods named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from monitoring.compliance import compliance, default_period
from planning.documents import verification
from planning.documents.verification import Status
from planning.storage.models import CountryProfile, FollowUp, MonitoringPlan
from tests.unit.documents import pdftext


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "200", "--seed", "5", "--today", date.today().isoformat()]) == 0
    assert main(["--db", path, "monitoring", "ensure-plans"]) == 0
    return path


def busiest_country(path: str) -> str:
    """The country with the most follow-ups scheduled."""
    store = open_store(path)
    try:
        with store.reading() as session:
            code = session.scalar(
                select(CountryProfile.code).join(MonitoringPlan, MonitoringPlan.country_id == CountryProfile.id)
                .join(FollowUp, FollowUp.plan_id == MonitoringPlan.id)
                .group_by(CountryProfile.code).order_by(func.count().desc(), CountryProfile.code).limit(1))
        assert code is not None
        return code
    finally:
        store.engine.dispose()


def test_the_figures_as_json_and_text(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = busiest_country(database)
    capsys.readouterr()

    assert main(["--db", database, "compliance", code, "--json"]) == 0
    values = json.loads(capsys.readouterr().out)
    store = open_store(database)
    try:
        start, end = default_period(store.today())
        expected = compliance(store, code, start, end).as_dict()
    finally:
        store.engine.dispose()
    assert values == expected
    assert values["period_from"] == start.isoformat() and len(values["months"]) == 12
    assert values["totals"]["due"] > 0

    assert main(["--db", database, "compliance", code, "--from", start.isoformat(), "--to", end.isoformat()]) == 0
    text = capsys.readouterr().out
    assert f"({code}), {start} to {end}" in text
    assert f"Follow-ups: {values['totals']['due']} fell due, {values['totals']['done']} done" in text
    assert "Total" in text and "Assurances" in text


def test_the_report_is_issued_as_a_pdf(database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = busiest_country(database)
    capsys.readouterr()
    target = tmp_path / "report"

    assert main(["--db", database, "compliance", code, "--from", "2026-01-01", "--to", "2026-06-30", "--json",
                 "-o", str(target)]) == 0

    values = json.loads(capsys.readouterr().out)
    document = values["document"]
    assert document["path"] == str(tmp_path / "report.pdf")
    text = " ".join(pdftext.text((tmp_path / "report.pdf").read_bytes()).split())
    assert f"({code}) · period 2026-01-01 to 2026-06-30" in text and document["code"] in text
    assert f"Total {values['totals']['due']} {values['totals']['done']} " in text
    store = open_store(database)
    try:
        assert verification.verify(store, document["code"]).status is Status.MATCH
    finally:
        store.engine.dispose()
    # `homeward verify` knows the kind: the command line loads the module that prints it.
    assert main(["--db", database, "verify", document["code"]]) == 0
    assert "MATCH" in capsys.readouterr().out


def test_bad_input_is_named(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", database, "compliance", "GEO", "--from", "2026-05-01", "--to", "2026-04-01"]) == 2
    assert "period_from" in capsys.readouterr().err
    assert main(["--db", database, "compliance", "Atlantis"]) == 2
    assert "country" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", database, "compliance", "GEO", "--from", "May"])
    assert "not a date" in capsys.readouterr().err
