"""`homeward print`, `homeward print travel-letters`, `homeward verify` and `homeward office` on a database file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.cli import main
from desktop.commands.session import open_store
from planning import booking_service, movements
from planning.documents.statement import Statement
from planning.documents.verification import check_symbol, display
from planning.storage.models import Booking, DocumentIssue, MovementLeg, TravelDocument
from tests.scenarios import Family, ready_family
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import office
from tests.unit.planning.test_movements import via_istanbul


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, Family, Family]:
    """Two ready families booked on one flight in ten days; the second's passports run out the day before."""
    path = str(tmp_path / "homeward.db")
    store = open_store(path)
    try:
        first = ready_family(store)
        second = ready_family(store)
        day = date.today() + timedelta(days=10)
        draft = via_istanbul(datetime.combine(day, time(12), UTC), datetime.combine(day, time(15), UTC))
        movement = movements.add_movement(store, replace(draft, code="TK-1795"))
        for family in (first, second):
            booking_service.book(store, family.case_id, movement)
        office(store)
        with store.transaction() as session:
            session.execute(update(TravelDocument).where(TravelDocument.person_id.in_(second.members))
                            .values(valid_until=day - timedelta(days=1)))
    finally:
        store.engine.dispose()
    return path, first, second


def code_in(output: str) -> str:
    return output.strip().rsplit("verification code ", 1)[1]


def test_print_each_kind_and_verify(database: tuple[str, Family, Family], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path, first, second = database
    assert main(["--db", path, "office", "set", "--name", "Return Office Brussels", "--language", "fr",
                 "--address", "Rue Montoyer 40\\n1000 Bruxelles", "--emergency-phone", "+32 470 00 11 22",
                 "--signatory-name", "Claire Dubois", "--signatory-title", "Cheffe du bureau"]) == 0
    # no manifest while a booked household is not ready on the day; once it is off the movement, printed
    assert main(["--db", path, "print", "manifest", "TK-1795", "-o", str(tmp_path / "refused.pdf")]) == 2
    assert "[manifest.not_ready]" in capsys.readouterr().err and not (tmp_path / "refused.pdf").exists()
    store = open_store(path)
    try:
        with store.reading() as session:
            booking = session.scalars(select(Booking).where(Booking.case_id == second.case_id)).one()
        booking_service.remove_booking(store, booking.id, booking.version, "passports run out before the flight")
    finally:
        store.engine.dispose()
    for kind, ref, expected in (("declaration", first.reference, "Déclaration de retour volontaire"),
                                ("travel-letter", first.reference, "Lettre de voyage"),
                                ("manifest", "TK-1795", "Manifeste du mouvement"),
                                ("assurance-summary", "GEO", "Synthèse des garanties du pays")):
        capsys.readouterr()
        target = tmp_path / f"{kind}.pdf"
        assert main(["--db", path, "print", kind, ref, "-o", str(target)]) == 0
        output = capsys.readouterr().out
        text = pdftext.text(target.read_bytes())
        assert expected in text and "Return Office Brussels" in text
        code = code_in(output)
        assert code in text
        assert main(["--db", path, "verify", code]) == 0
        assert "MATCH" in capsys.readouterr().out


def test_verify_says_superseded_unknown_and_catches_a_typo(database: tuple[str, Family, Family], tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, first, _ = database
    assert main(["--db", path, "print", "travel-letter", first.reference, "-o", str(tmp_path / "l.pdf")]) == 0
    code = code_in(capsys.readouterr().out)
    store = open_store(path)
    try:
        with store.transaction() as session:
            session.execute(update(MovementLeg).where(MovementLeg.sequence == 2).values(carrier="Other Air"))
    finally:
        store.engine.dispose()
    assert main(["--db", path, "verify", code]) == 1
    output = capsys.readouterr().out
    assert "SUPERSEDED" in output and "legs[1].carrier" in output

    body = "ZZZZZZZZZ"
    assert main(["--db", path, "verify", display(body + check_symbol(body))]) == 2
    assert "UNKNOWN" in capsys.readouterr().out

    typo = code[:4] + ("A" if code[4] != "A" else "B") + code[5:]
    assert main(["--db", path, "verify", typo]) == 2
    assert "check symbol does not match" in capsys.readouterr().err


def test_refusals_exit_non_zero_with_the_reason(database: tuple[str, Family, Family], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path, _, second = database
    target = tmp_path / "refused.pdf"
    assert main(["--db", path, "print", "travel-letter", second.reference, "-o", str(target)]) == 2
    error = capsys.readouterr().err
    assert "[document.not_ready]: S10: " in error and "not ready to travel" in error
    assert not target.exists()
    assert main(["--db", path, "print", "manifest", "NOPE", "-o", str(target)]) == 2
    assert "No movement NOPE found" in capsys.readouterr().err


def test_a_movements_letters_in_one_folder(database: tuple[str, Family, Family], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, first, second = database
    folder = tmp_path / "letters"
    assert main(["--db", path, "print", "travel-letters", "--movement", "TK-1795", "-o", str(folder)]) == 1
    output = capsys.readouterr().out
    assert f"skipped {second.reference}:" in output and "S10" in output
    assert "1 travel letter written, 1 household skipped" in output
    assert sorted(p.name for p in folder.iterdir()) == [f"travel-letter-{first.reference}.pdf"]
    assert main(["--db", path, "print", "travel-letters", "-o", str(folder)]) == 2
    assert "--movement" in capsys.readouterr().err


def test_office_show_and_set(database: tuple[str, Family, Family], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = database[0]
    assert main(["--db", path, "office", "show"]) == 0
    assert "Return Office Brussels" in capsys.readouterr().out
    logo = tmp_path / "logo.txt"
    logo.write_text("not an image")
    assert main(["--db", path, "office", "set", "--name", "X", "--logo", str(logo)]) == 2
    assert "logo: a PNG or JPEG image" in capsys.readouterr().err
    assert main(["--db", path, "office", "set", "--name", "Bureau de Genève", "--phone", "+41 22 000 00 00",
                 "--address", "Rue 1\\n1211 Genève"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "office", "show"]) == 0
    shown = capsys.readouterr().out
    assert "Bureau de Genève" in shown and "Rue 1, 1211 Genève" in shown


def test_verify_knows_every_kind_of_document_printed_anywhere() -> None:
    from desktop.commands.verify import PRINTING_MODULES
    from planning.documents.verification import registered_kinds

    kinds = {getattr(module, "KIND", None) for module in PRINTING_MODULES} - {None}
    kinds |= set(PRINTING_MODULES[0].KINDS)  # the catalogue of planning's documents
    assert kinds <= set(registered_kinds())
    assert {"declaration", "travel-letter", "manifest", "assurance-summary", "compliance-report", "visit-form",
            "visit-routes"} <= set(registered_kinds())


def test_a_forged_pdf_with_a_genuine_qr_code_is_caught_with_the_public_key_alone(
        database: tuple[str, Family, Family], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planning.documents import layout
    from planning.documents.office import Letterhead
    from planning.documents.travel_letter import load
    from planning.documents.travel_letter_page import story, subtitle
    from planning.documents.verification import Issued

    path, first, _ = database
    letter = tmp_path / "letter.pdf"
    assert main(["--db", path, "print", "travel-letter", first.reference, "-o", str(letter)]) == 0
    key = tmp_path / "office-key.pem"
    assert main(["--db", path, "office", "public-key", "-o", str(key)]) == 0
    assert key.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    capsys.readouterr()
    # A border office with the letter and the published key, no Homeward database: genuine.
    assert main(["verify", str(letter), "--public-key", str(key), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "SIGNATURE VALID" in out and "The page prints every fact its QR code states." in out
    assert "person 1 name: Giorgi Beridze" in out

    # A forger keeps the genuine QR code and verification code but prints another traveller.
    store = open_store(path)
    try:
        with store.reading() as session:
            facts = load(session, first.reference)
            row = session.scalars(select(DocumentIssue).order_by(DocumentIssue.id.desc())).first()
            assert facts is not None and row is not None and row.statement is not None
            genuine = Issued(row.id, row.code, row.kind, row.subject, row.digest, row.issued_on, row.issued_by,
                             Statement.parse(row.statement))
    finally:
        store.engine.dispose()
    facts["travellers"][0]["name"] = "Ramaz Kvaratskhelia"
    facts["travellers"][0]["date_of_birth"] = "1979-04-09"
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(layout.render(Letterhead(), layout.Meta("Travel letter", "TL-1", genuine,
                                                                     subtitle=subtitle(facts)), story(facts)))
    assert main(["verify", str(forged), "--public-key", str(key), "--offline"]) == 3
    out = capsys.readouterr().out
    assert "SIGNATURE VALID" in out  # the QR code itself is genuine ...
    assert "NOT GENUINE: the page does not print what its QR code states: person 1 name, person 1 born" in out

    # With the database: the facts beside the records, and a revoked letter says so and why.
    assert main(["--db", path, "revoke", genuine.display_code, "--reason", "reported stolen on 2 June"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "verify", str(letter)]) == 1
    out = capsys.readouterr().out
    assert "REVOKED: do not rely on this document" in out and "reported stolen on 2 June" in out


def test_office_set_changes_only_the_fields_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planning.documents.office import letterhead

    path = str(tmp_path / "office.db")
    open_store(path).engine.dispose()
    assert main(["--db", path, "office", "set", "--phone", "+32 2 000 00 00"]) == 2  # no office yet: a name first
    assert "[argument.office_name_needed]" in capsys.readouterr().err
    assert main(["--db", path, "office", "set", "--name", "Return Office", "--language", "fr",
                 "--address", "Rue Montoyer 40\\n1000 Bruxelles", "--emergency-phone", "+32 470 00 11 22",
                 "--signatory-name", "Claire Dubois", "--smallest-count", "10"]) == 0
    assert main(["--db", path, "office", "set", "--phone", "+32 2 000 00 00", "--signatory-name", ""]) == 0
    store = open_store(path)
    try:
        with store.reading() as session:
            head = letterhead(session)
    finally:
        store.engine.dispose()
    assert (head.name, head.address, head.emergency_phone, head.language, head.smallest_shown) == (
        "Return Office", "Rue Montoyer 40\n1000 Bruxelles", "+32 470 00 11 22", "fr", 10)
    assert head.phone == "+32 2 000 00 00" and head.signatory_name is None  # given; emptied with ''
