# The README's two commands: `make demo` and `make test`. Everything they need is installed from here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian libraries WeasyPrint needs (libharfbuzz-subset0 makes font subsetting ~7x faster).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 shared-mime-info

.PHONY: demo serve test test-e2e lint bench bench-quick bench-deps system-deps venv clean

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "WeasyPrint needs these Debian packages: $$missing (run as root to install them)"; \
	  fi; \
	fi

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	touch $@

venv: system-deps $(VENV)/.installed

# Links in emails, certificates' QR codes and the admin point at the address the demo is served on.
demo: export WAGTAILADMIN_BASE_URL ?= http://$(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
demo: venv
	$(PY) manage.py createcachetable  # before migrate: the roles' post_migrate step already uses the cache
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs on every core (pytest-xdist; each worker has its own test database); PYTEST_ARGS="-n 0" runs it in one.
test: venv
	$(PY) -m pytest -n auto $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .

# The production server: gunicorn (gunicorn.conf.py: 2 sync workers per core by default, GUNICORN_WORKERS /
# GUNICORN_THREADS / GUNICORN_BIND to change) with netral.settings.production, which needs its environment variables
# (README, "Production"). Migrates and collects static files (WhiteNoise serves them) first.
serve: venv
	DJANGO_SETTINGS_MODULE=netral.settings.production $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=netral.settings.production $(PY) manage.py collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=netral.settings.production GUNICORN_BIND=$${GUNICORN_BIND:-$(HOST):$(PORT)} \
	  $(VENV)/bin/gunicorn -c gunicorn.conf.py

# Benchmarks, not tests (never part of `make test`): the production server (gunicorn, one sync worker pinned to core
# 0) against PostgreSQL and Redis on this machine, the load generator (wrk) on core 1, every scenario listed in
# bench/run.py against the minimal view measured in the same run. Results: bench/results/latest.{json,md}.
# BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/netral_bench), BENCH_REDIS_URL (default
# redis://127.0.0.1:6379/0).
bench-deps:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "The benchmark needs wrk (apt-get install wrk)"; exit 1; fi; }

bench: venv bench-deps
	$(PY) -m bench.run

bench-quick: venv bench-deps
	$(PY) -m bench.run --quick

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache
