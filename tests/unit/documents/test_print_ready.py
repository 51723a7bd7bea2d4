"""Print-ready: every document kind, in each office language, rendered (pypdfium2) and held to the page's rules.

No ink or text outside the margins, no two lines of text drawn over each other, no page whose body is a
single line, no signature block on a page without the text it signs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pypdfium2
import pytest
from reportlab.platypus import PageBreak

from planning.documents import layout
from planning.documents.assurance_summary import print_assurance_summary
from planning.documents.declaration import print_declaration
from planning.documents.manifest import print_manifest
from planning.documents.travel_letter import print_travel_letter
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.scenarios import assurances
from tests.unit.documents.helpers import booked_family, office, speaks

POINTS_PER_MM = 72 / 25.4
#: Body text lies between the letterhead's rule and the footer's.
BODY_TOP = layout.PAGE_HEIGHT - layout.HEADER_HEIGHT + 6 * POINTS_PER_MM
BODY_BOTTOM = layout.FOOTER_HEIGHT
#: What marks a signature block: the date line under each signature.
SIGNATURE_MARK = "____"
#: How far a signature block reaches above its date line: what stands there is the block, not the text signed.
SIGNATURE_BLOCK = 30 * POINTS_PER_MM


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Line) -> float:
        """The area both cover, as a share of the smaller one."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.top, other.top) - max(self.bottom, other.bottom)
        if width <= 0 or height <= 0:
            return 0.0
        smaller = min((self.right - self.left) * (self.top - self.bottom),
                      (other.right - other.left) * (other.top - other.bottom))
        return width * height / smaller if smaller > 0 else 0.0


def lines_of(page: pypdfium2.PdfPage) -> list[Line]:
    text_page = page.get_textpage()
    try:
        found = []
        for index in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(index)
            text = text_page.get_text_bounded(left, bottom, right, top).strip()
            if text:
                found.append(Line(text, left, bottom, right, top))
        return found
    finally:
        text_page.close()


def problems(pdf: bytes) -> Iterator[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            page = document[number]
            width, _height = page.get_size()
            lines = lines_of(page)
            for line in lines:
                if line.left < layout.MARGIN - 1 or line.right > width - layout.MARGIN + 1:
                    yield f"page {number + 1}: text outside the margins: {line.text!r}"
            for index, line in enumerate(lines):
                for other in lines[index + 1:]:
                    if line.overlaps(other) > 0.3:
                        yield f"page {number + 1}: {line.text!r} drawn over {other.text!r}"
            body = [line for line in lines if line.bottom > BODY_BOTTOM + 2 and line.top < BODY_TOP]
            baselines = {round(line.bottom) for line in body}
            if len(baselines) < 2:
                yield f"page {number + 1}: a page with a single line of text: {[line.text for line in body]}"
            signatures = [line for line in body if SIGNATURE_MARK in line.text]
            if signatures:
                # Text above the whole block (a block's role, name, title and contacts stand within
                # SIGNATURE_BLOCK above its date line).
                highest = max(line.top for line in signatures)
                above = {round(line.bottom) for line in body if line.bottom > highest + SIGNATURE_BLOCK}
                if len(above) < 2:
                    yield f"page {number + 1}: a signature block without the text it signs"
            bitmap = page.render(scale=1).to_pil().convert("L")
            margin = int(layout.MARGIN - 2 * POINTS_PER_MM)
            for x0, x1 in ((0, margin), (bitmap.width - margin, bitmap.width)):
                strip = bitmap.crop((x0, 0, x1, bitmap.height))
                if strip.getextrema()[0] < 200:
                    yield f"page {number + 1}: ink in the margin ({x0}-{x1} pt)"
    finally:
        document.close()


Printer = Callable[[Store], bytes]


def _travel_letter(store: Store) -> bytes:
    booked = booked_family(store)
    speaks(store, booked.family.father, "ps", "احمد", "ځدراڼ")
    return print_travel_letter(store, booked.family.reference).pdf


def _bilingual_letter(store: Store) -> bytes:
    booked = booked_family(store)
    return print_travel_letter(store, booked.family.reference).pdf


def _declaration(store: Store) -> bytes:
    booked = booked_family(store)
    speaks(store, booked.family.father, "fa", "احمد", "کریمی")
    speaks(store, booked.family.mother, "ar", "نينو", "بريدزه")
    return print_declaration(store, booked.family.reference).pdf


def _manifest(store: Store) -> bytes:
    """Six households: the passengers run onto a second page."""
    from planning import booking_service
    from tests.scenarios import ready_family
    from tests.unit.documents.helpers import istanbul_flight

    movement = istanbul_flight(store, "TK-9", capacity=30)
    booking_service.book(store, ready_family(store).case_id, movement)
    for _ in range(5):
        booked_family(store, movement_id=movement)
    return print_manifest(store, "TK-9").pdf


def _assurance_summary(store: Store) -> bytes:
    assurances(store)
    return print_assurance_summary(store, "GEO").pdf


def _voucher(store: Store) -> bytes:
    from planning.documents.voucher import print_voucher
    from tests.unit.documents.test_voucher import housing

    return print_voucher(store, housing(store).id).pdf


def _handover_certificate(store: Store) -> bytes:
    from planning.documents.voucher import print_voucher
    from planning.reintegration import allocations
    from tests.unit.documents.test_voucher import allocation_case, housing
    from tests.unit.reintegration.test_from_database import arrived

    house = housing(store)
    arrived(store, allocation_case(store, house.id))
    allocations.record_delivery(store, house.id, house.version, TODAY, "keys handed over")
    return print_voucher(store, house.id).pdf


def _visit_form(store: Store) -> bytes:
    from monitoring.places import PlaceDraft, set_place
    from monitoring.visit_form import print_visit_form
    from tests.unit.monitoring.test_visit_form import due_follow_up

    case_id, follow_up_id = due_follow_up(store)
    set_place(store, case_id, PlaceDraft("12 Rustaveli Avenue, Tbilisi", 41.6938, 44.8015,
                                         directions="Blue gate next to the pharmacy"), 0)
    return print_visit_form(store, follow_up_id).pdf


def _compliance_report(store: Store) -> bytes:
    from monitoring.compliance_report import issue_report
    from tests.unit.monitoring.compliance_history import PERIOD, SEEN_ON, build
    from tests.unit.monitoring.helpers import as_of

    build(store)
    return issue_report(as_of(store, SEEN_ON), "GEO", *PERIOD).pdf


def _visit_routes(store: Store) -> bytes:
    from monitoring.routes.from_database import plan_routes
    from monitoring.routes.printout import route_printout
    from tests.unit.monitoring import test_routes_from_database as routes
    from tests.unit.monitoring.helpers import add_monitor

    assurances(store, "GEO")
    routes.office(store)
    add_monitor(store, "mona")
    for east, north in ((4, 1), (-5, 3), (2, -6)):
        routes.household(store, at=routes.near(east, north))
    routes.household(store, address="House behind the bakery, Gldani")
    return route_printout(store, plan_routes(store, routes.request(monitors=("mona",)), time_limit_seconds=1)).pdf


def _subject_access(store: Store) -> bytes:
    from monitoring import subject_access
    from planning.storage.store import Actor
    from planning.vocabulary import Role
    from tests.scenarios import counsel, declare, open_family

    family = open_family(store)
    counsel(store, family, TODAY)
    declare(store, family.mother, TODAY)
    return subject_access.export(store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER)), family.mother).pdf


KINDS: dict[str, Printer] = {
    "travel letter": _travel_letter, "bilingual travel letter": _bilingual_letter, "declaration": _declaration,
    "manifest": _manifest, "assurance summary": _assurance_summary, "voucher": _voucher,
    "handover certificate": _handover_certificate, "visit form": _visit_form,
    "compliance report": _compliance_report, "visit routes": _visit_routes, "subject access": _subject_access,
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_document_kind_is_print_ready(store: Store, kind: str, language: str) -> None:
    office(store, language)
    pdf = KINDS[kind](store)
    assert not list(problems(pdf))


def test_the_checks_catch_what_they_look_for() -> None:
    """A page with one line, text past the margin and a signature block alone each fail."""
    from planning.documents.office import Letterhead
    from planning.documents.statement import Statement
    from planning.documents.verification import Issued, check_symbol, display

    code = "7K3QXM2P9" + check_symbol("7K3QXM2P9")
    issued = Issued(1, code, "test", "S", "ab" * 32, date(2026, 6, 1), "x",
                    Statement(display(code), "test", "S", "2026-06-01", "HWK-TEST", signature="c2ln"))
    lonely = layout.render(Letterhead(), layout.Meta("T", "R", issued), [
        layout.para("First line"), layout.para("Second line"), layout.para("Third"),
        PageBreak(), layout.para("Only one line on this page")])
    assert any("single line" in found for found in problems(lonely))
    signed = layout.render(Letterhead(), layout.Meta("T", "R", issued), [
        layout.para("Text " * 40), PageBreak(), layout.signature_lines(["A", "B"])])
    assert any("signature block without the text" in found for found in problems(signed))
    wide = layout.render(Letterhead(), layout.Meta("T", "R", issued), [
        layout.para("First"), layout.table(["A"], [["x"]], [layout.CONTENT_WIDTH + 40 * POINTS_PER_MM])])
    assert any("outside the margins" in found or "ink in the margin" in found for found in problems(wide))
