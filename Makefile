# The README's two commands: `make demo` and `make test`. Everything they need is installed from here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian libraries WeasyPrint needs (libharfbuzz-subset0 makes font subsetting ~7x faster).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 shared-mime-info

.PHONY: demo test test-e2e lint bench system-deps venv clean

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
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs on every core (pytest-xdist; each worker has its own test database); PYTEST_ARGS="-n 0" runs it in one.
test: venv
	$(PY) -m pytest -n auto $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .

# Benchmarks, not tests: certificate render time vs bare WeasyPrint (var/bench/certificates.json), then the HR
# employee-list export's peak memory at 100,000 rows, CSV and XLSX (var/bench/hr_export.json).
bench: venv
	DJANGO_SETTINGS_MODULE=netral.settings.test $(PY) -m bench.certificates
	DJANGO_SETTINGS_MODULE=netral.settings.test $(PY) -m bench.hr_export

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache
