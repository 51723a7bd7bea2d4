"""`homeward persons matches REF`: a member's records in other cases, and whether one still blocks the case."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands.session import open_store
from planning.persons import decisions
from planning.storage.store import Actor
from planning.vocabulary import IdentityFinding, Role
from tests.unit.planning.test_person_registry import end_involvement, open_one, person


def test_the_same_person_in_an_ended_case_blocks_until_both_halves_agree(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "homeward.db")
    store = open_store(db)
    try:
        first = open_one(store, person("Mohammed", "Al-Hassan"))
        end_involvement(store, first.member_ids[0])
        again = open_one(store, person("محمد", "الحسن", given_latin="Muhammad", family_latin="Al Hasan"))
        alone = open_one(store, person("Amina", "Yusuf", born=store.today() - timedelta(days=9000)))
    finally:
        store.engine.dispose()

    assert main(["--db", db, "persons", "matches", again.reference]) == 1
    out = capsys.readouterr().out
    assert f"same person as Mohammed Al-Hassan of {first.reference} (involvement ended)" in out
    assert "BLOCKS this case" in out and "coordinator: not signed yet" in out

    store = open_store(db)
    try:
        why = "Passport copies compared: another man with the same name and birth date"
        decisions.sign(store.as_actor(Actor("anna", Role.COORDINATOR)), again.member_ids[0], first.member_ids[0],
                       IdentityFinding.DIFFERENT_PERSON, why)
        decisions.sign(store.as_actor(Actor("dpo", Role.DATA_PROTECTION_OFFICER)), again.member_ids[0],
                       first.member_ids[0], IdentityFinding.DIFFERENT_PERSON, why)
    finally:
        store.engine.dispose()

    assert main(["--db", db, "persons", "matches", again.reference, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (member,) = report["members"]
    (record,) = member["records"]
    assert report["blocked"] is False and record["case"] == first.reference
    assert record["decided"] == "different_person" and [h["signed_by"] for h in record["halves"]] == ["anna", "dpo"]

    assert main(["--db", db, "persons", "matches", alone.reference]) == 0
    assert "no other record of this person" in capsys.readouterr().out
    assert main(["--db", db, "persons", "matches", "HW-1999-000001"]) == 2
