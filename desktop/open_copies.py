"""Copies of stored files opened in another program ("Open scan"): private, and gone at the next start if the
app died.

The program that shows a file needs it on disk, in the clear. Each copy goes in this run's own folder under
the user's cache (`open-copies/<process id>`, 0700; the file 0600), which is removed when the app quits. A
folder whose process is no longer running is what a crash or a kill left behind: the next start removes it.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import platformdirs

from planning.private_files import private_folder, write_private


def root() -> Path:
    return platformdirs.user_cache_path("homeward", appauthor=False) / "open-copies"


def _own() -> Path:
    return root() / str(os.getpid())


def open_copy(name: str, content: bytes) -> Path:
    """`content` written under its plain file name, where only this user can read it, until the app quits."""
    return write_private(private_folder(_own()) / (Path(name).name or "file"), content)


def remove_own() -> None:
    """At quit: this run's copies."""
    shutil.rmtree(_own(), ignore_errors=True)


def remove_left_over() -> list[Path]:
    """At start: the copies of runs that ended without removing theirs; returns the folders removed."""
    removed = []
    folder = root()
    for run in sorted(folder.iterdir()) if folder.is_dir() else []:
        if run.is_dir() and not (run.name.isdigit() and _running(int(run.name))):
            shutil.rmtree(run, ignore_errors=True)
            removed.append(run)
    return removed


def _running(pid: int) -> bool:
    if sys.platform == "win32":  # signal 0 would end the process there; left-overs wait for the system's cleanup
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: not ours to judge
        return True
    return True
