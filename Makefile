# Two commands: `make demo` and `make test`. Both bootstrap .venv themselves and are safe to re-run.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AXE := .cache/axe/node_modules/axe-core/axe.min.js
AXE_VERSION := 4.14.1
PORT ?= 8000
# The demo syncs with the national portal simulator, run inside `motcua serve` on 127.0.0.1:9000
# (a thread: it ends with the server). MOTCUA_PORTAL_SIM=0 make demo to keep deliveries pending.
MOTCUA_PORTAL_SIM ?= 1

.PHONY: demo test lint typecheck pytest clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/motcua migrate --no-input -v 0
	$(BIN)/motcua seed --if-empty
	PORT=$(PORT) MOTCUA_PORTAL_SIM=$(MOTCUA_PORTAL_SIM) $(BIN)/motcua serve

lint: $(STAMP)
	$(BIN)/ruff check src
	$(BIN)/ruff format --check src

typecheck: $(STAMP)
	$(BIN)/mypy

# axe-core (accessibility checks in the browser tests) comes from the npm registry when npm is there;
# without it, or without Chromium, the browser tests say plainly that they were skipped.
$(AXE):
	-command -v npm >/dev/null && npm install --silent --no-save --no-audit --no-fund \
		--prefix .cache/axe axe-core@$(AXE_VERSION)

pytest: $(STAMP) $(AXE)
	$(BIN)/pytest

test: lint typecheck pytest

# Benchmarks (not part of `make test`): PostgreSQL on 127.0.0.1:5432 (DATABASE_URL names another
# server), its own database motcua_bench, web/worker/simulator on 127.0.0.1:18000/19000.
# BENCH_ARGS="--dossiers 100000 --seconds 30" for longer runs; tables in bench/results/.
BENCH_STAMP := $(VENV)/.bench-installed
BENCH_ARGS ?=

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	pgbench --version >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql-contrib; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .cache
