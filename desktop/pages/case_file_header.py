"""The top of the case file: reference, status, where the household returns to, and the page's notices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.i18n import QT_TR_NOOP, tr
from desktop.labels import day, label, when
from desktop.pages.case_file_common import AMBER, BLUE, GREEN, GREY, RED, start_edge
from desktop.places import country_name, place_name
from desktop.printing import menu_button
from desktop.readiness_words import line, resolution
from planning.case_file import CaseFileView
from planning.vocabulary import BookingStatus, CaseStatus

STATUS_COLOURS = {
    CaseStatus.READY: GREEN, CaseStatus.BOOKED: GREEN, CaseStatus.DEPARTED: GREEN, CaseStatus.ARRIVED: GREEN,
    CaseStatus.MONITORING: GREEN, CaseStatus.ON_HOLD: AMBER, CaseStatus.WITHDRAWN: AMBER,
    CaseStatus.INVOLVEMENT_ENDED: RED, CaseStatus.PROTECTION_GRANTED: BLUE, CaseStatus.CLOSED: GREY,
}

#: The banner of a case that has reached an end (marked here, translated where shown).
FINAL_TEXT = {
    CaseStatus.INVOLVEMENT_ENDED: QT_TR_NOOP("<b>Involvement ended — for good.</b> Force would have been needed to "
                                             "move a member of this household (S3 — No force, ever). The case can "
                                             "never be scheduled again and no travel document can be printed for "
                                             "it. The record stays for the file; nothing can reopen it."),
    CaseStatus.PROTECTION_GRANTED: QT_TR_NOOP("<b>Protection granted.</b> The competent authority found that a "
                                              "member needs protection (S4). This case cannot be planned for "
                                              "return."),
    CaseStatus.CLOSED: QT_TR_NOOP("<b>Closed.</b> This case file is kept for the record."),
}


def bullets(items: str) -> str:
    """Rich-text list items as a tight list."""
    return f"<ul style='margin:2px 0 0 0'>{items}</ul>"


class CaseHeader(QWidget):
    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = QLabel()
        self.reference.setObjectName("caseReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet(f"color: {GREY};")
        self.print_button, print_menu = menu_button(tr("Print"))
        self.print_button.setToolTip(tr("Issue a document for this household: previewed, then printed or saved"))
        self.print_declaration = print_menu.addAction(tr("Declaration of voluntary return…"))
        self.print_travel_letter = print_menu.addAction(tr("Travel letter…"))
        self.print_travel_letter.setToolTip(tr("Only for a household ready on its travel date"))
        self.edit_details = QPushButton(tr("Edit details…"))
        self.edit_details.setToolTip(tr("Region of return and referral note (undoable)"))
        self.tools = QHBoxLayout()
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        for button, action, keys in ((self.undo_button, undo_stack.createUndoAction(self, tr("Undo")),
                                      QKeySequence.StandardKey.Undo),
                                     (self.redo_button, undo_stack.createRedoAction(self, tr("Redo")),
                                      QKeySequence.StandardKey.Redo)):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.tools.addWidget(button)
        self.tools.addWidget(self.print_button)
        self.tools.addWidget(self.edit_details)
        self.final = QLabel()
        self.final.setWordWrap(True)
        self.final.setObjectName("finalBanner")
        self.final.hide()
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.next.setObjectName("nextAction")
        self.next.hide()
        self.risk = QLabel()
        self.risk.setWordWrap(True)
        self.risk.setObjectName("riskBanner")
        self.risk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.risk.setStyleSheet(f"#riskBanner {{ border: 2px solid {AMBER}; border-radius: 4px; padding: 8px; "
                                "background: #fff4d6; color: #6b4e00; }")
        self.risk.hide()
        top = QHBoxLayout()
        top.addWidget(self.reference)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addLayout(self.tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.next)
        layout.addWidget(self.final)
        layout.addWidget(self.risk)

    def show_case(self, case: CaseFileView) -> None:
        self.reference.setText(case.reference)
        colour = STATUS_COLOURS.get(case.status, "#3c4043")
        self.status.setText(label(case.status))
        self.status.setStyleSheet(f"#statusChip {{ color: white; background: {colour}; border-radius: 9px; "
                                  "padding: 2px 10px; font-weight: 600; }")
        region = f" · {escape(place_name(case.region))}" if case.region else ""
        country = escape(country_name(case.country_code, case.country_name))
        parts = [tr("Return to {country}").format(
                     country=f"<b style='color:#202124'>{country}</b> ({case.country_code}){region}"),
                 tr("%Ln person(s)", None, len(case.members)),
                 tr("referred by {source}").format(source=escape(label(case.referral_source))),
                 tr("opened {date}").format(date=day(case.opened_on)),
                 tr("decided {date}").format(date=day(case.decided_on)) if case.decided_on else tr("no decision yet")]
        if case.closed_on:
            parts.append(tr("closed {date}").format(date=day(case.closed_on)))
        if case.booking is not None:
            booked = tr("booked on <b>{movement}</b> from {origin}, {when} UTC, %n seat(s)", None,
                        case.booking.seats).format(movement=escape(case.booking.movement_code),
                                                   origin=escape(case.booking.origin),
                                                   when=when(case.booking.departure_at))
            parts.append(booked + " · " + (tr("locked") if case.booking.locked else tr("not locked")))
        note = f"<br><i>{escape(case.referral_note)}</i>" if case.referral_note else ""
        self.meta.setText(" · ".join(parts) + note)
        action = next_action(case)
        self.next.setVisible(action is not None)
        self.next.setText(tr("<b>Next:</b> {action}").format(action=escape(action or "")))
        self.show_risk(case)
        final = FINAL_TEXT.get(case.status)
        self.final.setVisible(final is not None)
        if final is not None:
            colour = STATUS_COLOURS[case.status]
            self.final.setText(tr(final))
            self.final.setStyleSheet(f"#finalBanner {{ border: 2px solid {colour}; color: {colour}; "
                                     "background: palette(base); border-radius: 4px; padding: 8px; }")


    def show_risk(self, case: CaseFileView) -> None:
        """The booking at risk: every reason, with what resolves it (gates refuse it until then)."""
        reasons = case.booking.at_risk if case.booking is not None else ()
        self.risk.setVisible(bool(reasons))
        if not reasons or case.booking is None:
            return
        items = "".join(f"<li>{escape(line(r))}<br><i>{escape(resolution(r))}</i></li>" for r in reasons)
        self.risk.setText(tr("<b>⚠ The booking on {movement} is at risk.</b> Since it was made, something changed "
                             "that stops this household travelling on {day}; no check-in, departure, travel letter "
                             "or manifest lets it through until this is resolved, or the household is moved or "
                             "taken off the movement.").format(movement=escape(case.booking.movement_code),
                                                               day=day(case.booking.departure_at.date()))
                          + bullets(items))


def next_action(case: CaseFileView) -> str | None:
    """What the case needs next, in a few words (None once it is over or needs nothing from the office)."""
    booking = case.booking
    if case.status in FINAL_TEXT or case.status is CaseStatus.CLOSED:
        return None
    if booking is not None and booking.at_risk:
        return tr("resolve what puts the booking at risk (below), or move the household to another movement")
    if booking is not None and booking.status is BookingStatus.CHECKED_IN:
        return tr("record the departure of {movement} on {day}").format(
            movement=booking.movement_code, day=day(booking.departure_at.date()))
    if booking is not None:
        return tr("check the household in for {movement} on {day}").format(
            movement=booking.movement_code, day=day(booking.departure_at.date()))
    if case.status is CaseStatus.DEPARTED:
        return tr("record the arrival")
    if case.status in (CaseStatus.ARRIVED, CaseStatus.MONITORING):
        return tr("the follow-ups of the monitoring plan (Monitoring page)")
    if case.status is CaseStatus.READY:
        return tr("plan the household onto a movement (Movements › Plan)")
    if case.verdict.reasons:
        return resolution(case.verdict.reasons[0])
    return None


class Notice(QFrame):
    """What just happened (e.g. a refusal took the household out of N movements); closed by the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_text(self, text: str, colour: str = BLUE) -> None:
        self.text.setText(text)
        self.setStyleSheet(f"#notice {{ border: 1px solid {colour}; border-{start_edge()}: 5px solid {colour}; "
                           "border-radius: 4px; background: palette(base); }")
        self.show()

    def dismiss(self) -> None:
        self.text.clear()
        self.hide()
