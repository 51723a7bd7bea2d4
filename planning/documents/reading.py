"""Checking a document in hand: its QR code read from a PDF, a scan or a photo, its signature checked with the
office's public key (the records not needed), and each fact it states looked for on the printed page.

A forged PDF that copies a genuine document's QR code carries a genuine signature: what betrays it is a
page that prints other facts than the QR code states. `check_file` names each stated fact the page does
not print (a name, a date of birth, a travel document number...).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from planning.documents.signing import parse_key_id, signature_valid
from planning.documents.statement import HEADER, Statement
from planning.documents.texts import LANGUAGES, format_date
from planning.errors import ValidationError

#: Facts whose value is a date (ISO in the statement, printed in the document's language).
DATES = ("issued", "travel date")
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200c\u200d"))
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Reading:
    """What was read from a document in hand."""

    statement: Statement
    #: Whether the signature is the office's: True, False (altered or another key), None (no key to check with).
    signature_valid: bool | None
    #: The stated facts the printed page does not show (only for a PDF, whose text can be read).
    not_on_page: tuple[str, ...] = ()
    #: Whether the page's text was read (a PDF); a scan or photo is not read for text.
    page_read: bool = False


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKC", text).translate(_CONTROLS).casefold()
    return set(_WORD.findall(plain))


def _printed(value: str, words: set[str]) -> bool:
    """Every word of the value appears on the page (right-to-left words may come out reversed)."""
    wanted = _WORD.findall(unicodedata.normalize("NFKC", value).translate(_CONTROLS).casefold())
    return all(word in words or word[::-1] in words for word in wanted)


def _date_printed(value: str, words: set[str]) -> bool:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return _printed(value, words)
    return any(_printed(format_date(day, language), words) for language in LANGUAGES)


def not_on_page(statement: Statement, page_text: str) -> tuple[str, ...]:
    """The names of the stated facts that the page's text does not show."""
    words = _words(page_text)
    missing = []
    for name, value in statement.fields():
        if name in ("kind", "digest") or value in ("", "-"):
            continue
        found = _date_printed(value, words) if name in DATES or name.endswith(" born") else _printed(value, words)
        if not found:
            missing.append(name)
    return tuple(missing)


def _qr_texts(image: Image.Image) -> list[str]:
    return [symbol.text for symbol in zxingcpp.read_barcodes(image) if symbol.text.startswith(HEADER)]


def read_file(path: Path) -> tuple[str, str | None]:
    """The statement a PDF, scan or photo carries in its QR code, and the text of the PDF's pages (None for an
    image); `ValidationError` when the file cannot be read or holds no Homeward QR code."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", "verification.not_a_document", str(path), path=str(path),
                              reason=exc.strerror or str(exc)) from None
    page_text: str | None = None
    try:
        if data.startswith(b"%PDF"):
            document = pypdfium2.PdfDocument(data)
            try:
                texts = _qr_texts(document[0].render(scale=200 / 72).to_pil())
            finally:
                document.close()
            page_text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
        else:
            texts = _qr_texts(Image.open(io.BytesIO(data)))
    except Exception as exc:
        raise ValidationError("file", "verification.not_a_document", str(path), path=str(path),
                              reason=type(exc).__name__) from None
    if not texts:
        raise ValidationError("file", "verification.no_qr", str(path), path=str(path))
    return texts[0], page_text


def check_statement(text: str, keys: Mapping[str, bytes], page_text: str | None = None) -> Reading:
    """A statement's signature checked with the office's public keys (by key id), and its facts looked for on the
    page when the page's text is given."""
    statement = Statement.parse(text)
    key = keys.get(parse_key_id(statement.key))
    valid = None if key is None else bool(statement.signature) and signature_valid(
        key, statement.signed_part(), statement.signature or "")
    missing = not_on_page(statement, page_text) if page_text is not None else ()
    return Reading(statement, valid, missing, page_text is not None)
