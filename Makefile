# Homeward: `make run`, `make test`, `make bench`, `make bundle`. The virtualenv lives in .venv and is refreshed
# (pip install -e ".[dev]") only when pyproject.toml is newer than its stamp; `make bundle` adds PyInstaller
# (the `bundle` extra) and freezes the app into dist/homeward/ and a tarball (homeward.spec).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
TARBALL := dist/homeward-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: run test lint bench bundle translations clean-venv

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

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install -e ".[dev,bundle]"
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	rm -rf dist/homeward $(TARBALL)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller homeward.spec
	tar -C dist -czf $(TARBALL) homeward
	du -sh dist/homeward $(TARBALL)

translations: $(STAMP)
	$(BIN)/python -m tests.i18n_catalogue update
	$(BIN)/python -m tests.i18n_catalogue check || true

clean-venv:
	rm -rf $(VENV)
