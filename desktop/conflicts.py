"""A conflict shown with both versions: what someone else saved and what you typed, field by field."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from desktop.i18n import QT_TR_NOOP, tr
from desktop.service_text import error_text
from planning.audit import snapshot_value
from planning.errors import ConflictError

#: The stored fields' names as the comparison shows them (other fields: their key in words, untranslated).
FIELD_NAMES = {
    "given_names": QT_TR_NOOP("given names"),
    "family_name": QT_TR_NOOP("family name"),
    "date_of_birth": QT_TR_NOOP("date of birth"),
    "sex": QT_TR_NOOP("sex"),
    "nationality": QT_TR_NOOP("nationality"),
    "relationship_to_head": QT_TR_NOOP("relationship to head"),
    "given_names_latin": QT_TR_NOOP("given names (Latin script)"),
    "family_name_latin": QT_TR_NOOP("family name (Latin script)"),
    "permanent_residence": QT_TR_NOOP("permanent residence"),
    "exit_irregular": QT_TR_NOOP("irregular exit"),
    "languages": QT_TR_NOOP("languages"),
    "preferred_language": QT_TR_NOOP("preferred language"),
    "phone": QT_TR_NOOP("phone"),
    "email": QT_TR_NOOP("e-mail"),
    "escort_need": QT_TR_NOOP("escort need"),
}


def field_name(field: str) -> str:
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field.replace("_", " ")


def both_versions(error: ConflictError, mine: Mapping[str, Any]) -> str:
    """Rich text for the banner: the message, then the fields where the saved version and yours differ."""
    head = f"<b>{html.escape(error_text(error))}</b>"
    current = error.current
    if not current:
        return head + "<br>" + tr("Reload to see the values saved now.")
    rows = []
    for field, yours in mine.items():
        if field not in current:
            continue
        theirs, typed = snapshot_value(current[field]), snapshot_value(yours)
        if theirs != typed:
            row = f"<tr><td>{html.escape(field_name(field))}</td><td>{_show(theirs)}</td><td>{_show(typed)}</td></tr>"
            rows.append(row)
    if not rows:
        return head + "<br>" + tr("The saved values are the same as yours in every field you edited.")
    headings = (tr("Field"), tr("Saved now (version {version})").format(version=error.found), tr("Yours"))
    header = "".join(f"<th align='left'>{text}</th>" for text in headings)
    return head + f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>" + "".join(rows) + "</table>"


def _show(value: Any) -> str:
    if value in (None, "", []):
        return "<i>" + tr("empty") + "</i>"
    if isinstance(value, list):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))
