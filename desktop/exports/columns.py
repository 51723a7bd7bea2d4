"""What every exported table shares: yes and no in words, the sheet's reading direction, a today stamp."""

from __future__ import annotations

from desktop.i18n import current_language, tr
from planning.exports.table import Cell


def yes_no(value: bool | None) -> Cell:
    if value is None:
        return None
    return tr("Yes") if value else tr("No")


def right_to_left() -> bool:
    """Whether sheets read right to left (Arabic), whether or not a window is open (the command line)."""
    return current_language() == "ar"
