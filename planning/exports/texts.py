"""The English templates of the errors exporting a list raises, by key."""

from __future__ import annotations

from planning import messages

ERRORS: dict[str, str] = {
    "export.unknown_format": "is not a spreadsheet Homeward writes: end the name with .xlsx (Excel) or .csv",
    "export.unwritable": "cannot be written ({reason})",
    "export.no_movement": "no movement has the code {code}",
}

messages.register(__name__, ERRORS, fields={"file": "file"})
