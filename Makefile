# The two commands: `make report` (the default) builds every HTML report, `make test` runs every test.
# Each sets up .venv/ by itself the first time; `make install` is quick when nothing changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := report
.PHONY: report test install lab bench clean notebooks compiled

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing the package and its notebook and test extras into $(VENV)/ ..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[notebook,test]"
	@touch $(STAMP)

install: $(STAMP)

report: install
	$(BIN)/python -m analysis build --out reports

NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval-sanitize.cfg

test: install
	$(BIN)/python -m pytest tests analysis notebooks $(NBVAL)
	@echo "Notebooks again (they must pass twice in a row):"
	$(BIN)/python -m pytest notebooks $(NBVAL) -q

notebooks: install
	$(BIN)/python -m analysis conventions
	$(BIN)/python -m analysis execute

lab: install
	$(BIN)/jupyter lab notebooks/

bench: install
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[bench]"
	$(BIN)/python benchmarks/run.py
	@$(BIN)/python benchmarks/bench_compiled.py --keep $(COMPILED) --if-built --rounds 1

# Optional: the extractor's hot modules compiled with mypyc into $(COMPILED) (a copy of the package; minutes of gcc).
# Used only where asked (PYTHONPATH=$(COMPILED), or `make bench`); with no gcc or no Python headers it says so and the
# interpreted package stays what everything runs. Neither `make test` nor `make report` needs it.
COMPILED := $(VENV)/compiled
compiled: install
	@$(BIN)/python benchmarks/bench_compiled.py --keep $(COMPILED) --build-only \
		|| echo "compiled extractor: the build failed; the interpreted package is used"

clean:
	rm -rf reports .pytest_cache .hypothesis
