# The two commands: `make run` and `make test`. Both set up .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test clean postgres chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The install also builds the compiled engagement kernels (src/armscontrol/stability/_ckernels.c).
KERNELS_C := src/armscontrol/stability/_ckernels.c

$(STAMP): pyproject.toml $(KERNELS_C) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
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
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

# The dashboard and the API on http://127.0.0.1:8000 with the embedded SQLite store, until Ctrl-C.
run: $(STAMP)
	$(BIN)/armscontrol serve

# The store's tests start their own PostgreSQL server from Debian's package (as an unprivileged user).
postgres:
	@command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || \
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; }

# The dashboard's tests drive Debian's Chromium headless (through Playwright's Python package).
chromium:
	@test -x /usr/bin/chromium || \
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

test: $(TEST_STAMP) postgres chromium
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
