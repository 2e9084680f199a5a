# smsspec — two commands do all set-up: `make generate` and `make test`.
# Every target bootstraps what it needs: a local .venv from pyproject.toml (+ constraints.txt)
# and the npm tools pinned in package.json + package-lock.json.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SMSSPEC := $(BIN)/smsspec
PY_STAMP := $(VENV)/.smsspec-installed
NPM_STAMP := node_modules/.smsspec-installed
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup chromium generate lint bundle check test mock fuzz diff bump docs bench bench-setup soak lock clean

setup: $(PY_STAMP) $(NPM_STAMP)

$(PY_STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## chromium: Debian's chromium, which the docs test drives headless (apt-get; sudo unless root)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
chromium:
	@command -v chromium >/dev/null || $(SUDO) sh -c 'apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium'

## generate: lint every spec, bundle it and run every generator into generated/
generate: setup
	$(SMSSPEC) lint
	$(SMSSPEC) generate

## lint: house rules, openapi-spec-validator, Redocly and Spectral (0 errors required)
lint: setup
	$(SMSSPEC) lint

bundle: setup
	$(SMSSPEC) bundle

## check: regenerate into a temporary directory and fail on any difference from generated/
check: setup
	$(SMSSPEC) check

## docs: HTML docs of every API into site/ (Redoc reference, error catalogue, migration guide)
docs: setup
	$(SMSSPEC) generate
	$(SMSSPEC) docs

## test: everything CI runs
test: setup chromium
	$(SMSSPEC) lint
	$(SMSSPEC) check
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy
	$(BIN)/pytest

## mock: serve a spec's mock over HTTP (make mock API=trackly-v2 PORT=4010)
API ?= trackly-v2
PORT ?= 4010
mock: setup
	$(SMSSPEC) mock $(API) --port $(PORT)

## fuzz: contract-test a running server (make fuzz API=trackly-v2 URL=http://127.0.0.1:4010/api)
fuzz: setup
	$(SMSSPEC) fuzz $(API) --url $(URL)

## bench: every benchmark, each printing a table and a RATIO line (bench/README.md)
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: bench/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

bench-setup: setup $(BENCH_VENV)/.installed
	@command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || sudo apt-get install -y wrk >/dev/null

bench: bench-setup
	$(BIN)/smsspec generate
	$(BIN)/python bench/mock_throughput.py
	$(BIN)/python bench/validation_cost.py
	$(BIN)/python bench/generation.py
	$(BIN)/python bench/client_overhead.py
	$(BIN)/python bench/bulk_capacity.py
	$(BIN)/python bench/proxy_overhead.py

## diff: breaking-change report against a base revision (make diff API=trackly-v2 BASE=origin/main)
BASE ?= origin/main
diff: setup
	$(SMSSPEC) diff $(API)@$(BASE) $(API) --fail-on breaking

## bump: move spec/API's info.version by its changes since BASE (default HEAD), log them in
## spec/API/CHANGELOG.md and regenerate (make bump API=trackly-v2 [BASE=origin/main])
bump: setup
	$(SMSSPEC) bump $(API) --base $(if $(filter command line environment,$(origin BASE)),$(BASE),HEAD)

## soak: long reliability runs: 60 s of load at 64 connections, 200 fault schedules per property
soak: setup
	$(BIN)/pytest -m soak tests/reliability
	SMSSPEC_FAULT_EXAMPLES=200 $(BIN)/pytest tests/reliability/test_faults.py

## lock: refresh constraints.txt from the current environment
lock: setup
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^smsspec' > constraints.txt.new
	(head -2 constraints.txt; cat constraints.txt.new) > constraints.txt.tmp && rm constraints.txt.new
	mv constraints.txt.tmp constraints.txt

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis artifacts site
