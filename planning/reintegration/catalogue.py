"""The package catalogue and the partners who deliver it, with their capacity per region and month."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from planning import audit
from planning.audit import snapshot
from planning.cases import ensure_country
from planning.errors import ValidationError
from planning.lookup import changes, check_version, get
from planning.security.permissions import Permission, require
from planning.storage.models import CountryProfile, PartnerCapacity, ReintegrationPackage, ReintegrationPartner
from planning.storage.models.reintegration import PackageKind
from planning.storage.store import Store
from planning.validation import country_code, optional_text, required_text
from planning.vocabulary import VulnerabilityKind

MAX_PLACES = 10_000
MAX_LEAD_MONTHS = 24


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    country: str
    contact: str | None
    version: int
    regions: tuple[str, ...]


@dataclass(frozen=True)
class PackageDraft:
    code: str
    name: str
    kind: PackageKind
    partner_id: int
    in_kind: Decimal
    cash: Decimal = Decimal(0)
    regions: tuple[str, ...] = ()
    min_age: int = 0
    max_age: int | None = None
    head_only: bool = False
    vulnerabilities: tuple[VulnerabilityKind, ...] = ()
    skill: str | None = None
    lead_min_months: int = 0
    lead_max_months: int = 3
    active: bool = True


@dataclass(frozen=True)
class PackageView:
    id: int
    code: str
    name: str
    kind: PackageKind
    partner: str
    country: str
    in_kind: Decimal
    cash: Decimal
    regions: tuple[str, ...]
    eligibility: str
    skill: str | None
    lead_min_months: int
    lead_max_months: int
    active: bool
    version: int
    partner_id: int
    min_age: int
    max_age: int | None
    head_only: bool
    vulnerabilities: tuple[str, ...]


@dataclass(frozen=True)
class CapacityView:
    partner_id: int
    partner: str
    region: str
    months: dict[date, int] = field(default_factory=dict)  # first of month → places


def first_of_month(field_name: str, value: date) -> date:
    if not isinstance(value, date):
        raise ValidationError(field_name, "reintegration.not_a_date", value)
    return value.replace(day=1)


def save_partner(store: Store, name: str, country: str, contact: str | None = None, partner_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Create (no id) or update a partner; returns its id."""
    require(store, Permission.PLAN_REINTEGRATION)
    values: dict[str, object] = {"name": required_text("name", name, max_length=160),
                                 "contact": optional_text("contact", contact)}
    code = country_code("country", country)
    with store.transaction() as session:
        values["country_id"] = ensure_country(session, code, store).id
        clash = session.scalar(select(ReintegrationPartner.id).where(
            func.lower(ReintegrationPartner.name) == str(values["name"]).lower()))
        if clash is not None and clash != partner_id:
            raise ValidationError("name", "reintegration.partner_name_taken", name)
        if partner_id is None:
            partner = ReintegrationPartner(**values)
            session.add(partner)
            audit.record(session, store.actor, "reintegration.partner.add", partner)
            return partner.id
        partner = get(session, ReintegrationPartner, partner_id, for_update=True)
        check_version(partner, expected_version)
        before = snapshot(partner)
        if changes(partner, values):
            audit.record(session, store.actor, "reintegration.partner.update", partner, before=before)
        return partner.id


def set_capacity(store: Store, partner_id: int, region: str, month: date, places: int) -> None:
    """How many packages the partner can deliver in `region` in the month of `month` (0: none that month)."""
    set_capacities(store, partner_id, region, [month], places)


def set_capacities(store: Store, partner_id: int, region: str, months: list[date], places: int) -> int:
    """The same places for each of `months`, in one transaction; returns how many months changed."""
    require(store, Permission.PLAN_REINTEGRATION)
    region = required_text("region", region)
    firsts = sorted({first_of_month("month", m) for m in months})
    if not firsts:
        raise ValidationError("month", "reintegration.no_month")
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= MAX_PLACES:
        raise ValidationError("places", "reintegration.places", places, most=MAX_PLACES)
    changed = 0
    with store.transaction() as session:
        get(session, ReintegrationPartner, partner_id)
        existing = {row.month: row for row in session.scalars(select(PartnerCapacity).where(
            PartnerCapacity.partner_id == partner_id, PartnerCapacity.region == region,
            PartnerCapacity.month.in_(firsts)).with_for_update())}
        for month in firsts:
            row = existing.get(month)
            if row is None:
                row = PartnerCapacity(partner_id=partner_id, region=region, month=month, places=places)
                session.add(row)
                audit.record(session, store.actor, "reintegration.capacity.set", row)
            elif row.places != places:
                before = snapshot(row)
                row.places = places
                audit.record(session, store.actor, "reintegration.capacity.set", row, before=before)
            else:
                continue
            changed += 1
    return changed


def _package_values(draft: PackageDraft) -> dict[str, object]:
    if not isinstance(draft.kind, PackageKind):
        raise ValidationError("kind", "reintegration.unknown_kind", draft.kind)
    for name in ("in_kind", "cash"):
        amount = getattr(draft, name)
        if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
            raise ValidationError(name, "reintegration.negative_amount", amount)
    if draft.in_kind + draft.cash <= 0:
        raise ValidationError("in_kind", "reintegration.free_package", draft.in_kind)
    for name in ("min_age", "lead_min_months", "lead_max_months"):
        value = getattr(draft, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(name, "reintegration.negative_number", value)
    if draft.max_age is not None and draft.max_age < draft.min_age:
        raise ValidationError("max_age", "reintegration.max_age_below_min", draft.max_age, min_age=draft.min_age)
    if draft.lead_max_months > MAX_LEAD_MONTHS or draft.lead_max_months < draft.lead_min_months:
        raise ValidationError("lead_max_months", "reintegration.lead_months", draft.lead_max_months,
                              earliest=draft.lead_min_months, most=MAX_LEAD_MONTHS)
    for kind in draft.vulnerabilities:
        if not isinstance(kind, VulnerabilityKind):
            raise ValidationError("vulnerabilities", "reintegration.unknown_vulnerability", kind)
    skill = optional_text("skill", draft.skill, max_length=80)
    if (draft.kind is PackageKind.VOCATIONAL_TRAINING) != (skill is not None):
        raise ValidationError("skill", "reintegration.trade_of_training", draft.skill)
    return {
        "code": required_text("code", draft.code, max_length=40).upper(), "name": required_text("name", draft.name,
                                                                                              max_length=160),
        "kind": draft.kind, "partner_id": draft.partner_id, "in_kind": draft.in_kind, "cash": draft.cash,
        "regions": sorted({required_text("regions", r) for r in draft.regions}), "min_age": draft.min_age,
        "max_age": draft.max_age, "head_only": bool(draft.head_only),
        "vulnerabilities": sorted(k.value for k in draft.vulnerabilities), "skill": skill.lower() if skill else None,
        "lead_min_months": draft.lead_min_months, "lead_max_months": draft.lead_max_months,
        "active": bool(draft.active),
    }


def save_package(store: Store, draft: PackageDraft, package_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Create (no id) or update a package of the catalogue; returns its id."""
    require(store, Permission.PLAN_REINTEGRATION)
    values = _package_values(draft)
    with store.transaction() as session:
        get(session, ReintegrationPartner, draft.partner_id)
        clash = session.scalar(select(ReintegrationPackage.id).where(ReintegrationPackage.code == values["code"]))
        if clash is not None and clash != package_id:
            raise ValidationError("code", "reintegration.package_code_taken", draft.code)
        if package_id is None:
            package = ReintegrationPackage(**values)
            session.add(package)
            audit.record(session, store.actor, "reintegration.package.add", package)
            return package.id
        package = get(session, ReintegrationPackage, package_id, for_update=True)
        check_version(package, expected_version)
        before = snapshot(package)
        if changes(package, values):
            audit.record(session, store.actor, "reintegration.package.update", package, before=before)
        return package.id


def eligibility_text(package: ReintegrationPackage) -> str:
    parts = []
    if package.min_age or package.max_age is not None:
        parts.append(f"ages {package.min_age}–{package.max_age}" if package.max_age is not None
                     else f"{package.min_age}+")
    if package.head_only:
        parts.append("head of household")
    if package.vulnerabilities:
        parts.append(" or ".join(v.replace("_", " ") for v in package.vulnerabilities))
    return ", ".join(parts) or "anyone"


def list_partners(store: Store) -> list[PartnerView]:
    with store.reading() as session:
        regions: dict[int, set[str]] = {}
        for partner_id, region in session.execute(select(PartnerCapacity.partner_id, PartnerCapacity.region)
                                                  .distinct()):
            regions.setdefault(partner_id, set()).add(region)
        return [PartnerView(p.id, p.name, code, p.contact, p.version, tuple(sorted(regions.get(p.id, ()))))
                for p, code in session.execute(
                    select(ReintegrationPartner, CountryProfile.code)
                    .join(CountryProfile, ReintegrationPartner.country_id == CountryProfile.id)
                    .order_by(CountryProfile.code, ReintegrationPartner.name))]


def list_packages(store: Store, *, include_inactive: bool = True) -> list[PackageView]:
    with store.reading() as session:
        query = (select(ReintegrationPackage, ReintegrationPartner.name, CountryProfile.code)
                 .join(ReintegrationPartner, ReintegrationPackage.partner_id == ReintegrationPartner.id)
                 .join(CountryProfile, ReintegrationPartner.country_id == CountryProfile.id)
                 .order_by(CountryProfile.code, ReintegrationPackage.kind, ReintegrationPackage.code))
        if not include_inactive:
            query = query.where(ReintegrationPackage.active.is_(True))
        return [PackageView(p.id, p.code, p.name, p.kind, partner, code, p.in_kind, p.cash, tuple(p.regions),
                            eligibility_text(p), p.skill, p.lead_min_months, p.lead_max_months, p.active, p.version,
                            p.partner_id, p.min_age, p.max_age, p.head_only, tuple(p.vulnerabilities))
                for p, partner, code in session.execute(query)]


def capacities(store: Store, start: date, months: int) -> list[CapacityView]:
    """Places per partner and region for `months` months from the month of `start`."""
    first = start.replace(day=1)
    index = first.year * 12 + first.month - 1 + months
    end = date(index // 12, index % 12 + 1, 1)
    with store.reading() as session:
        rows: dict[tuple[int, str], CapacityView] = {}
        for row, name in session.execute(
                select(PartnerCapacity, ReintegrationPartner.name)
                .join(ReintegrationPartner, PartnerCapacity.partner_id == ReintegrationPartner.id)
                .where(PartnerCapacity.month >= first, PartnerCapacity.month < end)
                .order_by(ReintegrationPartner.name, PartnerCapacity.region, PartnerCapacity.month)):
            view = rows.setdefault((row.partner_id, row.region), CapacityView(row.partner_id, name, row.region))
            view.months[row.month] = row.places
        return list(rows.values())
