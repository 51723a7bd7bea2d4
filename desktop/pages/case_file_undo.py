"""Undo for the edits that are safe to undo: a member's particulars and the case's details.

Undo re-applies the previous values through the same service, against the record's current version
(so someone else's later change is never silently overwritten: that undo fails with a conflict).
Voluntariness and protection records are append-only and never reach this stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

V = TypeVar("V")

#: Runs a service call in the background; calls back with the new version, or None if it failed.
Runner = Callable[[Callable[[], int], Callable[[int | None], None]], None]


class ServiceEdit(QUndoCommand, Generic[V]):
    """One saved edit. The first redo is the save that already happened."""

    def __init__(self, text: str, apply: Callable[[V, int], int], before: V, after: V, version: int,
                 current_version: Callable[[], int], run: Runner) -> None:
        super().__init__(text)
        self._apply = apply
        self._before = before
        self._after = after
        self._version = version  # the version our last apply produced
        self._current = current_version
        self._run = run
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._send(self._after)

    def undo(self) -> None:
        self._send(self._before)

    def _send(self, values: V) -> None:
        version = max(self._version, self._current())
        apply = self._apply
        self._run(lambda: apply(values, version), self._applied)

    def _applied(self, version: int | None) -> None:
        if version is not None:
            self._version = version
