"""After rows were inserted with explicit ids (bulk loads), move PostgreSQL's id sequences past them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


def advance_id_sequences(bind: Connection | Session, tables: Iterable[str]) -> None:
    """On PostgreSQL, set each table's `id` sequence to its largest id; elsewhere nothing to do."""
    dialect = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
    if dialect != "postgresql":
        return
    for name in tables:
        bind.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
