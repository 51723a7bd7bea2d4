"""`homeward export cases|due|audit-log|passengers|manifest|allocations -o FILE`: a list written to an Excel
workbook (.xlsx) or CSV (.csv) as the app's Export… writes it — the same columns, in the language asked for,
refused to a role that may not export it, the file readable by its owner only, the export audited."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from desktop.exports.allocations import allocations_sheet
from desktop.exports.audit_log import audit_filters, audit_sheet
from desktop.exports.cases import case_sheet, filters_of
from desktop.exports.due import due_filters, due_sheet
from desktop.exports.movements import manifest_sheet, movement_id, passengers_sheet
from desktop.i18n import LANGUAGES
from planning.audit_log import AuditFilter
from planning.case_list import CaseQuery, SortKey
from planning.errors import ValidationError
from planning.exports.files import (
    Exported,
    ExportedList,
    ExportFormat,
    FilterValue,
    csv_paths,
    export_list,
    format_of,
    require_export,
)
from planning.exports.table import Sheet
from planning.reintegration.allocations import list_allocations
from planning.storage.models.reintegration import AllocationStatus
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

Build = Callable[[Store, argparse.Namespace], tuple[list[Sheet], dict[str, FilterValue]]]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help="a list to an Excel workbook (.xlsx) or CSV file (.csv), audited")
    lists = parser.add_subparsers(dest="export_list", metavar="LIST", required=True)

    cases = _list(lists, "cases", "the case list, filtered and sorted as on the Cases page", _cases,
                  ExportedList.CASES)
    cases.add_argument("--search", metavar="TEXT", default="", help="names or references, any script")
    cases.add_argument("--status", metavar="S", action="append", default=[], type=CaseStatus,
                       help=f"only this status (repeat for several): {', '.join(s.value for s in CaseStatus)}")
    cases.add_argument("--country", metavar="CODE", help="country of return (ISO alpha-3 code)")
    ready = cases.add_mutually_exclusive_group()
    ready.add_argument("--ready", dest="ready", action="store_true", default=None, help="only ready households")
    ready.add_argument("--not-ready", dest="ready", action="store_false", help="only households not ready")
    cases.add_argument("--vulnerable", action="store_true", default=None, help="only households with a "
                       "vulnerable member")
    cases.add_argument("--sort", type=SortKey, default=SortKey.REFERENCE, metavar="KEY",
                       help=f"order: {', '.join(k.value for k in SortKey)} (default reference)")
    cases.add_argument("--descending", action="store_true", help="in descending order")

    due = _list(lists, "due", "follow-ups overdue or due within a week, as on the Monitoring page", _due,
                ExportedList.DUE_FOLLOW_UPS)
    due.add_argument("--monitor", metavar="NAME", help="the monitor's user name")
    due.add_argument("--country", metavar="C", help="country of return (ISO code or name)")
    due.add_argument("--region", metavar="R", help="region of return")
    due.add_argument("--on", metavar="YYYY-MM-DD", type=iso_date, help="as seen on this day (default: today)")
    due.add_argument("--days", metavar="N", type=int, default=7, help="due within N days (default 7)")

    log = _list(lists, "audit-log", "the audit log, newest first (data-protection officer)", _audit,
                ExportedList.AUDIT_LOG)
    log.add_argument("--user", metavar="NAME", help="only this user's entries")
    log.add_argument("--case", metavar="REFERENCE", help="only this case's entries")
    log.add_argument("--action", metavar="ACTION", help="an action, or a family such as consent.")
    log.add_argument("--from", dest="start", metavar="YYYY-MM-DD", type=iso_date, help="from this day (UTC)")
    log.add_argument("--to", dest="end", metavar="YYYY-MM-DD", type=iso_date, help="to this day (UTC)")

    for name, build, what, text in (
            ("passengers", _passengers, ExportedList.PASSENGERS, "the households booked on a movement"),
            ("manifest", _manifest, ExportedList.MANIFEST,
             "everyone a movement's manifest lists (refused while a household is not ready, as printing is)")):
        movement = _list(lists, name, text, build, what)
        movement.add_argument("--movement", metavar="CODE", required=True, help="the movement's code (or id)")

    allocations = _list(lists, "allocations", "reintegration packages accepted and delivered, by delivery month",
                        _allocations, ExportedList.ALLOCATIONS)
    allocations.add_argument("--status", metavar="S", action="append", type=AllocationStatus, default=[],
                             help="only this status (repeat for several): accepted, delivered, cancelled "
                                  "(default accepted and delivered)")


def _list(lists: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str, build: Build,
          what: ExportedList) -> argparse.ArgumentParser:
    parser = lists.add_parser(name, help=text, description=text)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="the file to write: .xlsx (Excel) or .csv (a second table goes beside it)")
    parser.add_argument("--force", action="store_true", help="replace the file (and a CSV's second table) if it "
                        "exists; without it an existing file is left alone")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                        help="language of the headings and words (default en; ar: the sheet reads right to left)")
    parser.set_defaults(handler=lambda args: run(args, what, build))
    return parser


def run(args: argparse.Namespace, what: ExportedList, build: Build) -> int:
    translated(args.language)
    store = open_store(args.db)
    try:
        require_export(store, what)  # before anything is read
        sheets, filters = build(store, args)
        if not args.force:
            refuse_to_replace(args.output, sheets)
        exported = export_list(store, what, sheets, args.output, filters=filters)
    finally:
        store.engine.dispose()
    print(said(exported))
    return 0


def refuse_to_replace(output: Path, sheets: Sequence[Sheet]) -> None:
    """An existing file is replaced only with --force (the app's save dialog asks; a script cannot)."""
    targets = [output] if format_of(output) is ExportFormat.XLSX else csv_paths(output, sheets)
    for target in targets:
        if target.exists():
            raise ValidationError("--output", "argument.output_exists", str(target), path=str(target))


def said(exported: Exported) -> str:
    files = ", ".join(str(p) for p in exported.files)
    return f"{exported.total:,} row{'s' if exported.total != 1 else ''} exported to {files} (readable by you only)"


def translated(language: str) -> None:
    """Headings and words in `language` (its catalogue installed, as the app does)."""
    if language == "en":
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: a terminal, a server
    from PySide6.QtWidgets import QApplication

    from desktop import i18n

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install(app, language)


def _cases(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    query = CaseQuery(text=args.search, statuses=frozenset(args.status), country=args.country, ready=args.ready,
                      vulnerable=args.vulnerable, sort=args.sort, descending=args.descending)
    return [case_sheet(store, query)], filters_of(query)


def _due(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    return ([due_sheet(store, monitor=args.monitor, country=args.country, region=args.region, on=args.on,
                       within_days=args.days)],
            due_filters(monitor=args.monitor, country=args.country, region=args.region, on=args.on,
                        within_days=args.days))


def _audit(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    where = AuditFilter(actor=args.user, case_reference=args.case, action=args.action, start=args.start,
                        end=args.end)
    return [audit_sheet(store, where)], audit_filters(where)


def _passengers(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    return [passengers_sheet(store, movement_id(store, args.movement))], {"movement": args.movement}


def _manifest(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    return [manifest_sheet(store, movement_id(store, args.movement))], {"movement": args.movement}


def _allocations(store: Store, args: argparse.Namespace) -> tuple[list[Sheet], dict[str, FilterValue]]:
    statuses: Sequence[AllocationStatus] = args.status or (AllocationStatus.ACCEPTED, AllocationStatus.DELIVERED)
    rows = list_allocations(store, statuses=tuple(statuses))
    return [allocations_sheet(rows)], {"status": ",".join(sorted(s.value for s in statuses))}
