"""The country assurance summary: references, validity, conditions, status, and what stands on the day of issue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planning import countries
from planning.documents.assurance_summary import print_assurance_summary
from planning.documents.verification import Status, verify
from planning.errors import NotFoundError, ValidationError
from planning.storage.store import Store
from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus
from tests.conftest import TODAY
from tests.scenarios import assurances
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import office


def test_the_summary_shows_each_assurance_and_what_stands_today(any_store: Store) -> None:
    ids = assurances(any_store, "GEO")
    countries.add_assurance(any_store, countries.AssuranceDraft(
        country="GEO", kind=AssuranceKind.READMISSION, issuing_authority="Ministry of Internal Affairs",
        reference="GEO-READ-2", scope=AssuranceScope.NATIONALS_AND_RESIDENTS, valid_from=TODAY + timedelta(days=300),
        valid_to=None, conditions="Group returns announced ten working days ahead."))
    countries.add_advisory(any_store, countries.AdvisoryDraft(
        country="GEO", issued_by="UNHCR", summary="Returns to Abkhazia are not considered safe", region="Abkhazia",
        in_force_from=TODAY - timedelta(days=10), reference="UNHCR-GEO-2026-1"))
    printed = print_assurance_summary(any_store, "geo")
    text = pdftext.text(printed.pdf)
    for expected in ("Country assurance summary", "Georgia (GEO)", "GEO-READ-1", "GEO-READ-2", "GEO-NO_P-1",
                     "GEO-MONI-1", "Ministry of Internal", "Standing on 1 June 2026", "UNHCR-GEO-2026-1",
                     printed.code):
        assert expected in text, expected
    for expected in ("in force: GEO-READ-1", "in force: GEO-MONI-1 (active)",
                     "Conditions of GEO-READ-2: Group returns announced ten working days ahead",
                     "Returns to Abkhazia are not considered safe", "advisories in force that suspend returns: 1",
                     "open-ended"):
        assert pdftext.has_words(text, expected), expected
    assert ids


def test_a_missing_readmission_assurance_is_shown_as_blocking(store: Store) -> None:
    ids = assurances(store, "GEO", punished=True)
    countries.set_assurance_status(store, ids[AssuranceKind.READMISSION.value], 1, AssuranceStatus.REVOKED,
                                   "Withdrawn by the ministry")
    text = pdftext.text(print_assurance_summary(store, "GEO").pdf)
    assert pdftext.has_words(text, "NONE in force: returns there are blocked (S5)")
    assert pdftext.has_words(text, "punished by law: a no-punishment guarantee is required (S6)")


def test_a_status_change_after_printing_supersedes_the_summary(any_store: Store) -> None:
    ids = assurances(any_store, "GEO")
    printed = print_assurance_summary(any_store, "GEO")
    countries.set_assurance_status(any_store, ids[AssuranceKind.NO_PUNISHMENT.value], 1, AssuranceStatus.REVOKED,
                                   "Withdrawn")
    result = verify(any_store, printed.code)
    assert result.status is Status.SUPERSEDED
    assert any("status" in reason.english() for reason in result.reasons)


def test_an_unknown_or_malformed_country(store: Store) -> None:
    with pytest.raises(NotFoundError):
        print_assurance_summary(store, "FRA")
    with pytest.raises(ValidationError):
        print_assurance_summary(store, "Atlantis")


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "Synthèse des garanties du pays Situation au 1 juin 2026 Référence Géorgie (GEO)"),
    ("ar", "ملخص ضمانات البلد الوضع في المرجع جورجيا"),
])
def test_the_summary_prints_in_the_office_language(store: Store, language: str, words: str) -> None:
    office(store, language)
    assurances(store)
    text = pdftext.text(print_assurance_summary(store, "GEO").pdf)
    assert pdftext.has_words(text, words)
    assert "Reference" not in text and "Standing on" not in text and "Georgia" not in text
