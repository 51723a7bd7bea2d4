"""Exports, printed documents, backups and temporary copies hold personal data in the clear: another account on
the same machine must not read them (files 0600, the folders Homeward creates 0700), and a copy opened in
another program does not outlive a crash of the app."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import open_copies
from desktop.cli import main
from desktop.commands.session import open_store
from monitoring.attachments import NewAttachment
from planning import protection
from planning.storage.models import Person
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import assurances
from tests.unit.monitoring.test_attachments import log_with_files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most desktops run with: new files 0644, new folders 0755
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(top: Path) -> None:
    assert mode(top) == 0o700, top
    found = list(top.rglob("*"))
    assert found
    for path in found:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), (path, oct(mode(path)))


def test_a_subject_access_export_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "homeward.db"
    opened = open_store(str(db))
    store = Store(opened.engine, opened.actor, opened.location, today=lambda: TODAY)
    log_with_files(store, NewAttachment("summons.jpg", b"\xff\xd8\xff summons"))
    with store.reading() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
    protection.raise_concern(store, person.id, TODAY, "They will arrest me at the border")
    opened.engine.dispose()
    exports = tmp_path / "exports"

    assert main(["--db", str(db), "subject-access", str(person.id), "-o", str(exports / "officer")]) == 0

    assert_private(exports)
    assert "arrest" in next(exports.rglob("*.json")).read_text(encoding="utf-8")  # what the modes protect


def test_printed_documents_and_backups_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "homeward.db"
    store = open_store(str(db))
    assurances(store)
    store.engine.dispose()

    assert main(["--db", str(db), "print", "assurance-summary", "GEO", "-o", str(tmp_path / "printed" / "g.pdf")]) == 0
    assert main(["--db", str(db), "backup", str(tmp_path / "backups" / "copy.hwb")]) == 0

    assert_private(tmp_path / "printed")
    assert_private(tmp_path / "backups")


def test_an_open_scan_copy_is_private_and_removed_at_the_next_start_after_a_crash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    crashed = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from desktop import open_copies; "
         "print(open_copies.open_copy('scan of the assurance.pdf', b'%PDF-1.4 secret'), flush=True); time.sleep(60)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ})
    assert crashed.stdout is not None
    copy = Path(crashed.stdout.readline().strip())
    assert copy.read_bytes() == b"%PDF-1.4 secret" and mode(copy) == 0o600 and mode(copy.parent) == 0o700
    crashed.send_signal(signal.SIGKILL)  # the app dies with the copy open
    crashed.communicate()
    mine = open_copies.open_copy("mine.pdf", b"%PDF-1.4 still open here")

    open_copies.remove_left_over()  # what the next start does

    assert not copy.exists() and not copy.parent.exists()
    assert mine.exists()  # a copy of a running Homeward stays
    open_copies.remove_own()
    assert not mine.exists()
