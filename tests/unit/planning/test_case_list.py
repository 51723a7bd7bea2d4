"""The case list: search, filters and sorting happen in the database."""

from __future__ import annotations

from datetime import date, timedelta

from planning import case_list, cases
from planning.case_list import CaseQuery, SortKey
from planning.storage.store import Store
from planning.vocabulary import CaseStatus, ReferralSource, Relationship, Sex, VoluntarinessKind
from tests.scenarios import declare, ready_family


def open_single(store: Store, given: str, family: str, country: str = "IRQ", *, latin: tuple[str, str] | None = None,
                vulnerable: bool = False) -> int:
    draft = cases.PersonDraft(
        given, family, date(1990, 1, 1), Sex.MALE, country, Relationship.HEAD,
        given_names_latin=latin[0] if latin else None, family_name_latin=latin[1] if latin else None,
        vulnerabilities=(cases.VulnerabilityKind.MEDICAL_NEED,) if vulnerable else ())
    return cases.open_case(store, cases.CaseDraft(ReferralSource.NGO, country, (draft,))).id


def ids(store: Store, **query: object) -> list[int]:
    return case_list.find_ids(store, CaseQuery(**query))  # type: ignore[arg-type]


def test_search_by_reference_and_by_name_in_any_spelling(store: Store) -> None:
    mohammed = open_single(store, "Mohammed", "Al-Hassan")
    ahmad = open_single(store, "محمد", "حسين", latin=("Muhammad", "Hussein"))
    zoe = open_single(store, "Zoë", "Ørsted", "ALB")
    assert ids(store, text="HW-2026-000002") == [ahmad]
    assert set(ids(store, text="muhammad")) == {mohammed, ahmad}
    assert set(ids(store, text="Mohamed")) == {mohammed, ahmad}
    assert ids(store, text="mohamed al hasan") == [mohammed]
    assert set(ids(store, text="محمد")) == {mohammed, ahmad}  # either script finds both spellings
    assert ids(store, text="zoe orsted") == [zoe]
    assert ids(store, text="nobody") == []
    assert ids(store, text="%") == []


def test_search_is_symmetric_across_scripts(store: Store) -> None:
    arabic_only = open_single(store, "محمد", "الحسن")
    latin_only = open_single(store, "Mohamed", "Hassan")
    omar = open_single(store, "عمر", "خالد")
    omar_latin = open_single(store, "Omar", "Khalid")
    assert set(ids(store, text="Mohammed")) == set(ids(store, text="محمد")) == {arabic_only, latin_only}
    assert set(ids(store, text="muhammad hasan")) == set(ids(store, text="محمد الحسن")) == {arabic_only, latin_only}
    assert set(ids(store, text="Omar")) == set(ids(store, text="عمر")) == {omar, omar_latin}
    assert ids(store, text="خالد") == ids(store, text="khaled") == sorted([omar, omar_latin])


def test_filters_by_status_country_readiness_vulnerability(store: Store) -> None:
    family = ready_family(store)
    iraqi = open_single(store, "Ali", "Kareem", vulnerable=True)
    albanian = open_single(store, "Arben", "Hoxha", "ALB")
    assert ids(store, ready=True) == [family.case_id]
    assert set(ids(store, ready=False)) == {iraqi, albanian}
    assert ids(store, country="ALB") == [albanian]
    assert ids(store, vulnerable=True) == [iraqi]
    assert set(ids(store, statuses=frozenset({CaseStatus.INTAKE}))) == {iraqi, albanian}
    declare(store, family.mother, store.today(), VoluntarinessKind.WITHDRAWN)
    assert ids(store, statuses=frozenset({CaseStatus.WITHDRAWN})) == [family.case_id]
    assert ids(store, ready=True) == []


def test_sorting_and_rows(store: Store) -> None:
    first = open_single(store, "Zaid", "Yasin")
    second = open_single(store, "Adnan", "Bakr", "ALB")
    assert ids(store, sort=SortKey.HEAD) == [second, first]
    assert ids(store, sort=SortKey.REFERENCE, descending=True) == [second, first]
    assert ids(store, sort=SortKey.COUNTRY) == [second, first]
    rows = case_list.rows(store, [first, second])
    assert [r.id for r in rows] == [first, second]
    assert rows[0].head_name == "Zaid Yasin" and rows[0].country_code == "IRQ"
    assert rows[0].days_since_decision(store.today()) is None


def test_days_since_decision(store: Store) -> None:
    family = ready_family(store)
    (row,) = case_list.rows(store, [family.case_id])
    assert row.decided_on == store.today() - timedelta(days=29)
    assert row.days_since_decision(store.today()) == 29
