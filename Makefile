# Bowout: `make run` serves the app, `make test` runs the whole suite. Both set everything up.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Throw-away production-like settings for the deploy check (never used to serve anything).
DEPLOY_CHECK_ENV := SECRET_KEY=deploy-check-$(shell date +%s)-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ \
	ALLOWED_HOSTS=bowout.example DEBUG=false
# `make run PORT=8001`, `make serve PORT=8001`.
PORT ?= 8000

.PHONY: run worker serve test lint format check-deploy install browser-deps seed bench bench-import bench-emails backup restore messages clean help

help:
	@echo "make run    - set up and serve http://127.0.0.1:8000 (development settings; PORT=8001 to change)"
	@echo "make test   - set up; ruff, djLint, mypy, import-linter, deploy checks, the whole suite with coverage"
	@echo "make worker - run the background worker (the daily digest, webhooks; emails print here)"
	@echo "make browser-deps - install Debian's chromium for the browser tests (CI calls it first)"
	@echo "make serve  - gunicorn + whitenoise with production-like settings on :8000 (PORT=)"
	@echo "make seed   - create the demo user with realistic applications"
	@echo "make bench  - seed a big database, serve it with gunicorn, load every page with wrk (FAULT=1)"
	@echo "make bench-emails - time the recruiter-email classifier on 100 KB pastes"
	@echo "make backup - pg_dump the database to backups/bowout-<date>.dump (see the README)"
	@echo "make restore FILE=backups/... - load a backup into an empty database"
	@echo "make messages - collect the strings to translate into the German catalogue and compile it"

# The virtualenv is rebuilt when pyproject.toml changes.
$(BIN)/.installed: pyproject.toml
	@PYTHON=$$(for candidate in python3 python3.14 python3.13 python3.12; do \
		if command -v $$candidate >/dev/null 2>&1 && $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
			echo $$candidate; break; fi; done); \
	if [ -z "$$PYTHON" ]; then \
		echo "Bowout needs Python 3.12 or newer, and none was found (python3 is $$(python3 --version 2>&1))." >&2; \
		echo "Install Python 3.12 (e.g. 'pyenv install 3.12', or your system's python3.12 package) and retry." >&2; \
		exit 1; fi; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then rm -rf $(VENV); fi; \
	[ -x $(PY) ] || $$PYTHON -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/.installed

# With DATABASE_URL unset, manage.py and config.wsgi start the embedded PostgreSQL in var/pgdata.
run: install
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The background worker (procrastinate): the daily digest every 15 minutes. Its queue lives in
# the same PostgreSQL as the app (embedded when DATABASE_URL is unset); in development the
# emails print to this terminal.
worker: install
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true PROCRASTINATE_LOG_LEVEL=INFO $(PY) manage.py procrastinate worker

# Production-like settings on plain HTTP; SECRET_KEY and ALLOWED_HOSTS from the environment win.
serve: export DEBUG := false
serve: export HTTPS_ONLY := false
serve: export SECRET_KEY ?= serve-locally-$(shell date +%s)-not-for-production-0123456789
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: install
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) manage.py migrate --no-input
	$(BIN)/gunicorn config.wsgi --bind 127.0.0.1:$(PORT) --workers 2

seed: install
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true $(PY) manage.py seed_demo

# Seeds about a million rows once (kept in var/bench-pgdata, or database bowout_bench on the
# DATABASE_URL server), serves them with gunicorn and loads every page with wrk. FAULT=1 also
# restarts PostgreSQL mid-run; DURATION=8 seconds per page; RESEED=1 rebuilds the data.
bench: install
	$(PY) scripts/benchmark.py --duration $(or $(DURATION),8) \
		$(if $(filter-out 0,$(FAULT)),--fault) $(if $(filter-out 0,$(RESEED)),--reseed)

# Debian's Chromium drives the browser tests; install it when missing and we are allowed to.
# Kept out of `make test` (it needs root and the network); .ci/run calls it first.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian's chromium for the browser tests..."; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium is missing and cannot be installed here: browser tests will be skipped." >&2; \
			echo "Install it with: sudo apt-get install chromium" >&2; \
		fi; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	$(BIN)/mypy .
	$(BIN)/lint-imports --no-logo --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Neither check needs a database: without DATABASE_URL they run on Django's dummy backend.
check-deploy: install
	env -u DATABASE_URL $(DEPLOY_CHECK_ENV) $(PY) manage.py check --deploy --fail-level WARNING
	env -u DATABASE_URL $(DEPLOY_CHECK_ENV) $(PY) manage.py makemigrations --check --dry-run

# With DATABASE_URL unset, the pytest plugin (config/pytest_plugin.py) starts one throw-away
# embedded PostgreSQL for the run. Browser tests skip with a message without `make browser-deps`.
# Coverage prints the total and fails under the floor in pyproject.toml.
test: install lint check-deploy
	$(BIN)/pytest --cov --cov-report=term

# Times the CSV import of 10,000 rows (preview, then import) in a throw-away database.
bench-import: install
	$(PY) scripts/bench_import.py --rows $${ROWS:-10000}

# Times the recruiter-email classifier on three 100 KB pastes (no database): target < 1 s each.
bench-emails: install
	$(PY) scripts/bench_emails.py

# A dated pg_dump in backups/ (the embedded server's own binaries, or the server's version for
# DATABASE_URL); restore loads one into an empty database only.
backup: install
	$(PY) scripts/backup.py backup

restore: install
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=backups/bowout-....dump" >&2; exit 1; }
	$(PY) scripts/backup.py restore "$(FILE)"

# The German catalogue (README, "Languages"): collects every string marked for translation into
# locale/de/LC_MESSAGES/django.po (new ones empty, changed ones fuzzy), then compiles the .mo
# that is committed beside it, and writes the Swiss catalogue from it (locale/de_CH). Translate
# in the German .po and run it again. Needs GNU gettext.
messages: install
	env -u DATABASE_URL $(DEPLOY_CHECK_ENV) $(PY) manage.py makemessages --locale de \
		--no-location --no-obsolete --ignore 'tests' --ignore 'scripts' --ignore 'var' --ignore 'static'
	msgfmt --check --statistics -o locale/de/LC_MESSAGES/django.mo locale/de/LC_MESSAGES/django.po
	@# Swiss Standard German writes "ss" for "ß": the Swiss catalogue is the German one so
	@# written (only the letter ending a Swiss contract uses it; every other text falls back).
	mkdir -p locale/de_CH/LC_MESSAGES
	msgfilter --keep-header --no-wrap -i locale/de/LC_MESSAGES/django.po -o locale/de_CH/LC_MESSAGES/django.po sed -e 's/ß/ss/g'
	msgfmt --check -o locale/de_CH/LC_MESSAGES/django.mo locale/de_CH/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) var/staticfiles .pytest_cache .ruff_cache .mypy_cache .coverage
