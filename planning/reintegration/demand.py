"""Skills in demand by region of return: a demand index per skill and region (0–100), edited or imported.

An import reads a CSV or XLSX sheet with the columns `country`, `region`, `skill`, `demand_index`
(any order, header names case-insensitive). Every row is checked first; if any row is wrong, the
import is refused with one message per bad row (row number, column, value; a keyed `Message` each) and
nothing is written.
Otherwise the rows are written in one transaction: new (country, region, skill) triples are added,
existing ones updated.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from planning import audit
from planning.audit import snapshot
from planning.cases import ensure_country
from planning.errors import HomewardError, ValidationError
from planning.messages import Message
from planning.security.permissions import Permission, require
from planning.storage.models import CountryProfile, SkillDemand
from planning.storage.store import Store
from planning.validation import country_code, required_text

COLUMNS = ("country", "region", "skill", "demand_index")
MAX_ROWS = 20_000


@dataclass(frozen=True)
class DemandRow:
    country: str
    region: str
    skill: str
    demand_index: int


@dataclass(frozen=True)
class DemandView:
    country: str
    region: str
    skill: str
    demand_index: int


@dataclass(frozen=True)
class Imported:
    added: int
    updated: int
    unchanged: int


class DemandImportRefused(HomewardError):
    """Some rows are wrong: nothing was imported; `problems` lists every one (the text, the first five)."""

    def __init__(self, problems: list[Message]) -> None:
        shown = tuple(problems[:5])
        if len(problems) > 5:
            super().__init__("demand_import.refused_more", problems=shown, more=len(problems) - 5)
        else:
            super().__init__("demand_import.refused", problems=shown)
        self.problems = problems


def _index(field: str, value: object) -> int:
    text = str(value).strip() if value is not None else ""
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(field, "demand.not_a_number", value) from None
    if number != int(number) or not 0 <= number <= 100:
        raise ValidationError(field, "demand.not_whole", value)
    return int(number)


def checked(row: DemandRow | dict[str, object]) -> DemandRow:
    values = row.__dict__ if isinstance(row, DemandRow) else row
    return DemandRow(country_code("country", str(values.get("country") or "")),
                     required_text("region", str(values.get("region") or "")),
                     required_text("skill", str(values.get("skill") or ""), max_length=80).lower(),
                     _index("demand_index", values.get("demand_index")))


def set_demand(store: Store, row: DemandRow) -> None:
    """Set one demand index (adds the region/skill if new)."""
    require(store, Permission.PLAN_REINTEGRATION)
    _write(store, [checked(row)])


def read_rows(name: str, content: bytes) -> list[dict[str, object]]:
    """The sheet's rows as {column: value}; raises `DemandImportRefused` for an unreadable file or header."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook  # type: ignore[import-untyped]

        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        except Exception as exc:
            raise DemandImportRefused([Message.of("demand_import.unreadable_workbook", name=name,
                                                  error=type(exc).__name__)]) from None
        table = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    elif suffix == ".csv":
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DemandImportRefused([Message.of("demand_import.not_utf8", name=name)]) from None
        table = [list(row) for row in csv.reader(io.StringIO(text))]
    else:
        raise DemandImportRefused([Message.of("demand_import.wrong_type", name=name)])
    table = [row for row in table if any(str(v).strip() for v in row)]
    if not table:
        raise DemandImportRefused([Message.of("demand_import.empty", name=name)])
    header = [str(v).strip().lower().replace(" ", "_") for v in table[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DemandImportRefused([Message.of("demand_import.missing_column" if len(missing) == 1
                                              else "demand_import.missing_columns",
                                              missing=tuple(missing), found=tuple(header))])
    if len(table) - 1 > MAX_ROWS:
        raise DemandImportRefused([Message.of("demand_import.too_many_rows", name=name, most=MAX_ROWS)])
    return [{c: (row[header.index(c)] if header.index(c) < len(row) else "") for c in COLUMNS} for row in table[1:]]


def import_demand(store: Store, name: str, content: bytes) -> Imported:
    """Import a sheet of demand indices, all rows or none (see the module docstring)."""
    require(store, Permission.PLAN_REINTEGRATION)
    rows = read_rows(name, content)
    problems: list[Message] = []
    good: list[DemandRow] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, raw in enumerate(rows, start=2):
        try:
            row = checked(raw)
        except ValidationError as error:
            problems.append(Message.of("demand_import.row", row=number, problem=error))
            continue
        key = (row.country, row.region.lower(), row.skill)
        if key in seen:
            problems.append(Message.of("demand_import.repeated", row=number, first=seen[key], region=row.region,
                                       skill=row.skill))
            continue
        seen[key] = number
        good.append(row)
    with store.reading() as session:
        known = set(session.scalars(select(CountryProfile.code)))
    for number, row in zip(seen.values(), good, strict=True):
        if row.country not in known:
            problems.append(Message.of("demand_import.unknown_country", row=number, country=row.country))
    if problems:
        raise DemandImportRefused(problems)
    return _write(store, good)


def _write(store: Store, rows: list[DemandRow]) -> Imported:
    added = updated = unchanged = 0
    with store.transaction() as session:
        countries = {code: ensure_country(session, code, store).id for code in {r.country for r in rows}}
        existing = {(d.country_id, d.region.lower(), d.skill): d for d in session.scalars(
            select(SkillDemand).where(SkillDemand.country_id.in_(countries.values())))}
        for row in rows:
            found = existing.get((countries[row.country], row.region.lower(), row.skill))
            if found is None:
                created = SkillDemand(country_id=countries[row.country], region=row.region, skill=row.skill,
                                      demand_index=row.demand_index)
                session.add(created)
                existing[countries[row.country], row.region.lower(), row.skill] = created
                added += 1
            elif found.demand_index != row.demand_index:
                before = snapshot(found)
                found.demand_index = row.demand_index
                session.flush()
                audit.record(session, store.actor, "reintegration.demand.update", found, before=before)
                updated += 1
            else:
                unchanged += 1
        if added:
            audit.record(session, store.actor, "reintegration.demand.import", ("skill_demand", None),
                         after={"added": added, "updated": updated})
    return Imported(added, updated, unchanged)


def list_demand(store: Store, country: str | None = None) -> list[DemandView]:
    with store.reading() as session:
        query = (select(SkillDemand, CountryProfile.code)
                 .join(CountryProfile, SkillDemand.country_id == CountryProfile.id)
                 .order_by(CountryProfile.code, SkillDemand.region, SkillDemand.skill))
        if country is not None:
            query = query.where(CountryProfile.code == country)
        return [DemandView(code, d.region, d.skill, d.demand_index) for d, code in session.execute(query)]
