"""Name search through the index (FTS5 trigrams on SQLite, pg_trgm on PostgreSQL): the same cases as the scan
it replaced, kept in step by every path that writes a person's names, and read by the query plan."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import and_, exists, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from planning import case_list, cases
from planning.case_list import CaseQuery
from planning.data_protection import retention
from planning.referral_import import apply, check
from planning.storage import migrate, name_index
from planning.storage.engine import open_engine
from planning.storage.location import resolve
from planning.storage.models import Case, Person
from planning.storage.store import Actor, Store
from planning.validation import fold, search_key, search_terms
from planning.vocabulary import ReferralSource, Relationship, Sex
from tests.conftest import TODAY
from tests.integration.rows import insert_household
from tests.unit.data_protection.test_retention import closed_family, later
from tests.unit.planning.test_case_list import open_single

GIVEN = ("Mohammed", "Muhammad", "Mohamed", "Ahmad", "Omar", "Ali", "Hassan", "Fatima", "Aïcha", "Zoë", "Józef",
         "Ibrahim", "Osama", "Amina", "Nour", "Yusuf", "Khalid", "Levan", "Nino", "Giorgi")
FAMILY = ("Al-Hassan", "Hussein", "Ørsted", "Šimić", "Çelik", "Nguyễn", "Đorđević", "Müller", "Gökçe",
          "Beridze", "Kapanadze", "O'Brien", "Karimi", "El Amrani")
ARABIC = ("محمد", "أحمد", "عمر", "علي", "حسن", "حسين", "فاطمة", "عائشة", "إبراهيم", "أسامة", "الحسن", "خالد",
          "يوسف", "نور", "عبد الله")
GEORGIAN = ("გიორგი", "ნინო", "ბერიძე", "ლევან", "კაპანაძე")
LETTERS = "abcdefghijklmnopqrstuvwxyzéøšç" + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "აბგდევზთიკლმნოპ"


def scan_ids(store: Store, query: str) -> list[int]:
    """The search as it was before the index: `contains` over every person's search text."""
    reference = Case.reference.contains(query.strip().upper(), autoescape=True)
    names = and_(*(
        exists().where(Person.case_id == Case.id,
                       or_(*(Person.search_name.contains(form, autoescape=True) for form in forms)))
        for forms in search_terms(query))) if fold(query) else None
    condition = or_(reference, names) if names is not None else reference
    with store.reading() as session:
        return list(session.scalars(select(Case.id).where(condition).order_by(Case.reference)))


def found(store: Store, query: str) -> list[int]:
    return case_list.find_ids(store, CaseQuery(text=query))


def random_word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))


def random_name(rng: random.Random) -> tuple[str, str, str | None, str | None]:
    kind = rng.random()
    if kind < 0.3:
        return rng.choice(ARABIC), rng.choice(ARABIC), rng.choice(GIVEN), rng.choice(FAMILY)
    if kind < 0.4:
        return rng.choice(ARABIC), rng.choice(ARABIC), None, None
    if kind < 0.5:
        return rng.choice(GEORGIAN), rng.choice(GEORGIAN), None, None
    if kind < 0.6:
        return random_word(rng).title(), random_word(rng).title(), None, None
    return rng.choice(GIVEN), rng.choice(FAMILY), None, None


def random_query(rng: random.Random, stored: list[str]) -> str:
    kind = rng.random()
    if kind < 0.25:
        return rng.choice(GIVEN + FAMILY + ARABIC + GEORGIAN)
    if kind < 0.45:
        word = rng.choice(rng.choice(stored).split())
        start = rng.randrange(max(1, len(word) - 2))
        return word[start:start + rng.randint(3, 6)]
    if kind < 0.6:
        return f"{rng.choice(GIVEN + ARABIC)} {rng.choice(FAMILY + ARABIC)}"
    if kind < 0.75:
        return random_word(rng)
    if kind < 0.85:
        return rng.choice(stored).split()[0].upper()
    return rng.choice(("mo", "al", "a", "ن", "zo", "ka"))


def exact(query: str) -> bool:
    """Whether every form of the query has a trigram (or is a skeleton form): then the index finds exactly
    what the scan found; a plain form shorter than three characters is a prefix match instead (a subset)."""
    return all(len(form) >= name_index.TRIGRAM or form.startswith("~")
               for forms in search_terms(query) for form in forms)


def test_index_search_finds_what_the_scan_found_for_random_names(any_store: Store) -> None:
    rng = random.Random(20)
    for _ in range(40):
        members = []
        for index in range(rng.choice((1, 1, 2))):
            given, family, given_latin, family_latin = random_name(rng)
            members.append(cases.PersonDraft(
                given, family, date(1980 + index * 20, 1, 1), Sex.FEMALE, "IRQ",
                Relationship.HEAD if index == 0 else Relationship.CHILD, guardian_index=0 if index else None,
                given_names_latin=given_latin, family_name_latin=family_latin))
        cases.open_case(any_store, cases.CaseDraft(ReferralSource.NGO, "IRQ", tuple(members)))
    with any_store.reading() as session:
        stored = list(session.scalars(select(Person.search_name)))

    compared = nonempty = 0
    for _ in range(200):
        query = random_query(rng, stored)
        before, after = scan_ids(any_store, query), found(any_store, query)
        if exact(query):
            assert after == before, query
            compared += 1
            nonempty += bool(after)
        else:
            assert set(after) <= set(before), query
    assert compared > 140 and nonempty > 80


def test_a_short_word_matches_the_beginning_of_a_name(any_store: Store) -> None:
    morad = open_single(any_store, "Morad", "Zidane")
    ramon = open_single(any_store, "Ramon", "Zidane")
    assert not exact("mo") and set(scan_ids(any_store, "mo")) == {morad, ramon}
    assert found(any_store, "mo") == [morad]  # 'mo' inside 'ramon' needs a scan: a prefix match instead
    assert found(any_store, "zi") == [morad, ramon]  # through the skeleton form '~z' of every word


def test_every_path_that_writes_names_keeps_the_index_in_step(any_store: Store, coordinator: Actor) -> None:
    # A new case, in either script.
    arabic = open_single(any_store, "محمد", "حسين", latin=("Muhammad", "Hussein"))
    assert found(any_store, "Mohammed") == found(any_store, "محمد") == [arabic]

    # An edit of the names: the old name is gone, the new one found.
    with any_store.reading() as session:
        person = session.scalars(select(Person).where(Person.case_id == arabic)).one()
        person_id, version = person.id, person.version
    cases.update_person(any_store, person_id, version, cases.PersonDraft(
        "يوسف", "حسين", date(1990, 1, 1), Sex.MALE, "IRQ", Relationship.HEAD,
        given_names_latin="Yusuf", family_name_latin="Hussein"))
    assert found(any_store, "Mohammed") == []
    assert found(any_store, "Yousef") == found(any_store, "يوسف") == [arabic]

    # The same person in a second case: the identity link merges records, both stay findable.
    again = open_single(any_store, "يوسف", "حسين", latin=("Yusuf", "Hussein"))
    assert found(any_store, "yusuf hussein") == sorted([arabic, again])

    # A referral import.
    preview = check(any_store, (b"Household,Relationship,Given names,Family name,Date of birth,Sex,Nationality,"
                                b"Country of return\nF1,head,Tamar,Kvaratskhelia,1985-03-02,F,GEO,GEO\n"))
    apply(any_store, preview)
    (imported,) = found(any_store, "Kvaratskhelia")

    # Rows written in bulk, as the demo writes them.
    with any_store.transaction() as session:
        session.execute(insert(Person), [{
            "case_id": imported, "given_names": "Ēliška", "family_name": "Kvaratskhelia",
            "search_name": search_key("Ēliška", "Kvaratskhelia"), "date_of_birth": date(2015, 1, 1),
            "sex": Sex.FEMALE, "nationality": "GEO", "relationship_to_head": Relationship.CHILD, "languages": []}])
    assert found(any_store, "eliska") == [imported]

    # A row deleted: no longer found.
    with any_store.transaction() as session:
        session.execute(text("DELETE FROM person WHERE given_names = 'Ēliška'"))
    assert found(any_store, "eliska") == []

    # Anonymised under data protection: nobody finds the person any more, by any spelling or by the placeholder.
    family = closed_family(any_store)
    assert found(any_store, "Beridze") == [family.case_id]
    retention.apply(later(any_store, date(2033, 1, 1)))
    for query in ("Beridze", "giorgi", "Nino", "Anonymised", "brdz"):
        assert found(any_store, query) == [], query
    assert found(later(any_store, date(2033, 1, 1)), "yusuf") == sorted([arabic, again])

    if any_store.engine.dialect.name == "sqlite":  # the FTS5 table holds each case's names, and agrees with itself
        with any_store.transaction() as session:
            session.execute(text(f"INSERT INTO {name_index.TABLE}({name_index.TABLE}) VALUES ('integrity-check')"))
            indexed = {case_id: sorted(names.split("\n")) for case_id, names in session.execute(
                text(f"SELECT rowid, names FROM {name_index.TABLE}"))}
            people: dict[int, list[str]] = {}
            for case_id, name in session.execute(select(Person.case_id, Person.search_name)):
                people.setdefault(case_id, []).append(name)
            assert indexed == {case_id: sorted(names) for case_id, names in people.items()}


def test_an_update_that_leaves_the_names_alone_keeps_the_person_findable(any_store: Store) -> None:
    case_id = open_single(any_store, "Amina", "Yusuf")
    with any_store.transaction() as session:
        session.execute(update(Person).where(Person.case_id == case_id).values(phone="+995 555 0101"))
    assert found(any_store, "amina") == [case_id]


def plan(store: Store, query: str) -> str:
    statement = case_list._filtered(CaseQuery(text=query), store.engine.dialect.name)
    dialect = sqlite.dialect() if store.engine.dialect.name == "sqlite" else postgresql.dialect()
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    with store.transaction() as session:
        if store.engine.dialect.name == "sqlite":
            return "\n".join(row[-1] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        # A few rows are read fastest by a scan (of the table, or of another index in full): forbidding both
        # shows whether the trigram index can serve the search, as the planner chooses it on a large table.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))
        return "\n".join(row[0] for row in session.execute(text("EXPLAIN " + sql)))


@pytest.mark.parametrize("query", ["Mohammed", "محمد", "xyzzy", "mo", "mohamed al hasan"])
def test_the_query_reads_the_index_not_every_person(any_store: Store, query: str) -> None:
    for given, family in (("Mohammed", "Al-Hassan"), ("محمد", "الحسن"), ("Giorgi", "Beridze")):
        open_single(any_store, given, family)
    assert found(any_store, query) == scan_ids(any_store, query) or not exact(query)

    explained = plan(any_store, query)

    if any_store.engine.dialect.name == "sqlite":
        assert f"SCAN {name_index.TABLE} VIRTUAL TABLE" in explained
        assert not any(line.strip().endswith(("SCAN person", "SCAN person USING INDEX ix_person_case_id"))
                       or line.strip().startswith("SCAN person ") for line in explained.splitlines()), explained
    else:
        assert name_index.GIN_INDEX in explained, explained
        assert "Seq Scan on person" not in explained, explained


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_store(request: pytest.FixtureRequest, tmp_path: Path, coordinator: Actor) -> Store:
    """A store on a database with no tables yet."""
    url = str(tmp_path / "old.db") if request.param == "sqlite" else request.getfixturevalue("pg_empty_url")
    location = resolve(url)
    engine = open_engine(location)
    request.addfinalizer(engine.dispose)
    return Store(engine, coordinator, location, today=lambda: TODAY)


def test_the_upgrade_fills_the_index_with_the_people_already_recorded(old_store: Store) -> None:
    migrate.upgrade(old_store.engine, "0020")
    insert_household(old_store.engine)  # 'Amina Test', written before the index existed

    migrate.upgrade(old_store.engine)

    assert len(found(old_store, "amina")) == 1
    assert found(old_store, "nobody") == []
    migrate.downgrade(old_store.engine, "0020")
    migrate.upgrade(old_store.engine)
    assert len(found(old_store, "test")) == 1


def test_only_a_text_with_a_digit_is_looked_up_among_references(any_store: Store) -> None:
    case_id = open_single(any_store, "Amina", "Yusuf")
    with any_store.reading() as session:
        reference = session.get_one(Case, case_id).reference
    assert found(any_store, reference) == found(any_store, reference[:7].lower()) == [case_id]
    assert found(any_store, reference[:2]) == [] and scan_ids(any_store, reference[:2]) == [case_id]  # 'HW'
    assert "case_file.reference LIKE" not in plan(any_store, "Amina") or any_store.engine.dialect.name != "sqlite"
