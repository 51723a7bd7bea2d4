"""Run in a fresh process by bench_workspace: start the real window on a database, time the case list.

Prints one JSON object: seconds from process start to the list shown, and peak memory.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(url: str) -> None:
    app = QApplication([])
    from desktop.app import open_workspace, prepare

    prepare(app, organisation="HomewardBench")
    from desktop.main_window import MainWindow

    opened_at = time.perf_counter()
    store = open_workspace(url)
    window = MainWindow(store)
    window.go(1)
    window.show()
    result: dict[str, float] = {}

    def shown(count: int) -> None:
        if "list_shown_s" in result:
            return
        window.cases.table.viewport().repaint()  # rows on screen are fetched and painted
        result["list_shown_s"] = time.perf_counter() - STARTED
        result["open_to_list_s"] = time.perf_counter() - opened_at
        result["cases"] = count
        result["rows_cached"] = window.cases.model.cached_rows()
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        QTimer.singleShot(0, app.quit)

    window.cases.results_shown.connect(shown)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    store.engine.dispose()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
