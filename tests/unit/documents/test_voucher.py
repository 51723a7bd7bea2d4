"""The reintegration voucher and handover certificate: content in two languages, verification, refusals."""

from __future__ import annotations

import pytest

from planning.documents.verification import Status, verify
from planning.documents.voucher import print_voucher
from planning.errors import NotFoundError, ValidationError
from planning.reintegration import allocations
from planning.reintegration.allocation.cpsat import allocate
from planning.reintegration.allocation.from_database import build_instance
from planning.storage.models.reintegration import PackageAllocation
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.documents.helpers import office, speaks
from tests.unit.documents.pdftext import has_words, text
from tests.unit.reintegration.catalogue import set_up
from tests.unit.reintegration.test_from_database import arrived, booked_family


def allocation_case(store: Store, allocation_id: int) -> int:
    with store.reading() as session:
        return session.get_one(PackageAllocation, allocation_id).case_id


def housing(store: Store) -> allocations.AllocationView:
    set_up(store)
    case_id, _ = booked_family(store)
    instance, _ = build_instance(store)
    allocations.accept(store, instance, allocate(instance, time_limit=5, workers=2).plan)
    return next(r for r in allocations.list_allocations(store, case_id=case_id) if r.kind.value == "housing")


def test_the_voucher_names_the_beneficiary_package_partner_month_and_value(any_store: Store) -> None:
    office(any_store)
    house = housing(any_store)

    printed = print_voucher(any_store, house.id)

    words = text(printed.pdf)
    for expected in ("Reintegration voucher", house.person, "Rent for six months (HOUSE-1)", "July 2026",
                     "€1,200.00", "For the partner", printed.code):
        assert expected in words, expected
    assert verify(any_store, printed.code).status is Status.MATCH


def test_the_returnee_reads_it_in_arabic_and_the_handover_supersedes_the_voucher(store: Store) -> None:
    office(store)
    house = housing(store)
    with store.reading() as session:
        allocation = session.get(PackageAllocation, house.id)
        assert allocation is not None
        person_id = allocation.person_id
    speaks(store, person_id, "ar")
    voucher = print_voucher(store, house.id)
    assert has_words(text(voucher.pdf), "قسيمة إعادة الإدماج")

    arrived(store, allocation_case(store, house.id))
    allocations.record_delivery(store, house.id, house.version, TODAY, "keys handed over")
    assert verify(store, voucher.code).status is Status.SUPERSEDED
    certificate = print_voucher(store, house.id)
    words = text(certificate.pdf)
    assert "Handover certificate" in words and "1 June 2026" in words
    assert has_words(words, "شهادة تسليم")


def test_no_voucher_for_a_cancelled_or_unknown_package(store: Store) -> None:
    house = housing(store)
    allocations.cancel(store, house.id, house.version, "the household found work")
    with pytest.raises(ValidationError, match="cancelled"):
        print_voucher(store, house.id)
    with pytest.raises(NotFoundError):
        print_voucher(store, "999999")
