"""`homeward keys export-field-key` / `import-field-key` on a PostgreSQL database shared by two desktops."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from desktop.cli import main
from desktop.commands.session import open_store
from planning import case_file, protection
from planning.errors import KeychainError
from planning.security.field_keys import forget_cached
from tests.conftest import MemoryKeyring
from tests.scenarios import open_family

pytestmark = pytest.mark.postgres


def test_a_second_desktop_imports_the_field_key_and_reads_the_statement(
        pg_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_empty_url
    pg_store = open_store(url)
    family = open_family(pg_store, "GEO", "Tbilisi")
    protection.raise_concern(pg_store, family.father, pg_store.today(), "They will arrest me at the border")
    export = tmp_path / "field-key.json"
    monkeypatch.setenv("HOMEWARD_FIELD_KEY_PASSPHRASE", "a passphrase long enough")

    assert main(["--db", url, "keys", "export-field-key", str(export),
                 "--passphrase-env", "HOMEWARD_FIELD_KEY_PASSPHRASE"]) == 0
    assert "written to" in capsys.readouterr().out

    keyring.set_keyring(MemoryKeyring())  # the second desktop
    forget_cached(pg_store)
    statement = case_file.load(pg_store, family.case_id).members[0].referrals[0].statement
    assert "import-field-key" in statement and "arrest" not in statement
    second = open_store(url)
    with pytest.raises(KeychainError) as missing:  # nor can it add to the audit chain
        open_family(second, "GEO", "Kutaisi")
    assert missing.value.key == "audit.chain_key_missing"

    assert main(["--db", url, "keys", "import-field-key", str(export), "--passphrase-env", "NOT_SET"]) == 2
    assert "NOT_SET is not set" in capsys.readouterr().err
    assert main(["--db", url, "keys", "import-field-key", str(export),
                 "--passphrase-env", "HOMEWARD_FIELD_KEY_PASSPHRASE"]) == 0
    forget_cached(pg_store)
    assert case_file.load(pg_store, family.case_id).members[0].referrals[0].statement == \
        "They will arrest me at the border"
    open_family(second, "GEO", "Kutaisi")  # the chain key came in the same file
    second.engine.dispose()
    pg_store.engine.dispose()
