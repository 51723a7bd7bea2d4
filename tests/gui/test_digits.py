"""One digit system per line: the Arabic interface writes every number with the digits 0–9 that references,
codes, document and phone numbers are issued with (i18n.LOCALES), so no line mixes two systems."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop import i18n, words
from desktop.labels import day, money, month, number, when
from planning import messages
from planning.messages import Count, Message, Money, Month
from planning.readiness.reasons import Reason
from tests.sweep import ARABIC_INDIC, arabic_translations_use_one_digit_system, mixes_digits

pytestmark = pytest.mark.gui


def test_no_arabic_translation_writes_arabic_indic_digits() -> None:
    assert arabic_translations_use_one_digit_system() == []


def test_the_arabic_interface_writes_numbers_dates_amounts_and_counts_with_one_digit_system(
        language: Callable[[str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    language("ar")
    written = [number(12345), number(Decimal("1.5"), 2), day(date(2026, 6, 1)), when(datetime(2026, 6, 1, 7, 5)),
               money(Decimal(1250)), month(date(2026, 6, 1)), i18n.tr("%n household(s)", None, 11)]
    assert not any(ARABIC_INDIC.search(text) for text in written), written
    assert "12,345" in written[0] and "2026" in written[2] and "11" in written[-1]
    monkeypatch.setitem(messages.TEMPLATES, "test.digits", "{reference}: {count} on {on}, {amount}, {month}")
    monkeypatch.setitem(messages.PLURALS, "test.seat", ("{n} seat", "{n} seats"))
    line = words.message(Message.of("test.digits", reference="HW-2026-000042", count=Count("test.seat", 3),
                                    on=date(2026, 7, 1), amount=Money(1250), month=Month.of(date(2026, 7, 9))))
    assert "HW-2026-000042" in line.replace("\u2060", "") and not mixes_digits(line)
    reason = Reason.of("S1.stale", person="Nino Beridze", expressed_on=date(2025, 11, 13), days=180,
                       on=date(2026, 6, 1))
    assert not ARABIC_INDIC.search(words.value(reason))


def test_the_check_sees_two_digit_systems_on_one_line() -> None:
    assert mixes_digits("HW-2026-000042 · ٣ أشخاص")
    assert not mixes_digits("HW-2026-000042\n٣ أشخاص")
    assert not mixes_digits("HW-2026-000042 · 3 أشخاص")
