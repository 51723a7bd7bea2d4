"""Text that cannot forge lines: a name holding a line break or a direction override is refused where it is
typed or imported, and a hostile name already stored prints on its own line, in its own order."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.cli import main
from desktop.commands.session import open_store
from planning import booking_service, cases, movements
from planning.errors import ValidationError
from planning.storage.models import Case, Person
from planning.vocabulary import ReferralSource, Relationship, Sex
from tests.scenarios import Family, ready_family
from tests.unit.documents import pdftext
from tests.unit.planning.test_movements import via_istanbul

FORGED = "NATIONALITY: SYR"
#: Drawn right to left, these letters read "NATIONALITY: SYR".
REVERSED = "\u202eRYS :YTILANOITAN"
HEADER = ("Referral ID,Relationship,Given names,Family name,Given names (Latin),Family name (Latin),"
          "Date of birth,Sex,Nationality,Country of return")


@pytest.fixture
def booked(tmp_path: Path) -> tuple[str, Family]:
    """A ready family booked on a flight in ten days."""
    path = str(tmp_path / "homeward.db")
    store = open_store(path)
    try:
        family = ready_family(store)
        day = date.today() + timedelta(days=10)
        draft = via_istanbul(datetime.combine(day, time(12), UTC), datetime.combine(day, time(15), UTC))
        booking_service.book(store, family.case_id, movements.add_movement(store, replace(draft, code="TK-1795")))
    finally:
        store.engine.dispose()
    assert main(["--db", path, "office", "set", "--name", "Return Office", "--address", "Rue Montoyer 40",
                 "--emergency-phone", "+32 470 00 11 22"]) == 0  # a travel letter needs them
    return path, family


def lines_of(pdf: Path) -> list[str]:
    return [" ".join(line.split()) for line in pdftext.text(pdf.read_bytes()).splitlines()]


def test_an_import_refuses_a_name_with_a_line_break_or_a_direction_override(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "homeward.db")
    listing = tmp_path / "referrals.csv"
    listing.write_text("\n".join([
        HEADER,
        f'R-1,head,"Amal\n{FORGED}",Haddad,,,1990-01-01,F,SYR,SYR',
        f"R-2,head,Rami,{REVERSED},,,1985-05-05,M,SYR,SYR",
        "R-3,head,مهر\u200cانگیز,رضایی,Mehrangiz,Rezaei,1979-02-03,F,IRN,IRN",  # a Persian name needs its ZWNJ
    ]) + "\n", encoding="utf-8")
    assert main(["--db", db, "import", "referrals", str(listing)]) == 1
    out = capsys.readouterr().out
    assert "must be on one line" in out and "RIGHT-TO-LEFT OVERRIDE" in out
    store = open_store(db)
    try:
        with store.reading() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 1
            assert list(session.scalars(select(Person.given_names))) == ["مهر\u200cانگیز"]
    finally:
        store.engine.dispose()


def test_the_services_refuse_a_forging_name_and_the_office_a_forging_letterhead(
        booked: tuple[str, Family], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = booked
    store = open_store(path)
    try:
        for given, family_name in ((f"Amal\u2028{FORGED}", "Haddad"), ("Rami", REVERSED),
                                   ("Rami", "\u2067Haddad\u2069"), ("Rami\x1b[2J", "Haddad")):
            with pytest.raises(ValidationError) as refused:
                cases.open_case(store, cases.CaseDraft(ReferralSource.NGO, "SYR", (cases.PersonDraft(
                    given, family_name, date(1990, 1, 1), Sex.FEMALE, "SYR", Relationship.HEAD),)))
            assert refused.value.field.startswith("members[0].")
    finally:
        store.engine.dispose()
    assert main(["--db", path, "office", "set", "--name", f"Return Office\n{FORGED}"]) == 2
    assert "must be on one line" in capsys.readouterr().err
    assert main(["--db", path, "office", "set", "--name", "Return Office", "--phone", f"+32 2 {REVERSED}"]) == 2
    assert "RIGHT-TO-LEFT OVERRIDE" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["travel-letter", "declaration"])
def test_a_hostile_name_already_stored_prints_without_a_forged_line(
        booked: tuple[str, Family], tmp_path: Path, kind: str) -> None:
    path, family = booked
    store = open_store(path)
    try:
        with store.transaction() as session:  # as an older version or a hand-edited database left them
            session.execute(update(Person).where(Person.id == family.father)
                            .values(given_names=f"Giorgi\n{FORGED}"))
            session.execute(update(Person).where(Person.id == family.mother)
                            .values(given_names="نينو", family_name=REVERSED))
    finally:
        store.engine.dispose()
    target = tmp_path / f"{kind}.pdf"
    assert main(["--db", path, "print", kind, family.reference, "-o", str(target)]) == 0
    lines = lines_of(target)
    assert not [line for line in lines if line.startswith(FORGED)], lines
    assert any("Giorgi ¶ NATIONALITY:" in line for line in lines), lines  # the break shown, on the name's line
    assert "RYS :YTILANOITAN" in " ".join(lines)
