"""`homeward self-test`: every part tried on throwaway data, the key kept in the keychain only while it runs, a
plaintext keyring refused, and a check that fails named with why (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from desktop import i18n
from desktop.cli import main
from desktop.commands import self_test
from tests.conftest import MemoryKeyring


def report(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_every_check_passes_and_the_key_leaves_the_keychain(memory_keyring: MemoryKeyring,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-test", "--json"]) == 0
    result = report(capsys)
    checks = {check["check"]: check for check in result["checks"]}  # type: ignore[attr-defined]
    assert list(checks) == [name for name, _check in self_test.CHECKS]
    assert all(check["passed"] for check in checks.values()) and result["passed"] is True
    assert "kept in the OS keychain (tests.conftest.MemoryKeyring)" in checks["database"]["detail"]
    assert "optimal (cp-sat" in checks["planner"]["detail"]
    assert "QR code's statement signed" in checks["travel letter"]["detail"]
    assert set(result["versions"]) >= {"Qt", "SQLCipher", "OR-Tools", "ReportLab"}  # type: ignore[arg-type]
    assert memory_keyring.secrets == {}  # the throwaway database's key was removed with it


def test_a_plaintext_keyring_is_not_used_and_a_passphrase_is_announced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import keyrings.alt.file

    plain = keyrings.alt.file.PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(plain)  # the autouse fixture restores the memory keychain
    monkeypatch.setattr(self_test, "CHECKS", self_test.CHECKS[:2])

    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert ("ok     database: no keychain: the keyring backend keyrings.alt.file.PlaintextKeyring is not an OS "
            "keychain and is not used; the app will ask for a passphrase") in out
    assert "ok     migrations: migrated to revision" in out and "every check passed" in out
    assert not (tmp_path / "keyring.cfg").exists()


def test_a_failing_check_names_itself_and_the_others_still_run(monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    checks = dict(self_test.CHECKS)
    monkeypatch.setattr(self_test, "CHECKS", tuple((name, checks[name]) for name in
                                                   ("database", "qt", "translations", "migrations")))
    monkeypatch.setattr(i18n, "compiled", lambda language, target_dir=None: None)  # no catalogue compiles

    assert main(["self-test"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[2] == "FAILED translations: RuntimeError: the Français catalogue is missing or does not compile " \
                     f"(self_test.py:{_line_of('is missing or does not compile')})"
    assert out[3].startswith("ok     migrations: migrated to revision")
    assert out[-1] == "FAILED: translations"


def test_the_frozen_application_loads_the_catalogues_it_ships(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "homeward_fr.qm"
    shipped.write_bytes(b"compiled")
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # the .qm without its .ts source, as homeward.spec ships it
    assert i18n.compiled("fr") == shipped
    assert i18n.compiled("ar") is None


def _line_of(text: str) -> int:
    source = Path(self_test.__file__).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(source, start=1) if text in line)


def test_only_names_the_checks_it_knows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-test", "--only", "planer"]) == 2
    assert ("[argument.unknown_check]: --only: no check called 'planer'; the checks: database, migrations, planner"
            in capsys.readouterr().err)


def test_the_window_opens_only_where_no_account_signs_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.commands.session import open_store
    from planning.security.accounts import create_first_administrator

    path = str(tmp_path / "office.db")
    store = open_store(path)
    try:
        create_first_administrator(store, "amira", "Amira Haddad", "a long enough password 42")
    finally:
        store.engine.dispose()
    assert main(["self-test", "--only", "qt", "--only", "window", "--window", path]) == 1
    out = capsys.readouterr().out
    assert f"FAILED window: RuntimeError: accounts sign in to encrypted file {path}: start the app and sign in" in out
