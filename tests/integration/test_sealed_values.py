"""Sealed values bound to their record: whoever opens the file with the keychain's key (plain sqlcipher3) and
swaps two sealed statements, moves an attachment's name, or writes plain text where a sealed value belongs, is
refused on reading and reported by `homeward keys check`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from desktop.cli import main
from desktop.commands.session import open_store
from monitoring.attachments import NewAttachment
from planning import protection
from planning.security.keys import load_key
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import Family, open_family
from tests.unit.monitoring.test_attachments import log_with_files

FATHER = "They will arrest me at the border for deserting"
MOTHER = "My brother was killed by the militia that controls our town"


def attacker(path: Path) -> sqlcipher3.Connection:
    """What anyone at the desktop can open: the file, with the key the keychain hands out."""
    key = load_key(path)
    assert key is not None
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
    return conn


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, Family]:
    path = tmp_path / "homeward.db"
    store = open_store(str(path))
    try:
        family = open_family(store)
        protection.raise_concern(store, family.father, date.today(), FATHER)
        protection.raise_concern(store, family.mother, date.today(), MOTHER)
    finally:
        store.engine.dispose()
    return path, family


def exported(path: Path, person: int, folder: Path) -> dict[str, object]:
    assert main(["--db", str(path), "subject-access", str(person), "-o", str(folder)]) == 0
    data: dict[str, object] = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    return data


def test_untouched_sealed_values_pass_the_check(database: tuple[Path, Family],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = database
    assert main(["--db", str(path), "keys", "check"]) == 0
    assert "all 2 protection statements open" in capsys.readouterr().out


def test_statements_swapped_between_two_people_are_refused_and_reported(
        database: tuple[Path, Family], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, family = database
    conn = attacker(path)
    (first, father_sealed), (second, mother_sealed) = conn.execute(
        "SELECT id, statement FROM protection_referral ORDER BY id").fetchall()
    conn.execute("UPDATE protection_referral SET statement = ? WHERE id = ?", (mother_sealed, first))
    conn.execute("UPDATE protection_referral SET statement = ? WHERE id = ?", (father_sealed, second))
    conn.close()

    data = exported(path, family.father, tmp_path / "father")
    statement = str(data["protection"][0]["statement"])  # type: ignore[index]
    assert MOTHER not in statement and "cannot be shown" in statement and "moved" in statement

    capsys.readouterr()
    assert main(["--db", str(path), "keys", "check"]) == 1
    out = capsys.readouterr().out
    assert f"protection_referral.statement {first}" in out and f"protection_referral.statement {second}" in out
    assert "2 of 2 protection statements cannot be opened" in out


def test_plain_text_where_a_statement_is_sealed_is_refused_and_reported(
        database: tuple[Path, Family], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, family = database
    conn = attacker(path)
    first = conn.execute("SELECT min(id) FROM protection_referral").fetchone()[0]
    conn.execute("UPDATE protection_referral SET statement = 'I withdraw my claim; I fear nothing' WHERE id = ?",
                 (first,))
    conn.close()

    data = exported(path, family.father, tmp_path / "father")
    statement = str(data["protection"][0]["statement"])  # type: ignore[index]
    assert "withdraw" not in statement and "plain text" in statement

    capsys.readouterr()
    assert main(["--db", str(path), "keys", "check"]) == 1
    out = capsys.readouterr().out
    assert f"protection_referral.statement {first}: holds plain text" in out


def test_attachments_swapped_within_a_follow_up_are_refused_and_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "homeward.db"
    opened = open_store(str(path))
    store = Store(opened.engine, opened.actor, opened.location, today=lambda: TODAY)
    log_with_files(store, NewAttachment("summons from the police.jpg", b"\xff\xd8\xff police summons"),
                   NewAttachment("partner report.pdf", b"%PDF-1.7 the family is well"))
    opened.engine.dispose()
    conn = attacker(path)
    (a, name_a, content_a, digest_a), (b, name_b, content_b, digest_b) = conn.execute(
        "SELECT id, filename, content, sha256 FROM follow_up_attachment ORDER BY id").fetchall()
    conn.execute("UPDATE follow_up_attachment SET filename = ?, content = ?, sha256 = ? WHERE id = ?",
                 (name_b, content_b, digest_b, a))
    conn.execute("UPDATE follow_up_attachment SET filename = ?, content = ?, sha256 = ? WHERE id = ?",
                 (name_a, content_a, digest_a, b))
    conn.close()

    assert main(["--db", str(path), "keys", "check"]) == 1
    out = capsys.readouterr().out
    for row in (a, b):
        assert f"follow_up_attachment.filename {row}" in out and f"follow_up_attachment.content {row}" in out
