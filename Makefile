# depeche — every target installs what it needs into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
IN     ?= seeds
OUT    ?= outputs
GOLD   ?= tests/gold
DEV    ?= ../shared/dev
HUGE   ?= 20000

.PHONY: run test eval bench report clean browser

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

## the test suite, including the score floors on the gold and the report's browser tests
test: $(STAMP) browser
	$(BIN)/python -m pytest

## Debian's Chromium for the report's browser tests (Playwright never downloads one); installed when missing
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && { [ "$$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then \
	    echo "installing Chromium for the browser tests (apt-get install chromium)"; \
	    SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "make test needs Chromium for the report's browser tests: run 'sudo apt-get install -y chromium', then 'make test' again" >&2; \
	    exit 1; \
	  fi; }

## score a run on IN against GOLD: precision, recall, F1 per field
eval: $(STAMP)
	$(BIN)/depeche eval $(IN) --gold $(GOLD) --out $(OUT)/eval

## throughput and memory against raw spaCy, and a cold run on HUGE articles (0: none); writes outputs/bench.json
bench: $(STAMP)
	$(BIN)/python -m pipeline.bench --out $(OUT) --huge $(HUGE)

clean:
	rm -rf $(OUT) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
