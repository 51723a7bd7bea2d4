"""The Import referrals dialog driven as a user would: file, mapping, preview, override, import."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop import i18n
from desktop.dialogs.referral_import import DONE, MAPPING, PREVIEW, ReferralImportDialog
from desktop.labels import day
from planning.cases import CaseDraft, PersonDraft, open_case
from planning.referral_import import Field, RowStatus
from planning.storage.models import Case, Person
from planning.storage.store import Store
from planning.vocabulary import ReferralSource, Sex
from tests.sweep import ARABIC_INDIC

DATA = Path(__file__).parents[1] / "data" / "referrals"
SHOTS = os.environ.get("HOMEWARD_SCREENSHOTS")  # a folder to save each step's picture in, when set

pytestmark = pytest.mark.gui


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def cell(dialog: ReferralImportDialog, row: int, column: int) -> str:
    item = dialog.preview_table.item(row, column)
    assert item is not None
    return item.text()


def shot(dialog: ReferralImportDialog, name: str) -> None:
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"referral_import_{name}.png"))


def open_dialog(qtbot: QtBot, store: Store, path: Path) -> ReferralImportDialog:
    dialog = ReferralImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.next_button.isEnabled()
    dialog.load_file(path)
    shot(dialog, "1_file")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.next_button.click()
    assert dialog.stack.currentIndex() == MAPPING
    return dialog


def test_map_preview_override_and_import(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    known = open_case(store, CaseDraft(ReferralSource.NGO, "GEO", (
        PersonDraft("Giorgi", "Beridze", date(1985, 3, 2), Sex.MALE, "GEO"),)))
    data = (DATA / "good.csv").read_text(encoding="utf-8").replace("Date of birth", "Geb. Datum")
    path = tmp_path / "partner list.csv"
    path.write_text(data, encoding="utf-8")
    dialog = open_dialog(qtbot, store, path)

    # "Geb. Datum" is not recognised: the date of birth is still to be matched, and Check rows waits for it
    born = 6
    assert dialog.mapping_boxes[born].currentData() is None
    assert "Date of birth" in dialog.missing_label.text() and not dialog.next_button.isEnabled()
    shot(dialog, "2_mapping")
    dialog.mapping_boxes[born].setCurrentIndex(dialog.mapping_boxes[born].findData(Field.DATE_OF_BIRTH.value))
    assert dialog.next_button.isEnabled() and not dialog.missing_label.text()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.next_button.click()
    assert dialog.stack.currentIndex() == PREVIEW
    assert dialog.preview is not None
    statuses = [r.status for r in dialog.preview.report.rows]
    assert statuses == [RowStatus.LIKELY_KNOWN, RowStatus.HELD, RowStatus.HELD, RowStatus.VALID, RowStatus.VALID]
    assert dialog.preview_table.rowCount() == 5
    assert f"Known as {known.reference}" in cell(dialog, 0, 5)
    assert "likely already known" in cell(dialog, 0, 6)
    assert dialog.import_button.text() == "Import 2 household(s) (2 person(s))"
    shot(dialog, "3_preview")

    # the user is sure it is another Giorgi Beridze: import anyway, and the whole family is ready
    override = dialog.preview_table.item(0, 5)
    assert override is not None
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        override.setCheckState(Qt.CheckState.Checked)
    assert dialog.import_button.text() == "Import 3 household(s) (5 person(s))"
    assert "import anyway" in cell(dialog, 0, 5)
    shot(dialog, "4_override")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert dialog.stack.currentIndex() == DONE
    assert "3 case(s) opened for 5 person(s)" in dialog.done_label.text()
    assert count(store, Case) == 4 and count(store, Person) == 6
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=5_000)
    shot(dialog, "5_done")


def test_bad_file_shows_errors_and_nothing_is_written(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, DATA / "bad.csv")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.next_button.click()
    assert dialog.preview is not None
    rows = dialog.preview.report.rows
    line_2 = next(i for i, r in enumerate(rows) if r.line == 2)
    assert cell(dialog, line_2, 5) == "Has errors"
    assert "Nationality: unknown country code 'Gorgia' (did you mean Georgia?)" in cell(dialog, line_2, 6)
    assert dialog.import_button.isEnabled()
    shot(dialog, "6_bad_preview")
    dialog.cancel_button.click()
    assert count(store, Case) == 0


def test_an_unreadable_file_stays_on_the_first_step_with_the_reason(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "referrals.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = ReferralImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    with qtbot.waitSignal(dialog.checked, timeout=10_000, raising=False):
        dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=10_000)
    assert "not a readable XLSX workbook" in dialog.banner.text()
    assert dialog.stack.currentIndex() == 0
    shot(dialog, "7_unreadable")


LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_row_problem_reads_in_french_and_arabic(qtbot: QtBot, store: Store, qapp: QApplication, tmp_path: Path,
                                                  language: str) -> None:
    """What is wrong with a row is a keyed message (or the reader's validation error), shown in the interface
    language: the field's name, the words and the date of birth as the locale writes them; only what the file
    itself wrote ('Q') and the codes to type (F, M, X) stay as they are."""
    i18n.install(qapp, language, tmp_path / "qm")
    try:
        dialog = open_dialog(qtbot, store, DATA / "bad.csv")
        with qtbot.waitSignal(dialog.checked, timeout=10_000):
            dialog.next_button.click()
        assert dialog.preview is not None
        rows = dialog.preview.report.rows
        line_3 = next(i for i, r in enumerate(rows) if r.line == 3)
        keys = [issue.said.key for issue in rows[line_3].issues]
        assert keys == ["referral_row.born_in_future", "referral_value.not_a_sex"]
        problems = cell(dialog, line_3, 6).split("\n")
        future = day(date(2030, 1, 1))
        if language == "fr":
            assert problems == [f"Date de naissance : {future} est dans le futur",
                                "Sexe : « Q » n'est pas un sexe ; écrivez F, M ou X (féminin, masculin, autre)"]
        else:
            assert "\u2060".join(future) in problems[0] and "في المستقبل" in problems[0]
            for problem in problems:
                assert not LATIN.search(re.sub(r"\b[QFMX]\b", "", problem)), problem
                assert not ARABIC_INDIC.search(problem), problem
    finally:
        i18n.reset()
