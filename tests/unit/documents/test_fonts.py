"""Text in every script the returnees write: fonts per run, Arabic shaped and in visual order, nothing lost."""

from __future__ import annotations

import unicodedata

import pytest

from planning.documents import fonts
from planning.documents.texts import LANGUAGES, _data


def test_naskh_has_digits_but_no_latin_letters_so_mixed_text_switches_font() -> None:
    assert fonts.has_glyph(fonts.NASKH, "7")
    assert not fonts.has_glyph(fonts.NASKH, "K")
    line = fonts.visual(fonts.shaped("رحلة KBL 123"))
    faces = [font for _, font in fonts.runs(line)]
    assert fonts.SANS.name in faces and fonts.NASKH.name in faces


def test_digits_inside_arabic_stay_with_the_arabic_run() -> None:
    # Neutral characters keep the font of the run they are in: no font switch for a space or a digit.
    runs = fonts.runs(fonts.visual(fonts.shaped("في 1 يونيو 2026")))
    assert [font for _, font in runs] == [fonts.NASKH.name]


def test_arabic_is_shaped_then_reversed_for_drawing() -> None:
    line = fonts.visual(fonts.shaped("سفر"))
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in line)  # presentation forms
    assert unicodedata.normalize("NFKC", line) == "رفس"  # drawn right to left


def test_numbers_and_brackets_keep_their_reading_in_right_to_left_text() -> None:
    line = fonts.visual(fonts.shaped("كابل (KBL) 14:30"), "R")
    assert "14:30" in line and "(KBL)" in line


def test_ltr_embedding_keeps_a_phone_number_whole() -> None:
    line = fonts.visual(fonts.shaped(f"تماس: {fonts.ltr('+93 700 123 456')}"), "R")
    assert "+93 700 123 456" in line
    assert fonts.LRI not in line and fonts.PDI not in line


def test_base_direction_from_the_first_strong_character() -> None:
    assert fonts.base_direction("123 سلام") == "R"
    assert fonts.base_direction("Kabul كابل") == "L"
    assert fonts.base_direction("123") == "L"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_printed_text_has_a_glyph_for_every_character(language: str) -> None:
    texts = [entries[language] for entries in _data()["texts"].values() if language in entries]
    texts += _data()["months"][language]
    assert texts
    for value in texts:
        assert not fonts.missing_glyphs(value), value


def test_farsi_and_urdu_letters_are_shaped() -> None:
    # پ چ ژ گ ک ی (Farsi/Dari) and ے ہ (Urdu) have joined forms in Noto Naskh.
    line = fonts.shaped("پچژگکی ہے")
    assert not fonts.missing_glyphs(line)
    assert all(not ("\u0600" <= c <= "\u06ff") for c in line.replace(" ", ""))


def test_pashto_letters_without_presentation_forms_are_joined_by_harfbuzz_and_read_back() -> None:
    import io

    from pypdf import PdfReader
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen.canvas import Canvas

    from planning.documents.layout import draw_text
    from tests.unit.documents import pdftext

    name = "احمد ځدراڼ"
    drawn = fonts.pieces(name)
    assert any(isinstance(text, ShapedStr) for text, _ in drawn)  # ځ and ڼ: HarfBuzz, not presentation forms
    shaped = next(text for text, _ in drawn if isinstance(text, ShapedStr))
    assert len(shaped) == len(shaped.__shapeData__) and "ځ" not in shaped  # ځ drawn in its joined (initial) form
    assert fonts.pieces("شبانه\u200cروزی")[0][0] == fonts.visual(fonts.shaped("شبانه\u200cروزی"))  # Persian: as before
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_text(canvas, 100, 700, name, 12)
    canvas.showPage()
    canvas.save()
    assert pdftext.has_words(PdfReader(buffer).pages[0].extract_text(), name)
