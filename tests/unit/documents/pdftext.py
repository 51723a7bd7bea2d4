"""Reading printed PDFs back: the text pypdf extracts, normalised so shaped Arabic compares with plain text."""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from pypdf import PdfReader

# Direction controls and (non-)joiners: they steer drawing, they are not text to compare.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                                        "\u200e\u200f\u200c\u200d"))
# Arabic-script words, numbers, and other words apart: the extractor may glue a number to an Arabic word.
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
_WORD = re.compile(rf"[{_ARABIC}]+|\d+|[^\W\d_{_ARABIC}]+")


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


_ARABIC_PUNCTUATION = dict.fromkeys(map(ord, "\u060c\u061b\u061f\u066a\u066b\u066c\u06d4"), " ")


def normalised(value: str) -> str:
    """Presentation forms back to letters (NFKC), bidi controls and joiners dropped, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", value).translate(_BIDI_CONTROLS).split())


def _bare(value: str) -> str:
    return normalised(value).translate(_ARABIC_PUNCTUATION)


def words(value: str) -> Counter[str]:
    """The words of a text, whatever order the extractor put them in."""
    return Counter(_WORD.findall(_bare(value)))


def has_words(pdf_text: str, expected: str) -> bool:
    """Every word of `expected` (with its multiplicity) appears in the extracted text."""
    return not (words(expected) - words(pdf_text))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
