"""Referral import: reading, column mapping, row and field checks, likely matches, all-or-nothing import."""

from __future__ import annotations

import importlib
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from planning import cases
from planning.cases import CaseDraft, PersonDraft, open_case
from planning.errors import HomewardError, StorageError, ValidationError
from planning.messages import Message
from planning.referral_import import (
    DateOrder,
    Field,
    ImportChanged,
    ImportOptions,
    RowStatus,
    Severity,
    apply,
    check,
    suggest,
)
from planning.referral_import.reading import read_bytes
from planning.storage.models import AuditEntry, Case, Person
from planning.storage.store import Store
from planning.vocabulary import ReferralSource, Relationship, Sex, VulnerabilityKind

DATA = Path(__file__).parents[2] / "data" / "referrals"
HEADER = "Household,Relationship,Given names,Family name,Date of birth,Sex,Nationality,Country of return"


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def csv(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join((header, *rows)) + "\n").encode()


def issues(preview_rows: object, line: int) -> list[str]:
    row = next(r for r in preview_rows if r.line == line)  # type: ignore[attr-defined]
    return [f"{i.field}: {i.message}" for i in row.issues]


def xlsx(rows: list[list[object]], *, empty_first: bool = False) -> bytes:
    book = Workbook()
    sheet = book.active
    if empty_first:
        sheet.title = "Cover"
        sheet = book.create_sheet("Referrals")
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- the good file ------------------------------------------------------------------------------------

def test_the_good_file_is_mapped_checked_and_imported_as_households(store: Store) -> None:
    preview = check(store, DATA / "good.csv", ImportOptions(source=ReferralSource.RECEPTION_CENTRE))
    assert preview.mapping is not None and preview.mapping.column(Field.HOUSEHOLD) == 0
    assert preview.mapping.column(Field.GIVEN_NAMES_LATIN) == 4
    report = preview.report
    assert report.readable and report.encoding == "utf-8"
    assert (len(report.rows), report.households, report.households_valid) == (5, 3, 3)
    assert all(r.status is RowStatus.VALID for r in report.rows)
    assert count(store, Case) == 0  # checking writes nothing

    result = apply(store, preview)
    assert result.imported == ("HW-2026-000001", "HW-2026-000002", "HW-2026-000003")
    assert not result.dry_run and "imported 3 case(s) (5 people)" in result.headline()
    with store.reading() as session:
        family = session.scalar(select(Case).where(Case.reference == "HW-2026-000001"))
        assert family is not None
        assert family.referral_source is ReferralSource.RECEPTION_CENTRE
        assert family.region_of_return == "Kutaisi" and family.household_size == 3
        head, spouse, child = family.members
        assert head.relationship_to_head is Relationship.HEAD and head.languages == ["ka", "ru"]
        assert spouse.date_of_birth == date(1988, 7, 12) and spouse.nationality == "GEO"
        assert child.guardian_id == head.id and child.date_of_birth == date(2016, 1, 20)
        assert [v.kind for v in child.vulnerabilities] == [VulnerabilityKind.MEDICAL_NEED]
        arabic = session.scalar(select(Person).where(Person.family_name_latin == "Al-Hassan"))
        assert arabic is not None and arabic.given_names == "محمد" and arabic.languages == ["ar", "ku"]
        actions = list(session.scalars(select(AuditEntry.action)))
        summary = session.scalar(select(AuditEntry).where(AuditEntry.action == "referrals.import"))
    assert actions.count("case.open") == 3 and actions.count("referrals.import") == 1
    assert summary is not None and summary.after is not None
    assert summary.after["cases_opened"] == list(result.imported) and summary.after["file"] == "good.csv"
    assert len(summary.after["sha256"]) == 64


def test_the_bad_file_names_every_problem_by_line_and_field(store: Store) -> None:
    preview = check(store, DATA / "bad.csv")
    report = preview.report
    assert report.encoding == "cp1252" and preview.mapping is not None
    assert preview.mapping.column(Field.HOUSEHOLD) == 0  # "N° dossier"
    assert issues(report.rows, 2) == ["date_of_birth: '31/02/1990' is an impossible date: February 1990 has no "
                                      "day 31", "nationality: unknown country code 'Gorgia'"]
    gorgia = report.rows[0].issues[1]
    assert gorgia.suggestion == "Georgia" and gorgia.text().endswith("(did you mean Georgia?)")
    assert issues(report.rows, 3) == ["date_of_birth: 2030-01-01 is in the future",
                                      "sex: 'Q' is not a sex; write F, M or X (female, male, other)"]
    assert issues(report.rows, 4) == ["given_names: is empty"]
    assert "formula" in issues(report.rows, 5)[0]
    assert "unknown language 'xx'" in issues(report.rows, 6)[0]
    assert "has no head of household" in issues(report.rows, 9)[0]
    assert "the same person as line 10" in issues(report.rows, 11)[0]
    statuses = {r.line: r.status for r in report.rows}
    assert statuses[7] is RowStatus.VALID and statuses[8] is RowStatus.VALID  # Géorgie, chef + épouse
    assert statuses[10] is RowStatus.VALID
    assert report.households_valid == 2 and preview.people == 3
    assert all(i.severity is Severity.ERROR for r in report.rows if r.status is RowStatus.INVALID
               for i in r.errors)


# --- reading ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_encodings_are_recognised(store: Store, encoding: str) -> None:
    text = HEADER + "\nH1,head,Zoé,Müller,1990-01-02,F,FRA,GEO\n"
    preview = check(store, text.encode(encoding), name="list.csv")
    assert preview.report.encoding == encoding
    assert preview.report.rows[0].name == "Zoé Müller" and preview.report.rows[0].status is RowStatus.VALID


def test_semicolons_and_french_headings(store: Store) -> None:
    data = ("Prénom;Nom;Né(e) le;Sexe;Nationalité;Pays de retour;Langues\n"
            "Nino;Kapanadze;03.04.1990;femme;Géorgie;Géorgie;géorgien, russe\n").encode()
    preview = check(store, data, name="liste.csv")
    row = preview.report.rows[0]
    assert row.status is RowStatus.VALID, row.issues
    assert preview.cases[0].draft.members[0].languages == ("ka", "ru")
    assert preview.cases[0].draft.members[0].date_of_birth == date(1990, 4, 3)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "the file is empty"),
    (b"\n\n  \n", "the file is empty"),
    (HEADER.encode() + b"\n", "heading row but no data rows"),
    (b"\xd0\xcf\x11\xe0rest", "old binary Excel file"),
    (b"PK\x03\x04garbage", "not a readable XLSX workbook"),
    (b"\x81\x8d\x00\x01\x02" * 50, "binary data"),
])
def test_unreadable_files_are_reported(store: Store, data: bytes, message: str) -> None:
    report = check(store, data, name="x").report
    assert not report.readable and message in report.file_issues[0].message
    assert report.rows == () and message in report.headline()


def test_xlsx_dates_formulas_huge_cells_and_skipped_empty_sheet(store: Store) -> None:
    data = xlsx([
        ["Household", "Relationship", "Given names", "Family name", "Date of birth", "Sex", "Nationality"],
        ["A", "head", "Giorgi", "Beridze", datetime(1985, 3, 2), "M", "GEO"],
        ["B", "head", "Nino", "=CONCAT(\"a\",\"b\")", date(1990, 1, 1), "F", "GEO"],
        ["C", "head", "x" * 2_001, "Kapanadze", "1990-01-01", "F", "GEO"],
        [None, None, None, None, None, None, None],
        ["D", "head", "Levan", "Gelashvili", 32874, "M", "GEO"],
    ], empty_first=True)
    preview = check(store, data, name="list.xlsx")
    report = preview.report
    assert report.sheet == "Referrals" and report.encoding is None
    assert any("empty sheet" in i.message for i in report.file_issues)
    assert [r.status for r in report.rows] == [RowStatus.VALID, RowStatus.INVALID, RowStatus.INVALID,
                                               RowStatus.INVALID]
    assert preview.cases[0].draft.members[0].date_of_birth == date(1985, 3, 2)
    assert "formula" in issues(report.rows, 3)[0] and "2001 characters" in issues(report.rows, 4)[0]
    assert "'32874' is not a date" in issues(report.rows, 6)[0]


def test_an_all_empty_workbook_is_reported(store: Store) -> None:
    report = check(store, xlsx([]), name="empty.xlsx").report
    assert not report.readable and "is empty" in report.file_issues[0].message


def test_formula_like_text_in_csv_is_refused_but_phone_numbers_are_not(store: Store) -> None:
    data = csv("H1,head,@SUM(A1),Beridze,1985-03-02,M,GEO,GEO", "H2,head,Giorgi,Beridze,1985-03-02,M,GEO,GEO",
               header=HEADER)
    report = check(store, data).report
    assert "formula" in issues(report.rows, 2)[0]
    table = read_bytes(b"Name,Phone\nA,+995 555 12\nB,-5\n")
    assert table.rows[0].cells == ("A", "+995 555 12") and not table.rows[0].refused


# --- mapping ------------------------------------------------------------------------------------------

def test_suggested_mapping_in_english_and_french() -> None:
    mapping = suggest(["N° de dossier", "Prénoms", "Nom de famille", "DOB", "Gender", "Citizenship", "Pays",
                       "Téléphone", "E-mail", "Something else", "Given names"])
    assert mapping.fields[:9] == (Field.HOUSEHOLD, Field.GIVEN_NAMES, Field.FAMILY_NAME, Field.DATE_OF_BIRTH,
                                  Field.SEX, Field.NATIONALITY, Field.COUNTRY_OF_RETURN, Field.PHONE, Field.EMAIL)
    assert mapping.fields[9:] == (None, None)  # a field is taken once, by its first column


def test_mapping_overrides_and_their_errors(store: Store) -> None:
    data = csv("1,Beridze,Giorgi,02/03/1985,M,GEO", header="Ref,Col B,Col C,Born on,S,Nat")
    missing = check(store, data).report
    assert not missing.readable and "given names, family name" in missing.file_issues[0].message
    options = ImportOptions(overrides=(("Col B", "family_name"), ("3", "Prénom"), ("S", "sex"),
                                       ("Born on", "dob"), ("Nat", "nationality"), ("Ref", "-")))
    preview = check(store, data, options)
    assert preview.report.rows[0].status is RowStatus.VALID and preview.report.rows[0].name == "Giorgi Beridze"
    wrong_column = check(store, data, ImportOptions(overrides=(("Col  Bx", "sex"),))).report
    assert wrong_column.file_issues[0].suggestion == "Col B"
    wrong_field = check(store, data, ImportOptions(overrides=(("Col B", "family_nam"),))).report
    assert wrong_field.file_issues[0].suggestion == "family_name"


# --- dates --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "order", "expected"), [
    ("1985-03-02", DateOrder.DMY, date(1985, 3, 2)),
    ("02/03/1985", DateOrder.DMY, date(1985, 3, 2)),
    ("02.03.1985", DateOrder.DMY, date(1985, 3, 2)),
    ("02/03/1985", DateOrder.MDY, date(1985, 2, 3)),
    ("25/12/1985", DateOrder.DMY, date(1985, 12, 25)),
    ("12/25/1985", DateOrder.MDY, date(1985, 12, 25)),
])
def test_date_formats(store: Store, text: str, order: DateOrder, expected: date) -> None:
    preview = check(store, csv(f"H,head,A,B,{text},F,GEO,GEO"), ImportOptions(date_order=order))
    assert preview.cases[0].draft.members[0].date_of_birth == expected


@pytest.mark.parametrize(("text", "message"), [
    ("31/02/1990", "February 1990 has no day 31"),
    ("29.02.2001", "February 2001 has no day 29"),
    ("12/25/1985", "there is no month 25; the file may write dates month first"),
    ("1990-13-01", "there is no month 13"),
    ("01/02/85", "two-digit year"),
    ("2026-06-02", "is in the future"),
    ("1890-01-01", "older than 125"),
    ("yesterday", "is not a date"),
])
def test_impossible_dates(store: Store, text: str, message: str) -> None:
    report = check(store, csv(f"H,head,A,B,{text},F,GEO,GEO")).report
    assert report.rows[0].status is RowStatus.INVALID and message in issues(report.rows, 2)[0]


def test_ambiguous_dates_are_said_to_be_read_day_first(store: Store) -> None:
    report = check(store, csv("H,head,A,B,03/04/1990,F,GEO,GEO")).report
    assert any(i.severity is Severity.WARNING and "read day first" in i.message for i in report.file_issues)
    assert "read as 3 April 1990 (day first)" in issues(report.rows, 2)[0]


# --- households ---------------------------------------------------------------------------------------

def test_a_household_is_imported_whole_or_held_back(store: Store) -> None:
    data = csv("F1,child,Luka,Beridze,2016-01-20,M,GEO,GEO",
               "F1,head,Giorgi,Beridze,1985-03-02,M,GEO,GEO",
               "F2,head,Ali,Karimi,1980-01-01,M,AFG,AFG",
               "F2,child,Sara,Karimi,2012-04-04,Z,AFG,AFG",
               "F3,head,Amina,Yusuf,1990-01-01,F,SOM,SOM",
               "F3,head,Hodan,Yusuf,1992-01-01,F,SOM,SOM",
               "F4,spouse,Nino,Kapanadze,1990-01-01,F,GEO,GEO",
               "F4,,Levan,Kapanadze,1988-01-01,M,GEO,GEO")
    preview = check(store, data)
    statuses = {r.line: r.status for r in preview.report.rows}
    assert statuses == {2: RowStatus.VALID, 3: RowStatus.VALID, 4: RowStatus.HELD, 5: RowStatus.INVALID,
                        6: RowStatus.INVALID, 7: RowStatus.INVALID, 8: RowStatus.INVALID, 9: RowStatus.INVALID}
    assert "2 heads" in issues(preview.report.rows, 6)[0]
    assert "has no head" in issues(preview.report.rows, 8)[0]
    assert "another row of household 'F2'" in issues(preview.report.rows, 4)[0]
    (family,) = preview.cases
    assert [m.given_names for m in family.draft.members] == ["Giorgi", "Luka"]  # head first
    assert family.draft.members[1].guardian_index == 0
    apply(store, preview)
    assert count(store, Case) == 1 and count(store, Person) == 2


def test_rows_without_household_or_relationship_columns_are_single_households(store: Store) -> None:
    data = csv("A,B,1990-01-01,F,GEO", "C,D,1991-01-01,M,ARM",
               header="Given names,Family name,Date of birth,Sex,Nationality")
    preview = check(store, data)
    assert [c.draft.country for c in preview.cases] == ["GEO", "ARM"]
    assert any("taken from the head's nationality" in i.message for i in preview.report.rows[0].issues)


def test_members_must_share_the_country_of_return(store: Store) -> None:
    report = check(store, csv("F,head,A,B,1990-01-01,F,GEO,GEO", "F,spouse,C,B,1990-01-01,M,GEO,ARM")).report
    assert "differs from the household's country of return (GEO)" in issues(report.rows, 3)[0]


def test_names_with_direction_marks_control_characters_or_no_letters(store: Store) -> None:
    data = csv("1,head,\u200fمحمد\u200f,Hassan,1990-01-01,M,IRQ,IRQ",
               "2,head,Ali\x07,Karimi,1990-01-01,M,AFG,AFG",
               "3,head,12345,Karimi,1990-01-01,M,AFG,AFG")
    preview = check(store, data)
    assert preview.report.rows[0].status is RowStatus.VALID
    assert preview.cases[0].draft.members[0].given_names == "محمد"
    assert "control characters" in issues(preview.report.rows, 3)[0]
    assert "has no letters" in issues(preview.report.rows, 4)[0]


# --- likely matches with people already known ---------------------------------------------------------

def known_family(store: Store) -> str:
    opened = open_case(store, CaseDraft(ReferralSource.NGO, "IRQ", (
        PersonDraft("محمد", "الحسن", date(1979, 11, 30), Sex.MALE, "IRQ", given_names_latin="Mohammed",
                    family_name_latin="Al-Hassan"),)))
    return opened.reference


def test_a_likely_known_person_is_flagged_and_held_unless_overridden(store: Store) -> None:
    reference = known_family(store)
    data = csv("K,head,Muhammad,Al Hasan,30/11/1979,M,IRQ,IRQ",
               "K,spouse,Fatima,Al Hasan,1982-02-02,F,IRQ,IRQ",
               "L,head,Muhammad,Al Hasan,30/11/1979,M,SYR,SYR",  # another nationality: another person
               "M,head,Mohamed,Hassan,1979-11-29,M,IRQ,IRQ")  # another birth date
    preview = check(store, data)
    rows = {r.line: r for r in preview.report.rows}
    assert rows[2].status is RowStatus.LIKELY_KNOWN and rows[2].likely_known_as == reference
    assert "likely already known as " + reference in issues(preview.report.rows, 2)[0]
    assert rows[3].status is RowStatus.HELD
    assert rows[4].status is RowStatus.VALID and rows[5].status is RowStatus.VALID
    before = count(store, Person)
    apply(store, preview)
    assert count(store, Person) == before + 2

    again = check(store, csv("K,head,Muhammad,Al Hasan,30/11/1979,M,IRQ,IRQ",
                             "K,spouse,Fatima,Al Hasan,1982-02-02,F,IRQ,IRQ"),
                  ImportOptions(allow_known=frozenset({2})))
    assert [r.status for r in again.report.rows] == [RowStatus.VALID, RowStatus.VALID]
    assert again.report.rows[0].overridden
    result = apply(store, again)
    assert len(result.imported) == 1 and count(store, Person) == before + 4


def test_the_original_script_name_also_matches(store: Store) -> None:
    reference = known_family(store)
    report = check(store, csv("1,head,محمد,الحسن,1979-11-30,M,IRQ,IRQ")).report
    assert report.rows[0].likely_known_as == reference


# --- all or nothing -----------------------------------------------------------------------------------

def test_a_failure_in_the_middle_writes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    preview = check(store, DATA / "good.csv")
    real = cases.insert_case
    calls = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise StorageError("storage.disk_full", where="the disk")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    # the package's `apply` function hides its module of the same name
    monkeypatch.setattr(importlib.import_module("planning.referral_import.apply"), "insert_case", failing)
    with pytest.raises(HomewardError, match="is full"):
        apply(store, preview)
    assert count(store, Case) == count(store, Person) == count(store, AuditEntry) == 0


def test_cancelling_through_progress_writes_nothing(store: Store) -> None:
    preview = check(store, DATA / "good.csv")

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        apply(store, preview, progress=progress)
    assert count(store, Case) == 0


def test_someone_adding_the_same_person_after_the_preview_stops_the_import(store: Store) -> None:
    preview = check(store, csv("1,head,Mohammed,Al-Hassan,1979-11-30,M,IRQ,IRQ",
                               "2,head,Amina,Yusuf,1990-01-01,F,SOM,SOM"))
    assert preview.report.households_valid == 2
    known_family(store)
    with pytest.raises(ImportChanged, match="line 2 is now likely known as HW-2026-000001"):
        apply(store, preview)
    assert count(store, Case) == 1


def test_applying_a_preview_with_nothing_valid_writes_nothing(store: Store) -> None:
    preview = check(store, b"garbage", name="x.csv")
    report = apply(store, preview)
    assert not report.dry_run and report.imported == () and count(store, AuditEntry) == 0


def test_every_problem_is_a_key_and_its_values(store: Store) -> None:
    """A row's problems carry their key and typed values (a date as a date, a refused value as the reader's
    validation error), for the interface to word them; the JSON report gives key, params and English."""
    report = check(store, DATA / "bad.csv").report
    line_3 = next(r for r in report.rows if r.line == 3)
    future, sex = line_3.issues
    assert future.said == Message.of("referral_row.born_in_future", born=date(2030, 1, 1))
    assert future.message == "2030-01-01 is in the future" and future.field == "date_of_birth"
    assert isinstance(sex.said, ValidationError) and sex.said.key == "referral_value.not_a_sex"
    assert sex.said.param("text") == "Q"
    assert sex.as_dict() == {"severity": "error", "message": "'Q' is not a sex; write F, M or X (female, male, other)",
                             "key": "referral_value.not_a_sex", "params": {"text": "Q"}, "line": 3, "field": "sex",
                             "column": "Sexe", "value": "Q"}
    no_head = next(i for r in report.rows if r.line == 9 for i in r.issues if i.said.key == "referral_row.no_head")
    assert no_head.said == Message.of("referral_row.no_head", household="D-6")
