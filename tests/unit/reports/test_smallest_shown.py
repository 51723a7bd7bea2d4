"""The smallest count shown in reports for sharing: an office setting, 5 until changed, checked when saved."""

from __future__ import annotations

import pytest

from planning.documents.office import OfficeDraft, letterhead, save_office
from planning.errors import ValidationError
from planning.storage.store import Store


def _read(store: Store) -> int:
    with store.reading() as session:
        return letterhead(session).smallest_shown


def test_the_office_keeps_its_smallest_count_and_a_save_without_one_keeps_it(store: Store) -> None:
    assert _read(store) == 5
    save_office(store, OfficeDraft(name="Brussels office"))
    assert _read(store) == 5
    save_office(store, OfficeDraft(name="Brussels office", smallest_shown=10))
    assert _read(store) == 10
    save_office(store, OfficeDraft(name="Brussels office", phone="+32 2 000 00 00"))
    assert _read(store) == 10
    save_office(store, OfficeDraft(name="Brussels office", smallest_shown=0))
    assert _read(store) == 0


@pytest.mark.parametrize("bad", [-1, 101])
def test_a_smallest_count_out_of_range_is_refused(store: Store, bad: int) -> None:
    with pytest.raises(ValidationError) as raised:
        save_office(store, OfficeDraft(name="Brussels office", smallest_shown=bad))
    assert raised.value.field == "smallest_shown" and raised.value.key == "office.smallest_shown"
    assert _read(store) == 5
