"""Rows into households: rows sharing a household (referral) id are one case, its head first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from planning.vocabulary import Relationship

T = TypeVar("T")


def household_key(text: str, line: int) -> str:
    """The household a row belongs to: its id, or the row alone when the id is blank."""
    key = " ".join(text.split())
    return key if key else f"line {line}"


def group(rows: Sequence[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Rows by household, households in the order they first appear, rows in file order."""
    households: dict[str, list[T]] = {}
    for row in rows:
        households.setdefault(key(row), []).append(row)
    return list(households.items())


def assign_relationships(given: Sequence[Relationship | None]) -> tuple[list[Relationship | None], list[int]]:
    """Fill in blank relationships: a household's only row, or its first row when no row names a head,
    is the head. Returns the relationships (None where still unknown) and the indexes that were guessed."""
    out = list(given)
    guessed: list[int] = []
    if len(out) == 1 and out[0] is None:
        return [Relationship.HEAD], []
    if Relationship.HEAD not in out and out and out[0] is None:
        out[0] = Relationship.HEAD
        guessed.append(0)
    return out, guessed


def head_first(members: Sequence[T], relationship: Callable[[T], Relationship | None]) -> list[T]:
    """The head, then everyone else in file order."""
    heads = [m for m in members if relationship(m) is Relationship.HEAD]
    return heads[:1] + [m for m in members if not heads or m is not heads[0]]
