"""Importing the checked households: all of them in one transaction, or none."""

from __future__ import annotations

from dataclasses import replace

from planning import audit
from planning.cases import check_case, insert_case
from planning.errors import HomewardError
from planning.messages import Count
from planning.persons.matching import likely_matches
from planning.referral_import.report import Report
from planning.referral_import.validate import Preview, Progress
from planning.security.permissions import Permission, require
from planning.storage.store import Store


class ImportChanged(HomewardError):
    """The database changed since the preview so that the import would differ from what was shown."""

    def __init__(self, people: int, line: int, reference: str) -> None:
        super().__init__("referral_import.changed", people=Count("person", people), line=line, reference=reference)


def apply(store: Store, preview: Preview, *, progress: Progress | None = None) -> Report:
    """Open a case for every household the preview found valid, in one transaction; the report of what
    was imported. Any failure (or cancellation through `progress`) rolls the whole import back."""
    require(store, Permission.IMPORT_REFERRALS)
    if not preview.cases:
        return replace(preview.report, dry_run=False)
    today = store.today()
    total = len(preview.cases)
    with store.transaction() as session:
        members = [(m.given_names, m.family_name, m.given_names_latin, m.family_name_latin, born, m.nationality)
                   for planned in preview.cases for m in planned.draft.members
                   for born in [m.date_of_birth] if born is not None]  # (a checked draft: every member has one)
        lines = [line for planned in preview.cases for line in planned.lines]
        allowed = preview.options.allow_known
        fresh = [(line, known) for line, known in zip(lines, likely_matches(session, members), strict=True)
                 if known is not None and line not in allowed]
        if fresh:
            line, known = fresh[0]
            raise ImportChanged(len(fresh), line, known.reference)
        references = []
        for done, planned in enumerate(preview.cases, start=1):
            opened = insert_case(session, store, check_case(planned.draft, today))
            references.append(opened.reference)
            if progress is not None:
                progress(done, total)
        report = replace(preview.report, dry_run=False, imported=tuple(references))
        counts = report.counts()
        audit.record(session, store.actor, "referrals.import", ("referral_import", None), after={
            "file": preview.file_name, "sha256": preview.table.digest if preview.table else None,
            "sheet": report.sheet, "encoding": report.encoding,
            "source": preview.options.source.value, "date_order": preview.options.date_order.value,
            "mapping": preview.mapping.as_dict() if preview.mapping else None,
            "rows": counts["rows"], "people_imported": counts["valid"], "households": counts["households"],
            "cases_opened": references, "rows_not_imported": counts["rows"] - counts["valid"],
            "imported_although_likely_known": sorted(r.line for r in report.rows if r.overridden),
            "imported_matching_ended_or_protected": sorted(r.line for r in report.rows if r.overridden and r.blocks),
        })
    return report
