"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from desktop.pages.home import HomePage
from desktop.pages.readiness import ReadinessPage
from planning.storage.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle("Homeward")
        self.resize(1200, 780)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(180)
        self.pages = QStackedWidget()
        self.home = HomePage(store)
        self.readiness = ReadinessPage(store)
        for title, page in (("Home", self.home), ("Readiness", self.readiness)):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        where = store.location.describe() if store.location else "database"
        self.statusBar().showMessage(f"{where} — signed in as {store.actor.username} ({store.actor.role.value})")
        self._restore()
        self.home.refresh()

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        page = settings.value("window/page", 0)
        self.navigation.setCurrentRow(int(page) if isinstance(page, int | str) and str(page).isdigit() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.navigation.currentRow())
        super().closeEvent(event)
