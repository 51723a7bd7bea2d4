"""The head of a country's page: name, open and blocked cases, and banners for S9 reviews and S8 suspensions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.labels import KIND_LABELS, REVIEW_BANNER, SUSPENSION_BANNER, day, label
from planning.country_view import CountryView
from planning.readiness.reasons import Safeguard


def blocked_text(view: CountryView) -> str:
    if not view.open_cases:
        return "No open cases"
    cases = f"{view.open_cases:,} open " + ("case" if view.open_cases == 1 else "cases")
    if not view.blocked_cases:
        return f"{cases} · none blocked today by the country's safeguards (S5–S9)"
    parts = " · ".join(f"{s.value} {s.heading.lower()}: {n:,}" for s, n in view.blocked_by)
    return f"{cases} · <b>{view.blocked_cases:,} blocked today</b> by S5–S9 ({parts})"


def review_text(view: CountryView) -> str:
    items = ", ".join(f"{KIND_LABELS[a.kind].lower()} {a.reference}" for a in view.under_review)
    return (f"<b>Assurances under review ({Safeguard.S9.value}):</b> {items}. New movements to "
            f"{view.profile.name} are blocked until a review decision is recorded.")


def suspension_text(view: CountryView) -> str:
    lines = []
    for a in view.suspensions:
        where = a.region or "the whole country"
        whom = f", {label(a.profile).lower()} only" if a.profile else ""
        until = f"until {day(a.in_force_to)}" if a.in_force_to else "with no end date"
        lines.append(f"{a.issued_by} ({where}{whom}, {until}): {a.summary}")
    return f"<b>Returns suspended ({Safeguard.S8.value}):</b> " + "<br>".join(lines)


class CountryHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.code = QLabel()
        self.code.setObjectName("hint")
        self.facts = QLabel()
        self.facts.setObjectName("hint")
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.loading = QLabel("Loading…")
        self.loading.setObjectName("hint")
        self.loading.hide()
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setStyleSheet(REVIEW_BANNER)
        self.review.hide()
        self.suspension = QLabel()
        self.suspension.setWordWrap(True)
        self.suspension.setStyleSheet(SUSPENSION_BANNER)
        self.suspension.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.code, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.loading)
        top.addWidget(self.facts, 0, Qt.AlignmentFlag.AlignBottom)
        self.print_summary = QPushButton("Print assurance summary…")
        self.print_summary.setToolTip("What the country guaranteed, with references, validity and status")
        top.addWidget(self.print_summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.review)
        layout.addWidget(self.suspension)

    def show_view(self, view: CountryView) -> None:
        profile = view.profile
        self.title.setText(profile.name)
        self.code.setText(profile.code)
        facts = ["Irregular exit punished" if profile.irregular_exit_punished else "Irregular exit not punished"]
        in_force = sum(1 for a in view.assurances if a.valid_on(view.today))
        facts.append(f"{in_force} of {len(view.assurances)} assurances valid today")
        self.facts.setText(" · ".join(facts))
        self.counts.setText(blocked_text(view))
        self.review.setVisible(bool(view.under_review))
        if view.under_review:
            self.review.setText(review_text(view))
        self.suspension.setVisible(bool(view.suspensions))
        if view.suspensions:
            self.suspension.setText(suspension_text(view))
