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
	$(KG) viz --store $(STORE) --out build/graph.html
	$(KG) partners Belarus --store $(STORE)
	$(KG) validate --store $(STORE)

test: $(VENV)/.dev
	$(PY) -m pytest -q

notebooks: $(VENV)/.dev
	$(PY) notebooks/execute.py

bench: $(VENV)/.dev
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_centrality.py
	$(PY) benchmarks/bench_viz.py
	$(PY) benchmarks/bench_serve.py

clean:
	rm -rf build .kg
