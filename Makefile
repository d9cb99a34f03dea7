# Bagdar — two commands set up a fresh machine: `make run` and `make test`.
# Every target creates .venv and installs the project only when pyproject.toml changed,
# builds the atlas only when its CSV sources or the builder changed, and the translations only
# when a .ts file changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ATLAS := resources/atlas.sqlite
ATLAS_SOURCES := $(wildcard atlas_data/*.csv atlas_data/instruments/*.csv) \
                 $(wildcard guidance/atlas/*.py) guidance/textnorm.py
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_SOURCES := main.py $(wildcard ui/*.py ui/*/*.py)

.PHONY: run test lint atlas i18n i18n-update bundle bench validity clean check-system windows windows-check

run: CHECK = run
run: check-system $(STAMP) $(ATLAS) $(QM_FILES)
	$(PY) main.py

test: CHECK = test
test: check-system $(STAMP) $(ATLAS) $(QM_FILES)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest -q

# The system packages pip cannot bring (Python's venv, the libraries Qt loads, the tools a target
# runs): checked before anything starts; prints the exact apt line for whatever is missing.
check-system:
	@PYTHON=$(PYTHON) bash tools/check_system.sh $(CHECK)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

atlas: $(ATLAS)

$(ATLAS): $(STAMP) $(ATLAS_SOURCES)
	$(PY) -m guidance.atlas build --source atlas_data --out $(ATLAS)

i18n: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after changing user-visible strings (keeps translations).
# bagdar_en.ts holds only the English plural forms ("1 new job"); qtbase_kk.ts is Qt's own
# buttons and dialogs in Kazakh (Qt ships none) and is edited by hand, never by lupdate.
APP_TS := resources/i18n/bagdar_kk.ts resources/i18n/bagdar_ru.ts
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(APP_TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $(UI_SOURCES) -ts resources/i18n/bagdar_en.ts

bundle: CHECK = bundle
bundle: check-system $(STAMP) $(ATLAS) $(QM_FILES)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	$(PY) -m tools.strip_debug dist/bagdar
	cd dist && rm -f bagdar.zip && $(CURDIR)/$(PY) -m zipfile -c bagdar.zip bagdar

# The Windows bundle (dist/windows/bagdar), its zip and installer, built on Linux under wine
# (tools/windows/build.sh; downloads and the wine prefix are cached in build/windows-cache).
windows: CHECK = windows
windows: check-system $(STAMP) $(ATLAS) $(QM_FILES)
	bash tools/windows/build.sh

# The Windows build's self-test, silent install, installed self-test and uninstall, under wine.
windows-check:
	bash tools/windows/wine_check.sh

bench: $(STAMP) $(ATLAS) $(QM_FILES)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m tools.bench

# Does the recommender keep its promise? Own-type share, ties, catalogue, flag rates, O*NET.
validity: $(STAMP)
	$(PY) -m tools.validity

clean:
	rm -rf build dist $(ATLAS) $(QM_FILES) .pytest_cache .ruff_cache
