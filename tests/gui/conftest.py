"""What the GUI tests share: `settle` lets background work finish before a test's database goes, `wait`
waits for a condition on the event loop, `language` installs an interface language for one test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.ops import writer_pool

#: How long a test waits for a condition or for background work, in milliseconds.
TIMEOUT = 5000

Wait = Callable[..., None]


def drain(timeout: int = 2 * TIMEOUT) -> None:
    """Let every background task finish: the database writer's and the readers' pools."""
    writer_pool().waitForDone(timeout)
    QThreadPool.globalInstance().waitForDone(timeout)


@pytest.fixture
def settle() -> Iterator[None]:
    """After the test, background work finishes (ask for it after `store`, so it runs before the database is
    closed)."""
    yield
    drain()


@pytest.fixture
def wait(qtbot: QtBot) -> Wait:
    """`wait(condition)`: run the event loop until `condition()` is true (fails after `TIMEOUT` ms)."""

    def until(condition: Callable[[], object], timeout: int = TIMEOUT) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    return until


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the catalogues are compiled, once for the session."""
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def language(qapp: QApplication, catalogues: Path) -> Iterator[Callable[[str], None]]:
    """`language("ar")`: the interface in that language for the test; plain English with ISO dates after."""

    def install(code: str) -> None:
        i18n.install(qapp, code, catalogues)

    i18n.reset()
    yield install
    i18n.reset()


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[None]:
    """The application's settings in a file of the test's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
