"""File › Restore from backup…: what the backup is, against the database, before anything is replaced.

A backup of this installation that continues the database's history asks a plain confirmation. An
older one, one whose history went another way, or another installation's says what the restore would
undo (the audit entries counted, their period and the kinds of records they touched) and restores only
once the officer ticks that she understands.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.labels import when
from planning.backups import DIVERGED, OTHER_INSTALLATION, Comparison


def description(comparison: Comparison) -> str:
    """The comparison in the interface language (rich text)."""
    backup = comparison.backup
    where = tr("The backup {path} holds installation {installation} with its audit log up to position {seq}.").format(
        path=html.escape(str(backup.path)), installation=backup.installation_id or "?", seq=backup.head_seq or 0)
    consent = comparison.consent
    if consent is None:
        return (f"<p>{where}</p><p>" + tr("Restoring replaces everything in the database with the backup's content. "
                                          "What the database holds now is kept as a safety copy next to it.")
                + "</p>")
    span = tr("written from {start} to {end}").format(
        start=when(comparison.lost_from) if comparison.lost_from else "…",
        end=when(comparison.lost_to) if comparison.lost_to else "…")
    touched = html.escape(", ".join(f"{action} ×{count}" for action, count in comparison.lost_actions) or "—")
    if comparison.kind == OTHER_INSTALLATION:
        what = tr("This backup is of <b>another installation</b>; this database is installation {ours}. Restoring it "
                  "replaces everything here and undoes all %n audit entries of this database ({span}), which "
                  "touched: {touched}.", None, comparison.lost)
    elif comparison.kind == DIVERGED:
        what = tr("This backup's history <b>went another way</b> than the database's after position {common}. "
                  "Restoring it undoes the last %n audit entries of this database ({span}), which touched: "
                  "{touched}.", None, comparison.lost)
    else:
        what = tr("This backup is <b>older</b> than the database (at position {live}). Restoring it undoes the last "
                  "%n audit entries ({span}), which touched: {touched}. A protection concern, a refusal or a "
                  "review decision recorded since then would be gone.", None, comparison.lost)
    what = what.format(ours=comparison.live_installation, common=comparison.common_seq, live=comparison.live_seq,
                       span=span, touched=touched)
    return (f"<p>{where}</p><p>{what}</p><p>" + tr("What the database holds now is kept as a safety copy next to "
                                                   "it; the restore is written to the restore log in your data "
                                                   "folder and to the audit log.") + "</p>")


class RestoreDialog(QDialog):
    """The comparison, and Restore: enabled at once for a plain restore, after the tick for one that undoes."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.setWindowTitle(tr("Restore from a backup"))
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.text = QLabel(description(comparison))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.understood = QCheckBox(tr("I understand what this restore undoes, and restore this backup"))
        self.understood.setVisible(comparison.consent is not None)
        layout.addWidget(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(tr("Restore"))
        self.restore_button.setEnabled(comparison.consent is None)
        self.understood.toggled.connect(self.restore_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
