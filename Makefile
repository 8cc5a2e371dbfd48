# Two commands on a fresh machine: `make run` and `make test`.
# Each creates .venv when it is missing and (re)installs when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

COMPILED := build/.compiled-for-sources

.PHONY: run test lint install clean benchmark translations compile

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) $(COMPILED)

# The importer compiled to C (reader/compiled.py), built again when its sources change.  Only ever
# an accelerator: a failed build prints one line and the importer runs as Python (tried again only
# once the sources change); a stale build is never used.
$(COMPILED): $(wildcard reader/importer/*.py) reader/compiled.py scripts/compile_importer.py | $(STAMP)
	$(BIN)/python scripts/compile_importer.py
	@mkdir -p build && touch $@

compile:
	$(BIN)/python scripts/compile_importer.py --strict

# The window imports the sample library on its first run; importing it here on every launch
# would bring back samples the user removed.
run: $(STAMP) $(COMPILED)
	$(BIN)/reader gui

test: $(STAMP) $(COMPILED)
	$(BIN)/python -m ruff check reader tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check reader tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/python -m ruff format --check reader tests benchmarks

benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_library.py

# The window's translations: new strings into reader/app/i18n/*.ts (lupdate), then the .qm files (lrelease).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py release
	$(BIN)/python scripts/translations.py check

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

# Packaging (see packaging/README.md): a separate build venv, never $(VENV), so the frozen app
# holds exactly what a non-editable install of the project pulls in.
BUILD_VENV := build/venv

.PHONY: package install-desktop

$(BUILD_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUILD_VENV)/bin/python -m pip install --quiet '.[package]'
	touch $@

package: $(BUILD_VENV)/.installed $(COMPILED)
	$(BUILD_VENV)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/bulletin-reader.spec
	@du -sh dist/bulletin-reader

install-desktop:
	packaging/linux/install-desktop.sh

# Screenshots for the README: the real window under Xvfb with a CJK font (Debian/Ubuntu packages).
SCREENSHOT_DEBS := xvfb xauth fonts-noto-cjk libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
.PHONY: screenshot
screenshot: $(STAMP)
	@command -v xvfb-run >/dev/null && fc-list | grep -q 'Noto Sans CJK' || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y $(SCREENSHOT_DEBS); }
	QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1400x900x24' $(BIN)/python scripts/screenshot.py
