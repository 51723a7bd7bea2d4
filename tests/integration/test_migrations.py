"""Migrations on an empty encrypted SQLite file and an empty PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from planning.errors import StorageError
from planning.storage import migrate, name_index
from planning.storage.base import Base
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.triggers import APPEND_ONLY_TABLES, statements
from tests.integration.rows import insert_household


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a database with no tables at all."""
    if request.param == "sqlite":
        location = resolve(str(tmp_path / "empty.db"))
    else:
        location = resolve(request.getfixturevalue("pg_empty_url"))
    engine = open_engine(location)
    yield engine
    engine.dispose()


@pytest.fixture
def migrated(empty_engine: Engine) -> Engine:
    migrate.upgrade(empty_engine)
    return empty_engine


def trigger_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        else:
            rows = conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
        return {row[0] for row in rows}


def test_upgrade_of_an_empty_database_reaches_head(empty_engine: Engine) -> None:
    assert migrate.current_revision(empty_engine) is None

    migrate.upgrade(empty_engine)

    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    tables = set(inspect(empty_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrated_schema_matches_the_models(migrated: Engine) -> None:
    assert migrate.pending_diff(migrated) == []


def test_migrations_install_the_same_triggers_as_create_all(migrated: Engine) -> None:
    with migrated.connect() as conn:
        expected = {
            name
            for table in APPEND_ONLY_TABLES
            for sql in statements(conn.dialect.name, table.name)
            if (name := trigger_name(sql))
        }
        if conn.dialect.name == "sqlite":  # the name index's FTS5 table is kept in step by triggers
            expected |= set(name_index.SQLITE_TRIGGERS)
    assert expected
    assert trigger_names(migrated) == expected


def trigger_name(sql: str) -> str | None:
    words = sql.split()
    if words[:2] == ["CREATE", "TRIGGER"]:
        return words[5] if words[2:5] == ["IF", "NOT", "EXISTS"] else words[2]
    return None


@pytest.mark.parametrize(
    ("table", "statement"),
    [
        ("voluntariness_event", "UPDATE voluntariness_event SET statement = 'changed' WHERE id = :id"),
        ("voluntariness_event", "DELETE FROM voluntariness_event WHERE id = :id"),
        ("audit_entry", "UPDATE audit_entry SET actor = 'someone else' WHERE id = :id"),
        ("audit_entry", "DELETE FROM audit_entry WHERE id = :id"),
    ],
)
def test_append_only_tables_refuse_update_and_delete(migrated: Engine, table: str, statement: str) -> None:
    ids = insert_household(migrated)
    row_id = ids.event if table == "voluntariness_event" else ids.audit

    with pytest.raises(DBAPIError, match="append-only"), migrated.begin() as conn:
        conn.execute(text(statement), {"id": row_id})

    with migrated.connect() as conn:
        count = conn.execute(text(f"SELECT count(*) FROM {table} WHERE id = :id"), {"id": row_id})
        assert count.scalar() == 1


def test_downgrade_to_base_then_upgrade_again(migrated: Engine) -> None:
    migrate.downgrade(migrated, "base")

    assert migrate.current_revision(migrated) is None
    assert set(inspect(migrated).get_table_names()) <= {migrate.VERSION_TABLE}
    assert trigger_names(migrated) == set()

    migrate.upgrade(migrated)

    assert migrate.current_revision(migrated) == migrate.head_revision()
    assert migrate.pending_diff(migrated) == []
    assert len(trigger_names(migrated)) >= 2


def test_ensure_current_creates_then_leaves_alone(empty_engine: Engine) -> None:
    head = migrate.head_revision()

    assert migrate.ensure_current(empty_engine) == (None, head)
    assert migrate.ensure_current(empty_engine) == (head, head)


def test_ensure_current_refuses_a_database_from_a_newer_version(migrated: Engine) -> None:
    with migrated.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))

    with pytest.raises(StorageError) as caught:
        migrate.ensure_current(migrated)
    assert caught.value.key == "storage.too_new"


def test_ensure_current_refuses_tables_without_history(empty_engine: Engine) -> None:
    Base.metadata.create_all(empty_engine)

    with pytest.raises(StorageError) as caught:
        migrate.ensure_current(empty_engine)
    assert caught.value.key == "storage.unversioned"


def test_upgrade_to_an_unknown_revision_is_a_storage_error(empty_engine: Engine) -> None:
    with pytest.raises(StorageError) as caught:
        migrate.upgrade(empty_engine, "nonexistent")
    assert caught.value.key == "storage.migration"


def test_migration_scripts_ship_inside_the_package() -> None:
    location = migrate.SCRIPT_LOCATION
    assert (location / "env.py").is_file()
    assert (location / "script.py.mako").is_file()
    assert list((location / "versions").glob("0001_*.py"))
