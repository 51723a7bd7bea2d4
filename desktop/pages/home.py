"""Home: where the caseload stands today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.tasks import Task
from planning.overview import Overview, overview
from planning.storage.store import Store
from planning.vocabulary import CaseStatus


def status_label(status: CaseStatus) -> str:
    return status.value.replace("_", " ").capitalize()


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class HomePage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        heading = QLabel("Caseload today")
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        grid = QGridLayout()
        self.tiles: dict[str, Tile] = {}
        keys = [("ready", "Cases ready to plan"), ("expiring", "Assurances expiring within 30 days"),
                ("review", "Countries under review"), ("referrals", "Protection referrals awaiting outcome")]
        for i, (key, title) in enumerate(keys):
            self.tiles[key] = Tile(title)
            grid.addWidget(self.tiles[key], 0, i)
        for i, status in enumerate(CaseStatus):
            self.tiles[status.value] = Tile(status_label(status))
            grid.addWidget(self.tiles[status.value], 1 + i // 5, i % 5)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setStyleSheet("#tileValue { font-size: 22pt; font-weight: 600; } "
                           "#pageTitle { font-size: 16pt; font-weight: 600; }")
        self.review_label = QLabel()
        self.review_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.insertWidget(2, self.review_label)

    def refresh(self) -> None:
        task = Task(lambda _state: overview(self.store), kind="home", parent=self)
        task.succeeded.connect(self.show_overview)
        task.start()

    def show_overview(self, data: Overview) -> None:
        self.summary.setText(f"{data.cases:,} cases, {data.people:,} people")
        self.tiles["ready"].value.setText(f"{data.ready_to_plan:,}")
        self.tiles["expiring"].value.setText(f"{data.assurances_expiring:,}")
        self.tiles["review"].value.setText(f"{len(data.countries_under_review):,}")
        self.tiles["referrals"].value.setText(f"{data.referrals_awaiting_outcome:,}")
        for status, count in data.by_status.items():
            self.tiles[status.value].value.setText(f"{count:,}")
        review = ", ".join(data.countries_under_review)
        self.review_label.setText(f"Under review: {review}" if review else "")
