"""Stored values as documents print them: each on its own line or lines, unable to reorder the text around it.

The services refuse line breaks, control characters and direction overrides where they do not belong
(`planning.validation`), but a document prints what is stored, whatever wrote it: an older version, an
import, a hand-edited database. So every value a document draws goes through here first. A value meant
to be one line (a name, a place, a reference) stays one line: a line break in it prints as '¶', any
other control character as '�', so nothing it holds can start a line of the document's own. A note
meant to have several lines (a statement, an address) keeps its lines, each made safe the same way.
Direction overrides, embeddings and isolates are dropped, and a value holding right-to-left letters is
isolated (FSI … PDI): it is laid out as a unit, so it cannot pull the numbers or words beside it into
its own direction.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Collection
from typing import TypeVar

from planning.documents import fonts
from planning.validation import DIRECTION_CONTROLS, LINE_BREAKS, NEEDED_INVISIBLES

FSI, PDI = "\u2068", "\u2069"
#: Where a value meant to be one line holds a line break: bound to the words either side (no-break spaces),
#: so that wrapping cannot start a line with what followed the break either.
BREAK_MARK = "\u00a0¶\u00a0"
BREAK = "\n"
#: Where it holds another control character.
CONTROL_MARK = "\ufffd"
#: The fields, in any document's facts, that are notes of several lines; every other text is one line.
NOTES = frozenset({
    "address", "arrangement", "conditions", "details", "handover_notes", "needs", "note", "notes", "reason",
    "reception_arrangement", "referral_note", "safeguard", "statement", "summary", "wishes", "cancelled_reason",
    "decision_reason",
})

T = TypeVar("T")


def line(value: str) -> str:
    """A value printed on one line, isolated if it holds right-to-left letters."""
    parts = "".join(BREAK if c in LINE_BREAKS else _char(c) for c in value).split(BREAK)
    text = BREAK_MARK.join(" ".join(part.split()) for part in parts).strip()
    return f"{FSI}{text}{PDI}" if fonts.has_rtl(text) else text


def note(value: str) -> str:
    """A note of several lines: each line printed as `line` prints a value (a tab as a space)."""
    text = value.replace("\r\n", "\n").replace("\t", " ")
    return "\n".join(line(part) for part in "".join("\n" if c in LINE_BREAKS else c for c in text).split("\n"))


def _char(char: str) -> str:
    if char in DIRECTION_CONTROLS:
        return ""
    category = unicodedata.category(char)
    if category == "Cc":
        return CONTROL_MARK
    if category in ("Cf", "Cs") and char not in NEEDED_INVISIBLES:
        return ""
    return char


def facts(value: T, notes: Collection[str] = NOTES) -> T:
    """A document's facts (plain values, or a report of frozen dataclasses) with every text made printable:
    `note` for the fields in `notes`, `line` for the rest (codes, dates and vocabulary words come back as
    they were)."""
    return _walk(value, notes, None)  # type: ignore[return-value]


def _walk(value: object, notes: Collection[str], key: str | None) -> object:
    if type(value) is str:  # not a vocabulary word (a StrEnum): those are the program's own
        return note(value) if key in notes else line(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _walk(getattr(value, f.name), notes, f.name)
                                             for f in dataclasses.fields(value) if f.init})
    if isinstance(value, dict):
        return {k: _walk(v, notes, k if isinstance(k, str) else None) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_walk(v, notes, key) for v in value)
    return value
