"""Run by the attack tests as a second program: edits a Homeward database with its own connection.

It holds what someone at an office desktop can get (the database key from the unlocked keychain, or
the PostgreSQL credentials) but not Homeward's code paths, nor the audit chain key: it writes SQL,
past the append-only triggers, and recomputes links the way the published format describes them.

    python -m tests.integration.attacker URL KEY cut N          drop the last N entries, move the head back
    python -m tests.integration.attacker URL KEY recompute SEQ  change entry SEQ's actor, re-link everything after
    python -m tests.integration.attacker URL KEY head           print the chain head (seq hash)
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

GENESIS = "0" * 64


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256_link(row: Any, prev_hash: str) -> str:
    at: datetime = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(str(row.at))
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    fields = [row.seq, at.astimezone(UTC).isoformat(timespec="microseconds"), row.actor, row.action, row.entity,
              row.entity_id, row.case_id, row.digest, prev_hash]
    return hashlib.sha256(_canonical(fields)).hexdigest()


@contextmanager
def connection(url: str, key: str) -> Iterator[Connection]:
    """A connection with the append-only triggers out of the way (put back afterwards)."""
    if url.startswith("postgresql"):
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool)
    else:
        import sqlcipher3

        def keyed() -> Any:
            conn = sqlcipher3.connect(url, isolation_level=None)
            conn.execute(f'PRAGMA key = "{key}"')
            return conn

        engine = create_engine("sqlite://", creator=keyed, poolclass=NullPool)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            triggers = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                         "AND tbl_name = 'audit_entry'")).all()
            for name, _ in triggers:
                conn.execute(text(f"DROP TRIGGER {name}"))
            yield conn
            for _, create in triggers:
                conn.execute(text(create))
        else:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
            yield conn
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
    engine.dispose()


def cut(conn: Connection, count: int) -> None:
    """Remove the newest `count` entries and move the head back onto the entry left last."""
    (top,) = conn.execute(text("SELECT max(seq) FROM audit_entry")).one()
    conn.execute(text("DELETE FROM audit_entry WHERE seq > :keep"), {"keep": top - count})
    last = conn.execute(text("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).one()
    conn.execute(text("UPDATE audit_chain_head SET seq = :seq, hash = :hash WHERE id = 1"),
                 {"seq": last.seq, "hash": last.hash})


def recompute(conn: Connection, seq: int) -> None:
    """Put another name on entry `seq`, then link it and every later entry again, and move the head."""
    conn.execute(text("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = :seq"), {"seq": seq})
    rows = conn.execute(text("SELECT id, seq, at, actor, action, entity, entity_id, case_id, digest, prev_hash "
                             "FROM audit_entry WHERE seq >= :seq ORDER BY seq"), {"seq": seq}).all()
    previous = rows[0].prev_hash
    for row in rows:
        own = sha256_link(row, previous)
        conn.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :id"),
                     {"p": previous, "h": own, "id": row.id})
        previous = own
    conn.execute(text("UPDATE audit_chain_head SET hash = :hash WHERE id = 1"), {"hash": previous})


def main(url: str, key: str, action: str, *args: str) -> None:
    with connection(url, key) as conn:
        if action == "cut":
            cut(conn, int(args[0]))
        elif action == "recompute":
            recompute(conn, int(args[0]))
        elif action == "head":
            head = conn.execute(text("SELECT seq, hash FROM audit_chain_head WHERE id = 1")).one()
            print(head.seq, head.hash)
        else:
            raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    main(*sys.argv[1:])
