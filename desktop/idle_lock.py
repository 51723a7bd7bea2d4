"""Locking the app after idle minutes: every window is curtained and the signed-in user must sign in again.

Idle means no keyboard, mouse, wheel or touch input anywhere in the application (an application event
filter restarts one timer). Open dialogs with unsaved input stay open under their curtains; unlocking
uncovers them as they were. Only the user who was signed in can unlock; the other way out is to quit.
The timeout is the setting `security/idle_lock_minutes` (default 15).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.dialogs.sign_in import SignInDialog
from desktop.i18n import tr
from planning.security.accounts import SignedIn
from planning.storage.store import Store

SETTING = "security/idle_lock_minutes"
DEFAULT_MINUTES = 15.0
INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


def idle_minutes() -> float:
    """The setting, or the default for a missing or unreadable value (a lock can be later, never off)."""
    raw = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes > 0 else DEFAULT_MINUTES


class Curtain(QWidget):
    """An opaque cover over one window while the app is locked: nothing of the data shows through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #2b3440; } QLabel { color: #e8ecf1; font-size: 13pt; }")
        layout = QVBoxLayout(self)
        label = QLabel(tr("Homeward is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()


class IdleLock(QObject):
    """Locks after `timeout_ms` without input; `locked`/`unlocked` say when."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, app: QApplication, store: Store, where: str, timeout_ms: int, *,
                 quit_app: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.store = store
        self.where = where
        self.quit_app = quit_app or app.quit
        self.dialog: SignInDialog | None = None
        self.curtains: dict[QWidget, Curtain] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(timeout_ms)))
        self.timer.timeout.connect(self.lock)
        app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """No more locking (the window closed)."""
        self.timer.stop()
        self.app.removeEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT:
            if self.dialog is None:
                self.timer.start()
        elif kind == QEvent.Type.Resize and watched in self.curtains:
            assert isinstance(watched, QWidget)
            self.curtains[watched].setGeometry(watched.rect())
        return False

    def lock(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        for window in self.app.topLevelWidgets():
            if window.isVisible() and window.isWindow() and window.windowType() not in (
                    Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                self.curtains[window] = Curtain(window)
        dialog = SignInDialog(self.store, self.where, unlock_as=self.store.actor.username)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.saved.connect(self._signed_in)
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.locked.emit()

    def _signed_in(self, result: object) -> None:
        assert isinstance(result, SignedIn)
        if result.actor.username != self.store.actor.username:  # the dialog fixes the name; belt and braces
            return
        for curtain in self.curtains.values():
            curtain.deleteLater()
        self.curtains.clear()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        self.quit_app()
