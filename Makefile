# Two commands on a fresh machine (Python 3.11 and pip only):
#   make run    set up, ingest the bundled sample into newsgraph.db, print a summary
#   make test   set up, then lint, type-check and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
DB ?= newsgraph.db

.PHONY: run test setup system-deps lint typecheck pytest bench clean

$(STAMP):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

# PostgreSQL and Chromium from Debian's packages, for the tests that drive them
system-deps:
	./scripts/system-deps.sh

run: setup
	$(BIN)/newsgraph --db $(DB) ingest examples/
	$(BIN)/newsgraph --db $(DB) articles

lint: setup
	$(BIN)/ruff check
	$(BIN)/ruff format --check

typecheck: setup
	$(BIN)/mypy

pytest: setup system-deps
	$(BIN)/pytest

test: lint typecheck pytest

# figures for the README's "Speed" section (minutes to hours: run on purpose)
bench: setup system-deps
	$(BIN)/python benchmarks/bench_pipeline.py --articles 1000 10000 --workers 1 2
	$(BIN)/python benchmarks/bench_queries.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
