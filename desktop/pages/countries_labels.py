"""Words and colours for the Countries page: how kinds, scopes and statuses read on screen."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtGui import QColor

from planning.vocabulary import AssuranceKind, AssuranceScope, AssuranceStatus, VulnerabilityKind

KIND_LABELS = {
    AssuranceKind.READMISSION: "Readmission",
    AssuranceKind.NO_PUNISHMENT: "No punishment",
    AssuranceKind.MONITORING_AUTHORISATION: "Monitoring authorisation",
}
SCOPE_LABELS = {
    AssuranceScope.NATIONALS: "Nationals",
    AssuranceScope.NATIONALS_AND_RESIDENTS: "Nationals and residents",
    AssuranceScope.INDIVIDUAL: "Named individuals",
}
#: Bar and badge colours by status: in force green, requested grey, under review amber, ended red-ish.
STATUS_COLOURS = {
    AssuranceStatus.IN_FORCE: QColor("#2e7d32"),
    AssuranceStatus.REQUESTED: QColor("#8a8f98"),
    AssuranceStatus.UNDER_REVIEW: QColor("#e0a100"),
    AssuranceStatus.EXPIRED: QColor("#c97a72"),
    AssuranceStatus.REVOKED: QColor("#b3261e"),
}
#: Softer tints of the same colours for table cells.
STATUS_TINTS = {status: QColor(colour.red(), colour.green(), colour.blue(), 48)
                for status, colour in STATUS_COLOURS.items()}

REVIEW_BANNER = "background: #fff4d6; color: #6b4e00; padding: 6px 8px; border-radius: 4px;"
SUSPENSION_BANNER = "background: #fde7e9; color: #8c1d18; padding: 6px 8px; border-radius: 4px;"


def label(value: StrEnum | None) -> str:
    """'nationals_and_residents' → 'Nationals and residents'."""
    if value is None:
        return ""
    for table in (KIND_LABELS, SCOPE_LABELS):
        if value in table:
            return table[value]  # type: ignore[index]
    return value.value.replace("_", " ").capitalize()


def profile_label(kind: VulnerabilityKind) -> str:
    return label(kind)


def day(value: date | None, open_ended: str = "open-ended") -> str:
    """A date as every screen of Homeward shows it: ISO, 2026-06-01."""
    return open_ended if value is None else value.isoformat()
