"""Notes, protection statements and attachments sealed at field level; the field key kept in the keychain."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, text

from monitoring.attachments import NewAttachment, attach, open_attachment, read_record
from monitoring.followups import FollowUpEntry, log_follow_up
from planning import case_file, protection
from planning.errors import KeychainError, ValidationError
from planning.security.field_crypto import FieldCryptoError
from planning.security.field_keys import export_field_key, field_cipher, forget_cached, import_field_key
from planning.storage.models import AuditEntry, FieldKey, FollowUp, FollowUpAttachment
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
from planning.storage.store import Store
from planning.vocabulary import Role
from tests.conftest import TODAY, MemoryKeyring
from tests.unit.monitoring.helpers import arrived_family, as_of, follow_ups, row_counts

SUMMONS = NewAttachment("summons from the police.jpg", b"\xff\xd8\xff" + b"JPEG bytes of a summons" * 50)
REPORT = NewAttachment("partner report.pdf", b"%PDF-1.7 partner says the family is well")
ENTRY = FollowUpEntry(done_on=TODAY, mode=ContactMode.PHONE, contact_made=True, readmitted_without_problems=True,
                      notes="Lives behind the mosque on Rustaveli street; afraid of the neighbour")


def log_with_files(store: Store, *files: NewAttachment) -> int:
    _, plan = arrived_family(store)
    follow_up = next(f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE)
    return log_follow_up(as_of(store, TODAY, Role.MONITOR, "mona"), follow_up.id, ENTRY, attachments=files)\
        .follow_up_id


def raw(store: Store, sql: str) -> list[object]:
    with store.engine.connect() as connection:
        return [value for row in connection.execute(text(sql)) for value in row]


def test_notes_and_attachments_are_unreadable_in_the_tables_and_open_for_the_reader(any_store: Store) -> None:
    follow_up_id = log_with_files(any_store, SUMMONS, REPORT)

    stored = " ".join(str(value) for value in raw(any_store, "SELECT notes FROM follow_up WHERE notes IS NOT NULL")
                      + raw(any_store, "SELECT filename FROM follow_up_attachment"))
    assert "mosque" not in stored and "summons" not in stored and "partner" not in stored
    contents = raw(any_store, "SELECT content FROM follow_up_attachment")
    assert all(b"summons" not in bytes(c) and b"partner" not in bytes(c) for c in contents)  # type: ignore[arg-type]

    record = read_record(any_store, follow_up_id)
    assert record.notes == ENTRY.notes
    assert [(a.filename, a.media_type, a.size) for a in record.attachments] == [
        (SUMMONS.filename, "image/jpeg", len(SUMMONS.content)), (REPORT.filename, "application/pdf",
                                                                 len(REPORT.content))]
    assert open_attachment(any_store, record.attachments[0].id) == (SUMMONS.filename, SUMMONS.content)
    with any_store.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("follow_up.attach") == 2
    assert "follow_up.read_record" in actions and "follow_up.open_attachment" in actions


def test_a_protection_statement_is_sealed_and_shown_in_the_case_file(any_store: Store) -> None:
    family, _ = arrived_family(any_store)
    protection.raise_concern(any_store, family.father, TODAY, "I fear the militia in my village")

    assert all("militia" not in str(v) for v in raw(any_store, "SELECT statement FROM protection_referral"))
    assert all("militia" not in str(v) for v in raw(any_store, "SELECT after FROM audit_entry"))
    view = case_file.load(any_store, family.case_id)
    statements = [r.statement for m in view.members for r in m.referrals]
    assert statements == ["I fear the militia in my village"]


def test_an_altered_or_moved_sealed_value_does_not_open(store: Store) -> None:
    first = log_with_files(store, SUMMONS)
    second = log_with_files(store)
    with store.transaction() as session:
        row = session.scalars(select(FollowUpAttachment)).one()
        row.content = row.content[:-1] + bytes([row.content[-1] ^ 1])
        notes = session.get(FollowUp, first)
        other = session.get(FollowUp, second)
        assert notes is not None and other is not None
        other.notes = notes.notes  # a sealed note pasted onto another follow-up
    with pytest.raises(FieldCryptoError, match="altered"):
        open_attachment(store, read_record(store, first).attachments[0].id)
    assert read_record(store, second).notes is not None
    assert "cannot be shown here" in (read_record(store, second).notes or "")


@pytest.mark.parametrize(("files", "says"), [
    ((NewAttachment("run.exe", b"MZ"),), "cannot be attached"),
    ((NewAttachment("../etc/passwd.txt", b"x"),), "plain file name"),
    ((NewAttachment("empty.pdf", b""),), "empty"),
    ((NewAttachment("huge.pdf", b"x" * (10 * 1024 * 1024 + 1)),), "limit is 10 MB"),
    (tuple(NewAttachment(f"p{i}.png", b"png") for i in range(11)), "at most 10"),
])
def test_bad_files_are_named_and_nothing_is_logged(store: Store, files: tuple[NewAttachment, ...],
                                                   says: str) -> None:
    _, plan = arrived_family(store)
    follow_up = next(f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE)
    before = row_counts(store)
    with pytest.raises(ValidationError, match=says) as caught:
        log_follow_up(store, follow_up.id, ENTRY, attachments=files)
    assert caught.value.field == "attachments"
    assert row_counts(store) == before


def test_files_can_be_added_after_logging(store: Store) -> None:
    follow_up_id = log_with_files(store)
    attach(store, follow_up_id, [REPORT])
    assert [a.filename for a in read_record(store, follow_up_id).attachments] == [REPORT.filename]


def test_a_server_database_never_holds_the_key_and_another_desktop_must_import_it(
        pg_store: Store, tmp_path: Path) -> None:
    follow_up_id = log_with_files(pg_store, REPORT)
    with pg_store.reading() as session:
        assert session.scalars(select(FieldKey.embedded_copy)).one() is None
    export = tmp_path / "field-key.json"
    officer = as_of(pg_store, TODAY, Role.DATA_PROTECTION_OFFICER, "dpo")  # keys are the officer's to move
    key_id = export_field_key(officer, export, "correct horse battery")
    assert key_id.encode() in export.read_bytes() and field_cipher(pg_store).key not in export.read_bytes()

    keyring.set_keyring(MemoryKeyring())  # another desktop: an empty keychain
    forget_cached(pg_store)
    assert "import-field-key" in (read_record(pg_store, follow_up_id).notes or "")
    attachment_id = read_record(pg_store, follow_up_id).attachments[0].id
    with pytest.raises(KeychainError, match="import-field-key"):
        open_attachment(pg_store, attachment_id)
    with pytest.raises(ValidationError, match="passphrase"):
        import_field_key(officer, export, "wrong passphrase!")
    assert import_field_key(officer, export, "correct horse battery") == key_id
    assert read_record(pg_store, follow_up_id).attachments[0].filename == REPORT.filename


def test_an_embedded_database_without_a_keychain_still_opens_its_notes(store: Store) -> None:
    follow_up_id = log_with_files(store)

    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("no keychain")

    keyring.set_keyring(Broken())
    forget_cached(store)
    assert read_record(store, follow_up_id).notes == ENTRY.notes


def test_an_export_from_another_database_is_refused(store: Store, pg_store: Store, tmp_path: Path) -> None:
    log_with_files(store)
    log_with_files(pg_store)
    export = tmp_path / "other.json"
    officer = as_of(store, TODAY, Role.DATA_PROTECTION_OFFICER, "dpo")
    server_officer = as_of(pg_store, TODAY, Role.DATA_PROTECTION_OFFICER, "dpo")
    export_field_key(officer, export, "a long passphrase")
    with pytest.raises(ValidationError, match="this database uses"):
        import_field_key(server_officer, export, "a long passphrase")
    with pytest.raises(ValidationError, match="at least 10"):
        export_field_key(officer, tmp_path / "short.json", "short")
    with pytest.raises(ValidationError, match="not a Homeward field key"):
        (tmp_path / "junk.json").write_text("{}")
        import_field_key(officer, tmp_path / "junk.json", "a long passphrase")


def test_notes_of_a_missed_contact_are_sealed_too(store: Store) -> None:
    follow_up_id = log_with_files(store)
    _, plan = arrived_family(store)
    due = next(f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE)
    missed = log_follow_up(store, due.id, replace(ENTRY, contact_made=False, readmitted_without_problems=None,
                                                  mode=ContactMode.PHONE, notes="Phone switched off"))
    assert missed.status is FollowUpStatus.MISSED
    assert read_record(store, missed.follow_up_id).notes == "Phone switched off"
    assert read_record(store, follow_up_id).notes == ENTRY.notes
