# Two commands on a fresh machine (Python 3.11 and pip only):
#   make run    set up, ingest the bundled sample into newsgraph.db, then serve the web UI (Ctrl-C stops)
#   make test   set up, then lint, type-check and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
DB ?= newsgraph.db

.PHONY: run test setup system-deps lint typecheck pytest bench bench-scale clean

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
	$(BIN)/newsgraph --db $(DB) serve

lint: setup
	$(BIN)/ruff check
	$(BIN)/ruff format --check

typecheck: setup
	$(BIN)/mypy

pytest: setup system-deps
	$(BIN)/pytest

test: lint typecheck pytest

bench: setup
	$(BIN)/python benchmarks/bench_ingest.py

# figures of the README's "Speed" section (an hour or more on 2 cores: run on purpose)
bench-scale: setup system-deps
	$(BIN)/python benchmarks/bench_pipeline.py --articles 1000 10000 --workers 1 2
	$(BIN)/python benchmarks/bench_latency.py --articles 25000 --events-per-article 40

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
