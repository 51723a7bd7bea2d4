"""Importing referral lists (CSV, XLSX): read, map columns, validate per row and field, import whole.

    preview = check(store, path, ImportOptions(source=ReferralSource.NGO))
    print("\\n".join(preview.report.lines()))
    result = apply(store, preview)          # the valid households, in one transaction, or none

Nothing here raises on bad input: every problem with the file, a row or a field is an `Issue` in
the report. Only the database itself failing raises (a `StorageError`, as for any service).
"""

from __future__ import annotations

from planning.referral_import import texts as texts
from planning.referral_import.apply import ImportChanged, apply
from planning.referral_import.mapping import Field, Mapping, suggest
from planning.referral_import.report import Issue, Report, RowReport, RowStatus, Severity
from planning.referral_import.validate import ImportOptions, Preview, check
from planning.referral_import.values import DateOrder

__all__ = [
    "DateOrder", "Field", "ImportChanged", "ImportOptions", "Issue", "Mapping", "Preview", "Report",
    "RowReport", "RowStatus", "Severity", "apply", "check", "suggest",
]
