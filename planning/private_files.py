"""Files that hold personal data, written so that only their owner can read them: 0600, in 0700 folders.

Every export, printed document, saved attachment, backup and temporary copy goes through here. A folder
Homeward creates (and every missing folder above it) is 0700; a folder that already exists is the
owner's choice and is left as it is, but the file in it is 0600 from the moment it exists (it is written
under a temporary name created 0600, then renamed over the target), so no other account on the machine
ever reads it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """`path` as a folder: created 0700, with every missing folder above it, if it does not exist yet."""
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(created, FOLDER_MODE)  # whatever the umask
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write the whole file or nothing, readable by its owner only (an earlier file there is replaced)."""
    private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_private_text(path: Path, text: str) -> Path:
    return write_private(path, text.encode("utf-8"))


class PrivateOutput:
    """A file written in place of `path` under a temporary name (created 0600 beside it), which becomes `path`
    only once `keep()` is called — after it was written whole and whatever must go with it (an audit entry)
    is committed; `discard()` (or leaving it unkept) removes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        private_folder(path.parent)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(handle)
        os.chmod(name, FILE_MODE)
        self.temporary = Path(name)

    def keep(self) -> Path:
        with self.temporary.open("rb+") as file:
            os.fsync(file.fileno())
        os.chmod(self.temporary, FILE_MODE)  # whatever the writer did
        os.replace(self.temporary, self.path)
        return self.path

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)
