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

from babel.dates import format_date as babel_date
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy.orm import Session

from monitoring.places import office_for, offices_in
from monitoring.routes.from_database import PlannedRoutes, RouteDay, RouteProblem, clock, due_visits_in
from monitoring.routes.instance import Location
from planning.documents import fonts, keyed, layout, printable, verification
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.text import TextStyle
from planning.documents.texts import is_rtl_language, printed_as, say
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


def _when(day: date, language: str, pattern: str) -> str:
    """A day as the office's language writes it (CLDR's names of weekdays and months): 'mardi 1 décembre 2026'."""
    return str(babel_date(day, pattern, locale=printed_as(language) or language))


def _duration(minutes: int, language: str) -> str:
    hours, rest = divmod(minutes, 60)
    if hours:
        return say("vr_hours_minutes", language, hours=hours, minutes=f"{rest:02d}")
    return say("vr_minutes", language, minutes=rest)


def _day_title(day: RouteDay, language: str) -> str:
    return f"{_when(day.day, language, 'EEEE d MMMM y')} — {printable.line(day.monitor)}"


def _overview(planned: PlannedRoutes, language: str) -> list[Flowable]:
    problem = planned.problem
    office, request = problem.office, problem.request
    rtl = is_rtl_language(language)
    direction = "R" if rtl else None
    comma = "، " if rtl else ", "
    closed = comma.join(_when(d, language, "EEE d MMM") for d in problem.days_off) or say("vr_closed_none", language)
    story: list[Flowable] = [layout.fields([
        (say("vr_field_office", language), f"{printable.line(office.name)}"
                                           f"{' — ' + printable.line(office.address) if office.address else ''}"),
        (say("vr_working_hours", language), say("vr_hours", language, start=clock(problem.instance.day_start),
                                                end=clock(problem.instance.day_end), closed=closed)),
        (say("vr_monitors", language), comma.join(printable.line(name) for name in problem.monitor_names)),
        (say("vr_visits", language), say("vr_visits_summary", language, planned=planned.visits_scheduled,
                                         due=planned.visits_due, minutes=request.service_minutes,
                                         travel=_duration(planned.plan.total_travel_minutes, language),
                                         speed=f"{request.speed_kmh:g}")),
    ], rtl=rtl)]
    if planned.days:
        story.append(layout.heading(say("vr_day_plans", language)))
        rows = [(_when(d.day, language, "EEE d MMM"), printable.line(d.monitor), clock(d.leave_office),
                 clock(d.back_at_office), str(len(d.stops)), _duration(d.travel_minutes, language))
                for d in planned.days]
        header = [say(key, language) for key in ("vr_day", "vr_monitor", "vr_leave", "vr_back", "vr_visits",
                                                 "vr_travel")]
        story.append(layout.table(header, rows, (30 * mm, 50 * mm, 20 * mm, 20 * mm, 20 * mm, 34 * mm), rtl=rtl))
    else:
        story.append(layout.para(say("vr_none_planned", language), layout.BODY.but(space_before=3 * mm), direction))
    if planned.left_out:
        story.append(layout.heading(say("vr_left_out", language, count=len(planned.left_out))))
        left_rows = [(x.reference, printable.line(x.head_name), _when(x.due_on, language, "d MMM y"),
                      keyed.message(x.reason, language)) for x in planned.left_out]
        header = [say(key, language) for key in ("case", "vr_household", "vr_due", "vr_why")]
        story.append(layout.table(header, left_rows, (30 * mm, 42 * mm, 22 * mm, 80 * mm), rtl=rtl))
    story.append(layout.para(say("vr_note", language), NOTE, direction))
    return story


def sketch(day: RouteDay, problem: RouteProblem, width: float = layout.CONTENT_WIDTH,
           height: float = SKETCH_HEIGHT, language: str = "en") -> Drawing:
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
    office_label, office_font = _drawn(say("vr_office", language), bold=True)
    drawing.add(String(x - 6, y - 2.5, office_label, fontName=office_font, fontSize=7, fillColor=layout.INK,
                       textAnchor="end"))
    km = next((step for step in SCALE_STEPS_KM if step * scale >= 18 * mm), SCALE_STEPS_KM[-1])
    bar = km * scale
    drawing.add(Line(width - pad - bar, 4 * mm, width - pad, 4 * mm, strokeColor=layout.INK, strokeWidth=1))
    for end in (width - pad - bar, width - pad):
        drawing.add(Line(end, 3.2 * mm, end, 4.8 * mm, strokeColor=layout.INK, strokeWidth=1))
    km_label, km_font = _drawn(say("vr_km", language, km=f"{km:g}"))
    drawing.add(String(width - pad - bar / 2, 5.6 * mm, km_label, fontName=km_font, fontSize=6.5,
                       fillColor=layout.MUTED, textAnchor="middle"))
    north = pad / 2 + 1.5
    drawing.add(Line(north, height - 9 * mm, north, height - 4 * mm, strokeColor=layout.MUTED, strokeWidth=0.8))
    drawing.add(PolyLine([north - 2, height - 5.2 * mm, north, height - 4 * mm, north + 2, height - 5.2 * mm],
                         strokeColor=layout.MUTED, strokeWidth=0.8))
    north_label, north_font = _drawn(say("vr_north", language), bold=True)
    drawing.add(String(north + 3, height - 8.5 * mm, north_label, fontName=north_font, fontSize=7,
                       fillColor=layout.MUTED))
    return drawing


def _font(bold: bool = False) -> str:
    fonts.register()
    return fonts.SANS.variant(bold)


def _drawn(text: str, bold: bool = False) -> tuple[str, str]:
    """A label on the sketch as drawn (ReportLab's drawing strings are not shaped) and its font."""
    if fonts.has_rtl(text):
        fonts.register()
        return fonts.visual(fonts.shaped(text)), fonts.NASKH.variant(bold)
    return text, _font(bold)


def _day_sheet(day: RouteDay, problem: RouteProblem, language: str) -> list[Flowable]:
    rtl = is_rtl_language(language)
    direction = "R" if rtl else None
    comma = "، " if rtl else ", "
    office_name = printable.line(problem.office.name)

    def minutes(count: int) -> str:
        return say("vr_minutes", language, minutes=count)

    rows: list[Sequence[object]] = []
    for number, stop in enumerate(day.stops, start=1):
        h = stop.household
        place = printable.note(h.address) if h.address else "—"
        if h.directions:
            place += f"\n{printable.line(h.directions)}"
        due = say("vr_due_on", language, date=_when(h.due_on, language, "d MMM"))
        if h.overdue_days:
            due += comma + say("vr_overdue", language, days=h.overdue_days)
        household = f"{h.reference}\n{printable.line(h.head_name)}"
        rows.append((str(number), f"{clock(stop.arrival)}–{clock(stop.departure)}", household, f"{place}\n{due}",
                     minutes(stop.travel_minutes), minutes(stop.departure - stop.arrival), layout.CheckBox()))
    last_leg = day.travel_minutes - sum(s.travel_minutes for s in day.stops)
    rows.append(("", clock(day.back_at_office), "", say("vr_back_at", language, office=office_name),
                 minutes(last_leg), "", ""))
    visits = (say("vr_one_visit", language) if len(day.stops) == 1
              else say("vr_n_visits", language, count=len(day.stops)))
    summary = say("vr_day_summary", language, office=office_name, leave=clock(day.leave_office),
                  back=clock(day.back_at_office), visits=visits, travel=_duration(day.travel_minutes, language))
    header = ["#", *(say(key, language) for key in ("vr_time", "vr_case_household", "vr_address", "vr_drive",
                                                    "vr_visit", "vr_done"))]
    return [
        PageBreak(),
        layout.para(_day_title(day, language), DAY_HEADING, direction),
        layout.para(summary, layout.BODY.but(color=layout.MUTED, space_after=3 * mm), direction),
        layout.table(header, rows, STOP_WIDTHS, rtl=rtl),
        Spacer(1, 4 * mm),
        sketch(day, problem, language=language),
        Spacer(1, 5 * mm),
        layout.para(say("vr_notes", language), layout.LABEL, direction),
        Spacer(1, 24 * mm),
        layout.signature_lines([say("vr_monitor", language)], date_label=say("date", language),
                               width=layout.CONTENT_WIDTH / 2, rtl=rtl),
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
        language = letterhead(session).language
        story = _overview(planned, language)
        for day in planned.days:
            story += _day_sheet(day, problem, language)
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=subject, facts=facts,
                         title=say("vr_title", language, region=printable.line(request.region),
                                   country=office.country),
                         subtitle=say("vr_subtitle", language, first=_when(request.first_day, language, "EEE d MMM"),
                                      last=_when(request.last_day, language, "EEE d MMM y"),
                                      office=printable.line(office.name)), story=story)
