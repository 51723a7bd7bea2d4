"""The bundled Noto fonts, and text made ready to draw: Arabic script shaped and in visual order, one font per run.

ReportLab draws glyphs left to right. A line is drawn by `pieces`: `python-bidi` (the Rust
`unicode-bidi`: current Unicode rules, bracket pairs, isolates) resolves its embedding levels, the line
is reordered by them (brackets mirrored, which `python-bidi`'s own display function leaves undone) and
cut into runs, each with the first bundled font that has its characters (Noto Naskh Arabic has Latin
digits but no Latin letters, Noto Sans no Arabic letters). A right-to-left run in Naskh whose letters all
have Unicode presentation forms (Arabic, Persian, Dari) is joined with `arabic_reshaper` (its PDF text
reads back letter for letter); a run with letters that have none (Pashto ځ ټ ډ ښ ڼ, Urdu, Sindhi) is
shaped by HarfBuzz (`uharfbuzz`, through ReportLab's shaped strings) with the font's own joining,
ligature and mark rules. Glyphs with no character of their own are given private code points whose
ToUnicode entry names the letters they draw, so the PDF's text still reads back as written.

`shaped` (`arabic_reshaper`: presentation forms) and `visual` remain for measuring and testing text
character by character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import arabic_reshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

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


#: The letters each private code point stands for (a shaped glyph with no character of its own, e.g. the
#: initial form of Pashto ځ), for the PDF's ToUnicode map.
_PRIVATE: dict[int, str] = {}
_PRIVATE_USE = range(0xE000, 0xF900)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap of a font subset, a private code point mapped to the letters it draws."""
    def target(code: int) -> str:
        return (_PRIVATE.get(code) or chr(code)).encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{target(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


@cache
def register() -> None:
    """Register every bundled face (regular and bold) with ReportLab, once."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
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
    order, levels = _order(text, direction)
    # No L3 reordering: Noto Naskh draws a zero-width mark over the letter that follows it on the line, which is
    # where reversing the right-to-left run leaves it.
    # L4: characters at right-to-left levels show their mirrored glyph: '(' drawn as ')'.
    return "".join(MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]
                   for i in order if text[i] not in _CONTROLS)


def _order(text: str, direction: str | None) -> tuple[list[int], list[int]]:
    """The visual order of a line's characters (indices into `text`) and each character's embedding level."""
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
    return order, levels


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
    faces = _faces(list(line))
    result: list[tuple[str, str]] = []
    start = 0
    for index in range(1, len(line) + 1):
        if index == len(line) or faces[index] is not faces[start]:
            result.append((line[start:index], faces[start].variant(bold)))
            start = index
    return result


@lru_cache(maxsize=65536)
def width(line: str, size: float, bold: bool = False) -> float:
    """The drawn width of a line or word in logical order in points (Arabic script as HarfBuzz shapes it);
    direction controls take no room."""
    if has_rtl(line):
        return pieces_width(pieces(line, None, bold), size)
    drawn = "".join(c for c in line if c not in _CONTROLS)
    return float(sum(pdfmetrics.stringWidth(text, font, size) for text, font in runs(drawn, bold)))


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` (after shaping) that no bundled font can draw."""
    return {c for c in shaped(text) if not c.isspace() and not any(has_glyph(f, c) for f in FACES)}


def _faces(chars: list[str]) -> list[Face]:
    """The face of each character of a drawn line (visual order), as `runs` chooses them."""
    faces: list[Face | None] = [_first_face(c) if _is_letter(c) else None for c in chars]
    following: Face | None = None
    for index in range(len(chars) - 1, -1, -1):  # leading neutrals lean on the first letter after them
        if faces[index] is not None:
            following = faces[index]
    previous = following
    for index, char in enumerate(chars):
        face = faces[index]
        if face is None:
            face = previous if previous is not None and has_glyph(previous, char) else _first_face(char)
            faces[index] = face or previous or SANS
        previous = faces[index]
    return [face or SANS for face in faces]


ZWNJ = "\u200c"


@lru_cache(maxsize=65536)
def _shaped_run(text: str, font: str) -> ShapedStr:
    """A right-to-left run in logical order, shaped by HarfBuzz: its glyphs left to right, as ReportLab draws them.

    A zero-width non-joiner (Persian 'می‌خواهم') is honoured by shaping the parts either side of it apart, and
    not drawn: drawn, its invisible glyph splits the word for whoever reads the PDF's text."""
    if ZWNJ in text:
        parts = [_shaped_part(part, font) for part in text.split(ZWNJ) if part]
        joined = parts[-1]
        for part in reversed(parts[:-1]):
            joined = joined + part
        return joined
    return _shaped_part(text, font)


def _shaped_part(text: str, font: str) -> ShapedStr:
    shaped = shapeStr(text, font, 10, force=True)
    data = shaped.__shapeData__
    starts = [*sorted({d.cluster for d in data}), len(text)]
    for char, d in zip(shaped, data, strict=True):
        code = ord(char)
        if code in _PRIVATE_USE and char not in text and code not in _PRIVATE:
            after = starts[starts.index(d.cluster) + 1]
            _PRIVATE[code] = text[d.cluster:after]
    return shaped


@cache
def _reshaper_joins(text: str) -> bool:
    """Whether every Arabic-script letter of the run has Unicode presentation forms (`arabic_reshaper` joins it,
    and the PDF's text reads back through them); Pashto, Urdu and Sindhi letters (ځ ټ ډ ښ ڼ ...) have none and
    need HarfBuzz."""
    return all(char in LETTERS_ARABIC for char in text if is_rtl(char) and _is_letter(char))


def pieces(line: str, direction: str | None = None, bold: bool = False) -> list[tuple[str, str]]:
    """A line in logical order as drawn: (text, ReportLab font name) runs left to right, each right-to-left run in
    Noto Naskh shaped by HarfBuzz (a `ShapedStr` carrying each glyph's advance and offsets)."""
    if not has_rtl(line):
        return runs("".join(c for c in line if c not in _CONTROLS), bold)
    register()
    order, levels = _order(line, direction)
    drawn = [MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order]
    visible = [i for i, char in enumerate(drawn) if line[order[i]] not in _CONTROLS]
    chosen = dict(zip(visible, _faces([drawn[i] for i in visible]), strict=True))
    faces: list[Face] = []
    for position in range(len(order)):  # a control character goes with the face before it
        faces.append(chosen.get(position) or (faces[-1] if faces else next(iter(chosen.values()), SANS)))
    out: list[tuple[str, str]] = []
    start = 0
    for stop in range(1, len(order) + 1):
        if stop < len(order):
            same = faces[stop] is faces[start] and levels[order[stop]] % 2 == levels[order[start]] % 2
            contiguous = order[stop] == order[stop - 1] + (-1 if levels[order[start]] % 2 else 1)
            if same and contiguous:
                continue
        font = faces[start].variant(bold)
        if faces[start] is NASKH and levels[order[start]] % 2:
            run = line[order[stop - 1]:order[start] + 1]
            if _reshaper_joins(run):
                out.append(("".join(MIRRORED.get(c, c) for c in reversed(shaped(run)) if c not in _CONTROLS), font))
            else:
                out.append((_shaped_run(run, font), font))
        else:
            out.append(("".join(c for c in drawn[start:stop] if c not in _CONTROLS), font))
        start = stop
    return [(text, font) for text, font in out if text]


def pieces_width(drawn: list[tuple[str, str]], size: float) -> float:
    """The width of a line's pieces in points."""
    total = 0.0
    for text, font in drawn:
        if isinstance(text, ShapedStr):
            total += sum(d.x_advance for d in text.__shapeData__) * size / 1000
        else:
            total += pdfmetrics.stringWidth(text, font, size)
    return total
