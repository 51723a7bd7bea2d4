"""Settings › Interface language: English, Français, العربية, applied at once (the window retranslates itself on
the language change) and remembered for the next start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from desktop.i18n import LANGUAGES, choose_language, chosen_language, current_language, install, tr


def add_language_menu(window: QMainWindow, settings_menu: QMenu) -> dict[str, QAction]:
    """One checkable action per interface language, the chosen one checked."""
    menu = settings_menu.addMenu(tr("Interface &language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    current = current_language()
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
    """Remember the language and install it now: every window hears the language change and follows."""
    if code == chosen_language() and code == current_language():
        return
    choose_language(code)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install(app, code)
