"""`homeward report returns|reintegration|monitoring --from D --to D [--by country,month] [--xlsx FILE|--pdf FILE|
--json] [--all-counts]`: figures for donors' reports, disaggregated with totals, to the terminal, an Excel workbook
or a printed report."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import monitoring.report  # noqa: F401  (registers how the monitoring report is counted)
from desktop.commands.arguments import iso_date
from desktop.commands.export import said, translated
from desktop.commands.session import open_store
from desktop.i18n import LANGUAGES
from planning.documents.office import letterhead
from planning.documents.report_document import COMPUTE, issue_report
from planning.errors import ValidationError
from planning.exports.files import ExportedList, export_list, require_export
from planning.reports.measures import UNITS, Measure, ReportKind
from planning.reports.report import Report, key_text, request, value_of
from planning.security.permissions import Permission, require
from planning.statistics import CountBy


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report", help="figures for donors' reports: returns, reintegration, monitoring by month, country, sex, "
                       "age group, vulnerability",
        description="Returns (travelled, withdrew, involvement ended, protection referred or granted), "
                    "reintegration (packages allocated and delivered, euros against budgets) or monitoring "
                    "(follow-ups due, done, missed, escalated, incidents, sustainability scores) over a period, "
                    "by one dimension down and, if given, a second across, with totals counting each person once. "
                    "Counts under the office's smallest count shown (default 5) read <5, unless --all-counts.")
    parser.add_argument("kind", choices=[k.value for k in ReportKind], help="which report")
    parser.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", type=iso_date,
                        help="first day of the period (default: 1 January of this year)")
    parser.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", type=iso_date,
                        help="last day of the period (default: today)")
    parser.add_argument("--by", default=CountBy.MONTH.value, metavar="DIM[,DIM]",
                        help="one or two of " + ", ".join(c.value for c in CountBy) + ", comma-separated "
                        "(default: month; monitoring: month or country)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="write an Excel workbook (audited)")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="issue the printed report (office's language, "
                        "verification code)")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                        help="language of the workbook's headings (default en)")
    parser.add_argument("--all-counts", action="store_true", help="show small counts as they are (not for sharing; "
                        "a role that may take lists of people away)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if sum(bool(x) for x in (args.json, args.xlsx, args.pdf)) > 1:
        raise ValidationError("--xlsx", "argument.report_one_output")
    if args.pdf and args.all_counts:
        raise ValidationError("--all-counts", "argument.report_pdf_for_sharing")
    if args.xlsx:
        translated(args.language)
    store = open_store(args.db)
    try:
        today = store.today()
        req = request(args.kind, args.period_from or date(today.year, 1, 1), args.period_to or today,
                      [part.strip() for part in args.by.split(",") if part.strip()])
        if args.all_counts:
            require(store, Permission.EXPORT_LISTS)
        if args.pdf:
            issued = issue_report(store, req, path=args.pdf)
            print(f"Saved {issued.path} — reference {issued.reference}, verification code {issued.code}")
            return 0
        what = ExportedList.STATISTICS_ALL_COUNTS if args.all_counts else ExportedList.STATISTICS
        if args.xlsx:
            require_export(store, what)
        with store.reading() as session:
            smallest = 0 if args.all_counts else letterhead(session).smallest_shown
            report = COMPUTE[req.kind](session, req, today)
        if args.xlsx:
            from desktop.exports.reports import report_sheets

            exported = export_list(store, what, report_sheets(report, smallest), args.xlsx, filters={
                "report": req.kind.value, "from": req.start.isoformat(), "to": req.end.isoformat(),
                "by": ",".join(b.value for b in req.by), "smallest_shown": smallest})
            print(said(exported))
            return 0
    finally:
        store.engine.dispose()
    if args.json:
        print(json.dumps(report.as_dict(smallest), indent=2, ensure_ascii=False))
    else:
        print(render(report, smallest))
    return 0


def _text(value: int | str | None) -> str:
    return "—" if value is None else str(value)


def render(report: Report, smallest: int) -> str:
    """The overview as a plain table (and, split two ways, each measure's table after it)."""
    req, table = report.request, report.overview
    measures = [c for c in table.columns if isinstance(c, Measure)]
    header = [req.down.value, *(m.value for m in measures), *(["total"] if table.row_totals else [])]
    lines = [[key_text(row), *(_text(value_of(table.cell(row, m), smallest)) for m in measures),
              *([_text(value_of(table.row_totals[row], smallest))] if table.row_totals else [])] for row in table.rows]
    lines.append(["total", *(_text(value_of(table.column_totals[m], smallest)) for m in measures),
                  *([_text(value_of(table.total, smallest))] if table.row_totals and table.total else [])])
    out = [f"{req.kind.value} {req.start.isoformat()} to {req.end.isoformat()}"
           + (f" (counts under {smallest} shown as <{smallest})" if smallest > 1 else ""), *_aligned(header, lines)]
    for each in report.tables:
        assert each.measure is not None
        out += ["", f"{each.measure.value} by {req.down.value} and {req.across.value if req.across else ''}"
                + (" (EUR)" if UNITS[each.measure].value == "amount" else "")]
        head = [req.down.value, *(key_text(c) for c in each.columns), "total"]
        rows = [[key_text(row), *(_text(value_of(each.cell(row, c), smallest)) for c in each.columns),
                 _text(value_of(each.row_totals[row], smallest))] for row in each.rows]
        rows.append(["total", *(_text(value_of(each.column_totals[c], smallest)) for c in each.columns),
                     _text(value_of(each.total, smallest)) if each.total else ""])
        out += _aligned(head, rows)
    for b in report.budgets:
        out.append(f"budget {b.funding_line} ({b.country_code or 'all countries'}, {b.period_start} to "
                   f"{b.period_end}): {b.budget} EUR, delivered in the period {b.delivered_in_period}, to date "
                   f"{b.delivered_to_date}, committed {b.committed}, remaining {b.remaining}")
    return "\n".join(out)


def _aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(r))
            for r in [header, *rows]]

