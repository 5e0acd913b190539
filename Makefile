# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
STORE ?= .kg/store

.PHONY: demo test notebooks bench clean

$(VENV)/.base: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.dev: $(VENV)/.base
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

demo: $(VENV)/.base
	$(KG) build seeds --store $(STORE)
	$(KG) validate --store $(STORE)

test: $(VENV)/.dev
	$(PY) -m pytest -q

bench: $(VENV)/.dev
	$(PY) benchmarks/bench_extract.py

clean:
	rm -rf build .kg
