"""The readiness check's words: every code a rule emits has its templates, every reason carries the values
its text was filled with, and the English text is the template filled with them."""

from __future__ import annotations

import json
import re

import pytest

from planning.readiness.reasons import Reason, Safeguard
from planning.readiness.texts import PHRASES, TEXTS, Phrase, fill
from tests.readiness_samples import CODE, RULES, hand_built, rule_codes, rule_phrases


def test_every_code_the_rules_emit_has_its_templates_and_no_template_is_left_over() -> None:
    emitted = rule_codes()
    assert emitted, "no Reason.of call found in the rules"
    assert all(CODE.fullmatch(c) for c in emitted), emitted
    assert emitted == set(TEXTS)
    # Nothing builds a Reason by hand any more: every one goes through its templates.
    for path in RULES.glob("*.py"):
        assert not re.search(r"\bReason\(", path.read_text(encoding="utf-8")), path.name


def test_every_phrase_the_rules_use_is_worded_and_none_is_left_over() -> None:
    assert rule_phrases() == set(PHRASES)


def test_the_samples_reach_every_code_and_every_phrase() -> None:
    reasons = hand_built()
    assert {r.code for r in reasons} == set(TEXTS)
    phrases = {v.key for r in reasons for _name, v in r.params if isinstance(v, Phrase)}
    assert phrases == set(PHRASES)


def test_the_english_text_is_the_template_filled_with_the_params() -> None:
    for reason in hand_built():
        message, resolution = TEXTS[reason.code]
        assert fill(message, reason.params) == reason.message
        assert fill(resolution, reason.params) == reason.resolution
        assert reason.safeguard.value == reason.code.split(".")[0]


def test_params_reach_json_as_plain_values() -> None:
    reasons = {r.code: r for r in hand_built()}
    stale = reasons["S1.stale"].as_dict()
    assert stale["params"] == {"person": "Giorgi Beridze", "expressed_on": "2025-11-13", "days": 180,
                               "on": "2026-06-01"}
    review = next(r for r in hand_built() if r.code == "S9.under_review" and "monitoring" in r.message)
    assert review.as_dict()["params"] == {
        "country": "Georgia", "kinds": ["monitoring_authorisation", "no_punishment", "readmission"]}
    document = next(r for r in hand_built() if r.code == "S10.no_document" and "emergency" in r.message)
    assert document.as_dict()["params"]["why"] == {
        "phrase": "document_expired", "params": {"document": "emergency_travel_document", "valid_until": "2026-05-12"}}
    for reason in hand_built():
        json.dumps(reason.as_dict())


def test_a_missing_value_or_an_unknown_code_fails_loudly() -> None:
    with pytest.raises(KeyError):
        Reason.of("S1.no_declaration")
    with pytest.raises(KeyError):
        Reason.of("S1.no_such_reason", person="A")
    with pytest.raises(KeyError):
        Phrase.of("no_such_phrase")
    household = Reason.of("S7.no_authorisation", country="Georgia", on="2026-06-01")
    assert household.safeguard is Safeguard.S7 and household.person_id is None
    assert household.message == "Georgia has given no monitoring authorisation valid on 2026-06-01"
