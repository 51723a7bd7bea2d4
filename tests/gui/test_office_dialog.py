"""Administration › Office…: the office printed on documents is set in the app, and a travel letter waits for it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.dialogs.office import OfficeDialog, load_office
from planning.documents.travel_letter import print_travel_letter
from planning.errors import ValidationError
from planning.storage.store import Store
from tests.unit.documents import pdftext
from tests.unit.documents.helpers import booked_family


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 4), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()


def _dialog(qtbot: QtBot, store: Store) -> OfficeDialog:
    dialog = OfficeDialog(store, load_office(store))
    qtbot.addWidget(dialog)
    return dialog


def test_the_office_set_in_the_dialog_is_what_the_travel_letter_prints(qtbot: QtBot, store: Store,
                                                                        tmp_path: Path) -> None:
    booked = booked_family(store)
    with pytest.raises(ValidationError, match="Administration › Office"):
        print_travel_letter(store, booked.family.reference)
    dialog = _dialog(qtbot, store)
    assert dialog.name.text() == ""  # nothing saved yet: no default name to keep by mistake
    dialog.name.setText("Bureau de retour Genève")
    dialog.address.setPlainText("Rue de Lausanne 1\n1201 Genève")
    dialog.emergency_phone.setText("+41 79 000 00 00")
    dialog.email.setText("retour@example.org")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.signatory_name.setText("Claire Dubois")
    dialog.signatory_title.setText("Cheffe du bureau")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    dialog.set_logo(logo)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    stored = load_office(store)
    assert (stored.name, stored.language, stored.signatory_title, stored.logo) == (
        "Bureau de retour Genève", "fr", "Cheffe du bureau", PNG)
    text = pdftext.text(print_travel_letter(store, booked.family.reference).pdf)
    for expected in ("Bureau de retour Genève", "Rue de Lausanne 1", "+41 79 000 00 00", "Claire Dubois",
                     "Cheffe du bureau", "Lettre de voyage", "Cachet du bureau"):
        assert expected in text, expected
    reopened = _dialog(qtbot, store)
    assert reopened.name.text() == "Bureau de retour Genève" and reopened.logo_label.text() != ""


def test_a_mistake_shows_under_its_field_and_nothing_is_saved(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, store)
    dialog.name.setText("Bureau\u202e forged")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.errors.labels["name"].isHidden(), timeout=10_000)
    assert dialog.result_value is None
    assert not load_office(store).saved
    text = tmp_path / "logo.txt"
    text.write_text("not an image")
    dialog.name.setText("Bureau")
    dialog.set_logo(text)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.errors.labels["logo"].isHidden(), timeout=10_000)
    assert "PNG or JPEG" in dialog.errors.labels["logo"].text()
    assert not load_office(store).saved
