"""Migration 0013 binds every sealed value to its record (and seals values written in the clear before field
encryption existed), on both backends; without the field key it changes nothing and says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine, text

from monitoring.attachments import NewAttachment, open_attachment, read_record
from planning import case_file, protection
from planning.errors import StorageError
from planning.security import sealed_fields
from planning.security.field_keys import forget_cached
from planning.storage import migrate
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.store import SYSTEM, Store
from tests.conftest import TODAY, MemoryKeyring
from tests.unit.monitoring.test_attachments import ENTRY, log_with_files

SAID = "They will arrest me at the border"
OLD_PLAIN = "Fears the traffickers (written before statements were sealed)"
FILES = (NewAttachment("summons.jpg", b"\xff\xd8\xff a summons"), NewAttachment("report.pdf", b"%PDF-1.7 well"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        location = resolve(str(tmp_path / "old.db"))
    else:
        location = resolve(request.getfixturevalue("pg_empty_url"))
    engine = open_engine(location)
    yield engine
    engine.dispose()


def values(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [str(v) for v in conn.execute(text(
            "SELECT statement FROM protection_referral UNION ALL SELECT notes FROM follow_up WHERE notes IS NOT NULL "
            "UNION ALL SELECT filename FROM follow_up_attachment")).scalars()]


def written_the_old_way(engine: Engine) -> tuple[Store, int, int]:
    """Statements, notes and files as revision 0012 wrote them: sealed bound to their column only, and one
    statement in the clear (from before field encryption)."""
    migrate.upgrade(engine)
    store = Store(engine, SYSTEM, today=lambda: TODAY)
    follow_up_id = log_with_files(store, *FILES)
    with engine.connect() as conn:
        case_id = int(conn.execute(text("SELECT case_id FROM monitoring_plan")).scalar_one())
    people = case_file.load(store, case_id).members
    protection.raise_concern(store, people[0].id, TODAY, SAID)
    plain = protection.raise_concern(store, people[1].id, TODAY, "replaced below")
    migrate.downgrade(engine, "0012")
    assert all(v.startswith("hw1:") for v in values(engine))
    with engine.begin() as conn:
        conn.execute(text("UPDATE protection_referral SET statement = :s WHERE id = :id"),
                     {"s": OLD_PLAIN, "id": plain})
    forget_cached(store)
    return store, case_id, follow_up_id


def test_old_values_are_bound_to_their_records(engine: Engine) -> None:
    store, case_id, follow_up_id = written_the_old_way(engine)

    migrate.upgrade(engine)

    assert all(v.startswith("hw2:") for v in values(engine))
    report = sealed_fields.check(store)
    assert report.ok, report.refused
    assert report.checked[sealed_fields.STATEMENT] == 2 and report.checked[sealed_fields.FILE_CONTENT] == 2
    statements = [r.statement for m in case_file.load(store, case_id).members for r in m.referrals]
    assert statements == [SAID, OLD_PLAIN]
    record = read_record(store, follow_up_id)
    assert record.notes == ENTRY.notes
    assert open_attachment(store, record.attachments[1].id) == (FILES[1].filename, FILES[1].content)


def test_without_the_field_key_nothing_changes_and_the_error_says_what_to_do(
        engine: Engine, memory_keyring: MemoryKeyring) -> None:
    written_the_old_way(engine)
    before = values(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE field_key SET embedded_copy = NULL"))
    keyring.set_keyring(MemoryKeyring())  # another desktop: its keychain has never held the field key

    with pytest.raises(StorageError) as refused:
        migrate.upgrade(engine)

    assert refused.value.key == "storage.reseal_needs_key"
    assert "7 sealed values" in refused.value.message and "keys import-field-key" in refused.value.message
    assert migrate.current_revision(engine) == "0012" and values(engine) == before
