"""A flowable for text in any of the bundled scripts: wrapped in logical order, drawn in visual order."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from planning.documents import fonts


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.5
    bold: bool = False
    leading: float = 0.0
    #: 'start' (left for left-to-right text, right for right-to-left), 'end', 'left', 'right' or 'center'.
    align: str = "start"
    color: Any = colors.black
    space_before: float = 0.0
    space_after: float = 0.0
    #: Keep on the same page as what follows (headings).
    keep_with_next: bool = False

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.3

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class MixedText(Flowable):  # type: ignore[misc]
    """One paragraph of plain text (no markup) in one style; '\\n' breaks a line.

    Lines are broken on the logical text (so a right-to-left paragraph reads top to bottom, right to
    left), then each line is drawn in visual order, cut into font runs and shaped (see `fonts.pieces`).
    """

    def __init__(self, text: str, style: TextStyle | None = None, direction: str | None = None,
                 _lines: tuple[float, list[str]] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style or TextStyle()
        self.direction = direction or fonts.base_direction(text)
        # The lines as broken for a width: a part split off keeps its lines.
        self._width: float = 0.0
        self.lines: list[str] | None = None
        if _lines is not None:
            self._width, self.lines = _lines
        self.spaceBefore = self.style.space_before
        self.spaceAfter = self.style.space_after
        self.keepWithNext = self.style.keep_with_next

    def __repr__(self) -> str:
        return f"MixedText({self.text[:40]!r})"

    def _break(self, available: float) -> list[str]:
        size, bold = self.style.size, self.style.bold
        space = fonts.width(" ", size, bold)
        lines: list[str] = []
        for hard_line in self.text.split("\n"):
            words = [piece for word in hard_line.split(" ") for piece in self._pieces(word, available)]
            current: list[str] = []
            used = 0.0
            for word in words:
                wide = fonts.width(word, size, bold)
                if current and used + space + wide > available:
                    lines.append(" ".join(current))
                    current, used = [word], wide
                else:
                    used += (space if current else 0.0) + wide
                    current.append(word)
            lines.append(" ".join(current))
        return lines

    def _pieces(self, word: str, available: float) -> list[str]:
        """A word wider than the line (an e-mail address, a long reference) cut where it must be."""
        size, bold = self.style.size, self.style.bold
        if available <= 0 or fonts.width(word, size, bold) <= available:
            return [word]
        pieces: list[str] = []
        start = 0
        for end in range(1, len(word) + 1):
            if end - start > 1 and fonts.width(word[start:end], size, bold) > available:
                pieces.append(word[start:end - 1])
                start = end - 1
        pieces.append(word[start:])
        return pieces

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.lines is None or availWidth != self._width:
            self.lines = self._break(availWidth)
        self._width = availWidth
        self.width = availWidth
        self.height = len(self.lines) * self.style.line_height
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines if self.lines is not None and availWidth == self._width else self._break(availWidth)
        fit = int(availHeight // self.style.line_height)
        if fit <= 0 or fit >= len(lines):
            return []
        style = self.style
        return [MixedText(self.text, style.but(space_after=0), self.direction, (availWidth, lines[:fit])),
                MixedText(self.text, style.but(space_before=0), self.direction, (availWidth, lines[fit:]))]

    def _x(self, line_width: float) -> float:
        align = self.style.align
        if align in ("start", "end"):
            right = (align == "start") == (self.direction == "R")
            align = "right" if right else "left"
        if align == "right":
            return self._width - line_width
        if align == "center":
            return (self._width - line_width) / 2
        return 0.0

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        line_height = style.line_height
        canvas.setFillColor(style.color)
        for index, line in enumerate(self.lines or ()):
            pieces = fonts.pieces(line, self.direction, style.bold)
            line_width = fonts.pieces_width(pieces, style.size)
            baseline = self.height - (index + 1) * line_height + (line_height - style.size) / 2 + style.size * 0.2
            text_object = canvas.beginText(self._x(line_width), baseline)
            for text, font in pieces:
                text_object.setFont(font, style.size)
                text_object.textOut(text)
            canvas.drawText(text_object)
