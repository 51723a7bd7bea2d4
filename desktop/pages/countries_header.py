"""The head of a country's page: name, open and blocked cases, and banners for S9 reviews and S8 suspensions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.labels import REVIEW_BANNER, SUSPENSION_BANNER, day, in_sentence, number
from desktop.places import country_name, place_name
from planning.country_view import CountryView
from planning.readiness.reasons import Safeguard


def blocked_text(view: CountryView) -> str:
    if not view.open_cases:
        return tr("No open cases")
    cases = tr("%n open case(s)", None, view.open_cases)
    if not view.blocked_cases:
        return tr("{cases} · none blocked today by the country's safeguards (S5–S9)").format(cases=cases)
    parts = " · ".join(f"{s.value} {in_sentence(s)}: {number(n)}" for s, n in view.blocked_by)
    return tr("{cases} · <b>%n blocked today</b> by S5–S9 ({safeguards})", None, view.blocked_cases).format(
        cases=cases, safeguards=parts)


def review_text(view: CountryView) -> str:
    items = ", ".join(f"{in_sentence(a.kind)} {a.reference}" for a in view.under_review)
    return tr("<b>Assurances under review ({safeguard}):</b> {assurances}. New movements to {country} are "
              "blocked until a review decision is recorded.").format(
        safeguard=Safeguard.S9.value, assurances=items, country=country_name(view.profile.code, view.profile.name))


def suspension_text(view: CountryView) -> str:
    lines = []
    for a in view.suspensions:
        where = place_name(a.region) or tr("the whole country")
        whom = tr(", {profile} only").format(profile=in_sentence(a.profile)) if a.profile else ""
        until = tr("until {date}").format(date=day(a.in_force_to)) if a.in_force_to else tr("with no end date")
        lines.append(tr("{issuer} ({where}{profile}, {until}): {summary}").format(
            issuer=a.issued_by, where=where, profile=whom, until=until, summary=a.summary))
    return tr("<b>Returns suspended ({safeguard}):</b> {advisories}").format(
        safeguard=Safeguard.S8.value, advisories="<br>".join(lines))


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
        self.loading = QLabel(tr("Loading…"))
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
        self.print_summary = QPushButton(tr("Print assurance summary…"))
        self.print_summary.setToolTip(tr("What the country guaranteed, with references, validity and status"))
        top.addWidget(self.print_summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.review)
        layout.addWidget(self.suspension)

    def show_view(self, view: CountryView) -> None:
        profile = view.profile
        self.title.setText(country_name(profile.code, profile.name))
        self.code.setText(profile.code)
        facts = [tr("Irregular exit punished") if profile.irregular_exit_punished
                 else tr("Irregular exit not punished")]
        in_force = sum(1 for a in view.assurances if a.valid_on(view.today))
        facts.append(tr("{valid} of %n assurance(s) valid today", None, len(view.assurances)).format(
            valid=number(in_force)))
        self.facts.setText(" · ".join(facts))
        self.counts.setText(blocked_text(view))
        self.review.setVisible(bool(view.under_review))
        if view.under_review:
            self.review.setText(review_text(view))
        self.suspension.setVisible(bool(view.suspensions))
        if view.suspensions:
            self.suspension.setText(suspension_text(view))
