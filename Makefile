# Everything runs from a local virtual environment; `make demo` and `make test` set it up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_INDEX := .demo-index

.PHONY: demo test score bench clean-venv

$(BIN)/paperarchive: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("paperarchive needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The main job: index the sample archive, then search it.
demo: $(BIN)/paperarchive
	$(BIN)/paperarchive --index $(DEMO_INDEX) ingest sample_issues
	$(BIN)/paperarchive --index $(DEMO_INDEX) search 重阳
	@echo
	@echo "To run the README's tour on the demo archive, paste these two lines:"
	@echo '  export PATH="$(CURDIR)/$(BIN):$$PATH"'
	@echo '  export PAPERARCHIVE_INDEX="$(CURDIR)/$(DEMO_INDEX)"'


test: $(BIN)/paperarchive
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

# Cleaning scores of every gold file (the seed page and our own samples).
score: $(BIN)/paperarchive
	$(BIN)/python tests/score_golds.py

bench: $(BIN)/paperarchive
	$(BIN)/python bench/run.py

clean-venv:
	rm -rf $(VENV) $(DEMO_INDEX)
