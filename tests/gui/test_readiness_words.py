"""The readiness check's reasons in the interface language: the desktop's templates give back the check's
own English for every reason it produces, every code has them, and the case file shows them in French and
Arabic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import unescape

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop import i18n, readiness_words
from desktop.labels import label
from desktop.pages.case_file import CaseFilePage
from desktop.service_text import error_text
from planning import booking_service, movements
from planning.demo import generate
from planning.errors import SafeguardError
from planning.messages import Count
from planning.readiness import texts
from planning.readiness.reasons import Reason, Safeguard
from planning.readiness.texts import Phrase
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.readiness_samples import demo_reasons, hand_built, rule_codes, rule_phrases
from tests.scenarios import assurances, open_family
from tests.unit.planning.test_movements import flight

pytestmark = pytest.mark.gui


def test_the_desktop_templates_give_back_every_reason_the_check_writes(store: Store) -> None:
    """Untranslated, the desktop fills its English templates with each reason's values exactly as the
    check wrote the reason: over hand-built households reaching every code and wording, and over every
    case of a demo database on several dates, planning and departure."""
    i18n.reset()
    generate(store, cases=300, seed=1)
    reasons = hand_built() + demo_reasons(store)
    assert {r.code for r in reasons} == set(readiness_words.TEXTS)
    phrases = {v.key for r in reasons for _name, v in r.params if isinstance(v, Phrase)}
    assert phrases == set(readiness_words.PHRASES)
    wrong = []
    for reason in {(r.code, r.message, r.resolution, r.params): r for r in reasons}.values():
        if readiness_words.english(reason) != (reason.message, reason.resolution):
            wrong.append(f"{reason.code}: {readiness_words.english(reason)} != {(reason.message, reason.resolution)}")
        # No translator: what the interface shows is the check's own text.
        if (readiness_words.message(reason), readiness_words.resolution(reason)) != (reason.message,
                                                                                    reason.resolution):
            wrong.append(f"{reason.code}: shown differently")
    assert not wrong, "\n".join(wrong[:20])


def test_every_code_the_rules_can_emit_has_desktop_templates() -> None:
    """Read from the rules' source: a new code or wording with no template in the desktop fails here."""
    assert rule_codes() == set(readiness_words.TEXTS)
    assert rule_phrases() == set(readiness_words.PHRASES)
    # The same English as planning's own templates, word for word.
    assert readiness_words.TEXTS == texts.TEXTS
    assert {key: template for key, (template, _) in readiness_words.PHRASES.items()} == texts.PHRASES


def test_an_unknown_code_or_a_broken_translation_shows_the_english(language: Callable[[str], None]) -> None:
    stranger = Reason(Safeguard.S5, "S5.from_a_newer_version", "Something new", "Do something new",
                      params=(("person", "A"),))
    language("fr")
    assert readiness_words.message(stranger) == "Something new"
    assert readiness_words.resolution(stranger) == "Do something new"
    missing = Reason.of("S7.no_authorisation", country="Georgia", on=TODAY)
    broken = Reason(missing.safeguard, missing.code, missing.message, missing.resolution, params=())
    assert readiness_words.message(broken) == missing.message  # values missing: the English as written


def test_french_and_arabic_words_dates_and_lists(language: Callable[[str], None]) -> None:
    reasons = {r.code + ("+" if "monitoring" in r.message else ""): r for r in hand_built()}
    language("fr")
    assert label(Safeguard.S1) == "Caractère volontaire"
    assert readiness_words.message(reasons["S1.stale"]) == (
        "La décision de Giorgi Beridze a été exprimée pour la dernière fois le 13/11/2025, plus de 180 jours "
        "avant le 01/06/2026")
    assert readiness_words.message(reasons["S9.under_review+"]) == (
        "Les garanties de Géorgie (autorisation de suivi, absence de sanction et réadmission) sont en réexamen "
        "après un manquement signalé")
    document = next(r for r in hand_built() if r.code == "S10.no_document" and "emergency" in r.message)
    assert readiness_words.message(document).endswith(
        ": le document de voyage d'urgence a expiré le 12/05/2026")
    language("ar")
    assert label(Safeguard.S5) == "ضمانة إعادة القبول"
    text = readiness_words.message(reasons["S1.no_declaration"])
    assert text.startswith("لم يُسجَّل أي قرار بالعودة") and "Giorgi\u00a0Beridze" in text
    assert "180" in readiness_words.message(reasons["S1.stale"])  # one digit system: the references' (i18n.LOCALES)


def test_a_refusal_names_its_readiness_reasons_in_the_interface_language(store: Store,
                                                                        language: Callable[[str], None]) -> None:
    reasons = tuple(r for r in hand_built() if r.code in ("S1.no_declaration", "S7.no_authorisation"))
    error = SafeguardError("S1", "booking.not_ready_more", reasons, reference="HW-1", day=date(2026, 6, 1),
                           reason=reasons[0].said, more=Count("more_reason", 1))
    language("fr")
    text = error_text(error)
    assert "Aucune décision de retour n'est enregistrée pour Giorgi Beridze" in text
    assert text.endswith(" (et 1 autre motif)")
    # The booking service's refusal carries its reasons.
    assurances(store)
    family = open_family(store)
    movement = movements.add_movement(store, flight("TK-1", on=TODAY + timedelta(days=10)))
    with pytest.raises(SafeguardError) as caught:
        booking_service.book(store, family.case_id, movement)
    first = caught.value.reasons[0]
    assert first.code == "S1.no_declaration" and first.message in caught.value.message
    assert readiness_words.message(first) in error_text(caught.value)
    assert first.message not in error_text(caught.value)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_the_readiness_panel_speaks_the_interface_language(qtbot: QtBot, store: Store,
                                                          language: Callable[[str], None], settle: None,
                                                          code: str) -> None:
    language(code)
    assurances(store)
    family = open_family(store)
    page = CaseFilePage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_case(family.case_id)
    shown = [unescape(label.text()) for label in page.readiness.reasons_box.findChildren(QLabel)]
    texts_ = page.readiness.reason_texts()
    if code == "fr":
        assert "S1 Caractère volontaire — Giorgi Beridze: Aucune décision de retour n'est enregistrée pour " \
               "Giorgi Beridze" in texts_
        assert any("Aucune décision de retour n'est enregistrée pour Giorgi Beridze" in t for t in shown)
        assert any("→ Conseillez Giorgi Beridze et enregistrez sa déclaration éclairée" in t for t in shown)
        assert any("ne détient aucun document de voyage valable le 01/06/2026 : aucun n'est enregistré" in t
                   for t in shown)
        assert any("Préparation au voyage" in t for t in shown)
    else:
        assert any("لم يُسجَّل أي قرار بالعودة من Giorgi\u00a0Beridze" in t for t in shown)
        assert any("الجاهزية للسفر" in t for t in shown)
        assert any(t.startswith("\u200f") and "← قدِّم الإرشاد" in t for t in shown)
    assert not any("has no recorded decision" in t or "holds no travel document" in t for t in shown)
