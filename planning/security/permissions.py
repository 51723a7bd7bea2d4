"""What each role may do, checked at the top of every service that changes something.

The table is the one place where roles meet actions; the UI may hide what a role cannot do, but the
services refuse it whatever calls them (a dialog, a command, an import).

- A *coordinator* runs returns: cases, counselling, voluntariness, protection referrals, countries and
  their assurances, movements and bookings, imports, documents, reintegration, and the monitoring
  plans and passive follow-ups that reach the office after arrival; may decide an S9 review, load a
  synthetic demo caseload (for training) and take a backup of the whole database.
- A *monitor* follows returnees up: follow-ups and their incidents, visit places and field offices,
  monitoring reports; reads everything else.
- The *data-protection officer* (administrator) may do everything, and alone manages users and keys
  (field key export and import), reads, verifies and checkpoints the audit log, restores a backup,
  exports a person's data and purges.
- A *read-only* user reads, and takes no list of people away (exports: `planning.exports.files`).
"""

from __future__ import annotations

from enum import Enum

from planning.errors import PermissionDenied
from planning.storage.store import Store
from planning.vocabulary import Role


class Permission(Enum):
    """An action a role may be granted; the value says it in words (the refusal of each permission,
    `permission.<name>` in `texts.py`, says the same)."""

    READ = "read records"
    EDIT_CASES = "open or change cases, members, travel documents and minors' determinations"
    COUNSEL = "record counselling sessions"
    RECORD_VOLUNTARINESS = "record voluntariness (declarations, reconfirmations, refusals)"
    REFER_PROTECTION = "record protection concerns, referrals and outcomes"
    EDIT_COUNTRIES = "change country profiles, assurances and advisories"
    PLAN_MOVEMENTS = "add, change, import or cancel movements and accept movement plans"
    BOOK = "book, move or cancel bookings and record check-in, departure and arrival"
    IMPORT_REFERRALS = "import referrals"
    PRINT_DOCUMENTS = ("issue travel letters, declarations, manifests, assurance summaries and vouchers, and set "
                       "the letterhead")
    PLAN_REINTEGRATION = "change reintegration packages, needs, budgets and allocations"
    MANAGE_MONITORING = "start monitoring plans and set follow-up schedules"
    RECORD_FOLLOW_UPS = "record follow-ups, their attachments and incidents"
    EDIT_PLACES = "change household places and field offices"
    ISSUE_MONITORING_REPORTS = "issue compliance reports, visit route printouts and visit forms"
    DECIDE_REVIEW = "decide an assurance review"
    DECIDE_IDENTITY = ("sign a decision that a person matching someone whose involvement ended or who was "
                       "granted protection is someone else, or decided anew")
    MANAGE_USERS = "manage user accounts"
    MANAGE_KEYS = "manage database and field keys"
    VIEW_AUDIT = "read, verify or checkpoint the audit log"
    BACK_UP = "take a backup of the whole database"
    RESTORE = "restore the database from a backup"
    EXPORT_PERSONAL_DATA = "export a person's data"
    EXPORT_LISTS = "export lists of people (cases, follow-ups, plans, passengers, allocations) to a file"
    PURGE = "anonymise or purge records"
    DEMO_DATA = "add a synthetic demo caseload"

    @property
    def code(self) -> str:
        return f"permission.{self.name.lower()}"


_COORDINATOR = frozenset({
    Permission.READ, Permission.EDIT_CASES, Permission.COUNSEL, Permission.RECORD_VOLUNTARINESS,
    Permission.REFER_PROTECTION, Permission.EDIT_COUNTRIES, Permission.PLAN_MOVEMENTS, Permission.BOOK,
    Permission.IMPORT_REFERRALS, Permission.PRINT_DOCUMENTS, Permission.PLAN_REINTEGRATION,
    Permission.MANAGE_MONITORING, Permission.RECORD_FOLLOW_UPS, Permission.EDIT_PLACES,
    Permission.ISSUE_MONITORING_REPORTS, Permission.DECIDE_REVIEW, Permission.DECIDE_IDENTITY, Permission.DEMO_DATA,
    Permission.BACK_UP, Permission.EXPORT_LISTS,
})
_MONITOR = frozenset({
    Permission.READ, Permission.RECORD_FOLLOW_UPS, Permission.EDIT_PLACES, Permission.ISSUE_MONITORING_REPORTS,
    Permission.EXPORT_LISTS,
})

#: The permission table: what each role may do.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: _COORDINATOR,
    Role.MONITOR: _MONITOR,
    Role.DATA_PROTECTION_OFFICER: frozenset(Permission),
    Role.READ_ONLY: frozenset({Permission.READ}),
}

def may(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


def roles_with(permission: Permission) -> list[Role]:
    return [role for role in Role if may(role, permission)]


def require(store: Store, permission: Permission) -> None:
    """Raise `PermissionDenied` naming the user, their role and the action unless the role grants it."""
    actor = store.actor
    if may(actor.role, permission):
        return
    raise PermissionDenied(permission.code, user=actor.username, role=actor.role)
