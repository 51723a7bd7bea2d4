"""`homeward print visit-form N` and `homeward print voucher N`, then `homeward verify` on the code printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands.session import open_store
from planning.storage.models.monitoring import FollowUpStatus
from planning.storage.store import Store
from tests.conftest import TODAY
from tests.unit.documents import pdftext
from tests.unit.documents.test_voucher import housing
from tests.unit.monitoring.helpers import arrived_family, follow_ups


def test_a_visit_form_and_a_voucher_print_and_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "homeward.db")
    opened = open_store(path)
    store = Store(opened.engine, opened.actor, opened.location, today=lambda: TODAY)
    try:
        _, plan = arrived_family(store)
        follow_up = next(f for f in follow_ups(store, plan.plan_id) if f.status is FollowUpStatus.DUE)
        allocation = housing(store)
    finally:
        store.engine.dispose()
    for kind, ref, expected in (("visit-form", str(follow_up.id), "Monitoring visit form"),
                                ("voucher", str(allocation.id), "Reintegration voucher")):
        target = tmp_path / f"{kind}.pdf"
        capsys.readouterr()
        assert main(["--db", path, "print", kind, ref, "-o", str(target)]) == 0
        code = capsys.readouterr().out.strip().rsplit("verification code ", 1)[1]
        assert expected in pdftext.text(target.read_bytes())
        assert main(["--db", path, "verify", code]) == 0
    assert main(["--db", path, "print", "visit-form", "seven", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "follow_up: is a follow-up number" in capsys.readouterr().err
