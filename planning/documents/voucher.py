"""The reintegration voucher (a package accepted for a person) and, once handed over, the handover certificate.

One document per allocated package, bilingual (office and returnee language): who receives what, from
which partner, in which month, its value in kind and in cash, that it is personal; signature lines for
the returnee, the partner and the office. The verification code vouches for the allocation as printed:
a changed month, partner or amount, a cancellation or the handover supersedes it (the certificate then
replaces the voucher).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from planning.documents import layout, printable, records, verification
from planning.documents.bilingual import Languages
from planning.documents.office import letterhead
from planning.documents.printing import Printed, issue_pdf
from planning.documents.texts import country_name, format_date, format_money, say
from planning.documents.verification import Facts
from planning.errors import NotFoundError, SafeguardError, ValidationError
from planning.security.permissions import Permission, require
from planning.storage.models import Case, Person
from planning.storage.models.reintegration import (
    AllocationStatus,
    PackageAllocation,
    ReintegrationBudget,
    ReintegrationPackage,
    ReintegrationPartner,
)
from planning.storage.store import Store
from planning.vocabulary import CaseStatus

KIND = "voucher"
PREFIX = "RV"


def load(session: Session, subject: str) -> Facts | None:
    """What the voucher prints about one allocated package, from the current records."""
    if not subject.isdigit():
        return None
    allocation = session.get(PackageAllocation, int(subject))
    if allocation is None:
        return None
    person = session.get(Person, allocation.person_id)
    case = session.get(Case, allocation.case_id)
    package = session.get(ReintegrationPackage, allocation.package_id)
    budget = session.get(ReintegrationBudget, allocation.budget_id)
    if person is None or case is None or package is None or budget is None:
        return None
    partner = session.get(ReintegrationPartner, package.partner_id)
    people = records.household(session, case.id)
    return {
        "allocation": allocation.id, "status": allocation.status.value, "case": case.reference,
        "name": records.person_name(person), "name_latin": records.latin_name(person),
        "date_of_birth": person.date_of_birth,
        "country": {"code": case.country.code, "name": case.country.name}, "region": case.region_of_return,
        "package": {"code": package.code, "name": package.name, "kind": package.kind.value},
        "partner": {"name": partner.name if partner else "", "contact": partner.contact if partner else None},
        "delivery_month": allocation.delivery_month, "in_kind": str(allocation.in_kind), "cash": str(allocation.cash),
        "funding_line": budget.funding_line, "delivered_on": allocation.delivered_on,
        "delivered_by": allocation.delivered_by,
        "language": records.returnee_language(people), "office_language": letterhead(session).language,
    }


verification.register_kind(KIND, load)


def print_voucher(store: Store, allocation: str | int) -> Printed:
    """The voucher of an accepted package, or the handover certificate of a delivered one."""
    require(store, Permission.PRINT_DOCUMENTS)
    subject = str(allocation).strip()
    with store.transaction() as session:
        facts = load(session, subject)
        if facts is None:
            raise NotFoundError("package_allocation", allocation)
        if facts["status"] == AllocationStatus.CANCELLED.value:
            raise ValidationError("allocation", "document.voucher_cancelled", subject, allocation=subject)
        case = records.case_or_none(session, str(facts["case"]))
        if case is not None and case.status is CaseStatus.INVOLVEMENT_ENDED:
            raise SafeguardError("S3", "document.voucher_after_end", reference=case.reference)
        facts = verification.plain(facts)
        languages = Languages(str(facts["office_language"]), str(facts["language"]))
        delivered = facts["status"] == AllocationStatus.DELIVERED.value
        title_key = "rv_title_delivered" if delivered else "rv_title"
        return issue_pdf(session, store, kind=KIND, prefix=PREFIX, subject=subject, facts=facts,
                         title=languages.title(title_key), subtitle=_subtitle(facts), story=story(facts),
                         language=str(facts["language"]))


def _subtitle(facts: Facts) -> str:
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    language = str(facts["office_language"])
    region = f", {facts['region']}" if facts["region"] else ""
    country = country_name(facts["country"]["code"], language, facts["country"]["name"])
    return say("rv_subtitle", language, case=facts["case"], country=f"{country}{region}",
               package=facts["package"]["code"])


def _month(value: str, language: str) -> str:
    text = format_date(date.fromisoformat(value), language)
    return text.split(" ", 1)[1] if text[:1].isdigit() else text


def story(facts: Facts) -> list[Flowable]:
    """The body, from the facts (plain JSON values)."""
    facts = printable.facts(facts)  # each stored value on its own line(s), in its own direction
    office, returnee = str(facts["office_language"]), str(facts["language"])
    languages = Languages(office, returnee)
    name = str(facts["name"]) + (f" ({facts['name_latin']})" if facts["name_latin"] else "")
    partner = str(facts["partner"]["name"])
    delivered = facts["status"] == AllocationStatus.DELIVERED.value
    if delivered:
        opening = languages.texts([say("rv_handed", language, partner=partner, name=name,
                                       date=format_date(date.fromisoformat(str(facts["delivered_on"])), language))
                                   for language in languages.columns()])
    else:
        opening = languages.texts([say("rv_entitles", language, partner=partner, name=name,
                                       month=_month(str(facts["delivery_month"]), language))
                                   for language in languages.columns()])
    in_kind, cash = Decimal(str(facts["in_kind"])), Decimal(str(facts["cash"]))
    rows = [
        (say("rv_beneficiary", office), f"{name}, {facts['case']}"),
        (say("rv_package", office), f"{facts['package']['name']} ({facts['package']['code']})"),
        (say("rv_partner", office), partner + (f" — {facts['partner']['contact']}" if facts["partner"]["contact"]
                                               else "")),
        (say("rv_delivery", office), (format_date(date.fromisoformat(str(facts["delivered_on"])), office)
                                      + (f" ({facts['delivered_by']})" if facts["delivered_by"] else ""))
         if delivered else _month(str(facts["delivery_month"]), office)),
        (say("rv_in_kind", office), format_money(in_kind, office)),
        (say("rv_cash", office), format_money(cash, office)),
    ]
    return [
        opening,
        Spacer(1, 3 * mm),
        layout.fields(rows),
        Spacer(1, 3 * mm),
        languages.block("rv_personal", layout.SMALL),
        Spacer(1, 8 * mm),
        languages.heading("signatures"),
        layout.signature_lines([" / ".join(say("sig_returnee", lang) for lang in languages.columns()),
                                " / ".join(say("sig_partner", lang) for lang in languages.columns()),
                                " / ".join(say("sig_office", lang) for lang in languages.columns())],
                               date_label=" / ".join(say("date", lang) for lang in languages.columns())),
    ]
