# newsrewind — quick start: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test eval lint bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@$(PY) tools/demo.py

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	@$(PY) tools/eval.py

lint: $(STAMP)
	$(PY) -m ruff check src tests tools bench
	$(PY) -m ruff format --check src tests tools bench
	$(PY) -m mypy src/newsrewind

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]' && $(PY) bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
