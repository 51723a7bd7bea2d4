"""The visit routes as a printed day plan: an overview, the visits left out, then one page per day and monitor.

Printed on the official page (planning.documents: letterhead, page numbers, verification code). The code
vouches for what the records say about the region and period: the field office and its hours, and the
due visits (household, due date, place) as they stood when printed; the order and times of the stops
are the planner's proposal. `homeward verify` answers *superseded* once a visit is logged, a new one
falls due or a household's place changes.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy.orm import Session

from monitoring.places import WEEKDAYS, office_for, offices_in
from monitoring.routes.from_database import PlannedRoutes, RouteDay, RouteProblem, clock, due_visits_in
from monitoring.routes.instance import Location
from planning.documents import fonts, layout, printable, verification
from planning.documents.printing import Printed, issue_pdf
from planning.documents.text import TextStyle
from planning.errors import NotFoundError
from planning.security.permissions import Permission, require
from planning.storage.store import Store

WHITE = colors.white
KIND = "visit-routes"
PREFIX = "VR"
SEPARATOR = "/"
NOTE = TextStyle(size=8, color=layout.MUTED, space_before=1.5 * mm)
DAY_HEADING = TextStyle(size=12.5, bold=True, color=layout.INK, space_after=1 * mm)
STOP_WIDTHS = (7 * mm, 21 * mm, 44 * mm, 62 * mm, 14 * mm, 13 * mm, 13 * mm)
SKETCH_HEIGHT = 62 * mm
SCALE_STEPS_KM = (0.5, 1, 2, 5, 10, 20, 50, 100, 200)


def subject_of(code: str, region: str, first: date, last: date) -> str:
    """'IRQ/Basra/2026-11-30/2026-12-04': what the code is about (the region and period)."""
    return SEPARATOR.join((code, region, first.isoformat(), last.isoformat()))


def _place_digest(*values: object) -> str:
    """Places are sensitive: the issue record keeps a digest of each, enough to tell that it changed."""
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()[:16]


def _facts(session: Session, subject: str) -> verification.Facts | None:
    """The region's field office and due visits for the period, from the current records."""
    code, _, rest = subject.partition(SEPARATOR)
    region, _, period = rest.rpartition(SEPARATOR)
    region, _, first_text = region.rpartition(SEPARATOR)
    try:
        first, last = date.fromisoformat(first_text), date.fromisoformat(period)
    except ValueError:
        return None
    office = office_for(offices_in(session, code, active_only=True), region)
    if office is None:
        return None
    visits = []
    for rows in due_visits_in(session, code, region, last).values():
        head = min(rows, key=lambda r: (r.due_on, r.follow_up_id))
        visits.append({"case": head.reference, "head_name": head.head_name, "due_on": head.due_on,
                       "follow_ups": sorted(r.follow_up_id for r in rows),
                       "place": _place_digest(head.address, head.directions, head.latitude, head.longitude)})
    return {
        "country": code, "region": region, "from": first, "to": last,
        "field_office": {"name": office.name, "hours": office.hours, "working_days": list(office.working_days),
                         "place": _place_digest(office.latitude, office.longitude)},
        "visits": sorted(visits, key=lambda v: str(v["case"])),
    }


verification.register_kind(KIND, _facts)


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def _day_title(day: RouteDay) -> str:
    return f"{WEEKDAYS[day.day.weekday()]} {day.day.day} {day.day:%B %Y} — {printable.line(day.monitor)}"


def _overview(planned: PlannedRoutes) -> list[Flowable]:
    problem = planned.problem
    office, request = problem.office, problem.request
    closed = ", ".join(f"{d:%a %d %b}" for d in problem.days_off) or "none"
    story: list[Flowable] = [layout.fields([
        ("Field office", f"{printable.line(office.name)}"
                         f"{' — ' + printable.line(office.address) if office.address else ''}"),
        ("Working hours", f"{clock(problem.instance.day_start)}–{clock(problem.instance.day_end)}; office closed: "
                          f"{closed}"),
        ("Monitors", ", ".join(printable.line(name) for name in problem.monitor_names)),
        ("Visits", f"{planned.visits_scheduled} planned of {planned.visits_due} due; "
                   f"{request.service_minutes} min each; {_duration(planned.plan.total_travel_minutes)} on the road "
                   f"in all (straight-line distance at {request.speed_kmh:g} km/h)"),
    ])]
    if planned.days:
        story.append(layout.heading("Day plans"))
        rows = [(f"{d.day:%a %d %b}", printable.line(d.monitor), clock(d.leave_office), clock(d.back_at_office),
                 str(len(d.stops)), _duration(d.travel_minutes)) for d in planned.days]
        story.append(layout.table(("Day", "Monitor", "Leave", "Back", "Visits", "Travel"), rows,
                                  (30 * mm, 50 * mm, 20 * mm, 20 * mm, 20 * mm, 34 * mm)))
    else:
        story.append(layout.para("No visit could be planned in this period.", layout.BODY.but(space_before=3 * mm)))
    if planned.left_out:
        story.append(layout.heading(f"Not on these routes ({len(planned.left_out)})"))
        left_rows = [(x.reference, printable.line(x.head_name), f"{x.due_on:%d %b %Y}", x.reason.english())
                     for x in planned.left_out]
        story.append(layout.table(("Case", "Household", "Due", "Why, and what to do"), left_rows,
                                  (30 * mm, 42 * mm, 22 * mm, 80 * mm)))
    story.append(layout.para("The verification code vouches for the field office and for the due visits of this "
                             "region and period as the records stood when printed; the order and times are the "
                             "planner's proposal.", NOTE))
    return story


def sketch(day: RouteDay, problem: RouteProblem, width: float = layout.CONTENT_WIDTH,
           height: float = SKETCH_HEIGHT) -> Drawing:
    """The day's round as seen from above: the office (square), the stops in order, a scale in kilometres."""
    instance = problem.instance
    office = Location(problem.office.latitude, problem.office.longitude)
    places = [office]
    for stop in day.stops:
        place = instance.visits[instance.node(stop.household.reference) - 1].place
        places.append(place if isinstance(place, Location) else office)
    east = math.cos(math.radians(office.lat)) * 111.32
    xs = [(p.lon - office.lon) * east for p in places]  # km east of the office
    ys = [(p.lat - office.lat) * 110.57 for p in places]  # km north
    pad = 8 * mm
    span = max(max(xs) - min(xs), max(ys) - min(ys), 0.5)
    scale = min((width - 2 * pad) / max(max(xs) - min(xs), 1e-9), (height - 2 * pad) / max(max(ys) - min(ys), 1e-9),
                (min(width, height) - 2 * pad) / span)
    left = (width - (max(xs) - min(xs)) * scale) / 2
    bottom = (height - (max(ys) - min(ys)) * scale) / 2
    points = [(left + (x - min(xs)) * scale, bottom + (y - min(ys)) * scale) for x, y in zip(xs, ys, strict=True)]
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=layout.SHADE, strokeColor=layout.RULE, strokeWidth=0.5))
    route = [*points, points[0]]
    drawing.add(PolyLine([c for point in route for c in point], strokeColor=layout.ACCENT, strokeWidth=1.1,
                         strokeDashArray=None))
    for number, (x, y) in enumerate(points[1:], start=1):
        drawing.add(Circle(x, y, 5.2, fillColor=layout.ACCENT, strokeColor=WHITE, strokeWidth=0.8))
        drawing.add(String(x, y - 2.4, str(number), fontName=_font(bold=True), fontSize=6.8,
                           fillColor=WHITE, textAnchor="middle"))
    x, y = points[0]
    drawing.add(Rect(x - 3.4, y - 3.4, 6.8, 6.8, fillColor=layout.INK, strokeColor=WHITE,
                     strokeWidth=0.8))
    drawing.add(String(x - 6, y - 2.5, "Office", fontName=_font(bold=True), fontSize=7, fillColor=layout.INK,
                       textAnchor="end"))
    km = next((step for step in SCALE_STEPS_KM if step * scale >= 18 * mm), SCALE_STEPS_KM[-1])
    bar = km * scale
    drawing.add(Line(width - pad - bar, 4 * mm, width - pad, 4 * mm, strokeColor=layout.INK, strokeWidth=1))
    for end in (width - pad - bar, width - pad):
        drawing.add(Line(end, 3.2 * mm, end, 4.8 * mm, strokeColor=layout.INK, strokeWidth=1))
    drawing.add(String(width - pad - bar / 2, 5.6 * mm, f"{km:g} km", fontName=_font(), fontSize=6.5,
                       fillColor=layout.MUTED, textAnchor="middle"))
    north = pad / 2 + 1.5
    drawing.add(Line(north, height - 9 * mm, north, height - 4 * mm, strokeColor=layout.MUTED, strokeWidth=0.8))
    drawing.add(PolyLine([north - 2, height - 5.2 * mm, north, height - 4 * mm, north + 2, height - 5.2 * mm],
                         strokeColor=layout.MUTED, strokeWidth=0.8))
    drawing.add(String(north + 3, height - 8.5 * mm, "N", fontName=_font(bold=True), fontSize=7,
                       fillColor=layout.MUTED))
    return drawing


def _font(bold: bool = False) -> str:
    fonts.register()
    return fonts.SANS.variant(bold)


def _day_sheet(day: RouteDay, problem: RouteProblem) -> list[Flowable]:
    office_name = printable.line(problem.office.name)
    rows: list[Sequence[object]] = []
    for number, stop in enumerate(day.stops, start=1):
        h = stop.household
        place = printable.note(h.address) if h.address else "—"
        if h.directions:
            place += f"\n{printable.line(h.directions)}"
        due = f"due {h.due_on:%d %b}" + (f", {h.overdue_days} d overdue" if h.overdue_days else "")
        household = f"{h.reference}\n{printable.line(h.head_name)}"
        rows.append((str(number), f"{clock(stop.arrival)}–{clock(stop.departure)}", household, f"{place}\n{due}",
                     f"{stop.travel_minutes} min", f"{stop.departure - stop.arrival} min", layout.CheckBox()))
    last_leg = day.travel_minutes - sum(s.travel_minutes for s in day.stops)
    rows.append(("", clock(day.back_at_office), "", f"Back at {office_name}", f"{last_leg} min", "", ""))
    summary = (f"Leave {office_name} at {clock(day.leave_office)}, back by {clock(day.back_at_office)} · "
               f"{len(day.stops)} visit{'s' if len(day.stops) != 1 else ''} · {_duration(day.travel_minutes)} "
               "on the road")
    return [
        PageBreak(),
        layout.para(_day_title(day), DAY_HEADING),
        layout.para(summary, layout.BODY.but(color=layout.MUTED, space_after=3 * mm)),
        layout.table(("#", "Time", "Case / household", "Address, directions", "Drive", "Visit", "Done"), rows,
                     STOP_WIDTHS),
        Spacer(1, 4 * mm),
        sketch(day, problem),
        Spacer(1, 5 * mm),
        layout.para("Notes", layout.LABEL),
        Spacer(1, 24 * mm),
        layout.signature_lines(["Monitor"], width=layout.CONTENT_WIDTH / 2),
    ]


def route_printout(store: Store, planned: PlannedRoutes) -> Printed:
    """Issue the day plan as a PDF (one transaction: the issue is recorded only if the PDF renders)."""
    require(store, Permission.ISSUE_MONITORING_REPORTS)
    problem = planned.problem
    office, request = problem.office, problem.request
    subject = subject_of(office.country, request.region, request.first_day, request.last_day)
    with store.transaction() as session:
        facts = _facts(session, subject)
        if facts is None:
            raise NotFoundError("field_office_for", f"{request.region} ({office.country})")
        story = _overview(planned)
        for day in planned.days:
            story += _day_sheet(day, problem)
        period = f"{request.first_day:%a %d %b} – {request.last_day:%a %d %b %Y}"
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=subject, facts=facts,
                         title=f"Visit routes — {printable.line(request.region)} ({office.country})",
                         subtitle=f"{period} · from {printable.line(office.name)}", story=story)
