"""The readiness panel: the verdict for a travel date and every reason the case cannot travel."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.fields import DateField, to_qdate
from desktop.i18n import right_to_left, tr
from desktop.labels import day, label
from desktop.pages.case_file_common import AMBER, GREEN, RED, Card, heading
from desktop.readiness_words import message, resolution
from planning.readiness.reasons import Reason, Verdict


class ReadinessPanel(QFrame):
    """Shows a `Verdict`; asks the page to reload when the travel date changes (`date_changed`)."""

    date_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.verdict: Verdict | None = None
        self.setObjectName("readinessPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(heading(tr("Readiness")))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Travel date")))
        self.travel_date = DateField(today)
        self.travel_date.setToolTip(tr("Check whether the case could travel on another date"))
        self.travel_date.setAccessibleName(tr("Travel date"))
        row.addWidget(self.travel_date)
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setToolTip(tr("Back to today ({date})").format(date=day(today)))
        row.addWidget(self.today_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.state = QLabel("–")
        self.state.setObjectName("readinessState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.reasons_box = QWidget()
        self.reasons_layout = QVBoxLayout(self.reasons_box)
        self.reasons_layout.setContentsMargins(0, 0, 4, 0)
        self.reasons_layout.setSpacing(6)
        self.reasons_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.reasons_box)
        layout.addWidget(scroll, 1)
        self.travel_date.dateChanged.connect(lambda _d: self.date_changed.emit())
        self.today_button.clicked.connect(lambda: self.travel_date.setDate(to_qdate(self.today)))

    def on(self) -> date:
        return self.travel_date.value()

    @property
    def ready(self) -> bool:
        return self.verdict is not None and self.verdict.ready

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        today = verdict.on == self.today
        if verdict.ready:
            colour = GREEN
            text = "✔ " + (tr("Ready to travel today") if today
                           else tr("Ready to travel on {date}").format(date=day(verdict.on)))
            detail = tr("Every safeguard is satisfied. The case can be planned on a movement.")
        elif verdict.final:
            colour, text = RED, "✖ " + tr("Can never travel")
            detail = tr("A safeguard that nothing can lift stops this case.")
        else:
            colour = AMBER
            text = tr("Not ready to travel today") if today \
                else tr("Not ready to travel on {date}").format(date=day(verdict.on))
            detail = tr("%n reason(s) to resolve first.", None, len(verdict.reasons))
        state = (f"<div style='font-size:15pt; font-weight:600; color:{colour}'>{escape(text)}</div>"
                 f"<div style='color:#444'>{escape(detail)}</div>")
        self.state.setText(state)
        self.state.setStyleSheet(f"#readinessState {{ border: 1px solid {colour}; border-radius: 6px; "
                                 "padding: 8px 10px; background: palette(base); }")
        while self.reasons_layout.count() > 1:
            item = self.reasons_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, reason in enumerate(verdict.reasons):
            self.reasons_layout.insertWidget(i, reason_card(reason))

    def reason_texts(self) -> list[str]:
        """The reasons as shown, e.g. "S10 Travel readiness — Giorgi Beridze: …" (for tests and copying)."""
        if self.verdict is None:
            return []
        household = tr("Household")
        return [f"{r.safeguard.value} {label(r.safeguard)} — {r.person_name or household}: {message(r)}"
                for r in self.verdict.reasons]


def reason_card(reason: Reason) -> Card:
    colour = RED if reason.final else AMBER
    card = Card(colour)
    card.setObjectName("card")
    who = escape(reason.person_name or tr("Whole household"))
    # Every line reads in the interface's direction, even where it begins with a code or a name written
    # the other way (an Arabic name in a French sentence, a Latin one in an Arabic sentence).
    start, arrow = ("\u200f", "←") if right_to_left() else ("\u200e", "→")
    card.line(f"{start}<span style='color:white; background:{colour}; font-weight:600'>&nbsp;"
              f"{reason.safeguard.value}&nbsp;</span>&nbsp; <b>{escape(label(reason.safeguard))}</b>"
              f"<span style='color:#5f6368'> · {who}</span>")
    card.line(start + escape(message(reason)))
    remedy = tr("Nothing can resolve this.") if reason.final else resolution(reason)
    card.line(f"{start}<span style='color:#5f6368'>{arrow} {escape(remedy)}</span>")
    return card
