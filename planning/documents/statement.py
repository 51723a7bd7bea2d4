"""What a document's QR code states: its key facts as plain lines of text, then the office's signature.

A phone's camera shows the text as it is; `homeward verify` (or OpenSSL with the office's public key)
checks the signature. The signature covers every line before the `signature:` line, encoded in UTF-8,
each ending with a newline::

    HOMEWARD DOCUMENT 1
    code: HW-7K3QX-M2P9A
    kind: travel-letter
    reference: C-2026-00017
    issued: 2026-06-01
    travel date: 2026-06-11
    movement: TK-1 BRU-IST-TBS
    person: محمد عبدالله | Mohammed Abdullah | 1990-01-01 | P1234567
    key: HWK-7K3Q-XM2P-9A4B-CD5E
    signature: <Ed25519, base64url>

A person line gives the name as written, the Latin spelling where it differs, the date of birth and the
travel document number (where the document names one). Only what fits a QR code a phone can read is
stated; a document with more (a manifest, a report) states its counts and the digest of its facts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from planning.errors import ValidationError
from planning.validation import DIRECTION_CONTROLS

HEADER = "HOMEWARD DOCUMENT 1"
SIGNATURE = "signature: "
SEPARATOR = " | "


def _clean(value: object) -> str:
    """A value on one statement line: no line breaks, control characters or direction overrides (a phone shows
    the text as it comes), no field separator inside it."""
    text = "".join(c for c in str(value) if (c not in DIRECTION_CONTROLS and unicodedata.category(c) != "Cc")
                   or c in "\t\n\r")
    return " ".join(text.split()).replace("|", "/")


@dataclass(frozen=True)
class Person:
    name: str
    born: str
    latin: str | None = None
    document: str | None = None

    def line(self) -> str:
        parts = [self.name, *([self.latin] if self.latin else []), self.born, self.document or "-"]
        return SEPARATOR.join(_clean(part) for part in parts)

    @classmethod
    def parse(cls, text: str) -> Person:
        parts = [part.strip() for part in text.split("|")]
        if len(parts) == 3:
            name, born, document = parts
            latin = None
        elif len(parts) == 4:
            name, latin, born, document = parts
        else:
            raise ValidationError("statement", "statement.person", text)
        return cls(name, born, latin or None, None if document in ("", "-") else document)


@dataclass(frozen=True)
class Stated:
    """The kind-specific part of a statement, drawn from a document's facts."""

    travel_date: str | None = None
    movement: str | None = None
    people: tuple[Person, ...] = ()
    #: Other (label, value) lines, e.g. ('passengers', '42 in 14 households') or ('digest', ...).
    lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Statement:
    code: str
    kind: str
    reference: str
    issued: str
    key: str
    stated: Stated = field(default_factory=Stated)
    signature: str | None = None

    def signed_lines(self) -> list[str]:
        lines = [HEADER, f"code: {self.code}", f"kind: {self.kind}", f"reference: {_clean(self.reference)}",
                 f"issued: {self.issued}"]
        if self.stated.travel_date:
            lines.append(f"travel date: {self.stated.travel_date}")
        if self.stated.movement:
            lines.append(f"movement: {_clean(self.stated.movement)}")
        lines += [f"person: {person.line()}" for person in self.stated.people]
        lines += [f"{label}: {_clean(value)}" for label, value in self.stated.lines]
        lines.append(f"key: {self.key}")
        return lines

    def signed_part(self) -> bytes:
        return "".join(f"{line}\n" for line in self.signed_lines()).encode("utf-8")

    def text(self) -> str:
        return "\n".join([*self.signed_lines(), f"{SIGNATURE}{self.signature or ''}"])

    def fields(self) -> list[tuple[str, str]]:
        """Each stated fact as (name, value), in order: what `verify` sets beside the records and the page."""
        out = [("code", self.code), ("kind", self.kind), ("reference", self.reference), ("issued", self.issued)]
        if self.stated.travel_date:
            out.append(("travel date", self.stated.travel_date))
        if self.stated.movement:
            out.append(("movement", self.stated.movement))
        for number, person in enumerate(self.stated.people, start=1):
            out.append((f"person {number} name", person.name))
            if person.latin:
                out.append((f"person {number} name in Latin", person.latin))
            out.append((f"person {number} born", person.born))
            if person.document:
                out.append((f"person {number} travel document", person.document))
        out += list(self.stated.lines)
        return out

    @classmethod
    def parse(cls, text: str) -> Statement:
        """A statement as a QR reader gives it; `ValidationError('statement', ...)` when it is not one."""
        lines = [line.rstrip("\r") for line in text.strip().split("\n")]
        if not lines or lines[0].strip() != HEADER:
            raise ValidationError("statement", "statement.not_homeward", text[:40])
        values: dict[str, str] = {}
        people: list[Person] = []
        extra: list[tuple[str, str]] = []
        signature = None
        for line in lines[1:]:
            label, found, value = line.partition(": ")
            if not found:
                raise ValidationError("statement", "statement.line", line)
            if label == "person":
                people.append(Person.parse(value))
            elif label == "signature":
                signature = value.strip()
            elif label in ("code", "kind", "reference", "issued", "travel date", "movement", "key"):
                values[label] = value
            else:
                extra.append((label, value))
        missing = [name for name in ("code", "kind", "reference", "issued", "key") if name not in values]
        if missing:
            raise ValidationError("statement", "statement.missing", text[:40], missing=tuple(missing))
        stated = Stated(values.get("travel date"), values.get("movement"), tuple(people), tuple(extra))
        return cls(values["code"], values["kind"], values["reference"], values["issued"], values["key"], stated,
                   signature or None)


def differences(stated: Sequence[tuple[str, str]], other: Sequence[tuple[str, str]]) -> list[str]:
    """The names of the facts whose values differ between two lists of (name, value), or are in only one."""
    left, right = dict(stated), dict(other)
    names = [name for name, _ in stated] + [name for name, _ in other if name not in left]
    return [name for name in names if left.get(name) != right.get(name)]
