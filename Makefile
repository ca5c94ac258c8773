# Two commands for a fresh clone: `make demo` and `make test`. Needs only python3 (3.11+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TODAY ?= 2026-11-25
OUT ?= out

.PHONY: demo test install eval bench clean

# setup.py compiles these with Cython (see its COMPILED): rebuilt when they change
COMPILED := bbiccheck/annotations.py bbiccheck/annotations.pxd bbiccheck/nlp.py bbiccheck/nlp.pxd \
	bbiccheck/spacy_structs.pyx bbiccheck/load/docx_plain.pyx bbiccheck/load/printable.pyx bbiccheck/load/unvalidated.pyx \
	bbiccheck/lemma_search.pyx \
	bbiccheck/load/docx_reader.py \
	bbiccheck/load/docx_styles.py bbiccheck/load/dates.py bbiccheck/load/sections.py bbiccheck/load/tables.py \
	bbiccheck/load/textnorm.py bbiccheck/patterns.py \
	bbiccheck/checks/analysis_summary.py bbiccheck/checks/analysis_summary.pxd \
	bbiccheck/checks/risk_explained.py bbiccheck/checks/child_voice.py
$(BIN)/bbiccheck: pyproject.toml setup.py $(COMPILED)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[serve,test]'
	@# an editable install writes no bytecode: without this the first runs would compile the package
	$(BIN)/python -m compileall -q bbiccheck
	@touch $@

install: $(BIN)/bbiccheck

demo: install
	@echo "== bbiccheck på samples/ (kontrolldatum $(TODAY)) =="
	$(BIN)/bbiccheck check samples --today $(TODAY) --fail-on never
	$(BIN)/bbiccheck check samples --today $(TODAY) --fail-on never --format html --output $(OUT)/rapport.html --annotate $(OUT)/kommenterade
	$(BIN)/bbiccheck check samples --today $(TODAY) --fail-on never --report-dir $(OUT)/arendelista
	@echo
	@echo "Rapporter:"
	@echo "  HTML-rapport:            $(OUT)/rapport.html"
	@echo "  Kommenterade Word-filer: $(OUT)/kommenterade/"
	@echo "  Ärendeöversikt:          $(OUT)/arendelista/index.html"

test: install
	$(BIN)/pytest -n 2 -q

eval: install
	$(BIN)/bbiccheck eval tests/corpus

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) $(OUT) *.egg-info build
	find bbiccheck \( -name '*.c' -o -name '*.cpp' -o -name '*.so' \) -delete
