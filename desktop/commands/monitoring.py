"""`homeward monitoring due|ensure-plans|routes|place|offices|office`: follow-ups due and overdue; plans for
arrived households; visit routes for a region and period; where a household lives; field offices."""

from __future__ import annotations

import argparse
import json
from datetime import time
from pathlib import Path

from desktop.commands.arguments import iso_date
from desktop.commands.session import open_store
from monitoring import arrival
from monitoring.due import DueFollowUp, due
from monitoring.places import (
    MONDAY_TO_FRIDAY,
    FieldOfficeDraft,
    PlaceDraft,
    case_id_of,
    field_offices,
    parse_coordinates,
    place_of,
    save_field_office,
    set_place,
)
from monitoring.routes.from_database import PlannedRoutes, RouteRequest, areas, clock, plan_routes
from monitoring.routes.printout import route_printout
from planning.errors import NotFoundError, ValidationError
from planning.private_files import write_private


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("monitoring", help="follow-ups after arrival")
    commands = parser.add_subparsers(dest="monitoring_command", metavar="ACTION", required=True)
    listing = commands.add_parser("due", help="follow-ups overdue or due within a week")
    listing.add_argument("--country", metavar="C", help="country of return (ISO code or name)")
    listing.add_argument("--region", metavar="R", help="region of return")
    listing.add_argument("--monitor", metavar="NAME", help="the monitor's user name")
    listing.add_argument("--on", metavar="YYYY-MM-DD", type=iso_date, help="as seen on this day (default: today)")
    listing.add_argument("--days", metavar="N", type=int, default=7, help="due within N days (default 7)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_due)
    ensure = commands.add_parser("ensure-plans", help="create monitoring plans for arrived households lacking one")
    ensure.set_defaults(handler=run_ensure)
    routes = commands.add_parser("routes", help="visit routes for the due visits of a region and period")
    routes.add_argument("--region", metavar="R", required=True, help="region of return")
    routes.add_argument("--country", metavar="C",
                        help="country of return (ISO code or name); needed only when the region name is ambiguous")
    routes.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD", type=iso_date, required=True,
                        help="first day of the period")
    routes.add_argument("--to", dest="last_day", metavar="YYYY-MM-DD", type=iso_date, required=True,
                        help="last day of the period")
    routes.add_argument("--monitor", metavar="M", action="append", default=[],
                        help="a monitor who goes out (repeat for several; their follow-ups and unassigned ones)")
    routes.add_argument("--monitors", metavar="N", type=int, default=1,
                        help="without --monitor: how many monitors go out each day (default 1)")
    routes.add_argument("--hours", metavar="HH:MM-HH:MM", type=hours,
                        help="working hours (default: the field office's)")
    routes.add_argument("--visit-minutes", metavar="N", type=int, default=45, help="minutes per visit (default 45)")
    routes.add_argument("--seconds", metavar="S", type=float, default=5.0, help="solver time limit (default 5)")
    routes.add_argument("--json", action="store_true", help="print JSON instead of text")
    routes.add_argument("--pdf", metavar="FILE", type=Path, help="also write the printable day plan to FILE")
    routes.set_defaults(handler=run_routes)
    place = commands.add_parser("place", help="show or record where a returned household lives")
    place.add_argument("case", metavar="REF", help="case reference, e.g. HW-2026-000123")
    place.add_argument("--address", metavar="TEXT", help="street, house, neighbourhood, town")
    place.add_argument("--directions", metavar="TEXT", help="how to find it: landmarks, who to ask")
    place.add_argument("--coordinates", metavar="LAT,LON", help="decimal degrees, e.g. '41.7151, 44.8271'")
    place.set_defaults(handler=run_place)
    offices = commands.add_parser("offices", help="list the field offices visit routes start from")
    offices.add_argument("--country", metavar="C", help="country (ISO code or name)")
    offices.add_argument("--json", action="store_true", help="print JSON instead of text")
    offices.set_defaults(handler=run_offices)
    office = commands.add_parser("office", help="add a field office, or change one (--id)")
    office.add_argument("--id", type=int, metavar="N", help="the office to change (see `offices`)")
    office.add_argument("--country", metavar="C", required=True, help="country (ISO code or name)")
    office.add_argument("--name", metavar="TEXT", required=True, help="e.g. 'Basra field office'")
    office.add_argument("--coordinates", metavar="LAT,LON", required=True, help="where routes start and end")
    office.add_argument("--region", metavar="R", help="the region it serves (default: the whole country)")
    office.add_argument("--address", metavar="TEXT", help="postal address")
    office.add_argument("--hours", metavar="HH:MM-HH:MM", type=hours, default=(time(8), time(16)),
                        help="working hours (default 08:00-16:00)")
    office.add_argument("--days", metavar="1,2,3,4,5", type=weekdays, default=MONDAY_TO_FRIDAY,
                        help="working days, 1 = Monday .. 7 = Sunday (default 1,2,3,4,5)")
    office.add_argument("--closed", action="store_true", help="the office no longer starts routes")
    office.set_defaults(handler=run_office)


def run_due(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        rows = due(store, on=args.on, within_days=args.days, monitor=args.monitor, country=args.country,
                   region=args.region)
    finally:
        store.engine.dispose()
    print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False) if args.json else render(rows))
    return 0


def render(rows: list[DueFollowUp]) -> str:
    if not rows:
        return "No follow-ups due."
    overdue = sum(r.overdue for r in rows)
    lines = [f"{len(rows)} follow-up{'s' if len(rows) != 1 else ''} due ({overdue} overdue)"]
    for r in rows:
        when = f"{r.days_overdue} d overdue" if r.overdue else "due"
        lines.append(f"  {r.due_on}  {when:<14} {r.reference:<16} {r.country} {r.region or '-':<16} "
                     f"{r.kind.value.replace('_', ' '):<14} month {r.month:<3} {r.monitor or 'unassigned'}")
    return "\n".join(lines)


def run_ensure(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        created = arrival.ensure_plans(store)
    finally:
        store.engine.dispose()
    print(f"{created} monitoring plan{'s' if created != 1 else ''} created")
    return 0


def hours(text: str) -> tuple[time, time]:
    start, sep, end = text.partition("-")
    try:
        if not sep:
            raise ValueError(text)
        return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not working hours like 08:30-16:00") from None


def _country_of(store_areas: list[tuple[str, str]], region: str) -> str:
    matches = sorted({code for code, name in store_areas if name.casefold() == region.casefold()})
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(sorted({f"{name} ({code})" for code, name in store_areas})) or "none"
        raise ValidationError("region", "argument.no_region", region, region=region, known=known)
    raise ValidationError("country", "argument.region_of_several", region, region=region, countries=tuple(matches))


def run_routes(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        country = args.country or _country_of([(a.country, a.region) for a in areas(store)], args.region)
        start, end = args.hours or (None, None)
        request = RouteRequest(country, args.region, args.first_day, args.last_day, tuple(args.monitor),
                               args.monitors, start, end, args.visit_minutes)
        planned = plan_routes(store, request, time_limit_seconds=args.seconds)
        if args.pdf is not None:
            printed = route_printout(store, planned)
            write_private(args.pdf, printed.pdf)
    finally:
        store.engine.dispose()
    print(json.dumps(planned.as_dict(), indent=2, ensure_ascii=False) if args.json else render_routes(planned))
    return 0


def render_routes(planned: PlannedRoutes) -> str:
    problem = planned.problem
    office, request = problem.office, problem.request
    lines = [f"Visit routes, {office.country} — {request.region}, {request.first_day} to {request.last_day}",
             f"From {office.name}, {clock(problem.instance.day_start)}–{clock(problem.instance.day_end)}; "
             f"{planned.visits_scheduled} of {planned.visits_due} visits planned, "
             f"{planned.plan.total_travel_minutes} min travel"]
    if problem.days_off:
        lines.append("Office closed: " + ", ".join(f"{d:%a %d %b}" for d in problem.days_off))
    for day in planned.days:
        lines.append("")
        lines.append(f"{day.day:%a %d %b %Y}  {day.monitor}: leave {clock(day.leave_office)}, "
                     f"back {clock(day.back_at_office)}, {day.travel_minutes} min travel")
        for number, stop in enumerate(day.stops, start=1):
            h = stop.household
            lines.append(f"  {number:>2}. {clock(stop.arrival)}–{clock(stop.departure)}  {h.reference:<15} "
                         f"{h.head_name:<28} {stop.travel_minutes:>3} min drive  {h.address or ''}")
    if planned.left_out:
        lines.append("")
        lines.append(f"Not on these routes ({len(planned.left_out)}):")
        for x in planned.left_out:
            lines.append(f"  {x.reference:<15} {x.head_name:<28} due {x.due_on}  {x.reason.english()}")
    return "\n".join(lines)


def weekdays(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.replace(" ", "").split(",") if part)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of weekdays like 1,2,3,4,5") from None


def run_place(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        case_id = case_id_of(store, args.case)
        if args.address is not None or args.coordinates is not None or args.directions is not None:
            current = place_of(store, case_id)
            latitude, longitude = (parse_coordinates(args.coordinates) if args.coordinates is not None
                                   else (current.latitude, current.longitude))
            draft = PlaceDraft(args.address if args.address is not None else current.address, latitude, longitude,
                               args.directions if args.directions is not None else current.directions)
            set_place(store, case_id, draft, current.version)
        shown = place_of(store, case_id)
    finally:
        store.engine.dispose()
    where = f"{shown.latitude:.5f}, {shown.longitude:.5f}" if shown.has_coordinates else "no coordinates"
    print(f"{shown.reference}  {shown.head_name}  ({shown.country}{' — ' + shown.region if shown.region else ''})")
    print(f"  address:    {shown.address or '-'}")
    print(f"  directions: {shown.directions or '-'}")
    print(f"  place:      {where}" + (f" (recorded {shown.recorded_on} by {shown.recorded_by})"
                                      if shown.recorded_on else ""))
    return 0


def run_offices(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        rows = field_offices(store, args.country)
    finally:
        store.engine.dispose()
    if args.json:
        print(json.dumps([o.as_dict() for o in rows], indent=2, ensure_ascii=False))
    elif not rows:
        print("No field offices recorded.")
    for o in rows if not args.json else []:
        days = ",".join(str(d) for d in o.working_days)
        print(f"  {o.id:>4}  {o.country} {o.region or '(whole country)':<24} {o.name:<28} {o.hours}  days {days}"
              f"  {o.latitude:.5f}, {o.longitude:.5f}{'' if o.active else '  (closed)'}")
    return 0


def run_office(args: argparse.Namespace) -> int:
    latitude, longitude = parse_coordinates(args.coordinates)
    if latitude is None or longitude is None:
        raise ValidationError("coordinates", "argument.office_coordinates", args.coordinates)
    opens, closes = args.hours
    draft = FieldOfficeDraft(args.country, args.name, latitude, longitude, opens, closes, args.days, args.region,
                             args.address, not args.closed)
    store = open_store(args.db)
    try:
        version = None
        if args.id is not None:
            version = next((o.version for o in field_offices(store) if o.id == args.id), None)
            if version is None:
                raise NotFoundError("field_office", args.id)
        office_id = save_field_office(store, draft, args.id, version)
    finally:
        store.engine.dispose()
    print(f"field office {office_id} {'changed' if args.id is not None else 'added'}: {draft.name}")
    return 0
