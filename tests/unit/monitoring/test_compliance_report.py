"""The compliance report as an issued PDF: the text in it names the country, the period and the figures, and its
verification code checks back (match, then superseded once the records change)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitoring.compliance_report import KIND, ReportWriteError, issue_report
from monitoring.followups import FollowUpEntry, log_follow_up
from planning import countries
from planning.documents import verification
from planning.documents.verification import Status
from planning.errors import ValidationError
from planning.storage.models import DocumentIssue
from planning.storage.models.monitoring import ContactMode, FollowUpStatus
from planning.storage.store import Store
from tests.unit.documents import pdftext
from tests.unit.monitoring.compliance_history import PERIOD, SEEN_ON, History, build
from tests.unit.monitoring.helpers import as_of, follow_ups


def flat(pdf: bytes) -> str:
    """The text of every page, runs of white space (line breaks included) as one space."""
    return " ".join(pdftext.text(pdf).split())


def issues(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(DocumentIssue)) or 0


def test_the_pdf_names_the_country_the_period_and_the_figures(any_store: Store, tmp_path: Path) -> None:
    build(any_store)
    target = tmp_path / "compliance.pdf"

    issued = issue_report(as_of(any_store, SEEN_ON), "GEO", *PERIOD, path=target)

    data = target.read_bytes()
    assert data == issued.pdf and data.startswith(b"%PDF")
    if os.environ.get("HOMEWARD_KEEP_PDF"):
        Path(os.environ["HOMEWARD_KEEP_PDF"]).write_bytes(data)
    text = flat(data)
    pages = pdftext.page_count(data)
    assert "Country compliance report" in text
    assert "Georgia (GEO) · period 2026-06-01 to 2026-12-31 · figures as of 2026-09-20" in text
    assert "11 follow-ups of returnees to Georgia fell due and 5 were done (45 %)" in text
    assert "in 57 % of the follow-ups logged" in text
    assert "2 incidents of a breach of the assurances were reported; 1 is open" in text
    # The month rows: June and July in full, and the totals.
    assert "2026-06 4 3 1 0 2 75 % 50 % 1 0 1 0" in text
    assert "2026-07 3 2 0 1 2 67 % 100 % 1 1 1 0" in text
    assert "Total 11 5 2 4 4 45 % 57 % 2 1 2 0" in text
    assert "Shortfall: active monitoring needed, only passive authorised 0" in text
    assert "Review decisions recorded during the period 1 × restore the assurances" in text
    assert "GEO-READ-1" in text and "Under review" in text and "In force" in text
    assert issued.reference.startswith("CR-GEO-") and issued.reference in text
    assert issued.code.startswith("HW-") and issued.code in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_the_code_matches_until_the_records_change(store: Store) -> None:
    history: History = build(store)
    seen = as_of(store, SEEN_ON)
    issued = issue_report(seen, "GEO", *PERIOD)
    assert issues(store) == 1
    assert verification.verify(store, issued.code).status is Status.MATCH
    check = verification.verify(store, issued.code)
    assert check.kind == KIND and check.subject == "GEO 2026-06-01 2026-12-31 @2026-09-20"

    # C's July follow-up, overdue when the report was drawn up, is logged afterwards (dated in July).
    c_plan = history.georgia_plans[2]
    july = next(f for f in follow_ups(store, c_plan) if f.status is FollowUpStatus.DUE and f.due_on == date(2026, 7, 1))
    log_follow_up(as_of(store, date(2026, 9, 22)), july.id, FollowUpEntry(
        done_on=date(2026, 7, 2), mode=ContactMode.PHONE, contact_made=True, readmitted_without_problems=True))

    check = verification.verify(store, issued.code)
    assert check.status is Status.SUPERSEDED
    [changed] = check.reasons
    assert changed.key == "verification.changed_more"
    reason = changed.english()
    assert "months[1].done," in reason and "months[1].outstanding" in reason and "totals.contact_made" in reason


def test_a_country_with_nothing_still_gives_a_readable_report(store: Store) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))

    issued = issue_report(store, "MDA", date(2026, 1, 1), date(2026, 3, 31))

    text = flat(issued.pdf)
    assert "Moldova" in text and "0 follow-ups" in text and "No incident reported in the period" in text
    assert "No assurance of this country is valid during the period." in text
    assert "Total 0 0 0 0 0 — — 0 0 0 0" in text


def test_a_long_period_flows_over_pages_with_the_frame_on_each(store: Store) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))

    issued = issue_report(store, "MDA", date(2017, 1, 1), date(2026, 12, 31))

    pages = pdftext.pages(issued.pdf)
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert issued.reference in page and issued.code in page and f"Page {number} of {len(pages)}" in page
    assert "2017-01" in flat(issued.pdf) and "2026-12" in flat(issued.pdf)


def test_bad_input_and_an_unwritable_place_record_no_issue(store: Store, tmp_path: Path) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))
    with pytest.raises(ValidationError) as raised:
        issue_report(store, "MDA", date(2026, 2, 1), date(2026, 1, 31))
    assert raised.value.field == "period_from"
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(ReportWriteError) as unwritable:
        issue_report(store, "MDA", date(2026, 1, 1), date(2026, 1, 31), path=not_a_folder / "report.pdf")
    assert unwritable.value.key == "report.not_saved" and "a-file" in unwritable.value.message
    assert not_a_folder.read_text() == "a file, not a folder"
    assert issues(store) == 0


@pytest.mark.parametrize(("language", "words"), [
    ("fr", "Rapport de conformité du pays période du 2026-06-01 au 2026-12-31 Suivis par mois Mois par mois "
           "Plans de suivi et réexamens Taux de contact 57 % Total rétablir les garanties Géorgie (GEO)"),
    ("ar", "تقرير امتثال البلد المتابعات شهرياً شهراً بشهر خطط المتابعة والمراجعات معدل الاتصال المجموع جورجيا"),
])
def test_the_report_prints_in_the_office_language(store: Store, language: str, words: str) -> None:
    from tests.unit.documents.helpers import office

    build(store)
    office(store, language)
    text = pdftext.text(issue_report(as_of(store, SEEN_ON), "GEO", *PERIOD).pdf)
    assert pdftext.has_words(text, words)
    assert "Month by month" not in text and "How this report counts" not in text
    assert "Georgia" not in text  # the country named in the office's language (CLDR)
