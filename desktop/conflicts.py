"""A conflict shown with both versions: what someone else saved and what you typed, field by field."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from planning.audit import snapshot_value
from planning.errors import ConflictError


def both_versions(error: ConflictError, mine: Mapping[str, Any]) -> str:
    """Rich text for the banner: the message, then the fields where the saved version and yours differ."""
    head = f"<b>{html.escape(error.message)}</b>"
    current = error.current
    if not current:
        return head + "<br>Reload to see the values saved now."
    rows = []
    for field, yours in mine.items():
        if field not in current:
            continue
        theirs, typed = snapshot_value(current[field]), snapshot_value(yours)
        if theirs != typed:
            rows.append(f"<tr><td>{html.escape(field.replace('_', ' '))}</td><td>{_show(theirs)}</td>"
                        f"<td>{_show(typed)}</td></tr>")
    if not rows:
        return head + "<br>The saved values are the same as yours in every field you edited."
    return head + ("<table cellspacing='0' cellpadding='3'><tr><th align='left'>Field</th>"
                   f"<th align='left'>Saved now (version {error.found})</th><th align='left'>Yours</th></tr>"
                   + "".join(rows) + "</table>")


def _show(value: Any) -> str:
    if value in (None, "", []):
        return "<i>empty</i>"
    if isinstance(value, list):
        return html.escape(", ".join(str(v) for v in value))
    return html.escape(str(value))
