"""A PostgreSQL server for tests: the one named by HOMEWARD_TEST_POSTGRES_URL, or a throwaway cluster.

The throwaway cluster is started from the local binaries (PATH or /usr/lib/postgresql/*/bin) in
a temporary directory on a free 127.0.0.1 port, with trust authentication and fsync off. Run as
root, the server runs as the `postgres` user. `python -m tests.postgres` starts one by hand.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL

ENV_URL = "HOMEWARD_TEST_POSTGRES_URL"
SERVER_USER = "postgres"


def find_bin_dir() -> Path | None:
    """The directory holding `initdb` and `pg_ctl`, newest version first; None if absent."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(versions)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running throwaway cluster; `stop()` shuts it down and deletes its files."""

    bin_dir: Path
    base: Path
    port: int

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def url(self) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=SERVER_USER,
            host="127.0.0.1",
            port=self.port,
            database="postgres",
        ).render_as_string(hide_password=False)

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.base)

    def start(self) -> None:
        self.data_dir.mkdir()
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_USER)
            os.chmod(self.base, 0o755)
            os.chown(self.data_dir, account.pw_uid, account.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SERVER_USER,
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        options = (
            f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-o",
            options,
            "-l",
            str(self.data_dir / "server.log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def start_cluster() -> Cluster:
    """Start a throwaway cluster; raises `LookupError` when no PostgreSQL binaries are installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise LookupError("no initdb/pg_ctl found in PATH or /usr/lib/postgresql/*/bin")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise LookupError(f"running as root but there is no {SERVER_USER!r} user") from None
    cluster = Cluster(bin_dir, Path(tempfile.mkdtemp(prefix="homeward-pg-")), free_port())
    try:
        cluster.start()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        cluster.stop()
        raise LookupError(f"could not start a PostgreSQL cluster: {detail.strip()}") from None
    return cluster


@contextlib.contextmanager
def server_url() -> Iterator[str]:
    """The URL of an administrative database on a server tests may create databases on."""
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    cluster = start_cluster()
    try:
        yield cluster.url
    finally:
        cluster.stop()


if __name__ == "__main__":
    with server_url() as url:
        print(url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
