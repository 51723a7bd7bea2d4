"""`homeward plan` on a small demo database: the report, then --accept writes checked bookings."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.commands.session import open_store
from planning import movements, readiness
from planning.readiness.loading import load_facts
from planning.storage.models import Booking, Case, CountryProfile, Movement
from planning.vocabulary import BookingStatus, CaseStatus, MovementKind


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, date]:
    """A demo caseload seen from today, plus weekly flights to the countries of its ready households."""
    path = str(tmp_path / "homeward.db")
    today = date.today()
    assert main(["--db", path, "demo", "--cases", "120", "--seed", "7", "--today", today.isoformat()]) == 0
    store = open_store(path)
    try:
        with store.reading() as session:
            codes = Counter(session.scalars(select(CountryProfile.code).join(Case, Case.country_id == CountryProfile.id)
                                            .where(Case.status == CaseStatus.READY)))
        for n, (code, _) in enumerate(codes.most_common(4)):
            for week in range(4):
                departs = datetime.combine(today + timedelta(days=3 + 7 * week + n), time(9), UTC)
                movements.add_movement(store, movements.MovementDraft(
                    code=f"T-{code}-{week}", kind=MovementKind.SCHEDULED_FLIGHT, country=code, origin="BRU",
                    destination="X", departure_at=departs, arrival_at=departs + timedelta(hours=6), capacity=8,
                    cost_per_seat=Decimal(300), medical_escort_places=1, minor_escort_places=2))
    finally:
        store.engine.dispose()
    return path, today


def test_plan_reports_then_accepts(database: tuple[str, date], capsys: pytest.CaptureFixture[str]) -> None:
    path, today = database
    horizon = ["--from", today.isoformat(), "--to", (today + timedelta(days=40)).isoformat()]
    capsys.readouterr()

    assert main(["--db", path, "plan", *horizon, "--time-limit", "10"]) == 0
    text = capsys.readouterr().out
    assert "waiting and cost" in text and "gap" in text and "Not written" in text
    assert "(proven)" in text or "might place up to" in text

    assert main(["--db", path, "plan", *horizon, "--time-limit", "10", "--json", "--accept"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] in ("optimal", "proven within gap", "feasible")
    assert report["placed_people"] > 0 and report["bound"] <= report["objective"]
    assert report["accepted"]["booked"] + report["accepted"]["kept"] + report["accepted"]["moved"] == \
        report["placed_households"]
    for unplaced in report["unplaced"]:  # each reason as its key, its values and its English text
        assert set(unplaced["reason"]) == {"key", "params", "text"}
        assert unplaced["reason"]["key"].startswith("unplaced.") and unplaced["reason"]["text"]
    for line in report["countries"].values():
        assert line.get("free_seats", 0) == line.get("seats", 0) - line.get("placed_people", 0) >= 0

    store = open_store(path)
    try:
        with store.reading() as session:
            rows = list(session.execute(
                select(Booking, Case.status).join(Case, Booking.case_id == Case.id)
                .where(Booking.status == BookingStatus.CONFIRMED, Booking.movement_id.in_(  # the plan's, or kept
                    select(Movement.id).where(Movement.departure_at <= datetime.combine(
                        today + timedelta(days=41), time(0), UTC))))))
            assert len(rows) >= report["accepted"]["booked"] > 0
            assert all(status is CaseStatus.BOOKED for _, status in rows)
            facts = load_facts(session, [b.case_id for b, _ in rows])
            for booking, _ in rows:  # every accepted booking passes readiness on its travel date
                day = booking.movement.departure_at.date()
                assert readiness.check(facts[booking.case_id], day).ready
    finally:
        store.engine.dispose()

    # Planning again keeps the accepted bookings: nothing moves.
    assert main(["--db", path, "plan", *horizon, "--time-limit", "10", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["moved_bookings"] == 0


def test_bad_horizon_is_a_clear_error(database: tuple[str, date], capsys: pytest.CaptureFixture[str]) -> None:
    path, today = database
    assert main(["--db", path, "plan", "--from", today.isoformat(),
                 "--to", (today - timedelta(days=1)).isoformat()]) == 2
    assert "is before --from" in capsys.readouterr().err


def test_plan_accept_can_lock_and_unlock(database: tuple[str, date], capsys: pytest.CaptureFixture[str]) -> None:
    path, today = database
    horizon = ["--from", today.isoformat(), "--to", (today + timedelta(days=40)).isoformat()]
    capsys.readouterr()
    assert main(["--db", path, "plan", *horizon, "--time-limit", "10", "--json", "--accept"]) == 0
    store = open_store(path)
    try:
        with store.reading() as session:
            reference = session.scalars(
                select(Case.reference).join(Booking, Booking.case_id == Case.id)
                .join(Movement, Booking.movement_id == Movement.id)
                .where(Booking.status == BookingStatus.CONFIRMED, Movement.code.startswith("T-"))
                .order_by(Case.id)).first()
    finally:
        store.engine.dispose()
    assert reference is not None
    capsys.readouterr()

    assert main(["--db", path, "plan", *horizon, "--time-limit", "10", "--json", "--accept",
                 "--lock", reference]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["accepted"]["locked"] == [reference]
    assert locked(path, reference)

    assert main(["--db", path, "plan", *horizon, "--time-limit", "10", "--accept", "--unlock", reference]) == 0
    assert f"unlocked: {reference}" in capsys.readouterr().out
    assert not locked(path, reference)

    assert main(["--db", path, "plan", *horizon, "--lock", reference]) == 2  # only with --accept
    assert "--accept" in capsys.readouterr().err


def locked(path: str, reference: str) -> bool:
    store = open_store(path)
    try:
        with store.reading() as session:
            return bool(session.scalar(select(Booking.locked).join(Case, Booking.case_id == Case.id).where(
                Case.reference == reference, Booking.status == BookingStatus.CONFIRMED)))
    finally:
        store.engine.dispose()
