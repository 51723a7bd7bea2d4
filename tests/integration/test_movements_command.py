"""`homeward movements at-risk`: the bookings a change since booking made unready, with their reasons."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from planning import countries
from planning.bookings import NOT_YET_GONE
from planning.storage.models import Booking, Case, CountryProfile, Movement


def test_an_advisory_puts_the_countrys_bookings_at_risk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "homeward.db")
    today = date.today()
    assert main(["--db", path, "demo", "--cases", "150", "--seed", "11", "--today", today.isoformat()]) == 0
    store = open_store(path)
    try:
        with store.reading() as session:
            row = session.execute(
                select(CountryProfile.code, Case.reference, Movement.code)
                .join(Case, Case.country_id == CountryProfile.id).join(Booking, Booking.case_id == Case.id)
                .join(Movement, Booking.movement_id == Movement.id)
                .where(Booking.status.in_(NOT_YET_GONE), Booking.at_risk.is_(None))
                .order_by(Case.reference)).first()
        assert row is not None
        country, reference, movement = row
        capsys.readouterr()
        assert main(["--db", path, "movements", "at-risk", "--movement", movement, "--json"]) in (0, 1)
        before = {item["case"] for item in json.loads(capsys.readouterr().out)}
        assert reference not in before
        countries.add_advisory(store, countries.AdvisoryDraft(country, "UNHCR", "Returns suspended", today))
    finally:
        store.engine.dispose()

    assert main(["--db", path, "movements", "at-risk", "--json"]) == 1
    found = {item["case"]: item for item in json.loads(capsys.readouterr().out)}
    assert reference in found
    assert found[reference]["movement"] == movement and found[reference]["since"]
    assert any(r["code"] == "S8.suspended" for r in found[reference]["reasons"])

    assert main(["--db", path, "movements", "at-risk"]) == 1
    text = capsys.readouterr().out
    assert reference in text and "S8:" in text and "->" in text
