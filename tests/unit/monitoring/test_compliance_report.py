"""The compliance report as a PDF: the text a reader (or a search) finds in it names the country, the period
and the figures."""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from monitoring.compliance import compliance
from monitoring.compliance_report import ReportWriteError, pdf_bytes, write_pdf
from planning import countries
from planning.storage.store import Store
from tests.unit.monitoring.compliance_history import PERIOD, SEEN_ON, build
from tests.unit.monitoring.helpers import as_of

ISSUED = datetime(2026, 9, 20, 10, 30)


def text_of(data: bytes) -> str:
    """The text of every page, runs of white space (line breaks included) as one space."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


def test_the_pdf_names_the_country_the_period_and_the_figures(store: Store, tmp_path: Path) -> None:
    build(store)
    report = compliance(as_of(store, SEEN_ON), "GEO", *PERIOD)
    target = tmp_path / "compliance.pdf"

    pages = write_pdf(report, target, issued=ISSUED)

    data = target.read_bytes()
    if os.environ.get("HOMEWARD_KEEP_PDF"):
        Path(os.environ["HOMEWARD_KEEP_PDF"]).write_bytes(data)
    assert data.startswith(b"%PDF") and pages == len(PdfReader(io.BytesIO(data)).pages) >= 1
    text = text_of(data)
    assert "Country compliance report" in text
    assert "Georgia (GEO)" in text
    assert "Period 2026-06-01 to 2026-12-31" in text
    assert "Figures as of 2026-09-20" in text
    assert "11 follow-ups of returnees to Georgia fell due and 5 were done (45 %)" in text
    assert "in 57 % of the follow-ups logged" in text
    assert "2 incidents of a breach of the assurances were reported; 1 is open today" in text
    # The month rows: June and July in full, and the totals.
    assert "2026-06 4 3 1 0 2 75 % 50 % 1 0 1 0" in text
    assert "2026-07 3 2 0 1 2 67 % 100 % 1 1 1 0" in text
    assert "Total 11 5 2 4 4 45 % 57 % 2 1 2 0" in text
    assert "Shortfall: active monitoring needed, only passive authorised 0" in text
    assert "Review decisions recorded during the period 1 restore" in text
    assert "GEO-READ-1" in text and "Under review" in text and "In force" in text
    assert f"Page 1 of {pages}" in text and "drawn up 2026-09-20 10:30" in text


def test_a_country_with_nothing_still_gives_a_readable_report(store: Store) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))
    report = compliance(store, "MDA", date(2026, 1, 1), date(2026, 3, 31))

    data, pages = pdf_bytes(report, issued=ISSUED)

    text = text_of(data)
    assert pages == len(PdfReader(io.BytesIO(data)).pages)
    assert "Moldova" in text and "0 follow-ups" in text and "No incident reported in the period" in text
    assert "No assurance of this country is valid during the period." in text


def test_a_long_period_flows_over_pages_with_the_header_on_each(store: Store) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))
    report = compliance(store, "MDA", date(2017, 1, 1), date(2026, 12, 31))

    data, pages = pdf_bytes(report, issued=ISSUED)

    reader = PdfReader(io.BytesIO(data))
    assert pages == len(reader.pages) > 1
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        assert "Country compliance report" in text and f"Page {number} of {pages}" in text
    assert "2017-01" in text_of(data) and "2026-12" in text_of(data)


def test_an_unwritable_place_is_a_known_error_and_leaves_nothing(store: Store, tmp_path: Path) -> None:
    countries.save_profile(store, "MDA", countries.ProfileDraft(irregular_exit_punished=False))
    report = compliance(store, "MDA", date(2026, 1, 1), date(2026, 1, 31))
    with pytest.raises(ReportWriteError) as raised:
        write_pdf(report, tmp_path / "missing" / "report.pdf")
    assert "missing" in raised.value.message
    assert not (tmp_path / "missing").exists()
