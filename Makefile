# The two commands: `make run` and `make test`. Both set up .venv when it is missing, saying what they do.
# `make run PORT=8001 HOST=0.0.0.0` serves elsewhere than http://127.0.0.1:8000.
PYTHON ?= python3
PORT ?= 8000
HOST ?= 127.0.0.1
VENV := .venv
BIN := $(VENV)/bin
# uv installs the same packages from the same pyproject.toml several times faster than pip: the one on the PATH, else
# one put into the virtual environment first (about two seconds from PyPI). Should uv fail, pip does the install.
UV := $(or $(shell command -v uv 2>/dev/null),$(BIN)/uv)
PIP = $(BIN)/python -m pip install --progress-bar off
INSTALL = { test -x $(UV) || $(PIP) --quiet uv; } && $(UV) pip install --python $(BIN)/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test test-quick lint clean postgres chromium

$(BIN)/python:
	@echo "==> creating the virtual environment $(VENV) ($(PYTHON))"
	$(PYTHON) -m venv $(VENV)

# The install also builds the compiled engagement kernels (src/armscontrol/stability/_ckernels.c).
KERNELS_C := src/armscontrol/stability/_ckernels.c

$(STAMP): pyproject.toml $(KERNELS_C) | $(BIN)/python
	@echo "==> installing armscontrol and its dependencies into $(VENV) with uv (under a minute the first time; each package is listed as it comes)"
	$(INSTALL) -e . || { echo "==> uv could not install; installing with pip"; $(PIP) -e .; }
	@echo "==> installed; the C engagement kernels were built with it"
	touch $@

# Debian packages the tests need: pdftoppm (poppler-utils) turns report PDFs into page images, and a C
# compiler builds the engagement kernels the tests hold to the reference (without one, `make run` still works
# on the JIT-compiled kernels).
SYSTEM_STAMP := $(VENV)/.installed-system

$(SYSTEM_STAMP): | $(BIN)/python
	command -v pdftoppm >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
	command -v cc >/dev/null || { apt-get update -qq && apt-get install -y -qq build-essential >/dev/null; }
	touch $@

$(TEST_STAMP): pyproject.toml $(KERNELS_C) $(SYSTEM_STAMP) | $(BIN)/python
	@echo "==> installing armscontrol with its test extras into $(VENV) with uv"
	$(INSTALL) -e ".[test]" || { echo "==> uv could not install; installing with pip"; $(PIP) -e ".[test]"; }
	touch $@ $(STAMP)

# The dashboard and the API on http://$(HOST):$(PORT) with the embedded SQLite store, until Ctrl-C.
run: $(STAMP)
	@echo "==> serving the dashboard and the API on http://$(HOST):$(PORT) (Ctrl-C stops it)"
	$(BIN)/armscontrol serve --host $(HOST) --port $(PORT)

# The store's tests start their own PostgreSQL server from Debian's package (as an unprivileged user).
postgres:
	@command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; }

# The dashboard's tests drive Debian's Chromium headless (through Playwright's Python package).
chromium:
	@test -x /usr/bin/chromium || \
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

# ruff (lint with sorted imports, and the formatter's check) over the whole tree and mypy over src/, configured in
# pyproject.toml.
lint: $(TEST_STAMP)
	@echo "==> ruff over the tree and mypy over src/"
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(TEST_STAMP) postgres chromium lint
	$(BIN)/python -m pytest

# The quick loop: the domain suite (models, rules, data, answers, the reader), without servers, browsers,
# databases or clusters (tests marked `interface`, by folder: tests/conftest.py), without the largest sizes of
# checks whose smaller sizes it runs (`slow`), with fewer generated examples (the `quick` Hypothesis profile), and on
# every core (pytest-xdist; a test file stays on one worker, so its module fixtures are built once).
test-quick: $(TEST_STAMP)
	$(BIN)/python -m pytest -m "not interface and not slow" -p no:cacheprovider --hypothesis-profile=quick -n auto --dist loadfile

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
