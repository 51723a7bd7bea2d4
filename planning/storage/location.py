"""Where the database lives: the embedded default, a file, or a PostgreSQL URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planning.errors import ValidationError

ENV_VAR = "HOMEWARD_DATABASE_URL"


def data_folder() -> Path:
    """Homeward's folder in the user's data directory (`~/.local/share/homeward` on Linux): the embedded
    database, automatic backups, and what is kept outside the database (audit checkpoints, the restore log)."""
    return platformdirs.user_data_path("homeward", appauthor=False)


def default_path() -> Path:
    """The embedded database in the user's data directory."""
    return data_folder() / "homeward.db"


@dataclass(frozen=True)
class Location:
    """A parsed database location. `path` is set for the embedded (SQLCipher) kind."""

    url: URL
    path: Path | None

    @property
    def embedded(self) -> bool:
        return self.path is not None

    @property
    def explicit_key(self) -> str | None:
        """A key given in a `sqlite+pysqlcipher://:KEY@//path` URL."""
        return self.url.password if self.embedded and self.url.password else None

    def describe(self) -> str:
        """For people: the encrypted file, or the server URL without its password."""
        return f"encrypted file {self.path}" if self.path is not None else self.redacted()

    def redacted(self) -> str:
        """The location for logs and messages, with any password hidden."""
        return self.url.render_as_string(hide_password=True)


def resolve(text: str | None = None) -> Location:
    """The location from `--db`, else `HOMEWARD_DATABASE_URL`, else the embedded default.

    A bare path or a `sqlite:///` URL means an encrypted SQLCipher file.
    """
    raw = text or os.environ.get(ENV_VAR) or ""
    if not raw:
        return _file(default_path())
    if "://" not in raw:
        return _file(Path(raw))
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # (a bad port number is a ValueError naming only the port)
        raise ValidationError("database", "location.invalid", "<hidden>") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ValidationError("database", "location.no_path", url.database)
        return Location(url=url, path=Path(url.database))
    if backend == "postgresql":
        return Location(url=url.set(drivername="postgresql+psycopg"), path=None)
    raise ValidationError("database", "location.unsupported", backend, "postgresql:// or a file path",
                          backend=backend)


def _file(path: Path) -> Location:
    return Location(url=URL.create("sqlite+pysqlcipher", database=str(path)), path=path)
