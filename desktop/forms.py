"""Forms with validation next to each field: a service's `ValidationError` lands under its widget."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.service_text import detail, error_text
from planning.errors import HomewardError, ValidationError, ValidationErrors

ERROR_STYLE = "color: #b3261e;"
BANNER_STYLE = "background: #fde7e9; color: #8c1d18; padding: 6px; border-radius: 4px;"


class Banner(QLabel):
    """A message across the top of a page or dialog for errors that belong to no single field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class FieldErrors:
    """Error labels under form rows, keyed by the service's field names."""

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> QLabel:
        """Add `widget` to the form with an error label beneath it for each of `fields`."""
        form.addRow(label, widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        form.addRow("", error)
        for name in fields:
            self.labels[name] = error
        return error

    def clear(self) -> None:
        self.banner.clear_message()
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show_error(self, error: HomewardError) -> None:
        """Put the message next to its field, or in the banner if no field matches; several errors
        (`ValidationErrors`) each next to its own field."""
        if isinstance(error, ValidationErrors):
            self.show_errors(list(error.errors))
            return
        self.clear()
        if isinstance(error, ValidationError):
            label = self._label_for(error.field)
            if label is not None:
                message = detail(error)
                label.setText(message)
                label.show()
                return
        self.banner.show_message(error_text(error))

    def show_errors(self, errors: list[HomewardError]) -> None:
        """Every error at once, each under its field (two on one field share its label); the rest in the banner."""
        self.clear()
        texts: dict[QLabel, list[str]] = {}
        rest: list[str] = []
        for error in errors:
            label = self._label_for(error.field) if isinstance(error, ValidationError) else None
            if label is None or not isinstance(error, ValidationError):
                rest.append(error_text(error))
            else:
                texts.setdefault(label, []).append(detail(error))
        for label, lines in texts.items():
            label.setText("\n".join(lines))
            label.show()
        if rest:
            self.banner.show_message("\n".join(rest))

    def _label_for(self, field: str) -> QLabel | None:
        if field in self.labels:
            return self.labels[field]
        # "members[0].date_of_birth" matches a row registered as "date_of_birth"
        tail = field.rsplit(".", 1)[-1]
        return self.labels.get(tail)
