"""`homeward monitoring routes` on a demo database: text, JSON, and errors naming the argument."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from monitoring.routes.from_database import areas
from planning.storage.models import Case, CountryProfile, FollowUp, HouseholdPlace, MonitoringPlan
from planning.storage.models.monitoring import FollowUpStatus
from planning.vocabulary import MonitoringLevel


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "homeward.db")
    assert main(["--db", path, "demo", "--cases", "1500", "--seed", "2", "--today", date.today().isoformat()]) == 0
    assert main(["--db", path, "monitoring", "ensure-plans"]) == 0
    return path


def test_routes_as_text_json_and_pdf(database: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = date.today() + timedelta(days=1)
    last = first + timedelta(days=6)
    store = open_store(database)
    try:  # the demo logged the past follow-ups: the area with the most visits still due by then
        with store.reading() as session:
            due = Counter((code, region) for code, region in session.execute(
                select(CountryProfile.code, MonitoringPlan.region)
                .join(MonitoringPlan, MonitoringPlan.country_id == CountryProfile.id)
                .join(FollowUp, FollowUp.plan_id == MonitoringPlan.id)
                .where(FollowUp.status == FollowUpStatus.DUE, FollowUp.due_on <= last,
                       MonitoringPlan.mode == MonitoringLevel.ACTIVE)))
        area = max((a for a in areas(store) if a.office is not None), key=lambda a: due[(a.country, a.region)])
    finally:
        store.engine.dispose()
    argv = ["--db", database, "monitoring", "routes", "--region", area.region, "--from", first.isoformat(),
            "--to", last.isoformat(), "--monitors", "2", "--seconds", "1"]
    capsys.readouterr()
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Visit routes, {area.country} — {area.region}")
    assert f"From {area.office}" in text
    assert main([*argv, "--json", "--pdf", str(tmp_path / "routes.pdf")]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert (tmp_path / "routes.pdf").read_bytes().startswith(b"%PDF")
    assert plan["field_office"] == area.office and plan["region"] == area.region
    scheduled = [stop["case"] for day in plan["days"] for stop in day["stops"]]
    assert len(scheduled) == plan["visits_scheduled"] == len(set(scheduled))
    assert plan["visits_scheduled"] + len(plan["left_out"]) == plan["visits_due"] > 0
    for day in plan["days"]:
        assert first.isoformat() <= day["day"] <= last.isoformat()
        assert plan["working_hours"][0] <= day["leave_office"] <= day["back_at_office"] <= plan["working_hours"][1]


@pytest.mark.parametrize(("extra", "message"), [
    (["--region", "Atlantis"], "region: no active monitoring plans in a region called 'Atlantis'"),
    (["--region", "Basra", "--country", "IRQ", "--monitor", "nobody"], "monitors: no active user called 'nobody'"),
])
def test_routes_errors_name_the_argument(database: str, capsys: pytest.CaptureFixture[str], extra: list[str],
                                         message: str) -> None:
    day = (date.today() + timedelta(days=1)).isoformat()
    capsys.readouterr()
    assert main(["--db", database, "monitoring", "routes", "--from", day, "--to", day, *extra]) == 2
    assert message in capsys.readouterr().err


def test_bad_hours_are_refused_by_the_parser() -> None:
    day = date.today().isoformat()
    with pytest.raises(SystemExit):
        main(["monitoring", "routes", "--region", "Basra", "--from", day, "--to", day,
              "--hours", "nine to five"])


def test_place_and_field_office_commands(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    try:
        with store.reading() as session:
            reference = session.scalar(select(Case.reference).join(HouseholdPlace, HouseholdPlace.case_id == Case.id)
                                       .order_by(Case.reference).limit(1))
    finally:
        store.engine.dispose()
    assert reference is not None
    capsys.readouterr()
    assert main(["--db", database, "monitoring", "place", reference, "--coordinates", "41.7151; 44.8271",
                 "--directions", "Blue gate"]) == 0
    shown = capsys.readouterr().out
    assert "41.71510, 44.82710" in shown and "directions: Blue gate" in shown
    assert main(["--db", database, "monitoring", "place", reference, "--coordinates", "north"]) == 2
    assert "latitude: write the latitude, then the longitude" in capsys.readouterr().err

    assert main(["--db", database, "monitoring", "office", "--country", "GEO", "--name", "Gori office",
                 "--coordinates", "41.98, 44.11", "--region", "Shida Kartli", "--hours", "09:00-17:30",
                 "--days", "1,2,3,4,5,6"]) == 0
    assert capsys.readouterr().out.startswith("field office ")
    assert main(["--db", database, "monitoring", "offices", "--country", "GEO", "--json"]) == 0
    [gori] = [o for o in json.loads(capsys.readouterr().out) if o["name"] == "Gori office"]
    assert (gori["region"], gori["opens_at"], gori["closes_at"], gori["working_days"]) == (
        "Shida Kartli", "09:00", "17:30", [1, 2, 3, 4, 5, 6])
    assert main(["--db", database, "monitoring", "office", "--id", str(gori["id"]), "--country", "GEO", "--name",
                 "Gori office", "--coordinates", "41.98, 44.11", "--region", "Shida Kartli", "--closed"]) == 0
    capsys.readouterr()
    assert main(["--db", database, "monitoring", "offices", "--country", "GEO"]) == 0
    assert "Gori office" in capsys.readouterr().out.split("(closed)")[0].splitlines()[-1]
