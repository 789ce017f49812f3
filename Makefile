# `make run` and `make test` do all the set-up on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install install-browser run test test-fast lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: install
	$(PY) -m bot serve

# The browser tests drive Debian's Chromium; Playwright never downloads a browser.
install-browser:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get -o DPkg::Lock::Timeout=300 update && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y chromium; }

# Then bandit over our code and pip-audit over .venv (tools/security_checks.py); pip-audit needs
# PyPI: when it cannot be asked, the step says NOT CHECKED, and fails with AUDIT_REQUIRED=1.
test: install install-browser lint
	$(PY) -m pytest -q
	$(PY) tools/security_checks.py

# ruff (lint, import order, format) and mypy on core/ and storage/, configured in pyproject.toml.
lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

test-fast: install
	$(PY) -m pytest -q -m "not slow"

# Where PAKN Bot stands on this machine (bench/, docs/benchmark.md); add ARGS=--quick for a short run.
bench: install
	$(PY) -m bench $(ARGS)

clean:
	rm -rf $(VENV) data .pytest_cache
