"""Backups: an encrypted, consistent copy of the database, and a restore that checks before it replaces.

A backup file is always an SQLCipher file. For the embedded database it is a page-for-page copy made
with SQLite's online backup API (consistent while the app keeps writing, WAL included). For
PostgreSQL it holds the output of `pg_dump` in a table. Either way it is encrypted: with the
database's own key by default, or with a passphrase chosen for the backup (to restore elsewhere).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

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


def backup(engine: Engine, location: Location, target: Path, key: DatabaseKey) -> BackupInfo:
    """Write an encrypted backup of the open database to `target` (replaced only once complete)."""
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
            kind = KIND_EMBEDDED
            _copy_embedded(engine, temporary, key)
        else:
            kind = KIND_POSTGRESQL
            _dump_postgresql(location, temporary, key)
        check = _open(temporary, key)
        try:
            _check(check, target)
            revision = _revision(check) if kind == KIND_EMBEDDED else _meta(check, "revision")
        finally:
            check.close()
        _replace(temporary, target)
    except OSError as exc:
        raise StorageError("backup.not_written", path=str(target), reason=exc.strerror or str(exc)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return BackupInfo(target, kind, revision, target.stat().st_size, datetime.now(UTC))


def _copy_embedded(engine: Engine, temporary: Path, key: DatabaseKey) -> None:
    destination = _open(temporary, key)
    try:
        with engine.connect() as conn:
            source = conn.connection.dbapi_connection
            assert source is not None
            source.backup(destination, pages=PAGES_PER_STEP)
    finally:
        destination.close()


def _meta(conn: Any, name: str) -> str | None:
    row = conn.execute("SELECT value FROM backup_meta WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def _dump_postgresql(location: Location, temporary: Path, key: DatabaseKey) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise StorageError("backup.no_pg_dump")
    url = location.url.set(drivername="postgresql")
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    plain = url.set(password=None).render_as_string(hide_password=False)
    done = subprocess.run([pg_dump, "--format=custom", "--no-owner", "--dbname", plain],
                          capture_output=True, env=env, check=False, timeout=3600)
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["failed"]
        raise StorageError("backup.pg_dump_failed", detail=message[0])
    container = _open(temporary, key)
    try:
        container.execute("CREATE TABLE backup_meta (name TEXT PRIMARY KEY, value TEXT)")
        container.execute("CREATE TABLE pg_dump (content BLOB NOT NULL)")
        container.execute("INSERT INTO pg_dump VALUES (?)", (done.stdout,))
        from sqlalchemy import create_engine

        engine = create_engine(location.url)
        try:
            revision = migrate.current_revision(engine)
        finally:
            engine.dispose()
        container.executemany("INSERT INTO backup_meta VALUES (?, ?)",
                              [("kind", KIND_POSTGRESQL), ("revision", revision or "")])
        container.commit()
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
        if "pg_dump" in tables:
            kind, revision = KIND_POSTGRESQL, _meta(conn, "revision") or None
        elif "alembic_version" in tables:
            kind, revision = KIND_EMBEDDED, _revision(conn)
        else:
            raise StorageError("backup.not_a_backup", path=str(path))
    finally:
        conn.close()
    if revision and not migrate.is_known(revision):
        raise StorageError("backup.too_new", path=str(path), revision=revision)
    return BackupInfo(path, kind, revision, path.stat().st_size, datetime.fromtimestamp(path.stat().st_mtime, UTC))


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
    """Delete all but the newest `keep` automatic backups in `folder`; returns what was deleted."""
    backups = sorted(folder.glob("homeward-auto-*.db"))
    doomed = backups[:-keep] if keep > 0 else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def automatic_path(folder: Path, now: datetime | None = None) -> Path:
    moment = now or datetime.now(UTC)
    return folder / f"homeward-auto-{moment:%Y%m%d-%H%M%S}.db"
