"""The official page: letterhead, reference, dates, page numbers and the verification block, read back from the PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from PIL import Image
from reportlab.platypus import Flowable

from planning.documents import fonts, layout, verification
from planning.documents.office import Letterhead
from planning.documents.statement import Statement
from planning.documents.texts import format_date, lookup, say
from planning.documents.verification import Issued
from tests.unit.documents import pdftext

CODE = "7K3QXM2P9" + verification.check_symbol("7K3QXM2P9")
ISSUED = Issued(7, CODE, "test", "C-2026-00001", "ab" * 32, date(2026, 6, 1), "coordinator1",
                Statement(verification.display(CODE), "test", "C-2026-00001", "2026-06-01", "HWK-TEST-TEST-TEST-TEST",
                          signature="c2lnbmF0dXJl"))
OFFICE = Letterhead(name="Return Office Geneva", address="17 Route des Morillons\n1211 Geneva",
                    phone="+41 22 000 00 00", email="avr@example.org")


def _pdf(story: Sequence[Flowable], language: str = "en") -> bytes:
    meta = layout.Meta("Travel letter", "TL-C-2026-00001-0007", ISSUED, language, subtitle="Case C-2026-00001")
    return layout.render(OFFICE, meta, story)


def test_every_page_carries_the_letterhead_reference_code_and_page_of_pages() -> None:
    story = [layout.para(f"Paragraph {n}: " + "words " * 80) for n in range(40)]
    pdf = _pdf(story)
    pages = pdftext.pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Return Office Geneva" in page
        assert "TL-C-2026-00001-0007" in page
        assert "HW-7K3QX-M2P9" in page
        assert f"Page {number} of {len(pages)}" in page
    assert "Issued: 1 June 2026" in pages[0]
    assert "Paragraph 39" in pages[-1]


def test_the_office_language_sets_the_frame_and_the_date() -> None:
    pdf = _pdf([layout.para("Texte")], language="fr")
    text = pdftext.text(pdf)
    assert "Délivré le: 1 juin 2026" in text
    assert "Page 1 sur 1" in text


def test_arabic_farsi_and_cyrillic_text_extracts_back() -> None:
    arabic = "لديك الحق في تغيير رأيك في أي وقت"
    farsi = "شما حق دارید در هر زمان نظر خود را تغییر دهید"
    russian = "Вы можете изменить своё решение в любой момент"
    rows = [["Ahmad Karimi", "احمد کریمی", "2 March 1985"]]
    story = [layout.para(arabic), layout.para(farsi), layout.para(russian),
             layout.table(["Name", "Name (original)", "Born"], rows, [60 * 2.83, 60 * 2.83, 40 * 2.83])]
    text = pdftext.text(_pdf(story))
    for expected in (arabic, farsi, russian, "احمد کریمی 2 March 1985"):
        assert pdftext.has_words(text, expected), expected


def test_digits_in_arabic_text_come_back_intact() -> None:
    text = pdftext.text(_pdf([layout.para("الرحلة رقم 4521 في الساعة 14:30 هاتف: " + "+93 700 123 456")]))
    for number in ("4521", "14", "30", "93", "700", "123", "456"):
        assert number in pdftext.words(text)


def test_dates_per_language() -> None:
    day = date(2026, 6, 1)
    assert format_date(day, "en") == "1 June 2026"
    assert format_date(day, "ru") == "1 июня 2026 г."
    assert format_date(day, "ar") == "1 يونيو 2026"
    assert format_date(day, "ps") == "1 June 2026"


def test_a_missing_translation_falls_back_to_english_visibly() -> None:
    text = lookup("issued", "ps")
    assert text.fallback and str(text) == "[English] Issued"
    assert say("issued", "fr") == "Délivré le"


def test_a_logo_is_drawn_in_the_letterhead() -> None:
    image = Image.new("RGB", (80, 40), (35, 82, 124))
    png = io.BytesIO()
    image.save(png, format="PNG")
    office = Letterhead(name="With Logo", logo=png.getvalue())
    pdf = layout.render(office, layout.Meta("Manifest", "MF-1", ISSUED), [layout.para("x")])
    assert b"/Subtype /Image" in pdf
    assert "With Logo" in pdftext.text(pdf)


def test_dari_is_printed_in_farsi_and_arabic_varieties_in_arabic() -> None:
    assert say("issued", "prs") == say("issued", "fa")
    assert say("issued", "ary") == say("issued", "ar")
    assert format_date(date(2026, 6, 1), "prs") == format_date(date(2026, 6, 1), "fa")
    assert not lookup("issued", "prs").fallback


def test_a_word_wider_than_its_column_is_cut_not_spilled() -> None:
    from planning.documents.text import MixedText

    long = "HW-2026-000001-HW-2026-000002-HW-2026-000003-HW-2026-000004"
    text = MixedText(f"reference: {long}", layout.CELL)
    width, _ = text.wrap(60, 1000)
    assert text.lines is not None and len(text.lines) >= 3
    assert all(fonts.width(line, layout.CELL.size) <= width for line in text.lines)
    assert "".join(text.lines).replace("reference:", "") == long
