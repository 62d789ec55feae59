# newsrewind — quick start: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BASE := $(VENV)/.installed-base
FULL := $(VENV)/.installed-full

.PHONY: setup demo test eval lint bench clean

# The package alone: enough for the demo and for using rewind.
$(BASE): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
	$(PY) -m pip install --quiet -e .
	@$(PY) -m compileall -q src >/dev/null  # bytecode beside the sources, even where writing it is off
	@touch $(BASE)

# With what the tests, lint and benchmarks need (Spark, PostgreSQL driver, Playwright, ruff, mypy).
$(FULL): $(BASE)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(FULL)

setup: $(FULL)

demo: $(BASE)
	@$(PY) tools/demo.py

test: $(FULL)
	$(PY) -m pytest

eval: $(BASE)
	@$(PY) tools/eval.py

lint: $(FULL)
	$(PY) -m ruff check src tests tools bench
	$(PY) -m ruff format --check src tests tools bench
	$(PY) -m mypy src/newsrewind

bench: $(FULL)
	$(PY) -m pip install --quiet -e '.[bench]' && $(PY) -m compileall -q src >/dev/null && $(PY) bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .demo
