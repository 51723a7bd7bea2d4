# Homeward: `make run`, `make test`, `make bench`. The virtualenv lives in .venv and is refreshed
# (pip install -e ".[dev]") only when pyproject.toml is newer than its stamp.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/homeward --demo-if-empty 5000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy desktop planning monitoring
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --out bench-results

translations: $(STAMP)
	$(BIN)/python -m tests.i18n_catalogue update
	$(BIN)/python -m tests.i18n_catalogue check || true

clean-venv:
	rm -rf $(VENV)
