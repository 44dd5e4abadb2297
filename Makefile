# `make demo` and `make test` are the README's first two commands; both build .venv first.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck unit bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,scale]'
	touch $(STAMP)

demo: install
	$(BIN)/conflictdesk demo

lint: install
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: lint typecheck unit

eval: install
	$(BIN)/python tools/score_corpora.py

bench: install
	$(BIN)/python benchmarks/extract_speed.py --quick
	$(BIN)/python benchmarks/analyse_speed.py
	$(BIN)/python benchmarks/report_speed.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
