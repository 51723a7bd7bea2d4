"""Running service calls from the UI: off the GUI thread, one database worker, results by signal.

    run_op(self, lambda: cases.open_case(store, draft), changes=Changes(cases=True),
           on_success=self.opened, on_error=self.form.show_error)

Writes go through a single worker thread (like Anki's collection ops) so they never contend for
the database; reads may use the shared pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.changes import ChangeHub, Changes
from desktop.forms import FieldErrors
from desktop.i18n import tr
from desktop.service_text import error_text
from desktop.tasks import Task
from planning.errors import HomewardError
from planning.storage.store import Changed, collect_changes

T = TypeVar("T")

_hub: ChangeHub | None = None
_writer: QThreadPool | None = None


def hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def writer_pool() -> QThreadPool:
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


def show_known_error(parent: QWidget | None, error: HomewardError) -> None:
    QMessageBox.warning(parent, "Homeward", error_text(error))


def show_crash(parent: QWidget | None, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Homeward — unexpected error"),
                      tr("Something went wrong that Homeward did not expect. Nothing was half-saved: "
                         "the action that failed was rolled back."), parent=parent)
    box.setDetailedText(details)
    box.open()


def run_op(
    parent: QWidget,
    work: Callable[[], T],
    *,
    changes: Changes | Callable[[T], Changes] | None = None,
    on_success: Callable[[T], Any] | None = None,
    on_error: Callable[[HomewardError], Any] | None = None,
    on_done: Callable[[], Any] | None = None,
) -> Task:
    """Run a changing service call on the database worker; when it succeeds, announce what its units of
    work changed (read from their audit entries), with `changes` for what the caller knows besides
    (its `origin`, a flag for a page that shows something no audit entry names)."""

    def observed(_state: object) -> tuple[T, Changed]:
        with collect_changes() as changed:
            return work(), changed

    task = Task(observed, parent=parent)

    def succeeded(outcome: tuple[T, Changed]) -> None:
        result, changed = outcome
        if on_success is not None:
            on_success(result)
        declared = changes(result) if callable(changes) else changes
        if changed or declared is not None:
            announced = Changes.of(changed, declared.origin if declared is not None else None)
            hub().announce(announced | declared if declared is not None else announced)

    task.succeeded.connect(succeeded)
    task.failed_known.connect(on_error or (lambda exc: show_known_error(parent, exc)))
    task.crashed.connect(lambda details: show_crash(parent, details))
    if on_done is not None:
        task.finished.connect(on_done)
    task.start(writer_pool())
    return task


def run_query(
    parent: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], Any],
    *,
    kind: str = "",
    on_error: Callable[[HomewardError], Any] | None = None,
) -> Task:
    """Run a read in the background; a newer query of the same `kind` supersedes an older one."""
    task = Task(lambda _state: work(), kind=kind, parent=parent)
    task.succeeded.connect(on_success)
    widget = parent if isinstance(parent, QWidget) else None
    task.failed_known.connect(on_error or (lambda exc: show_known_error(widget, exc)))
    task.crashed.connect(lambda details: show_crash(widget, details))
    task.start()
    return task


def save_and_close(dialog: QDialog, buttons: QWidget, errors: FieldErrors, work: Callable[[], T], *,
                   changes: Changes, keep: Callable[[T], Any] | None = None) -> Task:
    """A dialog's Save: `work` on the database worker with the buttons disabled; on success `keep` its result
    and close the dialog, on a known error show it under the field it names (or in the banner)."""
    errors.clear()
    buttons.setEnabled(False)

    def saved(result: T) -> None:
        if keep is not None:
            keep(result)
        dialog.accept()

    return run_op(dialog, work, changes=changes, on_success=saved, on_error=errors.show_error,
                  on_done=lambda: buttons.setEnabled(True))
