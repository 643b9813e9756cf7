# Two commands set up everything: `make serve` and `make test`. Both create .venv from requirements.txt first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_DIR ?= site
BUILD_DIR ?= build
PORT ?= 8080
NGINX ?= $(shell command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
HOST ?= 127.0.0.1:8000
# Material prints a multi-line notice about its end of life on every build; the README explains the plan.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast controle lint debian-packages nieuw nginx offline organisatie organisatie-serve velden bench clean

# Every package is checked against its hash in requirements.txt; the project itself (plugin entry point, macros.py)
# is installed on top without dependencies and without fetching a build backend.
$(BIN)/activate: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 of nieuwer is nodig (gevonden: %s)" % sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

serve: $(BIN)/activate
	$(BIN)/mkdocs serve --dev-addr $(HOST)

# Strictness comes from mkdocs.yml (strict: true). Do not add -q: it hides warnings from the strict check.
build: $(BIN)/activate
	$(BIN)/mkdocs build --site-dir $(SITE_DIR)

# Debian packages the tests use (hunspell-nl for the spell check); installed only when missing.
debian-packages:
	@bash .ci/install-debian-packages

# The tests run on both cores (pytest-xdist); a module's tests stay together, so its fixtures are built once.
PYTEST := $(BIN)/python -m pytest -n 2 --dist loadfile

test: $(BIN)/activate controle debian-packages node_modules/.package-lock.json lint
	$(PYTEST)

# Everything except the browser tests (budget: 90 seconds on 2 cores, measured by make bench).
test-fast: $(BIN)/activate controle debian-packages node_modules/.package-lock.json lint
	$(PYTEST) -m "not browser"

# The content check on its own, first in make test: a writer's mistake as one Dutch list (file, field, what is
# valid), before hundreds of tests each fail on the same cause. A build, so strict comes from mkdocs.yml (no -q).
controle: $(BIN)/activate
	@mkdir -p $(BUILD_DIR) && rm -rf $(BUILD_DIR)/controle
	@$(BIN)/mkdocs build --site-dir $(BUILD_DIR)/controle > $(BUILD_DIR)/controle.log 2>&1 \
		|| { grep -v '^INFO' $(BUILD_DIR)/controle.log >&2; echo 'De inhoud heeft fouten (hierboven); de tests zijn niet gestart.' >&2; exit 1; }
	@echo "Inhoud gecontroleerd: geen fouten."

# ruff (lint and format) and mypy, configured in pyproject.toml.
lint: $(BIN)/activate
	$(BIN)/ruff check kennisbank tests benchmarks macros.py
	$(BIN)/ruff format --check kennisbank macros.py
	$(BIN)/mypy

# A new page from a template: make nieuw TYPE=oplossing NAAM="Buddy voor nieuwe collega's"
nieuw: $(BIN)/activate
	$(BIN)/python -m kennisbank.nieuw "$(TYPE)" "$(NAAM)"

# An organisation's own copy: make organisatie ORG=voorbeelden/gemeente-voorbeeldstad (site in build/<naam>/).
# Its mkdocs.yml holds only its own settings; python -m kennisbank points it at this repository's docs and theme.
organisatie: $(BIN)/activate
	@test -n "$(ORG)" || { echo 'Gebruik: make organisatie ORG=organisaties/<naam>' >&2; exit 2; }
	$(BIN)/python -m kennisbank bouw $(ORG) --site-dir $(BUILD_DIR)/$(notdir $(patsubst %/,%,$(ORG)))

organisatie-serve: $(BIN)/activate
	@test -n "$(ORG)" || { echo 'Gebruik: make organisatie-serve ORG=organisaties/<naam>' >&2; exit 2; }
	$(BIN)/python -m kennisbank serve $(ORG) --dev-addr $(HOST)

# VELDEN.md, the field reference for writers, from the schema.
velden: $(BIN)/activate
	$(BIN)/python -m kennisbank velden

# Build and serve with the repository's nginx configuration, in the foreground on 127.0.0.1:$(PORT).
nginx: $(BIN)/activate debian-packages
	$(BIN)/mkdocs build --site-dir $(BUILD_DIR)/site
	$(BIN)/python -m kennisbank.nginx --site $(BUILD_DIR)/site --out $(BUILD_DIR)/nginx --listen 127.0.0.1:$(PORT)
	@echo "De kennisbank draait op http://127.0.0.1:$(PORT)/ (stoppen: Ctrl+C)"
	$(NGINX) -e stderr -p $(abspath $(BUILD_DIR)/nginx) -c nginx.conf

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js (Debian: apt-get install npm)" >&2; exit 1; }
	# --ignore-scripts: no package may download anything at install (vnu-jar would fetch a Java; Debian's is used).
	npm ci --no-audit --no-fund --ignore-scripts

# A zip that works opened from disk (file://), search included: build/kennisbank-offline.zip, or with
# ORG=organisaties/<naam> the organisation's own copy: build/<naam>-offline.zip
OFFLINE := $(if $(ORG),$(notdir $(patsubst %/,%,$(ORG)))-offline,kennisbank-offline)
offline: $(BIN)/activate node_modules/.package-lock.json
	rm -rf $(BUILD_DIR)/$(OFFLINE) $(BUILD_DIR)/$(OFFLINE).zip
	$(if $(ORG),$(BIN)/python -m kennisbank bouw $(ORG) --offline,$(BIN)/mkdocs build -f offline.yml) --site-dir $(BUILD_DIR)/$(OFFLINE)
	mkdir -p $(BUILD_DIR)/$(OFFLINE)/assets/javascripts/iframe-worker
	cp node_modules/iframe-worker/shim/index.js $(BUILD_DIR)/$(OFFLINE)/assets/javascripts/iframe-worker/shim.js
	cd $(BUILD_DIR) && $(abspath $(BIN))/python -m zipfile -c $(OFFLINE).zip $(OFFLINE)/
	@echo "Klaar: $(BUILD_DIR)/$(OFFLINE).zip (uitpakken, dan $(OFFLINE)/index.html openen)"

# Benchmarks (not part of make test): build cost per size, page weight, serve rebuild, Lighthouse. See BENCHMARKS.md.
bench: $(BIN)/activate debian-packages node_modules/.package-lock.json
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/zoeken.py

clean:
	rm -rf $(VENV) $(SITE_DIR) $(BUILD_DIR) node_modules .pytest_cache .cache
