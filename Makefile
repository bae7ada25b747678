# Palermo: `make demo` runs the main job on the bundled example; `make test` runs every test.
# Both install what is missing (libcmark-dev) with apt-get first.

SWIFT ?= swift
BUILD_FLAGS := -Xswiftc -warnings-as-errors --explicit-target-dependency-import-check error
PALERMO := .build/debug/palermo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup test-tools build release test fuzz demo reports check-reports bench lint format format-check docs record-snapshots clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

setup: ## Install libcmark-dev when pkg-config cannot find it
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "Installing libcmark-dev (and pkg-config) with apt-get..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

test-tools: ## Install what the tests drive: LibreOffice (headless), pdftotext and chromium
	@{ command -v soffice >/dev/null && command -v pdftotext >/dev/null && command -v chromium >/dev/null; } || { \
	  echo "Installing libreoffice-writer-nogui, poppler-utils and chromium with apt-get..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libreoffice-writer-nogui poppler-utils chromium >/dev/null; }

build: setup ## Build with warnings as errors and the module dependency check
	$(SWIFT) build $(BUILD_FLAGS)

# Link-time optimization inlines across Palermo's modules: about 4% fewer instructions per State.
RELEASE_FLAGS := -c release --product palermo --static-swift-stdlib --experimental-lto-mode=full

release: setup ## Build .build/release/palermo optimized, Swift's libraries linked in (half the start-up)
	$(SWIFT) build $(RELEASE_FLAGS)

test: build test-tools format-check ## Run every test, lint the repository's own content, check generated docs
	$(SWIFT) test $(BUILD_FLAGS)
	$(PALERMO) lint --strict
	$(PALERMO) coverage | tail -1
	$(PALERMO) explain --all --format markdown | diff -u docs/diagnostics.md - \
	  || { echo "docs/diagnostics.md is stale: run 'make docs'"; exit 1; }
	$(MAKE) --no-print-directory check-reports
	Scripts/fuzz.sh 8

demo: build ## Analyze the bundled example States and write their reports to Reports/
	@$(call analyze-examples,)
	@echo "Open Reports/Lagonia/report.html in a browser."

EXAMPLES := $(sort $(dir $(wildcard Examples/*/state.yaml)))

MODULES := convention trafficking smuggling firearms witness-protection

# A State's folder may hold baseline.json, an earlier report.json: its progress is reported too.
analyze-examples = for state in $(EXAMPLES); do \
	  $(PALERMO) analyze $$state $(1) $$( [ -f $$state/baseline.json ] && echo --baseline $$state/baseline.json ) || exit 1; done

reports: build ## Regenerate every committed report in Reports/ (States, progress, commented model text)
	@$(call analyze-examples,)
	@$(PALERMO) matrix $(EXAMPLES) --output Reports/Matrix
	@for module in $(MODULES); do $(PALERMO) render $$module --commentary --output Reports/ModelLaws/$$module.html; done

check-reports: ## Fail when a committed report differs from a fresh run
	@tmp=$$(mktemp -d) && { $(call analyze-examples,--output $$tmp) ; } >/dev/null \
	  && $(PALERMO) matrix $(EXAMPLES) --output $$tmp/Matrix 2>/dev/null \
	  && for module in $(MODULES); do $(PALERMO) render $$module --commentary --output $$tmp/ModelLaws/$$module.html; done \
	  && for report in $(notdir $(patsubst %/,%,$(EXAMPLES))) Matrix ModelLaws; do \
	       diff -r Reports/$$report $$tmp/$$report >/dev/null || { echo "Reports/$$report is stale: run 'make reports'"; exit 1; }; \
	     done && echo "Reports/ matches a fresh run" && rm -rf $$tmp

fuzz: setup ## Run each libFuzzer target for FUZZ_SECONDS (default 60) from Fuzz/Corpus
	Scripts/fuzz.sh $(or $(FUZZ_SECONDS),60)

bench: release ## Time analysis on the examples and a generated corpus (STATES=N MB_PER_STATE=M)
	Scripts/bench.sh

lint: build ## Lint the repository's content, failing on warnings
	$(PALERMO) lint --strict

format: ## Format the Swift sources in place (swift format, .swift-format)
	$(SWIFT) format format --in-place --recursive Sources Tests Fuzz/Sources Package.swift Fuzz/Package.swift

format-check: ## Fail when a Swift source is not formatted
	$(SWIFT) format lint --strict --recursive Sources Tests Fuzz/Sources Package.swift Fuzz/Package.swift

docs: build ## Regenerate docs/diagnostics.md from the diagnostic registry
	$(PALERMO) explain --all --format markdown > docs/diagnostics.md

record-snapshots: build ## Re-record snapshot files (then review the diff and run make test)
	RECORD_SNAPSHOTS=1 $(SWIFT) test $(BUILD_FLAGS) || true

clean: ## Remove build products
	rm -rf .build
