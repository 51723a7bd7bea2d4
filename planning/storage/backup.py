"""Backups: an encrypted, consistent copy of the database, and a restore that checks before it replaces.

A backup file is always an SQLCipher file. For the embedded database it is a page-for-page copy made
with SQLite's online backup API (consistent while the app keeps writing, WAL included). For
PostgreSQL it holds the output of `pg_dump` in a table. Either way it is encrypted: with the
database's own key by default, or with a passphrase chosen for the backup (to restore elsewhere).

Every backup also holds a `backup_meta` table: its kind and schema, the installation it was made of and
the audit chain's head in it (read from the copy itself, or from the snapshot `pg_dump` dumped), so a
restore can tell an older backup or another installation's before replacing anything, and whatever
the caller adds (`planning.backups` puts the chain key there). A restore removes the table again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, text

from planning.errors import StorageError, ValidationError
from planning.private_files import FILE_MODE, private_folder
from planning.security.keys import DatabaseKey
from planning.storage import migrate
from planning.storage.engine import embedded_key
from planning.storage.location import Location

KIND_EMBEDDED = "embedded"
KIND_POSTGRESQL = "postgresql"
PAGES_PER_STEP = 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    revision: str | None
    size: int
    created_at: datetime
    #: The installation the backup was made of, and its audit chain's head (None: a backup made before
    #: installations had ids, or before the chain).
    installation_id: str | None = None
    head_seq: int | None = None
    head_hash: str | None = None
    #: What else the maker put in `backup_meta`.
    meta: Mapping[str, str] = field(default_factory=dict)


#: What `backup_meta` holds besides what the caller adds.
OWN_META = ("kind", "revision", "installation", "head_seq", "head_hash")


def _open(path: Path, key: DatabaseKey) -> Any:
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key.pragma_value().replace(chr(34), chr(34) * 2)}"')
    return conn


def _check(conn: Any, path: Path) -> None:
    """Refuse a file that is not a readable, intact backup."""
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StorageError("backup.wrong_key", path=str(path)) from None
        raise StorageError("backup.damaged", path=str(path), detail=str(exc)) from None
    if result != [("ok",)] or cipher:
        raise StorageError("backup.failed_check", path=str(path))


def _revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _replace(temporary: Path, target: Path) -> None:
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(temporary, FILE_MODE)  # encrypted, and still its owner's alone
    os.replace(temporary, target)


def backup(engine: Engine, location: Location, target: Path, key: DatabaseKey,
           meta: Mapping[str, str] | None = None) -> BackupInfo:
    """Write an encrypted backup of the open database to `target` (replaced only once complete), with
    `meta` in its `backup_meta` table."""
    target = target.expanduser()
    if target.exists() and target.is_dir():
        raise ValidationError("file", "backup.target_is_folder", str(target), path=str(target))
    private_folder(target.parent)
    fd, name = tempfile.mkstemp(prefix=".homeward-backup-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    temporary.unlink()
    try:
        if location.embedded:
            _copy_embedded(engine, temporary, key, meta or {})
        else:
            _dump_postgresql(engine, location, temporary, key, meta or {})
        check = _open(temporary, key)
        try:
            _check(check, target)
        finally:
            check.close()
        _replace(temporary, target)
    except OSError as exc:
        raise StorageError("backup.not_written", path=str(target), reason=exc.strerror or str(exc)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return inspect_backup(target, key)


def _copy_embedded(engine: Engine, temporary: Path, key: DatabaseKey, meta: Mapping[str, str]) -> None:
    destination = _open(temporary, key)
    try:
        with engine.connect() as conn:
            source = conn.connection.dbapi_connection
            assert source is not None
            source.backup(destination, pages=PAGES_PER_STEP)
        seq, hash_, installation = destination.execute(
            "SELECT seq, hash, installation_id FROM audit_chain_head WHERE id = 1").fetchone()
        _write_meta(destination, {"kind": KIND_EMBEDDED, "revision": _revision(destination) or "",
                                  "installation": installation, "head_seq": str(seq), "head_hash": hash_, **meta})
    finally:
        destination.close()


def _write_meta(conn: Any, values: Mapping[str, str]) -> None:
    conn.execute("CREATE TABLE backup_meta (name TEXT PRIMARY KEY, value TEXT)")
    conn.executemany("INSERT INTO backup_meta VALUES (?, ?)", list(values.items()))
    conn.commit()


def _meta(conn: Any, name: str) -> str | None:
    row = conn.execute("SELECT value FROM backup_meta WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def _all_meta(conn: Any) -> dict[str, str]:
    try:
        return {str(name): str(value) for name, value in conn.execute("SELECT name, value FROM backup_meta")}
    except sqlcipher3.DatabaseError:
        return {}


def _dump_postgresql(engine: Engine, location: Location, temporary: Path, key: DatabaseKey,
                     meta: Mapping[str, str]) -> None:
    """`pg_dump` of a snapshot held open here, so the chain head read in it is the dump's own."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError("backup.no_pg_dump")
    url = location.url.set(drivername="postgresql")
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    plain = url.set(password=None).render_as_string(hide_password=False)
    with engine.connect() as conn, conn.execution_options(isolation_level="REPEATABLE READ").begin():
        snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        head = conn.execute(text("SELECT seq, hash, installation_id FROM audit_chain_head WHERE id = 1")).one()
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        done = subprocess.run([pg_dump, "--format=custom", "--no-owner", f"--snapshot={snapshot}", "--dbname",
                               plain], capture_output=True, env=env, check=False, timeout=3600)
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["failed"]
        raise StorageError("backup.pg_dump_failed", detail=message[0])
    container = _open(temporary, key)
    try:
        container.execute("CREATE TABLE pg_dump (content BLOB NOT NULL)")
        container.execute("INSERT INTO pg_dump VALUES (?)", (done.stdout,))
        _write_meta(container, {"kind": KIND_POSTGRESQL, "revision": revision or "", "installation": head[2],
                                "head_seq": str(head[0]), "head_hash": head[1], **meta})
    finally:
        container.close()


def inspect_backup(path: Path, key: DatabaseKey) -> BackupInfo:
    """Open and check a backup without touching the database."""
    path = path.expanduser()
    if not path.is_file():
        raise ValidationError("file", "backup.missing", str(path), path=str(path))
    conn = _open(path, key)
    try:
        _check(conn, path)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        meta = _all_meta(conn) if "backup_meta" in tables else {}
        if "pg_dump" in tables:
            kind, revision = KIND_POSTGRESQL, meta.get("revision") or None
        elif "alembic_version" in tables:
            kind, revision = KIND_EMBEDDED, _revision(conn)
            if "installation" not in meta and "audit_chain_head" in tables:
                meta = {**_head_of_old_backup(conn), **meta}
        else:
            raise StorageError("backup.not_a_backup", path=str(path))
    finally:
        conn.close()
    if revision and not migrate.is_known(revision):
        raise StorageError("backup.too_new", path=str(path), revision=revision)
    return BackupInfo(path, kind, revision, path.stat().st_size, datetime.fromtimestamp(path.stat().st_mtime, UTC),
                      meta.get("installation") or None,
                      int(meta["head_seq"]) if meta.get("head_seq") else None, meta.get("head_hash") or None,
                      {name: value for name, value in meta.items() if name not in OWN_META})


def _head_of_old_backup(conn: Any) -> dict[str, str]:
    """A backup made before `backup_meta`: the chain head it holds (and its installation, if it has one)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_chain_head)")}
    row = conn.execute("SELECT seq, hash FROM audit_chain_head WHERE id = 1").fetchone()
    found = {"head_seq": str(row[0]), "head_hash": str(row[1])} if row else {}
    if "installation_id" in columns:
        found["installation"] = str(conn.execute("SELECT installation_id FROM audit_chain_head").fetchone()[0])
    return found


def entry_hash_at(path: Path, key: DatabaseKey, seq: int) -> str | None:
    """The hash of the audit entry at position `seq` in an embedded backup (None: none there, or a
    PostgreSQL backup, whose entries sit in a dump)."""
    conn = _open(path, key)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "pg_dump" in tables or "audit_entry" not in tables:
            return None
        row = conn.execute("SELECT hash FROM audit_entry WHERE seq = ?", (seq,)).fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


def restore(engine: Engine, location: Location, source: Path, key: DatabaseKey,
            live_key: DatabaseKey | None = None) -> BackupInfo:
    """Replace the database's content with the backup's, after checking the backup whole.

    The embedded database keeps a safety copy of what it held (`<name>.before-restore-<time>.db`).
    The schema is then brought to this version of Homeward. `live_key` is the embedded database's
    own key (for the safety copy); by default the one in its URL or the keychain.
    """
    info = inspect_backup(source, key)
    expected = KIND_EMBEDDED if location.embedded else KIND_POSTGRESQL
    if info.kind != expected:
        if info.kind == KIND_EMBEDDED:
            raise StorageError("backup.of_embedded", path=str(source))
        raise StorageError("backup.of_postgresql", path=str(source))
    if location.embedded:
        _restore_embedded(engine, location, source, key, live_key or embedded_key(location))
    else:
        _restore_postgresql(location, source, key)
    migrate.ensure_current(engine)
    return info


def _restore_embedded(engine: Engine, location: Location, source: Path, key: DatabaseKey,
                      live_key: DatabaseKey) -> None:
    assert location.path is not None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safety = location.path.with_name(f"{location.path.stem}.before-restore-{stamp}.db")
    engine.dispose()
    with engine.connect() as conn:
        live = conn.connection.dbapi_connection
        assert live is not None
        safety_conn = _open(safety, live_key)
        try:
            # The safety copy is encrypted with the live database's own key.
            live.backup(safety_conn, pages=PAGES_PER_STEP)
        finally:
            safety_conn.close()
        backup_conn = _open(source, key)
        try:
            backup_conn.backup(live, pages=PAGES_PER_STEP)
        finally:
            backup_conn.close()
        live.execute("DROP TABLE IF EXISTS backup_meta")
    engine.dispose()


def _restore_postgresql(location: Location, source: Path, key: DatabaseKey) -> None:
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        raise StorageError("backup.no_pg_restore")
    conn = _open(source, key)
    try:
        (content,) = conn.execute("SELECT content FROM pg_dump").fetchone()
    finally:
        conn.close()
    url = location.url.set(drivername="postgresql")
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "dump"
        dump.write_bytes(content)
        listed = subprocess.run([pg_restore, "--list", str(dump)], capture_output=True, check=False)
        if listed.returncode != 0:
            raise StorageError("backup.damaged_dump", path=str(source))
        plain = url.set(password=None).render_as_string(hide_password=False)
        done = subprocess.run([pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                               "--dbname", plain, str(dump)], capture_output=True, env=env, check=False,
                              timeout=3600)
        if done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["failed"]
            raise StorageError("backup.pg_restore_failed", detail=message[0])


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups in `folder` (with their checkpoint side files);
    returns what was deleted."""
    backups = sorted(folder.glob("homeward-auto-*.db"))
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".checkpoint").unlink(missing_ok=True)
    return doomed


def automatic_path(folder: Path, now: datetime | None = None) -> Path:
    moment = now or datetime.now(UTC)
    return folder / f"homeward-auto-{moment:%Y%m%d-%H%M%S}.db"
