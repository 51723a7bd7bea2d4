"""Schema migrations through an open engine: upgrade, current and head revisions, drift check.

Everything runs on the engine the caller opened (for SQLCipher the key exists only there).
Alembic is configured in code; the scripts ship inside the package (`planning/storage/migrations`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

import planning.storage.models  # noqa: F401  (registers every table on the metadata)
from planning.errors import StorageError
from planning.storage import name_index
from planning.storage.base import Base
from planning.storage.engine import WRITES

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    """An Alembic configuration built in code (no alembic.ini needed, works installed too)."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this version of Homeward knows."""
    head = _scripts().get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found in " + str(SCRIPT_LOCATION))
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database never migrated."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database up to `revision`, in one transaction."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to `revision` ("base" removes every table)."""
    _run(engine, command.downgrade, revision)


def stamp(engine: Engine, revision: str = "head") -> None:
    """Record `revision` as current without running anything."""
    _run(engine, command.stamp, revision)


def _run(engine: Engine, action: Any, revision: str) -> None:
    config = alembic_config()
    try:
        with engine.execution_options(**{WRITES: True}).begin() as conn:  # two desktops: one migrates
            config.attributes["connection"] = conn
            action(config, revision)
    except CommandError as exc:
        raise StorageError("storage.migration", revision=revision, detail=str(exc)) from None


def pending_diff(engine: Engine) -> list[Any]:
    """What autogenerate would change to make the database match the models (empty: no drift)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "render_as_batch": conn.dialect.name == "sqlite",
                "include_object": _not_version_table,
            },
        )
        return list(compare_metadata(context, Base.metadata))


def _not_version_table(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave out Alembic's own table and the name search index (not a model: `storage.name_index`)."""
    return not (type_ == "table" and name == VERSION_TABLE) and not name_index.is_index_object(name, type_)


def ensure_current(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the head revision at start-up; returns (from, to).

    A new, empty database is created; an older one is upgraded. A database written by a newer
    Homeward, or holding tables but no migration history, is refused with a `StorageError`.
    """
    head = head_revision()
    before = current_revision(engine)
    if before == head:
        return before, head
    if before is None:
        tables = set(inspect(engine).get_table_names()) - {VERSION_TABLE}
        if tables:
            raise StorageError("storage.unversioned")
    elif not is_known(before):
        raise StorageError("storage.too_new", revision=before)
    log.info("migrating the database from %s to %s", before or "empty", head)
    upgrade(engine, head)
    return before, head


def is_known(revision: str) -> bool:
    """Whether this version of Homeward has the migration script of `revision`."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False
