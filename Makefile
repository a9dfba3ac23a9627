# The two quick-start commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format venv deps dev-deps system-deps migrate seed demo-user clean bench resilience

# Falls back to python3 where there is no python3.11 binary (any Python 3.11+ works); on a bare Debian,
# Python's venv module comes from the python3-venv package, installed here when missing (as root).
$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found, using python3"; }
	@$$(command -v $(PYTHON) || command -v python3) -c 'import ensurepip, venv' 2>/dev/null \
		|| { [ "$$(id -u)" -eq 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }
	$$(command -v $(PYTHON) || command -v python3) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

venv: $(PY)

deps: $(PY)
	$(PIP) install --quiet -r requirements.txt

dev-deps: $(PY)
	$(PIP) install --quiet -r requirements-dev.txt

## run: set up everything and serve the app on the embedded SQLite default, seeded, with a demo login
run: deps
	DEBUG=1 $(PY) manage.py migrate --no-input
	DEBUG=1 $(PY) manage.py seed
	DEBUG=1 $(PY) manage.py create_demo_user
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## system-deps: Debian's postgresql and chromium, installed only when missing
system-deps:
	bash scripts/install-system-deps.sh

## lint: ruff's formatter and linter, as checks
lint: dev-deps
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: dev-deps
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## test: lint, then the whole suite against a throwaway PostgreSQL cluster and headless Chromium
test: system-deps lint
	bash scripts/with-postgres.sh bash scripts/run-tests.sh $(PYTEST_ARGS)

## bench: latency, throughput and query counts under gunicorn on a throwaway PostgreSQL (SCALE=1000000 for the full run; see bench/README.md)
bench: deps
	SCALE=$(or $(SCALE),100000) bash scripts/bench.sh $(BENCH_ARGS)

## resilience: restart PostgreSQL under load and writes; fails if a write is lost or doubled or a 500 appears
resilience: deps
	bash scripts/bench-resilience.sh $(RESILIENCE_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache .ruff_cache
