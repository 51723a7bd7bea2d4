"""`homeward reintegration plan [--accept] [--json]` on a small demo database: a proposal, then accepted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.commands.session import open_store
from planning.demo import generate
from planning.storage.models import PackageAllocation
from planning.storage.store import SYSTEM


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    store = open_store(path)
    try:
        generate(store.as_actor(SYSTEM), 600, 5, date.today())  # demo data is the administrator's to add
    finally:
        store.engine.dispose()
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
    assert "nothing was written" in text
    assert allocated(database) == 0  # a proposal only
    assert main(["--db", database, "reintegration", "plan", "--seconds", "10", "--accept", "--json"]) == 0
    accepted = json.loads(capsys.readouterr().out)["accepted"]
    assert accepted == {"added": plan["needs_met"], "kept": 0, "withdrawn": 0}
    assert allocated(database) == plan["needs_met"]
    assert main(["--db", database, "reintegration", "plan", "--seconds", "10", "--accept"]) == 0
    assert f"accepted: 0 package(s) added, {plan['needs_met']} kept, 0 withdrawn" in capsys.readouterr().out


def allocated(path: str) -> int:
    store = open_store(path)
    try:
        with store.reading() as session:
            return int(session.scalar(select(func.count()).select_from(PackageAllocation)) or 0)
    finally:
        store.engine.dispose()
