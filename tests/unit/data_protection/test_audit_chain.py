"""The audit log is a hash chain: verify names the first altered, removed or inserted entry."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planning.audit_chain import verify
from planning.storage.models import AuditChainHead, AuditEntry
from planning.storage.store import Store
from tests.unit.data_protection.tamper import as_officer, bypassing_triggers, write_entries


def test_an_untouched_chain_verifies(any_store: Store) -> None:
    write_entries(any_store, 12)

    report = verify(as_officer(any_store))

    assert report.ok, report.broken
    assert report.entries == 12
    with any_store.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        head = session.get(AuditChainHead, 1)
    assert [e.seq for e in entries] == list(range(1, 13))
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    assert head is not None and head.seq == 12 and head.hash == entries[-1].hash == report.head_hash


def test_entries_of_one_transaction_follow_each_other(any_store: Store) -> None:
    from planning import audit

    with any_store.transaction() as session:
        for n in range(3):
            audit.record(session, any_store.actor, "test.many", ("thing", n))
    write_entries(any_store, 1)

    assert verify(as_officer(any_store)).ok


def test_a_rolled_back_transaction_leaves_no_gap(any_store: Store) -> None:
    from planning import audit

    write_entries(any_store, 2)
    with pytest.raises(RuntimeError), any_store.transaction() as session:
        audit.record(session, any_store.actor, "test.lost", ("thing", 9))
        raise RuntimeError("the change fails")
    write_entries(any_store, 2)

    report = verify(as_officer(any_store))
    assert report.ok, report.broken
    assert report.head_seq == 4


def test_an_altered_payload_is_named(any_store: Store) -> None:
    ids = write_entries(any_store, 6)
    bypassing_triggers(any_store, "UPDATE audit_entry SET after = :v WHERE id = :id", v='{"value": 99}', id=ids[3])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.entry_id, broken.seq) == ("altered", ids[3], 4)
    assert broken.actor == "coordinator1" and broken.action == "test.change"
    assert "before/after" in broken.detail
    assert f"entry {ids[3]}" in broken.describe()


def test_an_altered_actor_is_named(any_store: Store) -> None:
    ids = write_entries(any_store, 5)
    bypassing_triggers(any_store, "UPDATE audit_entry SET actor = 'someone' WHERE id = :id", id=ids[1])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.entry_id, broken.actor) == ("altered", ids[1], "someone")


def test_an_entry_removed_in_the_middle_is_named(any_store: Store) -> None:
    ids = write_entries(any_store, 7)
    bypassing_triggers(any_store, "DELETE FROM audit_entry WHERE id = :id", id=ids[4])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert broken.kind == "removed"
    assert broken.entry_id == ids[5]
    assert "position 5" in broken.detail


def test_entries_removed_at_the_end_are_found(any_store: Store) -> None:
    ids = write_entries(any_store, 4)
    bypassing_triggers(any_store, "DELETE FROM audit_entry WHERE id >= :id", id=ids[2])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.entry_id) == ("removed", ids[1])
    assert "last 2" in broken.detail


def test_a_head_moved_back_without_the_key_is_named(any_store: Store) -> None:
    ids = write_entries(any_store, 5)
    bypassing_triggers(any_store, "DELETE FROM audit_entry WHERE id > :id", id=ids[2])
    with any_store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_chain_head SET seq = 3, hash = (SELECT hash FROM audit_entry WHERE id = :id)"),
                     {"id": ids[2]})

    broken = verify(as_officer(any_store)).broken
    assert broken is not None
    assert broken.kind == "head" and "position 3" in broken.detail and "signature" in broken.detail

    write_entries(any_store, 1)  # the next write finds it, records it, and carries on
    broken = verify(as_officer(any_store)).broken
    assert broken is not None
    assert (broken.kind, broken.seq, broken.action) == ("head", 4, "audit.head_moved")


def test_an_inserted_entry_is_named(any_store: Store) -> None:
    ids = write_entries(any_store, 3)
    with any_store.reading() as session:
        last = session.get(AuditEntry, ids[-1])
        assert last is not None
    with any_store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO audit_entry (at, actor, action, entity, seq, digest, prev_hash, hash) "
            "VALUES (:at, 'intruder', 'case.update', 'case_file', 4, :d, :p, :h)"),
            {"at": last.at, "d": last.digest, "p": last.hash, "h": "f" * 64})

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.actor) == ("inserted", "intruder")


def test_an_entry_relinked_without_the_chain_key_is_named_as_recomputed(any_store: Store) -> None:
    from planning.audit import entry_hash

    ids = write_entries(any_store, 4)
    with any_store.reading() as session:
        entry = session.get(AuditEntry, ids[1])
        assert entry is not None
        session.expunge(entry)
    entry.actor = "forger"
    bypassing_triggers(any_store, "UPDATE audit_entry SET actor = 'forger', hash = :h WHERE id = :id",
                       h=entry_hash(entry), id=ids[1])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.entry_id) == ("recomputed", ids[1])
    assert "without the key" in broken.detail


def test_a_replaced_entry_relinked_with_the_key_breaks_the_next_link(any_store: Store) -> None:
    """Someone holding the chain key can re-link one entry; the next entry's link still shows it."""
    from planning import audit_keys
    from planning.audit import entry_hash
    from planning.audit_chain import read_head

    ids = write_entries(any_store, 4)
    with any_store.reading() as session:
        entry = session.get(AuditEntry, ids[1])
        head = read_head(session)
        assert entry is not None and head is not None
        key = audit_keys.load(session.connection(), head)
        session.expunge(entry)
    entry.actor = "forger"
    bypassing_triggers(any_store, "UPDATE audit_entry SET actor = 'forger', hash = :h WHERE id = :id",
                       h=entry_hash(entry, key), id=ids[1])

    broken = verify(as_officer(any_store)).broken

    assert broken is not None
    assert (broken.kind, broken.entry_id) == ("inserted", ids[2])


def test_the_triggers_still_refuse_ordinary_edits(any_store: Store) -> None:
    ids = write_entries(any_store, 1)
    with pytest.raises(DBAPIError, match="append-only"), any_store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET before = NULL, after = NULL WHERE id = :id"), {"id": ids[0]})
    with pytest.raises(DBAPIError, match="append-only"), any_store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET redacted_by = 5, actor = 'x', before = NULL, after = NULL "
                          "WHERE id = :id"), {"id": ids[0]})


def test_desktops_writing_at_once_keep_one_line(pg_store: Store) -> None:
    """Four connections write 25 audited changes each at the same time; the chain stays whole."""
    from concurrent.futures import ThreadPoolExecutor

    from planning.storage.engine import open_engine

    assert pg_store.location is not None
    stores = [Store(open_engine(pg_store.location), pg_store.actor, pg_store.location) for _ in range(4)]
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda s: write_entries(s, 25), stores))
    finally:
        for other in stores:
            other.engine.dispose()

    assert sum(len(r) for r in results) == 100
    report = verify(as_officer(pg_store))
    assert report.ok, report.broken
    assert report.head_seq == report.entries == 100


def test_the_viewer_pages_newest_first_with_filters(any_store: Store) -> None:
    from datetime import date

    from planning import audit_log
    from planning.errors import PermissionDenied
    from planning.storage.store import Actor
    from planning.vocabulary import Role

    write_entries(any_store, 7)
    officer = any_store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER))
    with pytest.raises(PermissionDenied, match="audit log"):
        audit_log.page(any_store, audit_log.AuditFilter())

    first = audit_log.page(officer, audit_log.AuditFilter(), limit=3)
    second = audit_log.page(officer, audit_log.AuditFilter(), below=first[-1].seq, limit=3)
    assert [r.seq for r in first + second] == [7, 6, 5, 4, 3, 2]
    assert first[0].before == {"value": 6} and first[0].after == {"value": 7}
    assert len(audit_log.page(officer, audit_log.AuditFilter(actor="COORDINATOR1", action="test."))) == 7
    assert audit_log.page(officer, audit_log.AuditFilter(actor="someone")) == []
    assert audit_log.page(officer, audit_log.AuditFilter(case_reference="HW-2026-999999")) == []
    assert audit_log.page(officer, audit_log.AuditFilter(end=date(2020, 1, 1))) == []
    assert "test." in audit_log.actions(officer)
