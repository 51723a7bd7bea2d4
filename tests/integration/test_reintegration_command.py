"""`homeward reintegration plan [--json]` on a small demo database: a valid allocation, nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.storage.models import PackageAllocation


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "600", "--seed", "5", "--today", date.today().isoformat()]) == 0
    return path


def test_plan_json_then_text(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", database, "reintegration", "plan", "--json", "--seconds", "10"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["households"] > 0 and plan["needs"] >= plan["needs_met"] > 0
    assert plan["objective"] >= plan["greedy_objective"] and plan["bound"] >= plan["objective"]
    assert len(plan["packages"]) == plan["needs_met"]
    assert len(plan["unmet"]) == plan["needs"] - plan["needs_met"]
    assert all(u["reason"] for u in plan["unmet"])
    assert {p["delivery_month"][:4] for p in plan["packages"]} <= {str(date.today().year), str(date.today().year + 1)}
    assert main(["--db", database, "reintegration", "plan", "--seconds", "10"]) == 0
    text = capsys.readouterr().out
    assert f"{plan['needs_met']} of {plan['needs']} needs met" in text and "first-come-first-served" in text
    store = open_store(database)
    try:
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(PackageAllocation)) == 0  # a proposal only
    finally:
        store.engine.dispose()
