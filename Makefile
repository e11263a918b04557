# TextMine — two commands: `make run` and `make test`.
# Both first make sure the system libraries are there (PCRE2 and SQLite headers, pkg-config), installing them with
# apt-get when missing (as root, or through sudo).

SWIFT ?= swift
PIPELINE ?= Pipelines/news.yaml
INPUT ?= Samples
JOBS ?=
APT_PACKAGES = libpcre2-dev libsqlite3-dev pkg-config pcre2-utils

# Debug builds treat warnings as errors (the same flags for every debug build, so they share one build).
DEBUG_FLAGS = -Xswiftc -warnings-as-errors

.PHONY: run test spark-test build release bootstrap bootstrap-browser check bench clean custom-binary-check lint format
.PHONY: schema bootstrap-schema install uninstall install-check

run: bootstrap release
	.build/release/textmine run $(PIPELINE) $(INPUT) $(if $(JOBS),--jobs $(JOBS))

# Prints the skipped tests and why at the end (Scripts/run-tests.sh), and fails when pcre2grep, chromium or sqlite3
# is missing; then the tests written in the pipeline files, then make install into a temporary prefix.
test: bootstrap bootstrap-browser bootstrap-schema
	$(SWIFT) build --build-tests $(DEBUG_FLAGS)
	SWIFT=$(SWIFT) Scripts/run-tests.sh
	.build/debug/textmine test Pipelines/*.yaml   # the tests inside the pipeline files (README, "textmine test")
	@$(MAKE) --no-print-directory install-check

# The Spark driver's integration test (Scripts/spark): pyspark in .venv-spark, a standalone cluster of a master and
# two workers on 127.0.0.1 (Scripts/spark/cluster.sh, stopped at the end), merged OUT == local run.
# Uses the debug binary that 'make test' already built (builds it when missing).
spark-test: bootstrap
	$(SWIFT) build --product textmine $(DEBUG_FLAGS)
	Scripts/spark/test_spark.sh .build/debug/textmine

build: bootstrap
	$(SWIFT) build $(DEBUG_FLAGS)

release: bootstrap
	$(SWIFT) build -c release --product textmine

check: release
	.build/release/textmine check Pipelines/*.yaml

# Builds Samples/CustomBinary (a package of its own that depends on TextMine and adds a stage) and a package made by
# `new-stage`, and runs them (Scripts/custom-binary-check.sh; about 1.5 minutes on 2 cores, in .build-custom/).
custom-binary-check: bootstrap bootstrap-schema
	SWIFT=$(SWIFT) Scripts/custom-binary-check.sh

bench: bootstrap
	Benchmarks/run.sh

# Installs what is missing; does nothing when pkg-config already finds both libraries and pcre2grep (pcre2-utils, the
# oracle the entities tests compare against) is on PATH.
bootstrap:
	@if pkg-config --exists libpcre2-8 sqlite3 2>/dev/null && command -v pcre2grep >/dev/null 2>&1; then exit 0; fi; \
	echo "textmine: installing $(APT_PACKAGES) with apt-get"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; \
	elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; \
	else echo "textmine: need root or sudo to install $(APT_PACKAGES); install them by hand and rerun" >&2; exit 1; fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get install -y --no-install-recommends $(APT_PACKAGES) || \
	{ $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends $(APT_PACKAGES); } || \
	{ echo "textmine: apt-get could not install $(APT_PACKAGES)" >&2; exit 1; }; \
	pkg-config --exists libpcre2-8 sqlite3 || { echo "textmine: pkg-config still cannot find libpcre2-8 and sqlite3" >&2; exit 1; }

# A headless browser (Debian's chromium) and the sqlite3 shell, for the tests that render report.html and query
# textmine.sqlite. Does not fail itself; 'make test' fails at the end when they are still missing.
bootstrap-browser:
	@if command -v chromium >/dev/null 2>&1 && command -v sqlite3 >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; \
	else echo "textmine: cannot install chromium/sqlite3 (need root or sudo); make test will fail without them"; exit 0; fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get install -y --no-install-recommends chromium sqlite3 >/dev/null 2>&1 || \
	{ $$SUDO apt-get update >/dev/null 2>&1 && $$SUDO apt-get install -y --no-install-recommends chromium sqlite3 >/dev/null 2>&1; } || \
	echo "textmine: apt-get could not install chromium/sqlite3; make test will fail without them"; \
	exit 0

# Style check with the repository's .swift-format (not yet part of .ci/run: the tree is formatted once first).
FORMATTED = Package.swift Sources Plugins Tests Benchmarks Scripts Samples

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

clean:
	rm -rf .build .build-custom out

# textmine.schema.json, the JSON Schema editors check pipeline files with, regenerated from the stages' descriptors
# (a test fails when the checked-in file differs from what `textmine schema` prints).
schema: build
	.build/debug/textmine schema > textmine.schema.json

# The JSON Schema validator the schema tests use (Python's jsonschema and yaml; Scripts/schema/python.sh finds it):
# Debian's python3-jsonschema/python3-yaml through apt-get when root or sudo is available, else (or when apt cannot)
# jsonschema and pyyaml from PyPI into .venv-schema.
SCHEMA_APT_PACKAGES = python3-jsonschema python3-yaml
bootstrap-schema:
	@if Scripts/schema/python.sh >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else SUDO=none; fi; \
	if [ "$$SUDO" != none ]; then \
	  echo "textmine: installing $(SCHEMA_APT_PACKAGES) with apt-get (the schema tests' validator)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get install -y --no-install-recommends $(SCHEMA_APT_PACKAGES) >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null 2>&1 && $$SUDO apt-get install -y --no-install-recommends $(SCHEMA_APT_PACKAGES) >/dev/null 2>&1; } || true; \
	fi; \
	if Scripts/schema/python.sh >/dev/null; then exit 0; fi; \
	echo "textmine: installing jsonschema and pyyaml from PyPI into .venv-schema"; \
	python3 -m venv .venv-schema && .venv-schema/bin/pip install --quiet 'jsonschema>=4' pyyaml; \
	Scripts/schema/python.sh >/dev/null || { echo "textmine: could not install a JSON Schema validator (Python jsonschema)" >&2; exit 1; }

# make install PREFIX=… (default /usr/local; DESTDIR for staging) installs the textmine binary, its man page
# (generated from the command definitions by swift-argument-parser's generate-manual plugin) and bash, zsh and fish
# completions; make uninstall removes exactly those files. CONFIGURATION=debug installs the debug build instead of
# the release one (install-check does, to keep `make test` short).
PREFIX ?= /usr/local
CONFIGURATION ?= release
BINDIR = $(DESTDIR)$(PREFIX)/bin
MAN1DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED_FILES = $(BINDIR)/textmine $(MAN1DIR)/textmine.1 $(BASH_COMPLETION_DIR)/textmine $(ZSH_COMPLETION_DIR)/_textmine \
	$(FISH_COMPLETION_DIR)/textmine.fish
STAGED = .build/install-$(CONFIGURATION)

install: bootstrap
	$(SWIFT) build -c $(CONFIGURATION) --product textmine $(if $(filter debug,$(CONFIGURATION)),$(DEBUG_FLAGS))
	$(SWIFT) package generate-manual --configuration $(CONFIGURATION)
	rm -rf $(STAGED) && mkdir -p $(STAGED)
	for shell in bash zsh fish; do .build/$(CONFIGURATION)/textmine --generate-completion-script $$shell > $(STAGED)/textmine.$$shell || exit 1; done
	install -d $(BINDIR) $(MAN1DIR) $(BASH_COMPLETION_DIR) $(ZSH_COMPLETION_DIR) $(FISH_COMPLETION_DIR)
	install -m 755 .build/$(CONFIGURATION)/textmine $(BINDIR)/textmine
	install -m 644 .build/plugins/GenerateManual/outputs/textmine/textmine.1 $(MAN1DIR)/textmine.1
	install -m 644 $(STAGED)/textmine.bash $(BASH_COMPLETION_DIR)/textmine
	install -m 644 $(STAGED)/textmine.zsh $(ZSH_COMPLETION_DIR)/_textmine
	install -m 644 $(STAGED)/textmine.fish $(FISH_COMPLETION_DIR)/textmine.fish

uninstall:
	rm -f $(INSTALLED_FILES)

# Installs the debug build into a temporary prefix, checks every file works, uninstalls, and checks nothing else was
# touched (Scripts/install-check.sh; run by `make test`).
install-check: bootstrap
	SWIFT=$(SWIFT) MAKE="$(MAKE)" Scripts/install-check.sh
