"""The readiness check against the database: load a case's facts and judge them."""

from __future__ import annotations

from datetime import date

from planning import readiness
from planning.errors import NotFoundError
from planning.lookup import case_by_reference
from planning.readiness.loading import load_facts
from planning.readiness.reasons import Stage, Verdict
from planning.storage.store import Store


def verdict_for(store: Store, case: int | str, on: date | None = None,
                stage: Stage = Stage.PLANNING) -> Verdict:
    """The verdict for a case (by id or reference) on a date (default today)."""
    day = on or store.today()
    with store.reading() as session:
        case_id = case if isinstance(case, int) else case_by_reference(session, case).id
        facts = load_facts(session, [case_id]).get(case_id)
        if facts is None:
            raise NotFoundError("case_file", case)
        return readiness.check(facts, day, stage)
