"""One vocabulary: every value of every StrEnum of planning/ and monitoring/ has exactly one label, and no
table elsewhere names values by English phrases."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from enum import StrEnum
from pathlib import Path

import monitoring
import planning
from planning import labels
from planning.labels import in_sentence, label, lower_first
from planning.readiness.reasons import Safeguard
from planning.referral_import.mapping import Field
from planning.vocabulary import CaseStatus, ReferralAuthority, TravelDocumentStatus

ROOT = Path(__file__).resolve().parents[2]


def vocabularies() -> list[type[StrEnum]]:
    """Every StrEnum defined in planning/ and monitoring/ (migrations aside)."""
    found = []
    for package in (planning, monitoring):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".migrations" in module.name:
                continue
            loaded = importlib.import_module(module.name)
            found += [kind for _, kind in inspect.getmembers(loaded, inspect.isclass)
                      if issubclass(kind, StrEnum) and kind is not StrEnum and kind.__module__ == module.name]
    return found


def test_every_vocabulary_value_has_exactly_one_label() -> None:
    kinds = vocabularies()
    assert len(kinds) > 40
    keyed = [(type(member), member.value) for member, _ in labels.entries()]
    assert len(keyed) == len(set(keyed)), "a value labelled twice"
    missing = [f"{kind.__name__}.{member.name}" for kind in kinds for member in kind
               if (kind, member.value) not in labels.labels()]
    assert not missing
    assert all(text.strip() and text == text.strip() for _, text in labels.entries())


def test_equal_values_of_two_vocabularies_keep_their_own_labels() -> None:
    """'valid' is a travel document's status and an import row's: two labels, one per enum."""
    from planning.referral_import.report import RowStatus

    assert str(TravelDocumentStatus.VALID) == str(RowStatus.VALID)  # equal strings, so equal dict keys
    assert (label(TravelDocumentStatus.VALID), label(RowStatus.VALID)) == ("Valid", "Ready to import")


def test_labels_name_the_values_everywhere() -> None:
    assert label(CaseStatus.ON_HOLD) == "On hold (protection referral)"
    assert Safeguard.S5.heading == label(Safeguard.S5) == "Readmission assurance"
    assert Field.FAMILY_NAME_LATIN.label == "Family name (Latin script)"


def test_inside_a_sentence_only_the_first_letter_of_a_word_gets_small() -> None:
    assert in_sentence(CaseStatus.ON_HOLD) == "on hold (protection referral)"
    assert in_sentence(ReferralAuthority.UNHCR) == "UNHCR"
    assert lower_first("CP-SAT") == "CP-SAT" and lower_first("S1 voluntariness") == "S1 voluntariness"


def test_two_enums_of_one_name_are_told_apart_for_the_translators() -> None:
    from planning.documents.verification import Status as Verification
    from planning.scheduling.result import Status as Planning

    assert labels.context(CaseStatus) == "CaseStatus"
    assert labels.context(Planning) == "scheduling.result.Status"
    assert labels.context(Verification) == "documents.verification.Status"


def phrase_keyed_tables(source: str) -> list[int]:
    """Lines of dict literals whose keys are English phrases (string keys with a space)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            values = [v for v in node.values if isinstance(v, ast.Call) and getattr(v.func, "id", "") == "QT_TR_NOOP"]
            if values and any(" " in str(k.value) for k in keys):
                found.append(node.lineno)
    return found


def test_no_table_of_the_interface_is_keyed_by_english_phrases() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}" for path in sorted((ROOT / "desktop").rglob("*.py"))
             for line in phrase_keyed_tables(path.read_text(encoding="utf-8"))]
    assert not found


def test_the_check_finds_a_phrase_keyed_table() -> None:
    assert phrase_keyed_tables('A = {"moved bookings": QT_TR_NOOP("moved bookings"), "cost": QT_TR_NOOP("cost")}\n'
                               'B = {"cost": QT_TR_NOOP("cost")}\n') == [1]
