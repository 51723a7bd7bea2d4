"""Settings › Interface language: English, Français, العربية (applies from the next start)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.i18n import LANGUAGES, choose_language, chosen_language, tr


def add_language_menu(window: QMainWindow, settings_menu: QMenu) -> dict[str, QAction]:
    """One checkable action per interface language, the chosen one checked."""
    menu = settings_menu.addMenu(tr("Interface &language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    current = chosen_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: language_chosen(window, c))
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
    return actions


def language_chosen(window: QMainWindow, code: str) -> None:
    if code == chosen_language():
        return
    choose_language(code)
    message = tr("Homeward will use {language} from its next start.").format(language=LANGUAGES[code])
    window.statusBar().showMessage(message, 10_000)
    QMessageBox.information(window, tr("Interface language"), message)
