"""Checking a referral list: each row and field, households, duplicates in the file and in the database.

`check` never raises on bad input: the `Preview` it returns holds the report and the households that
can be imported. Only a failing database raises (`StorageError`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from planning.cases import CaseDraft, PersonDraft, check_case
from planning.errors import ValidationError, ValidationErrors
from planning.messages import Count, Message, Month, Value
from planning.persons.matching import Particulars
from planning.persons.notes import explain
from planning.referral_import.mapping import Field, Mapping, overridden, suggest
from planning.referral_import.reading import FileProblem, RawRow, Table, read_bytes, read_file
from planning.referral_import.report import Issue, Report, RowReport, RowStatus, Said, Severity
from planning.referral_import.rows import assign_relationships, group, head_first, household_key
from planning.referral_import.values import (
    DateOrder,
    ambiguous,
    clean_name,
    has_letter,
    parse_country,
    parse_date,
    parse_languages,
    parse_relationship,
    parse_sex,
    parse_vulnerabilities,
)
from planning.storage.store import Store
from planning.validation import DIRECTION_CONTROLS, LINE_BREAKS, fold, plain_text
from planning.vocabulary import ReferralSource, Relationship, Sex

Progress = Callable[[int, int], None]
_MEMBER_FIELD = re.compile(r"^members\[(\d+)\]\.(.+)$")


@dataclass(frozen=True)
class ImportOptions:
    source: ReferralSource = ReferralSource.NGO
    #: A mapping chosen in the dialog (used when the file's headings are the same); else suggested.
    mapping: Mapping | None = None
    #: The user's corrections: (column heading or 1-based number, field name or "-").
    overrides: tuple[tuple[str, str], ...] = ()
    date_order: DateOrder = DateOrder.DMY
    #: Lines to import although they match a person already known.
    allow_known: frozenset[int] = frozenset()


@dataclass(frozen=True)
class PlannedCase:
    """A household that passed every check: its rows and the draft `open_case` would take."""

    household: str
    lines: tuple[int, ...]
    draft: CaseDraft


@dataclass(frozen=True)
class Preview:
    file_name: str
    options: ImportOptions
    report: Report
    cases: tuple[PlannedCase, ...] = ()
    table: Table | None = None
    mapping: Mapping | None = None

    @property
    def people(self) -> int:
        return sum(len(c.draft.members) for c in self.cases)


@dataclass
class _Row:
    """One data row while it is being checked."""

    raw: RawRow
    household: str
    issues: list[Issue] = field(default_factory=list)
    given: str = ""
    family: str = ""
    given_latin: str | None = None
    family_latin: str | None = None
    dob: date | None = None
    sex: Sex | None = None
    nationality: str | None = None
    relationship: Relationship | None = None
    country: str | None = None
    region: str | None = None
    note: str | None = None
    person: PersonDraft | None = None
    known_as: str | None = None
    blocks: bool = False
    held: bool = False

    @property
    def line(self) -> int:
        return self.raw.line

    @property
    def failed(self) -> bool:
        return any(i.severity is Severity.ERROR for i in self.issues)

    def add(self, severity: Severity, said: Said, fld: Field | str | None = None, *, column: str | None = None,
            value: str | None = None, suggestion: str | None = None) -> None:
        self.issues.append(Issue(severity, said, self.line, str(fld) if fld else None, column,
                                 None if value is None else value[:200], suggestion))

    def say(self, severity: Severity, key: str, fld: Field | str | None = None, *, column: str | None = None,
             value: str | None = None, **params: Value) -> None:
        """An issue worded by `key` (texts.py) with its values."""
        self.add(severity, Message.of(key, **params), fld, column=column, value=value)


def check(store: Store, source: Path | bytes, options: ImportOptions | None = None, *, name: str = "",
          progress: Progress | None = None) -> Preview:
    """Read and check a referral list; nothing is written."""
    options = options or ImportOptions()
    file_name = source.name if isinstance(source, Path) else (name or "referrals")
    try:
        table = read_file(source) if isinstance(source, Path) else read_bytes(source, name)
    except FileProblem as problem:
        return Preview(file_name, options, Report(file_name, file_issues=(Issue(Severity.ERROR, problem.said),)))
    base = Report(file_name, encoding=table.encoding, sheet=table.sheet)
    notes = tuple(Issue(Severity.INFO, note) for note in table.notes)
    mapping = options.mapping if options.mapping and options.mapping.headers == table.headers \
        else suggest(table.headers)
    try:
        mapping = overridden(mapping, options.overrides)
    except ValidationError as error:
        issue = Issue(Severity.ERROR, error, field="mapping", value=str(error.value), suggestion=error.suggestion)
        return Preview(file_name, options, replace(base, file_issues=(issue, *notes)), table=table, mapping=mapping)
    missing = mapping.missing()
    if missing:
        issue = Issue(Severity.ERROR, Message.of("referral_mapping.unmapped", fields=tuple(missing)),
                      field="mapping")
        return Preview(file_name, options, replace(base, file_issues=(issue, *notes)), table=table, mapping=mapping)

    today = store.today()
    rows = []
    for done, raw in enumerate(table.rows, start=1):
        rows.append(_parse(raw, mapping, options.date_order, today))
        if progress is not None and (done % 200 == 0 or done == len(table.rows)):
            progress(done, len(table.rows))
    file_issues = list(notes) + _date_order_notes(table, mapping, options.date_order)
    _duplicates_in_file(rows)
    households = group(rows, lambda r: r.household)
    drafts = [(key, members, _household(key, members, mapping, options.source, today))
              for key, members in households]
    with store.reading() as session:
        _likely_known(session, [r for r in rows if r.dob is not None], options.allow_known)
    planned: list[PlannedCase] = []
    for key, members, draft in drafts:
        blocked = any(r.failed or (r.known_as and r.line not in options.allow_known) for r in members)
        if draft is not None and not blocked:
            planned.append(PlannedCase(key, tuple(r.line for r in members), draft))
        else:
            for row in members:
                row.held = True
    report = replace(
        base, rows=tuple(_row_report(r, options.allow_known) for r in sorted(rows, key=lambda r: r.line)),
        file_issues=tuple(file_issues), households=len(households), households_valid=len(planned),
    )
    return Preview(file_name, options, report, tuple(planned), table, mapping)


def _parse(raw: RawRow, mapping: Mapping, order: DateOrder, today: date) -> _Row:
    """The row's fields, each read on its own so that every bad field is reported."""
    household_column = mapping.column(Field.HOUSEHOLD)
    row = _Row(raw, household_key(raw.cell(household_column) if household_column is not None else "", raw.line))

    def text(fld: Field) -> str | None:
        """The cell for `fld` (None if the column is absent, blank or refused)."""
        index = mapping.column(fld)
        if index is None:
            return None
        refusal = raw.refusal(index)
        if refusal:
            row.say(Severity.ERROR, "referral_row.cell_refused", fld, column=mapping.headers[index], refusal=refusal)
            return None
        value = raw.cell(index).strip()
        return value or None

    def read(fld: Field, reader: Callable[[str], object]) -> object:
        value = text(fld)
        if value is None:
            return None
        try:
            return reader(value)
        except ValidationError as error:
            row.add(Severity.ERROR, error, fld, column=mapping.heading(fld), value=value, suggestion=error.suggestion)
            return None

    row.given = _name(row, Field.GIVEN_NAMES, text(Field.GIVEN_NAMES), required=True)
    row.family = _name(row, Field.FAMILY_NAME, text(Field.FAMILY_NAME), required=True)
    row.given_latin = _name(row, Field.GIVEN_NAMES_LATIN, text(Field.GIVEN_NAMES_LATIN)) or None
    row.family_latin = _name(row, Field.FAMILY_NAME_LATIN, text(Field.FAMILY_NAME_LATIN)) or None
    dob_text = text(Field.DATE_OF_BIRTH)
    if dob_text is None and not _refused(raw, mapping, Field.DATE_OF_BIRTH):
        row.say(Severity.ERROR, "referral_row.empty", Field.DATE_OF_BIRTH, column=mapping.heading(Field.DATE_OF_BIRTH))
    elif dob_text is not None:
        dob = read(Field.DATE_OF_BIRTH, lambda t: parse_date("date_of_birth", t, order))
        if isinstance(dob, date):
            if dob > today:
                row.say(Severity.ERROR, "referral_row.born_in_future", Field.DATE_OF_BIRTH, value=dob_text, born=dob)
            elif dob.year < 1900 or (today - dob).days > 125 * 366:
                row.say(Severity.ERROR, "referral_row.born_too_early", Field.DATE_OF_BIRTH, value=dob_text, born=dob)
            else:
                row.dob = dob
                if ambiguous(dob_text):
                    key = "referral_row.read_day_first" if order is DateOrder.DMY else "referral_row.read_month_first"
                    row.say(Severity.INFO, key, Field.DATE_OF_BIRTH, value=dob_text, text=dob_text, day=dob.day,
                             month=Month.of(dob))
    sex = _required(row, mapping, Field.SEX, read(Field.SEX, lambda t: parse_sex("sex", t)))
    row.sex = sex if isinstance(sex, Sex) else None
    nationality = _required(row, mapping, Field.NATIONALITY,
                            read(Field.NATIONALITY, lambda t: parse_country("nationality", t)))
    row.nationality = nationality if isinstance(nationality, str) else None
    country = read(Field.COUNTRY_OF_RETURN, lambda t: parse_country("country_of_return", t))
    row.country = country if isinstance(country, str) else None
    relationship = read(Field.RELATIONSHIP, lambda t: parse_relationship("relationship", t))
    row.relationship = relationship if isinstance(relationship, Relationship) else None
    languages = read(Field.LANGUAGES, lambda t: parse_languages("languages", t))
    vulnerabilities = read(Field.VULNERABILITIES, lambda t: parse_vulnerabilities("vulnerabilities", t))
    row.region = _short(row, Field.REGION_OF_RETURN, text(Field.REGION_OF_RETURN), 120)
    row.note = text(Field.NOTE)
    phone = _short(row, Field.PHONE, text(Field.PHONE), 40)
    email = _short(row, Field.EMAIL, text(Field.EMAIL), 200)
    if email and ("@" not in email or " " in email):
        row.say(Severity.ERROR, "referral_row.not_an_email", Field.EMAIL, value=email, text=email)
    if not row.failed and row.dob and row.sex and row.nationality:
        row.person = PersonDraft(
            given_names=row.given, family_name=row.family, date_of_birth=row.dob, sex=row.sex,
            nationality=row.nationality, given_names_latin=row.given_latin, family_name_latin=row.family_latin,
            languages=languages if isinstance(languages, tuple) else (), phone=phone, email=email,
            vulnerabilities=vulnerabilities if isinstance(vulnerabilities, tuple) else (),
        )
    return row


def _refused(raw: RawRow, mapping: Mapping, fld: Field) -> bool:
    index = mapping.column(fld)
    return index is not None and raw.refusal(index) is not None


def _required(row: _Row, mapping: Mapping, fld: Field, value: object) -> object:
    if value is None and not any(i.field == fld.value for i in row.issues):
        row.say(Severity.ERROR, "referral_row.empty", fld, column=mapping.heading(fld))
    return value


def _name(row: _Row, fld: Field, value: str | None, *, required: bool = False) -> str:
    if value is None:
        if required and not any(i.field == fld.value for i in row.issues):
            row.say(Severity.ERROR, "referral_row.empty", fld)
        return ""
    forged = _forging(fld, value)
    if forged is not None:
        row.add(Severity.ERROR, forged, fld, value=value)
        return ""
    cleaned, changed = clean_name(value)
    if changed:
        row.say(Severity.WARNING, "referral_row.direction_marks_removed", fld, value=value)
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in cleaned):
        row.say(Severity.ERROR, "referral_row.control_characters", fld, value=value)
    elif not has_letter(cleaned):
        row.say(Severity.ERROR, "referral_row.no_letters", fld, value=value, text=cleaned)
    elif len(cleaned) > 120:
        row.say(Severity.ERROR, "referral_row.too_long", fld, value=value, length=len(cleaned), most=120)
    else:
        try:
            return plain_text(fld.value, cleaned)
        except ValidationError as error:
            row.add(Severity.ERROR, error, fld, value=value)
    return ""


def _forging(fld: Field, value: str) -> ValidationError | None:
    """Why a name could forge a printed line (a line break, a direction override or isolate), or None. Direction
    marks pasted with a name are harmless: they are removed with a warning."""
    for char in value:
        if char in LINE_BREAKS or char in DIRECTION_CONTROLS:
            try:
                plain_text(fld.value, char)
            except ValidationError as error:
                return error
    return None


def _short(row: _Row, fld: Field, value: str | None, limit: int) -> str | None:
    if value is not None and len(value) > limit:
        row.say(Severity.ERROR, "referral_row.too_long", fld, value=value, length=len(value), most=limit)
        return None
    return value


def _date_order_notes(table: Table, mapping: Mapping, order: DateOrder) -> list[Issue]:
    index = mapping.column(Field.DATE_OF_BIRTH)
    if index is None:
        return []
    texts = [r.cell(index) for r in table.rows]
    count = sum(1 for t in texts if ambiguous(t))
    if not count:
        return []
    key = "referral_file.dates_day_first" if order is DateOrder.DMY else "referral_file.dates_month_first"
    return [Issue(Severity.WARNING, Message.of(key, dates=Count("date_of_birth", count)), field="date_of_birth")]


def _duplicates_in_file(rows: list[_Row]) -> None:
    seen: dict[tuple[str, date, str | None], int] = {}
    for row in rows:
        if row.dob is None or not row.given or not row.family:
            continue
        key = (fold(f"{row.given} {row.family}"), row.dob, row.nationality)
        if key in seen:
            row.say(Severity.ERROR, "referral_row.same_person", line=seen[key])
        else:
            seen[key] = row.line


def _household(key: str, members: list[_Row], mapping: Mapping, source: ReferralSource,
               today: date) -> CaseDraft | None:
    """The case draft for a household, with household-level errors added to its rows."""
    column = mapping.heading(Field.RELATIONSHIP)
    given = [m.relationship for m in members]
    if column is None:
        given = [Relationship.HEAD] + [None] * (len(members) - 1)
    filled, guessed = assign_relationships(given)
    for i, (member, relationship) in enumerate(zip(members, filled, strict=True)):
        if relationship is None and column is None:
            member.relationship = Relationship.OTHER_RELATIVE
            member.say(Severity.WARNING, "referral_row.relationship_assumed")
        elif relationship is None and not member.failed:
            member.say(Severity.ERROR, "referral_row.relationship_empty", Field.RELATIONSHIP, column=column)
        else:
            member.relationship = relationship
            if i in guessed and len(members) > 1:
                member.say(Severity.WARNING, "referral_row.head_assumed", Field.RELATIONSHIP)
    heads = [m for m in members if m.relationship is Relationship.HEAD]
    if len(heads) > 1:
        lines = tuple(m.line for m in heads)
        for m in heads:
            m.say(Severity.ERROR, "referral_row.several_heads", Field.RELATIONSHIP, household=key,
                   count=len(heads), lines=lines)
    elif not heads:
        for m in members:
            m.say(Severity.ERROR, "referral_row.no_head", Field.RELATIONSHIP, household=key)
    if any(m.failed for m in members) or len(heads) != 1:
        return None
    ordered = head_first(members, lambda m: m.relationship)
    head = ordered[0]
    country = head.country or next((m.country for m in ordered if m.country), None)
    if country is None:
        country = head.nationality
        head.say(Severity.INFO, "referral_row.country_from_nationality", Field.COUNTRY_OF_RETURN, country=country)
    for m in ordered:
        if m.country and m.country != country:
            m.say(Severity.ERROR, "referral_row.other_country", Field.COUNTRY_OF_RETURN, country=m.country,
                   household_country=country)
    if any(m.failed for m in ordered) or country is None:
        return None
    adults = [i for i, m in enumerate(ordered) if m.dob and _age(m.dob, today) >= 18]
    people = []
    for i, m in enumerate(ordered):
        assert m.person is not None and m.relationship is not None
        guardian = None
        if m.dob and _age(m.dob, today) < 18 and i != 0:
            guardian = 0 if 0 in adults else (adults[0] if adults else None)
            if guardian is None:
                m.say(Severity.WARNING, "referral_row.minor_alone")
        people.append(replace(m.person, relationship=m.relationship, guardian_index=guardian))
    notes = list(dict.fromkeys(m.note for m in ordered if m.note))
    draft = CaseDraft(referral_source=source, country=country, members=tuple(people),
                      region_of_return=head.region or next((m.region for m in ordered if m.region), None),
                      referral_note="\n".join(notes) or None, opened_on=today)
    try:
        check_case(draft, today)
    except ValidationError as found:
        for error in found.errors if isinstance(found, ValidationErrors) else (found,):
            match = _MEMBER_FIELD.match(error.field)
            target = ordered[int(match.group(1))] if match else head
            target.add(Severity.ERROR, error, match.group(2) if match else error.field,
                       value=None if error.value is None else str(error.value), suggestion=error.suggestion)
        return None
    return draft


def _age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _likely_known(session: Session, rows: list[_Row], allow_known: frozenset[int]) -> None:
    usable = [r for r in rows if r.given and r.family and r.dob is not None]
    found = explain(session, [Particulars(r.given, r.family, r.given_latin, r.family_latin, r.dob, r.nationality)
                              for r in usable if r.dob is not None])
    for row, match in zip(usable, found, strict=True):
        known = match.first
        if known is None:
            continue
        row.known_as = known.reference
        row.blocks = match.blocks
        key = "referral_row.likely_known_imported" if row.line in allow_known else "referral_row.likely_known_held"
        row.say(Severity.WARNING, key, reference=known.reference, name=known.name, born=known.date_of_birth,
                nationality=known.nationality)
        if match.blocks:
            # Why the match matters: importing anyway links the row to that person, and the case is blocked.
            for note in match.notes:
                row.add(Severity.WARNING, note)


def _row_report(row: _Row, allow_known: frozenset[int]) -> RowReport:
    if row.failed:
        status = RowStatus.INVALID
    elif row.known_as and row.line not in allow_known:
        status = RowStatus.LIKELY_KNOWN
    elif row.held:
        status = RowStatus.HELD
        row.say(Severity.WARNING, "referral_row.held", household=row.household)
    else:
        status = RowStatus.VALID
    name = " ".join(p for p in (row.given, row.family) if p)
    return RowReport(row.line, row.household, name, status, tuple(row.issues),
                     row.dob.isoformat() if row.dob else "", row.nationality or "", row.known_as,
                     bool(row.known_as) and row.line in allow_known, row.blocks)
