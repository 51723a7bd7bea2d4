"""The index name search reads instead of scanning every person: trigrams of `Person.search_name`.

On SQLite (SQLCipher) an FTS5 table with the `trigram` tokenizer holding, for each case (its rowid is the
case's id), the search texts of its people one per line, kept in step by triggers on `person`: every path that
writes a person's names (a new case, an edit, an import, an identity merge, anonymisation, a bulk insert, a
deletion) updates it in the same statement. A row per case, not per person, so that a search reads case ids
straight from the index (looking up each person found for its case cost more than the search itself at 100,000
cases) and the words of a query are intersected inside the index; no form spans two people, since none holds
a line break. On PostgreSQL a GIN index with `pg_trgm`'s operator class on the column itself, which the server
keeps in step.

A search form of three characters or more is found through the trigrams, with the same result as the
`contains` scan it replaces. Shorter forms have no trigram: a skeleton form ('~m', from the query word 'mo')
is looked for as ' ~m', since the stored text writes a space before every '~' (the same rows, three
characters); a plain form shorter than three characters ('mo', 'al') would need a scan: it matches as a
prefix of a person's stored text instead, which the query word's skeleton form already finds (' ~m': every
name with a word beginning with m) or, where the forms lack that skeleton, the b-tree index on `search_name`
serves. Only names containing a short query word inside a word are no longer found.

A migration that rebuilds `person` (Alembic's batch mode on SQLite copies the table and drops the old one, and
its triggers with it) must call `install` again; the migration tests compare the triggers with create_all's.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, and_, column, false, or_, select, table, text

from planning.storage.models import Case, Person
from planning.validation import skeleton

TABLE = "name_search"
GIN_INDEX = "ix_person_search_trgm"
#: Forms shorter than this have no trigram to look up.
TRIGRAM = 3

_fts = table(TABLE, column("rowid"), column("names"))


def _refresh(case_id: str) -> str:
    """Statements that rewrite one case's row from its people (none left: no row)."""
    return (f"DELETE FROM {TABLE} WHERE rowid = {case_id}; "
            f"INSERT INTO {TABLE}(rowid, names) SELECT case_id, group_concat(search_name, char(10)) "
            f"FROM person WHERE case_id = {case_id} GROUP BY case_id;")


SQLITE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(names, tokenize='trigram case_sensitive 1')",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_insert AFTER INSERT ON person BEGIN {_refresh('new.case_id')} END",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_delete AFTER DELETE ON person BEGIN {_refresh('old.case_id')} END",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_update AFTER UPDATE OF search_name, case_id ON person "
    f"BEGIN {_refresh('old.case_id')} {_refresh('new.case_id')} END",
]
SQLITE_TRIGGERS = tuple(f"trg_{TABLE}_{what}" for what in ("insert", "delete", "update"))
_SQLITE_FILL = [f"DELETE FROM {TABLE}",
                f"INSERT INTO {TABLE}(rowid, names) SELECT case_id, group_concat(search_name, char(10)) "
                "FROM person GROUP BY case_id"]

_PG_EXTENSION_SCHEMA = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace " \
                       "WHERE e.extname = 'pg_trgm'"


def install(connection: Connection) -> None:
    """Create the index (if missing) and fill it from the rows already there."""
    if connection.dialect.name == "sqlite":
        for sql in SQLITE + _SQLITE_FILL:
            connection.exec_driver_sql(sql)
    elif connection.dialect.name == "postgresql":
        # pg_trgm is a trusted extension: the database's owner may create it. It may already live in another
        # schema of the database, so its operator class is named with the schema it is in.
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema = connection.execute(text(_PG_EXTENSION_SCHEMA)).scalar_one()
        quoted = connection.dialect.identifier_preparer.quote_identifier(schema)
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON person USING gin (search_name {quoted}.gin_trgm_ops)")


def drop(connection: Connection) -> None:
    """Remove the index (the extension stays: other databases' objects may use it)."""
    if connection.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {GIN_INDEX}")


def is_index_object(name: str | None, type_: str) -> bool:
    """Whether autogenerate meets one of the index's own objects (not in the models): the FTS5 table and its
    shadow tables, or the GIN index."""
    if name is None:
        return False
    return (type_ == "table" and (name == TABLE or name.startswith(f"{TABLE}_"))) or \
        (type_ == "index" and name == GIN_INDEX)


def _split(forms: Sequence[str]) -> tuple[list[str], list[str]]:
    """The forms looked up by trigrams, and the plain forms too short for them (matched as prefixes). A short
    form whose skeleton form is among the forms needs no prefix match: a text that begins with it has a word
    whose skeleton begins like its own ('al' → ' ~al'), and the words go in one lookup of the index."""
    found, prefixes = [], []
    for form in forms:
        if len(form) >= TRIGRAM:
            found.append(form)
        elif form.startswith("~"):
            found.append(f" {form}")
        elif form and f"~{skeleton(form)}" not in forms:
            prefixes.append(form)
    return found, prefixes


def cases_matching(terms: Sequence[Sequence[str]], dialect: str) -> ColumnElement[bool]:
    """Cases where each term (a query word's forms, as `validation.search_terms` gives them) is met by one of
    its forms in some member's stored search text, through the index; a plain form shorter than three
    characters as a prefix (see the module)."""
    split = [_split(forms) for forms in terms]
    if dialect != "sqlite":
        return and_(*(Case.id.in_(select(Person.case_id).where(or_(
            *(Person.search_name.like(f"%{_like(form)}%", escape="/") for form in found),
            *(Person.search_name.like(f"{_like(form)}%", escape="/") for form in prefixes))))
            for found, prefixes in split))
    if any(not found and not prefixes for found, prefixes in split):
        return false()
    # Words without a short form are looked up together: the index intersects them itself.
    whole = [found for found, prefixes in split if not prefixes]
    conditions = [_fts_match(whole)] if whole else []
    for found, prefixes in split:
        if prefixes:
            conditions.append(or_(
                *([_fts_match([found])] if found else []),
                Case.id.in_(select(Person.case_id).where(
                    or_(*(Person.search_name.op("GLOB")(_glob(form) + "*") for form in prefixes))))))
    return and_(*conditions) if conditions else false()


def _fts_match(words: Sequence[Sequence[str]]) -> ColumnElement[bool]:
    expression = " AND ".join(
        "(" + " OR ".join('"' + form.replace('"', '""') + '"' for form in forms) + ")" for forms in words)
    return Case.id.in_(select(_fts.c.rowid).where(_fts.c.names.op("MATCH")(expression)))


def _like(form: str) -> str:
    return form.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _glob(form: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in form)
