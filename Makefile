# Corroborate: make install | run | test | score | bench   (see README.md)
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DIR ?= seeds
GOLD ?= ../shared/gold/seeds.json
EXPORT ?= var/score-export.json
CORPUS_PARTS = $(sort $(patsubst %/gold.json,%,$(wildcard eval/corpus/*/gold.json)))

.PHONY: install run test score eval bench lock worker train-lines train-joins

# Production installs requirements.lock only; the tests add requirements-test.lock (pytest, linters, browser driver).
# Quiet: pip's output goes to $(VENV)/install.log and is shown only when the install fails.
PIP := $(PY) -m pip install --quiet --disable-pip-version-check --no-warn-script-location
$(VENV)/.installed: pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing the dependencies (log: $(VENV)/install.log)"
	@{ $(PIP) --upgrade pip && $(PIP) -r requirements.lock; } > $(VENV)/install.log 2>&1 || \
		{ tail -n 40 $(VENV)/install.log; exit 1; }
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.lock
	$(PY) -m pip install --quiet -r requirements-test.lock
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Everything from nothing to the site: database, roles, demo accounts, seeds imported and verified, a worker
# (with the beat scheduler) and the web server. Their output goes to $(RUN_LOGS)/*.log; the terminal shows one
# summary line, where the site is, and the demo accounts last. Ctrl-C or SIGTERM stops all of it within
# seconds: the worker shuts down cold (REMAP_SIGTERM), its unfinished tasks are acknowledged late, so a
# restarted worker picks them up again.
RUN_LOGS ?= $(or $(CORROBORATE_VAR_DIR),var)/logs
run: install
	@mkdir -p $(RUN_LOGS)
	@$(PY) manage.py migrate --noinput -v 0
	@$(PY) manage.py create_demo_accounts > $(RUN_LOGS)/demo-accounts.txt
	@$(PY) manage.py import_articles --no-progress seeds > $(RUN_LOGS)/import.log 2>&1 || \
		{ cat $(RUN_LOGS)/import.log; exit 1; }
	@stop() { trap - EXIT INT TERM; kill $$(jobs -p) 2>/dev/null; \
		for i in $$(seq 50); do [ -z "$$(jobs -pr)" ] && break; sleep 0.1; done; \
		kill -9 $$(jobs -pr) 2>/dev/null; wait 2>/dev/null; }; \
	trap 'stop; exit 0' INT TERM; trap stop EXIT; \
	REMAP_SIGTERM=SIGQUIT $(VENV)/bin/celery -A cms worker --beat --loglevel=WARNING --concurrency=2 \
		--schedule=$(RUN_LOGS)/../celerybeat-schedule > $(RUN_LOGS)/worker.log 2>&1 & \
	$(PY) manage.py verify --all --wait --timeout 300 > $(RUN_LOGS)/verify.log 2>&1 || \
		{ cat $(RUN_LOGS)/verify.log; tail -n 20 $(RUN_LOGS)/worker.log; exit 1; }; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT) --noreload --skip-checks > $(RUN_LOGS)/web.log 2>&1 & web=$$!; \
	for i in $$(seq 100); do $(PY) -c "import socket; socket.create_connection(('127.0.0.1', $(PORT)), 0.2)" \
		2>/dev/null && break; kill -0 $$web 2>/dev/null || { cat $(RUN_LOGS)/web.log; exit 1; }; sleep 0.2; done; \
	tail -n 1 $(RUN_LOGS)/verify.log; \
	echo "Corroborate is running on http://127.0.0.1:$(PORT)/ (admin: /admin/; logs in $(RUN_LOGS)/). Ctrl-C stops everything."; \
	cat $(RUN_LOGS)/demo-accounts.txt; \
	wait

# Tests keep their database file, broker folder and queue apart from a developer's `make run`.
# Two steps: the fast suite, then the end-to-end tests (real workers, a real browser) and the few slow tests
# (marked slow: many seconds on megabytes of input) on their own.
# MARK narrows both, e.g. `make test MARK="db_backend or broker"` (what .ci/run repeats on PostgreSQL + Redis).
MARK ?=
PYTEST := CORROBORATE_VAR_DIR=$(CURDIR)/var/test CELERY_QUEUE=corroborate-test $(PY) -m pytest
test: install-test
	$(PYTEST) -m "not e2e and not slow$(if $(MARK), and ($(MARK)))"
	$(PYTEST) -m "(e2e or slow)$(if $(MARK), and ($(MARK)))"

# The whole pipeline on DIR in a throw-away database and broker, then the scorer; its summary is the last line.
score: install
	@tmp=$$(mktemp -d); export CORROBORATE_VAR_DIR=$$tmp DATABASE_URL= CELERY_BROKER_URL=; \
	trap 'kill $$(jobs -p) 2>/dev/null; wait; rm -rf $$tmp' EXIT; \
	$(PY) manage.py migrate --noinput >/dev/null && \
	{ $(PY) manage.py import_articles --no-progress $(DIR) > $$tmp/import.log || true; } && \
	{ $(VENV)/bin/celery -A cms worker --loglevel=ERROR --concurrency=2 > $$tmp/worker.log 2>&1 & } && \
	$(PY) manage.py verify --all --wait --timeout 600 > $$tmp/verify.log && \
	$(PY) manage.py export_verification --output $$tmp/export.json 2>/dev/null && \
	mkdir -p $$(dirname $(EXPORT)) && cp $$tmp/export.json $(EXPORT) 2>/dev/null; \
	$(PY) ../shared/eval/score.py $(GOLD) $$tmp/export.json

# The seeds and every part of the evaluation corpus (eval/corpus/<part>/articles + gold.json), each through the
# whole pipeline in its own throw-away database: one scorer summary line per part, then the overall line, then
# the cleaner's line on eval/pages-heldout (page dumps with cleaning gold only, no facts).
eval: install
	@rm -rf var/eval && mkdir -p var/eval
	@printf '%-10s ' seeds; $(MAKE) -s score DIR=seeds GOLD=$(GOLD) EXPORT=var/eval/seeds.json | tail -n 1
	@for part in $(CORPUS_PARTS); do name=$$(basename $$part); printf '%-10s ' $$name; \
		$(MAKE) -s score DIR=$$part/articles GOLD=$$part/gold.json EXPORT=var/eval/$$name.json | tail -n 1; done
	@printf '%-10s ' overall; $(PY) eval/report.py var/eval seeds=$(GOLD) $(foreach p,$(CORPUS_PARTS),$(notdir $(p))=$(p)/gold.json)
	@printf '%-10s ' pages; ROUNDS=0 $(PY) -m stories.cleaning.evaluate eval/pages-heldout/articles eval/pages-heldout/gold.json --summary

bench: install
	$(PY) -m cms.bench

# The cleaner's line model (stories/cleaning/line_weights.json) learned anew from the annotations of the tuning
# parts, the page dumps of eval/pages-tune and the seeds, never a held-out part: it reports what a model learned
# without each part (event by event) removes of it, and what it learns; WRITE=1 writes the weights.
TRAIN_PARTS ?= $(filter-out %-heldout,$(CORPUS_PARTS)) eval/pages-tune seeds:$(GOLD)
train-lines: install
	$(PY) manage.py train_lines $(TRAIN_PARTS) $(if $(WRITE),--write)

# The alignment's pair scorer, learned from the tuning parts' gold and the exports `make eval` left in var/eval.
train-joins: install
	$(PY) -m eval.train_joins --exports var/eval $(filter-out %-heldout,$(CORPUS_PARTS)) $(if $(WRITE),--write)

# Which way imports run (import-linter contracts in pyproject.toml), the linter and the formatter's check (ruff).
lint: imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

imports: install-test
	$(VENV)/bin/lint-imports

# requirements.lock (production) and requirements-test.lock (what the tests add), from pyproject.toml.
lock:
	$(PY) -m cms.locks
