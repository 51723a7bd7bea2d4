"""Side-by-side text in the office's language and the returnee's, for documents a returnee signs or carries."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table, TableStyle

from planning.documents import layout
from planning.documents.text import MixedText, TextStyle
from planning.documents.texts import is_rtl_language, printed_as, say

GUTTER = 6.0
#: Naskh draws smaller than Noto Sans at the same size: Arabic-script columns are set this much larger so that
#: both columns read alike (a heading in Arabic as large as the English one beside it).
ARABIC_SCRIPT_SCALE = 1.15


def arabic_script(style: TextStyle) -> TextStyle:
    return style.but(size=style.size * ARABIC_SCRIPT_SCALE,
                     leading=style.line_height * ARABIC_SCRIPT_SCALE)


class Languages:
    """The office's language (left column) and the returnee's (right column), or one column when they agree.

    A returnee's language with no printed texts at all gets no second column (it would only repeat
    the office's text marked "[English]"); the document says so where it names the language.
    Dari is printed in Farsi (see the aliases in texts.json).
    """

    def __init__(self, office: str, returnee: str) -> None:
        self.office = office
        self.requested = returnee
        self.returnee = printed_as(returnee) or office

    @property
    def rtl(self) -> bool:
        """Whether the office's language, which the page follows, reads right to left."""
        return is_rtl_language(self.office)

    @property
    def both(self) -> bool:
        return self.office != self.returnee

    def columns(self) -> tuple[str, ...]:
        return (self.office, self.returnee) if self.both else (self.office,)

    def title(self, key: str) -> str:
        return " / ".join(say(key, language) for language in self.columns())

    def block(self, key: str, style: TextStyle = layout.BODY, **values: object) -> Flowable:
        return self.texts([say(key, language, **values) for language in self.columns()], style)

    def texts(self, texts: Sequence[str], style: TextStyle = layout.BODY) -> Flowable:
        """One text per language column, each right-aligned when its language reads right to left; the office's
        column first in its own reading order (on the right for an office writing Arabic)."""
        columns = self.columns()
        cells = [MixedText(text, arabic_script(style), "R") if is_rtl_language(language)
                 else MixedText(text, style, "L") for text, language in zip(texts, columns, strict=True)]
        if is_rtl_language(self.office):
            cells.reverse()
        width = (layout.CONTENT_WIDTH - GUTTER * (len(cells) - 1)) / len(cells)
        table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (1, 0), GUTTER),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ] + ([("LINEBEFORE", (1, 0), (1, 0), 0.4, layout.RULE)] if len(cells) > 1 else [])))
        return table

    def heading(self, key: str) -> Flowable:
        heading = self.texts([say(key, language) for language in self.columns()], layout.HEADING)
        heading.keepWithNext = True
        # A table ignores its cells' space before and after: the heading keeps its distance itself.
        heading.spaceBefore = layout.HEADING.space_before
        return heading
