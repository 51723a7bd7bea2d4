"""The bundled Noto fonts, and text made ready to draw: Arabic script shaped and in visual order, one font per run.

ReportLab draws glyphs left to right from whatever characters it is given. Arabic-script text
(Arabic, Farsi/Dari, Pashto, Urdu) is therefore shaped first (`arabic_reshaper`: each letter in its
joined form, lam-alef ligatures) and put in visual order per line: `python-bidi` (the Rust
`unicode-bidi`: current Unicode rules, bracket pairs, isolates) resolves the embedding levels, and
`visual` reorders the line by them and mirrors brackets (`python-bidi`'s own display function leaves
them unmirrored). No one font covers every script the returnees write in, so each line is cut into
runs, each with the first bundled font that has its characters (Noto Naskh Arabic has Latin digits
but no Latin letters, Noto Sans no Arabic letters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONT_DIR = Path(resources.__file__).parent / "fonts"


@dataclass(frozen=True)
class Face:
    """One bundled family: its ReportLab names and files."""

    name: str
    file_stem: str

    @property
    def bold(self) -> str:
        return f"{self.name}-Bold"

    def variant(self, bold: bool) -> str:
        return self.bold if bold else self.name


SANS = Face("HomewardSans", "NotoSans")
NASKH = Face("HomewardNaskh", "NotoNaskhArabic")
GEORGIAN = Face("HomewardGeorgian", "NotoSansGeorgian")
BENGALI = Face("HomewardBengali", "NotoSansBengali")
ETHIOPIC = Face("HomewardEthiopic", "NotoSansEthiopic")
#: Searched in this order for a character; Noto Sans first (Latin, Cyrillic, Greek, punctuation).
FACES = (SANS, NASKH, GEORGIAN, BENGALI, ETHIOPIC)

_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


@cache
def register() -> None:
    """Register every bundled face (regular and bold) with ReportLab, once."""
    for face in FACES:
        for bold in (False, True):
            path = FONT_DIR / f"{face.file_stem}-{'Bold' if bold else 'Regular'}.ttf"
            pdfmetrics.registerFont(TTFont(face.variant(bold), str(path)))
        addMapping(face.name, 0, 0, face.name)
        addMapping(face.name, 1, 0, face.bold)
        addMapping(face.name, 0, 1, face.name)
        addMapping(face.name, 1, 1, face.bold)


@cache
def _charmap(face: Face) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(face.name)
    return frozenset(font.face.charToGlyph)


def has_glyph(face: Face, char: str) -> bool:
    return ord(char) in _charmap(face)


_RTL_CLASSES = frozenset({"R", "AL"})


def is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def has_rtl(text: str) -> bool:
    return any(is_rtl(c) for c in text)


def base_direction(text: str) -> str:
    """'R' or 'L' from the first strong character (the Unicode bidi rule P2), 'L' when there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return "L"


LRI, PDI = "\u2066", "\u2069"
#: Explicit direction controls, and the (non-)joiners shaping has used: they steer and are not drawn.
_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200c\u200d")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def ltr(text: str) -> str:
    """Text that keeps left-to-right order inside right-to-left text (a phone number, a code, a Latin name)."""
    return f"{LRI}{text}{PDI}" if text and not has_rtl(text) else text


def shaped(text: str) -> str:
    """Arabic letters in their joined presentation forms, still in logical order; other text unchanged."""
    return _RESHAPER.reshape(text) if has_rtl(text) else text


def _levels(text: str, direction: str) -> list[int]:
    """The resolved embedding level of each character (rules X1-I2 of the Unicode bidi algorithm)."""
    info = str(get_display(text, base_dir=direction, debug=True))
    section = info.split("levels:", 1)[1].split("paragraphs:", 1)[0]
    by_byte = [int(level) for level in _LEVEL.findall(section)]
    levels = []
    offset = 0
    for char in text:
        levels.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def visual(text: str, direction: str | None = None) -> str:
    """One line of shaped text in the order it is drawn, left to right (`direction` 'R', 'L', or from the text)."""
    if not has_rtl(text):
        return "".join(c for c in text if c not in _CONTROLS)
    base = direction or base_direction(text)
    levels = _levels(text, base)
    paragraph = 1 if base == "R" else 0
    # L1: trailing white space goes back to the paragraph level.
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _CONTROLS):
        end -= 1
        levels[end] = paragraph
    order = list(range(len(text)))
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    # L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                stop = index
                while stop < len(order) and levels[order[stop]] >= level:
                    stop += 1
                order[index:stop] = reversed(order[index:stop])
                index = stop
            else:
                index += 1
    # No L3 reordering: Noto Naskh draws a zero-width mark over the letter that follows it on the line, which is
    # where reversing the right-to-left run leaves it.
    # L4: characters at right-to-left levels show their mirrored glyph: '(' drawn as ')'.
    return "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]
                   for i in order if text[i] not in _CONTROLS)


@cache
def _first_face(char: str) -> Face | None:
    for face in FACES:
        if has_glyph(face, char):
            return face
    return None


@cache
def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] == "L"


def runs(line: str, bold: bool = False) -> list[tuple[str, str]]:
    """A drawn line (visual order) cut into (text, ReportLab font name) runs.

    Letters take the first bundled face that has them; spaces, digits, punctuation and marks take the
    face of the letters before them (or, at the start, after them) when it has them, so an Arabic
    sentence keeps Naskh's digits and spacing and a mark stays with its letter.
    """
    faces: list[Face | None] = [_first_face(c) if _is_letter(c) else None for c in line]
    following: Face | None = None
    for index in range(len(line) - 1, -1, -1):  # leading neutrals lean on the first letter after them
        if faces[index] is not None:
            following = faces[index]
    previous = following
    for index, char in enumerate(line):
        face = faces[index]
        if face is None:
            face = previous if previous is not None and has_glyph(previous, char) else _first_face(char)
            faces[index] = face or previous or SANS
        previous = faces[index]
    result: list[tuple[str, str]] = []
    start = 0
    for index in range(1, len(line) + 1):
        if index == len(line) or faces[index] is not faces[start]:
            result.append((line[start:index], (faces[start] or SANS).variant(bold)))
            start = index
    return result


@lru_cache(maxsize=65536)
def width(line: str, size: float, bold: bool = False) -> float:
    """The drawn width of a line or word (either order) in points; direction controls take no room."""
    drawn = "".join(c for c in line if c not in _CONTROLS)
    return float(sum(pdfmetrics.stringWidth(text, font, size) for text, font in runs(drawn, bold)))


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` (after shaping) that no bundled font can draw."""
    return {c for c in shaped(text) if not c.isspace() and not any(has_glyph(f, c) for f in FACES)}
