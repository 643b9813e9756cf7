# Two commands set up everything: `make serve` and `make test`. Both create .venv from requirements.txt first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_DIR ?= site
HOST ?= 127.0.0.1:8000
# Material prints a multi-line notice about its end of life on every build; the README explains the plan.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast debian-packages nieuw clean

$(BIN)/activate: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 of nieuwer is nodig (gevonden: %s)" % sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

serve: $(BIN)/activate
	$(BIN)/mkdocs serve --dev-addr $(HOST)

# Strictness comes from mkdocs.yml (strict: true). Do not add -q: it hides warnings from the strict check.
build: $(BIN)/activate
	$(BIN)/mkdocs build --site-dir $(SITE_DIR)

# Debian packages the tests use (hunspell-nl for the spell check); installed only when missing.
debian-packages:
	@bash .ci/install-debian-packages

test: $(BIN)/activate debian-packages
	$(BIN)/python -m pytest

# Everything except the browser tests (under a minute).
test-fast: $(BIN)/activate debian-packages
	$(BIN)/python -m pytest -m "not browser"

# A new page from a template: make nieuw TYPE=oplossing NAAM="Buddy voor nieuwe collega's"
nieuw: $(BIN)/activate
	$(BIN)/python -m kennisbank.nieuw "$(TYPE)" "$(NAAM)"

clean:
	rm -rf $(VENV) $(SITE_DIR) .pytest_cache .cache
