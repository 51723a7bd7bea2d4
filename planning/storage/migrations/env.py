"""Alembic environment: migrates through the connection `planning.storage.migrate` hands over.

The SQLCipher key lives only in the already-open engine, so this never builds an engine of its
own: `config.attributes["connection"]` must hold an open connection.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

import planning.storage.models  # noqa: F401  (registers every table on the metadata)
from planning.storage import name_index
from planning.storage.base import Base

target_metadata = Base.metadata


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave out objects autogenerate must not touch: Alembic's own table and the name search index."""
    return not (type_ == "table" and name == "alembic_version") and not name_index.is_index_object(name, type_)


def configure(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=sqlite,
        compare_type=True,
        compare_server_default=False,
        include_object=include_object,
    )


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "Homeward migrations run through planning.storage.migrate, which passes the open connection"
        )
    configure(connection)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Homeward does not generate offline SQL scripts; run `homeward db upgrade`")
run_migrations_online()
