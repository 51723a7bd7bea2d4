"""Names of places in the interface's other languages, as the office writes them there.

Cities, regions, field offices and movement stops are stored as the office typed them ('Tbilisi',
'Brussels (BRU)'); a translation per language ('Tbilissi', 'تبليسي') lets the French and Arabic
interfaces name them in their own words. Without one, a place reads as stored. Country names need no
table: the interface takes them from CLDR.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, select, union
from sqlalchemy.orm import Session

from planning import audit
from planning.errors import ValidationError
from planning.security.permissions import Permission, require
from planning.storage.models import (
    Advisory,
    Assurance,
    Case,
    FieldOffice,
    MonitoringPlan,
    Movement,
    MovementLeg,
    PlaceName,
)
from planning.storage.store import Store
from planning.validation import optional_text, required_text

#: The interface languages a place can be given a name in (English reads the name as stored).
LANGUAGES = ("fr", "ar")
MAX_NAME = 200


@dataclass(frozen=True)
class PlaceNameView:
    """A place as the records name it, and its name in each language that has one."""

    name: str
    translations: tuple[tuple[str, str], ...]
    #: Whether some record still names the place this way.
    in_use: bool

    def translation(self, language: str) -> str | None:
        return dict(self.translations).get(language)


def translations(store: Store) -> dict[str, dict[str, str]]:
    """Every translated name: language → {name as stored → name in that language}."""
    with store.reading() as session:
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for row in session.scalars(select(PlaceName)):
            found[row.language][row.name] = row.translation
        return dict(found)


def _stored_names() -> CompoundSelect[str | None]:
    """Every name a record gives a place: regions, movement stops, field offices."""
    columns = (Case.region_of_return, Movement.origin, Movement.destination, MovementLeg.origin,
               MovementLeg.destination, FieldOffice.name, FieldOffice.region, MonitoringPlan.region,
               Advisory.region, Assurance.region)
    return union(*(select(column.label("name")).where(column.is_not(None), column != "") for column in columns))


def names(store: Store) -> list[PlaceNameView]:
    """The places the records name, and the translated ones no record names any more, by name."""
    with store.reading() as session:
        return _names(session)


def _names(session: Session) -> list[PlaceNameView]:
    in_use = {name.strip() for name in session.scalars(select(_stored_names().subquery().c.name))}
    translated: dict[str, dict[str, str]] = defaultdict(dict)
    for row in session.scalars(select(PlaceName)):
        translated[row.name][row.language] = row.translation
    return [PlaceNameView(name, tuple(sorted(translated.get(name, {}).items())), name in in_use)
            for name in sorted(in_use | set(translated), key=str.casefold) if name]


def translate(store: Store, name: str, language: str, translation: str | None) -> None:
    """Name the place `name` in `language` (an empty translation removes it)."""
    require(store, Permission.EDIT_PLACES)
    stored = required_text("name", name, max_length=MAX_NAME)
    if language not in LANGUAGES:
        raise ValidationError("language", "place_name.language", language, languages=LANGUAGES)
    written = optional_text("translation", translation, max_length=MAX_NAME)
    with store.transaction() as session:
        row = session.scalar(select(PlaceName).where(PlaceName.name == stored, PlaceName.language == language)
                             .with_for_update())
        if row is None and written is None:
            return
        if row is None:
            row = PlaceName(name=stored, language=language, translation=written)
            session.add(row)
            audit.record(session, store.actor, "place_name.add", row)
        elif written is None:
            before = audit.snapshot(row)
            session.delete(row)
            session.flush()
            audit.record(session, store.actor, "place_name.remove", ("place_name", row.id), before=before)
        elif row.translation != written:
            before = audit.snapshot(row)
            row.translation = written
            session.flush()
            audit.record(session, store.actor, "place_name.update", row, before=before)


def save(store: Store, changed: Sequence[tuple[str, str, str | None]]) -> dict[str, dict[str, str]]:
    """Several (name, language, translation) at once, all or none; returns every translation as now stored."""
    require(store, Permission.EDIT_PLACES)
    with store.transaction():
        for name, language, translation in changed:
            translate(store, name, language, translation)
        return translations(store)
