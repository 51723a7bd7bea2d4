"""Verification codes: typing mistakes caught, issues recorded, and match / superseded / unknown on both backends."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from planning.documents import verification
from planning.documents.verification import ALPHABET, Status, check_symbol, display, issue, parse, verify
from planning.errors import ValidationError
from planning.lookup import case_by_reference
from planning.messages import Message
from planning.storage.models import AuditEntry, Case, DocumentIssue
from planning.storage.store import Store
from tests.scenarios import open_family

KIND = "test-case-sheet"


def _case_sheet(session: Session, reference: str) -> dict[str, Any] | None:
    case = session.scalar(select(Case).where(Case.reference == reference))
    if case is None:
        return None
    return {"reference": case.reference, "head": case.head_name, "region": case.region_of_return,
            "opened_on": case.opened_on}


verification.register_kind(KIND, _case_sheet)


def _issue(store: Store, reference: str) -> verification.Issued:
    with store.transaction() as session:
        facts = _case_sheet(session, reference)
        assert facts is not None
        return issue(session, store, KIND, reference, facts, store.today())


# --- codes ------------------------------------------------------------------------------------


def test_a_new_code_is_ten_symbols_with_a_valid_check_symbol_and_reads_back() -> None:
    code = verification.new_code()
    assert len(code) == 10 and set(code) <= set(ALPHABET)
    shown = display(code)
    assert shown.startswith("HW-") and len(shown) == 14
    assert parse(shown) == code
    assert parse(shown.lower().replace("-", " ")) == code


def test_codes_are_random_not_sequential() -> None:
    codes = {verification.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    # Every symbol position varies: nothing is a counter or a timestamp prefix.
    for position in range(9):
        assert len({c[position] for c in codes}) > 20


def test_look_alike_letters_are_read_as_digits() -> None:
    body = "01ABC1DEF"
    code = body + check_symbol(body)
    assert parse("HW-O" + "I" + code[2:5] + "-" + code[5:]) == code
    assert parse(("oL" + code[2:]).lower()) == code


def test_every_single_mistyped_symbol_is_caught() -> None:
    code = verification.new_code()
    for position, symbol in itertools.product(range(10), ALPHABET):
        if code[position] == symbol:
            continue
        typo = code[:position] + symbol + code[position + 1:]
        with pytest.raises(ValidationError, match="check symbol"):
            parse(typo)


def test_swapped_neighbours_are_caught() -> None:
    code = "7K3QXM2P9" + check_symbol("7K3QXM2P9")
    for position in range(8):
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
        with pytest.raises(ValidationError, match="check symbol"):
            parse(swapped)


@pytest.mark.parametrize("text, message", [
    ("HW-1234", "has 10 symbols"),
    ("HW-7K3QX-M2P9U", "cannot appear"),
    ("", "has 10 symbols"),
])
def test_malformed_codes_name_the_field(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        parse(text)
    assert raised.value.field == "code"


def test_digest_is_canonical_whatever_the_key_order() -> None:
    assert verification.digest({"a": 1, "b": [1, 2]}) == verification.digest({"b": [1, 2], "a": 1})
    assert verification.digest({"a": 1}) != verification.digest({"a": 2})


# --- issues and checks on the database ------------------------------------------------------------


def test_an_issued_document_matches_its_record(any_store: Store) -> None:
    family = open_family(any_store)
    issued = _issue(any_store, family.reference)
    result = verify(any_store, issued.display_code)
    assert result.status is Status.MATCH
    assert (result.kind, result.subject, result.issued_by) == (KIND, family.reference, "coordinator1")
    assert result.reasons == ()
    with any_store.reading() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "document.issue"))
        assert entry is not None and entry.after is not None and entry.after["code"] == issued.code


def test_a_record_changed_after_printing_supersedes_the_document(any_store: Store) -> None:
    family = open_family(any_store)
    issued = _issue(any_store, family.reference)
    with any_store.transaction() as session:
        case_by_reference(session, family.reference).region_of_return = "Batumi"
    result = verify(any_store, issued.display_code)
    assert result.status is Status.SUPERSEDED
    assert any("region" in reason.english() for reason in result.reasons)


def test_tampering_with_the_issue_record_is_detected(any_store: Store) -> None:
    family = open_family(any_store)
    issued = _issue(any_store, family.reference)
    # Someone edits what the issue says was printed, to make a forged paper look genuine.
    with any_store.transaction() as session:
        row = session.scalar(select(DocumentIssue).where(DocumentIssue.code == issued.code))
        assert row is not None
        session.execute(update(DocumentIssue).where(DocumentIssue.id == row.id)
                        .values(facts={**row.facts, "head": "Somebody Else"}))
    result = verify(any_store, issued.display_code)
    assert result.status is Status.SUPERSEDED
    assert any("issue record was altered" in reason.english() for reason in result.reasons)
    assert Message.of("verification.altered") in result.reasons


def test_a_newer_issue_supersedes_the_older_one(any_store: Store) -> None:
    family = open_family(any_store)
    first = _issue(any_store, family.reference)
    second = _issue(any_store, family.reference)
    old = verify(any_store, first.display_code)
    assert old.status is Status.SUPERSEDED and old.superseded_by == second.code
    assert verify(any_store, second.display_code).status is Status.MATCH


def test_a_well_formed_code_never_issued_is_unknown(any_store: Store) -> None:
    body = "ZZZZZZZZZ"
    assert verify(any_store, display(body + check_symbol(body))).status is Status.UNKNOWN


def test_a_typo_is_refused_before_the_database_is_asked(any_store: Store) -> None:
    family = open_family(any_store)
    code = _issue(any_store, family.reference).code
    typo = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    with pytest.raises(ValidationError, match="check symbol"):
        verify(any_store, typo)
