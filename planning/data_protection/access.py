"""Who may do what in data protection, until the shared permission checks cover it."""

from __future__ import annotations

from planning.errors import PermissionDenied
from planning.storage.store import Store
from planning.vocabulary import Role


def require_data_protection_officer(store: Store, what: str) -> None:
    """Refuse `what` unless the actor is the data-protection officer."""
    if store.actor.role is not Role.DATA_PROTECTION_OFFICER:
        raise PermissionDenied(
            f"Only the data-protection officer may {what}; {store.actor.username} is signed in as "
            f"{store.actor.role.value.replace('_', ' ')}",
            code="permission.data_protection_officer",
        )


def require_writer(store: Store, what: str) -> None:
    """Refuse `what` to a read-only user."""
    if store.actor.role is Role.READ_ONLY:
        raise PermissionDenied(f"A read-only user cannot {what}", code="permission.read_only")
