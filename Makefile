# Brussels Creative — one-command set-up, tests, demo, package.
SHELL := /bin/bash
PY := .venv/bin/python
VERSION := $(shell sed -n 's/^version=//p' brussels_creative/metadata.txt)
PROFILE ?= default
QGIS_PROFILES ?= $(HOME)/.local/share/QGIS/QGIS3/profiles
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup test lint pytest package install uninstall demo bench translations screenshots clean

setup:
	@bash scripts/setup.sh

lint: setup
	.venv/bin/ruff check .

# The whole suite headless; pytest's exit 5 ("no tests ran") fails like any other error.
test: setup lint translations
	$(PY) -m pytest

translations:
	@bash scripts/translations.sh

# Extract the plugin's user-facing strings into resources/i18n/*.ts (existing translations kept, vanished ones
# marked obsolete); translate the unfinished entries, then `make translations` compiles them.
i18n-update:
	python3 scripts/update_translations.py

package: translations
	@bash scripts/package.sh "$(VERSION)"

install:
	mkdir -p "$(QGIS_PROFILES)/$(PROFILE)/python/plugins"
	ln -sfn "$(CURDIR)/brussels_creative" "$(QGIS_PROFILES)/$(PROFILE)/python/plugins/brussels_creative"
	@echo "linked into profile $(PROFILE); enable 'Brussels Creative' in Plugins ▸ Manage and Install Plugins"

uninstall:
	rm -f "$(QGIS_PROFILES)/$(PROFILE)/python/plugins/brussels_creative"

demo: setup translations
	@bash scripts/demo.sh

# The README's pictures (docs/*.png), rendered from a sample ecosystem.
screenshots: setup
	$(PY) scripts/screenshots.py
	BC_SCREENSHOTS=1 $(PY) -m pytest -q tests/core/publish/test_webmap_page.py -k card

bench: setup
	$(PY) bench/density.py
	$(PY) bench/export.py

clean:
	rm -rf dist demo-output .pytest_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
