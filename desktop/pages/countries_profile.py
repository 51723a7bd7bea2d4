"""A country's profile: punished exit (S6), profiles needing active monitoring (S7), notes; with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Changes
from desktop.forms import Banner
from desktop.i18n import tr
from desktop.labels import label
from desktop.ops import run_op
from desktop.places import country_name
from desktop.service_text import error_text
from planning.countries import ProfileDraft, save_profile
from planning.country_view import ProfileView
from planning.errors import ConflictError, HomewardError
from planning.storage.store import Store
from planning.vocabulary import VulnerabilityKind


def draft_of(profile: ProfileView) -> ProfileDraft:
    return ProfileDraft(irregular_exit_punished=profile.irregular_exit_punished,
                        active_monitoring_profiles=profile.active_monitoring_profiles, notes=profile.notes)


def same(a: ProfileDraft, b: ProfileDraft) -> bool:
    return (a.irregular_exit_punished == b.irregular_exit_punished
            and set(a.active_monitoring_profiles) == set(b.active_monitoring_profiles)
            and (a.notes or None) == (b.notes or None))


class ProfileEdit(QUndoCommand):
    """One saved profile edit. Undo saves the previous draft over the current version; redo the new one."""

    def __init__(self, editor: ProfileEditor, code: str, name: str, before: ProfileDraft,
                 after: ProfileDraft) -> None:
        super().__init__(tr("edit the profile of {country}").format(country=name))  # after "Undo" in the menu
        self.editor = editor
        self.code = code
        self.before = before
        self.after = after
        self._saved = True  # the first redo, on push, was the save itself

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.editor.apply(self.code, self.after)

    def undo(self) -> None:
        self.editor.apply(self.code, self.before)


class ConflictBanner(QFrame):
    """Someone else changed the record: say so, and offer to reload."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("ConflictBanner { background: #fff4d6; border-radius: 4px; } QLabel { color: #5c4300; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reload = QPushButton(tr("Reload"))
        reload.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(reload, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_conflict(self, name: str, error: ConflictError) -> None:
        self.text.setText(tr(
            "<b>Someone else changed the profile of {country}</b> while you were editing it (you started "
            "from version {expected}, it is now at version {found}). Nothing was saved. "
            "Reload to see their version, then apply your change again.").format(
            country=name, expected=error.expected, found=error.found))
        self.show()


class ProfileEditor(QWidget):
    """The Profile tab: edit, save with optimistic locking, undo and redo through `undo_stack`."""

    reload_requested = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.profile: ProfileView | None = None
        #: The latest version of each profile this editor saved or loaded: what the next save expects.
        self.versions: dict[str, int] = {}
        self._busy = False
        self._queue: list[tuple[str, ProfileDraft, bool]] = []

        self.conflict = ConflictBanner()
        self.conflict.reload_requested.connect(self._reload)
        self.banner = Banner()

        exit_box = QGroupBox(tr("Irregular exit (S6)"))
        self.punished = QCheckBox(tr("Leaving the country irregularly is punished there"))
        exit_hint = QLabel(tr("Returnees who left irregularly then need a no-punishment guarantee valid on the "
                              "travel date."))
        exit_hint.setWordWrap(True)
        exit_hint.setObjectName("hint")
        exit_layout = QVBoxLayout(exit_box)
        exit_layout.addWidget(self.punished)
        exit_layout.addWidget(exit_hint)

        monitoring_box = QGroupBox(tr("Active monitoring required (S7)"))
        monitoring_hint = QLabel(tr("Returnees with these profiles can only be planned while the country "
                                    "authorises active monitoring."))
        monitoring_hint.setWordWrap(True)
        monitoring_hint.setObjectName("hint")
        grid = QGridLayout(monitoring_box)
        grid.addWidget(monitoring_hint, 0, 0, 1, 2)
        self.profiles: dict[VulnerabilityKind, QCheckBox] = {}
        for i, kind in enumerate(VulnerabilityKind):
            box = QCheckBox(label(kind))
            self.profiles[kind] = box
            grid.addWidget(box, 1 + i // 2, i % 2)

        notes_box = QGroupBox(tr("Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("Context a coordinator should know about returns to this country"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        QVBoxLayout(notes_box).addWidget(self.notes)

        self.save_button = QPushButton(tr("&Save profile"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Re&vert"))
        self.revert_button.clicked.connect(self.revert)
        self.undo_button = QPushButton(tr("&Undo"))
        self.undo_button.clicked.connect(undo_stack.undo)
        self.redo_button = QPushButton(tr("Red&o"))
        self.redo_button.clicked.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        undo_stack.undoTextChanged.connect(
            lambda t: self.undo_button.setToolTip(tr("Undo: {edit}").format(edit=t) if t else ""))
        undo_stack.redoTextChanged.connect(
            lambda t: self.redo_button.setToolTip(tr("Redo: {edit}").format(edit=t) if t else ""))
        self.undo_button.setEnabled(undo_stack.canUndo())
        self.redo_button.setEnabled(undo_stack.canRedo())
        self.state = QLabel()
        self.state.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addWidget(self.banner)
        layout.addWidget(exit_box)
        layout.addWidget(monitoring_box)
        layout.addWidget(notes_box, 1)
        layout.addLayout(buttons)

        self.punished.toggled.connect(self._edited)
        for box in self.profiles.values():
            box.toggled.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self._edited()

    # --- showing ----------------------------------------------------------------------------------
    def load(self, profile: ProfileView, *, force: bool = False) -> None:
        """Show `profile`; unsaved edits to the same country are kept unless `force`."""
        same_country = self.profile is not None and self.profile.code == profile.code
        if same_country and self.dirty() and not force:
            return
        if not same_country:
            self.conflict.hide()
        self.profile = profile
        self.versions[profile.code] = profile.version
        self._fill(draft_of(profile))
        self.banner.clear_message()

    def _fill(self, draft: ProfileDraft) -> None:
        widgets: list[QWidget] = [self.punished, self.notes, *self.profiles.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.punished.setChecked(draft.irregular_exit_punished)
            for kind, box in self.profiles.items():
                box.setChecked(kind in draft.active_monitoring_profiles)
            if self.notes.toPlainText() != (draft.notes or ""):
                self.notes.setPlainText(draft.notes or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._edited()

    def draft(self) -> ProfileDraft:
        return ProfileDraft(
            irregular_exit_punished=self.punished.isChecked(),
            active_monitoring_profiles=tuple(k for k, box in self.profiles.items() if box.isChecked()),
            notes=self.notes.toPlainText().strip() or None,
        )

    def dirty(self) -> bool:
        return self.profile is not None and not same(self.draft(), draft_of(self.profile))

    def _edited(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled(dirty and not self._busy)
        self.revert_button.setEnabled(dirty)
        if self.profile is not None:
            self.state.setText(tr("Unsaved changes") if dirty
                               else tr("Saved · version {version}").format(version=self.profile.version))

    # --- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.profile is None or not self.dirty():
            return
        self._run(self.profile.code, self.draft(), record=True)

    def revert(self) -> None:
        if self.profile is not None:
            self._fill(draft_of(self.profile))

    def apply(self, code: str, draft: ProfileDraft) -> None:
        """Save `draft` over the current version (what undo and redo do)."""
        self._run(code, draft, record=False)

    def _run(self, code: str, draft: ProfileDraft, *, record: bool) -> None:
        if self._busy:
            self._queue.append((code, draft, record))
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.conflict.hide()
        self.banner.clear_message()
        expected = self.versions.get(code)
        before = draft_of(self.profile) if self.profile is not None and self.profile.code == code else None
        name = country_name(code, self.profile.name if self.profile is not None else None)
        run_op(self, lambda: save_profile(self.store, code, draft, expected_version=expected),
               changes=Changes.of_countries(origin=self),
               on_success=lambda version: self._saved(code, name, before, draft, version, record),
               on_error=lambda error: self._failed(name, error), on_done=self._done)

    def _saved(self, code: str, name: str, before: ProfileDraft | None, draft: ProfileDraft, version: int,
               record: bool) -> None:
        self.versions[code] = version
        if self.profile is not None and self.profile.code == code:
            self.profile = ProfileView(
                code=code, name=self.profile.name, version=version,
                irregular_exit_punished=draft.irregular_exit_punished,
                active_monitoring_profiles=tuple(k for k in VulnerabilityKind
                                                 if k in draft.active_monitoring_profiles),
                notes=draft.notes)
            self._fill(draft)
        if record and before is not None and not same(before, draft):
            self.undo_stack.push(ProfileEdit(self, code, name, before, draft))

    def _failed(self, name: str, error: HomewardError) -> None:
        self._queue.clear()
        if isinstance(error, ConflictError):
            self.conflict.show_conflict(name, error)
        else:
            self.banner.show_message(error_text(error))

    def _done(self) -> None:
        self._busy = False
        self._edited()
        if self._queue:
            code, draft, record = self._queue.pop(0)
            self._run(code, draft, record=record)

    def _reload(self) -> None:
        self.conflict.hide()
        if self.profile is not None:
            self.versions.pop(self.profile.code, None)
            self.profile = None
        self.reload_requested.emit()
