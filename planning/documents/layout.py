"""The official page: letterhead, title, reference, issue date, 'Page N of M', and the verification block.

`render(letterhead, meta, story)` lays out a story of flowables (built with the helpers here, which
take text in any bundled script) on A4 pages and returns the PDF bytes.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
import zxingcpp
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from planning.documents import fonts, printable
from planning.documents.office import Letterhead
from planning.documents.text import MixedText, TextStyle
from planning.documents.texts import format_date, is_rtl_language, say
from planning.documents.verification import Issued

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 36 * mm
FOOTER_HEIGHT = 14 * mm
#: The first page keeps room above the footer for the QR code and the verification text: at least this much.
VERIFICATION_HEIGHT = 30 * mm
QR_MIN, QR_MAX = 22 * mm, 40 * mm
#: A QR module's printed size: a phone reads 0.35 mm modules from a page held at reading distance.
MODULE = 0.35 * mm

INK = colors.HexColor("#1B2A41")
ACCENT = colors.HexColor("#23527C")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#B8C2CC")
SHADE = colors.HexColor("#EEF2F6")

BODY = TextStyle(size=9.5, color=INK)
SMALL = TextStyle(size=8, color=MUTED)
LABEL = TextStyle(size=8, bold=True, color=MUTED)
TITLE = TextStyle(size=16, bold=True, color=INK, leading=20)
SUBTITLE = TextStyle(size=10.5, color=MUTED, space_after=2 * mm)
HEADING = TextStyle(size=11, bold=True, color=ACCENT, space_before=3.5 * mm, space_after=1.5 * mm,
                    keep_with_next=True)
CELL = TextStyle(size=8.5, color=INK)
HEAD_CELL = TextStyle(size=8, bold=True, color=colors.white)


@dataclass(frozen=True)
class Meta:
    """What the frame of a document says about it."""

    title: str
    #: The document reference printed in the header, e.g. 'TL-C-2026-00017'.
    reference: str
    issued: Issued
    #: Language of the header, footer and dates (the office's).
    language: str = "en"
    subtitle: str | None = None
    #: A shorter title for the letterhead of every page (e.g. only the office language of a bilingual title).
    header_title: str | None = None


# --- drawing text directly on the canvas ---------------------------------------------------------


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              align: str = "left", color: Any = INK) -> float:
    """One line of text in any script at baseline `y`; `x` is the left, right or centre edge. Returns its width."""
    pieces = fonts.pieces(text, None, bold)
    width = fonts.pieces_width(pieces, size)
    left = x - width if align == "right" else x - width / 2 if align == "center" else x
    text_object = canvas.beginText(left, y)
    canvas.setFillColor(color)
    for t, font in pieces:
        text_object.setFont(font, size)
        text_object.textOut(t)
    canvas.drawText(text_object)
    return width


def qr_modules(payload: str) -> list[list[bool]]:
    """The modules of a QR code (error correction M, UTF-8 bytes), dark as True, without the quiet zone."""
    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    return [[value == 0 for value in row] for row in numpy.asarray(image).tolist()]


def qr_size(count: int) -> float:
    """How large a QR code of `count` modules prints: MODULE a module, within QR_MIN and QR_MAX."""
    return float(min(QR_MAX, max(QR_MIN, count * MODULE)))


def draw_qr(canvas: Canvas, modules: Sequence[Sequence[bool]], x: float, y: float, size: float) -> None:
    """A QR code as one filled path of module runs: far cheaper than the drawing widget."""
    count = len(modules)
    module = size / count
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + column * module, y + size - (row_index + 1) * module, length * module, module)
            column += length
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


# --- the page -------------------------------------------------------------------------------------


class _Pages:
    """Draws the letterhead and the footer on each page; the page count is filled in when the PDF is saved."""

    def __init__(self, letterhead: Letterhead, meta: Meta) -> None:
        self.letterhead = letterhead
        self.meta = meta
        self.logo = ImageReader(io.BytesIO(letterhead.logo)) if letterhead.logo else None
        self.qr = qr_modules(meta.issued.qr_payload)

    def header(self, canvas: Canvas) -> None:
        office, meta, language = self.letterhead, self.meta, self.meta.language
        top = PAGE_HEIGHT - 12 * mm
        left = MARGIN
        if self.logo is not None:
            width, height = self.logo.getSize()
            logo_height = 16 * mm
            logo_width = min(40 * mm, logo_height * width / max(height, 1))
            canvas.drawImage(self.logo, MARGIN, top - logo_height + 2 * mm, logo_width, logo_height,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            left += logo_width + 4 * mm
        name_width = draw_text(canvas, left, top - 3 * mm, printable.line(office.name), 12.5, bold=True, color=INK)
        lines = [printable.line(line) for line in (office.address or "").splitlines() if line.strip()][:2]
        if office.contact_line:
            lines.append(printable.line(office.contact_line))
        for index, line in enumerate(lines[:3]):
            draw_text(canvas, left, top - 8 * mm - index * 3.6 * mm, line, 7.5, color=MUTED)
        right = PAGE_WIDTH - MARGIN
        title = meta.header_title or meta.title
        room = right - (left + name_width + 8 * mm)
        size = 9.0
        while size > 6.5 and fonts.width(title, size, True) > room:
            size -= 0.5
        draw_text(canvas, right, top - 3 * mm, title, size, bold=True, align="right", color=ACCENT)
        draw_text(canvas, right, top - 8 * mm, f"{say('reference', language)}: {meta.reference}", 7.5,
                  align="right", color=MUTED)
        draw_text(canvas, right, top - 11.6 * mm,
                  f"{say('issued', language)}: {format_date(meta.issued.issued_on, language)}", 7.5,
                  align="right", color=MUTED)
        rule_y = PAGE_HEIGHT - HEADER_HEIGHT + 6 * mm
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)

    def footer(self, canvas: Canvas, first: bool) -> None:
        meta, language = self.meta, self.meta.language
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_HEIGHT, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT)
        draw_text(canvas, MARGIN, FOOTER_HEIGHT - 5 * mm,
                  f"{say('verification_code', language)}: {meta.issued.display_code}", 7.5, color=MUTED)
        if first:
            self.verification_block(canvas)

    @property
    def verification_height(self) -> float:
        """The room the verification block takes above the footer of the first page."""
        return float(max(VERIFICATION_HEIGHT, qr_size(len(self.qr)) + 6 * mm, 18.5 * mm + self._hint()[1] + 7 * mm))

    def _hint(self) -> tuple[MixedText, float]:
        """The hint under the code, wrapped beside the QR code, and its height."""
        hint = MixedText(say("verify_signed_hint", self.meta.language), SMALL.but(size=7, leading=8.6))
        room = PAGE_WIDTH - MARGIN - qr_size(len(self.qr)) - 2.5 * mm - MARGIN - 10 * mm
        _, height = hint.wrap(room, PAGE_HEIGHT)
        return hint, float(height)

    def verification_block(self, canvas: Canvas) -> None:
        meta, language = self.meta, self.meta.language
        bottom = FOOTER_HEIGHT + 3 * mm
        box_height = self.verification_height - 4 * mm
        size = qr_size(len(self.qr))
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.roundRect(MARGIN, bottom, CONTENT_WIDTH, box_height, 2 * mm, stroke=1, fill=1)
        qr_x = PAGE_WIDTH - MARGIN - size - 2.5 * mm
        canvas.setFillColor(colors.white)
        # A white quiet zone of about four modules around the code, as scanners expect.
        canvas.rect(qr_x - 2 * mm, bottom + 0.3 * mm, size + 4 * mm, box_height - 0.6 * mm, stroke=0, fill=1)
        draw_qr(canvas, self.qr, qr_x, bottom + (box_height - size) / 2, size)
        top = bottom + box_height
        draw_text(canvas, MARGIN + 4 * mm, top - 5 * mm, say("verification_code", language).upper(),
                  7, bold=True, color=MUTED)
        draw_text(canvas, MARGIN + 4 * mm, top - 11.5 * mm, meta.issued.display_code, 15, bold=True, color=INK)
        key = say("key_fingerprint", language, fingerprint=meta.issued.key_id)
        draw_text(canvas, MARGIN + 4 * mm, top - 16 * mm, key, 7.5, color=INK)
        hint, height = self._hint()
        hint.drawOn(canvas, MARGIN + 4 * mm, top - 18.5 * mm - height)


def _numbered_canvas(label: Callable[[int, int], str]) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end so that every footer can say 'Page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                draw_text(self, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT - 5 * mm, label(number, total), 7.5,
                          align="right", color=MUTED)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(letterhead: Letterhead, meta: Meta, story: Sequence[Flowable]) -> bytes:
    """The PDF of a story on the official page."""
    fonts.register()
    buffer = io.BytesIO()
    pages = _Pages(letterhead, meta)
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=HEADER_HEIGHT,
        bottomMargin=FOOTER_HEIGHT, title=meta.title, author=letterhead.name, subject=meta.reference,
        creator="Homeward", keywords=meta.issued.display_code,
    )
    body_height = PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT - 4 * mm
    reserved = pages.verification_height
    first = Frame(MARGIN, FOOTER_HEIGHT + reserved, CONTENT_WIDTH, body_height - reserved,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, FOOTER_HEIGHT + 4 * mm, CONTENT_WIDTH, body_height, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        pages.header(canvas)
        pages.footer(canvas, first=True)

    def on_later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        pages.header(canvas)
        pages.footer(canvas, first=False)

    document.addPageTemplates([
        PageTemplate("first", frames=[first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate("later", frames=[later], onPage=on_later),
    ])
    direction = "R" if is_rtl_language(meta.language) else None  # the title and subtitle read as the office does
    heading: list[Flowable] = [MixedText(meta.title, TITLE, direction)]
    if meta.subtitle:
        heading.append(MixedText(meta.subtitle, SUBTITLE, direction or "L"))
    heading.append(Spacer(1, 2 * mm))
    document.build([*heading, *story],
                   canvasmaker=_numbered_canvas(lambda n, m: say("page", meta.language, page=n, pages=m)))
    return buffer.getvalue()


# --- building blocks for stories ------------------------------------------------------------------


def para(text: str, style: TextStyle = BODY, direction: str | None = None) -> MixedText:
    return MixedText(text, style, direction)


def heading(text: str) -> MixedText:
    return MixedText(text, HEADING)


def _cell(value: object, style: TextStyle, direction: str | None = "L") -> Flowable:
    """A table cell; text is laid left to right by default (tables follow the office's language)."""
    if isinstance(value, Flowable):
        return value
    return MixedText("" if value is None else str(value), style, direction)


def fields(pairs: Sequence[tuple[str, object]], label_width: float = 42 * mm,
           width: float = CONTENT_WIDTH, *, rtl: bool = False) -> Table:
    """Label: value rows (a record's facts); with `rtl` the label on the right, everything read right to left."""
    direction = "R" if rtl else "L"
    rows = [[_cell(label, LABEL, direction), _cell(value, BODY, direction)] for label, value in pairs]
    widths = [label_width, width - label_width]
    if rtl:
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if rtl else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0 if rtl else 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          *, style: TextStyle = CELL, rtl: bool = False) -> Table:
    """A ruled table with a shaded header row repeated on every page; with `rtl` its columns run right to left
    (the first given is the rightmost), its text reads right to left and a table narrower than the page stands at
    its right edge."""
    direction = "R" if rtl else "L"
    data = [[_cell(h, HEAD_CELL, direction) for h in header]] + [[_cell(v, style, direction) for v in row]
                                                                  for row in rows]
    if rtl:
        data, widths = [row[::-1] for row in data], list(widths)[::-1]
    result = Table(data, colWidths=list(widths), repeatRows=1, hAlign="RIGHT" if rtl else "LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(data), 2)]
    result.setStyle(TableStyle(commands))
    return result


def ruled(rows: Sequence[Sequence[object]], widths: Sequence[float], *, style: TextStyle = CELL,
          rtl: bool = False) -> Table:
    """Rows ruled as `table` rules them, without a header (a block that follows a table's header)."""
    direction = "R" if rtl else "L"
    data = [[_cell(v, style, direction) for v in row] for row in rows]
    if rtl:
        data, widths = [row[::-1] for row in data], list(widths)[::-1]
    result = Table(data, colWidths=list(widths), hAlign="RIGHT" if rtl else "LEFT")
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return result


class CheckBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = 3.4 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def signature_lines(labels: Sequence[str | Flowable], *, date_label: str | Callable[[], Flowable] = "Date",
                    width: float = CONTENT_WIDTH, columns: int | None = None, rtl: bool = False) -> Flowable:
    """One column per signatory (`columns` wide, default as many as labels): space to sign, a rule, who, a date line;
    with `rtl` the first signatory on the right and every line read right to left.

    A label given as a flowable is used as it is (e.g. one line per language, each in its own direction), and so
    is the date line a `date_label` function makes for each column; a date label given as text gets
    ': ____________' after it."""
    count = columns or len(labels)
    direction = "R" if rtl else "L"
    gap = 8 * mm
    column = (width - gap * (count - 1)) / count
    widths: list[float] = []
    for index in range(count):
        widths += [column] if index == 0 else [gap, column]
    blank = Spacer(1, 14 * mm)

    def spread(cells: list[Flowable]) -> list[object]:
        row: list[object] = []
        for index in range(count):
            cell = cells[index] if index < len(cells) else ""
            row += [cell] if index == 0 else ["", cell]
        return row[::-1] if rtl else row

    def date_cell() -> Flowable:
        return date_label() if callable(date_label) else _cell(f"{date_label}: ____________", SMALL, direction)

    rows = [spread([blank for _ in labels]), spread([_cell(label, LABEL, direction) for label in labels]),
            spread([date_cell() for _ in labels])]
    ruled = [2 * i for i in range(len(labels))]
    if rtl:
        ruled = [len(rows[0]) - 1 - c for c in ruled]
    result = Table(rows, colWidths=widths, hAlign="LEFT")
    result.setStyle(TableStyle([
        *(("LINEABOVE", (c, 1), (c, 1), 0.7, INK) for c in ruled),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        # Never split: a signature line apart from who signs. (Not a KeepTogether: one nested in another,
        # as a signature block with its text is, always starts a new page.)
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]))
    return result


class Stack(Flowable):  # type: ignore[misc]
    """Flowables one above the other as one unit (a table cell with a main line and a small line under it)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        self.width = availWidth
        self.height = sum(height for _, height in self._sizes)
        return availWidth, self.height

    def draw(self) -> None:
        y = self.height
        for part, (_, height) in zip(self.parts, self._sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


def signature_and_stamp(role: str, name: str | None, title: str | None, *, stamp_label: str, date_line: str,
                        beside: Flowable | None = None, beside_width: float = 0.0,
                        width: float = CONTENT_WIDTH, rtl: bool = False) -> Flowable:
    """Who signs for the office (role, space to sign, a rule, name and title, the date) and a box for the stamp,
    after `beside` (e.g. the contacts) on the same band; a name or title not on record is left as a line to fill
    in by hand."""
    stamp = 28 * mm
    gap = 6 * mm
    signer = width - stamp - gap - (beside_width + gap if beside is not None else 0)
    blank = "_" * 28
    direction = "R" if rtl else "L"
    signature = Stack([_cell(role, LABEL, direction), Spacer(1, 10 * mm),
                       HRFlowable(width="90%", thickness=0.7, color=INK, spaceAfter=1.2 * mm,
                                  hAlign="RIGHT" if rtl else "LEFT"),
                       _cell(name or blank, BODY.but(bold=True), direction), _cell(title or blank, BODY, direction),
                       _cell(date_line, SMALL, direction)])
    box = _cell(stamp_label, SMALL.but(align="center"))
    cells: list[object] = [signature, "", box]
    widths = [signer, gap, stamp]
    if beside is not None:
        cells = [beside, "", *cells]
        widths = [beside_width, gap, *widths]
    if rtl:
        cells, widths = cells[::-1], widths[::-1]
    result = Table([cells], colWidths=widths, rowHeights=[stamp], hAlign="LEFT")
    last = 0 if rtl else len(cells) - 1
    result.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BOX", (last, 0), (last, 0), 0.7, RULE, None, (2, 2)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (last, 0), (last, 0), 2 * mm),
    ]))
    return result
