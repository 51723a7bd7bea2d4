"""The index name search reads instead of scanning every person: trigrams of `Person.search_name`.

On SQLite (SQLCipher) an FTS5 table with the `trigram` tokenizer, its content read from `person` and kept in
step by triggers, so that every path that writes a person's names (a new case, an edit, an import, an identity
merge, anonymisation, a bulk insert, a deletion) updates it in the same statement; on PostgreSQL a GIN index
with `pg_trgm`'s operator class on the column itself, which the server keeps in step.

A search form of three characters or more is found through the trigrams, with the same result as the
`contains` scan it replaces. Shorter forms have no trigram: a skeleton form ('~m', from the query word 'mo')
is looked for as ' ~m', since the stored text writes a space before every '~' (the same rows, three
characters); a plain form shorter than three characters ('mo', 'al') falls back to a prefix match of the
stored text, which the b-tree index on `search_name` serves: the query word's skeleton form already finds
every name with a word beginning like it, so only names containing it inside a word are no longer found.

A migration that rebuilds `person` (Alembic's batch mode on SQLite copies the table and drops the old one, and
its triggers with it) must call `install` again; the migration tests compare the triggers with create_all's.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, column, false, or_, select, table, text

from planning.storage.models import Person

TABLE = "person_search"
GIN_INDEX = "ix_person_search_trgm"
#: Forms shorter than this have no trigram to look up.
TRIGRAM = 3

_fts = table(TABLE, column("rowid"), column("search_name"))

SQLITE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(search_name, content='person', content_rowid='id', "
    "tokenize='trigram case_sensitive 1')",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_insert AFTER INSERT ON person "
    f"BEGIN INSERT INTO {TABLE}(rowid, search_name) VALUES (new.id, new.search_name); END",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_delete AFTER DELETE ON person "
    f"BEGIN INSERT INTO {TABLE}({TABLE}, rowid, search_name) VALUES ('delete', old.id, old.search_name); END",
    f"CREATE TRIGGER IF NOT EXISTS trg_{TABLE}_update AFTER UPDATE OF id, search_name ON person "
    f"BEGIN INSERT INTO {TABLE}({TABLE}, rowid, search_name) VALUES ('delete', old.id, old.search_name); "
    f"INSERT INTO {TABLE}(rowid, search_name) VALUES (new.id, new.search_name); END",
]
SQLITE_TRIGGERS = tuple(f"trg_{TABLE}_{what}" for what in ("insert", "delete", "update"))

_PG_EXTENSION_SCHEMA = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace " \
                       "WHERE e.extname = 'pg_trgm'"


def install(connection: Connection) -> None:
    """Create the index (if missing) and fill it from the rows already there."""
    if connection.dialect.name == "sqlite":
        for sql in SQLITE:
            connection.exec_driver_sql(sql)
        connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")
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


def matching(forms: tuple[str, ...], dialect: str) -> ColumnElement[bool]:
    """People whose stored search text contains one of `forms` (folded, as `validation.search_terms` gives
    them), through the index; a plain form shorter than three characters as a prefix (see the module)."""
    found, prefixes = [], []
    for form in forms:
        if len(form) >= TRIGRAM:
            found.append(form)
        elif form.startswith("~"):
            found.append(f" {form}")
        elif form:
            prefixes.append(form)
    if dialect == "sqlite":
        conditions: list[ColumnElement[bool]] = []
        if found:
            phrase = " OR ".join('"' + form.replace('"', '""') + '"' for form in found)
            conditions.append(Person.id.in_(select(_fts.c.rowid).where(_fts.c.search_name.op("MATCH")(phrase))))
        conditions += [Person.search_name.op("GLOB")(_glob(form) + "*") for form in prefixes]
    else:
        conditions = [Person.search_name.like(f"%{_like(form)}%", escape="/") for form in found]
        conditions += [Person.search_name.like(f"{_like(form)}%", escape="/") for form in prefixes]
    return or_(*conditions) if conditions else false()


def _like(form: str) -> str:
    return form.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _glob(form: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in form)
