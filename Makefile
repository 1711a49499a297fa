# depeche — every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
IN     ?= seeds
OUT    ?= outputs
GOLD   ?= tests/gold
DEV    ?= ../shared/dev

.PHONY: run test eval bench report clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## run the pipeline on IN (default: seeds/) into OUT (default: outputs/): tables, workbook, review pages
run: $(STAMP)
	$(BIN)/depeche run $(IN) --out $(OUT) --format xlsx --report

## rebuild the review pages OUT/report/ (and OUT/depeche.xlsx) from the tables in OUT
report: $(STAMP)
	$(BIN)/depeche report $(OUT) --xlsx

## the test suite, including the score floors on the gold
test: $(STAMP)
	$(BIN)/python -m pytest

## score a run on IN against GOLD: precision, recall, F1 per field
eval: $(STAMP)
	$(BIN)/depeche eval $(IN) --gold $(GOLD) --out $(OUT)/eval

## throughput and memory against raw spaCy; writes outputs/bench.json
bench: $(STAMP)
	$(BIN)/python -m pipeline.bench --out $(OUT)

clean:
	rm -rf $(OUT) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
