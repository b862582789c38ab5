# One-word developer tasks. `make run` and `make test` do all the set-up they need.
HOST ?= 127.0.0.1
PORT ?= 8000
export OURWAY_DATA_DIR ?= $(CURDIR)/data
UV := env UV_PYTHON_DOWNLOADS=never UV_PYTHON=python3.11 python3 -m uv

.PHONY: run setup test test-fast lint bench system-deps clean

## run: install everything and serve the app on http://$(HOST):$(PORT) (DEMO=1 adds a demo couple)
run: setup
ifdef DEMO
	$(UV) run ourway demo
endif
	$(UV) run ourway serve --host $(HOST) --port $(PORT)

## setup: a virtual environment with the locked dependencies (reused when up to date)
setup: .venv/.ourway-synced

.venv/.ourway-synced: pyproject.toml uv.lock
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install -q "uv==0.13.9"
	$(UV) sync --frozen
	@touch $@

## system-deps: Debian packages the tests need (Chromium, PostgreSQL), when missing
system-deps:
	scripts/system-deps.sh

## test: lint, then the whole suite on SQLite and on a throwaway PostgreSQL
test: setup system-deps lint
	scripts/test.sh

## test-fast: the suite on SQLite only, without browser tests
test-fast: setup
	$(UV) run pytest -n 2 -m "not browser"

## lint: ruff, mypy, missing migrations, manage.py check --deploy
lint: setup
	scripts/lint.sh

## bench: the coach's quality and speed side by side with VADER
bench: setup
	$(UV) run python bench/coach_bench.py

clean:
	rm -rf .venv .mypy_cache .ruff_cache screenshots
