"""The case list after travel: a household that returned is never listed as ready; a booked one says where."""

from __future__ import annotations

from datetime import date

import pytest

from planning import case_list, cases
from planning.case_list import CaseQuery
from planning.errors import ValidationError, ValidationErrors
from planning.storage.store import Store
from planning.vocabulary import CaseStatus, ReferralSource, Relationship, Sex
from tests.unit.monitoring.helpers import arrived_family


def test_a_monitored_household_is_not_listed_as_ready(store: Store) -> None:
    family, _ = arrived_family(store)
    (row,) = case_list.rows(store, [family.case_id])
    assert row.status is CaseStatus.MONITORING
    assert not row.ready and row.booking is None
    assert family.case_id not in case_list.find_ids(store, CaseQuery(ready=True))


def test_every_mistake_of_a_draft_is_named_at_once() -> None:
    today = date(2026, 12, 7)
    head = cases.PersonDraft("", "Beridze", None, None, "GEO", Relationship.HEAD)
    child = cases.PersonDraft("Luka", "Beridze", date(2030, 1, 1), Sex.MALE, "XXX", None)
    with pytest.raises(ValidationErrors) as raised:
        cases.check_case(cases.CaseDraft(None, "GEO", (head, child)), today)
    fields = {error.field: error.key for error in raised.value.errors}
    assert fields == {
        "referral_source": "value.not_chosen",
        "members[0].given_names": "text.empty",
        "members[0].date_of_birth": "value.required",
        "members[0].sex": "value.not_chosen",
        "members[1].date_of_birth": "date.in_future",
        "members[1].relationship": "value.not_chosen",
        "members[1].nationality": "country.unknown_code",
    }
    assert raised.value.field == "referral_source"  # it reads as its first error where one is expected


def test_a_draft_with_one_mistake_raises_that_mistake_alone() -> None:
    head = cases.PersonDraft("Giorgi", "Beridze", date(1985, 3, 2), None, "GEO", Relationship.HEAD)
    with pytest.raises(ValidationError) as raised:
        cases.check_case(cases.CaseDraft(ReferralSource.NGO, "GEO", (head,)), date(2026, 12, 7))
    assert not isinstance(raised.value, ValidationErrors) and raised.value.field == "members[0].sex"
