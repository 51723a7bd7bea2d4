"""`homeward monitoring ensure-plans` and `homeward monitoring due` on a small demo database."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.storage.models import Case, MonitoringPlan
from planning.vocabulary import CaseStatus


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "200", "--seed", "5", "--today", date.today().isoformat()]) == 0
    return path


def count(path: str, query: object) -> int:
    store = open_store(path)
    try:
        with store.reading() as session:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]
    finally:
        store.engine.dispose()


def test_ensure_plans_then_due(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    # the demo starts the plans the app's first start starts: nothing is left arrived without a plan
    assert count(database, select(func.count()).select_from(MonitoringPlan)) > 0
    assert count(database, select(func.count()).select_from(Case).where(Case.status == CaseStatus.ARRIVED)) == 0
    capsys.readouterr()
    assert main(["--db", database, "monitoring", "ensure-plans"]) == 0
    assert capsys.readouterr().out.strip() == "0 monitoring plans created"

    later = (date.today() + timedelta(days=400)).isoformat()
    assert main(["--db", database, "monitoring", "due", "--on", later, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["overdue"] for r in rows)
    country = rows[0]["country"]
    assert main(["--db", database, "monitoring", "due", "--on", later, "--country", country, "--json"]) == 0
    assert {r["country"] for r in json.loads(capsys.readouterr().out)} == {country}
    assert main(["--db", database, "monitoring", "due", "--on", later, "--country", country]) == 0
    assert "overdue" in capsys.readouterr().out


def test_bad_filters_are_named(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", database, "monitoring", "due", "--country", "Atlantis"]) == 2
    assert "country" in capsys.readouterr().err
    assert main(["--db", database, "monitoring", "due", "--days", "-3"]) == 2
    assert "within_days" in capsys.readouterr().err
