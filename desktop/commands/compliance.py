"""`homeward compliance COUNTRY [--from D] [--to D] [--json] [-o FILE.pdf]`: how a country kept its assurances."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from monitoring.compliance import ComplianceReport, Figures, compliance, default_period
from monitoring.compliance_report import IssuedReport, issue_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "compliance", help="a country's compliance report: follow-ups done vs due, contact, incidents, assurances",
        description="Figures of post-return monitoring for a country over a period (default: the last 12 months). "
                    "With -o, the report is issued as a PDF with a verification code.")
    parser.add_argument("country", metavar="COUNTRY", help="country of return (ISO code or name)")
    parser.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", type=iso_date,
                        help="first day of the period (default: the first of the month 11 months ago)")
    parser.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", type=iso_date,
                        help="last day of the period (default: today)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, help="issue the report as a PDF here")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        start, end = default_period(store.today())
        period_from, period_to = args.period_from or start, args.period_to or end
        issued: IssuedReport | None = None
        if args.output is not None:
            issued = issue_report(store, args.country, period_from, period_to, path=pdf_path(args.output))
            report = issued.report
        else:
            report = compliance(store, args.country, period_from, period_to)
    finally:
        store.engine.dispose()
    if args.json:
        values = report.as_dict()
        if issued is not None:
            values["document"] = {"path": str(issued.path), "reference": issued.reference, "code": issued.code}
        print(json.dumps(values, indent=2, ensure_ascii=False))
    else:
        print(render(report))
        if issued is not None:
            print(f"\nSaved {issued.path} — reference {issued.reference}, verification code {issued.code}")
    return 0


def pdf_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f} %"


def _row(name: str, f: Figures) -> str:
    kinds = f.incidents
    return (f"  {name:<8} {f.due:>8} {f.done:>6} {f.missed:>7} {f.outstanding:>10} {f.contact_made:>8} "
            f"{_rate(f.done_rate):>10} {_rate(f.contact_rate):>13} {kinds.incidents:>10} "
            f"{kinds.punishment:>7}/{kinds.detention}/{kinds.readmission_refused}")


def render(report: ComplianceReport) -> str:
    totals, plans = report.totals, report.plans
    counted = f" (follow-ups counted up to {report.counted_to})" if report.counted_to < report.period_to else ""
    lines = [
        f"Compliance — {report.country_name} ({report.country_code}), {report.period_from} to "
        f"{report.period_to}, as of {report.as_of}{counted}",
        f"Follow-ups: {totals.due} fell due, {totals.done} done ({_rate(totals.done_rate)}), {totals.missed} missed, "
        f"{totals.outstanding} not yet logged; contact rate {_rate(totals.contact_rate)} "
        f"({totals.contact_made} of {totals.logged} logged)",
        f"Incidents: {totals.incidents.incidents} reported (punishment {totals.incidents.punishment}, detention "
        f"{totals.incidents.detention}, readmission refused {totals.incidents.readmission_refused}); "
        f"{report.open_incidents} open; review decisions: "
        + (", ".join(f"{n} {o.value.replace('_', ' ')}" for o, n in report.decisions) or "none"),
        f"Plans: {plans.total} households ({plans.active} active, {plans.passive} passive, {plans.unmonitored} not "
        f"monitored); shortfall {plans.shortfall} (active needed, only passive authorised)",
        "",
        f"  {'Month':<8} {'Fell due':>8} {'Done':>6} {'Missed':>7} {'Not logged':>10} {'Contact':>8} "
        f"{'Done / due':>10} {'Contact rate':>13} {'Incidents':>10} {'P/D/R':>11}",
        *(_row(m.label, m.figures) for m in report.months),
        _row("Total", totals),
        "",
        "Assurances valid during the period:" if report.assurances else "No assurance valid during the period.",
    ]
    for a in report.assurances:
        level = f", {a.monitoring_level.value}" if a.monitoring_level else ""
        lines.append(f"  {a.kind.value.replace('_', ' '):<26} {a.reference:<16} {a.status.value.replace('_', ' '):<13} "
                     f"{a.valid_from} to {a.valid_to or 'open-ended'}  {a.region or 'whole country'}{level}")
    return "\n".join(lines)
