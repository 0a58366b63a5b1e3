# Two commands for a fresh machine (Debian, Python 3.11, root):
#   make run   set up and start the dashboard on the bundled data at http://localhost:8501
#   make test  set up and run the whole test suite (unit, AppTest and browser tests)
# Both are idempotent: a second run only reinstalls what changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint check bench setup setup-dev system-packages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.runtime-installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime-installed
setup-dev: $(VENV)/.dev-installed system-packages

# Browser tests drive Debian's chromium (Playwright cannot download browsers here); the
# scaling-out test puts nginx in front of two replicas. Installed only when missing.
system-packages:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages for the tests:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# MALLOC_ARENA_MAX=2: files built on click in worker threads otherwise leave freed memory in
# per-thread malloc arenas (README, "Reliability, load and scaling out").
run: setup
	MALLOC_ARENA_MAX=2 $(BIN)/python -m streamlit run dashboard/server.py --server.port $(PORT)

test: setup-dev
	$(BIN)/python -m pytest -n 2 --dist loadgroup

lint: setup-dev
	$(BIN)/ruff check .

check: setup
	$(BIN)/python -m dashboard.data check data

bench: setup-dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
