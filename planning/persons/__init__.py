"""The person registry: who a record describes across cases, so that "for good" (S3) and "final" (S4) follow
the person, not the record.

    matching.matching_people(session, particulars)   # the stored people a record likely describes
    identity.link(session, actor, people)            # a new or corrected record joins its identity
    history.earlier(session, people)                 # the same person's ended or protected records elsewhere
    decisions.sign(store, person_id, other_id, ...)  # one half of the two-person decision
"""

from __future__ import annotations

from planning.persons import texts

__all__ = ["texts"]
