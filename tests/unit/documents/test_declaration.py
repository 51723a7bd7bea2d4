"""The declaration of voluntary return: its content in two languages, and when it cannot be printed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planning import protection
from planning.documents.declaration import print_declaration
from planning.documents.verification import Status, verify
from planning.errors import NotFoundError, SafeguardError
from planning.storage.store import Store
from planning.vocabulary import VoluntarinessKind
from tests.conftest import TODAY
from tests.scenarios import counsel, declare, open_family, ready_family
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import issues, office, speaks, unaccompanied_child


def test_the_declaration_records_what_was_explained_the_decision_and_the_rights(any_store: Store) -> None:
    office(any_store)
    family = ready_family(any_store)
    speaks(any_store, family.father, "fr")
    printed = print_declaration(any_store, family.reference)
    text = pdftext.text(printed.pdf)
    assert pdftext.has_words(text, "Declaration of voluntary return / Déclaration de retour volontaire")
    for expected in (family.reference, "Giorgi Beridze", "Nino Beridze", "Luka Beridze", "2 March 1985", "Georgia",
                     "A. Counsellor", "I. Interpreter", "3 May 2026", printed.code):
        assert expected in text, expected
    for expected in ("I declare that I have decided freely to return to Georgia",
                     "Je déclare avoir décidé librement de retourner",
                     "legal ways to migrate", "les voies légales de migration",
                     "the right to seek protection", "my right to change my mind at any time",
                     "I may change my mind at any time", "Je peux changer d'avis à tout moment",
                     "Data protection", "Protection des données",
                     "Luka Beridze travels on the decision of Giorgi Beridze",
                     "Returnee / Personne qui rentre", "Counsellor / Conseiller/ère", "Interpreter / Interprète"):
        assert pdftext.has_words(text, expected), expected
    assert verify(any_store, printed.code).status is Status.MATCH


def test_an_arabic_declaration_reads_back(store: Store) -> None:
    family = ready_family(store)
    speaks(store, family.father, "ar", "جورجي", "بيريدزه")
    text = pdftext.text(print_declaration(store, family.reference).pdf)
    for expected in ("إقرار بالعودة الطوعية", "جورجي بيريدزه",
                     "أقر بأنني قررت بحرية العودة إلى جورجيا",  # the country named in Arabic (CLDR)
                     "يمكنني تغيير رأيي في أي وقت، حتى في المطار أو عند باب الطائرة",
                     "حماية البيانات"):
        assert pdftext.has_words(text, expected), expected


def test_a_language_without_texts_is_printed_in_the_office_language_only_and_said(store: Store) -> None:
    family = ready_family(store)
    speaks(store, family.father, "ps")
    text = pdftext.text(print_declaration(store, family.reference).pdf)
    assert "Pushto (no translation: printed in English only)" in text
    assert "I declare that I have decided freely" in text
    assert "[English]" not in text and " / " not in text.split("\n")[0]


def test_dari_is_printed_in_farsi(store: Store) -> None:
    family = ready_family(store)
    speaks(store, family.father, "prs")
    text = pdftext.text(print_declaration(store, family.reference).pdf)
    assert "Dari (printed in" in text
    assert pdftext.has_words(text, "اعلامیه بازگشت داوطلبانه")


def test_a_newer_decision_supersedes_the_printed_declaration(any_store: Store) -> None:
    family = ready_family(any_store)
    printed = print_declaration(any_store, family.reference)
    declare(any_store, family.father, TODAY, VoluntarinessKind.RECONFIRMED)
    result = verify(any_store, printed.code)
    assert result.status is Status.SUPERSEDED
    assert any("members[0].decision.reconfirmed_on" in reason.english() for reason in result.reasons)


def test_no_declaration_without_a_recorded_decision(store: Store) -> None:
    family = open_family(store)
    counsel(store, family, TODAY - timedelta(days=3))
    with pytest.raises(SafeguardError, match="no recorded decision") as refused:
        print_declaration(store, family.reference)
    assert refused.value.safeguard == "S1"


def test_no_declaration_after_a_refusal(store: Store) -> None:
    family = ready_family(store)
    declare(store, family.mother, TODAY, VoluntarinessKind.REFUSED)
    with pytest.raises(SafeguardError) as refused:
        print_declaration(store, family.reference)
    assert refused.value.safeguard == "S2"
    assert issues(store) == 0


def test_no_declaration_once_involvement_ended(any_store: Store) -> None:
    family = ready_family(any_store)
    declare(any_store, family.father, TODAY, VoluntarinessKind.FORCE_NEEDED)
    with pytest.raises(SafeguardError) as refused:
        print_declaration(any_store, family.reference)
    assert refused.value.safeguard == "S3"
    assert issues(any_store) == 0


def test_no_declaration_while_a_protection_claim_is_pending(store: Store) -> None:
    family = ready_family(store)
    protection.raise_concern(store, family.mother, TODAY, "I fear return")
    with pytest.raises(SafeguardError) as refused:
        print_declaration(store, family.reference)
    assert refused.value.safeguard == "S4"


def test_an_unknown_case(store: Store) -> None:
    with pytest.raises(NotFoundError):
        print_declaration(store, "HW-2026-999999")


def test_a_child_returning_alone_has_the_best_interests_decision_stated(store: Store) -> None:
    reference, _, _ = unaccompanied_child(store)
    text = pdftext.text(print_declaration(store, reference).pdf)
    assert pdftext.has_words(text, "Dato Kapanadze is a child travelling without a parent: the best-interests "
                                   "decision of 29 May 2026 and the reception arrangement are on record")
    assert pdftext.has_words(text, "решение о наилучших интересах от 29 мая 2026 г.")


def test_each_signer_has_a_declaration_in_their_own_language_signed_on_its_page(store: Store) -> None:
    """A head of household reading Farsi, a spouse reading Arabic and a child speaking French: two declarations,
    in Farsi and in Arabic (none in the child's French), each text on the page of its signature."""
    from planning.storage.models import Person

    office(store)
    family = ready_family(store)
    speaks(store, family.father, "fa", "احمد", "کریمی")
    speaks(store, family.mother, "ar", "نينو", "بريدزه")
    with store.transaction() as session:
        child = session.get(Person, family.child)
        assert child is not None
        child.preferred_language = "fr"
    printed = pdftext.pages(print_declaration(store, family.reference).pdf)
    assert "Je déclare" not in "\n".join(printed)
    signed = [page for page in printed if pdftext.has_words(page, "I declare that I have decided freely")]
    assert len(signed) == 2
    farsi, arabic = signed
    for page in signed:
        assert pdftext.has_words(page, "Signatures Returnee Counsellor Interpreter")
    assert pdftext.has_words(farsi, "اعلامیه بازگشت داوطلبانه احمد کریمی بازگشت‌کننده")
    assert pdftext.has_words(farsi, "Luka Beridze travels on the decision of احمد کریمی")  # the minor in his care
    assert not pdftext.has_words(farsi, "إقرار بالعودة الطوعية")
    assert pdftext.has_words(arabic, "إقرار بالعودة الطوعية نينو بريدزه العائد")
    assert not pdftext.has_words(arabic, "اعلامیه") and "travels on the decision" not in arabic


def test_an_arabic_office_signs_from_the_right(store: Store) -> None:
    office(store, "ar")
    family = ready_family(store)
    pdf = print_declaration(store, family.reference).pdf
    text = pdftext.text(pdf)
    assert pdftext.has_words(text, "الأسرة العائد المستشار المترجم التاريخ")
    assert pdftext.has_words(text, "باللغة الجورجية")  # the counselling language named in Arabic
    assert "Household" not in text and "Returnee" not in text
