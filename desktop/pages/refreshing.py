"""Pages that follow what changed: refreshed at once while shown, or when next shown if hidden."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.changes import Changes
from desktop.ops import hub


class RefreshingPage(QWidget):
    """Subclasses implement `refresh()` and may narrow `concerns()`; the hub wiring lives here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = False
        hub().changed.connect(self._changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether a change announced on the hub affects what the page shows."""
        return changes.cases or changes.countries

    def _changed(self, changes: Changes) -> None:
        if not self.concerns(changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
